//! Form fields (the GOV.UK / DKFDS patterns): a text field, a radio group, a checkbox list
//! and a single checkbox, each with its label or legend, an optional hint and the field's
//! own error message, and the question heading with its step caption.
//!
//! Every field follows the same order: label (or legend), hint, error message, control.
//! The message stands above the control (a screen magnifier user sees it before the field)
//! and starts with a hidden "Fejl:". The control (or the fieldset) names the hint and the
//! message in `aria-describedby` (`{id}-hint`, `{id}-error`) and a text field says
//! `aria-invalid="true"` while it has a message. The group gets `form-error` (the red bar).
//! The message is the same text as the error summary's link to the field.
//!
//! **TextInput** — use for one line of text: a name, an amount (`suffix` "kr."), a whole
//! number (`inputmode="numeric"`), a date (`input_type="date"`). Don't use it for a choice
//! among known answers (radios) nor for several lines (see `Field` with a `<textarea>`).
//!
//! **Field** — the frame of a text field (label, hint, message) around a control the page
//! makes itself, for what `TextInput` does not do (a `<textarea>` with a character count).
//! Give the control `id`, and `aria-describedby` from [`described_by`].
//!
//! **Choices** (radios) — use for exactly one answer among a few known ones (two to about ten),
//! always in a fieldset with a legend. Don't use it when several answers may be chosen
//! (checkboxes), nor for a long list (a select).
//!
//! **Choices** with `multiple` (checkboxes) — use when any number of the options may be chosen, in a fieldset with a
//! legend. An option that stands alone ("Intet af dette") comes after `divider` ("eller");
//! the page's change handler unticks the others. **Checkbox** — one checkbox outside a
//! fieldset ("Ved ikke" under a text field); don't use it for a question of its own (radios
//! "Ja"/"Nej" say what no answer means).
//!
//! **QuestionHeading** — the page's `<h1>` with the step caption above it ("Del 2 af 4",
//! "Trin 3 af 6"), on a question page or a step of a form that goes page by page. The
//! fields take the same caption (`caption`) when their label or legend is the page's
//! heading (one question per page). Don't use it on pages that are not steps.
//!
//! **MunicipalitySelect** — a select of Denmark's 98 municipalities (Danish alphabetical
//! order, a first empty option "Vælg …"): the header's picker, Find hjælp's municipality
//! question and Ansøgning's. The options are one HTML string (`inner_html`) with the choice
//! `selected` when they are built; one `prop:value` follows later changes (no reactive
//! binding per option, no 99 elements built one by one from the wasm). Use a select only for
//! a long list like this one; a handful of answers are radios (`Choices`).

use crate::ui::i18n::use_i18n;
use crate::ui::shell::MAIN_HEADING_ID;
use leptos::prelude::*;

/// The id of the hint of the field `id`.
pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// The id of the error message of the field `id`.
pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// `aria-describedby` of the field `id`: its hint and its message, when there are any.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = vec![];
    if hint {
        ids.push(hint_id(id));
    }
    if error {
        ids.push(error_id(id));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn group_class(extra: &'static str, error: bool) -> String {
    let mut class = String::from("form-group");
    if error {
        class.push_str(" form-error");
    }
    if !extra.is_empty() {
        class.push(' ');
        class.push_str(extra);
    }
    class
}

/// The field's message (nothing while `error` is `None`): `{id}-error`, "Fejl:" hidden in
/// front.
#[component]
pub fn ErrorMessage(
    /// The field's id (or the group's name).
    id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|text| {
            view! {
                <span class="form-error-message" id=error_id(&id)>
                    <span class="sr-only">{i18n.t("form-error-prefix")} " "</span>
                    {text}
                </span>
            }
        })
    }
}

/// The hint under a label or legend: a sentence, or a sentence and a list.
fn hint_view(id: &str, hint: MaybeProp<String>, list: MaybeProp<Vec<String>>) -> impl IntoView {
    let id = hint_id(id);
    move || {
        hint.get().map(|hint| match list.get() {
            None => view! { <span class="form-hint" id=id.clone()>{hint}</span> }.into_any(),
            Some(list) => view! {
                <div class="form-hint" id=id.clone()>
                    <p>{hint}</p>
                    <ul>{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        })
    }
}

/// The page's `<h1>` with the step caption above it.
#[component]
pub fn QuestionHeading(
    #[prop(into)] caption: Signal<String>,
    /// Left out of the printed page (the caption only).
    #[prop(optional)]
    no_print: bool,
    children: Children,
) -> impl IntoView {
    let class = if no_print {
        "fh-step ans-no-print"
    } else {
        "fh-step"
    };
    view! {
        <h1 id=MAIN_HEADING_ID tabindex="-1" class="fh-heading">
            <span class=class>{move || caption.get()}</span>
            {children()}
        </h1>
    }
}

/// The frame of a text field around the page's own control (the children).
#[component]
pub fn Field(
    /// The control's id.
    id: String,
    #[prop(into)] label: Signal<String>,
    /// The label is the page's `<h1>`, with this step caption (one question per page).
    #[prop(optional_no_strip, into)]
    caption: Option<Signal<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// Points to look at, listed under the hint.
    #[prop(optional, into)]
    hint_list: MaybeProp<Vec<String>>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Extra class of the group.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let for_id = id.clone();
    let label_view = match caption {
        Some(caption) => view! {
            <QuestionHeading caption=caption>
                <label class="fh-heading-label" for=for_id>{move || label.get()}</label>
            </QuestionHeading>
        }
        .into_any(),
        None => {
            view! { <label class="form-label" for=for_id>{move || label.get()}</label> }.into_any()
        }
    };
    view! {
        <div class=move || group_class(class, error.with(Option::is_some))>
            {label_view}
            {hint_view(&id, hint, hint_list)}
            <ErrorMessage id=id.clone() error=error />
            {children()}
        </div>
    }
}

/// A one-line text field in its frame.
#[component]
pub fn TextInput(
    id: String,
    #[prop(into)] label: Signal<String>,
    /// The label is the page's `<h1>`, with this step caption (one question per page).
    #[prop(optional_no_strip, into)]
    caption: Option<Signal<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// "text" (the default), "date", "email", "tel".
    #[prop(optional, into)]
    input_type: MaybeProp<&'static str>,
    /// "decimal" for an amount, "numeric" for a whole number.
    #[prop(optional, into)]
    inputmode: MaybeProp<&'static str>,
    /// "off" unless given ("given-name", "email", …).
    #[prop(optional, into)]
    autocomplete: MaybeProp<&'static str>,
    /// `maxlength`, if any.
    #[prop(optional)]
    maxlength: Option<usize>,
    /// Extra class of the input (its width).
    #[prop(optional)]
    input_class: &'static str,
    /// A unit after the field ("kr.", "år"); screen readers get it from the label.
    #[prop(optional, into)]
    suffix: MaybeProp<String>,
    /// A note under the field that follows other input (read out when it changes).
    #[prop(optional, into)]
    note: MaybeProp<String>,
    /// Extra class of the group.
    #[prop(optional)]
    class: &'static str,
    /// After the field, inside its group (a "Ved ikke" checkbox).
    #[prop(optional, into)]
    after: ViewFn,
    /// Called with the pasted text's event (before the browser inserts it).
    #[prop(optional)]
    on_paste: Option<Callback<leptos::ev::ClipboardEvent>>,
) -> impl IntoView {
    let input_class = if input_class.is_empty() {
        "form-input".to_string()
    } else {
        format!("form-input {input_class}")
    };
    let id_d = id.clone();
    let input = view! {
        <input
            type=move || input_type.get().unwrap_or("text")
            class=input_class
            id=id.clone()
            name=id.clone()
            inputmode=move || inputmode.get()
            maxlength=maxlength
            autocomplete=move || autocomplete.get().unwrap_or("off")
            spellcheck="false"
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            aria-describedby=move || {
                described_by(&id_d, hint.get().is_some(), error.with(Option::is_some))
            }
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
            on:paste=move |ev| {
                if let Some(f) = on_paste {
                    f.run(ev)
                }
            }
        />
    };
    // A unit after the field ("kr."): the wrapper is there when the field is made with one.
    let control = if suffix.get_untracked().is_some() {
        view! {
            <div class="form-input-wrapper form-input-wrapper--suffix">
                {input}
                <div class="form-input-suffix" aria-hidden="true">{move || suffix.get()}</div>
            </div>
        }
        .into_any()
    } else {
        input.into_any()
    };
    let note = move || {
        note.get()
            .map(|s| view! { <p class="field-note" aria-live="polite">{s}</p> })
    };
    view! {
        <Field id=id label=label caption=caption hint=hint error=error class=class>
            {control}
            {note}
            {after.run()}
        </Field>
    }
}

/// One option of a radio group or a checkbox list.
#[derive(Clone)]
pub struct Choice {
    /// The element's id (the error summary links to the first option's).
    pub id: String,
    /// The form value.
    pub value: String,
    pub label: Signal<String>,
    /// Explains the option (under its label).
    pub hint: Option<Signal<String>>,
    /// A word before the option ("eller"), for an option that stands alone.
    pub divider: Option<Signal<String>>,
    pub checked: Signal<bool>,
    /// Called with the new state (a radio: always `true`).
    pub on_change: Callback<bool>,
}

impl Choice {
    pub fn new(
        id: impl Into<String>,
        value: impl Into<String>,
        label: impl Into<Signal<String>>,
        checked: impl Into<Signal<bool>>,
        on_change: impl Fn(bool) + Send + Sync + 'static,
    ) -> Self {
        Choice {
            id: id.into(),
            value: value.into(),
            label: label.into(),
            hint: None,
            divider: None,
            checked: checked.into(),
            on_change: Callback::new(on_change),
        }
    }

    /// With a hint under the label.
    pub fn hint(mut self, hint: impl Into<Signal<String>>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// After a divider word ("eller").
    pub fn divider(mut self, word: impl Into<Signal<String>>) -> Self {
        self.divider = Some(word.into());
        self
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Radio,
    Checkbox,
}

fn choice_view(kind: Kind, name: &str, c: Choice) -> impl IntoView {
    let (typ, group, input_class) = match kind {
        Kind::Radio => ("radio", "form-group-radio", "form-radio"),
        Kind::Checkbox => ("checkbox", "form-group-checkbox", "form-checkbox"),
    };
    let Choice {
        id,
        value,
        label,
        hint,
        divider,
        checked,
        on_change,
    } = c;
    let hint_el = hint.map(|h| {
        view! { <span class="form-hint choice-hint" id=hint_id(&id)>{move || h.get()}</span> }
    });
    let divider = divider.map(|d| view! { <p class="fh-divider">{move || d.get()}</p> });
    view! {
        {divider}
        <div class=group>
            <input
                type=typ
                class=input_class
                name=name.to_string()
                id=id.clone()
                value=value
                aria-describedby=hint.map(|_| hint_id(&id))
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
            {hint_el}
        </div>
    }
}

/// The props of a radio group or checkbox list.
struct Group {
    name: String,
    legend: Signal<String>,
    caption: Option<Signal<String>>,
    hint: MaybeProp<String>,
    error: Signal<Option<String>>,
    choices: Vec<Choice>,
    class: &'static str,
}

fn choice_group(kind: Kind, g: Group) -> impl IntoView {
    let Group {
        name,
        legend,
        caption,
        hint,
        error,
        choices,
        class,
    } = g;
    let legend_view = match caption {
        Some(caption) => view! {
            <legend class="fh-legend">
                <QuestionHeading caption=caption>
                    <span class="fh-heading-text">{move || legend.get()}</span>
                </QuestionHeading>
            </legend>
        }
        .into_any(),
        None => view! { <legend class="form-label">{move || legend.get()}</legend> }.into_any(),
    };
    let name_d = name.clone();
    let items = choices
        .into_iter()
        .map(|c| choice_view(kind, &name, c))
        .collect_view();
    view! {
        <div class=move || group_class(class, error.with(Option::is_some))>
            <fieldset aria-describedby=move || described_by(&name_d, hint.get().is_some(), error.with(Option::is_some))>
                {legend_view}
                {hint_view(&name, hint, MaybeProp::default())}
                <ErrorMessage id=name.clone() error=error />
                <div class="fh-options">{items}</div>
            </fieldset>
        </div>
    }
}

/// A radio group (exactly one answer), or with `multiple` a checkbox list (any number).
#[component]
pub fn Choices(
    /// The group's name (and the id prefix of its hint and message).
    name: String,
    #[prop(into)] legend: Signal<String>,
    /// The legend is the page's `<h1>`, with this step caption (one question per page).
    #[prop(optional_no_strip, into)]
    caption: Option<Signal<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    choices: Vec<Choice>,
    /// Checkboxes instead of radios.
    #[prop(optional)]
    multiple: bool,
    /// Extra class of the group.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let kind = if multiple {
        Kind::Checkbox
    } else {
        Kind::Radio
    };
    choice_group(
        kind,
        Group {
            name,
            legend,
            caption,
            hint,
            error,
            choices,
            class,
        },
    )
}

/// One checkbox outside a fieldset.
#[component]
pub fn Checkbox(name: String, choice: Choice) -> impl IntoView {
    view! { <div class="fh-options">{choice_view(Kind::Checkbox, &name, choice)}</div> }
}

/// The options of a municipality select as HTML: the empty first option (`placeholder`) and
/// every municipality by name, `chosen` (an id, or "" for none) selected.
pub fn municipality_options_html(placeholder: &str, chosen: &str) -> String {
    use crate::ui::shell::escape_html;
    let selected = |on: bool| if on { " selected" } else { "" };
    let mut html = format!(
        r#"<option value=""{}>{}</option>"#,
        selected(chosen.is_empty()),
        escape_html(placeholder)
    );
    for m in crate::domain::content::municipalities_by_name() {
        html.push_str(&format!(
            r#"<option value="{}"{}>{}</option>"#,
            escape_html(m.id),
            selected(m.id == chosen),
            escape_html(m.name)
        ));
    }
    html
}

/// A select of Denmark's 98 municipalities (see the module's notes). Put it in a `Field`
/// (or next to its own label) with the same `id`.
#[component]
pub fn MunicipalitySelect(
    /// The select's id (the label's `for`).
    #[prop(into)]
    id: String,
    /// The form name.
    #[prop(into)]
    name: String,
    /// The Fluent id of the empty first option ("Vælg kommune").
    placeholder: &'static str,
    /// The chosen municipality's id ("" for none).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the id chosen ("" for the empty option).
    on_choose: Callback<String>,
    /// The ids of the hint and the message (`aria-describedby`), if the field has them.
    #[prop(optional, into)]
    described_by: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <select
            class="form-select"
            id=id
            name=name
            aria-describedby=move || described_by.and_then(|d| d.get())
            on:change=move |ev| on_choose.run(event_target_value(&ev))
            prop:value=move || value.get()
            // 99 options as one string: the browser parses them in one go (building them
            // one by one from the wasm was the biggest part of a step that shows the select,
            // issue 15), and hydration does not walk them. The language's placeholder is the
            // only reactive part; the current choice is read when they are (re)built.
            inner_html=move || municipality_options_html(&i18n.t(placeholder), &value.get_untracked())
        ></select>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::{assert_contains, assert_lacks};

    fn render<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
        crate::ui::components::render_html("/", f)
    }

    fn err(text: Option<&str>) -> Signal<Option<String>> {
        Signal::stored(text.map(str::to_string))
    }

    /// The opening tag of the element with this id.
    fn tag<'a>(html: &'a str, id: &str) -> &'a str {
        let at = html
            .find(&format!("id=\"{id}\""))
            .unwrap_or_else(|| panic!("#{id} in {html}"));
        let start = html[..at].rfind('<').unwrap();
        &html[start..at + html[at..].find('>').unwrap() + 1]
    }

    #[test]
    fn a_text_field_has_label_hint_and_message_above_the_input() {
        let html = render(|| {
            view! {
                <TextInput
                    id="beloeb".to_string()
                    label="Din indtægt".to_string()
                    hint="Før skat".to_string()
                    error=err(Some("Skriv et beløb"))
                    value="12x".to_string()
                    on_input=Callback::new(|_| ())
                    inputmode="decimal"
                    suffix="kr.".to_string()
                />
            }
        });
        assert!(
            html.contains("<label for=\"beloeb\" class=\"form-label\">Din indtægt</label>"),
            "{html}"
        );
        let (hint, msg, input) = (
            html.find("id=\"beloeb-hint\"").unwrap(),
            html.find("id=\"beloeb-error\"").unwrap(),
            html.find("<input").unwrap(),
        );
        assert!(hint < msg && msg < input, "{html}");
        let input = tag(&html, "beloeb");
        assert_contains(
            input,
            &[
                "aria-describedby=\"beloeb-hint beloeb-error\"",
                "aria-invalid=\"true\"",
                "inputmode=\"decimal\"",
                "autocomplete=\"off\"",
            ],
        );
        assert_contains(
            &html,
            &[
                "form-group form-error",
                "<span class=\"sr-only\">Fejl: </span>Skriv et beløb",
                "<div aria-hidden=\"true\" class=\"form-input-suffix\">kr.</div>",
            ],
        );
    }

    #[test]
    fn a_text_field_without_error_is_not_invalid() {
        let html = render(|| {
            view! {
                <TextInput
                    id="navn".to_string()
                    label="Navn".to_string()
                    error=err(None)
                    value=String::new()
                    on_input=Callback::new(|_| ())
                    autocomplete="given-name"
                />
            }
        });
        let input = tag(&html, "navn");
        assert_lacks(input, &["aria-invalid", "aria-describedby"]);
        assert!(input.contains("autocomplete=\"given-name\""), "{input}");
        assert!(!html.contains("form-error"), "{html}");
    }

    #[test]
    fn a_label_can_be_the_page_heading_with_its_step() {
        let html = render(|| {
            view! {
                <TextInput
                    id="alder".to_string()
                    label="Hvor gammel er du?".to_string()
                    caption=Signal::stored("Del 1 af 4".to_string())
                    error=err(None)
                    value=String::new()
                    on_input=Callback::new(|_| ())
                />
            }
        });
        let h1 = html.find("<h1").expect("a heading");
        assert!(html[h1..].find("Del 1 af 4").unwrap() < html[h1..].find("<label").unwrap());
        assert!(
            html.contains("class=\"fh-heading-label\">Hvor gammel er du?</label></h1>"),
            "{html}"
        );
    }

    fn choices() -> Vec<Choice> {
        vec![
            Choice::new("hvem-0", "mig", "Mig selv".to_string(), true, |_| ()),
            Choice::new("hvem-1", "anden", "En anden".to_string(), false, |_| ())
                .hint("Fx din mor".to_string()),
        ]
    }

    #[test]
    fn radios_are_a_fieldset_with_a_legend_and_the_message() {
        let html = render(|| {
            view! {
                <Choices
                    name="hvem".to_string()
                    legend="Hvem svarer du for?".to_string()
                    hint="Vælg én".to_string()
                    error=err(Some("Vælg en"))
                    choices=choices()
                />
            }
        });
        assert_contains(
            &html,
            &[
                "<fieldset aria-describedby=\"hvem-hint hvem-error\">",
                "<legend class=\"form-label\">Hvem svarer du for?</legend>",
            ],
        );
        assert_eq!(html.matches("type=\"radio\"").count(), 2, "{html}");
        assert_eq!(html.matches("name=\"hvem\"").count(), 2, "{html}");
        assert!(html.find("hvem-error").unwrap() < html.find("<input").unwrap());
        // An option's hint is named by its input.
        assert!(
            tag(&html, "hvem-1").contains("aria-describedby=\"hvem-1-hint\""),
            "{html}"
        );
        assert!(
            html.contains("<label for=\"hvem-1\">En anden</label>"),
            "{html}"
        );
    }

    #[test]
    fn checkboxes_and_a_legend_that_is_the_page_heading() {
        let html = render(|| {
            let mut c = choices();
            c[1] = c[1].clone().divider("eller".to_string());
            view! {
                <Choices
                    multiple=true
                    name="svaer".to_string()
                    legend="Hvad er svært?".to_string()
                    caption=Signal::stored("Del 2 af 4".to_string())
                    choices=c
                />
            }
        });
        assert_eq!(html.matches("type=\"checkbox\"").count(), 2, "{html}");
        assert_contains(
            &html,
            &[
                "<legend class=\"fh-legend\"><h1",
                "<span class=\"fh-step\">Del 2 af 4</span>",
            ],
        );
        assert!(html.find("fh-divider").unwrap() < html.find("id=\"hvem-1\"").unwrap());
        assert_lacks(&html, &["form-error", "<fieldset aria-describedby"]);
    }

    #[test]
    fn a_message_is_text_never_markup() {
        let html = render(|| {
            view! { <ErrorMessage id="x".to_string() error=err(Some("<b>x</b>")) /> }
        });
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn municipality_select_lists_all_98_by_name_with_the_choice_selected() {
        let html = render(|| {
            view! {
                <MunicipalitySelect
                    id="k"
                    name="kommune"
                    placeholder="municipality-choose"
                    value="viborg".to_string()
                    on_choose=Callback::new(|_: String| {})
                    described_by=Signal::stored(Some("k-error".to_string()))
                />
            }
        });
        assert_contains(
            &html,
            &[r#"<select id="k" name="kommune" aria-describedby="k-error" class="form-select">"#],
        );
        // The placeholder and Denmark's 98 municipalities.
        assert_eq!(html.matches("<option").count(), 99, "{html}");
        assert_contains(&html, &[r#"<option value="">Vælg kommune</option>"#]);
        // Only the chosen one is selected.
        assert_eq!(html.matches("selected").count(), 1, "{html}");
        assert_contains(
            &html,
            &[r#"<option value="viborg" selected>Viborg Kommune</option>"#],
        );
        // Danish alphabetical order: Aabenraa, Aalborg and Aarhus come last (Aa = Å).
        let pos = |name: &str| {
            html.find(&format!(">{name}<"))
                .unwrap_or_else(|| panic!("{name}"))
        };
        assert!(pos("Albertslund Kommune") < pos("Gladsaxe Kommune"));
        assert!(
            pos("Ærø Kommune") < pos("Aabenraa Kommune")
                && pos("Aalborg Kommune") < pos("Aarhus Kommune")
        );

        // Nothing chosen: the empty option is selected; no aria-describedby without ids.
        let none = render(|| {
            view! {
                <MunicipalitySelect id="h" name="kommune" placeholder="municipality-choose" value=String::new() on_choose=Callback::new(|_: String| {}) />
            }
        });
        assert_contains(&none, &[r#"<option value="" selected>"#]);
        assert_lacks(&none, &[r#"value="viborg" selected"#, "aria-describedby"]);
    }
}
