//! Messages: every text the screener produces is a Fluent message id with arguments.
//!
//! The domain writes no sentences of its own: the UI translates each [`Besked`] with the
//! Fluent files in `locales/`. Every id the screener can produce is in [`BESKED_IDS`], so
//! a test can check that the Fluent files define them all.
//!
//! Every message gets the argument `hvem` (`"du"` or `"personen"`, see [`Ordvalg`]), so one
//! Fluent message can say "du" to the citizen and "personen" to a helper:
//! `{ $hvem -> [personen] Personen er *[du] Du er } …`.

use serde::{Deserialize, Serialize};

/// Who the texts speak to: the citizen ("du") or a helper about the citizen ("personen").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ordvalg {
    /// The citizen answers for themself: "du".
    #[default]
    Du,
    /// Someone helps the citizen: "personen".
    Personen,
}

impl Ordvalg {
    /// The value of the Fluent argument `hvem`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Ordvalg::Du => "du",
            Ordvalg::Personen => "personen",
        }
    }
}

/// A text to show: a Fluent message id and its arguments (all as strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Besked {
    /// The Fluent message id, one of [`BESKED_IDS`].
    pub id: &'static str,
    /// Arguments, in a fixed order; always includes `hvem` once the result is complete.
    pub args: Vec<(&'static str, String)>,
}

impl Besked {
    /// A message without arguments (`hvem` is added later by the screener).
    pub fn new(id: &'static str) -> Besked {
        debug_assert!(BESKED_IDS.contains(&id), "unregistered message id {id}");
        Besked { id, args: vec![] }
    }

    /// Adds an argument.
    pub fn med(mut self, key: &'static str, value: impl Into<String>) -> Besked {
        self.args.push((key, value.into()));
        self
    }

    /// The value of an argument.
    pub fn arg(&self, key: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The arguments in the form `ui::i18n::translate_with` takes.
    pub fn args(&self) -> Vec<(&str, &str)> {
        self.args.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }

    /// Sets the `hvem` argument (replacing an earlier one).
    pub(crate) fn saet_ordvalg(&mut self, ordvalg: Ordvalg) {
        self.args.retain(|(k, _)| *k != "hvem");
        self.args.push(("hvem", ordvalg.as_str().to_string()));
    }
}

/// Declares the message ids as constants and the list of all of them.
macro_rules! ids {
    ($($(#[$meta:meta])* $name:ident = $text:literal,)+) => {
        /// The message ids, as constants.
        pub mod id {
            $($(#[$meta])* pub const $name: &str = $text;)+
        }
        /// Every message id the screener can produce (questions, answers, verdicts,
        /// criteria, explanations, urgent help, next steps, documents).
        pub const BESKED_IDS: &[&str] = &[$($text),+];
    };
}

ids! {
    // --- Verdicts, statuses and roles (labels) ---
    VURDERING_KAN_PASSE = "screener-vurdering-kan-passe",
    VURDERING_KOMMUNEN_VURDERER = "screener-vurdering-kommunen-vurderer",
    VURDERING_PASSER_NOK_IKKE = "screener-vurdering-passer-nok-ikke",
    STATUS_OPFYLDT = "screener-status-opfyldt",
    STATUS_IKKE_OPFYLDT = "screener-status-ikke-opfyldt",
    STATUS_IKKE_BESVARET = "screener-status-ikke-besvaret",
    STATUS_VURDERES_INDIVIDUELT = "screener-status-vurderes-individuelt",
    ROLLE_KRAV = "screener-rolle-krav",
    ROLLE_OENSKE = "screener-rolle-oenske",
    ROLLE_DELYDELSE = "screener-rolle-delydelse",
    ROLLE_FORBEHOLD = "screener-rolle-forbehold",

    // --- Questions (one per page) and their answers ---
    Q_HVEM = "screener-q-hvem",
    Q_HVEM_SELV = "screener-q-hvem-selv",
    Q_HVEM_HJAELPER = "screener-q-hvem-hjaelper",
    Q_KOMMUNE = "screener-q-kommune",
    Q_ALDER = "screener-q-alder",
    Q_ALDER_VED_IKKE = "screener-q-alder-ved-ikke",
    Q_BOLIG = "screener-q-bolig",
    Q_BOLIG_EGEN_BOLIG = "screener-q-bolig-egen-bolig",
    Q_BOLIG_BOTILBUD = "screener-q-bolig-botilbud",
    Q_BOLIG_INGEN_BOLIG = "screener-q-bolig-ingen-bolig",
    Q_BOLIG_VED_IKKE = "screener-q-bolig-ved-ikke",
    Q_VANSKELIGHEDER = "screener-q-vanskeligheder",
    Q_VANSKELIGHEDER_INGEN = "screener-q-vanskeligheder-ingen",
    Q_NIVEAU = "screener-q-niveau",
    Q_NIVEAU_INGEN = "screener-q-niveau-ingen",
    Q_NIVEAU_LIDT = "screener-q-niveau-lidt",
    Q_NIVEAU_NOGET = "screener-q-niveau-noget",
    Q_NIVEAU_MEGET = "screener-q-niveau-meget",
    Q_NIVEAU_KAN_IKKE = "screener-q-niveau-kan-ikke",
    Q_NIVEAU_VED_IKKE = "screener-q-niveau-ved-ikke",
    Q_SOCIALT = "screener-q-socialt",
    Q_SOCIALT_STOFFER = "screener-q-socialt-stoffer",
    Q_SOCIALT_ALKOHOL = "screener-q-socialt-alkohol",
    Q_SOCIALT_VOLD = "screener-q-socialt-vold",
    Q_SOCIALT_HJEMLOESHED = "screener-q-socialt-hjemloeshed",
    Q_SOCIALT_ISOLATION = "screener-q-socialt-isolation",
    Q_SOCIALT_AKUT_KRISE = "screener-q-socialt-akut-krise",
    Q_SOCIALT_INGEN = "screener-q-socialt-ingen",
    Q_ANONYM = "screener-q-anonym",
    Q_PAAROERENDE = "screener-q-paaroerende",
    Q_DOEVBLIND = "screener-q-doevblind",
    Q_PENSION = "screener-q-pension",
    Q_PENSION_FOLKEPENSION = "screener-q-pension-folkepension",
    Q_PENSION_FOERTIDSPENSION_FOER_2003 = "screener-q-pension-foertidspension-foer-2003",
    Q_PENSION_FOERTIDSPENSION_FRA_2003 = "screener-q-pension-foertidspension-fra-2003",
    Q_PENSION_UDSKUDT_FOLKEPENSION = "screener-q-pension-udskudt-folkepension",
    Q_PENSION_INGEN = "screener-q-pension-ingen",
    Q_PENSION_VED_IKKE = "screener-q-pension-ved-ikke",
    Q_BPA = "screener-q-bpa",
    Q_MERUDGIFTER = "screener-q-merudgifter",
    SVAR_JA = "screener-svar-ja",
    SVAR_NEJ = "screener-svar-nej",
    SVAR_VED_IKKE = "screener-svar-ved-ikke",

    // --- The VUM themes in everyday words (argument `tema` of Q_NIVEAU) ---
    TEMA_FYSISK_FUNKTION = "screener-tema-fysisk-funktion",
    TEMA_PSYKISK_FUNKTION = "screener-tema-psykisk-funktion",
    TEMA_SOCIALT_PROBLEM = "screener-tema-socialt-problem",
    TEMA_PRAKTISKE_OPGAVER = "screener-tema-praktiske-opgaver",
    TEMA_SAMFUNDSLIV = "screener-tema-samfundsliv",
    TEMA_SOCIALT_LIV = "screener-tema-socialt-liv",
    TEMA_SUNDHED = "screener-tema-sundhed",
    TEMA_KOMMUNIKATION = "screener-tema-kommunikation",
    TEMA_MOBILITET = "screener-tema-mobilitet",
    TEMA_EGENOMSORG = "screener-tema-egenomsorg",
    TEMA_OMGIVELSER = "screener-tema-omgivelser",

    // --- Criteria (what the rule says) ---
    KRIT_MIN_ALDER = "screener-krit-min-alder",
    KRIT_MAX_FOLKEPENSIONSALDER = "screener-krit-max-folkepensionsalder",
    KRIT_MAX_FOLKEPENSIONSALDER_MIN_67 = "screener-krit-max-folkepensionsalder-min-67",
    KRIT_UDELUKKET_MISBRUG = "screener-krit-udelukket-misbrug",
    KRIT_UDELUKKET_SINDSLIDELSE = "screener-krit-udelukket-sindslidelse",
    KRIT_UDELUKKET_ANDRE_SOCIALE_PROBLEMER = "screener-krit-udelukket-andre-sociale-problemer",
    KRIT_UDELUKKET_FOERTIDSPENSION_FOER_2003 = "screener-krit-udelukket-foertidspension-foer-2003",
    KRIT_UDELUKKET_BOTILBUD = "screener-krit-udelukket-botilbud",
    KRIT_UDELUKKET_FOLKEPENSION = "screener-krit-udelukket-folkepension",
    KRIT_BEHOV_TEMAER = "screener-krit-behov-temaer",
    KRIT_VUM = "screener-krit-vum",
    KRIT_VUM_EN_AF = "screener-krit-vum-en-af",
    KRIT_VUM_ALLE = "screener-krit-vum-alle",
    KRIT_BEHOV_VURDERES = "screener-krit-behov-vurderes",
    KRIT_FORBEHOLD = "screener-krit-forbehold",
    KRIT_ANONYM = "screener-krit-anonym",
    KRIT_S81_RAADGIVNING = "screener-krit-s81-raadgivning",
    KRIT_S82C_AKUT_KRISE = "screener-krit-s82c-akut-krise",
    KRIT_S84_PAAROERENDE = "screener-krit-s84-paaroerende",
    KRIT_S98_DOEVBLIND = "screener-krit-s98-doevblind",
    KRIT_S99_UDSAT = "screener-krit-s99-udsat",
    KRIT_S100_MERUDGIFTER = "screener-krit-s100-merudgifter",
    KRIT_S101_STOFFER = "screener-krit-s101-stoffer",
    KRIT_S101A_INGEN_ANDRE_PROBLEMER = "screener-krit-s101a-ingen-andre-problemer",
    KRIT_S109_VOLD = "screener-krit-s109-vold",
    KRIT_S109_KVINDER = "screener-krit-s109-kvinder",
    KRIT_S110_BOLIG = "screener-krit-s110-bolig",
    KRIT_S82AB_BEHOV = "screener-krit-s82ab-behov",
    KRIT_SAERLIGE_SOCIALE_PROBLEMER = "screener-krit-saerlige-sociale-problemer",
    KRIT_LEDSAGELSE_HOVEDPARTEN = "screener-krit-ledsagelse-hovedparten",

    // --- Explanations (why a criterion has its status) ---
    FORKL_IKKE_BESVARET = "screener-forkl-ikke-besvaret",
    FORKL_ALDER = "screener-forkl-alder",
    FORKL_PENSIONSALDER_ANTAGET = "screener-forkl-pensionsalder-antaget",
    FORKL_S97_BEHOLDER = "screener-forkl-s97-beholder",
    FORKL_UDSKUDT_PENSION = "screener-forkl-udskudt-pension",
    FORKL_FOLKEPENSION = "screener-forkl-folkepension",
    FORKL_FOERTIDSPENSION_FOER_2003 = "screener-forkl-foertidspension-foer-2003",
    FORKL_BPA_UNDTAGELSE = "screener-forkl-bpa-undtagelse",
    FORKL_BPA_NEJ = "screener-forkl-bpa-nej",
    FORKL_BPA_UKENDT = "screener-forkl-bpa-ukendt",
    FORKL_PENSION_ANDEN = "screener-forkl-pension-anden",
    FORKL_UNDER_PENSIONSALDER = "screener-forkl-under-pensionsalder",
    FORKL_UNDER_18 = "screener-forkl-under-18",
    FORKL_MISBRUG = "screener-forkl-misbrug",
    FORKL_INGEN_MISBRUG = "screener-forkl-ingen-misbrug",
    FORKL_PSYKISK_VURDERES = "screener-forkl-psykisk-vurderes",
    FORKL_INGEN_PSYKISK = "screener-forkl-ingen-psykisk",
    FORKL_ANDRE_PROBLEMER = "screener-forkl-andre-problemer",
    FORKL_INGEN_ANDRE_PROBLEMER = "screener-forkl-ingen-andre-problemer",
    FORKL_BOTILBUD = "screener-forkl-botilbud",
    FORKL_IKKE_BOTILBUD = "screener-forkl-ikke-botilbud",
    FORKL_TEMA_VALGT = "screener-forkl-tema-valgt",
    FORKL_DOEVBLIND_FYSISK = "screener-forkl-doevblind-fysisk",
    FORKL_INGEN_TEMAER = "screener-forkl-ingen-temaer",
    FORKL_NIVEAU_UKENDT = "screener-forkl-niveau-ukendt",
    FORKL_NIVEAU_UNDER = "screener-forkl-niveau-under",
    FORKL_NIVEAU_INDEN = "screener-forkl-niveau-inden",
    FORKL_NIVEAU_OVER = "screener-forkl-niveau-over",
    FORKL_NOTE = "screener-forkl-note",
    /// The source can be read in two ways here (an inconsistency of the data), with its text.
    FORKL_KILDE_UKLAR = "screener-forkl-kilde-uklar",
    /// The answered VUM level is one the two readings of the source disagree on.
    FORKL_NIVEAU_UKLAR = "screener-forkl-niveau-uklar",
    FORKL_BEHOV_VURDERES = "screener-forkl-behov-vurderes",
    FORKL_ANONYM_MULIG = "screener-forkl-anonym-mulig",
    FORKL_ANONYM_IKKE_MULIG = "screener-forkl-anonym-ikke-mulig",
    FORKL_SVARET_JA = "screener-forkl-svaret-ja",
    FORKL_SVARET_NEJ = "screener-forkl-svaret-nej",
    FORKL_NOGET_ER_SVAERT = "screener-forkl-noget-er-svaert",
    /// Nothing in daily life was picked, but the social situation was answered.
    FORKL_SOCIALT_FORHOLD = "screener-forkl-socialt-forhold",
    FORKL_INGEN_SOCIALE = "screener-forkl-ingen-sociale",
    /// § 98: none of the areas the deafblind question rests on was picked.
    FORKL_INGEN_SANSER = "screener-forkl-ingen-sanser",
    /// § 82 a/b: also for people at risk; the municipality assesses.
    FORKL_RISIKO_VURDERES = "screener-forkl-risiko-vurderes",
    /// A need not met that does not decide, because another way in is met.
    FORKL_ANDEN_VEJ = "screener-forkl-anden-vej",
    FORKL_ALLE_KAN_FAA_RAAD = "screener-forkl-alle-kan-faa-raad",
    FORKL_AKUT_KRISE = "screener-forkl-akut-krise",
    FORKL_INGEN_AKUT_KRISE = "screener-forkl-ingen-akut-krise",
    FORKL_UDSAT = "screener-forkl-udsat",
    FORKL_IKKE_UDSAT = "screener-forkl-ikke-udsat",
    FORKL_STOFFER = "screener-forkl-stoffer",
    FORKL_KUN_ALKOHOL = "screener-forkl-kun-alkohol",
    FORKL_INGEN_STOFFER = "screener-forkl-ingen-stoffer",
    FORKL_VOLD = "screener-forkl-vold",
    FORKL_INGEN_VOLD = "screener-forkl-ingen-vold",
    FORKL_KVINDER = "screener-forkl-kvinder",
    FORKL_HJEMLOES = "screener-forkl-hjemloes",
    FORKL_HAR_BOLIG = "screener-forkl-har-bolig",
    FORKL_HOVEDPARTEN = "screener-forkl-hovedparten",

    // --- What might help instead ---
    ALT_ALKOHOL = "screener-alt-alkohol",
    ALT_BOTILBUD = "screener-alt-botilbud",
    ALT_RAADGIVNING = "screener-alt-raadgivning",

    // --- Urgent help ---
    STRAKS_112 = "screener-straks-112",
    STRAKS_KRISECENTER = "screener-straks-krisecenter",
    STRAKS_AKUTTILBUD = "screener-straks-akuttilbud",
    STRAKS_ANONYM_BEHANDLING = "screener-straks-anonym-behandling",
    STRAKS_ANONYM_RAADGIVNING = "screener-straks-anonym-raadgivning",
    /// How to reach the help now: 112 at any hour.
    STRAKS_NU_112 = "screener-straks-nu-112",
    /// The portal has no phone number or address of this help (`navn`).
    STRAKS_NU_INGEN_NUMMER = "screener-straks-nu-ingen-nummer",
    /// The municipality's phone (`afdeling`, `kommune`, `telefon`, `tider`).
    STRAKS_NU_KOMMUNE_TELEFON = "screener-straks-nu-kommune-telefon",
    /// The municipality's website (`kommune`, `web`) when the portal has no phone.
    STRAKS_NU_KOMMUNE_WEB = "screener-straks-nu-kommune-web",
    /// The portal has no contact data of the person's municipality.
    STRAKS_NU_INGEN_KOMMUNE = "screener-straks-nu-ingen-kommune",
    /// Outside those hours, and in any danger: 112.
    STRAKS_NU_ELLERS_112 = "screener-straks-nu-ellers-112",

    // --- Next steps ---
    NAESTE_SOEG_HOS_KOMMUNEN = "screener-naeste-soeg-hos-kommunen",
    NAESTE_KONTAKT_STEDET = "screener-naeste-kontakt-stedet",
    DOK_FULDMAGT = "screener-dok-fuldmagt",
    DOK_HELBRED = "screener-dok-helbred",
    DOK_MERUDGIFTER = "screener-dok-merudgifter",
    DOK_PENSION = "screener-dok-pension",
    DOK_BPA = "screener-dok-bpa",
    DOK_LEDSAGER = "screener-dok-ledsager",
    DOK_KVITTERINGER = "screener-dok-kvitteringer",
    DOK_OEKONOMI = "screener-dok-oekonomi",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed() {
        let mut seen = std::collections::BTreeSet::new();
        for id in BESKED_IDS {
            assert!(id.starts_with("screener-"), "{id}");
            assert!(seen.insert(*id), "duplicate {id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id}"
            );
        }
    }

    #[test]
    fn hvem_is_set_once() {
        let mut b = Besked::new(id::KRIT_MIN_ALDER).med("min", "18");
        b.saet_ordvalg(Ordvalg::Du);
        b.saet_ordvalg(Ordvalg::Personen);
        assert_eq!(b.arg("hvem"), Some("personen"));
        assert_eq!(b.args(), vec![("min", "18"), ("hvem", "personen")]);
    }
}
