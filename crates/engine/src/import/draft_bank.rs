//! What every text importer fills in ([`DraftBank`]), and its conversion into a raw bank with
//! line numbers.
//!
//! Importers only read their syntax; they never decide whether a bank is valid. They describe
//! what they found as a [`DraftBank`], which [`DraftBank::into_draft`] turns into the same
//! [`RawBank`] a JSON file gives, so the one validator checks every format alike.

use std::collections::HashSet;

use super::draft::{
    DEFAULT_TOPIC, MISSING_EXPLANATION, bank_id_from_file, base_name, choice_id, slug, stem,
};
use super::{Draft, Format, Warning};
use crate::bank::BANK_FORMAT;
use crate::error::{BankError, Location, Outcome};
use crate::field_path::FieldPath;
use crate::problem::{ReaderProblem, WarningKind};
use crate::raw::{RawAnswer, RawBank, RawChoice, RawQuestion};
use crate::source_lines::{QuestionLines, SourceLines};

/// One choice as an importer read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftChoice {
    pub line: usize,
    pub text: String,
    pub explanation: Option<String>,
}

/// One question as an importer read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftQuestion {
    pub line: usize,
    /// A name the file gives the question (GIFT `::title::`), used for its id when it fits.
    pub title: Option<String>,
    pub topic: Option<String>,
    pub prompt: String,
    pub choices: Vec<DraftChoice>,
    /// The right choices as 0-based positions; out-of-range positions are kept for the validator
    /// to report against the real choice list.
    pub answer: Vec<usize>,
    pub answer_line: Option<usize>,
    pub explanation: Option<String>,
    /// Problems that keep this question out of the bank, each at its line. A question with
    /// problems is still listed, so the file's count and numbering stay true.
    pub problems: Vec<(usize, ReaderProblem)>,
}

impl DraftQuestion {
    pub fn problem(&mut self, line: usize, problem: ReaderProblem) {
        self.problems.push((line, problem));
    }
}

/// A whole file as an importer read it.
#[derive(Debug, Clone, Default)]
pub struct DraftBank {
    pub title: Option<String>,
    pub description: Option<String>,
    pub default_question_count: Option<i64>,
    pub default_time_limit_minutes: Option<i64>,
    pub pass_mark_percent: Option<i64>,
    pub shuffle: Option<bool>,
    pub language: Option<String>,
    pub facts_checked: Option<String>,
    pub report_url: Option<String>,
    pub questions: Vec<DraftQuestion>,
    pub warnings: Vec<(Option<usize>, WarningKind)>,
    /// Problems in text that belongs to no question (it is left out; nothing else is).
    pub errors: Vec<(usize, ReaderProblem)>,
}

impl DraftBank {
    pub fn warn(&mut self, line: usize, warning: WarningKind) {
        self.warnings.push((Some(line), warning));
    }

    pub fn error(&mut self, line: usize, problem: ReaderProblem) {
        self.errors.push((line, problem));
    }

    /// Builds the raw bank, its line map, and the warnings and errors found while reading.
    pub fn into_draft(self, file: &str, format: Format) -> Draft {
        let mut lines = SourceLines::default();
        let mut topics: Vec<String> = Vec::new();
        let mut used_ids = HashSet::new();
        let mut without_explanation = Vec::new();
        let mut questions = Vec::with_capacity(self.questions.len());
        let mut rejected = Vec::new();
        let mut question_problems = Vec::new();
        for (index, mut question) in self.questions.into_iter().enumerate() {
            let number = index + 1;
            let id = question
                .title
                .as_deref()
                .map(slug)
                .filter(|s| !s.is_empty() && !used_ids.contains(s))
                .unwrap_or_else(|| format!("q{number}"));
            used_ids.insert(id.clone());
            let topic = question
                .topic
                .clone()
                .unwrap_or_else(|| DEFAULT_TOPIC.to_owned());
            if !topics.contains(&topic) {
                topics.push(topic.clone());
            }
            let mut question_lines = QuestionLines {
                start: question.line,
                ..QuestionLines::default()
            };
            for (i, choice) in question.choices.iter().enumerate() {
                question_lines
                    .fields
                    .insert(FieldPath::key("choices").at(i), choice.line);
            }
            if let Some(line) = question.answer_line {
                question_lines.fields.insert(FieldPath::key("answer"), line);
            }
            lines.questions.push(question_lines);
            if !question.problems.is_empty() {
                rejected.push(index);
                for (line, problem) in std::mem::take(&mut question.problems) {
                    question_problems.push(BankError {
                        file: file.to_owned(),
                        location: Location::Question {
                            number,
                            id: Some(id.clone()),
                        },
                        field: FieldPath::none(),
                        line: Some(line),
                        kind: problem.into(),
                        outcome: Outcome::QuestionSkipped,
                    });
                }
            }
            let notes = right_choice_notes(&question);
            let usable = rejected.last() != Some(&index);
            let explanation = question.explanation.or(notes).unwrap_or_else(|| {
                if usable {
                    without_explanation.push(question.line);
                }
                MISSING_EXPLANATION.to_owned()
            });
            let answer = question
                .answer
                .iter()
                .map(|&position| choice_id(position))
                .collect();
            questions.push(RawQuestion {
                id: Some(id),
                topic: Some(topic),
                prompt: Some(question.prompt),
                choices: Some(
                    question
                        .choices
                        .into_iter()
                        .enumerate()
                        .map(|(i, choice)| RawChoice {
                            id: Some(choice_id(i)),
                            text: Some(choice.text),
                            explanation: choice.explanation,
                            unknown_fields: Default::default(),
                        })
                        .collect(),
                ),
                answer: Some(RawAnswer::Many(answer)),
                explanation: Some(explanation),
                references: None,
                // The text formats have no levels: every question is foundational.
                level: None,
                unknown_fields: Default::default(),
            });
        }
        let mut warnings: Vec<Warning> = self
            .warnings
            .into_iter()
            .map(|(line, kind)| Warning {
                file: file.to_owned(),
                line,
                kind,
            })
            .collect();
        if let Some(&first) = without_explanation.first() {
            // Readers warn in line order; put the summary at its line rather than sort them all.
            let at = warnings.partition_point(|w| w.line.unwrap_or(0) <= first);
            warnings.insert(
                at,
                Warning {
                    file: file.to_owned(),
                    line: Some(first),
                    kind: WarningKind::NoExplanations {
                        missing: without_explanation.len(),
                        usable: questions.len() - rejected.len(),
                    },
                },
            );
        }
        let text_problems: Vec<BankError> = self
            .errors
            .into_iter()
            .map(|(line, problem)| BankError {
                file: file.to_owned(),
                location: Location::Bank,
                field: FieldPath::none(),
                line: Some(line),
                kind: problem.into(),
                outcome: Outcome::TextSkipped,
            })
            .collect();
        let problems = super::merge_by_line(text_problems, question_problems);
        let title = self.title.unwrap_or_else(|| title_from_file(file));
        let description = self
            .description
            .unwrap_or_else(|| format!("Imported from {} ({}).", base_name(file), format.name()));
        if topics.is_empty() {
            topics.push(DEFAULT_TOPIC.to_owned());
        }
        Draft {
            format,
            raw: RawBank {
                schema: None,
                format: Some(BANK_FORMAT),
                id: Some(bank_id_from_file(file)),
                title: Some(title),
                description: Some(description),
                topics: Some(topics),
                default_question_count: self.default_question_count,
                default_time_limit_minutes: self.default_time_limit_minutes,
                pass_mark_percent: self.pass_mark_percent,
                shuffle: self.shuffle,
                language: self.language,
                facts_checked: self.facts_checked,
                report_url: self.report_url,
                topic_weights: None,
                questions: Some(questions),
                unknown_fields: Default::default(),
            },
            lines: Some(lines),
            warnings,
            problems,
            rejected,
        }
    }
}

/// A question without a general explanation is explained by the notes on its right choices,
/// when every right choice has one (GIFT `#feedback`, a quote under a task-list option).
fn right_choice_notes(question: &DraftQuestion) -> Option<String> {
    let notes: Option<Vec<&str>> = question
        .answer
        .iter()
        .map(|&i| question.choices.get(i)?.explanation.as_deref())
        .collect();
    notes.filter(|n| !n.is_empty()).map(|n| n.join("\n\n"))
}

/// A readable title made from the file name: `aws-lambda_notes.md` → `Aws lambda notes`.
fn title_from_file(file: &str) -> String {
    let words: String = stem(file)
        .chars()
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    let words = words.trim();
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => "Imported questions".to_owned(),
    }
}

/// A short name for a question in problems and warnings: its title (a GIFT title, a Moodle
/// name), or else the start of its text.
pub fn question_label(title: Option<&str>, prompt: &str) -> String {
    let source = title.unwrap_or(prompt);
    let mut short: String = source.chars().take(50).collect();
    if source.chars().count() > 50 {
        short.push('…');
    }
    short.replace('\n', " ")
}
