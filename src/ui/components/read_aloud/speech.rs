//! The browser side of `ReadAloud` (wasm only): reading the main text from the page,
//! `window.speechSynthesis`, and the highlight of the sentence being read.
//!
//! One reading at a time (the browser has one speech queue), kept in a thread-local
//! `Session`. Each sentence is its own utterance: the next one is spoken when the last
//! one's `end` event comes, which also keeps every utterance short (long utterances are cut
//! off in some engines). Events of an utterance that is no longer the current one (after
//! Pause or Stop, which cancel the queue) are ignored. The three event handlers are created
//! once and live as long as the page, so an event that arrives late never calls a freed
//! closure.

use super::{
    choose_voice, locate, message_lang, primary_lang, split_sentences, Phase, Ui, VoiceChoice,
    VoiceInfo,
};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The name of the CSS highlight (`::highlight(read-aloud)` in style/main.css).
const HIGHLIGHT_NAME: &str = "read-aloud";

/// How long to wait for the browser's list of voices (Chromium fills it after the first
/// call; Firefox and WebKit without voices never fire `voiceschanged`).
const VOICE_WAIT_MS: i32 = 2000;

/// What is not read: controls, hidden text, text for screen readers only, a closed
/// `<details>` (only what is shown is read), and the component itself.
const SKIP: &str = "script, style, noscript, template, svg, button, input, select, textarea, \
    [hidden], [aria-hidden=true], .sr-only, .read-aloud, [data-read-aloud=skip], details:not([open])";

struct Piece {
    node: Node,
    /// Byte offset in the joined text.
    start: usize,
    /// The node's text with line breaks and tabs as spaces (same length).
    text: String,
    lang: String,
}

struct Sentence {
    text: String,
    lang: String,
    /// Start and end: text node and UTF-16 offset.
    range: Option<(Node, u32, Node, u32)>,
}

struct Session {
    ui: Ui,
    synth: SpeechSynthesis,
    sentences: Vec<Sentence>,
    main_voice: SpeechSynthesisVoice,
    /// Voices for other languages in the text (elements with their own `lang`).
    other_voices: Vec<(String, SpeechSynthesisVoice)>,
    index: usize,
    current: Option<SpeechSynthesisUtterance>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// Bumped by every start and release: a start still waiting for voices checks it.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    static ON_END: JsValue = Closure::<dyn Fn(JsValue)>::new(on_end).into_js_value();
    static ON_ERROR: JsValue = Closure::<dyn Fn(JsValue)>::new(on_error).into_js_value();
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The browser's speech synthesis, where it has one.
fn synth() -> Option<SpeechSynthesis> {
    let w: JsValue = web_sys::window()?.into();
    let s = get(&w, "speechSynthesis");
    let ok = s.is_object() && get(&w, "SpeechSynthesisUtterance").is_function();
    ok.then(|| s.unchecked_into())
}

fn set_phase(ui: Ui, phase: Phase) {
    let _ = ui.phase.try_set(phase);
}

fn next_generation() -> u32 {
    GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    })
}

/// Starts reading the text in `target` from the beginning.
pub fn start(target: &'static str, ui: Ui) {
    end_session(None, Phase::Stopped);
    let generation = next_generation();
    let Some(synth) = synth() else {
        set_phase(ui, Phase::Unsupported);
        return;
    };
    let Some(root) = document().and_then(|d| d.query_selector(target).ok().flatten()) else {
        set_phase(ui, Phase::Empty);
        return;
    };
    let lang = root
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "da".to_string());
    let sentences = sentences(&root, &lang);
    if sentences.is_empty() {
        set_phase(ui, Phase::Empty);
        return;
    }
    set_phase(ui, Phase::Preparing);
    let synth2 = synth.clone();
    when_voices(&synth, move |voices| {
        if GENERATION.with(Cell::get) != generation {
            return;
        }
        let list: Vec<SpeechSynthesisVoice> = voices.iter().map(JsCast::unchecked_into).collect();
        let infos: Vec<VoiceInfo> = list
            .iter()
            .map(|v| VoiceInfo {
                lang: v.lang(),
                local: v.local_service(),
                default: v.default(),
            })
            .collect();
        let main_voice = match choose_voice(&infos, &lang) {
            VoiceChoice::Local(i) => list[i].clone(),
            choice => {
                let remote = choice == VoiceChoice::OnlyRemote;
                let lang = message_lang(&lang);
                set_phase(ui, Phase::NoVoice { lang, remote });
                return;
            }
        };
        let main_lang = primary_lang(&lang);
        let mut other_voices: Vec<(String, SpeechSynthesisVoice)> = vec![];
        for s in &sentences {
            let l = primary_lang(&s.lang);
            if l != main_lang && !other_voices.iter().any(|(o, _)| *o == l) {
                if let VoiceChoice::Local(i) = choose_voice(&infos, &l) {
                    other_voices.push((l, list[i].clone()));
                }
            }
        }
        if synth2.speaking() || synth2.pending() {
            synth2.cancel();
        }
        SESSION.with(|c| {
            *c.borrow_mut() = Some(Session {
                ui,
                synth: synth2,
                sentences,
                main_voice,
                other_voices,
                index: 0,
                current: None,
            })
        });
        set_phase(ui, Phase::Reading);
        speak_current();
    });
}

/// Pause: the voice stops; the sentence stays highlighted.
pub fn pause(ui: Ui) {
    let synth = SESSION.with(|c| {
        let mut b = c.borrow_mut();
        let s = b.as_mut().filter(|s| s.ui == ui)?;
        s.current = None;
        Some(s.synth.clone())
    });
    if let Some(synth) = synth {
        synth.cancel();
        set_phase(ui, Phase::Paused);
    }
}

/// Fortsæt: the current sentence from its beginning.
pub fn resume(ui: Ui) {
    let mine = SESSION.with(|c| c.borrow().as_ref().is_some_and(|s| s.ui == ui));
    if mine {
        set_phase(ui, Phase::Reading);
        speak_current();
    }
}

pub fn stop(ui: Ui) {
    next_generation();
    end_session(Some(ui), Phase::Stopped);
}

/// The component is gone (another page) or the language changed: stop without a word.
pub fn release(ui: Ui) {
    next_generation();
    end_session(Some(ui), Phase::Idle);
}

/// Ends the session (only `ui`'s, if given): cancels the voice, removes the highlight.
fn end_session(ui: Option<Ui>, phase: Phase) {
    let taken = SESSION.with(|c| {
        let mut b = c.borrow_mut();
        if ui.is_some_and(|u| b.as_ref().is_some_and(|s| s.ui != u)) {
            return None;
        }
        b.take()
    });
    let Some(s) = taken else {
        if let Some(ui) = ui {
            if ui.phase.try_get_untracked() == Some(Phase::Preparing) {
                set_phase(ui, phase);
            }
        }
        return;
    };
    keep_focus(s.ui);
    s.synth.cancel();
    clear_highlight();
    let _ = s.ui.now.try_set(None);
    set_phase(s.ui, phase);
}

/// "Stop" disappears when the reading ends: focus goes to the main button, not the page.
fn keep_focus(ui: Ui) {
    let stop = ui.stop.get_untracked();
    let on_stop = document()
        .and_then(|d| d.active_element())
        .is_some_and(|e| stop.is_some_and(|s| s.is_same_node(Some(&e))));
    if on_stop {
        crate::ui::browser::focus_ref(ui.main);
    }
}

/// Speaks the session's current sentence and shows it.
fn speak_current() {
    let job = SESSION.with(|c| {
        let mut b = c.borrow_mut();
        let s = b.as_mut()?;
        let sentence = s.sentences.get(s.index)?;
        let l = primary_lang(&sentence.lang);
        let voice = s
            .other_voices
            .iter()
            .find(|(o, _)| *o == l)
            .map_or_else(|| s.main_voice.clone(), |(_, v)| v.clone());
        let u = SpeechSynthesisUtterance::new_with_text(&sentence.text).ok()?;
        u.set_voice(Some(&voice));
        u.set_lang(&voice.lang());
        ON_END.with(|f| u.set_onend(Some(f.unchecked_ref())));
        ON_ERROR.with(|f| u.set_onerror(Some(f.unchecked_ref())));
        s.current = Some(u.clone());
        show(s);
        Some((s.synth.clone(), u))
    });
    // Outside the borrow: an engine may fire events from inside `speak`.
    match job {
        Some((synth, u)) => synth.speak(&u),
        None => end_session(None, Phase::Failed),
    }
}

/// Whether `ev` belongs to the utterance being spoken now.
fn is_current(s: &Session, ev: &JsValue) -> bool {
    let mut u = get(ev, "utterance");
    if u.is_undefined() || u.is_null() {
        u = get(ev, "target");
    }
    s.current
        .as_ref()
        .is_some_and(|c| AsRef::<JsValue>::as_ref(c) == &u)
}

fn on_end(ev: JsValue) {
    let more = SESSION.with(|c| {
        let mut b = c.borrow_mut();
        let s = b.as_mut().filter(|s| is_current(s, &ev))?;
        s.current = None;
        s.index += 1;
        Some(s.index < s.sentences.len())
    });
    match more {
        Some(true) => speak_current(),
        Some(false) => end_session(None, Phase::Finished),
        None => {}
    }
}

fn on_error(ev: JsValue) {
    let code = get(&ev, "error").as_string().unwrap_or_default();
    if matches!(code.as_str(), "interrupted" | "canceled") {
        return;
    }
    let mine = SESSION.with(|c| c.borrow().as_ref().is_some_and(|s| is_current(s, &ev)));
    if mine {
        end_session(None, Phase::Failed);
    }
}

/// Calls `then` with the voices once the browser has them (or after `VOICE_WAIT_MS` with
/// whatever it has, perhaps none).
fn when_voices(synth: &SpeechSynthesis, then: impl FnOnce(js_sys::Array) + 'static) {
    let now = synth.get_voices();
    if now.length() > 0 {
        then(now);
        return;
    }
    type Then = Box<dyn FnOnce(js_sys::Array)>;
    let pending: Rc<RefCell<Option<Then>>> = Rc::new(RefCell::new(Some(Box::new(then))));
    let (p1, s1) = (pending.clone(), synth.clone());
    let on_change = Closure::<dyn Fn()>::new(move || {
        let voices = s1.get_voices();
        if voices.length() == 0 {
            return;
        }
        let f = p1.borrow_mut().take();
        if let Some(f) = f {
            f(voices);
        }
    });
    let _ =
        synth.add_event_listener_with_callback("voiceschanged", on_change.as_ref().unchecked_ref());
    let s2 = synth.clone();
    let timeout = Closure::once_into_js(move || {
        let _ = s2.remove_event_listener_with_callback(
            "voiceschanged",
            on_change.as_ref().unchecked_ref(),
        );
        drop(on_change);
        let f = pending.borrow_mut().take();
        if let Some(f) = f {
            f(s2.get_voices());
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            timeout.unchecked_ref(),
            VOICE_WAIT_MS,
        );
    }
}

// ---------------------------------------------------------------- the text

/// The text under `root` as shown, one line per block (heading, paragraph, list item, cell),
/// and the text nodes it came from.
fn collect(root: &Element, lang: &str) -> (String, Vec<Piece>) {
    let mut text = String::new();
    let mut pieces = vec![];
    if let Some(w) = web_sys::window() {
        walk(root, lang, &w, &mut text, &mut pieces);
    }
    (text, pieces)
}

fn line_break(text: &mut String) {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
}

fn walk(node: &Node, lang: &str, w: &web_sys::Window, text: &mut String, pieces: &mut Vec<Piece>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                let data = child.text_content().unwrap_or_default();
                if data.is_empty() {
                    continue;
                }
                let own: String = data
                    .chars()
                    .map(|c| {
                        if matches!(c, '\n' | '\r' | '\t') {
                            ' '
                        } else {
                            c
                        }
                    })
                    .collect();
                pieces.push(Piece {
                    node: child,
                    start: text.len(),
                    text: own.clone(),
                    lang: lang.to_string(),
                });
                text.push_str(&own);
            }
            Node::ELEMENT_NODE => {
                let el: &Element = child.unchecked_ref();
                if el.matches(SKIP).unwrap_or(false) {
                    continue;
                }
                if el.tag_name().eq_ignore_ascii_case("br") {
                    line_break(text);
                    continue;
                }
                let display = w
                    .get_computed_style(el)
                    .ok()
                    .flatten()
                    .and_then(|s| s.get_property_value("display").ok())
                    .unwrap_or_default();
                if display == "none" {
                    continue;
                }
                let block =
                    !(display.is_empty() || display.starts_with("inline") || display == "contents");
                let own = el.get_attribute("lang").filter(|l| !l.trim().is_empty());
                if block {
                    line_break(text);
                }
                walk(el, own.as_deref().unwrap_or(lang), w, text, pieces);
                if block {
                    line_break(text);
                }
            }
            _ => {}
        }
    }
}

fn utf16_len(s: &str, byte: usize) -> u32 {
    s.get(..byte).map_or(0, |p| p.encode_utf16().count() as u32)
}

/// The sentences of the text under `root`, each with its language and its place in the page.
fn sentences(root: &Element, lang: &str) -> Vec<Sentence> {
    let (text, pieces) = collect(root, lang);
    let spans: Vec<(usize, usize)> = pieces.iter().map(|p| (p.start, p.text.len())).collect();
    split_sentences(&text)
        .into_iter()
        .map(|r| {
            let start = locate(&spans, r.start, false);
            let end = locate(&spans, r.end, true);
            let range = match (start, end) {
                (Some((si, sb)), Some((ei, eb))) => Some((
                    pieces[si].node.clone(),
                    utf16_len(&pieces[si].text, sb),
                    pieces[ei].node.clone(),
                    utf16_len(&pieces[ei].text, eb),
                )),
                _ => None,
            };
            Sentence {
                text: text[r].split_whitespace().collect::<Vec<_>>().join(" "),
                lang: start.map_or_else(|| lang.to_string(), |(i, _)| pieces[i].lang.clone()),
                range,
            }
        })
        .collect()
}

// ---------------------------------------------------------------- showing the sentence

/// `CSS.highlights`, where the engine has the CSS Custom Highlight API.
fn highlight_registry() -> Option<JsValue> {
    let global = js_sys::global();
    let css = get(&global, "CSS");
    if !css.is_object() && !css.is_function() {
        return None;
    }
    let registry = get(&css, "highlights");
    (registry.is_object() && get(&global, "Highlight").is_function()).then_some(registry)
}

fn call(obj: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = get(obj, method).dyn_into().ok()?;
    let list = js_sys::Array::new();
    for a in args {
        list.push(a);
    }
    f.apply(obj, &list).ok()
}

/// Highlights `range`; false where the engine cannot.
fn set_highlight(range: &web_sys::Range) -> bool {
    let Some(registry) = highlight_registry() else {
        return false;
    };
    let Ok(ctor) = get(&js_sys::global(), "Highlight").dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(h) = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(range)) else {
        return false;
    };
    call(&registry, "set", &[&JsValue::from_str(HIGHLIGHT_NAME), &h]).is_some()
}

fn clear_highlight() {
    if let Some(registry) = highlight_registry() {
        call(&registry, "delete", &[&JsValue::from_str(HIGHLIGHT_NAME)]);
    }
}

/// Brings the sentence into view when it is outside it (below the sticky bar at the top).
fn scroll_to(range: &web_sys::Range) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let rect = range.get_bounding_client_rect();
    let height = w
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    if rect.height() <= 0.0 || height <= 0.0 {
        return;
    }
    if rect.top() < 72.0 || rect.bottom() > height - 16.0 {
        w.scroll_by_with_x_and_y(0.0, rect.top() - height / 3.0);
    }
}

/// Shows the current sentence: highlighted in the text, or else in the box under the
/// buttons.
fn show(s: &Session) {
    let Some(sentence) = s.sentences.get(s.index) else {
        return;
    };
    let range = sentence.range.as_ref().and_then(|(a, ao, b, bo)| {
        let r = document()?.create_range().ok()?;
        r.set_start(a, *ao).ok()?;
        r.set_end(b, *bo).ok()?;
        Some(r)
    });
    if let Some(r) = range.filter(set_highlight) {
        scroll_to(&r);
        let _ = s.ui.now.try_set(None);
    } else {
        let _ = s.ui.now.try_set(Some(sentence.text.clone()));
    }
}
