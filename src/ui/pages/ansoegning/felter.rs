//! Form parts of Ansøgning: the error summary (DKFDS `alert alert-error`, focused), text
//! fields and radio groups with their label, hint and message next to the field.

use crate::domain::ansoegning::{fil, Fejl};
use crate::domain::money::heltal_tekst;
use crate::ui::browser;
use crate::ui::components::{ErrorLink, ErrorSummary};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The message key for one field, if it has an error.
pub fn fejl_for(fejl: &[Fejl], felt: &str) -> Option<&'static str> {
    fejl.iter().find(|f| f.felt == felt).map(|f| f.besked)
}

/// The wording arguments of the current draft (du / personen / hun …).
fn ordvalg_args(i18n: crate::ui::i18n::I18n) -> Signal<Vec<(&'static str, String)>> {
    let a = super::use_ansoegning();
    Signal::derive(move || a.kladde.with(|k| super::ord_args(i18n.lang.get(), k)))
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
    let args = args.unwrap_or_else(|| ordvalg_args(i18n));
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

/// A text field (or a text area) with label, optional hint and its message.
#[component]
pub fn Tekstfelt(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] vaerdi: Signal<String>,
    saet: Callback<String>,
    fejl: RwSignal<Vec<Fejl>>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// Guiding questions under the hint (a list).
    #[prop(optional, into)]
    hint_liste: Option<Signal<Vec<String>>>,
    #[prop(optional)] flere_linjer: bool,
    #[prop(optional)] valgfri: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] bred: Option<&'static str>,
    #[prop(optional, into)] args: Option<Signal<Vec<(&'static str, String)>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let args = args.unwrap_or_else(|| ordvalg_args(i18n));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let fid = id.clone();
    let besked = move || fejl.with(|f| fejl_for(f, &fid));
    let b2 = besked.clone();
    let has_hint = hint.is_some();
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        let b = besked.clone();
        move || {
            let mut parts = vec![];
            if has_hint {
                parts.push(h.clone());
            }
            if b().is_some() {
                parts.push(e.clone());
            }
            (!parts.is_empty()).then(|| parts.join(" "))
        }
    };
    let label_text = move || {
        if valgfri {
            format!("{} {}", label.get(), i18n.t("ans-valgfri"))
        } else {
            label.get()
        }
    };
    let message = {
        let error_id = error_id.clone();
        move || {
            b2().map(|key| {
                let a = args.get();
                let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                view! {
                    <span class="form-error-message" id=error_id.clone()>
                        <span class="sr-only">{i18n.t("ans-fejl-prefix")} " "</span>
                        {i18n.t_with(key, &refs)}
                    </span>
                }
            })
        }
    };
    let b3 = besked.clone();
    let group = move || {
        if b3().is_some() {
            "form-group form-error"
        } else {
            "form-group"
        }
    };
    let input_class = match bred {
        Some(w) => format!("form-input {w}"),
        None => "form-input".to_string(),
    };
    // The limit is the file format's (every draft the form makes can be opened again); the
    // browser's `maxlength` holds it, so nothing is ever cut from what is already written.
    // A paste that does not fit is cut by the browser: the message says how much.
    let graense = fil::MAKS_TEKST;
    let afkortet = RwSignal::new(None::<usize>);
    let efter_indsaet = RwSignal::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        if !efter_indsaet.get_untracked() {
            afkortet.set(None);
        }
        efter_indsaet.set(false);
        saet.run(event_target_value(&ev));
    };
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let indsat = browser::indsat_laengde(&ev);
        let (laengde, markeret) = browser::tekst_og_markering(&ev);
        let plads = graense.saturating_sub(laengde.saturating_sub(markeret));
        efter_indsaet.set(true);
        afkortet.set((indsat > plads).then(|| indsat - plads));
    };
    let count_id = format!("{id}-count");
    let length = move || vaerdi.with(|v| v.encode_utf16().count());
    let counter = flere_linjer.then(|| {
        let count_id = count_id.clone();
        view! {
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
        }
    });
    let limit_message =
        move || {
            let fuld = length() >= graense;
            let cut = afkortet.get();
            (fuld || cut.is_some()).then(|| {
            let text = match cut {
                Some(n) => i18n.t_with(
                    "ans-tegn-afkortet",
                    &[("antal", &heltal_tekst(n as u64)), ("max", &heltal_tekst(graense as u64))],
                ),
                None => i18n.t_with("ans-tegn-graense", &[("max", &heltal_tekst(graense as u64))]),
            };
            view! { <p class="form-error-message char-limit" data-testid="char-limit">{text}</p> }
        })
        };
    let described = {
        let count_id = count_id.clone();
        move || {
            let mut parts: Vec<String> = described().into_iter().collect();
            if flere_linjer {
                parts.push(count_id.clone());
            }
            (!parts.is_empty()).then(|| parts.join(" "))
        }
    };
    let field = if flere_linjer {
        view! {
            <textarea
                class="form-input ans-textarea"
                id=id.clone()
                name=id.clone()
                rows="6"
                maxlength=graense
                aria-describedby=described
                prop:value=move || vaerdi.get()
                on:input=on_input
                on:paste=on_paste
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class=input_class
                type=input_type.unwrap_or("text")
                id=id.clone()
                name=id.clone()
                maxlength=graense
                autocomplete=autocomplete.unwrap_or("off")
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=described
                prop:value=move || vaerdi.get()
                on:input=on_input
                on:paste=on_paste
            />
        }
        .into_any()
    };
    view! {
        <div class=group>
            <label class="form-label" for=id.clone()>{label_text}</label>
            {hint.map(|h| match hint_liste {
                None => view! { <span class="form-hint" id=hint_id.clone()>{move || h.get()}</span> }.into_any(),
                Some(l) => view! {
                    <div class="form-hint" id=hint_id.clone()>
                        <p>{move || h.get()}</p>
                        <ul>{move || l.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
            })}
            {message}
            {field}
            {counter}
            <div role="status" aria-live="polite">{limit_message}</div>
        </div>
    }
}

/// A radio group in a fieldset: (value, Fluent key) per option; ids `<navn>-<value>`.
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
    let args = args.unwrap_or_else(|| ordvalg_args(i18n));
    let first = valg
        .first()
        .map(|(v, _)| format!("{navn}-{v}"))
        .unwrap_or_default();
    let error_id = format!("{navn}-error");
    let f2 = first.clone();
    let besked = move || fejl.with(|f| fejl_for(f, &f2));
    let b2 = besked.clone();
    let b3 = besked.clone();
    let tr = move |key: &'static str| {
        let a = args.get();
        let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n.t_with(key, &refs)
    };
    let items = valg
        .into_iter()
        .enumerate()
        .map(|(i, (v, key))| {
            let id = format!("{navn}-{v}");
            let hint = forklaringer.get(i).copied().flatten();
            let hint_id = format!("{id}-hint");
            let v2 = v.clone();
            let v3 = v.clone();
            view! {
                <div class="form-group-radio">
                    <input
                        type="radio"
                        class="form-radio"
                        name=navn
                        id=id.clone()
                        value=v.clone()
                        aria-describedby=hint.map(|_| hint_id.clone())
                        prop:checked=move || valgt.get().as_deref() == Some(v2.as_str())
                        on:change=move |_| saet.run(v3.clone())
                    />
                    <label for=id.clone()>{move || tr(key)}</label>
                    {hint.map(|h| view! { <span class="form-hint ans-radio-hint" id=hint_id.clone()>{move || tr(h)}</span> })}
                </div>
            }
        })
        .collect_view();
    let error_id2 = error_id.clone();
    view! {
        <div class=move || if b3().is_some() { "form-group form-error" } else { "form-group" }>
            <fieldset aria-describedby=move || b2().map(|_| error_id2.clone())>
                <legend class="form-label">{move || legend.get()}</legend>
                {move || besked().map(|key| view! {
                    <span class="form-error-message" id=error_id.clone()>
                        <span class="sr-only">{i18n.t("ans-fejl-prefix")} " "</span>
                        {tr(key)}
                    </span>
                })}
                <div class="fh-options">{items}</div>
            </fieldset>
        </div>
    }
}
