use super::*;
use crate::ui::components::{assert_contains, assert_lacks};

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn splits_at_full_stops_and_line_breaks() {
    assert_eq!(
        sentences("Støttekontaktperson\nDu kan få hjælp. Kommunen vurderer! Hvad så? Ja."),
        [
            "Støttekontaktperson",
            "Du kan få hjælp.",
            "Kommunen vurderer!",
            "Hvad så?",
            "Ja."
        ]
    );
    // Blank lines, spaces and lines of punctuation only are not sentences.
    assert_eq!(sentences("\n\n  Én linje.  \n – \n"), ["Én linje."]);
    assert!(sentences("").is_empty());
}

#[test]
fn abbreviations_numbers_and_initials_do_not_end_a_sentence() {
    assert_eq!(
        sentences("Du kan f.eks. få hjælp jf. § 85 i loven. Det gælder bl.a. Viborg."),
        [
            "Du kan f.eks. få hjælp jf. § 85 i loven.",
            "Det gælder bl.a. Viborg."
        ]
    );
    assert_eq!(
        sentences("Se stk. 2 og nr. 3. Prisen er ca. 1.105 kr. om måneden."),
        ["Se stk. 2 og nr. 3.", "Prisen er ca. 1.105 kr. om måneden."]
    );
    // "kr." and "osv." do end a sentence before a capital letter.
    assert_eq!(
        sentences("Det koster 1.105 kr. Kommunen betaler resten, mad osv. Du betaler selv."),
        [
            "Det koster 1.105 kr.",
            "Kommunen betaler resten, mad osv.",
            "Du betaler selv."
        ]
    );
    assert_eq!(
        sentences("Fra 1. september 2025 gælder nye regler. H. C. Andersen skrev. 2026 bliver anderledes."),
        ["Fra 1. september 2025 gælder nye regler.", "H. C. Andersen skrev.", "2026 bliver anderledes."]
    );
    // A web address inside a sentence, and at its end.
    assert_eq!(
        sentences("Læs på borger.dk. Ring til www.viborg.dk i dag."),
        ["Læs på borger.dk.", "Ring til www.viborg.dk i dag."]
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    assert_eq!(
        sentences("Han sagde: »Nej.« Så gik han. (Det er rigtigt.) Slut…  Nu!"),
        [
            "Han sagde: »Nej.«",
            "Så gik han.",
            "(Det er rigtigt.)",
            "Slut…",
            "Nu!"
        ]
    );
    assert_eq!(
        sentences("Hvad er \"hjemmehjælp\"? Det er hjælp i hjemmet."),
        ["Hvad er \"hjemmehjælp\"?", "Det er hjælp i hjemmet."]
    );
}

#[test]
fn english_sentences_split_too() {
    assert_eq!(
        sentences("Read aloud. It uses e.g. a voice on your device. See p. 4 for more."),
        [
            "Read aloud.",
            "It uses e.g. a voice on your device.",
            "See p. 4 for more."
        ]
    );
}

#[test]
fn ranges_are_byte_ranges_of_the_text() {
    let text = "Æble og øl.\nÅ er en å.";
    let ranges = split_sentences(text);
    assert_eq!(ranges, vec![0..13, 14..26]);
    assert_eq!(&text[ranges[1].clone()], "Å er en å.");
}

#[test]
fn locate_finds_the_text_node_of_a_start_and_an_end() {
    // "Hjælp " (0..7) + "til dig" (7..14), a line break, "Ja." (15..18)
    let pieces = [(0, 7), (7, 7), (15, 3)];
    assert_eq!(locate(&pieces, 0, false), Some((0, 0)));
    assert_eq!(locate(&pieces, 7, false), Some((1, 0)));
    // An end at a piece's boundary belongs to the piece before it.
    assert_eq!(locate(&pieces, 7, true), Some((0, 7)));
    assert_eq!(locate(&pieces, 14, true), Some((1, 7)));
    assert_eq!(locate(&pieces, 15, false), Some((2, 0)));
    assert_eq!(locate(&pieces, 18, true), Some((2, 3)));
    // The line break between blocks belongs to no piece.
    assert_eq!(locate(&pieces, 14, false), None);
    assert_eq!(locate(&pieces, 99, true), None);
}

fn voice(lang: &str, local: bool, default: bool) -> VoiceInfo {
    VoiceInfo {
        lang: lang.into(),
        local,
        default,
    }
}

#[test]
fn only_voices_on_the_device_in_the_language_are_chosen() {
    let voices = [
        voice("en-US", true, true),
        voice("da-DK", false, false),
        voice("nb-NO", true, false),
        voice("da-DK", true, false),
    ];
    for (lang, chosen) in [
        ("da", VoiceChoice::Local(3)),
        ("da-DK", VoiceChoice::Local(3)),
        ("en", VoiceChoice::Local(0)),
        ("", VoiceChoice::None),
    ] {
        assert_eq!(choose_voice(&voices, lang), chosen, "{lang:?}");
    }
    // A network voice is never used: the text would leave the device.
    let remote = [voice("da-DK", false, true)];
    assert_eq!(choose_voice(&remote, "da"), VoiceChoice::OnlyRemote);
    // Norwegian is not Danish.
    let norwegian = [voice("nb-NO", true, true)];
    assert_eq!(choose_voice(&norwegian, "da"), VoiceChoice::None);
    assert_eq!(choose_voice(&[], "da"), VoiceChoice::None);
}

#[test]
fn the_default_voice_then_the_home_region_then_the_first() {
    let voices = [
        voice("en-US", true, false),
        voice("en_GB", true, false),
        voice("en-AU", true, false),
    ];
    assert_eq!(choose_voice(&voices, "en"), VoiceChoice::Local(1));
    let with_default = [
        voice("en-US", true, false),
        voice("en-GB", true, false),
        voice("en-IN", true, true),
    ];
    assert_eq!(choose_voice(&with_default, "en"), VoiceChoice::Local(2));
    let two = [voice("da", true, false), voice("DA-dk", true, false)];
    assert_eq!(choose_voice(&two, "da"), VoiceChoice::Local(1));
    let same = [voice("da-DK", true, false), voice("da-DK", true, false)];
    assert_eq!(choose_voice(&same, "da"), VoiceChoice::Local(0));
}

#[test]
fn language_tags() {
    assert_eq!(primary_lang("da-DK"), "da");
    assert_eq!(primary_lang("EN_gb"), "en");
    assert_eq!(primary_lang(""), "");
    assert_eq!(message_lang("en-GB"), Lang::En);
    assert_eq!(message_lang("da"), Lang::Da);
    assert_eq!(message_lang("de"), Lang::Da);
}

#[test]
fn what_the_buttons_and_the_status_say() {
    assert_eq!(Phase::Idle.button_key(), "read-aloud-start");
    assert_eq!(Phase::Reading.button_key(), "read-aloud-pause");
    assert_eq!(Phase::Paused.button_key(), "read-aloud-resume");
    assert_eq!(Phase::Finished.button_key(), "read-aloud-start");
    assert!(Phase::Reading.active() && Phase::Paused.active());
    assert!(!Phase::Idle.active() && !Phase::Stopped.active());
    assert!(Phase::Idle.status_keys().is_empty());
    assert_eq!(
        Phase::NoVoice {
            lang: Lang::Da,
            remote: true
        }
        .status_keys(),
        ["read-aloud-no-voice-da", "read-aloud-remote-only"]
    );
    // Every message exists in both languages.
    let phases = [
        Phase::Idle,
        Phase::Preparing,
        Phase::Reading,
        Phase::Paused,
        Phase::Finished,
        Phase::Stopped,
        Phase::NoVoice {
            lang: Lang::Da,
            remote: true,
        },
        Phase::NoVoice {
            lang: Lang::En,
            remote: false,
        },
        Phase::Unsupported,
        Phase::Empty,
        Phase::Failed,
    ];
    let mut keys: Vec<&str> = vec!["read-aloud-group", "read-aloud-stop", "read-aloud-now"];
    for p in phases {
        keys.push(p.button_key());
        keys.extend(p.status_keys());
    }
    for lang in Lang::ALL {
        let known: Vec<&str> = crate::ui::i18n::keys(lang).collect();
        for k in &keys {
            assert!(known.contains(k), "{k} missing in {lang:?}");
        }
    }
}

#[test]
fn the_first_render_is_the_idle_button_with_an_empty_live_region() {
    use crate::ui::i18n::I18n;
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(I18n {
            lang: RwSignal::new(Lang::Da),
        });
        view! { <ReadAloud target="article" /> }.to_html()
    });
    let html = html.replace("<!>", "");
    assert_contains(
        &html,
        &[
            "class=\"read-aloud\"",
            "role=\"group\" aria-label=\"Oplæsning\"",
            "type=\"button\"",
            ">Læs op</button>",
            "role=\"status\" aria-live=\"polite\"",
        ],
    );
    // No Stop button, no message and no sentence box before anything is asked.
    assert_lacks(&html, &["read-aloud-stop", "read-aloud-now"]);
    assert!(
        html.contains("class=\"read-aloud-status\"></div>"),
        "{html}"
    );
}
