//! Spaced review per bank: every answered question's memory state, when it is due, and what a
//! candidate's first answers say about them; saved as versioned JSON.
//!
//! A question counts once per session (its first answer there), keyed by its id and reset when
//! its content changes. Unanswered questions are not recorded: nothing says they were read.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::bank::{Bank, Id, Question};
use super::calendar_date::CalendarDate;
use super::certainty::{Confidence, rating};
use super::fingerprint::question_fingerprint;
use super::fsrs::{Memory, days_ms, whole_days_between};
use super::versioned::{self, RecordError, RecordFormat};

/// The review format version this build reads and writes.
pub const REVIEW_FORMAT: u32 = 1;

/// What a saved review book says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: None,
    version: REVIEW_FORMAT,
};

/// One question's review record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The question's content fingerprint when it was last answered.
    pub content: String,
    pub memory: Memory,
    pub last_answered_ms: u64,
    pub due_ms: u64,
    /// When the session of the last answer started: a question counts once per session.
    pub session_ms: u64,
    /// Whether the very first answer to this question was right (the readiness estimate reads
    /// only these: retries and reviews would flatter it).
    pub first_right: bool,
    pub last_right: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_confidence: Option<Confidence>,
    pub answers: u32,
}

impl Card {
    /// Sure, yet wrong the last time: a misconception, reviewed before anything else.
    pub fn is_misconception(&self) -> bool {
        !self.last_right && self.last_confidence == Some(Confidence::Sure)
    }
}

/// One answer, as the review book takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub right: bool,
    pub confidence: Option<Confidence>,
    /// When the session it was given in started.
    pub session_ms: u64,
    pub at_ms: u64,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exam_date: Option<String>,
    cards: BTreeMap<String, Card>,
}

/// The review records of one bank, and the candidate's exam date if they gave one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewBook {
    cards: BTreeMap<String, Card>,
    exam_date: Option<CalendarDate>,
}

impl ReviewBook {
    /// Reads a saved book; anything unreadable is an error for the caller to report and set aside.
    pub fn from_json(json: &str) -> Result<ReviewBook, String> {
        let stored: Stored = versioned::read(json, FORMAT).map_err(|error| match error {
            RecordError::Version(version) => format!("review format {version} is unknown"),
            other => other.to_string(),
        })?;
        let exam_date = match stored.exam_date {
            None => None,
            Some(text) => Some(
                CalendarDate::parse(&text)
                    .ok_or_else(|| format!("exam_date: \"{text}\" is not a YYYY-MM-DD date"))?,
            ),
        };
        for (id, card) in &stored.cards {
            let finite = card.memory.stability.is_finite() && card.memory.difficulty.is_finite();
            if !finite || card.memory.stability <= 0.0 {
                return Err(format!(
                    "cards.{id}: its memory state is not a positive number"
                ));
            }
        }
        Ok(ReviewBook {
            cards: stored.cards,
            exam_date,
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&Stored {
            format: REVIEW_FORMAT,
            exam_date: self.exam_date.map(|d| d.to_string()),
            cards: self.cards.clone(),
        })
        .expect("review records hold only strings, numbers and flags")
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    pub fn exam_date(&self) -> Option<CalendarDate> {
        self.exam_date
    }

    /// Sets the date of the candidate's exam: from now on no interval runs past it.
    pub fn set_exam_date(&mut self, date: Option<CalendarDate>) {
        self.exam_date = date;
    }

    /// The record of `question`, if it is current (answered since its content last changed).
    pub fn card(&self, question: &Question) -> Option<&Card> {
        self.cards
            .get(question.id().as_str())
            .filter(|card| card.content == question_fingerprint(question))
    }

    /// Records an answer. A question already answered in the same session keeps its first
    /// answer; one whose content changed starts afresh. Returns whether anything changed.
    pub fn record(&mut self, question: &Question, answer: Answer) -> bool {
        let content = question_fingerprint(question);
        let previous = self
            .cards
            .get(question.id().as_str())
            .filter(|card| card.content == content);
        if previous.is_some_and(|card| card.session_ms == answer.session_ms) {
            return false;
        }
        let grade = rating(answer.right, answer.confidence);
        let memory = match previous {
            Some(card) => card.memory.next(
                whole_days_between(card.last_answered_ms, answer.at_ms),
                grade,
            ),
            None => Memory::first(grade),
        };
        let mut due_ms = answer.at_ms + days_ms(memory.interval_days());
        if let Some(exam_ms) = self.exam_date.map(CalendarDate::start_ms)
            && exam_ms > answer.at_ms
        {
            due_ms = due_ms.min(exam_ms);
        }
        let card = Card {
            content,
            memory,
            last_answered_ms: answer.at_ms,
            due_ms,
            session_ms: answer.session_ms,
            first_right: previous.map_or(answer.right, |card| card.first_right),
            last_right: answer.right,
            last_confidence: answer.confidence,
            answers: previous.map_or(0, |card| card.answers) + 1,
        };
        self.cards.insert(question.id().to_string(), card);
        true
    }

    /// When each question of `bank` was last answered, for drawing unseen questions first.
    pub fn last_answered(&self, bank: &Bank) -> HashMap<Id, u64> {
        bank.questions()
            .iter()
            .filter_map(|q| Some((q.id().clone(), self.card(q)?.last_answered_ms)))
            .collect()
    }

    /// What a review session asks, most urgent first: misconceptions (sure but wrong), then
    /// the other questions missed last time, then those due, the longest overdue first.
    pub fn review_queue(&self, bank: &Bank, now_ms: u64) -> Vec<Id> {
        let mut queue: Vec<(u8, u64, &Question)> = bank
            .questions()
            .iter()
            .filter_map(|q| {
                let card = self.card(q)?;
                let urgency = if card.is_misconception() {
                    0
                } else if !card.last_right {
                    1
                } else if card.due_ms <= now_ms {
                    2
                } else {
                    return None;
                };
                Some((urgency, card.due_ms, q))
            })
            .collect();
        queue.sort_by_key(|&(urgency, due_ms, _)| (urgency, due_ms));
        queue.into_iter().map(|(_, _, q)| q.id().clone()).collect()
    }

    /// Per topic of `bank` (in its order): first answers right, and first answers.
    pub fn first_answers_by_topic(&self, bank: &Bank) -> Vec<(usize, usize)> {
        let mut counts = vec![(0, 0); bank.topics().len()];
        for question in bank.questions() {
            if let Some(card) = self.card(question) {
                let topic = &mut counts[question.topic_index()];
                topic.0 += usize::from(card.first_right);
                topic.1 += 1;
            }
        }
        counts
    }

    /// Takes in another book (from a progress file): per question, the more recent record wins;
    /// an exam date fills in only where none is set. Returns how many records were taken.
    pub fn merge(&mut self, other: ReviewBook) -> usize {
        let mut taken = 0;
        for (id, card) in other.cards {
            let newer = self
                .cards
                .get(&id)
                .is_none_or(|mine| card.last_answered_ms > mine.last_answered_ms);
            if newer {
                self.cards.insert(id, card);
                taken += 1;
            }
        }
        if self.exam_date.is_none() {
            self.exam_date = other.exam_date;
        }
        taken
    }
}
