//! What an exam is set up with: its mode, any extra time, and which questions it draws.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bank::{Bank, Id};

/// How answers are judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Each answer can be checked at once and is then locked.
    Practice,
    /// Timed; feedback only in the results.
    Exam,
}

/// The minutes the ESL accommodation adds to an exam's time limit, whatever that limit is.
pub const ESL_EXTRA_MINUTES: u32 = 30;

/// Extra time granted before the start, as WCAG 2.2.1 asks; recorded in the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Accommodation {
    #[default]
    Standard,
    /// One and a half times the time limit.
    Extended150,
    /// Twice the time limit.
    Extended200,
    /// [`ESL_EXTRA_MINUTES`] more than the time limit: what AWS Certification grants candidates
    /// whose first language is not English ("ESL +30 minutes"). The minutes are added to the
    /// limit in force, the bank's or one of the candidate's choosing, so a short exam gets them
    /// whole too.
    #[serde(rename = "esl30")]
    Esl30,
    /// No time limit at all.
    Untimed,
}

impl Accommodation {
    /// Every accommodation, in the order the set-up form offers them.
    pub const ALL: [Accommodation; 5] = [
        Accommodation::Standard,
        Accommodation::Extended150,
        Accommodation::Extended200,
        Accommodation::Esl30,
        Accommodation::Untimed,
    ];

    /// The time limit in force under this accommodation, given the limit before it; `None`
    /// means no limit. This is the one rule: an exam without a limit stays without one under
    /// every accommodation, since there is nothing to extend.
    pub fn apply_to(self, limit_ms: Option<u64>) -> Option<u64> {
        let limit_ms = limit_ms?;
        match self {
            Accommodation::Standard => Some(limit_ms),
            Accommodation::Extended150 => Some(limit_ms.saturating_mul(3) / 2),
            Accommodation::Extended200 => Some(limit_ms.saturating_mul(2)),
            Accommodation::Esl30 => {
                Some(limit_ms.saturating_add(u64::from(ESL_EXTRA_MINUTES) * 60_000))
            }
            Accommodation::Untimed => None,
        }
    }
}

/// What the candidate chose on the set-up form (or what a shared link fixed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamConfig {
    pub mode: Mode,
    /// How many questions to ask; more than are available means all of them.
    pub question_count: usize,
    /// Topic names to include; empty means every topic.
    pub topics: Vec<String>,
    /// Restrict the exam to these questions (e.g. "retry the ones I missed"); empty means all.
    pub only_questions: Vec<Id>,
    pub shuffle_questions: bool,
    pub shuffle_choices: bool,
    pub seed: u64,
    /// The time limit before any accommodation; `None` means untimed.
    pub time_limit_ms: Option<u64>,
    pub accommodation: Accommodation,
    /// Which questions are drawn first when the exam asks for fewer than match.
    pub draw: Draw,
}

/// How an exam picks its questions from those that match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Draw {
    /// In the seed's order: a shared link gives every candidate the same exam.
    #[default]
    Seeded,
    /// Questions never answered first, then the least recently answered (the value is when each
    /// question was last answered, in ms). Reproducible from the seed and these times.
    LeastRecentlySeen(HashMap<Id, u64>),
    /// These questions, in this order (a review, most urgent first); no others.
    Listed(Vec<Id>),
}

impl ExamConfig {
    /// The bank's defaults: exam mode, its question count and time limit, everything shuffled.
    pub fn defaults_for(bank: &Bank, seed: u64) -> ExamConfig {
        ExamConfig {
            mode: Mode::Exam,
            question_count: bank.default_question_count(),
            topics: Vec::new(),
            only_questions: Vec::new(),
            shuffle_questions: true,
            shuffle_choices: true,
            seed,
            time_limit_ms: Some(u64::from(bank.default_time_limit_minutes()) * 60_000),
            accommodation: Accommodation::Standard,
            draw: Draw::Seeded,
        }
    }
}
