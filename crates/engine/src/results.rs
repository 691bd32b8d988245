//! Scoring a session against its bank: right only when exactly the correct choices are chosen.

use super::bank::{Bank, Id, PassMark};
use super::certainty::{CertaintyScore, Confidence};
use super::session::{Accommodation, FinishReason, Mode, Session};

/// How one question went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Correct,
    /// Answered, but not with exactly the correct choices.
    Wrong,
    Unanswered,
}

/// One question in the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionResult {
    /// Position in the exam, from 0.
    pub index: usize,
    pub question_id: Id,
    pub outcome: Outcome,
    pub flagged: bool,
    pub confidence: Option<Confidence>,
}

/// Correct answers out of questions asked, for one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicResult {
    pub topic: String,
    pub correct: usize,
    pub total: usize,
}

impl TopicResult {
    pub fn percent(&self) -> f64 {
        percent(self.correct, self.total)
    }
}

/// The whole result of a session.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub mode: Mode,
    pub total: usize,
    pub correct: usize,
    pub wrong: usize,
    pub unanswered: usize,
    pub flagged: usize,
    pub pass_mark: PassMark,
    pub passed: bool,
    /// Topics in the bank's order, only those the exam asked about.
    pub per_topic: Vec<TopicResult>,
    pub questions: Vec<QuestionResult>,
    pub time_used_ms: u64,
    pub time_limit_ms: Option<u64>,
    pub accommodation: Accommodation,
    /// `None` while the exam is still running.
    pub finish_reason: Option<FinishReason>,
    /// The certainty-based score, when the candidate gave a confidence for any answer.
    pub certainty: Option<CertaintyScore>,
}

impl Results {
    /// Scores `session` with the answers in `bank`, measuring time up to `now_ms` if unfinished.
    pub fn of(session: &Session, bank: &Bank, now_ms: u64) -> Results {
        let mut per_topic: Vec<TopicResult> = bank
            .topics()
            .iter()
            .map(|t| TopicResult {
                topic: t.clone(),
                correct: 0,
                total: 0,
            })
            .collect();
        let mut questions = Vec::with_capacity(session.slots().len());
        // A missed question asked again later in practice is a second chance, not a question of
        // the exam: only the first answer counts.
        for (index, slot) in session
            .slots()
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_again())
        {
            // Restore and start guarantee every slot names a bank question; a missing one
            // (impossible past those checks) scores as wrong rather than panicking.
            let question = bank.question(slot.question_id());
            let outcome = match question {
                _ if !slot.is_answered() => Outcome::Unanswered,
                Some(q) if q.is_right(slot.selected()) => Outcome::Correct,
                _ => Outcome::Wrong,
            };
            if let Some(q) = question {
                let topic = &mut per_topic[q.topic_index()];
                topic.total += 1;
                topic.correct += usize::from(outcome == Outcome::Correct);
            }
            questions.push(QuestionResult {
                index,
                question_id: slot.question_id().clone(),
                outcome,
                flagged: slot.is_flagged(),
                confidence: slot.confidence(),
            });
        }
        let count = |o: Outcome| questions.iter().filter(|q| q.outcome == o).count();
        let (correct, wrong, unanswered) = (
            count(Outcome::Correct),
            count(Outcome::Wrong),
            count(Outcome::Unanswered),
        );
        let total = questions.len();
        let certainty = questions.iter().any(|q| q.confidence.is_some()).then(|| {
            CertaintyScore::of(
                questions
                    .iter()
                    .map(|q| (q.outcome == Outcome::Correct, q.confidence)),
            )
        });
        Results {
            mode: session.mode(),
            total,
            correct,
            wrong,
            unanswered,
            flagged: questions.iter().filter(|q| q.flagged).count(),
            pass_mark: bank.pass_mark(),
            passed: bank.pass_mark().is_met_by(correct, total),
            per_topic: per_topic.into_iter().filter(|t| t.total > 0).collect(),
            questions,
            time_used_ms: session.time_used_ms(now_ms),
            time_limit_ms: session.time_limit_ms(),
            accommodation: session.accommodation(),
            finish_reason: session.finish().map(|f| f.reason),
            certainty,
        }
    }

    /// The score in percent (0–100), unrounded.
    pub fn percent(&self) -> f64 {
        percent(self.correct, self.total)
    }

    /// Answers given as sure but wrong: misconceptions, reviewed first.
    pub fn sure_but_wrong(&self) -> impl Iterator<Item = &QuestionResult> {
        self.questions
            .iter()
            .filter(|q| q.outcome == Outcome::Wrong && q.confidence == Some(Confidence::Sure))
    }

    /// Right answers the candidate called a guess: luck, not yet knowledge.
    pub fn right_but_guessed(&self) -> impl Iterator<Item = &QuestionResult> {
        self.questions
            .iter()
            .filter(|q| q.outcome == Outcome::Correct && q.confidence == Some(Confidence::Guess))
    }

    /// Ids of the questions answered wrongly or not at all, for "retry the ones I missed".
    pub fn missed(&self) -> Vec<Id> {
        self.questions
            .iter()
            .filter(|q| q.outcome != Outcome::Correct)
            .map(|q| q.question_id.clone())
            .collect()
    }
}

fn percent(correct: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        correct as f64 * 100.0 / total as f64
    }
}
