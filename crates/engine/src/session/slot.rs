//! One question's place in an exam and the candidate's response to it.

use serde::{Deserialize, Serialize};

use crate::bank::Id;
use crate::certainty::Confidence;

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
    /// How long this question was on screen, over every visit, up to the last move away.
    pub fn time_ms(&self) -> u64 {
        self.time_ms
    }
}
