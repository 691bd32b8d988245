//! The bank file as written: every field optional and unchecked, exactly as serde reads it.
//!
//! Nothing outside [`crate::validate`] should use these types; they exist so that a file
//! with missing or misspelt fields still parses far enough to report all its problems at once.
//! The doc comments on the fields become the descriptions editors show from the JSON Schema.

use serde::Deserialize;

use crate::lenient_struct;

lenient_struct! {
    /// An Exam Practice question bank (format 1).
    pub struct RawBank {
        /// Where editors find this schema, e.g. "bank.schema.json".
        schema: String = "$schema",
        /// The bank format version: 1.
        #[schemars(required, range(min = 1, max = 1))]
        format: i64 = "format",
        /// A stable id for links and saved progress: letters, digits, '-', '_' and '.', at most 64.
        #[schemars(required, length(min = 1, max = 64), pattern(r"^[A-Za-z0-9._-]+$"))]
        id: String = "id",
        /// The bank's name as candidates see it.
        #[schemars(required, length(min = 1))]
        title: String = "title",
        /// What the bank covers (Markdown subset).
        #[schemars(required, length(min = 1))]
        description: String = "description",
        /// The language the bank is written in, as a BCP 47 tag ("fr", "pt-BR", "ar"): the page
        /// marks the bank's text with it, so it is read and hyphenated by that language's rules.
        #[schemars(pattern(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$|^[xX](-[A-Za-z0-9]{1,8})+$"))]
        language: String = "language",
        /// Every topic a question may name, in the order results list them.
        #[schemars(required, length(min = 1))]
        topics: Vec<String> = "topics",
        /// How many questions an exam asks unless the candidate chooses (default: all).
        #[schemars(range(min = 1))]
        default_question_count: i64 = "default_question_count",
        /// The time limit for the default number of questions (default: 90 seconds a question).
        #[schemars(range(min = 1, max = crate::deep_link::MAX_TIME_LIMIT_MINUTES))]
        default_time_limit_minutes: i64 = "default_time_limit_minutes",
        /// The percentage of right answers needed to pass (default: 70).
        #[schemars(range(min = 0, max = 100))]
        pass_mark_percent: i64 = "pass_mark_percent",
        /// Whether exams shuffle questions and choices unless the candidate says otherwise (default: true).
        shuffle: bool = "shuffle",
        /// When the bank's facts were last checked against their sources, as YYYY-MM-DD.
        #[schemars(pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
        facts_checked: String = "facts_checked",
        /// Where candidates report a problem with a question: an https:// or mailto: address in
        /// which {bank} and {question} stand for the ids, e.g.
        /// "https://github.com/org/repo/issues/new?title={bank}%20{question}".
        #[schemars(pattern(r"^(https://|mailto:)[^\s]*\{question\}[^\s]*$"))]
        report_url: String = "report_url",
        /// Each topic's share of the real exam, e.g. {"Compute": 34, "Billing": 12} (any
        /// positive numbers; topics left out weigh nothing). Readiness estimates use it; without
        /// it, each topic weighs its share of the bank's questions.
        topic_weights: std::collections::BTreeMap<String, f64> = "topic_weights",
        /// The questions.
        #[schemars(required, length(min = 1))]
        questions: Vec<RawQuestion> = "questions" read by crate::lenient::GrowByQuarters::<RawQuestion>::new(),
    }
}

lenient_struct! {
    /// One multiple-choice question.
    pub struct RawQuestion {
        /// Unique within the bank: letters, digits, '-', '_' and '.', at most 64.
        #[schemars(required, length(min = 1, max = 64), pattern(r"^[A-Za-z0-9._-]+$"))]
        id: String = "id",
        /// One of the bank's topics.
        #[schemars(required)]
        topic: String = "topic",
        /// The question text (Markdown subset).
        #[schemars(required, length(min = 1))]
        prompt: String = "prompt",
        /// At least two choices.
        #[schemars(required, length(min = 2))]
        choices: Vec<RawChoice> = "choices",
        /// The id of the right choice, or a list of ids for "Choose N".
        #[schemars(required)]
        answer: RawAnswer = "answer",
        /// Why the answer is right (Markdown subset).
        #[schemars(required, length(min = 1))]
        explanation: String = "explanation",
        /// Further reading.
        references: Vec<RawReference> = "references",
        /// "foundational" (the default) or "going-further": exams draw going-further questions
        /// only once the foundational ones that match are all asked.
        #[schemars(pattern(r"^(foundational|going-further)$"))]
        level: String = "level",
    }
}

lenient_struct! {
    /// One choice of a question.
    pub struct RawChoice {
        /// Unique within the question, e.g. "a".
        #[schemars(required, length(min = 1, max = 64), pattern(r"^[A-Za-z0-9._-]+$"))]
        id: String = "id",
        /// The choice as candidates see it (Markdown subset).
        #[schemars(required, length(min = 1))]
        text: String = "text",
        /// Why this choice is right or wrong (optional, Markdown subset).
        #[schemars(length(min = 1))]
        explanation: String = "explanation",
    }
}

lenient_struct! {
    /// A link to further reading.
    pub struct RawReference {
        /// The link text.
        #[schemars(required, length(min = 1))]
        title: String = "title",
        /// An http:// or https:// address.
        #[schemars(required, pattern(r"^https?://"))]
        url: String = "url",
    }
}

/// The correct choice ids: a single id for one answer, or a list for "Choose N".
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Read by schemars only (the schema says "one of"); reading is the visitor below.
#[cfg_attr(feature = "schema", serde(untagged))]
pub enum RawAnswer {
    One(String),
    Many(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<String>),
}

// Read by hand rather than with `#[serde(untagged)]`, which buffers every answer into an
// intermediate value and copies it before trying each variant: a tenth of the time of a large bank.
impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> serde::de::Visitor<'de> for AnswerVisitor {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a choice id or a list of choice ids")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<RawAnswer, E> {
                Ok(RawAnswer::One(id.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, id: String) -> Result<RawAnswer, E> {
                Ok(RawAnswer::One(id))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<RawAnswer, A::Error> {
                let mut ids = Vec::with_capacity(seq.size_hint().unwrap_or(2).min(26));
                while let Some(id) = seq.next_element::<String>()? {
                    ids.push(id);
                }
                Ok(RawAnswer::Many(ids))
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
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
