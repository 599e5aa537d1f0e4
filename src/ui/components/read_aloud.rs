//! "Læs op": reads a page's main text aloud with the browser's own speech synthesis.
//!
//! **Use** it once per page, right under the `<h1>`, on pages whose point is their text:
//! a service page, a national paragraph page, a general page (`/vejledning/:id`), a question
//! of Find hjælp and its result. `target` is a CSS selector for the element that holds the
//! main text (the `<article>`, the question's `<form>`); the text is read from the page as it
//! is shown when the button is pressed (a closed `<details>`, hidden and screen-reader-only
//! text, buttons and form fields are left out), one sentence at a time, and the sentence
//! being read is highlighted (the CSS Custom Highlight API; where an engine lacks it, the
//! sentence is shown in a box under the buttons). **Don't** use it on forms with many
//! fields (Beregn, Ansøgning: it reads labels, not what was typed), on pages that are mostly
//! links (a catalogue, search results), nor twice on a page (the browser has one voice).
//!
//! Privacy: only voices on the device (`localService`) are used, in the text's language
//! (`lang` of the element, normally the page's); a browser's network voices send the text
//! to another company, so with none on the device the component says so and reads nothing.
//! It stores nothing, so it works the same in zero-trace mode.
//!
//! Without JavaScript the controls are hidden (`.no-js .read-aloud` in style/main.css); the
//! first render is always the same (the idle button), so a pre-rendered page hydrates
//! without a change, and on a pre-rendered page a press before the app runs is replayed by
//! public/boot.js. Buttons: "Læs op", which becomes "Pause" while reading and "Fortsæt"
//! while paused (the label says what a press does), and "Stop" while reading or paused;
//! what happens is announced in a polite live region. Pause stops the voice and "Fortsæt"
//! starts the current sentence again (the same in every engine; `speechSynthesis.pause()`
//! does nothing on some phones).
//!
//! The logic that needs no browser (sentence splitting, voice choice, finding a sentence's
//! text nodes, what the buttons and the status say) is plain functions, tested natively;
//! the browser side is in `read_aloud/speech.rs` (wasm only).

use crate::ui::i18n::{use_i18n, Lang};
use leptos::prelude::*;
use std::ops::Range;

#[cfg(target_arch = "wasm32")]
mod speech;

/// Where the reading is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Phase {
    /// Nothing asked yet (the first render, also in pre-rendered HTML).
    #[default]
    Idle,
    /// Pressed; waiting for the browser's list of voices.
    Preparing,
    Reading,
    Paused,
    /// Read to the end.
    Finished,
    Stopped,
    /// No voice on the device for the text's language; `remote`: the browser has network
    /// voices for it, which we do not use.
    NoVoice {
        lang: Lang,
        remote: bool,
    },
    /// The browser has no speech synthesis.
    Unsupported,
    /// There was no text to read.
    Empty,
    /// The browser stopped with an error.
    Failed,
}

impl Phase {
    /// Reading or paused: "Stop" is shown.
    pub fn active(self) -> bool {
        matches!(self, Phase::Reading | Phase::Paused)
    }

    /// The main button's label: what a press does.
    pub fn button_key(self) -> &'static str {
        match self {
            Phase::Reading => "read-aloud-pause",
            Phase::Paused => "read-aloud-resume",
            _ => "read-aloud-start",
        }
    }

    /// What the live region says (nothing, one or two messages).
    pub fn status_keys(self) -> &'static [&'static str] {
        match self {
            Phase::Idle => &[],
            Phase::Preparing => &["read-aloud-preparing"],
            Phase::Reading => &["read-aloud-reading"],
            Phase::Paused => &["read-aloud-paused"],
            Phase::Finished => &["read-aloud-finished"],
            Phase::Stopped => &["read-aloud-stopped"],
            Phase::NoVoice { lang, remote } => match (lang, remote) {
                (Lang::Da, false) => &["read-aloud-no-voice-da"],
                (Lang::Da, true) => &["read-aloud-no-voice-da", "read-aloud-remote-only"],
                (Lang::En, false) => &["read-aloud-no-voice-en"],
                (Lang::En, true) => &["read-aloud-no-voice-en", "read-aloud-remote-only"],
            },
            Phase::Unsupported => &["read-aloud-unsupported"],
            Phase::Empty => &["read-aloud-empty"],
            Phase::Failed => &["read-aloud-failed"],
        }
    }
}

/// The component's state, shared with the browser side.
#[derive(Clone, Copy)]
pub struct Ui {
    pub phase: RwSignal<Phase>,
    /// The sentence being read, where the engine cannot highlight it in the text.
    pub now: RwSignal<Option<String>>,
    /// The main button ("Læs op" / "Pause" / "Fortsæt"): focus returns there when "Stop"
    /// goes away.
    pub main: NodeRef<leptos::html::Button>,
    /// The "Stop" button (while reading or paused).
    pub stop: NodeRef<leptos::html::Button>,
}

/// One component's controls (each has its own signals).
impl PartialEq for Ui {
    fn eq(&self, other: &Ui) -> bool {
        self.phase == other.phase
    }
}

/// The read-aloud controls for the main text in `target` (see the module's comment).
#[component]
pub fn ReadAloud(
    /// A CSS selector for the element with the main text (e.g. `[data-testid=service-page]`).
    target: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let ui = Ui {
        phase: RwSignal::new(Phase::Idle),
        now: RwSignal::new(None),
        main: NodeRef::new(),
        stop: NodeRef::new(),
    };
    let phase = ui.phase;
    on_cleanup(move || engine::release(ui));
    // Another language: the page's text changes under the voice.
    Effect::new(move |prev: Option<Lang>| {
        let lang = i18n.lang.get();
        if prev.is_some_and(|p| p != lang) {
            engine::release(ui);
        }
        lang
    });
    let on_main = move |_| match phase.get_untracked() {
        Phase::Reading => engine::pause(ui),
        Phase::Paused => engine::resume(ui),
        Phase::Preparing => {}
        _ => engine::start(target, ui),
    };
    let on_stop = move |_| {
        engine::stop(ui);
        crate::ui::browser::focus_ref(ui.main);
    };
    view! {
        <div class="read-aloud" role="group" aria-label=move || i18n.t("read-aloud-group") data-testid="read-aloud">
            <div class="read-aloud-controls">
                <button
                    type="button"
                    class="button button-secondary read-aloud-main"
                    node_ref=ui.main
                    data-testid="read-aloud-main"
                    on:click=on_main
                >
                    {move || i18n.t(phase.get().button_key())}
                </button>
                {move || phase.get().active().then(|| view! {
                    <button
                        type="button"
                        class="button button-secondary read-aloud-stop"
                        node_ref=ui.stop
                        data-testid="read-aloud-stop"
                        on:click=on_stop
                    >
                        {move || i18n.t("read-aloud-stop")}
                    </button>
                })}
            </div>
            <div class="read-aloud-status" role="status" aria-live="polite" data-testid="read-aloud-status">
                {move || {
                    let keys = phase.get().status_keys();
                    (!keys.is_empty()).then(|| view! {
                        <p>{keys.iter().map(|k| i18n.t(k)).collect::<Vec<_>>().join(" ")}</p>
                    })
                }}
            </div>
            {move || ui.now.get().map(|text| view! {
                <p class="read-aloud-now" data-testid="read-aloud-now">
                    <span class="read-aloud-now-label">{i18n.t("read-aloud-now")}</span>
                    " "
                    <span class="read-aloud-now-text">{text}</span>
                </p>
            })}
        </div>
    }
}

/// The browser side, or stand-ins where there is no browser (tests, pre-rendering).
mod engine {
    #[cfg(target_arch = "wasm32")]
    pub use super::speech::{pause, release, resume, start, stop};

    #[cfg(not(target_arch = "wasm32"))]
    mod native {
        use super::super::Ui;
        pub fn start(_: &'static str, _: Ui) {}
        pub fn pause(_: Ui) {}
        pub fn resume(_: Ui) {}
        pub fn stop(_: Ui) {}
        pub fn release(_: Ui) {}
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub use native::*;
}

// ---------------------------------------------------------------- sentences

/// Words before a full stop that never end a sentence (lower case, without the last dot):
/// "f.eks. Viborg", "jf. § 83", "bl.a. Kommunen". Words that often do end one ("osv.",
/// "mv.", "kr.") are not here.
const ALWAYS_ABBREVIATIONS: &[&str] = &[
    "f.eks", "fx", "bl.a", "jf", "jvf", "dvs", "d.v.s", "pga", "p.g.a", "hhv", "mht", "m.h.t",
    "iht", "i.h.t", "ifm", "i.f.m", "vha", "v.h.a", "inkl", "ekskl", "evt", "ca", "vedr", "ang",
    "sml", "tlf", "att", "t.o.m", "f.o.m", "hr", "fr", "dr", "mr", "mrs", "ms", "e.g", "i.e", "cf",
    "vs", "approx",
];

/// Words before a full stop that do not end a sentence when a number follows:
/// "stk. 2", "nr. 3", "kr. 500", "kl. 10".
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "stk", "nr", "kr", "pkt", "kl", "no", "pr", "lbk", "bek", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec", "s", "p", "pp", "art",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']')
}

/// The word right before a full stop at byte `end` of `line`, in lower case.
fn word_before(line: &str, end: usize) -> String {
    line[..end]
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '„' | '«' | '»'))
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// Whether a full stop after `word` ends the sentence when `next` starts the next word.
fn ends_sentence(word: &str, next: char) -> bool {
    if next.is_lowercase() {
        return false;
    }
    let single_letter = {
        let mut chars = word.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    };
    if single_letter || ALWAYS_ABBREVIATIONS.contains(&word) {
        return false;
    }
    if next.is_ascii_digit() {
        let number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == '.');
        return !number && !NUMBER_ABBREVIATIONS.contains(&word);
    }
    true
}

/// Splits a text into sentences: byte ranges, trimmed, each with at least one letter or
/// digit. A line break always ends a sentence (the text has one after every heading,
/// paragraph, list item and table cell); otherwise a sentence ends at `.`, `!`, `?` or `…`
/// (with any closing quotes or brackets) before a space and a word that starts a sentence
/// (not a lower-case word, not after "f.eks." or an initial, not "stk. 2").
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut base = 0;
    for line in text.split('\n') {
        split_line(line, base, &mut out);
        base += line.len() + 1;
    }
    out
}

fn split_line(line: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (is_terminator(chars[j].1) || is_closer(chars[j].1)) {
            j += 1;
        }
        if j < chars.len() && chars[j].1.is_whitespace() {
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k < chars.len() && (c != '.' || ends_sentence(&word_before(line, at), chars[k].1)) {
                push_trimmed(out, line, base, start, chars[j].0);
                start = chars[k].0;
                i = k;
                continue;
            }
        }
        i = j;
    }
    push_trimmed(out, line, base, start, line.len());
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line: &str, base: usize, start: usize, end: usize) {
    let part = &line[start..end];
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = base + start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// Where byte `at` of a text joined from pieces lies: `(piece, byte offset in it)`.
/// `pieces` are `(start, length)` in the joined text, in order (text between them, such as
/// the line breaks between blocks, belongs to none). A range's start belongs to the piece
/// that holds the byte (`end == false`); its end to the piece that holds the byte before it
/// (`end == true`).
pub fn locate(pieces: &[(usize, usize)], at: usize, end: bool) -> Option<(usize, usize)> {
    pieces.iter().enumerate().find_map(|(i, &(start, len))| {
        let inside = if end {
            at > start && at <= start + len
        } else {
            at >= start && at < start + len
        };
        // Lazily: `at - start` underflows for a piece after `at`.
        inside.then(|| (i, at - start))
    })
}

// ---------------------------------------------------------------- voices

/// What the component needs to know about a voice (`SpeechSynthesisVoice`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceInfo {
    pub lang: String,
    /// `localService`: the voice runs on the device (the text stays there).
    pub local: bool,
    /// `default`: the device's default voice.
    pub default: bool,
}

/// The choice of a voice for a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceChoice {
    /// The index of the voice to use: on the device, in the language.
    Local(usize),
    /// Only network voices speak the language (not used: the text would leave the device).
    OnlyRemote,
    None,
}

/// The primary language subtag, lower case: "da-DK" → "da".
pub fn primary_lang(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The region most users of the portal expect for a language.
fn home_region(lang: &str) -> &'static str {
    match lang {
        "da" => "dk",
        "en" => "gb",
        _ => "",
    }
}

/// Chooses a voice for `lang` ("da", "en", "da-DK"): only voices on the device; among
/// them the device's default, then the language's home region (da-DK, en-GB), then the
/// first in the browser's order.
pub fn choose_voice(voices: &[VoiceInfo], lang: &str) -> VoiceChoice {
    let want = primary_lang(lang);
    if want.is_empty() {
        return VoiceChoice::None;
    }
    let region = home_region(&want);
    let mut best: Option<(usize, (bool, bool))> = None;
    let mut remote = false;
    for (i, v) in voices.iter().enumerate() {
        if primary_lang(&v.lang) != want {
            continue;
        }
        if !v.local {
            remote = true;
            continue;
        }
        let tag = v.lang.to_ascii_lowercase().replace('_', "-");
        let home = !region.is_empty() && tag.split('-').nth(1) == Some(region);
        let score = (v.default, home);
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    match best {
        Some((i, _)) => VoiceChoice::Local(i),
        None if remote => VoiceChoice::OnlyRemote,
        None => VoiceChoice::None,
    }
}

/// The UI language whose message explains a missing voice for `lang`.
pub fn message_lang(lang: &str) -> Lang {
    Lang::from_code(&primary_lang(lang)).unwrap_or_default()
}

#[cfg(test)]
mod tests;
