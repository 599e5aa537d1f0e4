//! `/beregn/kompensationsydelse`: the § 100 calculator. The date picks the rules
//! (merudgiftsydelse before 1 September 2025, kompensationsydelse from then: the domain
//! decides); the person's answers, the itemised expenses and what they would have spent
//! anyway go to `domain::beregning::beregn_100`, and the result is shown with its
//! conditions, its trail and the what-if chart.

use super::felter::{
    dato_i_dag, felt, side, Beregnet, Fejl, Fejlliste, Felt, FeltAf, Feltspec, Felttype, JaNej,
    Laeser, Radioer, Regneside, Side, Tekst, RESULT_HEADING,
};
use super::graf::HvisGraf;
use super::trail::{advarsler, trin_med, trin_tekst, Advarsler, Skoen, Trail};
use super::{use_sidste_beregning, Gemt100, ANSOEGNING_KLAR};
use crate::domain::beregning::p100::kategori_id;
use crate::domain::beregning::{
    ordning_for, satser, Arg, Foertidspension, Folkepension, Gruppe, Oplysninger100, Ordning,
    Periode, Person, Positivstatus, Udfald100, Udgift, Udgiftskategori, Vurdering,
};
use crate::domain::money::Beloeb;
use crate::domain::privacy::StorageMode;
use crate::ui::components::AfterPaint;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::P;
use crate::ui::storage::use_store;
use crate::ui::tk;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

const SIDE: Side = side!("beregn-100");

const DATO: Feltspec = super::felter::DATO.hint(tk("beregn-100-date-hint"));
const ALDER: Feltspec = felt!(Heltal, "beregn-alder", "beregn-age", "input-char-4");
const FORBRUG: Feltspec = felt!(Beloeb, "beregn-forbrug", "beregn-anyway", "input-width-s");

/// One expense row as typed.
#[derive(Clone, Copy)]
struct Raekke {
    id: usize,
    kategori: RwSignal<Udgiftskategori>,
    beloeb: RwSignal<String>,
    periode: RwSignal<Periode>,
    dokumenteret: RwSignal<bool>,
    forbrug: RwSignal<String>,
}

impl Raekke {
    fn ny(id: usize) -> Raekke {
        Raekke {
            id,
            kategori: RwSignal::new(Udgiftskategori::Medicin),
            beloeb: RwSignal::new(String::new()),
            periode: RwSignal::new(Periode::Maaned),
            dokumenteret: RwSignal::new(false),
            forbrug: RwSignal::new(String::new()),
        }
    }

    /// Puts an expense into the row's fields.
    fn fyld(&self, u: &Udgift) {
        self.kategori.set(u.kategori);
        self.beloeb.set(u.beloeb.tal());
        self.periode.set(u.periode);
        self.dokumenteret.set(u.dokumenteret);
        self.forbrug.set(if u.normalt_forbrug > Beloeb::NUL {
            u.normalt_forbrug.tal()
        } else {
            String::new()
        });
    }

    fn felt(&self, navn: &str) -> String {
        format!("udgift-{}-{navn}", self.id)
    }
}

/// The whole form as typed.
#[derive(Clone, Copy)]
struct Form {
    dato: RwSignal<String>,
    alder: RwSignal<String>,
    folkepension: RwSignal<Option<Folkepension>>,
    foertid: RwSignal<Option<Foertidspension>>,
    bpa: RwSignal<Option<bool>>,
    p95: RwSignal<Option<bool>>,
    merudgift: RwSignal<Option<bool>>,
    raekker: RwSignal<Vec<Raekke>>,
    naeste: RwSignal<usize>,
    forbrug: RwSignal<String>,
    forbrug_periode: RwSignal<Periode>,
}

impl Form {
    fn ny() -> Form {
        Form {
            dato: RwSignal::new(String::new()),
            alder: RwSignal::new(String::new()),
            folkepension: RwSignal::new(None),
            foertid: RwSignal::new(None),
            bpa: RwSignal::new(None),
            p95: RwSignal::new(None),
            merudgift: RwSignal::new(None),
            raekker: RwSignal::new(vec![Raekke::ny(1)]),
            naeste: RwSignal::new(2),
            forbrug: RwSignal::new(String::new()),
            forbrug_periode: RwSignal::new(Periode::Maaned),
        }
    }

    /// Fills the form from a kept calculation. The rows' signals belong to the page
    /// (`owner`), not to the effect or handler that calls this.
    fn fyld(&self, g: &Gemt100, owner: &Owner) {
        let p = &g.oplysninger.person;
        self.dato.set(crate::domain::dato::iso(g.dato));
        self.alder
            .set(p.alder.map(|a| a.to_string()).unwrap_or_default());
        self.folkepension.set(match p.folkepension {
            Folkepension::IkkeBesvaret => None,
            f => Some(f),
        });
        self.foertid.set(match p.foertidspension {
            Foertidspension::IkkeBesvaret => None,
            f => Some(f),
        });
        self.bpa.set(p.bpa_96);
        self.p95.set(p.tilskud_95);
        self.merudgift.set(p.modtager_merudgiftsydelse);
        // The rows on the page keep their signals (and their views); more rows get new
        // ones.
        let existing = self.raekker.get_untracked();
        let rows: Vec<Raekke> = g
            .oplysninger
            .udgifter
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let r = existing.get(i).copied().unwrap_or_else(|| {
                    let id = self.naeste.get_untracked();
                    self.naeste.set(id + 1);
                    owner.with(|| Raekke::ny(id))
                });
                r.fyld(u);
                r
            })
            .collect();
        self.raekker.set(rows);
        let f = g.oplysninger.normalt_forbrug;
        self.forbrug.set(if f > Beloeb::NUL {
            f.tal()
        } else {
            String::new()
        });
        self.forbrug_periode
            .set(g.oplysninger.normalt_forbrug_periode);
    }

    /// The date as typed, if it is a date.
    fn dato_nu(&self) -> Option<NaiveDate> {
        crate::domain::dato::fra_iso(&self.dato.get())
    }

    /// Reads the form; every problem becomes an error (nothing typed is changed). Reactive,
    /// so the result can tell whether it still belongs to the input.
    fn laes(&self) -> Result<Gemt100, Vec<Fejl>> {
        let mut l = Laeser::default();
        let dato = l.dato(&self.dato.get(), DATO.id, DATO.navn());
        let alder = l.heltal(
            &self.alder.get(),
            ALDER.id,
            ALDER.navn(),
            "age",
            (0, 130),
            false,
        );
        let mut udgifter = vec![];
        let mut ok = true;
        for (i, r) in self.raekker.get().iter().enumerate() {
            let nr = (i + 1).to_string();
            let beloeb = l.beloeb(
                &r.beloeb.get(),
                &r.felt("beloeb"),
                Tekst::ny(tk("beregn-expense-amount-name")).med("nr", nr.clone()),
            );
            let forbrug = l.valgfrit_beloeb(
                &r.forbrug.get(),
                &r.felt("forbrug"),
                Tekst::ny(tk("beregn-expense-anyway-name")).med("nr", nr),
            );
            match (beloeb, forbrug) {
                (Some(b), Some(f)) => udgifter.push(Udgift {
                    kategori: r.kategori.get(),
                    beloeb: b,
                    periode: r.periode.get(),
                    dokumenteret: r.dokumenteret.get(),
                    normalt_forbrug: f.unwrap_or(Beloeb::NUL),
                }),
                _ => ok = false,
            }
        }
        let forbrug = l.valgfrit_beloeb(&self.forbrug.get(), FORBRUG.id, FORBRUG.navn());
        match (dato, alder, forbrug) {
            (Some(dato), Some(alder), Some(forbrug)) if ok && l.fejl.is_empty() => {
                let foertid = self.foertid.get();
                let foer = foertid == Some(Foertidspension::FoerNyeRegler);
                Ok(Gemt100 {
                    dato,
                    oplysninger: Oplysninger100 {
                        person: Person {
                            alder: alder.and_then(|a| u16::try_from(a).ok()),
                            folkepension: self.folkepension.get().unwrap_or_default(),
                            foertidspension: foertid.unwrap_or_default(),
                            // Only asked (and only counted) with førtidspension before 2003.
                            bpa_96: if foer { self.bpa.get() } else { None },
                            tilskud_95: if foer { self.p95.get() } else { None },
                            modtager_merudgiftsydelse: self.merudgift.get(),
                        },
                        udgifter,
                        normalt_forbrug: forbrug.unwrap_or(Beloeb::NUL),
                        normalt_forbrug_periode: self.forbrug_periode.get(),
                    },
                })
            }
            _ => Err(l.fejl),
        }
    }
}

#[component]
pub fn Beregn100() -> impl IntoView {
    let i18n = use_i18n();
    let sidste = use_sidste_beregning();
    let form = Form::ny();
    let fejl: Fejlliste = RwSignal::new(vec![]);
    let resultat = Beregnet::ny(move || form.laes().ok());
    let owner = Owner::current().expect("a component has an owner");

    // A calculation kept for the application fills the form (also after the storage
    // module has read the device at start-up); otherwise the date is today.
    let owner2 = owner.clone();
    Effect::new(move |_| {
        if let Some(g) = sidste.get() {
            if resultat.tom() {
                form.fyld(&g, &owner2);
                resultat.saet(g);
            }
        }
    });
    dato_i_dag(form.dato);

    let ordning = Memo::new(move |_| form.dato_nu().and_then(|d| ordning_for(satser(), d).ok()));
    let dato_note = Signal::derive(move || {
        ordning.get().map(|o| {
            let key = match o {
                Ordning::Merudgiftsydelse => tk("beregn-date-note-merudgift"),
                Ordning::Kompensationsydelse => tk("beregn-date-note-kompensation"),
            };
            i18n.t_with(key, &[("fra", &ny_ordning_fra())])
        })
    });

    let tilfoej = move |_| {
        let id = form.naeste.get_untracked();
        form.naeste.set(id + 1);
        let row = owner.with(|| Raekke::ny(id));
        form.raekker.update(|r| r.push(row));
        crate::ui::browser::focus_later(format!("udgift-{id}-kategori"));
    };

    view! {
        <Regneside
            side=&SIDE
            fejl=fejl
            resultat=resultat
            beregn=move || form.laes()
            vis=|g| view! { <Resultat100 g=g /> }
        >
            <FeltAf spec=&DATO note=dato_note value=form.dato fejl=fejl />

            <h2>{move || i18n.t("beregn-person-heading")}</h2>
            <P key=tk("beregn-person-intro") />
            <FeltAf spec=&ALDER value=form.alder fejl=fejl />
            <Radioer
                name="folkepension".to_string()
                legend=Tekst::ny(tk("beregn-pension-legend"))
                options=vec![
                    (Folkepension::IkkeNaaet, tk("beregn-pension-not-reached")),
                    (Folkepension::Opsat, tk("beregn-pension-deferred")),
                    (Folkepension::Modtager, tk("beregn-pension-receiving")),
                ]
                value=form.folkepension
                fejl=fejl
            />
            <Radioer
                name="foertidspension".to_string()
                legend=Tekst::ny(tk("beregn-early-legend"))
                options=vec![
                    (Foertidspension::Nej, tk("beregn-early-none")),
                    (Foertidspension::EfterNyeRegler, tk("beregn-early-after")),
                    (Foertidspension::FoerNyeRegler, tk("beregn-early-before")),
                ]
                value=form.foertid
                fejl=fejl
            />
            {move || (form.foertid.get() == Some(Foertidspension::FoerNyeRegler)).then(|| view! {
                <div class="conditional-questions">
                    <JaNej name="bpa96".to_string() legend=Tekst::ny(tk("beregn-bpa-legend")) value=form.bpa fejl=fejl />
                    <JaNej name="tilskud95".to_string() legend=Tekst::ny(tk("beregn-95-legend")) value=form.p95 fejl=fejl />
                </div>
            })}
            <JaNej
                name="modtager-merudgift".to_string()
                legend=Tekst::ny(tk("beregn-receives-legend"))
                hint=Tekst::ny(tk("beregn-receives-hint"))
                value=form.merudgift
                fejl=fejl
            />

            <h2>{move || i18n.t("beregn-expenses-heading")}</h2>
            <P key=tk("beregn-expenses-intro") />
            <ol class="expense-list unstyled-list" data-testid="expenses">
                <For
                    each={move || form.raekker.get().into_iter().enumerate().collect::<Vec<_>>()}
                    key=|(i, r)| (*i, r.id)
                    children=move |(i, r)| view! { <UdgiftRaekke nr={i + 1} r=r form=form fejl=fejl ordning=ordning /> }
                />
            </ol>
            <p>
                <button type="button" class="button button-secondary" id="tilfoej-udgift" on:click=tilfoej>
                    {move || i18n.t("beregn-expense-add")}
                </button>
            </p>

            <h2>{move || i18n.t("beregn-anyway-heading")}</h2>
            <div class="amount-row">
                <FeltAf spec=&FORBRUG value=form.forbrug fejl=fejl />
                <PeriodeValg id="beregn-forbrug-periode".to_string() value=form.forbrug_periode />
            </div>

        </Regneside>
    }
}

/// "om måneden" / "om året".
#[component]
fn PeriodeValg(id: String, value: RwSignal<Periode>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="form-group period-select">
            <label class="form-label" for=id.clone()>{move || i18n.t("beregn-period-label")}</label>
            <select
                class="form-select"
                id=id.clone()
                name=id
                on:change=move |ev| {
                    value.set(if event_target_value(&ev) == "year" { Periode::Aar } else { Periode::Maaned })
                }
                prop:value=move || value.get().tekst()
            >
                <option value="month" selected=move || value.get() == Periode::Maaned>{move || i18n.t("beregn-per-month")}</option>
                <option value="year" selected=move || value.get() == Periode::Aar>{move || i18n.t("beregn-per-year")}</option>
            </select>
        </div>
    }
}

/// One expense: category (with its positive-list status under the new rules), amount,
/// period, documented or not, and what the person would have spent on it anyway.
#[component]
fn UdgiftRaekke(
    nr: usize,
    r: Raekke,
    form: Form,
    fejl: Fejlliste,
    ordning: Memo<Option<Ordning>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nr_s = nr.to_string();
    let kategori_felt = r.felt("kategori");
    let status_id = format!("{kategori_felt}-status");
    let status = move || {
        (ordning.get() == Some(Ordning::Kompensationsydelse)).then(|| {
            let key = match satser().positivliste_status(r.kategori.get()) {
                Positivstatus::Ja => tk("beregn-positive-yes"),
                Positivstatus::Nej => tk("beregn-positive-no"),
                Positivstatus::Ukendt => tk("beregn-positive-unknown"),
            };
            i18n.t(key)
        })
    };
    let fjern = move |_| {
        form.raekker.update(|rs| rs.retain(|x| x.id != r.id));
        fejl.update(|f| f.retain(|e| !e.felt.starts_with(&format!("udgift-{}-", r.id))));
        crate::ui::browser::focus_later("tilfoej-udgift");
    };
    let legend_nr = nr_s.clone();
    let status_id2 = status_id.clone();
    view! {
        <li class="expense-row" data-testid="expense-row">
            <fieldset>
                <legend class="h3 expense-legend">{move || i18n.t_with("beregn-expense-legend", &[("nr", &legend_nr)])}</legend>
                <div class="form-group">
                    <label class="form-label" for=kategori_felt.clone()>{move || i18n.t("beregn-expense-category")}</label>
                    <select
                        class="form-select"
                        id=kategori_felt.clone()
                        name=kategori_felt.clone()
                        aria-describedby=move || status().map(|_| status_id2.clone())
                        on:change=move |ev| {
                            if let Some(k) = Udgiftskategori::parse(&event_target_value(&ev)) {
                                r.kategori.set(k);
                            }
                        }
                        prop:value=move || r.kategori.get().as_str()
                    >
                        {Udgiftskategori::ALL
                            .iter()
                            .map(|k| view! {
                                <option value=k.as_str() selected=move || r.kategori.get() == *k>
                                    {move || i18n.t(kategori_id(*k))}
                                </option>
                            })
                            .collect_view()}
                    </select>
                    {move || status().map(|s| view! { <p class="form-hint positive-status" id=status_id.clone()>{s}</p> })}
                </div>
                <div class="amount-row">
                    <Felt
                        id=r.felt("beloeb")
                        label=Tekst::ny(tk("beregn-expense-amount")).med("nr", nr_s.clone())
                        hint=Tekst::ny(tk("beregn-amount-hint"))
                        art=Felttype::Beloeb
                        value=r.beloeb
                        fejl=fejl
                        input_class="input-width-s"
                    />
                    <PeriodeValg id=r.felt("periode") value=r.periode />
                </div>
                <div class="form-group-checkbox">
                    <input
                        type="checkbox"
                        class="form-checkbox"
                        id=r.felt("dokumenteret")
                        prop:checked=move || r.dokumenteret.get()
                        on:change=move |ev| r.dokumenteret.set(event_target_checked(&ev))
                    />
                    <label for=r.felt("dokumenteret")>{move || i18n.t("beregn-expense-documented")}</label>
                </div>
                <Felt
                    id=r.felt("forbrug")
                    label=Tekst::ny(tk("beregn-expense-anyway"))
                    hint=Tekst::ny(tk("beregn-expense-anyway-hint"))
                    art=Felttype::Beloeb
                    value=r.forbrug
                    fejl=fejl
                    input_class="input-width-s"
                />
                <button type="button" class="button button-tertiary remove-expense" on:click=fjern>
                    {move || i18n.t_with("beregn-expense-remove", &[("nr", &nr_s)])}
                </button>
            </fieldset>
        </li>
    }
}

/// The day the new § 100 rules start, from the rate data ("1.9.2025").
fn ny_ordning_fra() -> String {
    satser()
        .paragraf100
        .map(|p| Arg::Dato(p.ny_ordning_fra).tekst())
        .unwrap_or_default()
}

fn maaned(i18n: crate::ui::i18n::I18n, b: Beloeb) -> String {
    i18n.t_with("beregn-per-month-amount", &[("beloeb", &b.kr_tekst())])
}

/// The result: the amount per month and year (a range where the tables are ambiguous),
/// both groups under the new rules, the conditions, the trail, the what-if chart, and
/// "Tag med i ansøgningen".
#[component]
fn Resultat100(g: Gemt100) -> impl IntoView {
    let i18n = use_i18n();
    let b = match g.beregn() {
        Ok(b) => b,
        Err(e) => {
            return view! {
                <div class="alert alert-warning" role="alert">
                    <div class="alert-body"><p class="alert-text">{move || i18n.t(e.fluent_id())}</p></div>
                </div>
            }
            .into_any()
        }
    };
    let ordning_key = match b.ordning {
        Ordning::Merudgiftsydelse => tk("beregn-regime-merudgift"),
        Ordning::Kompensationsydelse => tk("beregn-regime-kompensation"),
    };
    let maaned_s = b.maaned();
    let aar_s = b.aar();
    let beloeb = match &b.udfald {
        Udfald100::Udelukket => {
            let t = trin_med(&b.trin, &["calc-excluded"]).next().cloned();
            view! { <p class="calc-amount-text">{t.map(|t| move || trin_tekst(i18n, &t))}</p> }.into_any()
        }
        _ => match (maaned_s.entydig(), aar_s.entydig()) {
            (Some(m), Some(a)) => view! {
                <p class="calc-amount" data-testid="calc-amount">{move || maaned(i18n, m)}</p>
                <p class="calc-amount-year">{move || i18n.t_with("beregn-per-year-amount", &[("beloeb", &a.kr_tekst())])}</p>
            }
            .into_any(),
            _ => view! {
                <p class="calc-amount" data-testid="calc-amount">
                    {move || i18n.t_with("beregn-range-month", &[("min", &maaned_s.min.kr_tekst()), ("max", &maaned_s.max.kr_tekst())])}
                </p>
                <p class="calc-amount-year">
                    {move || i18n.t_with("beregn-range-year", &[("min", &aar_s.min.kr_tekst()), ("max", &aar_s.max.kr_tekst())])}
                </p>
                <p>{move || i18n.t("beregn-range-why")}</p>
            }
            .into_any(),
        },
    };
    let grupper = match &b.udfald {
        Udfald100::Kompensation(k) if k.over_graensen => {
            let (g1, g2, bedst) = (k.gruppe1, k.gruppe2, k.bedst);
            let lige = k.lige;
            let valg: Vec<_> = trin_med(&b.trin, &["calc-choice", "calc-group2-if-approved"])
                .cloned()
                .collect();
            let mark = move |gr: Gruppe| {
                (!lige && bedst == Some(gr)).then(|| {
                    view! {
                        <span class="calc-best">{move || i18n.t("beregn-group-best")}</span>
                    }
                })
            };
            Some(view! {
                <dl class="calc-groups" data-testid="calc-groups">
                    <div>
                        <dt>{move || i18n.t("beregn-group1")} " " {mark(Gruppe::Gruppe1)}</dt>
                        <dd>{move || g1.map(|b| maaned(i18n, b)).unwrap_or_default()}</dd>
                    </div>
                    <div>
                        <dt>{move || i18n.t("beregn-group2")} " " {mark(Gruppe::Gruppe2)}</dt>
                        <dd>{move || match g2 { Some(b) => maaned(i18n, b), None => i18n.t("beregn-group2-none") }}</dd>
                    </div>
                </dl>
                {valg.into_iter().map(|t| view! { <p>{move || trin_tekst(i18n, &t)}</p> }).collect_view()}
            })
        }
        _ => None,
    };
    let betingelser: Vec<_> = b
        .betingelser
        .iter()
        .map(|c| {
            let t = b.trin.iter().find(|t| t.id == c.id).cloned();
            (c.vurdering, t)
        })
        .collect();
    let warnings = advarsler(&b.trin);
    let trin = b.trin.clone();
    let dato = b.dato;
    let netto = b.opgoerelse.netto_aar.del(12);
    let punkt = (!matches!(b.udfald, Udfald100::Udelukket)).then_some((netto, maaned_s.max));

    view! {
        <section class="calc-result" aria-labelledby=RESULT_HEADING data-testid="calc-result">
            <h2 id=RESULT_HEADING tabindex="-1">{move || i18n.t("beregn-result-heading")}</h2>
            <div class="calc-result-box">
                <p class="calc-regime" data-testid="calc-regime">{move || i18n.t_with(ordning_key, &[("fra", &ny_ordning_fra())])}</p>
                {beloeb}
                {grupper}
                <Advarsler trin=warnings />
                <Skoen />
            </div>
            <h3>{move || i18n.t("beregn-conditions-heading")}</h3>
            <ul class="calc-conditions unstyled-list" data-testid="calc-conditions">
                {betingelser.into_iter().map(|(v, t)| {
                    let (klasse, key) = match v {
                        Vurdering::Opfyldt => ("calc-tag calc-tag-met", tk("beregn-condition-met")),
                        Vurdering::IkkeOpfyldt => ("calc-tag calc-tag-not-met", tk("beregn-condition-not-met")),
                        Vurdering::IkkeBesvaret => ("calc-tag calc-tag-unanswered", tk("beregn-condition-unanswered")),
                    };
                    view! {
                        <li>
                            <span class=klasse>{move || i18n.t(key)}</span>
                            " "
                            {t.map(|t| move || trin_tekst(i18n, &t))}
                        </li>
                    }
                }).collect_view()}
            </ul>
            // The steps, the chart and "Tag med" (106 of the result's 141 elements, all below
            // the first screen): built after the box is painted (issue 15).
            <AfterPaint>
                <Trail trin=trin />
                <HvisGraf dato=dato punkt=punkt />
                <TagMed g=g />
            </AfterPaint>
        </section>
    }
    .into_any()
}

/// "Tag med i ansøgningen": keeps the calculation for the application draft.
#[component]
fn TagMed(g: Gemt100) -> impl IntoView {
    let i18n = use_i18n();
    let sidste = use_sidste_beregning();
    let store = use_store();
    let g2 = g.clone();
    let kept = move || sidste.get().as_ref() == Some(&g2);
    let keep = move |_| sidste.set(&g);
    view! {
        <section class="calc-keep" aria-labelledby="tag-med-heading">
            <h3 id="tag-med-heading">{move || i18n.t("beregn-keep-heading")}</h3>
            <p>{move || i18n.t("beregn-keep-text")}</p>
            <p>
                <button type="button" class="button button-secondary" data-testid="keep" on:click=keep>
                    {move || i18n.t("beregn-keep-button")}
                </button>
            </p>
            <div role="status" aria-live="polite" data-testid="keep-status">
                {move || kept().then(|| {
                    let key = match store.mode.get() {
                        StorageMode::Device => tk("beregn-keep-done-device"),
                        _ => tk("beregn-keep-done-memory"),
                    };
                    view! { <p class="calc-kept"><strong>{move || i18n.t(key)}</strong></p> }
                })}
            </div>
            {if ANSOEGNING_KLAR {
                view! {
                    <p class="form-hint">
                        {move || i18n.t("beregn-keep-ready")} " "
                        <A href="/ansoegning">{move || i18n.t("beregn-keep-ready-link")}</A>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="form-hint">
                        {move || i18n.t("beregn-keep-later")} " "
                        <A href="/ansoegning">{move || i18n.t("beregn-keep-later-link")}</A>
                    </p>
                }
                .into_any()
            }}
        </section>
    }
}
