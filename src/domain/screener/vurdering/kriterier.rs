//! The criteria of one standard: age, exclusions, the needs (VUM), the special rules'
//! reservations, and what might help instead.

use super::*;

/// Whether a criterion says who the help is for in a way that is a way in of its own:
/// the areas of daily life (`behov-temaer`) or a special rule marked `eget_behov`.
pub(super) fn er_adgang(k: &Kriterium) -> bool {
    k.noegle == "behov-temaer"
        || matches!(k.grundlag, Grundlag::Saerregel(id)
            if SAERREGLER.iter().any(|r| r.id == id && r.eget_behov))
}

/// Several ways in (needs in daily life, a social situation, an acute crisis): one met is
/// enough. The met one decides (as a requirement, also when it belongs to another paragraph
/// of a combined standard, e.g. § 82 c in a § 82 a–c standard); the ones not met only
/// concern other parts of the service.
pub(super) fn ved_anden_vej(kriterier: &mut [Kriterium]) {
    let en_opfyldt = kriterier
        .iter()
        .any(|k| er_adgang(k) && k.status == Status::Opfyldt && k.rolle != Rolle::Forbehold);
    if !en_opfyldt {
        return;
    }
    for k in kriterier.iter_mut().filter(|k| er_adgang(k)) {
        if k.status == Status::Opfyldt {
            k.rolle = Rolle::Krav;
        } else if k.rolle == Rolle::Krav {
            k.rolle = Rolle::Delydelse;
            k.forklaringer.push(Besked::new(id::FORKL_ANDEN_VEJ));
        }
    }
}

/// Texts from the data that say "ret til" are not repeated by the screener, which must
/// never say that someone is or is not entitled (see the report: the seed texts to fix).
pub(super) fn naevner_ret_til(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("ret til") || lower.contains("berettig")
}

pub(super) fn alder(b: &mut Bygger) {
    let c = &b.s.criteria;
    let svar_alder = b.svar.alder;
    let forkl_alder = |a: u8| Besked::new(id::FORKL_ALDER).med("alder", a.to_string());
    if let Some(min) = c.min_age {
        let besked = Besked::new(id::KRIT_MIN_ALDER).med("min", min.to_string());
        let (status, forkl) = match svar_alder {
            Some(Alder::Aar(a)) if a >= min => (Status::Opfyldt, vec![forkl_alder(a)]),
            Some(Alder::Aar(a)) => (Status::IkkeOpfyldt, vec![forkl_alder(a)]),
            _ => (Status::IkkeBesvaret, ikke_besvaret()),
        };
        let k = b.data(
            "alder-min",
            "criteria.min_age",
            status,
            besked,
            forkl,
            vec![Spoergsmaal::Alder],
        );
        b.kriterier.push(k);
    }
    if let Some(max) = c.max_age {
        let (graense, besked_id) = match max {
            MaxAge::Folkepensionsalder => {
                (ANTAGET_FOLKEPENSIONSALDER, id::KRIT_MAX_FOLKEPENSIONSALDER)
            }
            MaxAge::FolkepensionsalderMin67 => (
                ANTAGET_FOLKEPENSIONSALDER.max(S97_MINDSTE_ALDERSGRAENSE),
                id::KRIT_MAX_FOLKEPENSIONSALDER_MIN_67,
            ),
        };
        let besked = Besked::new(besked_id)
            .med("pensionsalder", ANTAGET_FOLKEPENSIONSALDER.to_string())
            .med("mindst", S97_MINDSTE_ALDERSGRAENSE.to_string());
        let antaget =
            Besked::new(id::FORKL_PENSIONSALDER_ANTAGET).med("pensionsalder", graense.to_string());
        let udskudt = regler::S100_UDSKUDT.gaelder(b.s)
            && b.svar.pension == Some(Pension::UdskudtFolkepension);
        let mut grundlag = Grundlag::Data("criteria.max_age");
        let (status, forkl) = match svar_alder {
            Some(Alder::Aar(a)) if a < graense => (Status::Opfyldt, vec![forkl_alder(a), antaget]),
            Some(Alder::Aar(a)) if udskudt => {
                grundlag = Grundlag::DataMedUndtagelse("criteria.max_age", regler::S100_UDSKUDT.id);
                (
                    Status::Opfyldt,
                    vec![forkl_alder(a), Besked::new(id::FORKL_UDSKUDT_PENSION)],
                )
            }
            Some(Alder::Aar(a)) => {
                let mut f = vec![forkl_alder(a), antaget];
                if max == MaxAge::FolkepensionsalderMin67 {
                    f.push(Besked::new(id::FORKL_S97_BEHOLDER));
                }
                (Status::IkkeOpfyldt, f)
            }
            _ => (Status::IkkeBesvaret, ikke_besvaret()),
        };
        let mut k = b.data(
            "alder-max",
            "criteria.max_age",
            status,
            besked,
            forkl,
            vec![Spoergsmaal::Alder],
        );
        k.grundlag = grundlag;
        if udskudt {
            k.spoergsmaal.push(Spoergsmaal::Pension);
        }
        b.kriterier.push(k);
    }
}

/// The service's inconsistency whose screener hook matches, if any.
pub(super) fn uklarhed(
    s: &'static Kvalitetsstandard,
    hook: impl Fn(&InconsistencyScreener) -> bool,
) -> Option<&'static Inconsistency> {
    let all: &'static [Inconsistency] = s.inconsistencies;
    all.iter().find(|i| i.screener.as_ref().is_some_and(&hook))
}

pub(super) fn kilde_uklar(inc: &Inconsistency) -> Besked {
    Besked::new(id::FORKL_KILDE_UKLAR).med("tekst", inc.text)
}

pub(super) fn udelukkelse(b: &Bygger, tag: ExclusionTag) -> Kriterium {
    use SocialtForhold as S;
    let svar = b.svar;
    let felt = "criteria.exclusion_tags";
    let mut grundlag = Grundlag::Data(felt);
    let (besked, status, forkl, q): (&str, Status, Vec<Besked>, Vec<Spoergsmaal>) = match tag {
        ExclusionTag::Misbrug => {
            let (st, f) = match svar.socialt_noget(&[S::Stoffer, S::Alkohol]) {
                Some(true) => (Status::IkkeOpfyldt, en(id::FORKL_MISBRUG)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_MISBRUG)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_MISBRUG,
                st,
                f,
                vec![Spoergsmaal::Socialt],
            )
        }
        ExclusionTag::Sindslidelse => {
            // The screener does not ask about diagnoses: psychological difficulties may or
            // may not be a mental illness (an intellectual disability is not), so the
            // municipality assesses it.
            let (st, f) = match svar.tema(VumTema::PsykiskFunktion).svaert() {
                Some(true) => (Status::VurderesIndividuelt, en(id::FORKL_PSYKISK_VURDERES)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_PSYKISK)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_SINDSLIDELSE,
                st,
                f,
                vec![Spoergsmaal::Vanskeligheder],
            )
        }
        ExclusionTag::AndreSocialeProblemer => {
            let (st, f) = match svar.andre_sociale_problemer() {
                Some(true) => (Status::IkkeOpfyldt, en(id::FORKL_ANDRE_PROBLEMER)),
                Some(false) => (Status::Opfyldt, en(id::FORKL_INGEN_ANDRE_PROBLEMER)),
                None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (
                id::KRIT_UDELUKKET_ANDRE_SOCIALE_PROBLEMER,
                st,
                f,
                vec![Spoergsmaal::Socialt, Spoergsmaal::Bolig],
            )
        }
        ExclusionTag::FoertidspensionFoer2003 => {
            let bpa_undtagelse = regler::S100_BPA.gaelder(b.s);
            let under_18 = svar.alder_aar().is_some_and(|a| a < 18);
            let (st, f) = match svar.pension {
                _ if under_18 => (Status::Opfyldt, en(id::FORKL_UNDER_18)),
                Some(Pension::FoertidspensionFoer2003) if bpa_undtagelse => {
                    grundlag = Grundlag::DataMedUndtagelse(felt, regler::S100_BPA.id);
                    match svar.bpa {
                        Some(JaNej::Ja) => (Status::Opfyldt, en(id::FORKL_BPA_UNDTAGELSE)),
                        Some(JaNej::Nej) => (Status::IkkeOpfyldt, en(id::FORKL_BPA_NEJ)),
                        _ => (Status::VurderesIndividuelt, en(id::FORKL_BPA_UKENDT)),
                    }
                }
                Some(Pension::FoertidspensionFoer2003) => {
                    (Status::IkkeOpfyldt, en(id::FORKL_FOERTIDSPENSION_FOER_2003))
                }
                Some(Pension::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
                Some(_) => (Status::Opfyldt, en(id::FORKL_PENSION_ANDEN)),
            };
            let mut q = vec![Spoergsmaal::Pension];
            if bpa_undtagelse {
                q.push(Spoergsmaal::Bpa);
            }
            (id::KRIT_UDELUKKET_FOERTIDSPENSION_FOER_2003, st, f, q)
        }
        ExclusionTag::Botilbud => {
            let (st, f) = match svar.bolig {
                Some(Bolig::Botilbud) => (Status::IkkeOpfyldt, en(id::FORKL_BOTILBUD)),
                Some(Bolig::EgenBolig | Bolig::IngenBolig) => {
                    (Status::Opfyldt, en(id::FORKL_IKKE_BOTILBUD))
                }
                Some(Bolig::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
            };
            (id::KRIT_UDELUKKET_BOTILBUD, st, f, vec![Spoergsmaal::Bolig])
        }
        ExclusionTag::Folkepension => {
            let ung = svar
                .alder_aar()
                .is_some_and(|a| a < ANTAGET_FOLKEPENSIONSALDER);
            let (st, f) = match svar.pension {
                Some(Pension::Folkepension) => (Status::IkkeOpfyldt, en(id::FORKL_FOLKEPENSION)),
                Some(Pension::UdskudtFolkepension) => {
                    (Status::Opfyldt, en(id::FORKL_UDSKUDT_PENSION))
                }
                Some(Pension::VedIkke) | None if ung => {
                    (Status::Opfyldt, en(id::FORKL_UNDER_PENSIONSALDER))
                }
                Some(Pension::VedIkke) | None => (Status::IkkeBesvaret, ikke_besvaret()),
                Some(_) => (Status::Opfyldt, en(id::FORKL_PENSION_ANDEN)),
            };
            (
                id::KRIT_UDELUKKET_FOLKEPENSION,
                st,
                f,
                vec![Spoergsmaal::Pension, Spoergsmaal::Alder],
            )
        }
    };
    // The source can be read so that the exclusion does not hold: the municipality assesses.
    let (mut status, mut forkl) = (status, forkl);
    if status == Status::IkkeOpfyldt {
        if let Some(inc) = uklarhed(b.s, |h| *h == InconsistencyScreener::ExclusionTag(tag)) {
            forkl.push(kilde_uklar(inc));
            status = Status::VurderesIndividuelt;
        }
    }
    let mut k = b.data(
        format!("udelukket-{}", tag.as_str()),
        felt,
        status,
        Besked::new(besked),
        forkl,
        q,
    );
    k.grundlag = grundlag;
    k
}

/// `needs`: at least one of the themes is a problem (level ≥ 1).
pub(super) fn behov_temaer(b: &Bygger) -> Kriterium {
    let needs = b.s.criteria.needs;
    let names: Vec<String> = needs.iter().map(|t| tema_navn(*t)).collect();
    let ids: Vec<&str> = needs.iter().map(|t| t.as_str()).collect();
    // `temaer_ids`: the UI names the areas in the words of the question (never words the
    // screener did not ask with, e.g. "psykisk funktion" for "Tanker og følelser").
    let besked = Besked::new(id::KRIT_BEHOV_TEMAER)
        .med("temaer", liste(&names, "eller"))
        .med("temaer_ids", ids.join(","))
        .med("og_eller", "eller");
    let doevblind = b.svar.doevblind == Some(JaNej::Ja);
    let valgt = needs
        .iter()
        .find(|t| b.svar.tema(**t).svaert() == Some(true));
    let (status, forkl) = if let Some(t) = valgt {
        (
            Status::Opfyldt,
            vec![Besked::new(id::FORKL_TEMA_VALGT)
                .med("tema", tema_navn(*t))
                .med("tema_id", t.as_str())],
        )
    } else if doevblind && needs.contains(&VumTema::FysiskFunktion) {
        (Status::Opfyldt, en(id::FORKL_DOEVBLIND_FYSISK))
    } else if b.svar.vanskeligheder.is_none()
        || needs.iter().any(|t| b.svar.tema(*t).svaert().is_none())
    {
        (Status::IkkeBesvaret, ikke_besvaret())
    } else {
        (Status::IkkeOpfyldt, en(id::FORKL_INGEN_TEMAER))
    };
    b.data(
        "behov-temaer",
        "criteria.needs",
        status,
        besked,
        forkl,
        vec![Spoergsmaal::Vanskeligheder],
    )
}

pub(super) fn vum_kriterium(b: &Bygger, v: &VumKriterium) -> Kriterium {
    let besked = Besked::new(id::KRIT_VUM)
        .med("tema", tema_navn(v.theme))
        .med("tema_id", v.theme.as_str())
        .med("min", v.min_level.to_string())
        .med("max", v.max_level.to_string())
        .med("fra", niveau_navn(v.min_level))
        .med("til", niveau_navn(v.max_level))
        .med(
            "samme",
            if v.min_level == v.max_level {
                "ja"
            } else {
                "nej"
            },
        );
    let niveau_forkl = |key: &'static str, level: u8| {
        Besked::new(key)
            .med("niveau", level.to_string())
            .med("svar", super::super::svar::Niveau::fra_vum(level).as_str())
            .med("tema", tema_navn(v.theme))
            .med("tema_id", v.theme.as_str())
    };
    let (status, mut forkl) = match b.svar.tema(v.theme) {
        Tema::IkkeBesvaret => (Status::IkkeBesvaret, ikke_besvaret()),
        Tema::Valgt(None) => (
            Status::IkkeBesvaret,
            vec![Besked::new(id::FORKL_NIVEAU_UKENDT)
                .med("tema", tema_navn(v.theme))
                .med("tema_id", v.theme.as_str())],
        ),
        t if t.niveau().is_some_and(|level| {
            uklarhed(
                b.s,
                |h| matches!(h, InconsistencyScreener::VumLevels(l) if l.contains(&level)),
            )
            .is_some()
        }) =>
        {
            // The two readings of the source disagree on this level.
            let level = t.niveau().unwrap_or(0);
            let inc = uklarhed(
                b.s,
                |h| matches!(h, InconsistencyScreener::VumLevels(l) if l.contains(&level)),
            )
            .expect("checked in the guard");
            (
                Status::VurderesIndividuelt,
                vec![niveau_forkl(id::FORKL_NIVEAU_UKLAR, level).med("tekst", inc.text)],
            )
        }
        t => {
            let level = t.niveau().unwrap_or(0);
            if level < v.min_level {
                (
                    Status::IkkeOpfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_UNDER, level)],
                )
            } else if level > v.max_level {
                (
                    Status::IkkeOpfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_OVER, level)],
                )
            } else {
                (
                    Status::Opfyldt,
                    vec![niveau_forkl(id::FORKL_NIVEAU_INDEN, level)],
                )
            }
        }
    };
    if let Some(note) = v.note {
        forkl.push(Besked::new(id::FORKL_NOTE).med("tekst", note));
    }
    b.data(
        format!("vum-{}", v.theme.as_str()),
        "criteria.vum",
        status,
        besked,
        forkl,
        vec![Spoergsmaal::Vanskeligheder, Spoergsmaal::Niveau(v.theme)],
    )
}

/// `[[criteria.vum]]` and `vum_rule`. Returns whether a need criterion was added.
pub(super) fn vum(b: &mut Bygger) -> bool {
    let s = b.s;
    let mut krav: Vec<Kriterium> = vec![];
    let mut dele: Vec<Kriterium> = vec![];
    for v in s.criteria.vum {
        let mut k = vum_kriterium(b, v);
        // A range for part of the service only (`part` in the data): shown, not deciding.
        if v.part.is_some() {
            k.rolle = Rolle::Delydelse;
            k.grundlag = Grundlag::Data("criteria.vum.part");
            dele.push(k);
        } else {
            krav.push(k);
        }
    }
    let added = match krav.len() {
        0 => false,
        1 => {
            b.kriterier.extend(krav);
            true
        }
        _ => {
            let statuses: Vec<Status> = krav.iter().map(|k| k.status).collect();
            let mut status = samlet_status(s.criteria.vum_rule, &statuses);
            // The source can also be read with the other rule: where the two readings give
            // "met" and "not met", the municipality assesses.
            let mut group_forkl = vec![];
            if let Some(inc) = uklarhed(s, |h| matches!(h, InconsistencyScreener::VumRule(_))) {
                if let Some(InconsistencyScreener::VumRule(other)) = inc.screener {
                    let alt = samlet_status(other, &statuses);
                    status = match (status, alt) {
                        (a, b) if a == b => a,
                        (Status::Opfyldt, Status::IkkeOpfyldt)
                        | (Status::IkkeOpfyldt, Status::Opfyldt) => {
                            group_forkl.push(kilde_uklar(inc));
                            Status::VurderesIndividuelt
                        }
                        (Status::IkkeBesvaret, _) | (_, Status::IkkeBesvaret) => {
                            Status::IkkeBesvaret
                        }
                        (a, _) => a,
                    };
                }
            }
            let besked_id = match s.criteria.vum_rule {
                VumRegel::Any => id::KRIT_VUM_EN_AF,
                VumRegel::All => id::KRIT_VUM_ALLE,
            };
            let names: Vec<String> = krav
                .iter()
                .map(|k| k.besked.arg("tema").unwrap_or_default().to_string())
                .collect();
            let ids: Vec<String> = krav
                .iter()
                .map(|k| k.besked.arg("tema_id").unwrap_or_default().to_string())
                .collect();
            let og_eller = match s.criteria.vum_rule {
                VumRegel::Any => "eller",
                VumRegel::All => "og",
            };
            let mut questions = vec![Spoergsmaal::Vanskeligheder];
            for k in &krav {
                questions.extend(k.spoergsmaal.iter().skip(1));
            }
            let mut group = b.data(
                "vum",
                "criteria.vum_rule",
                status,
                Besked::new(besked_id)
                    .med("temaer", liste(&names, og_eller))
                    .med("temaer_ids", ids.join(","))
                    .med("og_eller", og_eller),
                group_forkl,
                questions,
            );
            group.detaljer = krav;
            b.kriterier.push(group);
            true
        }
    };
    // Ranges for part of the service come after the requirements.
    b.kriterier.extend(dele);
    added
}

/// `vum_most`: at least `level` in most (more than half) of the themes the screener asks
/// (Gladsaxe, socialpædagogisk ledsagelse: "svære (3) eller fuldstændige (4) problemer inden
/// for hovedparten af temaer").
pub(super) fn vum_hovedparten(b: &Bygger, level: u8) -> Kriterium {
    use super::super::svar::SPURGTE_TEMAER;
    let svar = b.svar;
    let n = SPURGTE_TEMAER.len();
    let themes = SPURGTE_TEMAER.map(|t| svar.tema(t));
    let over = themes
        .iter()
        .filter(|t| t.niveau().is_some_and(|l| l >= level))
        .count();
    let ukendte = themes
        .iter()
        .filter(|t| matches!(t, Tema::Valgt(None)))
        .count();
    let status = if svar.vanskeligheder.is_none() {
        Status::IkkeBesvaret
    } else if over * 2 > n {
        Status::Opfyldt
    } else if (over + ukendte) * 2 > n {
        Status::IkkeBesvaret
    } else {
        Status::IkkeOpfyldt
    };
    let forklaring = if svar.vanskeligheder.is_none() {
        ikke_besvaret()
    } else {
        vec![Besked::new(id::FORKL_HOVEDPARTEN)
            .med("antal", over.to_string())
            .med("ud_af", n.to_string())]
    };
    b.data(
        "vum-hovedparten",
        "criteria.vum_most",
        status,
        Besked::new(id::KRIT_LEDSAGELSE_HOVEDPARTEN),
        forklaring,
        vec![Spoergsmaal::Vanskeligheder],
    )
}

/// Several VUM criteria combined by a rule. A part the municipality assesses (the source
/// is unclear about it) counts as neither met nor not met.
pub(super) fn samlet_status(rule: VumRegel, statuses: &[Status]) -> Status {
    let has = |st: Status| statuses.contains(&st);
    match rule {
        VumRegel::Any if has(Status::Opfyldt) => Status::Opfyldt,
        VumRegel::Any if has(Status::VurderesIndividuelt) => Status::VurderesIndividuelt,
        VumRegel::Any if has(Status::IkkeBesvaret) => Status::IkkeBesvaret,
        VumRegel::Any => Status::IkkeOpfyldt,
        VumRegel::All if has(Status::IkkeOpfyldt) => Status::IkkeOpfyldt,
        VumRegel::All if has(Status::IkkeBesvaret) => Status::IkkeBesvaret,
        VumRegel::All if has(Status::VurderesIndividuelt) => Status::VurderesIndividuelt,
        VumRegel::All => Status::Opfyldt,
    }
}

/// The plain-text exclusions of the data the screener cannot check: shown as reservations,
/// except those a tag or a special rule already checks, and those that say "ret til".
pub(super) fn forbehold(b: &mut Bygger, regler: &[&Saerregel]) {
    let s = b.s;
    let mut covered: Vec<&str> = s
        .criteria
        .exclusion_tags
        .iter()
        .map(|t| match t {
            ExclusionTag::Misbrug => "misbrug",
            ExclusionTag::Sindslidelse => "sindslidelse",
            ExclusionTag::AndreSocialeProblemer => "andre sociale problemer",
            ExclusionTag::FoertidspensionFoer2003 => "førtidspension",
            ExclusionTag::Botilbud => "botilbud",
            ExclusionTag::Folkepension => "folkepension",
        })
        .collect();
    if regler.iter().any(|r| r.id == "s101a-ingen-andre-problemer") {
        covered.push("andre sociale problemer");
    }
    let mut n = 0;
    for text in s.criteria.exclusions {
        let lower = text.to_lowercase();
        if naevner_ret_til(text) || covered.iter().any(|c| lower.contains(c)) {
            continue;
        }
        n += 1;
        let mut k = b.data(
            format!("forbehold-{n}"),
            "criteria.exclusions",
            Status::VurderesIndividuelt,
            Besked::new(id::KRIT_FORBEHOLD).med("tekst", *text),
            vec![],
            vec![],
        );
        k.rolle = Rolle::Forbehold;
        b.kriterier.push(k);
    }
}

/// What might help instead of a service that probably does not fit.
pub(super) fn i_stedet(
    catalog: &'static Catalog,
    kommune: &str,
    alle: &[&'static Kvalitetsstandard],
    y: &Ydelsesvurdering,
    verdicts: &[(&'static str, Vurdering)],
    svar: &Svar,
) -> Vec<Alternativ> {
    let s = y.ydelse;
    let mut paragraphs: Vec<&'static str> = vec![];
    let mut messages: Vec<&'static str> = vec![];
    for k in y.grunde() {
        match k.grundlag {
            Grundlag::Saerregel(rule) => {
                if let Some(r) = SAERREGLER.iter().find(|r| r.id == rule) {
                    paragraphs.extend(r.i_stedet);
                    messages.extend(r.i_stedet_besked);
                }
            }
            _ if k.noegle == "udelukket-botilbud" => {
                paragraphs.extend(BOTILBUD_I_STEDET);
                messages.push(id::ALT_BOTILBUD);
            }
            _ => {}
        }
        let over = k
            .alle()
            .iter()
            .any(|d| d.forklaringer.iter().any(|f| f.id == id::FORKL_NIVEAU_OVER));
        if over {
            paragraphs.extend(VUM_OVER_I_STEDET);
        }
    }
    // The standard's own pointers (`criteria.instead` in the data).
    if !y.grunde().is_empty() {
        paragraphs.extend(s.criteria.instead.iter().copied());
    }
    let verdict = |id: &str| verdicts.iter().find(|(x, _)| *x == id).map(|(_, v)| *v);
    let mut out: Vec<Alternativ> = vec![];
    let mut seen: Vec<&str> = vec![s.id];
    let mut push_service = |out: &mut Vec<Alternativ>, alt: &'static Kvalitetsstandard| {
        if !alle.iter().any(|a| std::ptr::eq(*a, alt)) || seen.contains(&alt.id) {
            return;
        }
        let Some(v) = verdict(alt.id) else { return };
        if v == Vurdering::PasserNokIkke {
            return;
        }
        seen.push(alt.id);
        out.push(Alternativ::Ydelse {
            ydelse: alt,
            vurdering: v,
        });
    };
    // The paragraph in the chosen municipality: its standards, else the law's floor (with
    // its own verdict), else the paragraph's national page.
    let i_kommunen =
        |key: &str| -> Option<(ParagraphInMunicipality, Vec<&'static Kvalitetsstandard>)> {
            let p = catalog.paragraph_in(kommune, key)?;
            let mut services = p.services.clone();
            if services.is_empty() {
                services.extend(p.paragraph.floor);
            }
            Some((p, services))
        };
    for key in paragraphs {
        let Some((p, services)) = i_kommunen(key) else {
            continue;
        };
        let listed = out
            .iter()
            .any(|a| matches!(a, Alternativ::Paragraf(x) if x.key == key));
        if services.is_empty() && !listed {
            out.push(Alternativ::Paragraf(p.paragraph));
        }
        for alt in services {
            push_service(&mut out, alt);
        }
    }
    for alt in catalog.see_also(s) {
        push_service(&mut out, alt);
    }
    // Never leave "what might help instead" empty: advice (§ 81) is for everyone.
    // Help with alcohol is named only to people who mentioned alcohol.
    if svar.socialt(SocialtForhold::Alkohol) != Some(true) {
        messages.retain(|m| *m != id::ALT_ALKOHOL);
    }
    if out.is_empty() && messages.is_empty() {
        if let Some((_, services)) = i_kommunen("81") {
            for alt in services {
                push_service(&mut out, alt);
            }
        }
        if out.is_empty() {
            messages.push(id::ALT_RAADGIVNING);
        }
    }
    for m in messages {
        if !out
            .iter()
            .any(|a| matches!(a, Alternativ::Besked(b) if b.id == m))
        {
            out.push(Alternativ::Besked(Besked::new(m)));
        }
    }
    out
}
