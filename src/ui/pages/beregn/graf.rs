//! The what-if view: the monthly § 100 amount against monthly expenses, from
//! `domain::beregning::hvis_serie`, as an SVG chart (role="img", with a title and a
//! description) with the thresholds as numbered lines, a legend, and the same points as
//! a table. The SVG scales with its viewBox to the width of the page (320 px and up).

use super::trail::{niveau_tekst, trin_tekst};
use crate::domain::beregning::{hvis_serie, satser, Hvisserie, Ordning, Punkt};
use crate::domain::money::Beloeb;
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::tk;
use chrono::NaiveDate;
use leptos::prelude::*;

// The drawing area (viewBox units).
const W: f64 = 360.0;
const H: f64 = 240.0;
const VENSTRE: f64 = 44.0;
const HOEJRE: f64 = 12.0;
const TOP: f64 = 22.0;
const BUND: f64 = 26.0;

/// Rounds øre up to a whole multiple of `kr` kroner.
fn op_til_hele(oere: i64, kr: i64) -> i64 {
    let m = kr * 100;
    (oere + m - 1) / m * m
}

/// The axis step (in kroner) that gives at most five ticks.
fn skridt_kr(maks_oere: i64) -> i64 {
    const TRIN: [i64; 14] = [
        50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000,
    ];
    TRIN.into_iter()
        .find(|t| maks_oere / (t * 100) <= 5)
        .unwrap_or(100_000)
}

/// The series for a date: up to well past the last threshold (and past the person's own
/// expenses), about 25 steps plus the points around every threshold.
pub fn serie(dato: NaiveDate, din_udgift: Option<Beloeb>) -> Option<Hvisserie> {
    let s = satser();
    let marks = hvis_serie(s, dato, Beloeb::NUL, Beloeb::kr(1)).ok()?;
    let hoejest = marks
        .markeringer
        .iter()
        .map(|m| m.beloeb.oere())
        .max()
        .unwrap_or(100_000);
    let mut op_til = op_til_hele(hoejest * 14 / 10, 500);
    if let Some(u) = din_udgift {
        op_til = op_til.max(op_til_hele(u.oere() * 12 / 10, 500));
    }
    let op_til = op_til.min(Beloeb::kr(50_000).oere());
    let skridt = op_til_hele(op_til / 25, 1);
    hvis_serie(s, dato, Beloeb::fra_oere(op_til), Beloeb::fra_oere(skridt)).ok()
}

#[component]
pub fn HvisGraf(dato: NaiveDate, punkt: Option<(Beloeb, Beloeb)>) -> impl IntoView {
    let i18n = use_i18n();
    let Some(serie) = serie(dato, punkt.map(|p| p.0)) else {
        return ().into_any();
    };
    let kompensation = serie.ordning == Ordning::Kompensationsydelse;
    let x_maks = serie.punkter.last().map_or(1, |p| p.udgift.oere()).max(1);
    let y_data = serie
        .punkter
        .iter()
        .map(|p| p.max.oere())
        .chain(punkt.map(|p| p.1.oere()))
        .max()
        .unwrap_or(0);
    let y_skridt = skridt_kr(y_data * 11 / 10) * 100;
    let y_maks = op_til_hele((y_data * 11 / 10).max(y_skridt), y_skridt / 100).max(y_skridt);
    let x_skridt = skridt_kr(x_maks) * 100;
    let pw = W - VENSTRE - HOEJRE;
    let ph = H - TOP - BUND;
    let x = move |oere: i64| VENSTRE + oere as f64 / x_maks as f64 * pw;
    let y = move |oere: i64| TOP + ph - oere as f64 / y_maks as f64 * ph;
    let linje = |f: &dyn Fn(&crate::domain::beregning::Punkt) -> i64| {
        serie
            .punkter
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.udgift.oere()), y(f(p))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let maks_linje = linje(&|p| p.max.oere());
    let tvetydig = serie.punkter.iter().any(|p| p.min != p.max);
    let min_linje = tvetydig.then(|| linje(&|p| p.min.oere()));

    // Thresholds at the same amount share one line and one label ("2, 3").
    let mut grupper: Vec<(i64, Vec<usize>)> = vec![];
    for (i, m) in serie.markeringer.iter().enumerate() {
        match grupper.iter_mut().find(|(b, _)| *b == m.beloeb.oere()) {
            Some((_, nrs)) => nrs.push(i + 1),
            None => grupper.push((m.beloeb.oere(), vec![i + 1])),
        }
    }
    let ticks_y: Vec<i64> = (0..=y_maks / y_skridt).map(|i| i * y_skridt).collect();
    let ticks_x: Vec<i64> = (0..=x_maks / x_skridt).map(|i| i * x_skridt).collect();

    let antagelse = serie
        .trin
        .iter()
        .find(|t| t.id == "calc-whatif-assumption")
        .cloned();
    let antagelse2 = antagelse.clone();
    let markeringer = serie.markeringer.clone();
    let markeringer2 = serie.markeringer.clone();
    let beskrivelse = move || {
        let mut out = antagelse2
            .as_ref()
            .map(|t| trin_tekst(i18n, t))
            .unwrap_or_default();
        for (i, m) in markeringer2.iter().enumerate() {
            out.push(' ');
            out.push_str(&i18n.t_with(
                tk("beregn-chart-marker"),
                &[
                    ("nr", &(i + 1).to_string()),
                    ("navn", &i18n.t(m.id)),
                    ("beloeb", &m.beloeb.kr_tekst()),
                    ("niveau", &niveau_tekst(i18n, m.sats.niveau)),
                ],
            ));
        }
        if let Some((u, b)) = punkt {
            out.push(' ');
            out.push_str(&i18n.t_with(
                tk("beregn-chart-you"),
                &[("udgift", &u.kr_tekst()), ("beloeb", &b.kr_tekst())],
            ));
        }
        out
    };
    let punkter = serie.punkter.clone();
    let vist = RwSignal::new(false);

    view! {
        <section class="calc-whatif" aria-labelledby="hvis-heading" data-testid="whatif">
            <h3 id="hvis-heading">{move || i18n.t("beregn-whatif-heading")}</h3>
            <p>{antagelse.map(|t| move || trin_tekst(i18n, &t))}</p>
            <figure class="calc-chart">
                <p class="calc-chart-axis" aria-hidden="true">{move || i18n.t("beregn-chart-y")}</p>
                <svg
                    viewBox=format!("0 0 {W} {H}")
                    width="100%"
                    role="img"
                    aria-labelledby="hvis-title hvis-desc"
                    data-testid="whatif-chart"
                    focusable="false"
                >
                    <title id="hvis-title">{move || i18n.t("beregn-chart-title")}</title>
                    <desc id="hvis-desc">{beskrivelse}</desc>
                    <g class="chart-grid">
                        {ticks_y.iter().map(|v| view! {
                            <line x1=VENSTRE x2=W - HOEJRE y1=y(*v) y2=y(*v) />
                        }).collect_view()}
                    </g>
                    <g class="chart-tick-labels">
                        {ticks_y.iter().map(|v| view! {
                            <text x=VENSTRE - 4.0 y=y(*v) + 4.0 text-anchor="end">{Beloeb::fra_oere(*v).tal()}</text>
                        }).collect_view()}
                        {ticks_x.iter().map(|v| view! {
                            <text x=x(*v) y=H - BUND + 16.0 text-anchor="middle">{Beloeb::fra_oere(*v).tal()}</text>
                        }).collect_view()}
                    </g>
                    <line class="chart-axis" x1=VENSTRE x2=VENSTRE y1=TOP y2=TOP + ph />
                    <line class="chart-axis" x1=VENSTRE x2=W - HOEJRE y1=TOP + ph y2=TOP + ph />
                    <g class="chart-markers">
                        {grupper.iter().map(|(b, nrs)| {
                            let label = nrs.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
                            view! {
                                <line class="chart-marker" x1=x(*b) x2=x(*b) y1=TOP y2=TOP + ph />
                                <text class="chart-marker-label" x=x(*b) y=TOP - 6.0 text-anchor="middle">{label}</text>
                            }
                        }).collect_view()}
                    </g>
                    {min_linje.map(|l| view! { <polyline class="chart-line chart-line-min" points=l /> })}
                    <polyline class="chart-line" points=maks_linje />
                    {punkt.map(|(u, b)| view! {
                        <circle class="chart-you" cx=x(u.oere().min(x_maks)) cy=y(b.oere()) r="5" />
                    })}
                </svg>
                <p class="calc-chart-axis calc-chart-axis-x" aria-hidden="true">{move || i18n.t("beregn-chart-x")}</p>
                <figcaption>
                    <ol class="chart-legend" data-testid="chart-legend">
                        {markeringer.into_iter().map(|m| view! {
                            <li>
                                {move || i18n.t_with("beregn-chart-legend", &[
                                    ("navn", &i18n.t(m.id)),
                                    ("beloeb", &m.beloeb.kr_tekst()),
                                    ("niveau", &niveau_tekst(i18n, m.sats.niveau)),
                                ])}
                            </li>
                        }).collect_view()}
                    </ol>
                    {tvetydig.then(|| view! { <p class="chart-key chart-key-min">{move || i18n.t("beregn-chart-min-line")}</p> })}
                    {punkt.map(|_| view! { <p class="chart-key chart-key-you">{move || i18n.t("beregn-chart-you-key")}</p> })}
                </figcaption>
            </figure>
            // The table is built when it is first opened: most people never open it, and its
            // rows were most of the work of showing a result (a click on "Beregn" at 4× CPU).
            <details class="details" data-testid="whatif-table" on:toggle=move |_| vist.set(true)>
                <summary class="details-summary">{move || i18n.t("beregn-chart-table-summary")}</summary>
                <div class="details-text table-wrap">
                    {move || vist.get().then(|| tabel(i18n, kompensation, &punkter))}
                </div>
            </details>
        </section>
    }
    .into_any()
}

/// The chart's numbers as a table (a row per expense level), in the UI's language.
fn tabel(i18n: I18n, kompensation: bool, punkter: &[Punkt]) -> impl IntoView {
    let [udgift, beloeb, gruppe1, gruppe2] = [
        "beregn-table-expenses",
        "beregn-table-amount",
        "beregn-group1",
        "beregn-group2",
    ]
    .map(|k| i18n.t(k));
    let ingen = i18n.t("beregn-table-none");
    let rows = punkter
        .iter()
        .map(|p| {
            let b = if p.min == p.max {
                p.max.kr_tekst()
            } else {
                format!("{} – {}", p.min.kr_tekst(), p.max.kr_tekst())
            };
            let grupper = kompensation.then(|| {
                view! {
                    <td data-label=gruppe1.clone()>{p.gruppe1.map(|b| b.kr_tekst()).unwrap_or_default()}</td>
                    <td data-label=gruppe2.clone()>{p.gruppe2.map_or_else(|| ingen.clone(), |b| b.kr_tekst())}</td>
                }
            });
            view! {
                <tr>
                    <td data-label=udgift.clone()>{p.udgift.kr_tekst()}</td>
                    <td data-label=beloeb.clone()>{b}</td>
                    {grupper}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--compact stack-table calc-table">
            <caption class="sr-only">{i18n.t("beregn-chart-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{udgift.clone()}</th>
                    <th scope="col">{beloeb.clone()}</th>
                    {kompensation.then(|| view! {
                        <th scope="col">{gruppe1.clone()}</th>
                        <th scope="col">{gruppe2.clone()}</th>
                    })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_series_reaches_past_every_threshold() {
        for dato in [
            NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
            NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(),
        ] {
            let s = serie(dato, None).unwrap();
            let last = s.punkter.last().unwrap().udgift;
            assert!(s.markeringer.iter().all(|m| m.beloeb < last));
            assert!(s.punkter.len() < 80, "{}", s.punkter.len());
        }
        let s = serie(
            NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(),
            Some(Beloeb::kr(9_000)),
        )
        .unwrap();
        assert!(s.punkter.last().unwrap().udgift >= Beloeb::kr(9_000));
    }

    #[test]
    fn axis_steps() {
        assert_eq!(skridt_kr(300_000), 1_000);
        assert_eq!(skridt_kr(240_000), 500);
        assert_eq!(op_til_hele(123_456, 500), 150_000);
    }
}
