//! One question's place in an exam and the candidate's response to it.

use serde::{Deserialize, Serialize};

use crate::bank::Id;
use crate::certainty::Confidence;

use super::notes::{Highlight, MAX_NOTE_CHARS};

/// One question's place in the exam and the candidate's response to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub(super) question: Id,
    /// Choice ids in the order they are shown.
    pub(super) choices: Vec<Id>,
    /// How many choices make a full answer.
    pub(super) choose: usize,
    /// Chosen ids, kept in display order.
    pub(super) selected: Vec<Id>,
    pub(super) flagged: bool,
    /// Practice mode: the answer was checked and is locked.
    pub(super) checked: bool,
    /// How sure the candidate said they were, if they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) confidence: Option<Confidence>,
    /// A question missed earlier in this session, asked once more; it does not count in the
    /// score.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) again: bool,
    /// Milliseconds this question was on screen, over every visit.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(super) time_ms: u64,
    /// Choices the candidate ruled out, kept in display order: shown struck through, still
    /// choosable, never scored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) struck: Vec<Id>,
    /// Passages the candidate highlighted, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) highlights: Vec<Highlight>,
    /// The candidate's own note on the question, at most [`MAX_NOTE_CHARS`] characters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(super) note: String,
}

/// Whether a note is short enough to keep.
pub(super) fn note_fits(note: &str) -> bool {
    note.chars().count() <= MAX_NOTE_CHARS
}

fn is_zero(ms: &u64) -> bool {
    *ms == 0
}

fn is_false(flag: &bool) -> bool {
    !flag
}

impl Slot {
    pub fn question_id(&self) -> &Id {
        &self.question
    }
    pub fn choice_order(&self) -> &[Id] {
        &self.choices
    }
    pub fn choose(&self) -> usize {
        self.choose
    }
    pub fn selected(&self) -> &[Id] {
        &self.selected
    }
    pub fn is_selected(&self, id: &Id) -> bool {
        self.selected.contains(id)
    }
    pub fn is_answered(&self) -> bool {
        !self.selected.is_empty()
    }
    pub fn is_flagged(&self) -> bool {
        self.flagged
    }
    pub fn is_checked(&self) -> bool {
        self.checked
    }
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }
    /// Whether this is a missed question asked again, outside the score.
    pub fn is_again(&self) -> bool {
        self.again
    }
    /// Whether the candidate ruled this choice out.
    pub fn is_struck(&self, id: &Id) -> bool {
        self.struck.contains(id)
    }
    /// The choices ruled out, in display order.
    pub fn struck(&self) -> &[Id] {
        &self.struck
    }
    /// The passages highlighted, in the order they were made.
    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }
    /// The candidate's note ("" when there is none).
    pub fn note(&self) -> &str {
        &self.note
    }
    /// How long this question was on screen, over every visit, up to the last move away.
    pub fn time_ms(&self) -> u64 {
        self.time_ms
    }
}
