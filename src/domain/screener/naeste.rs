//! Next steps for the services the citizen chooses: how to apply or make contact, the
//! processing time, and one combined, de-duplicated list of documents to gather.

use super::besked::{id, Besked};
use super::regler::DOKUMENTER;
use super::svar::Svar;
use crate::domain::content::{Catalog, Kvalitetsstandard, Part, Source};

/// How to get one service.
#[derive(Debug, Clone, PartialEq)]
pub struct Henvendelse {
    pub ydelse: &'static Kvalitetsstandard,
    /// "The municipality assesses the case first" (visitation) or "no assessment first"
    /// (no visitation); `hvordan` then says how to apply or make contact.
    pub besked: Besked,
    /// The standard's own words on how to apply or make contact.
    pub hvordan: &'static str,
    pub hvordan_kilde: Source,
    /// The processing time in plain Danish (`content::processing_time_text`); empty when
    /// the portal has none (the national floor, a municipality without data): then the
    /// municipality must tell it (retssikkerhedsloven § 3, stk. 2), which the UI says.
    pub sagsbehandlingstid: String,
    /// The source of the processing time: the municipality's table, or the standard.
    pub sagsbehandlingstid_kilde: Source,
    pub visitation: bool,
}

/// One document to gather, with the services that need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dokument {
    /// Stable id (de-duplication key), e.g. `"merudgifter"`.
    pub id: &'static str,
    pub besked: Besked,
    pub kilder: &'static [Source],
    /// The chosen services that need it (ids), in the order chosen.
    pub ydelser: Vec<&'static str>,
}

/// The next steps for the chosen services.
#[derive(Debug, Clone, PartialEq)]
pub struct NaesteSkridt {
    /// One per chosen service, in the order chosen (duplicates removed).
    pub henvendelser: Vec<Henvendelse>,
    /// One combined list, de-duplicated, in the order of the documents table.
    pub dokumenter: Vec<Dokument>,
}

/// Next steps for the chosen services, with the real catalogue.
pub fn naeste_skridt(svar: &Svar, valgte: &[&'static Kvalitetsstandard]) -> NaesteSkridt {
    naeste_skridt_i(crate::domain::content::catalog(), svar, valgte)
}

/// [`naeste_skridt`] on another catalogue.
pub fn naeste_skridt_i(
    catalog: &'static Catalog,
    svar: &Svar,
    valgte: &[&'static Kvalitetsstandard],
) -> NaesteSkridt {
    let svar = super::spoergsmaal::gaeldende_svar_i(catalog, svar);
    let ordvalg = svar.ordvalg();
    let mut chosen: Vec<&'static Kvalitetsstandard> = vec![];
    for s in valgte {
        if !chosen
            .iter()
            .any(|c| c.id == s.id && c.municipality == s.municipality)
        {
            chosen.push(s);
        }
    }
    let henvendelser = chosen
        .iter()
        .map(|s| {
            let mut besked = Besked::new(if s.criteria.visitation {
                id::NAESTE_SOEG_HOS_KOMMUNEN
            } else {
                id::NAESTE_KONTAKT_STEDET
            });
            // The national floor belongs to no municipality: the chosen one is asked.
            let kommune = if s.is_national() {
                svar.kommune.as_deref().unwrap_or("")
            } else {
                s.municipality
            };
            if let Some(m) = catalog.municipality(kommune) {
                besked = besked.med("kommune", m.name);
            }
            besked.saet_ordvalg(ordvalg);
            let sagsbehandlingstid_kilde = catalog
                .processing_time(s)
                .map(|p| p.source)
                .unwrap_or(*s.source_of(Part::ProcessingTime));
            Henvendelse {
                ydelse: s,
                besked,
                hvordan: s.how_to_apply,
                hvordan_kilde: *s.source_of(Part::HowToApply),
                sagsbehandlingstid: catalog.processing_time_text(s),
                sagsbehandlingstid_kilde,
                visitation: s.criteria.visitation,
            }
        })
        .collect();
    let mut dokumenter = vec![];
    for krav in DOKUMENTER {
        let ydelser: Vec<&'static str> = chosen
            .iter()
            .filter(|s| krav.gaelder(&svar, s))
            .map(|s| s.id)
            .collect();
        if ydelser.is_empty() {
            continue;
        }
        let mut besked = Besked::new(krav.besked);
        besked.saet_ordvalg(ordvalg);
        dokumenter.push(Dokument {
            id: krav.id,
            besked,
            kilder: krav.kilder,
            ydelser,
        });
    }
    NaesteSkridt {
        henvendelser,
        dokumenter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::SAMPLE;
    use crate::domain::screener::svar::Hvem;

    #[test]
    fn contact_and_documents_for_the_sample() {
        let bostoette = SAMPLE.service("testby", "bostoette").unwrap();
        let krise = SAMPLE.service("testby", "krisecenter").unwrap();
        let svar = Svar {
            hvem: Some(Hvem::Hjaelper),
            kommune: Some("testby".into()),
            ..Svar::default()
        };
        let n = naeste_skridt_i(&SAMPLE, &svar, &[bostoette, krise, bostoette]);
        assert_eq!(n.henvendelser.len(), 2, "duplicates removed");
        assert_eq!(n.henvendelser[0].besked.id, id::NAESTE_SOEG_HOS_KOMMUNEN);
        assert_eq!(
            n.henvendelser[0].besked.arg("kommune"),
            Some("Testby Kommune")
        );
        assert_eq!(
            n.henvendelser[0].sagsbehandlingstid,
            "Ny ansøgning: 6 uger. Ændring: 4 uger."
        );
        assert_eq!(n.henvendelser[1].besked.id, id::NAESTE_KONTAKT_STEDET);
        assert!(!n.henvendelser[1].visitation);
        let docs: Vec<(&str, Vec<&str>)> = n
            .dokumenter
            .iter()
            .map(|d| (d.id, d.ydelser.clone()))
            .collect();
        // The helper needs a fuldmagt for the service with visitation only; § 85 needs
        // papers about the disability.
        assert_eq!(
            docs,
            [
                ("fuldmagt", vec!["bostoette"]),
                ("helbred", vec!["bostoette"])
            ]
        );
        assert_eq!(n.dokumenter[0].besked.arg("hvem"), Some("personen"));
    }
}
