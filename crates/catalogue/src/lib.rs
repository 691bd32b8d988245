//! The interface's messages: a language's compiled catalogue, and the formatter that turns one
//! of its messages and the message's arguments into text.
//!
//! The catalogues are Fluent files (`src/locales/<language>.ftl`). The build reads them with the
//! `compile` feature, checks every language against English, and writes each one in the compiled
//! form here: the page fetches only that, and formats it with the browser's own plural rules and
//! number formats (the [`Locale`] it is given), so no parser and no locale data ship to it.

mod choose;
mod compiled;
mod de;
mod format;

#[cfg(feature = "compile")]
pub mod compile;

/// The folder, beside the page, that holds each language's compiled catalogue (`<tag>.json`).
pub const COMPILED_FOLDER: &str = "locales/";

pub use choose::choose_language;
pub use compiled::{Case, Catalogue, Key, Part, Pattern};
pub use format::{Arg, Locale, PluralCategory, format};
