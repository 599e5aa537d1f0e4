//! "Tjek dine svar": every answer with a change link per step, and the print layout (A4,
//! via the browser's print or "Gem som PDF"): the date, all answers, the chosen services
//! with their §, a signature line, and for helpers a fuldmagt to sign.

use super::trin::{beloeb_tekst, paragraffer, trin_titel};
use super::{med_kladde, tekst, trin_sti};
use crate::domain::ansoegning::{
    self as domain, cpr, trin, Fejl, Kladde, Omtale, Repraesentation, Trin,
};
use crate::domain::content;
use crate::ui::browser;
use crate::ui::i18n::{translate, use_i18n, Lang};
use crate::ui::pages::screener::besked;
use crate::ui::use_answers;
use leptos::prelude::*;

/// An answer as text (never as HTML: Leptos escapes text nodes).
fn svar_tekst(svar: String) -> impl IntoView {
    view! { <span class="ans-pre">{svar}</span> }
}

/// One row: the question and the answer (an empty answer says "Ikke udfyldt").
fn raekke(lang: Lang, spm: String, svar: String) -> AnyView {
    let tom = svar.trim().is_empty();
    view! {
        <div class="fh-summary-row ans-row">
            <dt class="fh-summary-key">{spm}</dt>
            <dd class="fh-summary-value ans-answer">
                {if tom { view! { <em>{translate(lang, "ans-ikke-udfyldt")}</em> }.into_any() } else { svar_tekst(svar).into_any() }}
            </dd>
        </div>
    }
    .into_any()
}

/// The rows of one step.
fn raekker(lang: Lang, k: &Kladde, t: Trin, svar: &crate::domain::screener::Svar) -> Vec<AnyView> {
    let tx = |key: &str| tekst(lang, k, key, &[]);
    let p = &k.person;
    match t {
        Trin::OmDig => {
            let mut r = vec![
                raekke(lang, tx("ans-felt-fornavn"), p.fornavn.clone()),
                raekke(lang, tx("ans-felt-efternavn"), p.efternavn.clone()),
                raekke(lang, tx("ans-felt-cpr"), cpr::vis(&p.cpr)),
                raekke(lang, tx("ans-felt-adresse"), p.adresse.clone()),
                raekke(lang, tx("ans-felt-telefon"), p.telefon.clone()),
                raekke(lang, tx("ans-felt-email"), p.email.clone()),
            ];
            if k.hjaelper_tilstand() {
                let o = match p.omtale {
                    Omtale::Personen => "ans-omtale-personen",
                    Omtale::Hun => "ans-omtale-hun",
                    Omtale::Han => "ans-omtale-han",
                    Omtale::Navn => "ans-omtale-navn",
                };
                r.push(raekke(lang, tx("ans-omtale-legend"), tx(o)));
            }
            r
        }
        Trin::HvemHjaelper => {
            let h = &k.hjaelper;
            let ja_nej = |b: Option<bool>| match b {
                Some(true) => tx("ans-ja"),
                Some(false) => tx("ans-nej"),
                None => String::new(),
            };
            let rolle = h
                .rolle
                .map(|r| match r {
                    Repraesentation::Partsrepraesentant => tx("ans-rolle-partsrepraesentant"),
                    Repraesentation::Bisidder => tx("ans-rolle-bisidder"),
                    Repraesentation::Skriver => tx("ans-rolle-skriver"),
                })
                .unwrap_or_default();
            vec![
                raekke(lang, tx("ans-felt-hjaelper-navn"), h.navn.clone()),
                raekke(lang, tx("ans-felt-hjaelper-relation"), h.relation.clone()),
                raekke(lang, tx("ans-felt-hjaelper-telefon"), h.telefon.clone()),
                raekke(lang, tx("ans-felt-hjaelper-email"), h.email.clone()),
                raekke(lang, tx("ans-fuldmagt-legend"), ja_nej(h.fuldmagt)),
                raekke(lang, tx("ans-rolle-hjaelper-legend"), rolle),
            ]
        }
        Trin::HvadSoeger => {
            let kommune = k
                .kommune
                .as_deref()
                .and_then(content::municipality)
                .map(|m| m.name.to_string())
                .unwrap_or_default();
            let ydelser: Vec<String> = domain::valgte_ydelser(k)
                .iter()
                .map(|s| format!("{} ({})", s.title, paragraffer(s)))
                .collect();
            vec![
                raekke(lang, tx("ans-kommune-label"), kommune),
                raekke(lang, tx("ans-ydelser-legend"), ydelser.join("\n")),
            ]
        }
        Trin::Hverdag => domain::valgte_ydelser(k)
            .iter()
            .map(|s| {
                raekke(
                    lang,
                    format!("{} ({})", s.title, paragraffer(s)),
                    k.hverdag_for(s.id).to_string(),
                )
            })
            .collect(),
        Trin::Udgifter => {
            let mut r: Vec<AnyView> = k
                .udgifter
                .iter()
                .filter(|u| !u.hvad.trim().is_empty() || !u.beloeb.trim().is_empty())
                .map(|u| {
                    let per = if u.pr_aar {
                        tx("ans-pr-aar")
                    } else {
                        tx("ans-pr-maaned")
                    };
                    raekke(lang, u.hvad.clone(), format!("{} {}", beloeb_tekst(u), per))
                })
                .collect();
            r.push(raekke(
                lang,
                tx("ans-udgifter-note"),
                k.udgifter_note.clone(),
            ));
            r
        }
        Trin::Dokumenter => {
            let docs = domain::dokumenter(k, svar);
            let mut r: Vec<AnyView> = docs
                .iter()
                .map(|d| {
                    let klar = if k.dokumenter.contains(d.id) {
                        tx("ans-dokument-klar")
                    } else {
                        tx("ans-dokument-ikke-klar")
                    };
                    raekke(lang, besked(lang, &d.besked), klar)
                })
                .collect();
            r.push(raekke(lang, tx("ans-felt-andet"), k.andet.clone()));
            r
        }
        Trin::Tjek | Trin::Kvittering => vec![],
    }
}

/// Every answer, grouped by step, with change links (hidden in print).
#[component]
pub fn Svaroversigt() -> impl IntoView {
    let answers = use_answers();
    med_kladde(move |lang, k| {
        let svar = answers.svar.get();
        trin(&k)
            .into_iter()
            .filter(|t| *t != Trin::Tjek)
            .map(|t| {
                let titel = tekst(lang, &k, trin_titel(t), &[]);
                let rows = raekker(lang, &k, t, &svar);
                let heading_id = format!("tjek-{}", t.id());
                let labelled = heading_id.clone();
                view! {
                    <section class="ans-summary-section" aria-labelledby=labelled data-testid=format!("summary-{}", t.id())>
                        <div class="ans-summary-head">
                            <h2 id=heading_id>{titel.clone()}</h2>
                            <a class="ans-no-print" href=trin_sti(t)>
                                {translate(lang, "ans-ret")}
                                <span class="sr-only">" " {titel}</span>
                            </a>
                        </div>
                        <dl class="fh-summary ans-summary">{rows}</dl>
                    </section>
                }
            })
            .collect_view()
    })
}

/// The print-only parts: heading with the municipality and the date (top), the
/// signature and, for helpers, the fuldmagt (bottom).
#[component]
pub fn Udskrifthoved() -> impl IntoView {
    med_kladde(|lang, k| {
        let kommune = k
            .kommune
            .as_deref()
            .and_then(content::municipality)
            .map(|m| match m.department {
                Some(d) => format!("{}, {d}", m.name),
                None => m.name.to_string(),
            })
            .unwrap_or_default();
        let dato = crate::domain::dato::dansk(browser::idag());
        view! {
            <div class="ans-print-only ans-print-head">
                <p class="ans-print-title">{tekst(lang, &k, "ans-print-titel", &[("kommune", &kommune)])}</p>
                <p>{tekst(lang, &k, "ans-print-dato", &[("dato", &dato)])}</p>
            </div>
        }
    })
}

#[component]
pub fn Underskrift() -> impl IntoView {
    med_kladde(|lang, k| {
        let navn = k.person.navn();
        let fuldmagt = k.hjaelper_tilstand().then(|| {
            let h = &k.hjaelper;
            let tekst_fm = tekst(
                lang,
                &k,
                "ans-fuldmagt-tekst",
                &[("fuldmagtsgiver", &navn), ("hjaelper", &h.navn), ("relation", &h.relation)],
            );
            view! {
                <section class="ans-fuldmagt" data-testid="print-fuldmagt">
                    <h2>{translate(lang, "ans-fuldmagt-print-heading")}</h2>
                    <p class="ans-pre">{tekst_fm}</p>
                    <p class="ans-sign-line">{translate(lang, "ans-underskrift-dato-linje")}</p>
                    <p class="ans-sign-line">{tekst(lang, &k, "ans-underskrift-person", &[("navn", &navn)])}</p>
                </section>
            }
        });
        view! {
            <section class="ans-signature" data-testid="print-signature">
                <h2>{translate(lang, "ans-underskrift-heading")}</h2>
                <p>{tekst(lang, &k, "ans-underskrift-tekst", &[])}</p>
                <p class="ans-sign-line">{translate(lang, "ans-underskrift-dato-linje")}</p>
                <p class="ans-sign-line">{tekst(lang, &k, "ans-underskrift-person", &[("navn", &navn)])}</p>
                {k.hjaelper_tilstand().then(|| view! {
                    <p class="ans-sign-line">{tekst(lang, &k, "ans-underskrift-hjaelper", &[("hjaelper", &k.hjaelper.navn)])}</p>
                })}
            </section>
            {fuldmagt}
        }
    })
}

/// The body of "Tjek dine svar" (inside the step's form).
#[component]
pub fn Tjek(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let _ = fejl;
    view! {
        <Udskrifthoved />
        <p class="ans-no-print">{super::t_ord("ans-tjek-intro")}</p>
        <Svaroversigt />
        <div class="ans-print-only">
            <Underskrift />
        </div>
        <div class="ans-no-print ans-print-box">
            <h2>{move || i18n.t("ans-print-heading")}</h2>
            <p>{move || i18n.t("ans-print-tekst")}</p>
            <p>
                <button type="button" class="button button-secondary" data-testid="print" on:click=move |_| browser::udskriv()>
                    {move || i18n.t("ans-print-knap")}
                </button>
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::screener::Svar;
    use crate::ui::components::{assert_contains, assert_lacks};

    const SCRIPT: &str = "<script>alert(1)</script>";
    const IMG: &str = "<img src=x onerror=alert(2)>";

    /// The rows of "Tjek dine svar" (and of the print) as HTML, for a draft `k`.
    fn html_of(k: &Kladde, t: Trin) -> String {
        raekker(Lang::Da, k, t, &Svar::default())
            .into_iter()
            .map(|v| v.to_html())
            .collect()
    }

    #[test]
    fn answers_with_markup_are_rendered_as_text_on_the_check_page() {
        let owner = Owner::new();
        owner.with(|| {
            let mut k = Kladde::default();
            k.person.fornavn = SCRIPT.to_string();
            k.person.adresse = IMG.to_string();
            k.andet = format!("{SCRIPT}\n{IMG}");
            let om_dig = html_of(&k, Trin::OmDig);
            let dokumenter = html_of(&k, Trin::Dokumenter);
            for html in [&om_dig, &dokumenter] {
                assert_lacks(html, &["<script", "<img"]);
                assert_contains(
                    html,
                    &[
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "&lt;img src=x onerror=alert(2)&gt;",
                    ],
                );
            }
            // The answers are there, in their rows (not dropped): the question, then the text.
            assert_contains(&om_dig, &["Fornavn", "class=\"ans-pre\""]);
            // An empty answer says so (the e-mail was left out).
            assert!(om_dig.contains("Ikke udfyldt"), "{om_dig}");
        });
    }

    #[test]
    fn an_expense_named_with_markup_is_text_in_its_question_column() {
        let owner = Owner::new();
        owner.with(|| {
            let mut k = Kladde::default();
            k.udgifter.push(crate::domain::ansoegning::Udgiftslinje {
                hvad: IMG.to_string(),
                beloeb: "450".to_string(),
                ..Default::default()
            });
            let html = html_of(&k, Trin::Udgifter);
            assert!(!html.contains("<img"), "{html}");
            let start = html
                .find("<dt class=\"fh-summary-key\">")
                .expect("a question cell");
            let end = start + html[start..].find("</dt>").expect("its end");
            assert!(
                html[start..end].contains("&lt;img src=x onerror=alert(2)&gt;"),
                "{html}"
            );
            assert!(html.contains("450 kr."), "{html}");
        });
    }
}
