//! The co-payment calculators: § 109/§ 110 (per døgn × days), § 97 (the companion's
//! expenses, up to the year's maximum) and § 108 (a rough estimate of the payment for
//! the housing). Each collects a date and a few figures, and shows what
//! `domain::beregning` computes, with its trail.

use super::felter::{
    dato_i_dag, felt, side, Beregnet, Fejlliste, FeltAf, Feltspec, JaNej, Laeser, Radioer,
    Regneside, Side, Tekst, DATO, RESULT_HEADING,
};
use super::trail::{advarsler, trin_med, trin_tekst, Advarsler, Skoen, Trail};
use crate::domain::beregning::{
    beregn_botilbudsbetaling, beregn_doegnbetaling, beregn_ledsagerudgifter, satser, Boform,
    Botilbudsoplysninger, Trin,
};
use crate::ui::components::AfterPaint;
use crate::ui::i18n::use_i18n;
use crate::ui::tk;
use leptos::prelude::*;

// The text fields (the date, without its own texts, is `felter::DATO`).
const DOEGN_DATO: Feltspec = felt!(Dato, "beregn-dato", "beregn-doegn-date");
const DOEGN_ANTAL: Feltspec = felt!(Heltal, "beregn-doegn", "beregn-doegn-days", "input-char-4");
const LEDSAGER_UDGIFTER: Feltspec = felt!(
    Beloeb,
    "beregn-ledsager-udgifter",
    "beregn-ledsager-expenses",
    "input-width-s"
);
const INDKOMST: Feltspec = felt!(
    Beloeb,
    "beregn-indkomst",
    "beregn-botilbud-income",
    "input-width-m"
);
const BOLIG: Feltspec = felt!(
    Beloeb,
    "beregn-boligudgift",
    "beregn-botilbud-housing",
    "input-width-m"
);

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

impl Udfald {
    /// The amount lines, and the steps with these ids besides the warnings.
    fn ny(linjer: Vec<Tekst>, trin: Vec<Trin>, fremhaev: &[&str], groft: bool) -> Udfald {
        Udfald {
            linjer,
            fremhaev: trin_med(&trin, fremhaev).cloned().collect(),
            groft,
            trin,
        }
    }
}

/// A co-payment page's result: the outcome, or the domain's reason there is none.
type Svar = Result<Udfald, &'static str>;

/// Shows a co-payment result.
fn vis(u: Svar) -> impl IntoView {
    view! { <Resultat u=u /> }
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
            // The steps are long and below the first screen: built after the box is painted.
            <AfterPaint><Trail trin=u.trin /></AfterPaint>
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------------------
// § 109 / § 110
// ---------------------------------------------------------------------------------------

const DOEGN: Side = side!("beregn-doegn");

#[component]
pub fn BeregnDoegn() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let boform: RwSignal<Option<Boform>> = RwSignal::new(None);
    let dato = RwSignal::new(String::new());
    let doegn = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (boform.get(), dato.get(), doegn.get()));
    dato_i_dag(dato);

    let beregn = move || {
        let mut l = Laeser::default();
        let b = l.valg(
            boform.get_untracked(),
            "boform-0",
            Tekst::ny(tk("beregn-doegn-place-name")),
        );
        let d = l.dato(&dato.get_untracked(), DOEGN_DATO.id, DOEGN_DATO.navn());
        let n = l.heltal(
            &doegn.get_untracked(),
            DOEGN_ANTAL.id,
            DOEGN_ANTAL.navn(),
            "days",
            (1, 3_650),
            true,
        );
        let ((b, d), n) = l.svar(b.zip(d).zip(n.flatten()))?;
        Ok(beregn_doegnbetaling(satser(), b, d, n)
            .map(|r| {
                let linjer = vec![
                    Tekst::ny(tk("beregn-doegn-total"))
                        .med("beloeb", r.i_alt.kr_tekst())
                        .med("doegn", r.doegn.to_string()),
                    Tekst::ny(tk("beregn-doegn-rate"))
                        .med("beloeb", r.takst.kr_tekst())
                        .med("aar", r.niveau.tekst()),
                ];
                let fremhaev = ["calc-daily-covers", "calc-daily-food-laundry"];
                Udfald::ny(linjer, r.trin, &fremhaev, false)
            })
            .map_err(|e| e.fluent_id()))
    };

    view! {
        <Regneside side=&DOEGN fejl=fejl resultat=resultat beregn=beregn vis=vis>
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
            <FeltAf spec=&DOEGN_DATO value=dato fejl=fejl />
            <FeltAf spec=&DOEGN_ANTAL value=doegn fejl=fejl />
        </Regneside>
    }
}

// ---------------------------------------------------------------------------------------
// § 97
// ---------------------------------------------------------------------------------------

const LEDSAGER: Side = side!("beregn-ledsager");

#[component]
pub fn BeregnLedsager() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let dato = RwSignal::new(String::new());
    let udgifter = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (dato.get(), udgifter.get()));
    dato_i_dag(dato);

    let beregn = move || {
        let mut l = Laeser::default();
        let d = l.dato(&dato.get_untracked(), DATO.id, DATO.navn());
        let u = l.valgfrit_beloeb(
            &udgifter.get_untracked(),
            LEDSAGER_UDGIFTER.id,
            LEDSAGER_UDGIFTER.navn(),
        );
        let (d, u) = l.svar(d.zip(u))?;
        Ok(beregn_ledsagerudgifter(satser(), d, u)
            .map(|r| {
                let mut linjer = vec![Tekst::ny(tk("beregn-ledsager-max"))
                    .med("beloeb", r.hoejst_aar.kr_tekst())
                    .med("aar", r.niveau.tekst())];
                if let Some(dk) = r.daekket_aar {
                    let daekket = Tekst::ny(tk("beregn-ledsager-covered"));
                    linjer.insert(0, daekket.med("beloeb", dk.kr_tekst()));
                }
                Udfald::ny(linjer, r.trin, &["calc-companion-above-max"], false)
            })
            .map_err(|e| e.fluent_id()))
    };

    view! {
        <Regneside side=&LEDSAGER fejl=fejl resultat=resultat beregn=beregn vis=vis>
            <FeltAf spec=&DATO value=dato fejl=fejl />
            <FeltAf spec=&LEDSAGER_UDGIFTER value=udgifter fejl=fejl />
        </Regneside>
    }
}

// ---------------------------------------------------------------------------------------
// § 108
// ---------------------------------------------------------------------------------------

const BOTILBUD: Side = Side {
    note: Some(tk("beregn-botilbud-rough-note")),
    ..side!("beregn-botilbud")
};

#[component]
pub fn BeregnBotilbud() -> impl IntoView {
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let dato = RwSignal::new(String::new());
    let indkomst = RwSignal::new(String::new());
    let enlig: RwSignal<Option<bool>> = RwSignal::new(None);
    let bolig = RwSignal::new(String::new());
    let resultat = Beregnet::ny(move || (dato.get(), indkomst.get(), enlig.get(), bolig.get()));
    dato_i_dag(dato);

    let beregn = move || {
        let mut l = Laeser::default();
        let d = l.dato(&dato.get_untracked(), DATO.id, DATO.navn());
        let ind = l.beloeb(&indkomst.get_untracked(), INDKOMST.id, INDKOMST.navn());
        let en = l.valg(
            enlig.get_untracked(),
            "enlig-0",
            Tekst::ny(tk("beregn-botilbud-single-name")),
        );
        let bo = l.valgfrit_beloeb(&bolig.get_untracked(), BOLIG.id, BOLIG.navn());
        let ((d, ind), (en, bo)) = l.svar(d.zip(ind).zip(en.zip(bo)))?;
        let input = Botilbudsoplysninger {
            indkomst_aar: ind,
            reelt_enlig_pensionist: en,
            boligudgift_aar: bo,
        };
        Ok(beregn_botilbudsbetaling(satser(), d, &input)
            .map(|r| {
                let linjer = vec![
                    Tekst::ny(tk("beregn-botilbud-month"))
                        .med("beloeb", r.betaling_maaned.kr_tekst()),
                    Tekst::ny(tk("beregn-botilbud-year")).med("beloeb", r.betaling_aar.kr_tekst()),
                ];
                let fremhaev = ["calc-housing-capped", "calc-housing-services-extra"];
                Udfald::ny(linjer, r.trin, &fremhaev, r.groft_skoen)
            })
            .map_err(|e| e.fluent_id()))
    };

    view! {
        <Regneside side=&BOTILBUD fejl=fejl resultat=resultat beregn=beregn vis=vis>
            <FeltAf spec=&DATO value=dato fejl=fejl />
            <FeltAf spec=&INDKOMST value=indkomst fejl=fejl />
            <JaNej
                name="enlig".to_string()
                legend=Tekst::ny(tk("beregn-botilbud-single-legend"))
                hint=Tekst::ny(tk("beregn-botilbud-single-hint"))
                value=enlig
                fejl=fejl
            />
            <FeltAf spec=&BOLIG value=bolig fejl=fejl />
        </Regneside>
    }
}
