//! Find hjælp: the screener. Plain questions in, an explained answer out.
//!
//! - [`Svar`]: the answers so far (every field can be "not answered").
//! - [`spoergsmaal`]: the questions that apply to those answers, in order (skip logic),
//!   with [`naeste`], [`forrige`] and [`foerste_ubesvarede`] for one question per page.
//! - [`vurder`]: every service standard of the chosen municipality with a verdict
//!   ([`Vurdering`]: kan passe / kommunen vurderer / passer nok ikke), the criteria it rests
//!   on (each [`Status`]: opfyldt / ikke opfyldt / ikke besvaret / vurderes individuelt, with
//!   its § and source), what might help instead, and the immediate help ([`Straks`]) that
//!   comes first when the answers mention violence, an acute crisis or anonymity.
//! - [`naeste_skridt`]: for the chosen services, how to apply, the processing time, and one
//!   combined list of documents to gather.
//!
//! The criteria are computed from the content data (`[criteria]` in seeds/), plus the
//! special rules the sources state that the data does not hold ([`regler`]). The screener
//! produces no sentences: every text is a Fluent message id with arguments ([`Besked`];
//! every id is in [`BESKED_IDS`]). It never says that someone is or is not entitled to help:
//! the municipality makes the real assessment.

pub mod besked;
pub mod naeste;
pub mod regler;
pub mod spoergsmaal;
pub mod status;
pub mod straks;
pub mod svar;
pub mod vurdering;

pub use besked::{id, Besked, Ordvalg, BESKED_IDS};
pub use naeste::{naeste_skridt, naeste_skridt_i, Dokument, Henvendelse, NaesteSkridt};
pub use spoergsmaal::{
    foerste_ubesvarede, forrige, gaeldende_svar, gaeldende_svar_i, naeste, spoergsmaal,
    spoergsmaal_i, tema_besked_id, Spoergsmaal, AFSNIT,
};
pub use straks::{straks, straks_i, Straks, StraksArt};
pub use svar::{
    Alder, Bolig, Hvem, JaNej, Niveau, Pension, SocialtForhold, Svar, Tema, SPURGTE_TEMAER,
};
pub use vurdering::{
    vurder, vurder_i, Alternativ, Grundlag, Kriterium, Resultat, Rolle, Status, Vurdering,
    Ydelsesvurdering,
};
