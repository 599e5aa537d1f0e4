//! The result: urgent help first (when the domain returns it), then the three groups of
//! verdicts with "Hvorfor?" per service (the criteria with status, §, and source), what
//! might help instead, and "Hvad gør du nu?" with one combined list of documents. The
//! domain computes all of it (`vurder`, `naeste_skridt`); this file renders it.

use super::{besked, paragraph_label, question_path, source_text, when_answered, CHECK, START};
use crate::domain::content::{Kvalitetsstandard, Municipality};
use crate::domain::screener::{
    naeste_skridt, vurder, Alternativ, Kriterium, Resultat, Rolle, Spoergsmaal, Status, StraksArt,
    Svar, Vurdering, Ydelsesvurdering,
};
use crate::ui::components::{PageTitle, ReadAloud};
use crate::ui::i18n::{translate, translate_with, use_i18n, Lang};
use crate::ui::pages::{ContactBox, Linked, NoDataNotice};
use crate::ui::shell::MAIN_HEADING_ID;
use crate::ui::{tk, use_answers};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The Fluent key of a group's short introduction.
fn group_intro(v: Vurdering) -> &'static str {
    match v {
        Vurdering::KanPasse => tk("screener-group-intro-kan-passe"),
        Vurdering::KommunenVurderer => tk("screener-group-intro-kommunen-vurderer"),
        Vurdering::PasserNokIkke => tk("screener-group-intro-passer-nok-ikke"),
    }
}

/// The one-line reason shown under a service's title.
fn reason(lang: Lang, y: &Ydelsesvurdering, hvem: &str) -> String {
    let (met, all) = y.opfyldte_krav();
    let (met, all) = (met.to_string(), all.to_string());
    match y.vurdering {
        Vurdering::KanPasse => translate_with(
            lang,
            tk("screener-grund-kan-passe"),
            &[("hvem", hvem), ("opfyldt", &met), ("alle", &all)],
        ),
        Vurdering::KommunenVurderer if y.kilde_uklar().is_some() => {
            let tekst = y
                .kilde_uklar()
                .and_then(|b| b.arg("tekst"))
                .unwrap_or_default();
            translate_with(
                lang,
                tk("screener-grund-kilde-uklar"),
                &[("hvem", hvem), ("tekst", tekst)],
            )
        }
        Vurdering::KommunenVurderer => {
            let missing = y
                .kriterier
                .iter()
                .any(|k| k.rolle == Rolle::Krav && k.status == Status::IkkeBesvaret);
            let key = if missing {
                tk("screener-grund-kommunen-mangler")
            } else {
                tk("screener-grund-kommunen")
            };
            translate_with(lang, key, &[("hvem", hvem)])
        }
        Vurdering::PasserNokIkke => {
            let grunde: Vec<String> = y.grunde().iter().map(|k| besked(lang, &k.besked)).collect();
            translate_with(
                lang,
                tk("screener-grund-passer-nok-ikke"),
                &[("hvem", hvem), ("grund", &grunde.join(" "))],
            )
        }
    }
}

/// One criterion (and its parts) with its status in words, the rule, why, § and source.
fn criterion_view(lang: Lang, k: &Kriterium) -> AnyView {
    let hvem = k.besked.arg("hvem").unwrap_or("du");
    let status = translate_with(lang, k.status.besked_id(), &[("hvem", hvem)]);
    let role = (k.rolle != Rolle::Krav)
        .then(|| translate_with(lang, k.rolle.besked_id(), &[("hvem", hvem)]));
    let explanations: Vec<String> = k.forklaringer.iter().map(|b| besked(lang, b)).collect();
    let parts: Vec<AnyView> = k.detaljer.iter().map(|d| criterion_view(lang, d)).collect();
    let source = format!(
        "{} · {}",
        paragraph_label(k.paragraf),
        source_text(lang, &k.kilde)
    );
    view! {
        <li class=format!("fh-criterion fh-status--{}", k.status.as_str()) data-criterion=k.noegle.clone()>
            <p class="fh-criterion-head">
                <span class="fh-status">{status}</span>
                {role.map(|r| view! { <span class="fh-role">{r}</span> })}
            </p>
            <p class="fh-criterion-text">{besked(lang, &k.besked)}</p>
            {(!explanations.is_empty()).then(|| view! {
                <ul class="fh-explanations">
                    {explanations.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            })}
            {(!parts.is_empty()).then(|| view! {
                <ul class="fh-criteria fh-criteria--parts unstyled-list">{parts}</ul>
            })}
            <p class="source-note fh-criterion-source">{source}</p>
        </li>
    }
    .into_any()
}

/// What might help instead of a service that probably does not fit.
fn instead_view(lang: Lang, y: &Ydelsesvurdering, municipality: &'static str) -> impl IntoView {
    let items = y
        .i_stedet
        .iter()
        .map(|a| match a {
            Alternativ::Ydelse { ydelse, vurdering } => view! {
                <li>
                    <a href=ydelse.path_in(municipality)>{ydelse.title}</a>
                    " – "
                    {translate(lang, vurdering.besked_id())}
                </li>
            }
            .into_any(),
            Alternativ::Paragraf(p) => view! {
                <li>
                    <a href=format!("/ydelser/{municipality}/paragraf/{}", p.key)>
                        {format!("{} – {}", p.label, p.title)}
                    </a>
                </li>
            }
            .into_any(),
            Alternativ::Besked(b) => view! { <li>{besked(lang, b)}</li> }.into_any(),
        })
        .collect_view();
    (!y.i_stedet.is_empty()).then(|| {
        view! {
            <div class="fh-instead">
                <p class="fh-instead-heading">{translate(lang, tk("screener-instead"))}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}

fn service_view(
    lang: Lang,
    y: &Ydelsesvurdering,
    hvem: &str,
    m: &'static Municipality,
) -> impl IntoView {
    let s = y.ydelse;
    // Which layer the answer comes from: the municipality's standard, or the law's floor.
    let layer = if y.fra_loven() {
        translate_with(lang, tk("screener-layer-law"), &[("kommune", m.name)])
    } else {
        translate_with(
            lang,
            tk("screener-layer-municipality"),
            &[("kommune", m.name)],
        )
    };
    let layer_class = if y.fra_loven() {
        "fh-layer fh-layer--lov"
    } else {
        "fh-layer fh-layer--kommune"
    };
    let national = y
        .fra_loven()
        .then(|| view! { <p class="fh-national"><Linked text=s.summary /></p> });
    let laws = s
        .paragraphs
        .iter()
        .map(|k| paragraph_label(k))
        .collect::<Vec<_>>()
        .join(", ");
    let (met, all) = y.opfyldte_krav();
    let count = translate_with(
        lang,
        tk("screener-why-count"),
        &[
            ("hvem", hvem),
            ("opfyldt", &met.to_string()),
            ("alle", &all.to_string()),
        ],
    );
    let criteria: Vec<AnyView> = y
        .kriterier
        .iter()
        .map(|k| criterion_view(lang, k))
        .collect();
    let instead = (y.vurdering == Vurdering::PasserNokIkke).then(|| instead_view(lang, y, m.id));
    view! {
        <li class="fh-service" data-service=s.id data-verdict=y.vurdering.as_str() data-layer=if y.fra_loven() { "lov" } else { "kommune" }>
            <h3 class="fh-service-title"><a href=s.path_in(m.id)>{s.title}</a></h3>
            <p class="fh-service-law">{laws}</p>
            <p class=layer_class>{layer}</p>
            {national}
            <p class="fh-service-reason">{reason(lang, y, hvem)}</p>
            {instead}
            // Let dansk: who the service is for, in the easy-read words, and its easy page.
            {s.easy.filter(|_| lang == Lang::Da).map(|e| view! {
                <details class="details fh-easy" data-testid="result-easy">
                    <summary class="details-summary">
                        <span class="details-summary-text">{translate(lang, tk("screener-easy"))}</span>
                        <span class="sr-only">" " {s.title}</span>
                    </summary>
                    <div class="details-text" lang="da">
                        <p>{e.who}</p>
                        <p>{e.get}</p>
                        <p><a href=format!("{}/let-dansk", s.path_in(m.id))>{translate(lang, tk("easy-switch-easy"))}</a></p>
                    </div>
                </details>
            })}
            <details class="details fh-why">
                <summary class="details-summary">
                    <span class="details-summary-text">{translate(lang, tk("screener-why"))}</span>
                    <span class="sr-only">" " {s.title}</span>
                </summary>
                <div class="details-text">
                    <p>{count}</p>
                    <ul class="fh-criteria unstyled-list">{criteria}</ul>
                </div>
            </details>
        </li>
    }
}

fn urgent_view(lang: Lang, r: &Resultat) -> impl IntoView {
    let kommune = r.kommune.map(|m| m.id).unwrap_or_default();
    let items = r
        .straks
        .iter()
        .map(|s| {
            let call = (s.art == StraksArt::Ring112).then(|| {
                view! {
                    <p><a class="fh-call" href="tel:112">{translate(lang, tk("screener-straks-call-112"))}</a></p>
                }
            });
            let place = match (s.ydelse, s.paragraf) {
                (Some(y), _) => Some(view! {
                    <p><a href=y.path_in(kommune)>{y.title}</a></p>
                    <p><Linked text=y.how_to_apply /></p>
                }
                .into_any()),
                (None, Some(p)) => Some(view! {
                    <p>
                        <a href=format!("/ydelser/{kommune}/paragraf/{}", p.key)>
                            {format!("{} – {}", p.label, p.title)}
                        </a>
                    </p>
                }
                .into_any()),
                (None, None) => None,
            };
            let source = s.kilde.map(|k| {
                view! { <p class="source-note">{source_text(lang, &k)}</p> }
            });
            // How to reach it now: what the portal has, what it lacks, and 112.
            let now = s
                .kontakt
                .iter()
                .map(|b| view! { <li>{besked(lang, b)}</li> })
                .collect_view();
            let now_source = s.kontakt_kilde.map(|k| {
                view! { <p class="source-note">{source_text(lang, &k)}</p> }
            });
            view! {
                <li class="fh-straks-item" data-straks=s.art.as_str()>
                    <p class="fh-straks-text"><strong>{besked(lang, &s.besked)}</strong></p>
                    {call}
                    {place}
                    {source}
                    <p class="fh-straks-now-heading">{translate(lang, tk("screener-straks-now-heading"))}</p>
                    <ul class="fh-straks-now" data-testid="straks-now">{now}</ul>
                    {now_source}
                </li>
            }
        })
        .collect_view();
    (!r.straks.is_empty()).then(|| {
        view! {
            <section class="fh-straks" aria-labelledby="fh-straks-heading" data-testid="screener-straks">
                <div class="alert alert-error">
                    <div class="alert-body">
                        <h2 class="alert-heading" id="fh-straks-heading">{translate(lang, tk("screener-straks-heading"))}</h2>
                        <ul class="alert-text nobullet-list fh-straks-list">{items}</ul>
                    </div>
                </div>
            </section>
        }
    })
}

fn next_steps_view(lang: Lang, r: &Resultat, svar: &Svar) -> impl IntoView {
    let hvem = r.ordvalg.as_str();
    let valgte: Vec<&'static Kvalitetsstandard> = r
        .ydelser
        .iter()
        .filter(|y| y.vurdering != Vurdering::PasserNokIkke)
        .map(|y| y.ydelse)
        .collect();
    let n = naeste_skridt(svar, &valgte);
    let kommune = r.kommune.map(|m| m.id).unwrap_or_default();
    let steps = n
        .henvendelser
        .iter()
        .map(|h| {
            let s = h.ydelse;
            view! {
                <li>
                    <details class="details fh-step-details">
                        <summary class="details-summary">
                            <span class="details-summary-text">{s.title}</span>
                        </summary>
                        <div class="details-text">
                            <p>{besked(lang, &h.besked)}</p>
                            <p><Linked text=h.hvordan /></p>
                            <p class="source-note">{source_text(lang, &h.hvordan_kilde)}</p>
                            {if h.sagsbehandlingstid.is_empty() {
                                // No processing time in the portal: never an invented one.
                                view! {
                                    <p>
                                        <strong>{translate(lang, tk("screener-next-processing"))} ": "</strong>
                                        {translate(lang, tk("screener-next-processing-none"))}
                                    </p>
                                }.into_any()
                            } else {
                                view! {
                                    <p>
                                        <strong>{translate(lang, tk("screener-next-processing"))} ": "</strong>
                                        {h.sagsbehandlingstid.clone()}
                                    </p>
                                    <p class="source-note">{source_text(lang, &h.sagsbehandlingstid_kilde)}</p>
                                }.into_any()
                            }}
                            <p><a href=s.path_in(kommune)>{translate_with(lang, tk("screener-next-read-more"), &[("navn", s.title)])}</a></p>
                        </div>
                    </details>
                </li>
            }
        })
        .collect_view();
    let documents = n
        .dokumenter
        .iter()
        .map(|d| {
            let names: Vec<&str> = d
                .ydelser
                .iter()
                .filter_map(|id| r.ydelse(id).map(|y| y.ydelse.title))
                .collect();
            view! {
                <li data-document=d.id>
                    {besked(lang, &d.besked)}
                    <span class="fh-document-for">
                        {translate_with(lang, tk("screener-next-documents-for"), &[("ydelser", &names.join(", "))])}
                    </span>
                </li>
            }
        })
        .collect_view();
    let has_documents = !n.dokumenter.is_empty();
    let none = valgte.is_empty();
    view! {
        <section class="fh-next" aria-labelledby="fh-next-heading" data-testid="screener-next">
            <h2 id="fh-next-heading">{translate_with(lang, tk("screener-next-heading"), &[("hvem", hvem)])}</h2>
            {if none {
                view! { <p>{translate_with(lang, tk("screener-next-none"), &[("hvem", hvem)])}</p> }.into_any()
            } else {
                view! {
                    <p>{translate_with(lang, tk("screener-next-intro"), &[("hvem", hvem)])}</p>
                    <ul class="unstyled-list fh-next-list">{steps}</ul>
                }
                .into_any()
            }}
            {has_documents.then(|| view! {
                <h3>{translate(lang, tk("screener-next-documents-heading"))}</h3>
                <p>{translate_with(lang, tk("screener-next-documents-intro"), &[("hvem", hvem)])}</p>
                <ul class="fh-documents" data-testid="screener-documents">{documents}</ul>
            })}
            {r.kommune.map(|m| view! { <ContactBox m=m /> })}
        </section>
    }
}

/// Which parts of the result come from the municipality and which from the law.
fn layers_view(lang: Lang, r: &Resultat, m: &'static Municipality) -> impl IntoView {
    let fra_loven = r.ydelser.iter().filter(|y| y.fra_loven()).count();
    let fra_kommunen = r.ydelser.len() - fra_loven;
    view! {
        <div class="fh-layers" data-testid="screener-layers">
            {if m.own_data {
                view! {
                    <p>{translate_with(lang, tk("screener-layers"), &[
                        ("kommune", m.name),
                        ("kommune_antal", &fra_kommunen.to_string()),
                        ("lov_antal", &fra_loven.to_string()),
                    ])}</p>
                }.into_any()
            } else {
                // How to reach the municipality is in the contact box under "Hvad gør du nu?".
                view! { <NoDataNotice m=m with_contact=false /> }.into_any()
            }}
        </div>
    }
}

#[component]
pub fn ScreenerResult() -> impl IntoView {
    let i18n = use_i18n();
    let answers = use_answers();
    let navigate = use_navigate();
    let hvem = move || answers.svar.with(|s| s.ordvalg().as_str());
    let body = when_answered(tk("screener-result-empty"), move |lang, svar| {
        let r = vurder(&svar);
        let Some(m) = r.kommune else {
            return view! {
                <p>{i18n.t_with("screener-result-no-municipality", &[("hvem", hvem())])}</p>
                <p>
                    <a class="button button-primary" href=question_path(Spoergsmaal::Kommune, true)>
                        {i18n.t("screener-result-choose-municipality")}
                    </a>
                </p>
            }
            .into_any();
        };
        let h = r.ordvalg.as_str();
        let groups = Vurdering::ALL
            .into_iter()
            .map(|v| {
                let group = r.gruppe(v);
                let heading_id = format!("fh-group-{}", v.as_str());
                let label_id = heading_id.clone();
                let heading = translate_with(
                    lang,
                    tk("screener-group-heading"),
                    &[
                        ("gruppe", &translate(lang, v.besked_id())),
                        ("antal", &group.len().to_string()),
                    ],
                );
                let items = group
                    .iter()
                    .map(|y| service_view(lang, y, h, m))
                    .collect_view();
                let empty = group.is_empty();
                view! {
                    <section class=format!("fh-group fh-group--{}", v.as_str()) aria-labelledby=label_id data-verdict=v.as_str()>
                        <h2 id=heading_id>{heading}</h2>
                        <p class="fh-group-intro">{translate_with(lang, group_intro(v), &[("hvem", h)])}</p>
                        {empty.then(|| view! { <p>{translate(lang, tk("screener-group-empty"))}</p> })}
                        <ul class="unstyled-list fh-services">{items}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            {urgent_view(lang, &r)}
            // After the urgent help, which comes first of all.
            <ReadAloud target=".fh-result" />
            <p class="font-lead fh-note" data-testid="screener-note">{translate_with(lang, tk("screener-result-note"), &[("hvem", h)])}</p>
            <p class="fh-municipality">
                {translate_with(lang, tk("screener-result-municipality"), &[("kommune", m.name)])}
                " "
                <a href=CHECK>{translate(lang, tk("screener-result-check"))}</a>
            </p>
            {(lang == Lang::En).then(|| view! { <p class="content-lang-note">{translate(lang, tk("result-content-danish"))}</p> })}
            {layers_view(lang, &r, m)}
            {groups}
            {next_steps_view(lang, &r, &svar)}
        }
        .into_any()
    });
    let start_over = move |_| {
        answers.set(Svar::default());
        navigate(START, Default::default());
    };
    view! {
        <PageTitle text=move || i18n.t("screener-result-title") />
        <div class="fh-result">
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t_with("screener-result-heading", &[("hvem", hvem())])}</h1>
            {body}
            <div class="fh-actions">
                <p><a href=CHECK data-testid="screener-change-answers">{move || i18n.t("screener-result-check")}</a></p>
                <p>
                    <button type="button" class="button button-secondary" on:click=start_over>
                        {move || i18n.t("screener-result-start-over")}
                    </button>
                </p>
            </div>
        </div>
    }
}
