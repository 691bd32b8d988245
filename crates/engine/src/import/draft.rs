//! What an imported bank is named and keyed by when its file does not say: choice ids from
//! positions, ids and titles from file names, and the words that fill a gap.
//!
//! The text readers' draft itself, and its conversion into a raw bank, is [`DraftBank`] (in
//! `draft_bank`, built with the readers only); the page needs only what is here.

#[cfg(feature = "readers")]
pub use super::draft_bank::{DraftBank, DraftChoice, DraftQuestion, question_label};
use crate::bank::Id;

/// The explanation given to an imported question whose file has none, so the format's rule
/// "every question explains its answer" holds and the gap stays visible to the checker.
pub const MISSING_EXPLANATION: &str = "The question file gives no explanation for this answer.";

/// The topic of questions whose file names none.
pub const DEFAULT_TOPIC: &str = "General";

/// The id of the choice at `position`: `a`…`z`, then `c27`, `c28`….
pub fn choice_id(position: usize) -> String {
    match choice_letter(position) {
        Some(letter) => letter.to_ascii_lowercase().to_string(),
        None => format!("c{}", position + 1),
    }
}

/// The capital letter of the choice at `position` (`0` → `A`), for the first 26 choices.
pub fn choice_letter(position: usize) -> Option<char> {
    u8::try_from(position)
        .ok()
        .filter(|p| *p < 26)
        .map(|p| char::from(b'A' + p))
}

/// The 0-based position of a choice letter (`A`/`a` → 0), if it is one.
pub fn letter_position(letter: char) -> Option<usize> {
    letter
        .is_ascii_alphabetic()
        .then(|| usize::from(letter.to_ascii_lowercase() as u8 - b'a'))
}

/// The last path component of a file name.
pub fn base_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// The file name without folders or extension.
pub(super) fn stem(file: &str) -> &str {
    let base = base_name(file);
    match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    }
}

/// Lower-case letters, digits and single dashes, at most [`Id::MAX_LEN`] long: a valid id.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= Id::MAX_LEN {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A bank id made from the file name: `AWS notes.gift` → `aws-notes`.
pub fn bank_id_from_file(file: &str) -> String {
    let id = slug(stem(file));
    if id.is_empty() {
        "imported".to_owned()
    } else {
        id
    }
}
