//! The national paragraph page, the general pages (with the processing-time table) and
//! the glossary.

use super::*;

#[component]
pub fn ParagraphPage() -> impl IntoView {
    let found = from_address(|p| {
        let m = cat().municipality(&p("kommune"))?;
        Some((m, cat().paragraph_in(m.id, &p("key"))?))
    });
    choose_if_none(move || found().map(|(m, _)| m.id));
    or_not_found(found, |(m, pm)| {
        let i18n = use_i18n();
        let p = pm.paragraph;
        let title = Signal::derive(move || format!("{} – {}", p.label, p.title));
        view! {
            <article class="page-narrow" data-testid="paragraph-page">
                <DataHead title=title />
                <ReadAloud target="[data-testid=paragraph-page]" />
                <DanishContentNote />
                {p.easy.map(|_| view! { <EasySwitch href=format!("/ydelser/{}/paragraf/{}/let-dansk", m.id, p.key) easy=false /> })}
                {(!m.own_data).then(|| view! { <NoDataNotice m=m with_contact=false /> })}
                {(pm.own_level_missing() && m.own_data).then(|| view! {
                    <div class="alert alert-info"><div class="alert-body"><p class="alert-text">
                        {move || i18n.t_with("law-no-standard", &[("name", m.name)])}
                    </p></div></div>
                })}
                <p class="font-lead"><Linked text=p.national /></p>
                {p.floor.filter(|_| pm.own_level_missing()).map(|f| view! { <FloorView f=f /> })}
                {(!pm.services.is_empty()).then(|| view! {
                    <ul>{pm.services.clone().into_iter().map(|s| view! { <li><A href=to(s.path())>{s.title}</A></li> }).collect_view()}</ul>
                })}
                <LawBox p=p />
                {(!p.facts.is_empty()).then(|| view! {
                    <h2>{move || i18n.t("service-section-facts")}</h2>
                    <FactsTable facts=p.facts.iter().collect() />
                })}
                <ContactBox m=m />
                <h2>{move || i18n.t("service-section-sources")}</h2>
                <p>{move || source_text(i18n.lang.get(), &p.source)}</p>
                <p><A href=to("/ydelser")>{move || i18n.t("back-to-services")}</A></p>
            </article>
        }
    })
}

/// The law's own criteria for a paragraph (the national floor), where the municipality has
/// no standard: who it is for, how the municipality assesses, what it costs, how to ask.
#[component]
pub(super) fn FloorView(f: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let src = move |part: Part| source_text(i18n.lang.get(), f.source_of(part));
    view! {
        <section class="service-section" aria-labelledby="floor-who" data-testid="floor">
            <h2 id="floor-who">{move || i18n.t("service-section-who")}</h2>
            <p><Linked text=f.who /></p>
            <p class="source-note">{move || src(Part::Who)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-criteria">
            <h2 id="floor-criteria">{move || i18n.t("service-section-criteria")}</h2>
            <Criteria s=f />
            <p class="source-note">{move || src(Part::Criteria)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-cost">
            <h2 id="floor-cost">{move || i18n.t("service-section-cost")}</h2>
            <p><Linked text=f.egenbetaling.text /></p>
            {(!f.facts.is_empty() && f.egenbetaling.kind == Egenbetalingsform::Takst).then(|| view! {
                <p>{move || i18n.t("floor-cost-facts")}</p>
            })}
            <p class="source-note">{move || src(Part::Egenbetaling)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-apply">
            <h2 id="floor-apply">{move || i18n.t("service-section-apply")}</h2>
            <p><Linked text=f.how_to_apply /></p>
            <p class="source-note">{move || src(Part::HowToApply)}</p>
        </section>
    }
}

// ---------------------------------------------------------------- general pages, glossary

#[component]
pub fn GuidePage() -> impl IntoView {
    let chosen = use_chosen();
    let found = from_address(|p| cat().page(&p("id")));
    or_not_found(found, move |page| {
        let i18n = use_i18n();
        let title = Signal::derive(move || page.title.to_string());
        view! {
            <article class="page-narrow" data-testid="guide-page">
                <DataHead title=title />
                <ReadAloud target="[data-testid=guide-page]" />
                <DanishContentNote />
                {(!page.easy.is_empty()).then(|| view! { <EasySwitch href=format!("/vejledning/{}/let-dansk", page.id) easy=false /> })}
                <p class="font-lead"><Linked text=page.summary /></p>
                {page.sections.iter().map(|sec| view! {
                    <section class="service-section">
                        <h2>{sec.heading}</h2>
                        {sec.paragraphs.iter().map(|p| view! { <p><Linked text=p /></p> }).collect_view()}
                        {(!sec.list.is_empty()).then(|| text_list(sec.list))}
                        <p class="source-note">{move || source_text(i18n.lang.get(), &sec.source)}</p>
                    </section>
                }).collect_view()}
                {(page.id == "sagsbehandlingstider").then(|| view! { <ProcessingTimes chosen=chosen.municipality /> })}
                {(!page.facts.is_empty()).then(|| view! {
                    <h2>{move || i18n.t("service-section-facts")}</h2>
                    <FactsTable facts=page.facts.iter().collect() />
                })}
            </article>
        }
    })
}

#[component]
pub(super) fn ProcessingTimes(chosen: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Some(m) = chosen.get().and_then(|id| cat().municipality(&id)) else {
            return view! { <MunicipalityPicker id="guide-municipality" /> }.into_any();
        };
        if m.processing_times.is_empty() {
            return view! { <p>{i18n.t_with("processing-times-none", &[("name", m.name)])}</p> }
                .into_any();
        }
        view! {
            <h2>{i18n.t_with("processing-times-heading", &[("name", m.name)])}</h2>
            <div class="table-wrap">
                <table class="table table--compact stack-table" data-testid="processing-times">
                    <thead><tr>
                        <th scope="col">{i18n.t("processing-times-what")}</th>
                        <th scope="col">{i18n.t("processing-times-time")}</th>
                    </tr></thead>
                    <tbody>
                        {m.processing_times.iter().map(|pt| view! {
                            <tr><td data-label=i18n.t("processing-times-what")>{pt.label}</td><td data-label=i18n.t("processing-times-time")>{pt.text()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="source-note">{source_text(i18n.lang.get(), &m.processing_times[0].source)}</p>
        }
        .into_any()
    }
}

#[component]
pub fn Glossary() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageTitle text=move || i18n.t("glossary-title") />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t("glossary-heading")}</h1>
            <P key=tk("glossary-lead") class="font-lead" />
            <DanishContentNote />
            <dl class="glossary">
                {cat().glossary.iter().map(|t| view! {
                    <dt id=t.id>{t.term}</dt>
                    <dd>
                        <Linked text=t.plain except=t.id />
                        <span class="source-note">" (" {move || source_text(i18n.lang.get(), &t.source)} ")"</span>
                    </dd>
                }).collect_view()}
            </dl>
        </div>
    }
}
