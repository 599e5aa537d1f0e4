//! The answers (`Svar`): what the citizen, or someone helping them, has told the screener.
//!
//! Every field can be "not answered" (`None`, or absent in the saved form). "Ved ikke" is an
//! answer of its own where the question offers it. The serde form (kebab-case words, VUM
//! themes spelled as in seeds/) is what the table-driven tests use and what a saved file
//! or the application draft can carry:
//!
//! ```toml
//! hvem = "hjaelper"
//! kommune = "viborg"
//! alder = 45              # or "ved-ikke"
//! bolig = "egen-bolig"
//! vanskeligheder = ["praktiske-opgaver", "mobilitet"]
//! niveauer = { praktiske-opgaver = "noget", mobilitet = "meget" }
//! socialt = []            # answered: none of these
//! pension = "foertidspension-foer-2003"
//! bpa = "ved-ikke"
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::besked::Ordvalg;
use crate::domain::content::{Livssituation, VumTema};

/// Who answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hvem {
    /// The citizen: the texts say "du".
    Selv,
    /// Someone who helps the citizen: the texts say "personen".
    Hjaelper,
}

impl Hvem {
    /// The spelling in the saved form and in forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            Hvem::Selv => "selv",
            Hvem::Hjaelper => "hjaelper",
        }
    }
}

/// The person's age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alder {
    Aar(u8),
    VedIkke,
}

/// Where the person lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bolig {
    /// Own home (rented or owned).
    EgenBolig,
    /// A botilbud (§ 107, § 108 or similar, staff on site).
    Botilbud,
    /// No home, or at risk of losing it.
    IngenBolig,
    VedIkke,
}

impl Bolig {
    /// The spelling in the saved form and in forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bolig::EgenBolig => "egen-bolig",
            Bolig::Botilbud => "botilbud",
            Bolig::IngenBolig => "ingen-bolig",
            Bolig::VedIkke => "ved-ikke",
        }
    }
}

/// How hard one area of daily life is, in five plain steps (mapped to VUM levels 0–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Niveau {
    /// "Ingen problemer" → VUM 0.
    Ingen,
    /// "Lidt svært" → VUM 1 (let).
    Lidt,
    /// "Noget svært" → VUM 2 (moderat).
    Noget,
    /// "Meget svært" → VUM 3 (svært).
    Meget,
    /// "Kan ikke" → VUM 4 (fuldstændigt).
    KanIkke,
    VedIkke,
}

impl Niveau {
    /// The answers in the order they are offered.
    pub const ALL: [Niveau; 6] = [
        Niveau::Ingen,
        Niveau::Lidt,
        Niveau::Noget,
        Niveau::Meget,
        Niveau::KanIkke,
        Niveau::VedIkke,
    ];

    /// The VUM level 0–4, or `None` for "Ved ikke".
    pub const fn vum(self) -> Option<u8> {
        match self {
            Niveau::Ingen => Some(0),
            Niveau::Lidt => Some(1),
            Niveau::Noget => Some(2),
            Niveau::Meget => Some(3),
            Niveau::KanIkke => Some(4),
            Niveau::VedIkke => None,
        }
    }

    /// The answer for a VUM level (0–4).
    pub const fn fra_vum(level: u8) -> Niveau {
        match level {
            0 => Niveau::Ingen,
            1 => Niveau::Lidt,
            2 => Niveau::Noget,
            3 => Niveau::Meget,
            _ => Niveau::KanIkke,
        }
    }

    /// The spelling in the saved form (`"kan-ikke"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Niveau::Ingen => "ingen",
            Niveau::Lidt => "lidt",
            Niveau::Noget => "noget",
            Niveau::Meget => "meget",
            Niveau::KanIkke => "kan-ikke",
            Niveau::VedIkke => "ved-ikke",
        }
    }
}

/// Parts of the person's social situation (one question, several can be ticked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SocialtForhold {
    /// Uses drugs (stoffer).
    Stoffer,
    /// Drinks too much (alkohol).
    Alkohol,
    /// Violence or threats.
    Vold,
    /// Homeless or about to lose the home.
    Hjemloeshed,
    /// Very alone, isolated.
    Isolation,
    /// In an acute crisis now.
    AkutKrise,
}

impl SocialtForhold {
    pub const ALL: [SocialtForhold; 6] = [
        SocialtForhold::Stoffer,
        SocialtForhold::Alkohol,
        SocialtForhold::Vold,
        SocialtForhold::Hjemloeshed,
        SocialtForhold::Isolation,
        SocialtForhold::AkutKrise,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SocialtForhold::Stoffer => "stoffer",
            SocialtForhold::Alkohol => "alkohol",
            SocialtForhold::Vold => "vold",
            SocialtForhold::Hjemloeshed => "hjemloeshed",
            SocialtForhold::Isolation => "isolation",
            SocialtForhold::AkutKrise => "akut-krise",
        }
    }
}

/// Yes / no / don't know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JaNej {
    Ja,
    Nej,
    VedIkke,
}

impl JaNej {
    /// The spelling in the saved form and in forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            JaNej::Ja => "ja",
            JaNej::Nej => "nej",
            JaNej::VedIkke => "ved-ikke",
        }
    }
}

/// The person's pension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pension {
    Folkepension,
    /// Førtidspension granted under the rules before 1 January 2003.
    #[serde(rename = "foertidspension-foer-2003")]
    FoertidspensionFoer2003,
    /// Førtidspension granted from 1 January 2003.
    #[serde(rename = "foertidspension-fra-2003")]
    FoertidspensionFra2003,
    /// Folkepension deferred (lov om social pension § 15 a).
    UdskudtFolkepension,
    /// No pension.
    Ingen,
    VedIkke,
}

impl Pension {
    pub const ALL: [Pension; 6] = [
        Pension::Folkepension,
        Pension::FoertidspensionFoer2003,
        Pension::FoertidspensionFra2003,
        Pension::UdskudtFolkepension,
        Pension::Ingen,
        Pension::VedIkke,
    ];

    /// The spelling in the saved form and in forms.
    pub const fn as_str(self) -> &'static str {
        match self {
            Pension::Folkepension => "folkepension",
            Pension::FoertidspensionFoer2003 => "foertidspension-foer-2003",
            Pension::FoertidspensionFra2003 => "foertidspension-fra-2003",
            Pension::UdskudtFolkepension => "udskudt-folkepension",
            Pension::Ingen => "ingen",
            Pension::VedIkke => "ved-ikke",
        }
    }
}

/// The VUM themes the screener asks about, in the order they are offered: the ten scored
/// themes of VUM (Viborg 2020, bilag 1) except "Socialt problem", which the question on the
/// social situation covers. "Omgivelser" is not scored.
pub const SPURGTE_TEMAER: [VumTema; 9] = [
    VumTema::PraktiskeOpgaver,
    VumTema::Egenomsorg,
    VumTema::SocialtLiv,
    VumTema::Sundhed,
    VumTema::Kommunikation,
    VumTema::Mobilitet,
    VumTema::Samfundsliv,
    VumTema::FysiskFunktion,
    VumTema::PsykiskFunktion,
];

/// The answers so far. `Default` is "nothing answered".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Svar {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hvem: Option<Hvem>,
    /// Municipality id (folder name under seeds/, e.g. `"viborg"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kommune: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alder: Option<Alder>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bolig: Option<Bolig>,
    /// The areas of daily life the person finds hard (`Some(empty)`: none).
    #[serde(with = "temaer", skip_serializing_if = "Option::is_none")]
    pub vanskeligheder: Option<BTreeSet<VumTema>>,
    /// How hard each picked area is. Only the picked areas count.
    #[serde(with = "niveauer", skip_serializing_if = "BTreeMap::is_empty")]
    pub niveauer: BTreeMap<VumTema, Niveau>,
    /// The social situation (`Some(empty)`: none of these).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub socialt: Option<BTreeSet<SocialtForhold>>,
    /// Whether the person wants to be anonymous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonym: Option<JaNej>,
    /// Whether a relative cares for the person (and might need a break).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paaroerende: Option<JaNej>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doevblind: Option<JaNej>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pension: Option<Pension>,
    /// Whether the person has BPA (§ 96) or cash help for helpers (§ 95).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bpa: Option<JaNej>,
    /// Extra costs because of a permanent disability.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merudgifter: Option<JaNej>,
}

/// What the answers say about one VUM theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tema {
    /// The question about hard areas is not answered.
    IkkeBesvaret,
    /// The areas are answered and this one was not picked: VUM level 0.
    IkkeValgt,
    /// Picked, with the level (`None`: level not answered or "Ved ikke").
    Valgt(Option<u8>),
}

impl Tema {
    /// The VUM level when it is known (not picked = 0).
    pub fn niveau(self) -> Option<u8> {
        match self {
            Tema::IkkeBesvaret => None,
            Tema::IkkeValgt => Some(0),
            Tema::Valgt(level) => level,
        }
    }

    /// Whether the theme is a problem at all (level ≥ 1); `None` when unknown. A picked
    /// theme without a level counts as a problem: the person said it is hard.
    pub fn svaert(self) -> Option<bool> {
        match self {
            Tema::IkkeBesvaret => None,
            Tema::IkkeValgt => Some(false),
            Tema::Valgt(Some(level)) => Some(level >= 1),
            Tema::Valgt(None) => Some(true),
        }
    }
}

impl Svar {
    /// How the texts speak: "personen" when someone helps, else "du".
    pub fn ordvalg(&self) -> Ordvalg {
        match self.hvem {
            Some(Hvem::Hjaelper) => Ordvalg::Personen,
            _ => Ordvalg::Du,
        }
    }

    /// The age in years, when answered with a number.
    pub fn alder_aar(&self) -> Option<u8> {
        match self.alder {
            Some(Alder::Aar(a)) => Some(a),
            _ => None,
        }
    }

    /// One VUM theme.
    pub fn tema(&self, tema: VumTema) -> Tema {
        match &self.vanskeligheder {
            None => Tema::IkkeBesvaret,
            Some(picked) if picked.contains(&tema) => {
                Tema::Valgt(self.niveauer.get(&tema).and_then(|n| n.vum()))
            }
            Some(_) => Tema::IkkeValgt,
        }
    }

    /// Whether a part of the social situation applies; `None` when not answered.
    pub fn socialt(&self, forhold: SocialtForhold) -> Option<bool> {
        self.socialt.as_ref().map(|s| s.contains(&forhold))
    }

    /// Whether any of these applies; `None` when the question is not answered.
    pub fn socialt_noget(&self, forhold: &[SocialtForhold]) -> Option<bool> {
        self.socialt
            .as_ref()
            .map(|s| forhold.iter().any(|f| s.contains(f)))
    }

    /// Homeless or about to lose the home: from the housing answer or the social situation.
    pub fn hjemloes(&self) -> Option<bool> {
        if self.bolig == Some(Bolig::IngenBolig)
            || self.socialt(SocialtForhold::Hjemloeshed) == Some(true)
        {
            return Some(true);
        }
        let housing_known = matches!(self.bolig, Some(Bolig::EgenBolig | Bolig::Botilbud));
        if housing_known || self.socialt.is_some() {
            Some(false)
        } else {
            None
        }
    }

    /// Social problems other than drug use (for § 101 a): violence, homelessness,
    /// isolation, an acute crisis. `None` when unknown.
    pub fn andre_sociale_problemer(&self) -> Option<bool> {
        let flags = self.socialt_noget(&[
            SocialtForhold::Vold,
            SocialtForhold::Hjemloeshed,
            SocialtForhold::Isolation,
            SocialtForhold::AkutKrise,
        ]);
        if flags == Some(true) || self.bolig == Some(Bolig::IngenBolig) {
            Some(true)
        } else {
            flags
        }
    }

    /// Whether anything at all is hard (a theme at level ≥ 1 or a social problem);
    /// `None` when neither question is answered.
    pub fn noget_er_svaert(&self) -> Option<bool> {
        let themes = self.vanskeligheder.as_ref().map(|picked| {
            picked
                .iter()
                .any(|t| self.tema(*t).svaert().unwrap_or(false))
        });
        let social = self.socialt.as_ref().map(|s| !s.is_empty());
        match (themes, social) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (None, None) => None,
            _ => Some(false),
        }
    }

    /// The life situations the answers point to (used to sort results, never to decide).
    pub fn livssituationer(&self) -> BTreeSet<Livssituation> {
        use Livssituation as L;
        let mut out = BTreeSet::new();
        for tema in SPURGTE_TEMAER {
            if self.tema(tema).svaert() == Some(true) {
                out.insert(L::HverdagOgBolig);
                out.insert(L::Handicap);
                match tema {
                    VumTema::PsykiskFunktion => {
                        out.insert(L::PsykiskSaarbarhed);
                    }
                    VumTema::Samfundsliv => {
                        out.insert(L::Oekonomi);
                        out.insert(L::ArbejdeOgAktivitet);
                    }
                    VumTema::SocialtLiv => {
                        out.insert(L::ArbejdeOgAktivitet);
                    }
                    _ => {}
                }
            }
        }
        for forhold in self.socialt.iter().flatten() {
            out.insert(match forhold {
                SocialtForhold::Stoffer | SocialtForhold::Alkohol => L::Misbrug,
                SocialtForhold::Vold => L::VoldOgKrise,
                SocialtForhold::Hjemloeshed => L::Hjemloeshed,
                SocialtForhold::Isolation | SocialtForhold::AkutKrise => L::PsykiskSaarbarhed,
            });
            if *forhold == SocialtForhold::AkutKrise {
                out.insert(L::VoldOgKrise);
            }
        }
        if self.bolig == Some(Bolig::IngenBolig) {
            out.insert(L::Hjemloeshed);
        }
        if self.paaroerende == Some(JaNej::Ja) {
            out.insert(L::Paaroerende);
        }
        if self.doevblind == Some(JaNej::Ja) {
            out.insert(L::Handicap);
        }
        if self.merudgifter == Some(JaNej::Ja) {
            out.insert(L::Oekonomi);
        }
        out
    }
}

impl Serialize for Alder {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Alder::Aar(a) => s.serialize_u8(*a),
            Alder::VedIkke => s.serialize_str("ved-ikke"),
        }
    }
}

impl<'de> Deserialize<'de> for Alder {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Alder, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Tal(u8),
            Tekst(String),
        }
        match Form::deserialize(d)? {
            Form::Tal(a) => Ok(Alder::Aar(a)),
            Form::Tekst(t) if t == "ved-ikke" => Ok(Alder::VedIkke),
            Form::Tekst(t) => Err(serde::de::Error::custom(format!(
                "alder: a number 0–255 or \"ved-ikke\", not {t:?}"
            ))),
        }
    }
}

fn parse_tema<E: serde::de::Error>(text: &str) -> Result<VumTema, E> {
    VumTema::parse(text).ok_or_else(|| E::custom(format!("unknown VUM theme {text:?}")))
}

/// `Option<BTreeSet<VumTema>>` as a list of theme spellings.
mod temaer {
    use super::*;

    pub fn serialize<S: Serializer>(
        value: &Option<BTreeSet<VumTema>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            None => s.serialize_none(),
            Some(set) => s.collect_seq(set.iter().map(|t| t.as_str())),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<BTreeSet<VumTema>>, D::Error> {
        let list: Option<Vec<String>> = Option::deserialize(d)?;
        list.map(|l| l.iter().map(|t| parse_tema(t)).collect())
            .transpose()
    }
}

/// `BTreeMap<VumTema, Niveau>` as a table keyed by theme spelling.
mod niveauer {
    use super::*;

    pub fn serialize<S: Serializer>(
        value: &BTreeMap<VumTema, Niveau>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(value.iter().map(|(t, n)| (t.as_str(), n)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<VumTema, Niveau>, D::Error> {
        let map: BTreeMap<String, Niveau> = BTreeMap::deserialize(d)?;
        map.into_iter()
            .map(|(t, n)| Ok((parse_tema(&t)?, n)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_maps_to_vum_levels() {
        let levels: Vec<Option<u8>> = Niveau::ALL.iter().map(|n| n.vum()).collect();
        assert_eq!(levels, [Some(0), Some(1), Some(2), Some(3), Some(4), None]);
        for level in 0..=4 {
            assert_eq!(Niveau::fra_vum(level).vum(), Some(level));
        }
    }

    #[test]
    fn themes_not_answered_not_picked_or_picked() {
        let mut svar = Svar::default();
        assert_eq!(svar.tema(VumTema::Sundhed), Tema::IkkeBesvaret);
        svar.vanskeligheder = Some([VumTema::Mobilitet].into());
        assert_eq!(svar.tema(VumTema::Sundhed), Tema::IkkeValgt);
        assert_eq!(svar.tema(VumTema::Sundhed).niveau(), Some(0));
        assert_eq!(svar.tema(VumTema::Mobilitet), Tema::Valgt(None));
        assert_eq!(svar.tema(VumTema::Mobilitet).svaert(), Some(true));
        svar.niveauer.insert(VumTema::Mobilitet, Niveau::Meget);
        // A level for a theme that is not picked does not count.
        svar.niveauer.insert(VumTema::Sundhed, Niveau::KanIkke);
        assert_eq!(svar.tema(VumTema::Mobilitet), Tema::Valgt(Some(3)));
        assert_eq!(svar.tema(VumTema::Sundhed), Tema::IkkeValgt);
    }

    #[test]
    fn homelessness_from_housing_or_social_answer() {
        let mut svar = Svar::default();
        assert_eq!(svar.hjemloes(), None);
        svar.bolig = Some(Bolig::VedIkke);
        assert_eq!(svar.hjemloes(), None);
        svar.socialt = Some(BTreeSet::new());
        assert_eq!(svar.hjemloes(), Some(false));
        svar.socialt = Some([SocialtForhold::Hjemloeshed].into());
        assert_eq!(svar.hjemloes(), Some(true));
        svar.socialt = None;
        svar.bolig = Some(Bolig::IngenBolig);
        assert_eq!(svar.hjemloes(), Some(true));
    }

    #[test]
    fn helper_wording() {
        let mut svar = Svar::default();
        assert_eq!(svar.ordvalg(), Ordvalg::Du);
        svar.hvem = Some(Hvem::Hjaelper);
        assert_eq!(svar.ordvalg(), Ordvalg::Personen);
    }

    #[test]
    fn saved_form_round_trips() {
        let text = r#"
hvem = "hjaelper"
kommune = "viborg"
alder = "ved-ikke"
bolig = "egen-bolig"
vanskeligheder = ["praktiske-opgaver", "mobilitet"]
socialt = []
pension = "foertidspension-foer-2003"

[niveauer]
praktiske-opgaver = "noget"
mobilitet = "kan-ikke"
"#;
        let svar: Svar = toml::from_str(text).expect("parses");
        assert_eq!(svar.alder, Some(Alder::VedIkke));
        assert_eq!(svar.tema(VumTema::Mobilitet), Tema::Valgt(Some(4)));
        assert_eq!(svar.socialt, Some(BTreeSet::new()));
        let again: Svar = toml::from_str(&toml::to_string(&svar).unwrap()).unwrap();
        assert_eq!(again, svar);
        assert!(toml::from_str::<Svar>("alder = \"gammel\"").is_err());
        assert!(toml::from_str::<Svar>("vanskeligheder = [\"lykke\"]").is_err());
        assert!(toml::from_str::<Svar>("ukendt = 1").is_err());
    }
}
