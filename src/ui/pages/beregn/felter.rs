//! The form parts every calculator shares: texts with Fluent arguments, field errors,
//! the error summary, the page head with "Fejl: " in the title, and the fields (amount,
//! whole number, date, yes/no and other radio choices).
//!
//! A field keeps exactly what the person typed; errors come from the domain's parser
//! ([`BeloebFejl::fluent_id`]) or from the small checks here (a date, a whole number).

use crate::domain::money::{Beloeb, BeloebFejl};
use crate::ui::components::{
    focus_error_summary, Choice, Choices, ErrorLink, ErrorSummary, PageTitle, TextInput,
};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::shell::MAIN_HEADING_ID;
use crate::ui::tk;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A translatable text: a Fluent id and its arguments (already plain text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tekst {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Tekst {
    pub fn ny(id: &'static str) -> Tekst {
        Tekst { id, args: vec![] }
    }

    pub fn med(mut self, name: &'static str, value: impl Into<String>) -> Tekst {
        self.args.push((name, value.into()));
        self
    }

    pub fn vis(&self, i18n: I18n) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        i18n.t_with(self.id, &args)
    }
}

/// One problem with one field: the field's element id, its name in the summary and the
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fejl {
    pub felt: String,
    pub navn: Tekst,
    pub besked: Tekst,
}

/// The errors of a form (empty when there are none).
pub type Fejlliste = RwSignal<Vec<Fejl>>;

/// Collects errors while a form is read.
#[derive(Default)]
pub struct Laeser {
    pub fejl: Vec<Fejl>,
}

impl Laeser {
    fn fejl(&mut self, felt: &str, navn: &Tekst, besked: Tekst) {
        self.fejl.push(Fejl {
            felt: felt.to_string(),
            navn: navn.clone(),
            besked,
        });
    }

    /// A required amount.
    pub fn beloeb(&mut self, tekst: &str, felt: &str, navn: Tekst) -> Option<Beloeb> {
        match Beloeb::parse(tekst) {
            Ok(b) => Some(b),
            Err(e) => {
                self.fejl(felt, &navn, beloeb_fejl(e));
                None
            }
        }
    }

    /// An amount that may be left empty (`Some(None)`); `None` on an error.
    pub fn valgfrit_beloeb(
        &mut self,
        tekst: &str,
        felt: &str,
        navn: Tekst,
    ) -> Option<Option<Beloeb>> {
        match Beloeb::parse(tekst) {
            Ok(b) => Some(Some(b)),
            Err(BeloebFejl::Tom) => Some(None),
            Err(e) => {
                self.fejl(felt, &navn, beloeb_fejl(e));
                None
            }
        }
    }

    /// A date from `<input type="date">` (`YYYY-MM-DD`); the browser gives "" for an
    /// incomplete date.
    pub fn dato(&mut self, tekst: &str, felt: &str, navn: Tekst) -> Option<NaiveDate> {
        let tekst = tekst.trim();
        if tekst.is_empty() {
            self.fejl(felt, &navn, Tekst::ny(tk("beregn-error-date-empty")));
            return None;
        }
        match crate::domain::dato::fra_iso(tekst).ok_or(()) {
            Ok(d) => Some(d),
            Err(_) => {
                self.fejl(felt, &navn, Tekst::ny(tk("beregn-error-date-invalid")));
                None
            }
        }
    }

    /// A whole number from `min` to `max`; `paakraevet == false` allows an empty field
    /// (`Some(None)`). `hvad` picks the messages (`"age"`, `"days"`).
    pub fn heltal(
        &mut self,
        tekst: &str,
        felt: &str,
        navn: Tekst,
        hvad: &'static str,
        (min, max): (u32, u32),
        paakraevet: bool,
    ) -> Option<Option<u32>> {
        let tekst = tekst.trim();
        let fejl = |id: &'static str| {
            Tekst::ny(id)
                .med("hvad", hvad)
                .med("min", min.to_string())
                .med("max", Beloeb::kr(i64::from(max)).tal())
        };
        if tekst.is_empty() {
            if paakraevet {
                self.fejl(felt, &navn, fejl(tk("beregn-error-number-empty")));
                return None;
            }
            return Some(None);
        }
        if !tekst.chars().all(|c| c.is_ascii_digit()) {
            self.fejl(felt, &navn, fejl(tk("beregn-error-number-invalid")));
            return None;
        }
        match tekst.parse::<u32>() {
            Ok(n) if n < min => {
                self.fejl(felt, &navn, fejl(tk("beregn-error-number-small")));
                None
            }
            Ok(n) if n <= max => Some(Some(n)),
            _ => {
                self.fejl(felt, &navn, fejl(tk("beregn-error-number-large")));
                None
            }
        }
    }

    /// What the fields gave, if every field was read without an error; the errors
    /// otherwise.
    pub fn svar<T>(self, lest: Option<T>) -> Result<T, Vec<Fejl>> {
        match lest {
            Some(v) if self.fejl.is_empty() => Ok(v),
            _ => Err(self.fejl),
        }
    }

    /// A choice that must be made.
    pub fn valg<T: Copy>(&mut self, valgt: Option<T>, felt: &str, navn: Tekst) -> Option<T> {
        if valgt.is_none() {
            self.fejl(felt, &navn, Tekst::ny(tk("beregn-error-choose")));
        }
        valgt
    }
}

/// The message of an amount the parser did not accept.
pub fn beloeb_fejl(e: BeloebFejl) -> Tekst {
    Tekst {
        id: e.fluent_id(),
        args: e.fluent_args(),
    }
}

/// Shows the errors: the summary appears and gets focus.
pub fn vis_fejl(fejl: Fejlliste, liste: Vec<Fejl>) {
    fejl.set(liste);
    focus_error_summary();
}

/// A calculator's result together with the input it was computed from. It is shown only
/// while the form still holds that input: after a change the result gives way to a note
/// that says to calculate again (see [`ForaeldetNote`]), and only a current result can be
/// kept for the application. A form with errors has no result.
pub struct Beregnet<I: Send + Sync + 'static, R: Send + Sync + 'static> {
    input: Memo<I>,
    kept: RwSignal<Option<(I, R)>>,
    aktuel: Memo<bool>,
}

impl<I: Send + Sync + 'static, R: Send + Sync + 'static> Clone for Beregnet<I, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<I: Send + Sync + 'static, R: Send + Sync + 'static> Copy for Beregnet<I, R> {}

impl<I, R> Beregnet<I, R>
where
    I: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + Send + Sync + 'static,
{
    /// `input`: the form's current input (reactive), as the calculation reads it.
    pub fn ny(input: impl Fn() -> I + Send + Sync + 'static) -> Self {
        let input = Memo::new(move |_| input());
        let kept: RwSignal<Option<(I, R)>> = RwSignal::new(None);
        let aktuel = Memo::new(move |_| {
            kept.with(|k| k.as_ref().is_some_and(|(i, _)| input.with(|c| c == i)))
        });
        Beregnet {
            input,
            kept,
            aktuel,
        }
    }

    /// Keeps a result of the current input.
    pub fn saet(&self, r: R) {
        let i = self.input.get_untracked();
        self.kept.set(Some((i, r)));
    }

    /// Whether there is no result at all (not reactive).
    pub fn tom(&self) -> bool {
        self.kept.with_untracked(|k| k.is_none())
    }

    /// No result (the form has errors).
    pub fn ryd(&self) {
        self.kept.set(None);
    }

    /// The result, while it belongs to the current input (reactive).
    pub fn aktuel(&self) -> Option<R> {
        if self.aktuel.get() {
            self.kept.with(|k| k.as_ref().map(|(_, r)| r.clone()))
        } else {
            None
        }
    }

    /// There is a result, but the input has changed since (reactive).
    pub fn foraeldet(&self) -> bool {
        !self.aktuel.get() && self.kept.with(|k| k.is_some())
    }
}

/// In place of a result whose input has changed: "calculate again".
#[component]
pub fn ForaeldetNote(#[prop(into)] vis: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div role="status" aria-live="polite">
            {move || vis.get().then(|| view! {
                <div class="alert alert-info calc-stale" data-testid="calc-stale">
                    <div class="alert-body"><p class="alert-text">{move || i18n.t("beregn-result-stale")}</p></div>
                </div>
            })}
        </div>
    }
}

/// The page's title (with "Fejl: " in front while the form has errors) and its `<h1>`.
#[component]
pub fn BeregnHead(title: &'static str, heading: &'static str, fejl: Fejlliste) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=move || {
            let t = i18n.t(title);
            if fejl.with(|f| f.is_empty()) { t } else { i18n.t_with("beregn-error-title", &[("title", &t)]) }
        } />
        <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t(heading)}</h1>
    }
}

/// The id of a calculator's result heading (it gets focus after "Beregn").
pub const RESULT_HEADING: &str = "beregn-resultat";

/// A calculator page whose texts are the Fluent messages `{texts}-title`, `-heading` and
/// `-lead`, without a note: `side!("beregn-ledsager")`. (The i18n tests check that the
/// three exist.)
macro_rules! side {
    ($texts:literal) => {
        $crate::ui::pages::beregn::felter::Side {
            title: concat!($texts, "-title"),
            heading: concat!($texts, "-heading"),
            lead: concat!($texts, "-lead"),
            note: None,
        }
    };
}
pub(crate) use side;

/// A calculator page's Fluent keys.
pub struct Side {
    pub title: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    /// A note above the form, e.g. that the estimate is rough.
    pub note: Option<&'static str>,
}

/// What "Beregn" does with what the form gave: a result is kept (the errors go, and the
/// result heading gets focus); errors clear the result and show the summary.
pub fn indsend<I, R>(resultat: Beregnet<I, R>, fejl: Fejlliste, udfald: Result<R, Vec<Fejl>>)
where
    I: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + Send + Sync + 'static,
{
    match udfald {
        Ok(r) => {
            fejl.set(vec![]);
            resultat.saet(r);
            crate::ui::browser::focus_later(RESULT_HEADING);
        }
        Err(liste) => {
            resultat.ryd();
            vis_fejl(fejl, liste);
        }
    }
}

/// The frame of every calculator page: breadcrumbs, title and `<h1>`, the lead, an
/// optional note, the error summary, the form (its fields are the children) with the
/// "Beregn" button, then the note that a result is out of date, or the current result.
/// **Use** it for each calculator; its fields are `Felt`, `Radioer`, `JaNej`. "Beregn"
/// runs `beregn` (the form is not sent anywhere) and hands its outcome to [`indsend`].
#[component]
pub fn Regneside<I, R, B, V, IV>(
    side: &'static Side,
    fejl: Fejlliste,
    /// The result and the input it belongs to.
    resultat: Beregnet<I, R>,
    /// Reads the form: the result, or the errors.
    beregn: B,
    /// Shows a current result.
    vis: V,
    children: Children,
) -> impl IntoView
where
    I: Clone + PartialEq + Send + Sync + 'static,
    R: Clone + Send + Sync + 'static,
    B: Fn() -> Result<R, Vec<Fejl>> + 'static,
    V: Fn(R) -> IV + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    let i18n = use_i18n();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        indsend(resultat, fejl, beregn());
    };
    view! {
        <super::Kruemmer title=side.title />
        <div class="page-narrow calc-page">
            <BeregnHead title=side.title heading=side.heading fejl=fejl />
            <crate::ui::pages::P key=side.lead class="font-lead" />
            {side.note.map(|key| view! {
                <div class="alert alert-warning" role="note">
                    <div class="alert-body"><p class="alert-text">{move || i18n.t(key)}</p></div>
                </div>
            })}
            <FejlOpsummering fejl=fejl />
            <form class="calc-form" novalidate on:submit=on_submit>
                {children()}
                <button type="submit" class="button button-primary" data-testid="calculate">
                    {move || i18n.t("beregn-calculate")}
                </button>
            </form>
            <ForaeldetNote vis=Signal::derive(move || resultat.foraeldet()) />
            {move || resultat.aktuel().map(&vis)}
        </div>
    }
}

/// The error summary at the top of a form (the shared `ErrorSummary`): "Felt: besked" for
/// each field, linking to it.
#[component]
pub fn FejlOpsummering(fejl: Fejlliste) -> impl IntoView {
    let i18n = use_i18n();
    let items = Signal::derive(move || {
        fejl.with(|liste| {
            liste
                .iter()
                .map(|f| {
                    let text = i18n.t_with(
                        "beregn-error-summary-item",
                        &[("felt", &f.navn.vis(i18n)), ("besked", &f.besked.vis(i18n))],
                    );
                    ErrorLink::field(f.felt.clone(), text)
                })
                .collect()
        })
    });
    view! { <ErrorSummary heading=Signal::derive(move || i18n.t("beregn-error-summary-heading")) items=items /> }
}

/// The message of one field, translated, reactive.
fn felt_fejl(fejl: Fejlliste, id: String) -> Signal<Option<String>> {
    let i18n = use_i18n();
    let besked = Memo::new(move |_| {
        fejl.with(|l| l.iter().find(|f| f.felt == id).map(|f| f.besked.clone()))
    });
    Signal::derive(move || besked.get().map(|t| t.vis(i18n)))
}

/// A text field: an amount (with "kr." after it), a whole number or a date.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Felttype {
    Beloeb,
    Heltal,
    Dato,
}

/// A calculator's text field as a constant: its element id, kind, the Fluent ids of its
/// label, of its name in the error summary and of its hint, and the input's width class.
/// One spec serves both the field ([`FeltAf`]) and reading it ([`Laeser`]), so the error
/// links to the field it is about.
pub struct Feltspec {
    pub id: &'static str,
    pub art: Felttype,
    pub label: &'static str,
    pub navn: &'static str,
    pub hint: Option<&'static str>,
    pub bredde: &'static str,
}

impl Feltspec {
    pub const fn ny(
        id: &'static str,
        art: Felttype,
        label: &'static str,
        navn: &'static str,
    ) -> Feltspec {
        Feltspec {
            id,
            art,
            label,
            navn,
            hint: None,
            bredde: "",
        }
    }

    pub const fn hint(mut self, hint: &'static str) -> Feltspec {
        self.hint = Some(hint);
        self
    }

    pub const fn bredde(mut self, class: &'static str) -> Feltspec {
        self.bredde = class;
        self
    }

    /// The field's name in the error summary.
    pub fn navn(&self) -> Tekst {
        Tekst::ny(self.navn)
    }
}

/// The date that picks the rates, as most calculators ask for it.
/// A field whose texts are the Fluent messages `{texts}-label`, `{texts}-name` (in the
/// error summary) and `{texts}-hint`, with an optional width class:
/// `felt!(Beloeb, "beregn-indkomst", "beregn-botilbud-income", "input-width-m")`.
/// (The i18n tests check that the three messages exist.)
macro_rules! felt {
    ($art:ident, $id:literal, $texts:literal) => {
        $crate::ui::pages::beregn::felter::Feltspec::ny(
            $id,
            $crate::ui::pages::beregn::felter::Felttype::$art,
            concat!($texts, "-label"),
            concat!($texts, "-name"),
        )
        .hint(concat!($texts, "-hint"))
    };
    ($art:ident, $id:literal, $texts:literal, $width:literal) => {
        felt!($art, $id, $texts).bredde($width)
    };
}
pub(crate) use felt;

pub const DATO: Feltspec = Feltspec::ny(
    "beregn-dato",
    Felttype::Dato,
    tk("beregn-date-label"),
    tk("beregn-date-name"),
);

/// The text field a [`Feltspec`] describes.
#[component]
pub fn FeltAf(
    spec: &'static Feltspec,
    value: RwSignal<String>,
    fejl: Fejlliste,
    /// A hint that follows other input (e.g. the regime a date gives).
    #[prop(optional, into)]
    note: Option<Signal<Option<String>>>,
) -> impl IntoView {
    view! {
        <Felt
            id=spec.id.to_string()
            label=Tekst::ny(spec.label)
            hint=spec.hint.map(Tekst::ny)
            note=note.unwrap_or_default()
            art=spec.art
            value=value
            fejl=fejl
            input_class=spec.bredde
        />
    }
}

/// A calculator's text field (the shared `TextInput`), its message from the form's errors.
#[component]
pub fn Felt(
    id: String,
    /// The label's Fluent id and arguments.
    label: Tekst,
    #[prop(into, default = None)] hint: Option<Tekst>,
    /// A hint that follows other input (e.g. the regime a date gives).
    #[prop(optional, into)]
    note: Option<Signal<Option<String>>>,
    art: Felttype,
    value: RwSignal<String>,
    fejl: Fejlliste,
    /// Extra class of the input (width).
    #[prop(optional)]
    input_class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = felt_fejl(fejl, id.clone());
    let (input_type, inputmode) = match art {
        Felttype::Beloeb => ("text", Some("decimal")),
        Felttype::Heltal => ("text", Some("numeric")),
        Felttype::Dato => ("date", None),
    };
    let suffix =
        Signal::derive(move || (art == Felttype::Beloeb).then(|| i18n.t("beregn-suffix-kr")));
    let hint = Signal::derive(move || hint.as_ref().map(|h| h.vis(i18n)));
    view! {
        <TextInput
            id=id
            label=Signal::derive(move || label.vis(i18n))
            hint=hint
            error=error
            value=value
            on_input=Callback::new(move |v| value.set(v))
            input_type=input_type
            inputmode=inputmode
            input_class=input_class
            suffix=suffix
            note=note.unwrap_or_default()
        />
    }
}

/// A calculator's radio group (the shared `Choices`): `None` means not answered. The ids are
/// `{name}-{i}`; the error links to the first.
#[component]
pub fn Radioer<T>(
    name: String,
    legend: Tekst,
    #[prop(optional)] hint: Option<Tekst>,
    /// (value, Fluent id of its label)
    options: Vec<(T, &'static str)>,
    value: RwSignal<Option<T>>,
    fejl: Fejlliste,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let error = felt_fejl(fejl, format!("{name}-0"));
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(i, (v, key))| {
            Choice::new(
                format!("{name}-{i}"),
                i.to_string(),
                Signal::derive(move || i18n.t(key)),
                Signal::derive(move || value.get() == Some(v)),
                move |_| value.set(Some(v)),
            )
        })
        .collect();
    let legend = Signal::derive(move || legend.vis(i18n));
    match hint {
        Some(h) => view! {
            <Choices name=name legend=legend hint=Signal::derive(move || h.vis(i18n)) error=error choices=choices />
        }
        .into_any(),
        None => view! { <Choices name=name legend=legend error=error choices=choices /> }.into_any(),
    }
}

/// A yes/no question.
#[component]
pub fn JaNej(
    name: String,
    legend: Tekst,
    #[prop(optional)] hint: Option<Tekst>,
    value: RwSignal<Option<bool>>,
    fejl: Fejlliste,
) -> impl IntoView {
    let options = vec![(true, tk("beregn-yes")), (false, tk("beregn-no"))];
    match hint {
        Some(hint) => view! { <Radioer name=name legend=legend hint=hint options=options value=value fejl=fejl /> }.into_any(),
        None => view! { <Radioer name=name legend=legend options=options value=value fejl=fejl /> }.into_any(),
    }
}

/// Sets a date field to today (in an effect, after rendering) if it is empty.
pub fn dato_i_dag(value: RwSignal<String>) {
    Effect::new(move |_| {
        if value.get_untracked().is_empty() {
            value.set(crate::domain::dato::iso(crate::ui::browser::idag()));
        }
    });
}
