//! What a candidate marks on a question for themselves: passages highlighted in its prompt or
//! choices, and a short note. Both are saved with the session, shown in the review and never
//! scored.

use serde::{Deserialize, Serialize};

use crate::bank::Id;

/// The longest note, in characters: a few sentences, enough to say why an answer was chosen.
pub const MAX_NOTE_CHARS: usize = 1_000;

/// The most passages one question can have highlighted.
pub const MAX_HIGHLIGHTS: usize = 20;

/// The longest passage one highlight keeps the words of, in characters.
pub const MAX_HIGHLIGHT_CHARS: usize = 500;

/// Where a highlighted passage is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Passage {
    Prompt,
    Choice(Id),
}

/// A highlighted passage: from `start` to `end` in the passage's text as the page shows it
/// (counted in UTF-16 code units, as the browser counts), and the words it covers, so the review
/// can quote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Highlight {
    pub passage: Passage,
    pub start: u32,
    pub end: u32,
    pub text: String,
}

impl Highlight {
    /// Whether the two cover some of the same text.
    pub fn overlaps(&self, other: &Highlight) -> bool {
        self.passage == other.passage && self.start < other.end && other.start < self.end
    }

    /// Whether it could have been made on a question with these choices.
    pub(super) fn fits(&self, choices: &[Id]) -> bool {
        let passage = match &self.passage {
            Passage::Prompt => true,
            Passage::Choice(id) => choices.contains(id),
        };
        passage
            && self.start < self.end
            && !self.text.trim().is_empty()
            && self.text.chars().count() <= MAX_HIGHLIGHT_CHARS
    }
}
