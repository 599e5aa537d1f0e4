//! The calculation trail: every step's text, the rates it used with their year and
//! source, and the step's own source. The domain gives Fluent ids and arguments; this
//! file only translates and lays them out.

use crate::domain::beregning::{Arg, Art, Niveau, Sats, Trin, Vaerdi};
use crate::domain::content::Source;
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::tk;
use leptos::prelude::*;

/// The text of a step: its arguments as text (a `Besked` translated first). A selector
/// word that is a number (`"109"`) matches a Fluent variant `[109]` (ui::i18n::format).
pub fn trin_tekst(i18n: I18n, t: &Trin) -> String {
    let args: Vec<(&str, String)> = t
        .args
        .iter()
        .map(|(n, a)| match a {
            Arg::Besked(id) => (*n, i18n.t(id)),
            Arg::Valg(v) => (*n, v.to_string()),
            other => (*n, other.tekst()),
        })
        .collect();
    let refs: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    i18n.t_with(t.id, &refs)
}

/// "2024-niveau" or "lovens grundbeløb".
pub fn niveau_tekst(i18n: I18n, n: Niveau) -> String {
    match n {
        Niveau::Aar(y) => i18n.t_with("beregn-level-year", &[("aar", &y.to_string())]),
        Niveau::Lovtekst => i18n.t("beregn-level-law"),
    }
}

/// The value of a rate, Danish style.
pub fn vaerdi_tekst(v: Vaerdi) -> String {
    match v {
        Vaerdi::Beloeb(b) => b.kr_tekst(),
        Vaerdi::Procent(p) => Arg::Procent(p).tekst(),
    }
}

/// "Fast beløb, gruppe 1: 1.105 kr. (2025-niveau)".
pub fn sats_tekst(i18n: I18n, s: &Sats) -> String {
    i18n.t_with(
        tk("beregn-rate-line"),
        &[
            ("navn", &i18n.t(&s.fluent_id())),
            ("vaerdi", &vaerdi_tekst(s.vaerdi)),
            ("niveau", &niveau_tekst(i18n, s.niveau)),
        ],
    )
}

/// "Kilde: <document> (<publisher>, <year>), afsnit <section>".
pub fn kilde_tekst(i18n: I18n, s: &Source) -> String {
    let line = crate::ui::pages::source_text(i18n.lang.get(), s);
    i18n.t_with("beregn-source", &[("kilde", &line)])
}

fn art_klasse(a: Art) -> &'static str {
    match a {
        Art::Grundlag => "calc-step calc-step-basis",
        Art::Betingelse => "calc-step calc-step-condition",
        Art::Beregning => "calc-step calc-step-calc",
        Art::Resultat => "calc-step calc-step-result",
        Art::Note => "calc-step calc-step-note",
        Art::Advarsel => "calc-step calc-step-warning",
    }
}

/// One step: text, then the rates and sources under it.
#[component]
fn TrinPunkt(t: Trin) -> impl IntoView {
    let i18n = use_i18n();
    let advarsel = t.art == Art::Advarsel;
    let satser = t.satser.clone();
    // The step's own source, unless a rate already names it.
    let egen = t.kilde.filter(|k| !t.satser.iter().any(|s| s.kilde == *k));
    let har_kilder = !satser.is_empty() || egen.is_some();
    let tekst = t.clone();
    view! {
        <li class=art_klasse(t.art) data-step=t.id>
            <p class="calc-step-text">
                {advarsel.then(|| view! { <strong>{move || i18n.t("beregn-step-warning")} " "</strong> })}
                {move || trin_tekst(i18n, &tekst)}
            </p>
            {har_kilder.then(|| view! {
                <ul class="calc-step-sources">
                    {satser.into_iter().map(|s| view! {
                        <li class="calc-rate">
                            <span class="calc-rate-value">{move || sats_tekst(i18n, &s)}</span>
                            " "
                            <span class="calc-rate-source">{move || kilde_tekst(i18n, &s.kilde)}</span>
                        </li>
                    }).collect_view()}
                    {egen.map(|k| view! {
                        <li class="calc-rate-source">{move || kilde_tekst(i18n, &k)}</li>
                    })}
                </ul>
            })}
        </li>
    }
}

/// The whole trail as an ordered list, under its heading.
#[component]
pub fn Trail(trin: Vec<Trin>, #[prop(optional)] heading_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = if heading_id.is_empty() {
        "beregn-trail-heading"
    } else {
        heading_id
    };
    view! {
        <section class="calc-trail-section" aria-labelledby=heading_id>
            <h3 id=heading_id>{move || i18n.t("beregn-trail-heading")}</h3>
            <p class="form-hint">{move || i18n.t("beregn-trail-intro")}</p>
            <ol class="calc-trail" data-testid="calc-trail">
                {trin.into_iter().map(|t| view! { <TrinPunkt t=t /> }).collect_view()}
            </ol>
        </section>
    }
}

/// The texts of the steps with these ids (in trail order), e.g. for the result box.
pub fn trin_med<'a>(trin: &'a [Trin], ids: &'a [&str]) -> impl Iterator<Item = &'a Trin> {
    trin.iter().filter(move |t| ids.contains(&t.id))
}

/// The warnings of a trail (fallback years, ambiguous tables, rough estimates).
pub fn advarsler(trin: &[Trin]) -> Vec<Trin> {
    trin.iter()
        .filter(|t| t.art == Art::Advarsel)
        .cloned()
        .collect()
}

/// Warnings shown in the result box, each as a paragraph.
#[component]
pub fn Advarsler(trin: Vec<Trin>) -> impl IntoView {
    let i18n = use_i18n();
    (!trin.is_empty()).then(|| {
        view! {
            <div class="calc-warnings" data-testid="calc-warnings">
                {trin.into_iter().map(|t| view! {
                    <p class="calc-warning">
                        <strong>{move || i18n.t("beregn-step-warning")} " "</strong>
                        {move || trin_tekst(i18n, &t)}
                    </p>
                }).collect_view()}
            </div>
        }
    })
}

/// The closing note of every calculation ("Det er et skøn. Kommunen træffer
/// afgørelsen …"), from the domain's own step.
#[component]
pub fn Skoen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="calc-estimate" data-testid="calc-estimate">
            <strong>{move || i18n.t("calc-estimate")}</strong>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::beregning::{beregn_doegnbetaling, satser, Boform};
    use crate::ui::i18n::Lang;
    use chrono::NaiveDate;

    fn texts(lang: Lang, boform: Boform) -> Vec<String> {
        let i18n = I18n {
            lang: RwSignal::new(lang),
        };
        let dato = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap();
        let r = beregn_doegnbetaling(satser(), boform, dato, 14).unwrap();
        r.trin.iter().map(|t| trin_tekst(i18n, t)).collect()
    }

    #[test]
    fn numeric_selectors_pick_their_variant() {
        let k = texts(Lang::Da, Boform::Krisecenter);
        assert!(
            k.iter()
                .any(|t| t == "Du betaler 93,38 kr. pr. døgn på et krisecenter."),
            "{k:?}"
        );
        assert!(k.iter().any(|t| t.contains("dine børns ophold")), "{k:?}");
        assert!(
            k.iter()
                .any(|t| t == "14 døgn × 93,38 kr. giver 1.307,32 kr."),
            "{k:?}"
        );
        let f = texts(Lang::Da, Boform::Forsorgshjem);
        assert!(f.iter().any(|t| t.contains("på et forsorgshjem")), "{f:?}");
        assert!(!f.iter().any(|t| t.contains("børn")), "{f:?}");
        let e = texts(Lang::En, Boform::Krisecenter);
        assert!(e.iter().any(|t| t.contains("women's shelter")), "{e:?}");
        for t in k.iter().chain(&f).chain(&e) {
            assert!(!t.contains("kr.."), "{t}");
            assert!(!t.contains('{'), "{t}");
        }
    }
}
