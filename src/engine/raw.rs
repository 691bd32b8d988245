//! The bank file as written: every field optional and unchecked, exactly as serde reads it.
//!
//! Nothing outside [`crate::engine::validate`] should use these types; they exist so that a file
//! with missing or misspelt fields still parses far enough to report all its problems at once.

use serde::Deserialize;

use crate::lenient_struct;

lenient_struct! {
    /// A whole bank file.
    pub struct RawBank {
        schema: String = "$schema",
        format: i64 = "format",
        id: String = "id",
        title: String = "title",
        description: String = "description",
        topics: Vec<String> = "topics",
        default_question_count: i64 = "default_question_count",
        default_time_limit_minutes: i64 = "default_time_limit_minutes",
        pass_mark_percent: i64 = "pass_mark_percent",
        questions: Vec<RawQuestion> = "questions",
    }
}

lenient_struct! {
    /// One question as written.
    pub struct RawQuestion {
        id: String = "id",
        topic: String = "topic",
        prompt: String = "prompt",
        choices: Vec<RawChoice> = "choices",
        answer: RawAnswer = "answer",
        explanation: String = "explanation",
        references: Vec<RawReference> = "references",
    }
}

lenient_struct! {
    /// One choice as written.
    pub struct RawChoice {
        id: String = "id",
        text: String = "text",
        explanation: String = "explanation",
    }
}

lenient_struct! {
    /// One reference link as written.
    pub struct RawReference {
        title: String = "title",
        url: String = "url",
    }
}

/// The correct choice ids: a single id for one answer, or a list for "Choose N".
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum RawAnswer {
    One(String),
    Many(Vec<String>),
}

impl RawAnswer {
    /// The answer ids as a list, whichever way they were written.
    pub fn ids(&self) -> Vec<&str> {
        match self {
            RawAnswer::One(id) => vec![id.as_str()],
            RawAnswer::Many(ids) => ids.iter().map(String::as_str).collect(),
        }
    }
}
