//! Turns a bank file's bytes into a checked [`Bank`], reporting every problem at once.

use std::collections::{HashMap, HashSet};

use super::bank::{BANK_FORMAT, Bank, Choice, Id, PassMark, Question, Reference, TopicWeights};
use super::calendar_date::CalendarDate;
use super::deep_link::MAX_TIME_LIMIT_MINUTES;
use super::error::{BankError, BankErrors, Location};
use super::markup::{Markup, is_safe_href};
use super::raw::{RawBank, RawChoice, RawQuestion};
use super::report_link::ReportLink;

/// The time allowed per question when a bank gives no default time limit.
const DEFAULT_SECONDS_PER_QUESTION: usize = 90;
/// The pass mark used when a bank gives none.
const DEFAULT_PASS_MARK: i64 = 70;
/// The most questions a bank may hold: far above any real exam bank, low enough that a
/// runaway file is refused with a reason instead of filling the page's memory.
pub const MAX_QUESTIONS: usize = 50_000;
/// The most choices a question may offer: one per letter A–Z.
pub const MAX_CHOICES: usize = 26;

/// Reads and checks one bank file strictly: any problem, even in one question, refuses it.
/// `file` names it in every error message.
///
/// This reads the JSON format only, and serves files the app wrote itself (kept banks), where a
/// problem means damage. [`crate::import::import`] reads every format, keeps the usable
/// questions of a file with bad ones, and adds line numbers to each problem.
pub fn parse_bank(file: &str, bytes: &[u8]) -> Result<Bank, BankErrors> {
    let raw: RawBank =
        serde_json::from_slice(bytes).map_err(|e| BankErrors(vec![json_syntax_error(file, &e)]))?;
    validate_bank(file, raw).and_then(CheckedBank::strict)
}

/// A bank that passed the checks, with the questions it had to leave out and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedBank {
    pub bank: Bank,
    /// The problems of every question left out, in question order; each message ends by saying
    /// the question was skipped.
    pub skipped: Vec<BankError>,
    /// How many questions the file holds, usable or not.
    pub questions_in_file: usize,
    /// The 0-based position in the file of each question of the bank, in bank order, so a
    /// message about a bank question can point at its lines when earlier ones were skipped.
    pub file_positions: Vec<usize>,
    /// Things worth the teacher's attention that do not stop a question: a default question
    /// count lowered for skipped questions, or a question whose every choice is right. Each is
    /// located like a problem (its `line` is filled in by the importer).
    pub notes: Vec<BankError>,
}

impl CheckedBank {
    /// The bank only when nothing was skipped; otherwise every skipped problem as an error.
    pub fn strict(self) -> Result<Bank, BankErrors> {
        if self.skipped.is_empty() {
            return Ok(self.bank);
        }
        let mut errors = self.skipped;
        not_skipped(&mut errors);
        Err(BankErrors(errors))
    }
}

/// The words added to a problem that removed its question from the bank.
pub const SKIPPED_SUFFIX: &str = "; the question is skipped";

/// Drops [`SKIPPED_SUFFIX`] from problems of a file refused as a whole, where no question is
/// skipped: the file is.
pub fn not_skipped(errors: &mut [BankError]) {
    for error in errors {
        if let Some(kept) = error.message.strip_suffix(SKIPPED_SUFFIX) {
            error.message = kept.to_owned();
        }
    }
}

/// A JSON syntax or type error as a bank problem at serde's line and column.
pub fn json_syntax_error(file: &str, e: &serde_json::Error) -> BankError {
    BankError {
        file: file.to_owned(),
        location: Location::Syntax {
            line: e.line(),
            column: e.column(),
        },
        field: String::new(),
        line: Some(e.line()),
        message: strip_position(&e.to_string()),
    }
}

/// serde_json appends " at line L column C" to its messages; the location already says it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// Collects problems for one file, so every check can report and carry on.
struct Report<'a> {
    file: &'a str,
    errors: Vec<BankError>,
}

/// A field's name as problems name it, built only when there is a problem to report.
trait FieldName {
    fn name(&self) -> String;
}

impl FieldName for &str {
    fn name(&self) -> String {
        (*self).to_owned()
    }
}

/// A field of one item in a list, such as `choices[2].text`.
struct ItemField {
    list: &'static str,
    index: usize,
    field: &'static str,
}

impl FieldName for ItemField {
    fn name(&self) -> String {
        format!("{}[{}].{}", self.list, self.index, self.field)
    }
}

impl Report<'_> {
    fn push(&mut self, location: &Location, field: impl Into<String>, message: String) {
        self.errors.push(BankError {
            file: self.file.to_owned(),
            location: location.clone(),
            field: field.into(),
            line: None,
            message,
        });
    }

    fn missing(&mut self, location: &Location, field: impl FieldName) {
        let field = field.name();
        let message = format!("{field} is missing");
        self.push(location, field, message);
    }

    /// Checks a required text field: present and not blank.
    fn text(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<String> {
        match value {
            None => {
                self.missing(location, field);
                None
            }
            Some(text) if text.trim().is_empty() => {
                let field = field.name();
                let message = format!("{field} is empty");
                self.push(location, field, message);
                None
            }
            Some(text) => Some(text),
        }
    }

    /// Checks an optional text field: absent is fine, blank is not.
    fn optional_text(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<Option<String>> {
        match value {
            None => Some(None),
            Some(text) if text.trim().is_empty() => {
                let field = field.name();
                let message = format!("{field} is empty; leave it out instead");
                self.push(location, field, message);
                None
            }
            Some(text) => Some(Some(text)),
        }
    }

    fn id(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<Id> {
        let Some(text) = value else {
            self.missing(location, field);
            return None;
        };
        match Id::parse_owned(text) {
            Ok(id) => Some(id),
            Err((problem, text)) => {
                let field = field.name();
                let message = format!("{field} \"{text}\" {problem}");
                self.push(location, field, message);
                None
            }
        }
    }

    /// Unknown keys of one item of a list, named like `choices[2].colour`.
    fn unknown_in_item(
        &mut self,
        location: &Location,
        list: &str,
        index: usize,
        unknown: &[String],
        known: &str,
    ) {
        if !unknown.is_empty() {
            self.unknown(location, &format!("{list}[{index}]."), unknown, known);
        }
    }

    fn unknown(&mut self, location: &Location, prefix: &str, unknown: &[String], known: &str) {
        for key in unknown {
            let field = format!("{prefix}{key}");
            self.push(
                location,
                field.clone(),
                format!("{field} is not a field of the bank format (known fields: {known})"),
            );
        }
    }
}

const BANK_FIELDS: &str = "$schema, format, id, title, description, topics, default_question_count, default_time_limit_minutes, pass_mark_percent, shuffle, facts_checked, report_url, topic_weights, questions";
const QUESTION_FIELDS: &str = "id, topic, prompt, choices, answer, explanation, references";
const CHOICE_FIELDS: &str = "id, text, explanation";
const REFERENCE_FIELDS: &str = "title, url";

/// Checks an already parsed raw bank. A problem confined to one question leaves that question
/// out (it is listed in [`CheckedBank::skipped`]); a problem with the bank's own fields, or no
/// usable question at all, refuses the bank.
pub fn validate_bank(file: &str, raw: RawBank) -> Result<CheckedBank, BankErrors> {
    check_bank(file, raw, &[])
}

/// [`validate_bank`] for a file whose reader already found problems in some questions:
/// `rejected` holds their 0-based positions (sorted), which are left out unchecked but keep
/// their numbers, so every other question is named as the file numbers it.
pub fn check_bank(
    file: &str,
    mut raw: RawBank,
    rejected: &[usize],
) -> Result<CheckedBank, BankErrors> {
    let raw_questions = raw.questions.take();
    let mut check = BankCheck::start(file, raw, raw_questions.as_ref().map(Vec::len))?;
    check.add(raw_questions.unwrap_or_default(), rejected);
    check.finish()
}

/// A bank checked a part at a time: its fields first ([`BankCheck::start`]), then its questions
/// in order, in as many parts as the caller likes ([`BankCheck::add`]), then the checks that
/// need every question ([`BankCheck::finish`]). The outcome is the one [`check_bank`] gives for
/// the whole file; a page checks a large bank this way between frames.
pub struct BankCheck<'a> {
    file: &'a str,
    report: Report<'a>,
    /// Notes are located like problems but never stop the bank.
    notes: Report<'a>,
    /// What the bank's fields came to; `questions` stays empty here.
    raw: RawBank,
    id: Option<Id>,
    title: Option<String>,
    description: Option<String>,
    facts_checked: Option<CalendarDate>,
    report_link: Option<ReportLink>,
    topics: Vec<String>,
    topic_index: HashMap<String, usize>,
    /// The file position of the next question [`BankCheck::add`] takes.
    next: usize,
    /// Problems with the fields before `questions`; those found after the questions come after
    /// the questions' own, so a refused file lists its problems in file order.
    early_errors: usize,
    questions_in_file: usize,
    questions: Vec<Question>,
    file_positions: Vec<usize>,
    seen_ids: HashMap<Id, usize>,
    skipped: Vec<BankError>,
}

impl<'a> BankCheck<'a> {
    /// Checks the bank's own fields. `questions` is how many questions the file holds, or
    /// `None` when it has no `questions` field; a file with too many is refused here.
    pub fn start(
        file: &'a str,
        mut raw: RawBank,
        questions: Option<usize>,
    ) -> Result<BankCheck<'a>, BankErrors> {
        raw.questions = None;
        let mut report = Report {
            file,
            errors: Vec::new(),
        };
        let here = Location::Bank;
        report.unknown(&here, "", raw.unknown_fields.as_slice(), BANK_FIELDS);

        match raw.format {
            None => report.push(
                &here,
                "format",
                format!("format is missing; add \"format\": {BANK_FORMAT}"),
            ),
            Some(BANK_FORMAT) => {}
            Some(other) => report.push(
                &here,
                "format",
                format!("format {other} is not supported; this version reads format {BANK_FORMAT}"),
            ),
        }
        let id = report.id(&here, "id", raw.id.take());
        let title = report.text(&here, "title", raw.title.take());
        let description = report.text(&here, "description", raw.description.take());

        let facts_checked = match raw.facts_checked.as_deref().map(str::trim) {
            None => None,
            Some(text) => {
                let date = CalendarDate::parse(text);
                if date.is_none() {
                    report.push(
                        &here,
                        "facts_checked",
                        format!("facts_checked \"{text}\" must be a real date written YYYY-MM-DD"),
                    );
                }
                date
            }
        };
        let report_link = match raw.report_url.as_deref().map(str::trim) {
            None => None,
            Some(text) => match ReportLink::parse(text) {
                Ok(link) => Some(link),
                Err(problem) => {
                    report.push(
                        &here,
                        "report_url",
                        format!("report_url \"{text}\" {}", problem.message()),
                    );
                    None
                }
            },
        };
        let topics = check_topics(&mut report, raw.topics.take());
        let topic_index: HashMap<String, usize> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i))
            .collect();

        let questions_in_file = questions.unwrap_or_else(|| {
            report.missing(&here, "questions");
            0
        });
        if questions_in_file == 0 && !report.errors.iter().any(|e| e.field == "questions") {
            report.push(&here, "questions", "questions is empty".to_owned());
        }
        if questions_in_file > MAX_QUESTIONS {
            report.push(
                &here,
                "questions",
                format!(
                    "questions has {questions_in_file} questions; a bank may hold at most {MAX_QUESTIONS} (split it into several banks)"
                ),
            );
            return Err(BankErrors(report.errors));
        }
        let early_errors = report.errors.len();
        Ok(BankCheck {
            file,
            report,
            notes: Report {
                file,
                errors: Vec::new(),
            },
            raw,
            id,
            title,
            description,
            facts_checked,
            report_link,
            topics,
            topic_index,
            early_errors,
            questions_in_file,
            questions: Vec::with_capacity(questions_in_file),
            file_positions: Vec::with_capacity(questions_in_file),
            seen_ids: HashMap::with_capacity(questions_in_file),
            skipped: Vec::new(),
            next: 0,
        })
    }

    /// Checks the next questions of the file, in order. `rejected` holds the 0-based file
    /// positions (sorted) of questions the reader could not take: left out unchecked, but
    /// keeping their numbers.
    pub fn add(&mut self, raw_questions: Vec<RawQuestion>, rejected: &[usize]) {
        let file = self.file;
        for raw_question in raw_questions {
            let index = self.next;
            self.next += 1;
            if rejected.binary_search(&index).is_ok() {
                continue;
            }
            let number = index + 1;
            let location = Location::Question {
                number,
                id: raw_question.id.clone(),
            };
            // Problems of this question are moved out of the report: they skip the question,
            // not the bank.
            let mut own = Report {
                file,
                errors: Vec::new(),
            };
            let question = check_question(&mut own, &location, raw_question, &self.topic_index);
            match question {
                Some(question) if own.errors.is_empty() => {
                    if let Some(first) = self.seen_ids.get(&question.id) {
                        own.push(
                            &location,
                            "id",
                            format!(
                                "id \"{}\" is already used by question #{first}",
                                question.id
                            ),
                        );
                    } else {
                        if question.answer.len() == question.choices.len() {
                            // "Select all that apply" with every option right is legitimate
                            // (Moodle takes it), but "Choose N" with N choices shows candidates
                            // the answer.
                            self.notes.push(
                                &location,
                                "answer",
                                format!(
                                    "every choice is right, so \"Choose {}\" tells candidates the answer; consider adding a wrong choice",
                                    question.choices.len()
                                ),
                            );
                        }
                        self.seen_ids.insert(question.id.clone(), number);
                        self.questions.push(question);
                        self.file_positions.push(index);
                    }
                }
                _ => {}
            }
            for mut error in own.errors {
                error.message.push_str(SKIPPED_SUFFIX);
                self.skipped.push(error);
            }
        }
    }

    /// How many of the file's questions have been added (checked or rejected).
    pub fn added(&self) -> usize {
        self.next
    }

    /// The checks that need every question, and the bank.
    pub fn finish(self) -> Result<CheckedBank, BankErrors> {
        let BankCheck {
            mut report,
            mut notes,
            raw,
            id,
            title,
            description,
            facts_checked,
            report_link,
            topics,
            early_errors,
            questions_in_file,
            questions,
            file_positions,
            mut skipped,
            seen_ids,
            ..
        } = self;
        let here = Location::Bank;

        if questions.is_empty() && questions_in_file > 0 {
            report.push(
                &here,
                "questions",
                if questions_in_file == 1 {
                    "the file's only question cannot be used".to_owned()
                } else {
                    format!("none of the {questions_in_file} questions can be used")
                },
            );
        }

        let question_total = questions.len();
        let default_question_count = match raw.default_question_count {
            None => question_total.max(1),
            Some(n) if n < 1 => {
                report.push(
                    &here,
                    "default_question_count",
                    format!("default_question_count {n} must be at least 1"),
                );
                1
            }
            Some(n) => {
                let n = usize::try_from(n).unwrap_or(usize::MAX);
                if n > questions_in_file && questions_in_file > 0 {
                    report.push(
                        &here,
                        "default_question_count",
                        format!(
                            "default_question_count {n} is more than the {questions_in_file} questions in the bank"
                        ),
                    );
                    n
                } else if n > question_total && question_total > 0 {
                    // The file was right; the questions it had to leave out make the exam shorter.
                    notes.push(
                        &here,
                        "default_question_count",
                        format!(
                            "default_question_count {n} is more than the {question_total} usable questions; exams default to {question_total}"
                        ),
                    );
                    question_total
                } else {
                    n
                }
            }
        };
        let default_time_limit_minutes = match raw.default_time_limit_minutes {
            // Worked out from the count, but never past the longest limit a bank may give, so the
            // bank written out again (a kept bank, the teachers' tools' answer) reads back.
            None => {
                u32::try_from((default_question_count * DEFAULT_SECONDS_PER_QUESTION).div_ceil(60))
                    .unwrap_or(u32::MAX)
                    .min(MAX_TIME_LIMIT_MINUTES)
            }
            Some(m) if (1..=i64::from(MAX_TIME_LIMIT_MINUTES)).contains(&m) => m as u32,
            Some(m) => {
                report.push(
                    &here,
                    "default_time_limit_minutes",
                    format!(
                        "default_time_limit_minutes {m} must be between 1 and {MAX_TIME_LIMIT_MINUTES}"
                    ),
                );
                1
            }
        };
        let topic_weights = raw.topic_weights.as_ref().map(|weights| {
            for (topic, weight) in weights {
                if !topics.contains(topic) {
                    report.push(
                        &here,
                        "topic_weights",
                        format!(
                            "topic_weights names \"{topic}\", which is not one of the bank's topics"
                        ),
                    );
                }
                if !(weight.is_finite() && *weight >= 0.0) {
                    report.push(
                        &here,
                        "topic_weights",
                        format!(
                            "topic_weights \"{topic}\" is {weight}; a weight is a number from 0"
                        ),
                    );
                }
            }
            if !weights.values().any(|w| *w > 0.0) {
                report.push(
                    &here,
                    "topic_weights",
                    "topic_weights gives no topic a weight above 0".to_owned(),
                );
            }
            topics
                .iter()
                .map(|t| weights.get(t).copied().unwrap_or(0.0))
                .collect::<Vec<f64>>()
        });
        let pass_mark_value = raw.pass_mark_percent.unwrap_or(DEFAULT_PASS_MARK);
        let pass_mark = PassMark::new(pass_mark_value);
        if pass_mark.is_none() {
            report.push(
                &here,
                "pass_mark_percent",
                format!("pass_mark_percent {pass_mark_value} is outside 0–100"),
            );
        }

        match (report.errors.is_empty(), id, title, description, pass_mark) {
            (true, Some(id), Some(title), Some(description), Some(pass_mark)) => {
                // The ids seen while checking become the bank's index, each question's number in
                // the file turned into its position in the bank's own list (which has no gaps
                // where questions were left out), so the ids are not copied again while the most
                // memory is held.
                let mut by_id = seen_ids;
                for value in by_id.values_mut() {
                    *value = file_positions
                        .binary_search(&(*value - 1))
                        .expect("an id is recorded as its question joins the bank, in file order");
                }
                Ok(CheckedBank {
                    bank: Bank {
                        id,
                        title: title.trim().to_owned(),
                        description: Markup::new(description),
                        topics,
                        default_question_count,
                        default_time_limit_minutes,
                        pass_mark,
                        shuffle: raw.shuffle.unwrap_or(true),
                        facts_checked,
                        report_link,
                        topic_weights: topic_weights.map(TopicWeights),
                        questions,
                        by_id,
                    },
                    skipped,
                    questions_in_file,
                    file_positions,
                    notes: notes.errors,
                })
            }
            _ => {
                // The teacher sees every problem, in file order.
                let mut errors = report.errors;
                let late = errors.split_off(early_errors.min(errors.len()));
                not_skipped(&mut skipped);
                errors.extend(skipped);
                errors.extend(late);
                Err(BankErrors(errors))
            }
        }
    }
}

fn check_topics(report: &mut Report, raw: Option<Vec<String>>) -> Vec<String> {
    let here = Location::Bank;
    let Some(raw) = raw else {
        report.missing(&here, "topics");
        return Vec::new();
    };
    if raw.is_empty() {
        report.push(
            &here,
            "topics",
            "topics is empty; list at least one topic".to_owned(),
        );
    }
    let mut seen = HashSet::new();
    for (i, topic) in raw.iter().enumerate() {
        let field = format!("topics[{i}]");
        if topic.trim().is_empty() {
            report.push(&here, field.clone(), format!("{field} is empty"));
        } else if !seen.insert(topic.as_str()) {
            report.push(
                &here,
                field.clone(),
                format!("{field} \"{topic}\" is listed twice"),
            );
        }
    }
    raw
}

fn check_question(
    report: &mut Report,
    here: &Location,
    raw: RawQuestion,
    topics: &HashMap<String, usize>,
) -> Option<Question> {
    report.unknown(here, "", raw.unknown_fields.as_slice(), QUESTION_FIELDS);
    let id = report.id(here, "id", raw.id);
    let topic = match raw.topic {
        None => {
            report.missing(here, "topic");
            None
        }
        Some(name) => match topics.get(name.as_str()) {
            Some(&i) => Some(i),
            None => {
                let mut known: Vec<&str> = topics.keys().map(String::as_str).collect();
                known.sort_by_key(|k| topics[*k]);
                report.push(
                    here,
                    "topic",
                    format!(
                        "topic \"{name}\" is not in the bank's topic list ({})",
                        known.join(", ")
                    ),
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

    Some(Question {
        id: id?,
        topic: topic?,
        prompt: Markup::new(prompt?),
        choices: choices?,
        answer: answer?,
        explanation: Markup::new(explanation?),
        references: references?,
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
            format!(
                "choices has {} choices; a question may offer at most {MAX_CHOICES}",
                raw.len()
            ),
        );
        return None;
    }
    if raw.len() < 2 {
        report.push(
            here,
            "choices",
            format!(
                "choices has {} choice(s); a question needs at least two",
                raw.len()
            ),
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
            CHOICE_FIELDS,
        );
        let id = report.id(here, field("id"), raw_choice.id);
        let text = report.text(here, field("text"), raw_choice.text);
        let explanation = report.optional_text(here, field("explanation"), raw_choice.explanation);
        if let (Some(id), true) = (&id, repeated_id) {
            let name = field("id").name();
            let message = format!("{name} \"{id}\" is used by another choice of this question");
            report.push(here, name, message);
            ok = false;
        }
        if let (Some(text), true) = (&text, repeated_text) {
            let name = field("text").name();
            let message = format!("{name} \"{}\" repeats another choice", text.trim());
            report.push(here, name, message);
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
    raw: Option<&super::raw::RawAnswer>,
    choices: &[Choice],
) -> Option<Vec<Id>> {
    let Some(raw) = raw else {
        report.missing(here, "answer");
        return None;
    };
    let ids = raw.ids();
    let choice_list = || {
        choices
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if ids.is_empty() {
        report.push(
            here,
            "answer",
            "answer is empty; name at least one choice".to_owned(),
        );
        return None;
    }
    let mut ok = true;
    let mut seen = HashSet::new();
    for id in &ids {
        if !choices.iter().any(|c| c.id.as_str() == *id) {
            report.push(
                here,
                "answer",
                format!(
                    "answer \"{id}\" is not one of the choices {}",
                    choice_list()
                ),
            );
            ok = false;
        } else if !seen.insert(*id) {
            report.push(here, "answer", format!("answer \"{id}\" is listed twice"));
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
    raw: Vec<super::raw::RawReference>,
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
            REFERENCE_FIELDS,
        );
        let title = report.text(here, field("title"), reference.title);
        let url = report.text(here, field("url"), reference.url);
        if let Some(url) = &url
            && !is_safe_href(url)
        {
            let name = field("url").name();
            let message = format!("{name} \"{url}\" must be an http:// or https:// address");
            report.push(here, name, message);
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
