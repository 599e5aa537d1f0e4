//! The age rule of § 100 (and of every standard with `max_age = "folkepensionsalder"`),
//! shared by the screener (Find hjælp) and the § 100 calculator (Beregn), so that the two
//! can never disagree: from 18 to folkepensionsalderen, or above it while folkepension is
//! deferred (lov om social pension § 15 a; serviceloven § 100, stk. 1, seed 002 section 3,
//! and domain-facts § 1).

/// Folkepensionsalderen the portal assumes when it knows only an age, not a birth date.
///
/// Lov om social pension § 1 a: 67 år for people born 1 January 1955 – 31 December 1962,
/// who reach it in 2022–2029; people born later reach a higher age, but not before 2030.
/// So anyone who is 67 or older today has reached it, and anyone younger has not. Every
/// age criterion says that the municipality checks the exact age. Review this in 2029.
pub const ANTAGET_FOLKEPENSIONSALDER: u8 = 67;

/// The lowest age limit of § 97 (ledsageordning): folkepensionsalderen, never below 67.
pub const S97_MINDSTE_ALDERSGRAENSE: u8 = 67;

/// What the person said about folkepension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PensionSvar {
    IkkeBesvaret,
    /// "I have not reached folkepensionsalderen" (or: no folkepension, another pension).
    IkkeNaaet,
    /// Folkepension deferred (§ 15 a).
    Udskudt,
    /// Receives folkepension.
    Modtager,
}

/// The outcome of the age rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlderUdfald {
    Opfyldt,
    /// Above the age limit (or receives folkepension): the help cannot start.
    IkkeOpfyldt,
    /// Not enough answered to tell.
    IkkeBesvaret,
}

/// Why, when the answer is [`AlderUdfald::IkkeOpfyldt`] or deferred pension made it met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlderGrund {
    UnderGraensen,
    Udskudt,
    Modtager,
    /// At or above the assumed folkepensionsalder, pension not deferred (whatever else
    /// was answered: "not reached" at 70 does not count; the municipality checks).
    OverGraensen,
    IkkeBesvaret,
}

/// The age rule: above folkepensionsalderen is excluded unless folkepension is deferred.
/// An unanswered or "not reached" pension answer at or above the age never counts as met.
pub fn oevre_aldersgraense(alder: Option<u16>, pension: PensionSvar) -> (AlderUdfald, AlderGrund) {
    let graense = u16::from(ANTAGET_FOLKEPENSIONSALDER);
    match (alder, pension) {
        (_, PensionSvar::Modtager) => (AlderUdfald::IkkeOpfyldt, AlderGrund::Modtager),
        (_, PensionSvar::Udskudt) => (AlderUdfald::Opfyldt, AlderGrund::Udskudt),
        (Some(a), _) if a >= graense => (AlderUdfald::IkkeOpfyldt, AlderGrund::OverGraensen),
        (Some(_), _) => (AlderUdfald::Opfyldt, AlderGrund::UnderGraensen),
        (None, PensionSvar::IkkeNaaet) => (AlderUdfald::Opfyldt, AlderGrund::UnderGraensen),
        (None, PensionSvar::IkkeBesvaret) => (AlderUdfald::IkkeBesvaret, AlderGrund::IkkeBesvaret),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AlderUdfald as U;
    use PensionSvar as P;

    #[test]
    fn above_the_age_only_deferred_pension_counts() {
        let u = |a, p| oevre_aldersgraense(a, p).0;
        assert_eq!(u(Some(70), P::IkkeBesvaret), U::IkkeOpfyldt);
        assert_eq!(u(Some(70), P::IkkeNaaet), U::IkkeOpfyldt);
        assert_eq!(u(Some(67), P::IkkeNaaet), U::IkkeOpfyldt);
        assert_eq!(u(Some(70), P::Udskudt), U::Opfyldt);
        assert_eq!(u(Some(66), P::IkkeBesvaret), U::Opfyldt);
        assert_eq!(u(Some(50), P::Modtager), U::IkkeOpfyldt);
        assert_eq!(u(None, P::IkkeBesvaret), U::IkkeBesvaret);
        assert_eq!(u(None, P::IkkeNaaet), U::Opfyldt);
    }
}
