//! The service page: one standard (or the law's floor) with its parts, criteria, cost,
//! facts, law box, contact data and sources.

use super::*;

#[component]
pub fn ServicePage() -> impl IntoView {
    let found = from_address(|p| cat().service(&p("kommune"), &p("id")));
    choose_if_none(move || found().map(|s| s.municipality));
    or_not_found(found, |s| view! { <ServiceView s=s /> })
}

#[component]
pub(super) fn Section(
    id: &'static str,
    heading: &'static str,
    #[prop(optional)] testid: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="service-section" aria-labelledby=id data-testid=testid>
            <h2 id=id>{move || i18n.t(heading)}</h2>
            {children()}
        </section>
    }
}

/// The source conflicts of one part of a service page, if any.
pub(super) fn conflicts(s: &'static Kvalitetsstandard, part: Part) -> impl IntoView {
    let items: Vec<&'static Inconsistency> = s.inconsistencies_in(part).collect();
    (!items.is_empty()).then(|| view! { <SourceConflicts items=items /> })
}

pub(super) fn text_list(items: &'static [&'static str]) -> impl IntoView {
    view! { <ul>{items.iter().map(|t| view! { <li><Linked text=t /></li> }).collect_view()}</ul> }
}

#[component]
pub(super) fn ServiceView(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let m = cat()
        .municipality(s.municipality)
        .expect("a service belongs to a municipality");
    let title = Signal::derive(move || s.title.to_string());
    view! {
        <Breadcrumbs
            parent_href=to("/ydelser")
            parent=Signal::derive(move || i18n.t("nav-services"))
            current=title
            label=Signal::derive(move || i18n.t("breadcrumb-label"))
        />
        <article class="service-page page-narrow" data-testid="service-page">
            <DataHead title=title />
            <ReadAloud target="[data-testid=service-page]" />
            <p class="service-meta">
                {move || i18n.t_with("service-municipality", &[("name", m.name), ("section", s.section)])}
                " · " {law_labels(s)}
            </p>
            <DanishContentNote />
            {s.easy.map(|_| view! { <EasySwitch href=format!("{}/let-dansk", s.path()) easy=false /> })}
            <p class="font-lead"><Linked text=s.summary /></p>
            {conflicts(s, Part::Summary)}

            <Section id="who" heading=tk("service-section-who")><p><Linked text=s.who /></p>{conflicts(s, Part::Who)}</Section>
            <Section id="purpose" heading=tk("service-section-purpose")><p><Linked text=s.purpose /></p>{conflicts(s, Part::Purpose)}</Section>
            <Section id="included" heading=tk("service-section-included")>{text_list(s.included)}{conflicts(s, Part::Included)}</Section>
            {(!s.not_included.is_empty() || s.inconsistencies_in(Part::NotIncluded).next().is_some()).then(|| view! {
                <Section id="not-included" heading=tk("service-section-not-included")>{text_list(s.not_included)}{conflicts(s, Part::NotIncluded)}</Section>
            })}
            <Section id="criteria" heading=tk("service-section-criteria") testid="criteria"><Criteria s=s />{conflicts(s, Part::Criteria)}</Section>
            <Section id="scope" heading=tk("service-section-scope")><p><Linked text=s.scope /></p>{conflicts(s, Part::Scope)}</Section>
            <Section id="place" heading=tk("service-section-place")><p><Linked text=s.place /></p>{conflicts(s, Part::Place)}</Section>
            <Section id="cost" heading=tk("service-section-cost") testid="cost"><Cost s=s />{conflicts(s, Part::Egenbetaling)}</Section>
            <Section id="follow-up" heading=tk("service-section-follow-up")><p><Linked text=s.follow_up /></p>{conflicts(s, Part::FollowUp)}</Section>
            <Section id="free-choice" heading=tk("service-section-free-choice")><p><Linked text=s.free_choice /></p>{conflicts(s, Part::FreeChoice)}</Section>
            <Section id="processing" heading=tk("service-section-processing") testid="processing-time">
                <p>{cat().processing_time_text(s)}</p>
                {conflicts(s, Part::ProcessingTime)}
            </Section>
            <Section id="apply" heading=tk("service-section-apply")>
                <p><Linked text=s.how_to_apply /></p>
                {conflicts(s, Part::HowToApply)}
                <ContactBox m=m />
            </Section>
            {s.elaboration.map(|e| view! {
                <section class="service-section" aria-labelledby="elaboration">
                    <h2 id="elaboration">{e.title}</h2>
                    {e.paragraphs.iter().map(|p| view! { <p><Linked text=p /></p> }).collect_view()}
                    {(!e.list.is_empty()).then(|| text_list(e.list))}
                    {conflicts(s, Part::Elaboration)}
                    <p class="source-note">{move || source_text(i18n.lang.get(), &e.source)}</p>
                </section>
            })}
            {(!s.facts.is_empty()).then(|| view! {
                <Section id="facts" heading=tk("service-section-facts") testid="facts"><FactsTable facts=s.facts.iter().collect() /></Section>
            })}
            <Section id="law" heading=tk("service-section-law")>
                {s.paragraphs.iter().filter_map(|k| cat().paragraph(k)).map(|p| view! { <LawBox p=p /> }).collect_view()}
            </Section>
            {(!s.see_also.is_empty()).then(|| view! {
                <Section id="see-also" heading=tk("service-section-see-also")>
                    <ul>{cat().see_also(s).into_iter().map(|o| view! { <li><A href=to(o.path())>{o.title}</A></li> }).collect_view()}</ul>
                    {conflicts(s, Part::SeeAlso)}
                </Section>
            })}
            <Section id="sources" heading=tk("service-section-sources") testid="sources"><Sources s=s /></Section>
            <p><A href=to("/ydelser")>{move || i18n.t("back-to-services")}</A></p>
        </article>
    }
}

#[component]
pub(super) fn Criteria(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let c = &s.criteria;
    let level = move |n: u8| i18n.t(&format!("vum-level-{n}"));
    view! {
        <p><Linked text=c.text /></p>
        <ul class="criteria-list">
            <li>{move || i18n.t(if c.visitation { "criteria-visitation-yes" } else { "criteria-visitation-no" })}</li>
            {c.anonymous.then(|| view! { <li>{move || i18n.t("criteria-anonymous")}</li> })}
            {c.min_age.map(|a| view! { <li>{move || i18n.t_with("criteria-min-age", &[("age", &a.to_string())])}</li> })}
            {c.max_age.map(|m| {
                let key = match m {
                    MaxAge::Folkepensionsalder => "criteria-max-age-folkepension",
                    MaxAge::FolkepensionsalderMin67 => "criteria-max-age-folkepension-67",
                };
                view! { <li>{move || i18n.t(key)}</li> }
            })}
            {(!c.needs.is_empty()).then(|| {
                let themes = move || c.needs.iter().map(|t| i18n.t(&format!("vum-{}", t.as_str())).to_lowercase()).collect::<Vec<_>>().join(", ");
                view! { <li>{move || i18n.t_with("criteria-needs", &[("themes", &themes())])}</li> }
            })}
        </ul>
        {(!c.vum.is_empty()).then(|| view! {
            <p>{move || i18n.t("criteria-vum-heading")}</p>
            <ul data-testid="vum-criteria">
                {c.vum.iter().map(|v| {
                    let theme = move || i18n.t(&format!("vum-{}", v.theme.as_str()));
                    view! {
                        <li>
                            {move || i18n.t_with("criteria-vum-range", &[("theme", &theme()), ("from", &level(v.min_level)), ("to", &level(v.max_level))])}
                            {v.note.map(|n| view! { <span class="form-hint">" " {n}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(c.vum.len() > 1).then(|| view! {
                <p>{move || i18n.t(match c.vum_rule { VumRegel::Any => "criteria-vum-any", VumRegel::All => "criteria-vum-all" })}</p>
            })}
        })}
        {(!c.exclusions.is_empty()).then(|| view! {
            <p>{move || i18n.t("criteria-exclusions-heading")}</p>
            {text_list(c.exclusions)}
        })}
        <p class="form-hint">{move || i18n.t(if s.is_national() { "floor-criteria-individual" } else { "criteria-individual" })}</p>
    }
}

#[component]
pub(super) fn Cost(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let e = &s.egenbetaling;
    let key = match e.kind {
        Egenbetalingsform::Ingen => "cost-none",
        Egenbetalingsform::Takst => "cost-rate",
        Egenbetalingsform::Individuel => "cost-individual",
    };
    let facts = s.egenbetaling_facts();
    view! {
        <p><strong>{move || i18n.t(key)}</strong></p>
        <p><Linked text=e.text /></p>
        {(!facts.is_empty()).then(|| view! { <FactsTable facts=facts /> })}
        {(!e.self_paid.is_empty()).then(|| view! {
            <p>{move || i18n.t("cost-self-paid")}</p>
            {text_list(e.self_paid)}
        })}
    }
}

#[component]
pub(super) fn FactsTable(facts: Vec<&'static Fact>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap">
            <table class="table table--compact facts-table stack-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("facts-what")}</th>
                        <th scope="col">{move || i18n.t("facts-value")}</th>
                        <th scope="col">{move || i18n.t("facts-year")}</th>
                        <th scope="col">{move || i18n.t("facts-source")}</th>
                    </tr>
                </thead>
                <tbody>
                    {facts.into_iter().map(|f| view! {
                        <tr>
                            <td data-label=move || i18n.t("facts-what")>{f.label}</td>
                            <td class="nowrap" data-label=move || i18n.t("facts-value")>{f.display()}</td>
                            <td data-label=move || i18n.t("facts-year")>{move || fact_year_text(i18n.lang.get(), f)}</td>
                            <td data-label=move || i18n.t("facts-source")>{move || source_text(i18n.lang.get(), &f.source)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub(super) fn LawBox(p: &'static Paragraph) -> impl IntoView {
    let i18n = use_i18n();
    let kind = match p.kind {
        Pligt::Skal => "law-kind-skal",
        Pligt::Kan => "law-kind-kan",
        Pligt::IkkeOplyst => "law-kind-ikke-oplyst",
    };
    let complaint = match p.complaint {
        Klageadgang::Ankestyrelsen => "law-complaint-ankestyrelsen",
        Klageadgang::IngenKlage => "law-complaint-ingen-klage",
        Klageadgang::Delvis => "law-complaint-delvis",
        Klageadgang::Uafklaret => "law-complaint-uafklaret",
        Klageadgang::IkkeOplyst => "law-complaint-ikke-oplyst",
    };
    // Which version of the law the link opens: the document it is built on, if any.
    let version = p.url_document.and_then(|d| cat().document(d));
    let read = move || match version {
        Some(d) => {
            let year = d.year.map(|y| y.to_string()).unwrap_or_default();
            i18n.t_with(
                "law-read-version",
                &[("label", p.label), ("document", d.title), ("year", &year)],
            )
        }
        None => i18n.t_with("law-read", &[("label", p.label)]),
    };
    view! {
        <div class="law-box">
            <h3>{format!("{} – {}", p.label, p.title)}</h3>
            <p><Linked text=p.plain /></p>
            <ul>
                <li>{move || i18n.t(kind)}</li>
                <li>{move || i18n.t(complaint)} {p.complaint_note.map(|n| view! { " " {n} })}</li>
            </ul>
            <SourceConflicts items=p.inconsistencies.iter().collect() />
            <p><a href=p.url rel="noopener noreferrer">{read}</a></p>
        </div>
    }
}

#[component]
pub fn ContactBox(m: &'static Municipality) -> impl IntoView {
    let i18n = use_i18n();
    if !m.own_data {
        return view! {
            <div class="contact-box" data-testid="contact-box">
                <h3>{move || i18n.t_with("contact-municipality", &[("name", m.name)])}</h3>
                <NoDataContact />
            </div>
        }
        .into_any();
    }
    view! {
        <div class="contact-box" data-testid="contact-box">
            <h3>{move || i18n.t_with("contact-municipality", &[("name", m.name)])}</h3>
            {m.department.map(|d| view! { <p>{d}</p> })}
            {(!m.address.is_empty()).then(|| view! {
                <p><span class="sr-only">{move || i18n.t("contact-address")} ": "</span>
                {m.address.iter().map(|l| view! { {*l} <br /> }).collect_view()}</p>
            })}
            {(m.phone.is_none() && m.email.is_none() && m.website.is_none()).then(|| view! {
                <p>{move || i18n.t("contact-none")}</p>
            })}
            <dl class="contact-list">
                {m.phone.map(|ph| view! {
                    <dt>{move || i18n.t("contact-phone")}</dt>
                    <dd><a href=format!("tel:{}", ph.replace(' ', ""))>{ph}</a></dd>
                })}
                {m.email.map(|e| view! {
                    <dt>{move || i18n.t("contact-email")}</dt>
                    <dd><a href=format!("mailto:{e}")>{e}</a></dd>
                })}
                {m.website.map(|w| view! {
                    <dt>{move || i18n.t("contact-website")}</dt>
                    <dd><a href=w rel="noopener noreferrer">{w.trim_start_matches("https://")}</a></dd>
                })}
            </dl>
            {(!m.phone_hours.is_empty()).then(|| view! {
                <h4>{move || i18n.t("contact-hours")}</h4>
                <ul>{m.phone_hours.iter().map(|h| view! { <li>{h.who} ": " {h.when}</li> }).collect_view()}</ul>
            })}
            <p class="form-hint">{move || i18n.t_with("contact-source", &[("source", &source_text(i18n.lang.get(), &m.source))])}</p>
        </div>
    }
    .into_any()
}

/// A municipality without data of its own: the portal says plainly what it lacks, that
/// what it shows is the law, and how to reach the municipality (never an invented phone
/// number, address, phone hours or processing time).
#[component]
pub fn NoDataNotice(
    m: &'static Municipality,
    /// `false` where a contact box below says how to reach the municipality.
    #[prop(default = true)]
    with_contact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="alert alert-info" data-testid="no-data-notice">
            <div class="alert-body">
                <h2 class="alert-heading">{move || i18n.t_with("no-data-heading", &[("name", m.name)])}</h2>
                <p class="alert-text">{move || i18n.t_with("no-data-text", &[("name", m.name)])}</p>
                {with_contact.then(|| view! { <NoDataContact /> })}
            </div>
        </div>
    }
}

/// How to reach a municipality the portal has no contact data for, and the rule on
/// processing times (retssikkerhedsloven § 3, stk. 2).
#[component]
pub fn NoDataContact() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p data-testid="no-data-contact">{move || i18n.t("no-data-contact")}</p>
        <p>{move || i18n.t("no-data-processing")}</p>
    }
}

#[component]
pub(super) fn Sources(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let part_key = |p: Part| -> String {
        let k = format!("part-{}", p.as_str());
        if crate::ui::i18n::translate(Lang::Da, &k) == k {
            "part-other".to_string()
        } else {
            k
        }
    };
    view! {
        <ul class="sources-list">
            <li>
                <strong>{move || i18n.t("part-default")} ": "</strong>
                {move || source_text(i18n.lang.get(), &s.source)}
            </li>
            {s.sources.iter().map(|(part, src)| {
                let k = part_key(*part);
                view! {
                    <li>
                        <strong>{move || i18n.t(&k)} ": "</strong>
                        {move || source_text(i18n.lang.get(), src)}
                    </li>
                }
            }).collect_view()}
            {s.elaboration.map(|e| view! {
                <li>
                    <strong>{move || i18n.t("part-elaboration")} ": "</strong>
                    {move || source_text(i18n.lang.get(), &e.source)}
                </li>
            })}
            {s.paragraphs.iter().filter_map(|k| cat().paragraph(k)).map(|p| view! {
                <li><strong>{p.label} ": "</strong>{move || source_text(i18n.lang.get(), &p.source)}</li>
            }).collect_view()}
        </ul>
    }
}
