//! Building an exam from a bank: the questions that match, drawn and shuffled with the seed.

use std::fmt;
use std::rc::Rc;

use super::{Draw, ExamConfig, Fields, Mode, Session, Slot};
use crate::bank::{Bank, Id, Level};
use crate::fingerprint::bank_fingerprint;
use crate::shuffle::SeededRng;

/// Why an exam could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError {
    UnknownTopic(String),
    NoQuestions,
    ZeroQuestions,
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::UnknownTopic(t) => write!(f, "the bank has no topic \"{t}\""),
            StartError::NoQuestions => f.write_str("no questions match the chosen topics"),
            StartError::ZeroQuestions => f.write_str("an exam needs at least one question"),
        }
    }
}

impl Session {
    /// Builds an exam: filters by topic, shuffles with the seed, takes the requested count,
    /// foundational questions before going-further ones (a listed review takes its own order).
    pub fn start(bank: &Bank, config: &ExamConfig, now_ms: u64) -> Result<Session, StartError> {
        if config.question_count == 0 {
            return Err(StartError::ZeroQuestions);
        }
        let mut wanted_topics = Vec::with_capacity(config.topics.len());
        for name in &config.topics {
            match bank.topics().iter().position(|t| t == name) {
                Some(i) => wanted_topics.push(i),
                None => return Err(StartError::UnknownTopic(name.clone())),
            }
        }
        let mut pool: Vec<usize> = bank
            .questions()
            .iter()
            .enumerate()
            .filter(|(_, q)| wanted_topics.is_empty() || wanted_topics.contains(&q.topic_index()))
            .filter(|(_, q)| {
                config.only_questions.is_empty() || config.only_questions.contains(q.id())
            })
            .map(|(i, _)| i)
            .collect();
        if pool.is_empty() {
            return Err(StartError::NoQuestions);
        }
        let going_further = |i: usize| bank.questions()[i].level() == Level::GoingFurther;
        let mut rng = SeededRng::new(config.seed);
        match &config.draw {
            Draw::Seeded => {
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
                // Going-further questions come only after every foundational one. A bank without
                // them keeps the order it always had, so links shared before levels existed
                // still give the same exam.
                if pool.iter().any(|&i| going_further(i)) {
                    pool.sort_by_key(|&i| going_further(i));
                    pool.truncate(config.question_count);
                    if config.shuffle_questions {
                        rng.shuffle(&mut pool);
                    }
                }
                pool.truncate(config.question_count);
            }
            Draw::LeastRecentlySeen(last_seen) => {
                // Shuffled first, so questions seen at the same time (or never) are drawn in
                // the seed's order; the sort is stable.
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
                let questions = bank.questions();
                pool.sort_by_key(|&i| {
                    (
                        going_further(i),
                        last_seen.get(questions[i].id()).copied().unwrap_or(0),
                    )
                });
                pool.truncate(config.question_count);
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
            }
            Draw::Listed(order) => {
                let questions = bank.questions();
                pool.retain(|&i| order.contains(questions[i].id()));
                pool.sort_by_key(|&i| order.iter().position(|id| id == questions[i].id()));
                pool.truncate(config.question_count);
            }
        }
        if pool.is_empty() {
            return Err(StartError::NoQuestions);
        }

        let slots = pool
            .into_iter()
            .map(|i| {
                let question = &bank.questions()[i];
                let mut choices: Vec<Id> =
                    question.choices().iter().map(|c| c.id().clone()).collect();
                if config.shuffle_choices {
                    rng.shuffle(&mut choices);
                }
                Rc::new(Slot {
                    question: question.id().clone(),
                    choices,
                    choose: question.choose(),
                    selected: Vec::new(),
                    flagged: false,
                    checked: false,
                    confidence: None,
                    again: false,
                    time_ms: 0,
                    struck: Vec::new(),
                    highlights: Vec::new(),
                    note: String::new(),
                })
            })
            .collect();

        let time_limit_ms = config.accommodation.apply_to(config.time_limit_ms);
        Ok(Session(Fields {
            bank_id: bank.id().clone(),
            bank_fingerprint: bank_fingerprint(bank),
            mode: config.mode,
            seed: config.seed,
            accommodation: config.accommodation,
            started_at_ms: now_ms,
            latest_ms: now_ms,
            time_limit_ms,
            deadline_ms: time_limit_ms.map(|limit| now_ms.saturating_add(limit)),
            current: 0,
            slots,
            finish: None,
            requeue_missed: config.mode == Mode::Practice,
            shown_at_ms: Some(now_ms),
        }))
    }
}
