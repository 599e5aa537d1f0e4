//! The steps of the application: one page each, with the DKFDS step indicator (an
//! ordered list, `aria-current="step"`, completed steps stay links), the error summary,
//! the fields, "Fortsæt" and "Gem som fil".

use super::felter::{Fejlopsummering, Tekstfelt, Valg};
use super::{med_ord, t_ord, trin_sti, use_ansoegning, Gemmelinje, START};
use crate::domain::ansoegning::{
    self as domain, forrige, naeste, trin, valider, vejledning, Fejl, Kladde, Omtale,
    Repraesentation, Trin, Udgiftslinje, Vejledning,
};
use crate::domain::content::{self, Kvalitetsstandard};
use crate::domain::money::Beloeb;
use crate::ui::components::{
    BackLink, Choice, Choices, Field, MunicipalitySelect, PageTitle, QuestionHeading, Step,
    StepIndicator, StepState,
};
use crate::ui::i18n::{translate, use_i18n, Lang};
use crate::ui::pages::screener::{besked, paragraph_label};
use crate::ui::pages::use_sidste_beregning;
use crate::ui::{tk, use_answers};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

/// The Fluent key of a step's title.
pub fn trin_titel(t: Trin) -> &'static str {
    match t {
        Trin::OmDig => tk("ans-trin-om-dig"),
        Trin::HvemHjaelper => tk("ans-trin-hvem-hjaelper"),
        Trin::HvadSoeger => tk("ans-trin-hvad-soeger-du"),
        Trin::Hverdag => tk("ans-trin-din-hverdag"),
        Trin::Udgifter => tk("ans-trin-udgifter"),
        Trin::Dokumenter => tk("ans-trin-dokumenter"),
        Trin::Tjek => tk("ans-trin-tjek"),
        Trin::Kvittering => tk("ans-trin-kvittering"),
    }
}

/// The route `/ansoegning/:trin`.
#[component]
pub fn AnsoegningTrin() -> impl IntoView {
    let params = use_params_map();
    let a = use_ansoegning();
    let navigate = use_navigate();
    let valgt = Memo::new(move |_| {
        let id = params.with(|p| p.get("trin").unwrap_or_default());
        Trin::fra_id(&id)
            .filter(|t| *t != Trin::HvemHjaelper || a.kladde.with(|k| k.hjaelper_tilstand()))
    });
    Effect::new(move |_| {
        if valgt.get().is_none() {
            navigate(
                START,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    move || {
        valgt.get().map(|t| match t {
            Trin::Kvittering => view! { <super::Kvittering /> }.into_any(),
            t => view! { <TrinSide t=t /> }.into_any(),
        })
    }
}

/// The step indicator: every step of the draft; the current one with
/// `aria-current="step"`; steps before it and steps whose earlier steps are all fine are
/// links.
#[component]
pub fn Trinindikator(aktuel: Trin) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    // A memo: the list is drawn again only when a step's title, link or state changes, not
    // on every key typed into the draft (issue 15).
    let steps = Memo::new(move |_| {
        let lang = i18n.lang.get();
        a.ord.with(|ord| {
            a.kladde.with(|k| {
                let alle = trin(k);
                let pos = alle.iter().position(|t| *t == aktuel).unwrap_or(alle.len());
                let mut fri = true;
                alle.iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let klikbar = *t != aktuel && (i < pos || fri);
                        if *t != Trin::Tjek && !valider(k, *t).is_empty() {
                            fri = false;
                        }
                        Step {
                            title: med_ord(lang, ord, trin_titel(*t), &[]),
                            href: klikbar.then(|| trin_sti(*t)),
                            state: match i.cmp(&pos) {
                                std::cmp::Ordering::Less => StepState::Done,
                                std::cmp::Ordering::Equal => StepState::Current,
                                std::cmp::Ordering::Greater => StepState::Later,
                            },
                        }
                    })
                    .collect()
            })
        })
    });
    view! { <StepIndicator label=Signal::derive(move || i18n.t("ans-trin-label")) steps=steps no_print=true /> }
}

/// "Trin N af M: <title>" for the `<h1>` and the title.
fn trin_nr(k: &Kladde, t: Trin) -> (usize, usize) {
    let alle = trin(k);
    (
        alle.iter().position(|x| *x == t).map_or(0, |i| i + 1),
        alle.len(),
    )
}

/// The page of one step (not the receipt).
#[component]
fn TrinSide(t: Trin) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let navigate = use_navigate();
    let fejl = RwSignal::new(Vec::<Fejl>::new());
    let titel = t_ord(trin_titel(t));
    let page_title = move || {
        let base = i18n.t_with("ans-trin-title", &[("trin", &titel())]);
        if fejl.with(|f| f.is_empty()) {
            base
        } else {
            i18n.t_with("ans-title-error", &[("title", &base)])
        }
    };
    // Memos of what the draft decides (the number of steps, the one before), so a key typed
    // into a field does not redraw them.
    let nr_antal = Memo::new(move |_| a.kladde.with(|k| trin_nr(k, t)));
    let nr = move || {
        let (n, m) = nr_antal.get();
        i18n.t_with(
            "ans-trin-nr",
            &[("nr", &n.to_string()), ("antal", &m.to_string())],
        )
    };
    let back = Memo::new(move |_| {
        a.kladde
            .with(|k| forrige(k, t))
            .map(trin_sti)
            .unwrap_or_else(|| START.to_string())
    });
    let args: Signal<Vec<(&'static str, String)>> = a.ord.into();
    let nav = navigate.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = a.kladde.get_untracked();
        let f = valider(&k, t);
        if f.is_empty() {
            fejl.set(vec![]);
            if let Some(n) = naeste(&k, t) {
                nav(&trin_sti(n), Default::default());
            }
        } else {
            fejl.set(f);
            crate::ui::components::focus_error_summary();
        }
    };
    let body = match t {
        Trin::OmDig => view! { <OmDig fejl=fejl /> }.into_any(),
        Trin::HvemHjaelper => view! { <HvemHjaelper fejl=fejl /> }.into_any(),
        Trin::HvadSoeger => view! { <HvadSoeger fejl=fejl /> }.into_any(),
        Trin::Hverdag => view! { <HverdagTrin fejl=fejl /> }.into_any(),
        Trin::Udgifter => view! { <Udgifter fejl=fejl /> }.into_any(),
        Trin::Dokumenter => view! { <Dokumenter fejl=fejl /> }.into_any(),
        Trin::Tjek | Trin::Kvittering => view! { <super::tjek::Tjek fejl=fejl /> }.into_any(),
    };
    let knap = if t == Trin::Tjek {
        tk("ans-til-kvittering")
    } else {
        tk("ans-fortsaet")
    };
    view! {
        <PageTitle text=page_title />
        <div class="page-narrow ans-step" data-step=t.id()>
            <BackLink href=back label=Signal::derive(move || i18n.t("ans-tilbage")) no_print=true />
            <Fejlopsummering fejl=fejl args=args />
            <Trinindikator aktuel=t />
            <form novalidate on:submit=on_submit>
                <QuestionHeading caption=Signal::derive(nr) no_print=true>
                    <span class="fh-heading-text">{titel}</span>
                </QuestionHeading>
                {body}
                <p class="ans-nav ans-no-print">
                    <button type="submit" class="button button-primary" data-testid="ans-continue">{move || i18n.t(knap)}</button>
                </p>
            </form>
            <Gemmelinje />
        </div>
    }
}

/// A text field bound to one part of the draft.
macro_rules! felt {
    ($a:expr, |$k:ident| $get:expr, |$k2:ident, $v:ident| $set:expr) => {{
        let a = $a;
        (
            // A memo: a key typed into one field does not redraw the others.
            Memo::new(move |_| a.kladde.with(|$k| $get.clone())),
            Callback::new(move |$v: String| a.opdater(|$k2| $set)),
        )
    }};
}

#[component]
fn OmDig(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let hjaelper_memo = Memo::new(move |_| a.kladde.with(|k| k.hjaelper_tilstand()));
    let hjaelper = move || hjaelper_memo.get();
    // A helper types someone else's data: no autofill of the helper's own.
    let ac = move |key: &'static str| if hjaelper() { "off" } else { key };
    let lbl = |key: &'static str| Signal::derive(t_ord(key));
    let (fornavn, s_fornavn) = felt!(a, |k| k.person.fornavn, |k, v| k.person.fornavn = v);
    let (efternavn, s_efternavn) = felt!(a, |k| k.person.efternavn, |k, v| k.person.efternavn = v);
    let (cpr, s_cpr) = felt!(a, |k| k.person.cpr, |k, v| k.person.cpr = v);
    let (adresse, s_adresse) = felt!(a, |k| k.person.adresse, |k, v| k.person.adresse = v);
    let (telefon, s_telefon) = felt!(a, |k| k.person.telefon, |k, v| k.person.telefon = v);
    let (email, s_email) = felt!(a, |k| k.person.email, |k, v| k.person.email = v);
    let omtale_valg: Vec<(String, &'static str)> = Omtale::ALL
        .iter()
        .map(|o| {
            (
                o.id().to_string(),
                match o {
                    Omtale::Personen => tk("ans-omtale-personen"),
                    Omtale::Hun => tk("ans-omtale-hun"),
                    Omtale::Han => tk("ans-omtale-han"),
                    Omtale::Navn => tk("ans-omtale-navn"),
                },
            )
        })
        .collect();
    view! {
        <p>{super::t_ord("ans-om-dig-intro")}</p>
        <Tekstfelt id="fornavn" label=lbl("ans-felt-fornavn") vaerdi=fornavn saet=s_fornavn fejl=fejl autocomplete=ac("given-name") />
        <Tekstfelt id="efternavn" label=lbl("ans-felt-efternavn") vaerdi=efternavn saet=s_efternavn fejl=fejl autocomplete=ac("family-name") />
        <Tekstfelt
            id="cpr"
            label=lbl("ans-felt-cpr")
            hint=lbl("ans-felt-cpr-hint")
            vaerdi=cpr
            saet=s_cpr
            fejl=fejl
            valgfri=true
            inputmode="numeric"
            bred="input-width-s"
        />
        <Tekstfelt id="adresse" label=lbl("ans-felt-adresse") vaerdi=adresse saet=s_adresse fejl=fejl valgfri=true autocomplete=ac("street-address") />
        <Tekstfelt id="telefon" label=lbl("ans-felt-telefon") vaerdi=telefon saet=s_telefon fejl=fejl valgfri=true autocomplete=ac("tel") input_type="tel" bred="input-width-s" />
        <Tekstfelt id="email" label=lbl("ans-felt-email") vaerdi=email saet=s_email fejl=fejl valgfri=true autocomplete=ac("email") input_type="email" />
        {move || hjaelper().then(|| view! {
            <Valg
                navn="omtale"
                legend=Signal::derive(move || i18n.t("ans-omtale-legend"))
                valg=omtale_valg.clone()
                valgt=Signal::derive(move || Some(a.kladde.with(|k| k.person.omtale.id().to_string())))
                saet=Callback::new(move |v: String| {
                    if let Some(o) = Omtale::fra_id(&v) {
                        a.opdater(|k| k.person.omtale = o);
                    }
                })
                fejl=fejl
            />
        })}
    }
}

#[component]
fn HvemHjaelper(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let lbl = |key: &'static str| Signal::derive(t_ord(key));
    let (navn, s_navn) = felt!(a, |k| k.hjaelper.navn, |k, v| k.hjaelper.navn = v);
    let (relation, s_relation) = felt!(a, |k| k.hjaelper.relation, |k, v| k.hjaelper.relation = v);
    let (telefon, s_telefon) = felt!(a, |k| k.hjaelper.telefon, |k, v| k.hjaelper.telefon = v);
    let (email, s_email) = felt!(a, |k| k.hjaelper.email, |k, v| k.hjaelper.email = v);
    let args: Signal<Vec<(&'static str, String)>> = a.ord.into();
    let rolle_valg: Vec<(String, &'static str)> = Repraesentation::ALL
        .iter()
        .map(|r| {
            (
                r.id().to_string(),
                match r {
                    Repraesentation::Partsrepraesentant => tk("ans-rolle-partsrepraesentant"),
                    Repraesentation::Bisidder => tk("ans-rolle-bisidder"),
                    Repraesentation::Skriver => tk("ans-rolle-skriver"),
                },
            )
        })
        .collect();
    let rolle_hint = vec![
        Some(tk("ans-rolle-partsrepraesentant-hint")),
        Some(tk("ans-rolle-bisidder-hint")),
        Some(tk("ans-rolle-skriver-hint")),
    ];
    view! {
        <p>{super::t_ord("ans-hjaelper-intro")}</p>
        <Tekstfelt id="hjaelper-navn" label=lbl("ans-felt-hjaelper-navn") vaerdi=navn saet=s_navn fejl=fejl autocomplete="name" />
        <Tekstfelt id="hjaelper-relation" label=lbl("ans-felt-hjaelper-relation") hint=lbl("ans-felt-hjaelper-relation-hint") vaerdi=relation saet=s_relation fejl=fejl />
        <Tekstfelt id="hjaelper-telefon" label=lbl("ans-felt-hjaelper-telefon") hint=lbl("ans-felt-hjaelper-kontakt-hint") vaerdi=telefon saet=s_telefon fejl=fejl autocomplete="tel" input_type="tel" bred="input-width-s" />
        <Tekstfelt id="hjaelper-email" label=lbl("ans-felt-hjaelper-email") vaerdi=email saet=s_email fejl=fejl autocomplete="email" input_type="email" valgfri=true />
        <div class="ans-explain">
            <h2>{move || i18n.t("ans-fuldmagt-heading")}</h2>
            <p>{super::t_ord("ans-fuldmagt-forklaring")}</p>
        </div>
        <Valg
            navn="fuldmagt"
            legend=lbl("ans-fuldmagt-legend")
            valg=vec![("ja".to_string(), tk("ans-ja")), ("nej".to_string(), tk("ans-nej"))]
            valgt=Signal::derive(move || a.kladde.with(|k| k.hjaelper.fuldmagt.map(|b| if b { "ja".to_string() } else { "nej".to_string() })))
            saet=Callback::new(move |v: String| a.opdater(|k| k.hjaelper.fuldmagt = Some(v == "ja")))
            fejl=fejl
            args=args
        />
        <Valg
            navn="rolle"
            legend=lbl("ans-rolle-hjaelper-legend")
            valg=rolle_valg
            forklaringer=rolle_hint
            valgt=Signal::derive(move || a.kladde.with(|k| k.hjaelper.rolle.map(|r| r.id().to_string())))
            saet=Callback::new(move |v: String| {
                if let Some(r) = Repraesentation::fra_id(&v) {
                    a.opdater(|k| k.hjaelper.rolle = Some(r));
                }
            })
            fejl=fejl
            args=args
        />
    }
}

/// "§ 85, § 107" for a service.
pub fn paragraffer(s: &Kvalitetsstandard) -> String {
    s.paragraphs
        .iter()
        .map(|k| paragraph_label(k))
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
fn HvadSoeger(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let answers = use_answers();
    // Prefilled from Find hjælp when nothing is chosen yet.
    let svar = answers.svar.get_untracked();
    let udfyldt = a.kladde.with_untracked(|k| k.ydelser.is_empty())
        && svar.kommune.is_some()
        && a.kladde
            .with_untracked(|k| k.kommune.is_none() || k.kommune == svar.kommune);
    if udfyldt {
        a.opdater(|k| domain::udfyld_fra_screener(k, &svar));
    }
    let fra_screener = udfyldt && a.kladde.with_untracked(|k| !k.ydelser.is_empty());
    let kommune_besked = move || fejl.with(|f| super::felter::fejl_for(f, "kommune"));
    let besked = move |felt: &'static str| {
        Signal::derive(move || {
            fejl.with(|f| super::felter::fejl_for(f, felt))
                .map(|k| i18n.t(k))
        })
    };
    let kommune_memo = Memo::new(move |_| a.kladde.with(|k| k.kommune.clone()));
    let ydelser = move || {
        let kommune = kommune_memo.get();
        kommune.map(|m| {
            // The municipality's own standards, then the law's floor for the rest.
            let choices = content::standards_in(&m)
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let id = if i == 0 {
                        "ydelser".to_string()
                    } else {
                        format!("ydelse-{}", s.id)
                    };
                    let sid = s.id;
                    Choice::new(
                        id,
                        sid,
                        format!("{} ({})", s.title, paragraffer(s)),
                        Signal::derive(move || {
                            a.kladde.with(|k| k.ydelser.iter().any(|y| y == sid))
                        }),
                        move |on| a.opdater(|k| k.vaelg_ydelse(sid, on)),
                    )
                })
                .collect();
            view! {
                <Choices
                    multiple=true
                    name="ydelser".to_string()
                    legend=Signal::derive(super::t_ord("ans-ydelser-legend"))
                    hint=Signal::derive(move || i18n.t("ans-ydelser-hint"))
                    error=besked("ydelser")
                    choices=choices
                />
            }
        })
    };
    view! {
        {fra_screener.then(|| view! {
            <div class="alert alert-info" role="note">
                <div class="alert-body"><p class="alert-text">{move || i18n.t("ans-ydelser-fra-screener")}</p></div>
            </div>
        })}
        <Field id="kommune".to_string() label=Signal::derive(super::t_ord("ans-kommune-label")) error=besked("kommune")>
            <MunicipalitySelect
                id="kommune"
                name="kommune"
                placeholder="ans-kommune-vaelg"
                described_by=Signal::derive(move || kommune_besked().map(|_| "kommune-error".to_string()))
                value=Signal::derive(move || a.kladde.with(|k| k.kommune.clone().unwrap_or_default()))
                on_choose=Callback::new(move |v: String| {
                    a.opdater(|k| {
                        let ny = (!v.is_empty()).then_some(v);
                        if k.kommune != ny {
                            k.ydelser.clear();
                        }
                        k.kommune = ny;
                    });
                })
            />
        </Field>
        {ydelser}
    }
}

/// One guiding question in words.
/// `ord`: the draft's wording ([`super::ord_args`]).
fn vejledning_tekst(
    lang: Lang,
    ord: &[(&'static str, String)],
    v: Vejledning,
    s: &Kvalitetsstandard,
) -> String {
    match v {
        Vejledning::Tema(t) => {
            let tema = translate(lang, &format!("vum-{}", t.as_str())).to_lowercase();
            med_ord(lang, ord, v.besked_id(), &[("tema", &tema)])
        }
        Vejledning::Maal => med_ord(lang, ord, v.besked_id(), &[("ydelse", s.title)]),
        _ => med_ord(lang, ord, v.besked_id(), &[]),
    }
}

#[component]
fn HverdagTrin(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let ids = Memo::new(move |_| a.kladde.with(|k| (k.kommune.clone(), k.ydelser.clone())));
    // Read the memo (a lazy memo that is only `track`ed is never computed, so it never
    // notified: a draft loaded after the page showed "nothing chosen").
    let ydelser = move || ids.with(|_| a.kladde.with_untracked(domain::valgte_ydelser));
    view! {
        <p>{super::t_ord("ans-hverdag-intro")}</p>
        {move || {
            let valgte = ydelser();
            if valgte.is_empty() {
                return view! { <p>{i18n.t("ans-hverdag-ingen")}</p> }.into_any();
            }
            valgte
                .into_iter()
                .map(|s| {
                    let id = format!("hverdag-{}", s.id);
                    let sid = s.id;
                    // From the wording only: not formatted again on every key typed.
                    let spm: Signal<Vec<String>> = Memo::new(move |_| {
                        a.ord.with(|ord| {
                            let lang = i18n.lang.get();
                            vejledning(s)
                                .into_iter()
                                .map(|v| vejledning_tekst(lang, ord, v, s))
                                .collect::<Vec<_>>()
                        })
                    })
                    .into();
                    let label = format!("{} ({})", s.title, paragraffer(s));
                    view! {
                        <div class="ans-hverdag">
                            <Tekstfelt
                                id=id
                                label=Signal::derive(move || label.clone())
                                hint=Signal::derive(move || i18n.t("ans-hverdag-hint"))
                                hint_liste=spm
                                vaerdi=Memo::new(move |_| a.kladde.with(|k| k.hverdag_for(sid).to_string()))
                                saet=Callback::new(move |v: String| a.opdater(|k| k.saet_hverdag(sid, v)))
                                fejl=fejl
                                flere_linjer=true
                            />
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        }}
    }
}

/// The expense lines of a kept § 100 calculation, in Danish (the application goes to a
/// Danish municipality).
fn udgifter_fra_beregning(g: &crate::ui::pages::Gemt100) -> Vec<Udgiftslinje> {
    g.oplysninger
        .udgifter
        .iter()
        .map(|u| Udgiftslinje {
            hvad: translate(Lang::Da, &format!("calc-category-{}", u.kategori.as_str())),
            beloeb: u.beloeb.tal(),
            pr_aar: u.periode == crate::domain::beregning::Periode::Aar,
        })
        .collect()
}

#[component]
fn Udgifter(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let sidste = use_sidste_beregning();
    // Prefilled from the kept § 100 calculation when the draft has no expenses yet.
    let beregning = sidste.get_untracked();
    if let Some(g) = &beregning {
        if a.kladde.with_untracked(|k| k.udgifter.is_empty()) {
            let linjer = udgifter_fra_beregning(g);
            if !linjer.is_empty() {
                a.opdater(|k| k.udgifter = linjer);
            }
        }
    }
    let fra_beregning = beregning.map(|g| {
        let dato = crate::domain::dato::dansk(g.dato);
        let maaned = g
            .beregn()
            .ok()
            .map(|b| {
                let m = b.maaned();
                if m.min == m.max {
                    m.min.kr_tekst()
                } else {
                    format!("{}–{}", m.min.kr_tekst(), m.max.kr_tekst())
                }
            })
            .unwrap_or_default();
        view! {
            <div class="alert alert-info" role="note" data-testid="from-calculation">
                <div class="alert-body">
                    <p class="alert-text">{move || i18n.t_with("ans-udgifter-fra-beregning", &[("dato", &dato), ("beloeb", &maaned)])}</p>
                </div>
            </div>
        }
    });
    let antal = Memo::new(move |_| a.kladde.with(|k| k.udgifter.len()));
    let linjer = move || {
        let n = antal.get();
        (0..n)
            .map(|i| {
                let hvad = Memo::new(move |_| a.kladde.with(|k| k.udgifter.get(i).map(|u| u.hvad.clone()).unwrap_or_default()));
                let beloeb = Memo::new(move |_| a.kladde.with(|k| k.udgifter.get(i).map(|u| u.beloeb.clone()).unwrap_or_default()));
                let s_hvad = Callback::new(move |v: String| a.opdater(|k| if let Some(u) = k.udgifter.get_mut(i) { u.hvad = v }));
                let s_beloeb = Callback::new(move |v: String| a.opdater(|k| if let Some(u) = k.udgifter.get_mut(i) { u.beloeb = v }));
                let nr = (i + 1).to_string();
                let nr2 = nr.clone();
                let periode_id = format!("udgift-{i}-periode");
                view! {
                    <fieldset class="ans-expense">
                        <legend class="form-label">{move || i18n.t_with("ans-udgift-legend", &[("nr", &nr)])}</legend>
                        <Tekstfelt id=format!("udgift-{i}-hvad") label=Signal::derive(move || i18n.t("ans-udgift-hvad")) vaerdi=hvad saet=s_hvad fejl=fejl />
                        <Tekstfelt id=format!("udgift-{i}-beloeb") label=Signal::derive(move || i18n.t("ans-udgift-beloeb")) hint=Signal::derive(move || i18n.t("ans-udgift-beloeb-hint")) vaerdi=beloeb saet=s_beloeb fejl=fejl inputmode="decimal" bred="input-width-s" />
                        <div class="form-group">
                            <label class="form-label" for=periode_id.clone()>{move || i18n.t("ans-udgift-periode")}</label>
                            <select
                                class="form-select"
                                id=periode_id
                                on:change=move |ev| {
                                    let aar = event_target_value(&ev) == "aar";
                                    a.opdater(|k| if let Some(u) = k.udgifter.get_mut(i) { u.pr_aar = aar });
                                }
                            >
                                <option value="maaned" selected=move || a.kladde.with(|k| k.udgifter.get(i).is_some_and(|u| !u.pr_aar))>{move || i18n.t("ans-pr-maaned")}</option>
                                <option value="aar" selected=move || a.kladde.with(|k| k.udgifter.get(i).is_some_and(|u| u.pr_aar))>{move || i18n.t("ans-pr-aar")}</option>
                            </select>
                        </div>
                        <button type="button" class="button button-tertiary ans-remove" on:click=move |_| a.opdater(|k| { if i < k.udgifter.len() { k.udgifter.remove(i); } })>
                            {move || i18n.t_with("ans-udgift-fjern", &[("nr", &nr2)])}
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let (note, s_note) = felt!(a, |k| k.udgifter_note, |k, v| k.udgifter_note = v);
    view! {
        <p>{super::t_ord("ans-udgifter-intro")}</p>
        {fra_beregning}
        {linjer}
        <p>
            <button type="button" class="button button-secondary" data-testid="add-expense" on:click=move |_| a.opdater(|k| k.udgifter.push(Udgiftslinje::default()))>
                {move || i18n.t("ans-udgift-tilfoej")}
            </button>
        </p>
        <Tekstfelt id="udgifter-note" label=Signal::derive(move || i18n.t("ans-udgifter-note")) vaerdi=note saet=s_note fejl=fejl flere_linjer=true valgfri=true />
        <p class="form-hint">
            {move || i18n.t("ans-udgifter-beregn")} " "
            <a href="/beregn/kompensationsydelse">{move || i18n.t("ans-udgifter-beregn-link")}</a>
        </p>
    }
}

/// Whether an expense amount is a valid amount (for the printout: shown with "kr.").
pub fn beloeb_tekst(u: &Udgiftslinje) -> String {
    Beloeb::parse(&u.beloeb)
        .map(|b| b.kr_tekst())
        .unwrap_or_else(|_| u.beloeb.clone())
}

#[component]
fn Dokumenter(fejl: RwSignal<Vec<Fejl>>) -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let answers = use_answers();
    let docs_memo = Memo::new(move |_| {
        let svar = answers.svar.get();
        a.kladde.with(|k| domain::dokumenter(k, &svar))
    });
    let liste = move || {
        let lang = i18n.lang.get();
        let docs = docs_memo.get();
        if docs.is_empty() {
            return view! { <p data-testid="no-documents">{move || i18n.t("ans-dokumenter-ingen")}</p> }.into_any();
        }
        let items = docs
            .into_iter()
            .map(|d| {
                let id = format!("dok-{}", d.id);
                let did = d.id;
                let kommune = a
                    .kladde
                    .with_untracked(|k| k.kommune.clone())
                    .unwrap_or_default();
                let til: Vec<String> = d
                    .ydelser
                    .iter()
                    .filter_map(|y| content::standard_in(&kommune, y).map(|s| s.title.to_string()))
                    .collect();
                Choice::new(
                    id,
                    did,
                    besked(lang, &d.besked),
                    Signal::derive(move || a.kladde.with(|k| k.dokumenter.contains(did))),
                    move |on| {
                        a.opdater(|k| {
                            if on {
                                k.dokumenter.insert(did.to_string());
                            } else {
                                k.dokumenter.remove(did);
                            }
                        })
                    },
                )
                .hint(format!(
                    "{} {}",
                    translate(lang, "ans-dokument-til"),
                    til.join(", ")
                ))
            })
            .collect();
        view! {
            <Choices
                    multiple=true
                name="dokumenter".to_string()
                legend=Signal::derive(move || i18n.t("ans-dokumenter-legend"))
                choices=items
            />
        }
        .into_any()
    };
    let (andet, s_andet) = felt!(a, |k| k.andet, |k, v| k.andet = v);
    view! {
        <p>{super::t_ord("ans-dokumenter-intro")}</p>
        {liste}
        <Tekstfelt id="andet" label=Signal::derive(t_ord("ans-felt-andet")) vaerdi=andet saet=s_andet fejl=fejl flere_linjer=true valgfri=true />
    }
}
