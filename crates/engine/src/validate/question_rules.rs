//! The rules about one question: its fields, choices, answer and references, and the bank's
//! topic list they name.

use std::collections::{HashMap, HashSet};

use super::MAX_CHOICES;
use super::report::{FieldName, ItemField, Report};
use crate::bank::{Choice, ChoiceAnswer, Id, Level, Question, QuestionKind, Reference};
use crate::error::Location;
use crate::field_path::FieldPath;
use crate::markup::{Markup, is_safe_href};
use crate::problem::{FormatObject, ProblemKind};
use crate::raw::{RawAnswer, RawChoice, RawQuestion, RawReference};

pub(super) fn check_topics(report: &mut Report, raw: Option<Vec<String>>) -> Vec<String> {
    let here = Location::Bank;
    let Some(raw) = raw else {
        report.missing(&here, "topics");
        return Vec::new();
    };
    if raw.is_empty() {
        report.push(&here, "topics", ProblemKind::NoTopics);
    }
    let mut seen = HashSet::new();
    for (i, topic) in raw.iter().enumerate() {
        let field = || FieldPath::key("topics").at(i);
        if topic.trim().is_empty() {
            report.push(&here, field(), ProblemKind::Empty);
        } else if !seen.insert(topic.as_str()) {
            report.push(
                &here,
                field(),
                ProblemKind::ListedTwice {
                    value: topic.clone(),
                },
            );
        }
    }
    raw
}

pub(super) fn check_question(
    report: &mut Report,
    here: &Location,
    raw: RawQuestion,
    topics: &HashMap<String, usize>,
) -> Option<Question> {
    report.unknown(
        here,
        &FieldPath::none(),
        raw.unknown_fields.as_slice(),
        FormatObject::Question,
    );
    let id = report.id(here, "id", raw.id);
    let topic = match raw.topic {
        None => {
            report.missing(here, "topic");
            None
        }
        Some(name) => match topics.get(name.as_str()) {
            Some(&i) => Some(i),
            None => {
                let mut known: Vec<String> = topics.keys().cloned().collect();
                known.sort_by_key(|k| topics[k]);
                report.push(
                    here,
                    "topic",
                    ProblemKind::TopicNotListed {
                        topic: name,
                        topics: known,
                    },
                );
                None
            }
        },
    };
    let prompt = report.text(here, "prompt", raw.prompt);
    let explanation = report.text(here, "explanation", raw.explanation);
    let choices = check_choices(report, here, raw.choices);
    let answer = choices
        .as_ref()
        .and_then(|choices| check_answer(report, here, raw.answer.as_ref(), choices));
    let references = check_references(report, here, raw.references.unwrap_or_default());
    let level = match raw.level {
        None => Some(Level::Foundational),
        Some(name) => Level::from_name(&name).or_else(|| {
            report.push(here, "level", ProblemKind::UnknownLevel { text: name });
            None
        }),
    };

    Some(Question {
        id: id?,
        topic: topic?,
        prompt: Markup::new(prompt?),
        kind: QuestionKind::Choice(ChoiceAnswer {
            choices: choices?,
            answer: answer?,
        }),
        explanation: Markup::new(explanation?),
        references: references?,
        level: level?,
    })
}

fn check_choices(
    report: &mut Report,
    here: &Location,
    raw: Option<Vec<RawChoice>>,
) -> Option<Vec<Choice>> {
    let Some(raw) = raw else {
        report.missing(here, "choices");
        return None;
    };
    if raw.len() > MAX_CHOICES {
        report.push(
            here,
            "choices",
            ProblemKind::TooManyChoices {
                count: raw.len(),
                limit: MAX_CHOICES,
            },
        );
        return None;
    }
    if raw.len() < 2 {
        report.push(
            here,
            "choices",
            ProblemKind::TooFewChoices { count: raw.len() },
        );
    }
    let mut ok = raw.len() >= 2;
    // At most 26 choices: comparing each with the ones before beats hashing, and borrows.
    let repeats: Vec<(bool, bool)> = raw
        .iter()
        .enumerate()
        .map(|(i, choice)| {
            let earlier = &raw[..i];
            // An invalid id is reported as such, never as a repeat (its check yields no id).
            let id = choice.id.as_deref();
            let text = choice
                .text
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty());
            (
                id.is_some_and(|id| earlier.iter().any(|c| c.id.as_deref() == Some(id))),
                text.is_some_and(|text| {
                    earlier
                        .iter()
                        .any(|c| c.text.as_deref().map(str::trim) == Some(text))
                }),
            )
        })
        .collect();
    let mut choices = Vec::with_capacity(raw.len());
    for (i, (raw_choice, (repeated_id, repeated_text))) in raw.into_iter().zip(repeats).enumerate()
    {
        let field = |field| ItemField {
            list: "choices",
            index: i,
            field,
        };
        report.unknown_in_item(
            here,
            "choices",
            i,
            raw_choice.unknown_fields.as_slice(),
            FormatObject::Choice,
        );
        let id = report.id(here, field("id"), raw_choice.id);
        let text = report.text(here, field("text"), raw_choice.text);
        let explanation = report.optional_text(here, field("explanation"), raw_choice.explanation);
        if let (Some(id), true) = (&id, repeated_id) {
            let kind = ProblemKind::ChoiceIdRepeated { id: id.to_string() };
            report.push(here, field("id").path(), kind);
            ok = false;
        }
        if let (Some(text), true) = (&text, repeated_text) {
            let kind = ProblemKind::ChoiceTextRepeated {
                text: text.trim().to_owned(),
            };
            report.push(here, field("text").path(), kind);
            ok = false;
        }
        match (id, text, explanation) {
            (Some(id), Some(text), Some(explanation)) => choices.push(Choice {
                id,
                text: Markup::new(text),
                explanation: explanation.map(Markup::new),
            }),
            _ => ok = false,
        }
    }
    ok.then_some(choices)
}

fn check_answer(
    report: &mut Report,
    here: &Location,
    raw: Option<&RawAnswer>,
    choices: &[Choice],
) -> Option<Vec<Id>> {
    let Some(raw) = raw else {
        report.missing(here, "answer");
        return None;
    };
    let ids = raw.ids();
    let choice_ids = || choices.iter().map(|c| c.id.to_string()).collect();
    if ids.is_empty() {
        report.push(here, "answer", ProblemKind::NoAnswer);
        return None;
    }
    let mut ok = true;
    let mut seen = HashSet::new();
    for id in &ids {
        if !choices.iter().any(|c| c.id.as_str() == *id) {
            report.push(
                here,
                "answer",
                ProblemKind::AnswerNotAChoice {
                    id: (*id).to_owned(),
                    choices: choice_ids(),
                },
            );
            ok = false;
        } else if !seen.insert(*id) {
            let kind = ProblemKind::ListedTwice {
                value: (*id).to_owned(),
            };
            report.push(here, "answer", kind);
            ok = false;
        }
    }
    // Keep the answer in the order the choices are listed, whatever order the file gave.
    ok.then(|| {
        choices
            .iter()
            .filter(|c| ids.contains(&c.id.as_str()))
            .map(|c| c.id.clone())
            .collect()
    })
}

fn check_references(
    report: &mut Report,
    here: &Location,
    raw: Vec<RawReference>,
) -> Option<Vec<Reference>> {
    let mut ok = true;
    let mut references = Vec::with_capacity(raw.len());
    for (i, reference) in raw.into_iter().enumerate() {
        let field = |field| ItemField {
            list: "references",
            index: i,
            field,
        };
        report.unknown_in_item(
            here,
            "references",
            i,
            reference.unknown_fields.as_slice(),
            FormatObject::Reference,
        );
        let title = report.text(here, field("title"), reference.title);
        let url = report.text(here, field("url"), reference.url);
        if let Some(url) = &url
            && !is_safe_href(url)
        {
            let kind = ProblemKind::UnsafeUrl { url: url.clone() };
            report.push(here, field("url").path(), kind);
            ok = false;
        }
        match (title, url) {
            (Some(title), Some(url)) if ok => references.push(Reference {
                title,
                url: url.trim().to_owned(),
            }),
            _ => ok = false,
        }
    }
    ok.then_some(references)
}
