//! The closed sets of the content format (seeds/FORMAT.md) as enums.
//!
//! Shared by the app (as `domain::content::kinds`, without the crate's `build` feature)
//! and by build.rs and the content tests (to parse the TOML files). Keep it free of
//! anything but `core` and serde's derive.

use serde::Deserialize;

/// Declares a closed set: the enum, its data spelling (`as_str`), `ALL`, and serde.
macro_rules! closed_set {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order of the format.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling used in seeds/ (and in URLs).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the spelling used in seeds/.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

closed_set! {
    /// Which law a paragraph belongs to.
    Lov {
        /// Lov om social service.
        Serviceloven = "serviceloven",
        /// Lov om specialundervisning for voksne.
        Specialundervisning = "specialundervisning",
    }
}

closed_set! {
    /// Whether the law says the municipality *must* (skal) or *may* (kan) give the help.
    Pligt {
        Skal = "skal",
        Kan = "kan",
        /// The sources do not say whether the municipality must or may give the help.
        IkkeOplyst = "ikke-oplyst",
    }
}

closed_set! {
    /// Where a decision can be appealed.
    Klageadgang {
        /// Complaint to the municipality, then Ankestyrelsen.
        Ankestyrelsen = "ankestyrelsen",
        /// No appeal to another administrative authority.
        IngenKlage = "ingen-klage",
        /// Only some decisions can be appealed (see the note).
        Delvis = "delvis",
        /// The sources disagree: the paragraph has an `[[paragraph.inconsistencies]]` entry
        /// with part "complaint" that shows both readings.
        Uafklaret = "uafklaret",
        /// The sources say nothing about the complaint route (see the note).
        IkkeOplyst = "ikke-oplyst",
    }
}

closed_set! {
    /// Life situations: the citizen's own way into the catalogue.
    Livssituation {
        HverdagOgBolig = "hverdag-og-bolig",
        Handicap = "handicap",
        PsykiskSaarbarhed = "psykisk-saarbarhed",
        Misbrug = "misbrug",
        Hjemloeshed = "hjemloeshed",
        VoldOgKrise = "vold-og-krise",
        Paaroerende = "paaroerende",
        Oekonomi = "oekonomi",
        ArbejdeOgAktivitet = "arbejde-og-aktivitet",
    }
}

closed_set! {
    /// The themes of voksenudredningsmetoden (VUM), bilag 1 in Viborg 2020.
    VumTema {
        FysiskFunktion = "fysisk-funktion",
        PsykiskFunktion = "psykisk-funktion",
        SocialtProblem = "socialt-problem",
        PraktiskeOpgaver = "praktiske-opgaver",
        Samfundsliv = "samfundsliv",
        SocialtLiv = "socialt-liv",
        Sundhed = "sundhed",
        Kommunikation = "kommunikation",
        Mobilitet = "mobilitet",
        Egenomsorg = "egenomsorg",
        Omgivelser = "omgivelser",
    }
}

closed_set! {
    /// How several VUM criteria of one service combine.
    VumRegel {
        /// One of them is enough.
        Any = "any",
        /// All of them must be met.
        All = "all",
    }
}

closed_set! {
    /// What the citizen pays for a service.
    Egenbetalingsform {
        /// Free of charge.
        Ingen = "none",
        /// A fixed rate (the amounts are facts with year and source).
        Takst = "rate",
        /// The municipality sets the payment from the person's own economy.
        Individuel = "individual",
    }
}

closed_set! {
    /// What a fact is.
    FactKind {
        /// An amount in kroner.
        Amount = "amount",
        /// A deadline or a duration (weeks, days).
        Deadline = "deadline",
        /// A number of hours.
        Hours = "hours",
        /// An age limit.
        Age = "age",
    }
}

closed_set! {
    /// The upper age limit of a service.
    MaxAge {
        /// Until folkepensionsalder.
        Folkepensionsalder = "folkepensionsalder",
        /// Until folkepensionsalder, but never below 67 (§ 97).
        FolkepensionsalderMin67 = "folkepensionsalder-min-67",
    }
}

closed_set! {
    /// Machine tags for exclusions, used by the screener.
    ExclusionTag {
        /// Not when the main problem is misuse of drugs or alcohol.
        Misbrug = "misbrug",
        /// Not when the main problem is a mental illness.
        Sindslidelse = "sindslidelse",
        /// Not when the main problem is another social problem.
        AndreSocialeProblemer = "andre-sociale-problemer",
        /// Not for førtidspension granted before 1 January 2003.
        FoertidspensionFoer2003 = "foertidspension-foer-2003",
        /// Not for people who live in a botilbud.
        Botilbud = "botilbud",
        /// Not for people who receive folkepension.
        Folkepension = "folkepension",
    }
}

closed_set! {
    /// A part of a service standard that can have its own source (`[sources]` in the file).
    Part {
        Summary = "summary",
        Who = "who",
        Purpose = "purpose",
        Included = "included",
        NotIncluded = "not_included",
        Scope = "scope",
        Place = "place",
        FollowUp = "follow_up",
        FreeChoice = "free_choice",
        HowToApply = "how_to_apply",
        ProcessingTime = "processing_time",
        Criteria = "criteria",
        Egenbetaling = "egenbetaling",
        SeeAlso = "see_also",
        Elaboration = "elaboration",
    }
}

closed_set! {
    /// Expense categories of the § 100 calculator (src/domain/beregning) and the positive
    /// list in seeds/national/rates.toml.
    Udgiftskategori {
        Medicin = "medicin",
        Befordring = "befordring",
        /// Kost og diætpræparater.
        Kost = "kost",
        /// Beklædning (unusual build or wear).
        Toej = "toej",
        Haandsraekninger = "haandsraekninger",
        /// Extra washing.
        Vask = "vask",
        /// Handicap courses.
        Kurser = "kurser",
        Andet = "andet",
    }
}

impl VumTema {
    /// The theme's name in plain Danish.
    pub const fn label(self) -> &'static str {
        match self {
            VumTema::FysiskFunktion => "Fysisk funktion",
            VumTema::PsykiskFunktion => "Psykisk funktion",
            VumTema::SocialtProblem => "Socialt problem",
            VumTema::PraktiskeOpgaver => "Praktiske opgaver",
            VumTema::Samfundsliv => "Samfundsliv",
            VumTema::SocialtLiv => "Socialt liv",
            VumTema::Sundhed => "Sundhed",
            VumTema::Kommunikation => "Kommunikation",
            VumTema::Mobilitet => "Mobilitet",
            VumTema::Egenomsorg => "Egenomsorg",
            VumTema::Omgivelser => "Omgivelser",
        }
    }
}

/// The VUM level names, 0 to 4.
pub const VUM_NIVEAUER: [&str; 5] = [
    "Intet problem",
    "Let problem",
    "Moderat problem",
    "Svært problem",
    "Fuldstændigt problem",
];
