//! "Kvittering og næste skridt" (after the steps): how to hand the application in to the
//! chosen municipality (its contact data from seeds/), when a decision can be expected
//! (the municipality's processing times), the complaint deadline rule, and a calendar
//! file (.ics) with those dates. Nothing is sent by the portal.

use super::trin::paragraffer;
use super::{med_kladde, tekst, trin_sti, Gemmelinje};
use crate::domain::ansoegning::frister::{
    forventet_afgoerelse, klagefrist, klagefrist_fakta, Forventet,
};
use crate::domain::ansoegning::ics::{self, Begivenhed};
use crate::domain::ansoegning::{self as domain, Trin};
use crate::domain::content::{self, Klageadgang};
use crate::ui::browser;
use crate::ui::components::{BackLink, PageTitle};
use crate::ui::i18n::{translate, translate_with, use_i18n};
use crate::ui::pages::screener::source_text;
use crate::ui::pages::ContactBox;
use crate::ui::shell::MAIN_HEADING_ID;
use chrono::NaiveDate;
use leptos::prelude::*;

fn dato_tekst(d: NaiveDate) -> String {
    crate::domain::dato::dansk(d)
}

#[component]
pub fn Kvittering() -> impl IntoView {
    let i18n = use_i18n();
    let idag = browser::idag();
    let body = med_kladde(move |lang, k| {
        let kommune = k.kommune.as_deref().and_then(content::municipality);
        let valgte = domain::valgte_ydelser(&k);
        let forventet: Vec<_> = valgte
            .iter()
            .map(|s| (*s, forventet_afgoerelse(idag, s)))
            .collect();
        // The complaint rule per paragraph (domain-facts § 3): decisions under § 82 a, § 82 b
        // and § 101 a cannot be appealed to another authority; never "du kan klage" for them.
        let klageadgang = |s: &content::Kvalitetsstandard| {
            content::paragraph(s.main_paragraph())
                .map(|p| p.complaint)
                .unwrap_or(Klageadgang::IkkeOplyst)
        };
        let klagebare: Vec<&'static content::Kvalitetsstandard> = valgte
            .iter()
            .copied()
            .filter(|s| klageadgang(s) == Klageadgang::Ankestyrelsen)
            .collect();
        let ikke_klagebare: Vec<&'static content::Kvalitetsstandard> = valgte
            .iter()
            .copied()
            .filter(|s| klageadgang(s) == Klageadgang::IngenKlage)
            .collect();
        let alle_klagebare = klagebare.len() == valgte.len();
        let navne = |l: &[&'static content::Kvalitetsstandard]| {
            l.iter().map(|s| s.title).collect::<Vec<_>>().join(", ")
        };
        let seneste_klagebar = forventet
            .iter()
            .filter(|(s, _)| klagebare.iter().any(|k| std::ptr::eq(*k, *s)))
            .filter_map(|(_, f)| match f {
                Forventet::Dato { dato, .. } => Some(*dato),
                Forventet::KommunenAfgoer { .. } => None,
            })
            .max();
        let seneste = seneste_klagebar;
        let fakta = klagefrist_fakta();
        let klage_eksempel = seneste.and_then(klagefrist);
        let items = forventet
            .iter()
            .map(|(s, f)| {
                let titel = format!("{} ({})", s.title, paragraffer(s));
                let linje = match f {
                    Forventet::Dato { dato, frist, tilfaelde, aar, kilde } => {
                        let frist_txt = match tilfaelde {
                            Some(c) => format!("{c}: {}", frist.text()),
                            None => frist.text(),
                        };
                        view! {
                            <p data-testid="decision-date">{tekst(lang, &k, "ans-kv-forventet", &[("dato", &dato_tekst(*dato))])}</p>
                            <p class="form-hint">{translate_with(lang, "ans-kv-frist", &[("frist", &frist_txt), ("aar", &aar.to_string())])} " " {source_text(lang, kilde)}</p>
                        }
                        .into_any()
                    }
                    Forventet::KommunenAfgoer { tekst: t } => view! {
                        <p data-testid="decision-none">{translate(lang, "ans-kv-ingen-frist")}</p>
                        {(!t.is_empty()).then(|| view! { <p class="form-hint">{t.clone()}</p> })}
                    }
                    .into_any(),
                };
                let klage_note = content::paragraph(s.main_paragraph())
                    .filter(|p| p.complaint != Klageadgang::Ankestyrelsen)
                    .and_then(|p| p.complaint_note)
                    .map(|n| view! { <p class="form-hint">{n}</p> });
                view! {
                    <li class="ans-kv-service">
                        <h3>{titel}</h3>
                        {linje}
                        <p>{s.how_to_apply}</p>
                        {klage_note}
                    </li>
                }
            })
            .collect_view();
        let ics_events: Vec<Begivenhed> = forventet
            .iter()
            .filter_map(|(s, f)| match f {
                Forventet::Dato { dato, .. } => Some(Begivenhed {
                    dato: *dato,
                    titel: translate_with(lang, "ans-ics-afgoerelse", &[("ydelse", s.title)]),
                    beskrivelse: kommune.map(|m| m.name.to_string()).unwrap_or_default(),
                }),
                Forventet::KommunenAfgoer { .. } => None,
            })
            .chain(klage_eksempel.map(|d| Begivenhed {
                dato: d,
                titel: translate(lang, "ans-ics-klage"),
                beskrivelse: translate(lang, "ans-ics-klage-beskrivelse"),
            }))
            .collect();
        // Without a processing time the portal has no date to give (none is invented): the
        // calendar file then has one reminder on the day the application was prepared, with
        // the rules that hold everywhere (the municipality must tell its processing time;
        // the complaint deadline runs from the day the decision is received).
        let mut ics_events = ics_events;
        if ics_events.is_empty() && !valgte.is_empty() {
            ics_events.push(Begivenhed {
                dato: idag,
                titel: translate_with(
                    lang,
                    "ans-ics-aflever",
                    &[("kommune", kommune.map(|m| m.name).unwrap_or(""))],
                ),
                beskrivelse: translate(lang, "ans-ics-aflever-beskrivelse"),
            });
        }
        let har_datoer = !ics_events.is_empty();
        let hent_ics = move |_| {
            let nu = browser::nu_utc();
            let uid = crate::domain::dato::tal(nu);
            let cal = ics::kalender(&ics_events, nu, &uid);
            browser::hent(&ics::filnavn(idag), "text/calendar", &cal);
        };
        view! {
            <div class="alert alert-success" role="note">
                <div class="alert-body">
                    <p class="alert-text">{tekst(lang, &k, "ans-kv-klar", &[])}</p>
                </div>
            </div>
            <h2>{translate(lang, "ans-kv-aflever-heading")}</h2>
            <ol class="ans-kv-steps">
                <li>{translate(lang, "ans-kv-aflever-1")}</li>
                <li>{tekst(lang, &k, "ans-kv-aflever-2", &[])}</li>
                <li>{translate_with(lang, "ans-kv-aflever-3", &[("kommune", kommune.map(|m| m.name).unwrap_or(""))])}</li>
            </ol>
            {kommune.map(|m| view! { <ContactBox m=m /> })}
            <h2>{translate(lang, "ans-kv-hvornaar-heading")}</h2>
            <p>{translate_with(lang, "ans-kv-hvornaar-tekst", &[("dato", &dato_tekst(idag))])}</p>
            <ul class="unstyled-list ans-kv-list">{items}</ul>
            <h2>{translate(lang, "ans-kv-klage-heading")}</h2>
            {fakta.filter(|_| !klagebare.is_empty()).map(|f| {
                let regel = if alle_klagebare {
                    translate_with(lang, "ans-kv-klage-regel", &[("frist", &f.display())])
                } else {
                    translate_with(lang, "ans-kv-klage-regel-ydelser", &[("frist", &f.display()), ("ydelser", &navne(&klagebare))])
                };
                view! {
                    <p data-testid="complaint-rule">{regel}</p>
                    <p class="form-hint">{source_text(lang, &f.source)}</p>
                }
            })}
            {(!ikke_klagebare.is_empty()).then(|| view! {
                <p data-testid="complaint-none">{translate_with(lang, "ans-kv-klage-ikke", &[("ydelser", &navne(&ikke_klagebare))])}</p>
            })}
            {(!alle_klagebare && ikke_klagebare.len() < valgte.len() && klagebare.len() < valgte.len()).then(|| view! {
                <p>{translate(lang, "ans-kv-klage-se-ydelse")}</p>
            })}
            {klage_eksempel.zip(seneste).map(|(klage, afg)| view! {
                <p data-testid="complaint-example">{translate_with(lang, "ans-kv-klage-eksempel", &[("afgoerelse", &dato_tekst(afg)), ("klage", &dato_tekst(klage))])}</p>
            })}
            <p><a href="/vejledning/klage">{translate(lang, "ans-kv-klage-link")}</a></p>
            {har_datoer.then(|| view! {
                <h2>{translate(lang, "ans-kv-kalender-heading")}</h2>
                <p>{translate(lang, "ans-kv-kalender-tekst")}</p>
                <p class="ans-no-print">
                    <button type="button" class="button button-secondary" data-testid="ics" on:click=hent_ics>
                        {translate(lang, "ans-kv-kalender-knap")}
                    </button>
                </p>
            })}
            <p class="ans-no-print">
                <button type="button" class="button button-secondary" data-testid="print-receipt" on:click=move |_| browser::udskriv()>
                    {translate(lang, "ans-kv-print")}
                </button>
            </p>
        }
    });
    view! {
        <PageTitle text=move || i18n.t_with("ans-trin-title", &[("trin", &i18n.t("ans-trin-kvittering"))]) />
        <div class="page-narrow ans-receipt" data-step="kvittering">
            <BackLink href=trin_sti(Trin::Tjek) label=Signal::derive(move || i18n.t("ans-tilbage")) no_print=true />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t("ans-trin-kvittering")}</h1>
            {body}
            <Gemmelinje />
        </div>
    }
}
