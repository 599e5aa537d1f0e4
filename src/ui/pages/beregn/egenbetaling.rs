//! The co-payment calculators: § 109/§ 110 (per døgn × days), § 97 (the companion's
//! expenses, up to the year's maximum) and § 108 (a rough estimate of the payment for
//! the housing). Each collects a date and a few figures, and shows what
//! `domain::beregning` computes, with its trail.

use super::felter::{
    dato_i_dag, vis_fejl, Beregnet, Fejlliste, Felt, Felttype, JaNej, Laeser, Radioer, Regneside,
    Tekst,
};
use super::trail::{advarsler, trin_med, trin_tekst, Advarsler, Skoen, Trail};
use crate::domain::beregning::{
    beregn_botilbudsbetaling, beregn_doegnbetaling, beregn_ledsagerudgifter, satser, Boform,
    Botilbudsoplysninger, Trin,
};
use crate::ui::i18n::use_i18n;
use crate::ui::tk;
use leptos::prelude::*;

const RESULT_HEADING: &str = "beregn-resultat";

/// What a co-payment page shows after a calculation.
#[derive(Clone)]
struct Udfald {
    /// The main amount line(s).
    linjer: Vec<Tekst>,
    /// Steps to show in the result box besides the warnings.
    fremhaev: Vec<Trin>,
    /// A rough estimate (§ 108): marked as such.
    groft: bool,
    trin: Vec<Trin>,
}

/// The result box and trail of a co-payment page.
#[component]
fn Resultat(u: Result<Udfald, &'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let u = match u {
        Ok(u) => u,
        Err(id) => {
            return view! {
                <div class="alert alert-warning" role="alert">
                    <div class="alert-body"><p class="alert-text">{move || i18n.t(id)}</p></div>
                </div>
            }
            .into_any()
        }
    };
    let warnings = advarsler(&u.trin);
    view! {
        <section class="calc-result" aria-labelledby=RESULT_HEADING data-testid="calc-result">
            <h2 id=RESULT_HEADING tabindex="-1">{move || i18n.t("beregn-result-heading")}</h2>
            <div class=if u.groft { "calc-result-box calc-result-rough" } else { "calc-result-box" }>
                {u.groft.then(|| view! {
                    <p class="calc-rough-tag" data-testid="rough-estimate">{move || i18n.t("beregn-rough-tag")}</p>
                })}
                {u.linjer.into_iter().enumerate().map(|(i, t)| {
                    let class = if i == 0 { "calc-amount" } else { "calc-amount-year" };
                    view! { <p class=class>{move || t.vis(i18n)}</p> }
                }).collect_view()}
                {u.fremhaev.into_iter().map(|t| view! { <p>{move || trin_tekst(i18n, &t)}</p> }).collect_view()}
                <Advarsler trin=warnings />
                <Skoen />
            </div>
            <Trail trin=u.trin />
        </section>
    }
    .into_any()
}

fn vis_resultat<I: Clone + PartialEq + Send + Sync + 'static>(
    resultat: Beregnet<I, Result<Udfald, &'static str>>,
    fejl: Fejlliste,
    u: Result<Udfald, &'static str>,
) {
    fejl.set(vec![]);
    resultat.saet(u);
    crate::ui::browser::focus_later(RESULT_HEADING);
}

// ---------------------------------------------------------------------------------------
// § 109 / § 110
// ---------------------------------------------------------------------------------------

#[component]
pub fn BeregnDoegn() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let boform: RwSignal<Option<Boform>> = RwSignal::new(None);
    let dato = RwSignal::new(String::new());
    let doegn = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (boform.get(), dato.get(), doegn.get()));
    dato_i_dag(dato);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut l = Laeser::default();
        let b = l.valg(
            boform.get_untracked(),
            "boform-0",
            Tekst::ny(tk("beregn-doegn-place-name")),
        );
        let d = l.dato(
            &dato.get_untracked(),
            "beregn-dato",
            Tekst::ny(tk("beregn-doegn-date-name")),
        );
        let n = l.heltal(
            &doegn.get_untracked(),
            "beregn-doegn",
            Tekst::ny(tk("beregn-doegn-days-name")),
            "days",
            (1, 3_650),
            true,
        );
        match (b, d, n) {
            (Some(b), Some(d), Some(Some(n))) if l.fejl.is_empty() => {
                let u = beregn_doegnbetaling(satser(), b, d, n)
                    .map(|r| Udfald {
                        linjer: vec![
                            Tekst::ny(tk("beregn-doegn-total"))
                                .med("beloeb", r.i_alt.kr_tekst())
                                .med("doegn", r.doegn.to_string()),
                            Tekst::ny(tk("beregn-doegn-rate"))
                                .med("beloeb", r.takst.kr_tekst())
                                .med("aar", r.niveau.tekst()),
                        ],
                        fremhaev: trin_med(
                            &r.trin,
                            &["calc-daily-covers", "calc-daily-food-laundry"],
                        )
                        .cloned()
                        .collect(),
                        groft: false,
                        trin: r.trin,
                    })
                    .map_err(|e| e.fluent_id());
                vis_resultat(resultat, fejl, u);
            }
            _ => {
                resultat.ryd();
                vis_fejl(fejl, l.fejl);
            }
        }
    };

    view! {
        <Regneside
            title=tk("beregn-doegn-title")
            heading=tk("beregn-doegn-heading")
            lead=tk("beregn-doegn-lead")
            fejl=fejl
            on_submit=Callback::new(on_submit)
            foraeldet=Signal::derive(move || resultat.foraeldet())
            resultat=ViewFn::from(move || resultat.aktuel().map(|u| view! { <Resultat u=u /> }))
        >
            <Radioer
                name="boform".to_string()
                legend=Tekst::ny(tk("beregn-doegn-place-legend"))
                options=vec![
                    (Boform::Krisecenter, tk("beregn-doegn-place-109")),
                    (Boform::Forsorgshjem, tk("beregn-doegn-place-110")),
                ]
                value=boform
                fejl=fejl
            />
            <Felt
                id="beregn-dato".to_string()
                label=Tekst::ny(tk("beregn-doegn-date-label"))
                hint=Tekst::ny(tk("beregn-doegn-date-hint"))
                art=Felttype::Dato
                value=dato
                fejl=fejl
            />
            <Felt
                id="beregn-doegn".to_string()
                label=Tekst::ny(tk("beregn-doegn-days-label"))
                hint=Tekst::ny(tk("beregn-doegn-days-hint"))
                art=Felttype::Heltal
                value=doegn
                fejl=fejl
                input_class="input-char-4"
            />
        </Regneside>
    }
}

// ---------------------------------------------------------------------------------------
// § 97
// ---------------------------------------------------------------------------------------

#[component]
pub fn BeregnLedsager() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let dato = RwSignal::new(String::new());
    let udgifter = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (dato.get(), udgifter.get()));
    dato_i_dag(dato);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut l = Laeser::default();
        let d = l.dato(
            &dato.get_untracked(),
            "beregn-dato",
            Tekst::ny(tk("beregn-date-name")),
        );
        let u = l.valgfrit_beloeb(
            &udgifter.get_untracked(),
            "beregn-ledsager-udgifter",
            Tekst::ny(tk("beregn-ledsager-expenses-name")),
        );
        match (d, u) {
            (Some(d), Some(u)) if l.fejl.is_empty() => {
                let r = beregn_ledsagerudgifter(satser(), d, u)
                    .map(|r| {
                        let mut linjer = vec![Tekst::ny(tk("beregn-ledsager-max"))
                            .med("beloeb", r.hoejst_aar.kr_tekst())
                            .med("aar", r.niveau.tekst())];
                        if let Some(dk) = r.daekket_aar {
                            linjer.insert(
                                0,
                                Tekst::ny(tk("beregn-ledsager-covered"))
                                    .med("beloeb", dk.kr_tekst()),
                            );
                        }
                        Udfald {
                            linjer,
                            fremhaev: trin_med(&r.trin, &["calc-companion-above-max"])
                                .cloned()
                                .collect(),
                            groft: false,
                            trin: r.trin,
                        }
                    })
                    .map_err(|e| e.fluent_id());
                vis_resultat(resultat, fejl, r);
            }
            _ => {
                resultat.ryd();
                vis_fejl(fejl, l.fejl);
            }
        }
    };

    view! {
        <Regneside
            title=tk("beregn-ledsager-title")
            heading=tk("beregn-ledsager-heading")
            lead=tk("beregn-ledsager-lead")
            fejl=fejl
            on_submit=Callback::new(on_submit)
            foraeldet=Signal::derive(move || resultat.foraeldet())
            resultat=ViewFn::from(move || resultat.aktuel().map(|u| view! { <Resultat u=u /> }))
        >
            <Felt
                id="beregn-dato".to_string()
                label=Tekst::ny(tk("beregn-date-label"))
                art=Felttype::Dato
                value=dato
                fejl=fejl
            />
            <Felt
                id="beregn-ledsager-udgifter".to_string()
                label=Tekst::ny(tk("beregn-ledsager-expenses-label"))
                hint=Tekst::ny(tk("beregn-ledsager-expenses-hint"))
                art=Felttype::Beloeb
                value=udgifter
                fejl=fejl
                input_class="input-width-s"
            />
        </Regneside>
    }
}

// ---------------------------------------------------------------------------------------
// § 108
// ---------------------------------------------------------------------------------------

#[component]
pub fn BeregnBotilbud() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let dato = RwSignal::new(String::new());
    let indkomst = RwSignal::new(String::new());
    let enlig: RwSignal<Option<bool>> = RwSignal::new(None);
    let bolig = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (dato.get(), indkomst.get(), enlig.get(), bolig.get()));
    dato_i_dag(dato);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut l = Laeser::default();
        let d = l.dato(
            &dato.get_untracked(),
            "beregn-dato",
            Tekst::ny(tk("beregn-date-name")),
        );
        let ind = l.beloeb(
            &indkomst.get_untracked(),
            "beregn-indkomst",
            Tekst::ny(tk("beregn-botilbud-income-name")),
        );
        let en = l.valg(
            enlig.get_untracked(),
            "enlig-0",
            Tekst::ny(tk("beregn-botilbud-single-name")),
        );
        let bo = l.valgfrit_beloeb(
            &bolig.get_untracked(),
            "beregn-boligudgift",
            Tekst::ny(tk("beregn-botilbud-housing-name")),
        );
        match (d, ind, en, bo) {
            (Some(d), Some(ind), Some(en), Some(bo)) if l.fejl.is_empty() => {
                let input = Botilbudsoplysninger {
                    indkomst_aar: ind,
                    reelt_enlig_pensionist: en,
                    boligudgift_aar: bo,
                };
                let r = beregn_botilbudsbetaling(satser(), d, &input)
                    .map(|r| Udfald {
                        linjer: vec![
                            Tekst::ny(tk("beregn-botilbud-month"))
                                .med("beloeb", r.betaling_maaned.kr_tekst()),
                            Tekst::ny(tk("beregn-botilbud-year"))
                                .med("beloeb", r.betaling_aar.kr_tekst()),
                        ],
                        fremhaev: trin_med(
                            &r.trin,
                            &["calc-housing-capped", "calc-housing-services-extra"],
                        )
                        .cloned()
                        .collect(),
                        groft: r.groft_skoen,
                        trin: r.trin,
                    })
                    .map_err(|e| e.fluent_id());
                vis_resultat(resultat, fejl, r);
            }
            _ => {
                resultat.ryd();
                vis_fejl(fejl, l.fejl);
            }
        }
    };

    view! {
        <Regneside
            title=tk("beregn-botilbud-title")
            heading=tk("beregn-botilbud-heading")
            lead=tk("beregn-botilbud-lead")
            fejl=fejl
            on_submit=Callback::new(on_submit)
            foraeldet=Signal::derive(move || resultat.foraeldet())
            resultat=ViewFn::from(move || resultat.aktuel().map(|u| view! { <Resultat u=u /> }))
            note=tk("beregn-botilbud-rough-note")
        >
            <Felt
                id="beregn-dato".to_string()
                label=Tekst::ny(tk("beregn-date-label"))
                art=Felttype::Dato
                value=dato
                fejl=fejl
            />
            <Felt
                id="beregn-indkomst".to_string()
                label=Tekst::ny(tk("beregn-botilbud-income-label"))
                hint=Tekst::ny(tk("beregn-botilbud-income-hint"))
                art=Felttype::Beloeb
                value=indkomst
                fejl=fejl
                input_class="input-width-m"
            />
            <JaNej
                name="enlig".to_string()
                legend=Tekst::ny(tk("beregn-botilbud-single-legend"))
                hint=Tekst::ny(tk("beregn-botilbud-single-hint"))
                value=enlig
                fejl=fejl
            />
            <Felt
                id="beregn-boligudgift".to_string()
                label=Tekst::ny(tk("beregn-botilbud-housing-label"))
                hint=Tekst::ny(tk("beregn-botilbud-housing-hint"))
                art=Felttype::Beloeb
                value=bolig
                fejl=fejl
                input_class="input-width-m"
            />
        </Regneside>
    }
}
