//! Form parts of Ansøgning: the error summary (DKFDS `alert alert-error`, focused), text
//! fields and radio groups with their label, hint and message next to the field.

use crate::domain::ansoegning::{fil, Fejl};
use crate::domain::money::heltal_tekst;
use crate::ui::browser;
use crate::ui::components::{
    described_by, Choice, Choices, ErrorLink, ErrorSummary, Field, TextInput,
};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The message key for one field, if it has an error.
pub fn fejl_for(fejl: &[Fejl], felt: &str) -> Option<&'static str> {
    fejl.iter().find(|f| f.felt == felt).map(|f| f.besked)
}

/// The wording arguments of the current draft (du / personen / hun …).
fn ordvalg_args() -> Signal<Vec<(&'static str, String)>> {
    super::use_ansoegning().ord.into()
}

/// The error summary at the top (the shared `ErrorSummary`): one link per message, to the
/// field, or to the step where the field is.
#[component]
pub fn Fejlopsummering(
    fejl: RwSignal<Vec<Fejl>>,
    /// Extra Fluent arguments (the wording) for the messages.
    #[prop(optional, into)]
    args: Option<Signal<Vec<(&'static str, String)>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let args = args.unwrap_or_else(ordvalg_args);
    let items = Signal::derive(move || {
        let a = args.get();
        let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fejl.with(|list| {
            list.iter()
                .map(|f| {
                    let text = i18n.t_with(f.besked, &refs);
                    match f.felt.strip_prefix("trin-") {
                        Some(trin) => ErrorLink::page(format!("{}/{trin}", super::START), text),
                        None => ErrorLink::field(f.felt.clone(), text),
                    }
                })
                .collect()
        })
    });
    view! { <ErrorSummary heading=Signal::derive(move || i18n.t("ans-fejl-opsummering")) items=items /> }
}

/// The message of one field, translated with the draft's wording, reactive.
fn besked_signal(
    fejl: RwSignal<Vec<Fejl>>,
    felt: String,
    args: Signal<Vec<(&'static str, String)>>,
) -> Signal<Option<String>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        fejl.with(|f| fejl_for(f, &felt)).map(|key| {
            let a = args.get();
            let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
            i18n.t_with(key, &refs)
        })
    })
}

/// A text field (or a text area) bound to the draft: the shared `TextInput` (or `Field`
/// around a `<textarea>` with a character count), its message from the step's errors.
#[component]
pub fn Tekstfelt(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] vaerdi: Signal<String>,
    saet: Callback<String>,
    fejl: RwSignal<Vec<Fejl>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// Guiding questions under the hint (a list).
    #[prop(optional, into)]
    hint_liste: MaybeProp<Vec<String>>,
    #[prop(optional)] flere_linjer: bool,
    #[prop(optional)] valgfri: bool,
    #[prop(optional, into)] autocomplete: MaybeProp<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] bred: Option<&'static str>,
    #[prop(optional, into)] args: Option<Signal<Vec<(&'static str, String)>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let args = args.unwrap_or_else(ordvalg_args);
    let error = besked_signal(fejl, id.clone(), args);
    let label = Signal::derive(move || {
        if valgfri {
            format!("{} {}", label.get(), i18n.t("ans-valgfri"))
        } else {
            label.get()
        }
    });
    // The limit is the file format's (every draft the form makes can be opened again); the
    // browser's `maxlength` holds it, so nothing is ever cut from what is already written.
    // A paste that does not fit is cut by the browser: the message says how much.
    let graense = fil::MAKS_TEKST;
    let afkortet = RwSignal::new(None::<usize>);
    let efter_indsaet = RwSignal::new(false);
    let on_input = Callback::new(move |v: String| {
        if !efter_indsaet.get_untracked() {
            afkortet.set(None);
        }
        efter_indsaet.set(false);
        saet.run(v);
    });
    let on_paste = Callback::new(move |ev: leptos::ev::ClipboardEvent| {
        let indsat = browser::indsat_laengde(&ev);
        let (laengde, markeret) = browser::tekst_og_markering(&ev);
        let plads = graense.saturating_sub(laengde.saturating_sub(markeret));
        efter_indsaet.set(true);
        afkortet.set((indsat > plads).then(|| indsat - plads));
    });
    let length = move || vaerdi.with(|v| v.encode_utf16().count());
    let limit_message = move || {
        let fuld = length() >= graense;
        let cut = afkortet.get();
        (fuld || cut.is_some()).then(|| {
            let max = heltal_tekst(graense as u64);
            let text = match cut {
                Some(n) => i18n.t_with(
                    "ans-tegn-afkortet",
                    &[("antal", &heltal_tekst(n as u64)), ("max", &max)],
                ),
                None => i18n.t_with("ans-tegn-graense", &[("max", &max)]),
            };
            view! { <p class="form-error-message char-limit" data-testid="char-limit">{text}</p> }
        })
    };
    let limit = move || view! { <div role="status" aria-live="polite">{limit_message}</div> };
    if !flere_linjer {
        return view! {
            <TextInput
                id=id
                label=label
                hint=hint
                error=error
                value=vaerdi
                on_input=on_input
                on_paste=on_paste
                maxlength=graense
                input_type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                input_class=bred.unwrap_or_default()
                after=limit
            />
        }
        .into_any();
    }
    let count_id = format!("{id}-count");
    let described = {
        let (id, count_id) = (id.clone(), count_id.clone());
        move || {
            let mut parts: Vec<String> =
                described_by(&id, hint.get().is_some(), error.with(Option::is_some))
                    .into_iter()
                    .collect();
            parts.push(count_id.clone());
            parts.join(" ")
        }
    };
    view! {
        <Field id=id.clone() label=label hint=hint hint_list=hint_liste error=error>
            <textarea
                class="form-input ans-textarea"
                id=id.clone()
                name=id.clone()
                rows="6"
                maxlength=graense
                aria-describedby=described
                prop:value=move || vaerdi.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:paste=move |ev| on_paste.run(ev)
            ></textarea>
            <span class="form-hint char-count" id=count_id data-testid="char-count">
                {move || {
                    let rest = graense.saturating_sub(length());
                    if rest == 0 {
                        i18n.t_with("ans-tegn-graense", &[("max", &heltal_tekst(graense as u64))])
                    } else {
                        i18n.t_with("ans-tegn-tilbage", &[("antal", &heltal_tekst(rest as u64))])
                    }
                }}
            </span>
            {limit}
        </Field>
    }
    .into_any()
}

/// A radio group bound to the draft (the shared `Choices`): (value, Fluent key) per option;
/// ids `<navn>-<value>`.
#[component]
pub fn Valg(
    navn: &'static str,
    #[prop(into)] legend: Signal<String>,
    valg: Vec<(String, &'static str)>,
    #[prop(into)] valgt: Signal<Option<String>>,
    saet: Callback<String>,
    fejl: RwSignal<Vec<Fejl>>,
    /// An optional hint key per option (explains a term).
    #[prop(optional)]
    forklaringer: Vec<Option<&'static str>>,
    #[prop(optional, into)] args: Option<Signal<Vec<(&'static str, String)>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let args = args.unwrap_or_else(ordvalg_args);
    let first = valg
        .first()
        .map(|(v, _)| format!("{navn}-{v}"))
        .unwrap_or_default();
    let error = besked_signal(fejl, first, args);
    let tr = move |key: &'static str| {
        Signal::derive(move || {
            let a = args.get();
            let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
            i18n.t_with(key, &refs)
        })
    };
    let choices = valg
        .into_iter()
        .enumerate()
        .map(|(i, (v, key))| {
            let v2 = v.clone();
            let v3 = v.clone();
            let c = Choice::new(
                format!("{navn}-{v}"),
                v,
                tr(key),
                Signal::derive(move || valgt.get().as_deref() == Some(v2.as_str())),
                move |_| saet.run(v3.clone()),
            );
            match forklaringer.get(i).copied().flatten() {
                Some(h) => c.hint(tr(h)),
                None => c,
            }
        })
        .collect();
    view! { <Choices name=navn.to_string() legend=legend error=error choices=choices /> }
}
