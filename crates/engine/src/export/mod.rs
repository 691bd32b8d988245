//! Writes a checked bank out: as a JSON bank file (here), the format every importer converts to,
//! or for an LMS's own quiz engine as GIFT ([`gift`]) or Moodle XML ([`moodle_xml`]).
//!
//! Every setting is written out, defaults included, so a teacher editing the file sees them all;
//! reading the text back with [`crate::validate::parse_bank`] gives an equal bank.

pub mod gift;
pub mod moodle_xml;

use serde::Serialize;

use crate::bank::{BANK_FORMAT, Bank, Level, Question, Reference};

use crate::schema::SCHEMA_FILE as SCHEMA_REFERENCE;

/// A question's general feedback for an LMS: its explanation, then its references as Markdown
/// links, since neither GIFT nor Moodle XML has a place for them.
pub fn feedback_with_references(explanation: &str, references: &[Reference]) -> String {
    let mut text = explanation.trim_end().to_owned();
    if !references.is_empty() {
        let links: Vec<String> = references
            .iter()
            .map(|r| format!("[{}]({})", r.title(), r.url()))
            .collect();
        text.push_str("\n\nRead more: ");
        text.push_str(&links.join(", "));
    }
    text
}

/// The bank's topics that have questions, each with its questions, in the bank's order: an
/// LMS category per topic.
pub fn by_topic(bank: &Bank) -> Vec<(&str, Vec<&Question>)> {
    bank.topics()
        .iter()
        .enumerate()
        .map(|(index, topic)| {
            let questions = bank
                .questions()
                .iter()
                .filter(|q| q.topic_index() == index)
                .collect();
            (topic.as_str(), questions)
        })
        .filter(|(_, questions): &(&str, Vec<&Question>)| !questions.is_empty())
        .collect()
}

/// A part of an LMS category path: parts are separated by `/`, which a name writes as `//`.
pub fn category_part(name: &str) -> String {
    name.trim().replace('/', "//")
}

/// The credit Moodle gives each of `right` right choices, as Moodle writes it (`33.33333`).
pub fn share_of_credit(right: usize) -> String {
    let text = format!("{:.5}", 100.0 / right.max(1) as f64);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[derive(Serialize)]
struct BankOut<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    format: i64,
    id: &'a str,
    title: &'a str,
    description: &'a str,
    topics: &'a [String],
    default_question_count: usize,
    default_time_limit_minutes: u32,
    pass_mark_percent: u8,
    #[serde(skip_serializing_if = "is_true")]
    shuffle: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facts_checked: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    topic_weights: Option<std::collections::BTreeMap<&'a str, f64>>,
    questions: Vec<QuestionOut<'a>>,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: &'a str,
    topic: &'a str,
    prompt: &'a str,
    choices: Vec<ChoiceOut<'a>>,
    answer: AnswerOut<'a>,
    explanation: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    references: Vec<ReferenceOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<&'static str>,
}

#[derive(Serialize)]
struct ChoiceOut<'a> {
    id: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum AnswerOut<'a> {
    One(&'a str),
    Many(Vec<&'a str>),
}

#[derive(Serialize)]
struct ReferenceOut<'a> {
    title: &'a str,
    url: &'a str,
}

fn is_true(value: &bool) -> bool {
    *value
}

/// The bank as pretty-printed JSON bank text, ending in a newline.
pub fn to_json(bank: &Bank) -> String {
    let out = BankOut {
        schema: SCHEMA_REFERENCE,
        format: BANK_FORMAT,
        id: bank.id().as_str(),
        title: bank.title(),
        description: bank.description().source(),
        topics: bank.topics(),
        default_question_count: bank.default_question_count(),
        default_time_limit_minutes: bank.default_time_limit_minutes(),
        pass_mark_percent: bank.pass_mark().percent(),
        shuffle: bank.shuffle(),
        language: bank.language().map(|tag| tag.as_str()),
        facts_checked: bank.facts_checked().map(|date| date.to_string()),
        report_url: bank.report_link().map(|link| link.template()),
        topic_weights: bank.has_topic_weights().then(|| {
            bank.topics()
                .iter()
                .map(String::as_str)
                .zip(bank.topic_weights())
                .filter(|(_, weight)| *weight > 0.0)
                .collect()
        }),
        questions: bank.questions().iter().map(|q| question(bank, q)).collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}

fn question<'a>(bank: &'a Bank, question: &'a Question) -> QuestionOut<'a> {
    let answer = match question.answer() {
        [one] => AnswerOut::One(one.as_str()),
        many => AnswerOut::Many(many.iter().map(|id| id.as_str()).collect()),
    };
    QuestionOut {
        id: question.id().as_str(),
        topic: bank.topic_name(question),
        prompt: question.prompt().source(),
        choices: question
            .choices()
            .iter()
            .map(|c| ChoiceOut {
                id: c.id().as_str(),
                text: c.text().source(),
                explanation: c.explanation().map(|e| e.source()),
            })
            .collect(),
        answer,
        explanation: question.explanation().source(),
        references: question
            .references()
            .iter()
            .map(|r| ReferenceOut {
                title: r.title(),
                url: r.url(),
            })
            .collect(),
        // Foundational is the default, so only the other level is written.
        level: (question.level() != Level::Foundational).then(|| question.level().name()),
    }
}
