//! The rules about a bank as a whole: its own fields, its question list, and the checks that
//! need every question.

use std::collections::{BTreeMap, HashMap};

use super::question_rules::{check_question, check_topics};
use super::report::Report;
use super::{CheckedBank, MAX_QUESTIONS, not_skipped};
use crate::bank::{BANK_FORMAT, Bank, Id, PassMark, Question, TopicWeights};
use crate::calendar_date::CalendarDate;
use crate::deep_link::MAX_TIME_LIMIT_MINUTES;
use crate::error::{BankError, BankErrors, Location, Outcome};
use crate::field_path::FieldPath;
use crate::language_tag::LanguageTag;
use crate::markup::Markup;
use crate::problem::{FormatObject, ProblemKind};
use crate::raw::{RawBank, RawQuestion};
use crate::report_link::ReportLink;

/// The time allowed per question when a bank gives no default time limit.
const DEFAULT_SECONDS_PER_QUESTION: usize = 90;
/// The pass mark used when a bank gives none.
const DEFAULT_PASS_MARK: i64 = 70;

/// A bank checked a part at a time: its fields first ([`BankCheck::start`]), then its questions
/// in order, in as many parts as the caller likes ([`BankCheck::add`]), then the checks that
/// need every question ([`BankCheck::finish`]). The outcome is the one [`check_bank`](super::check_bank) gives for
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
    language: Option<LanguageTag>,
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
        let mut report = Report::new(file, Outcome::Refused);
        let here = Location::Bank;
        report.unknown(
            &here,
            &FieldPath::none(),
            raw.unknown_fields.as_slice(),
            FormatObject::Bank,
        );
        check_format(&mut report, raw.format);
        let id = report.id(&here, "id", raw.id.take());
        let title = report.text(&here, "title", raw.title.take());
        let description = report.text(&here, "description", raw.description.take());
        let mut notes = Report::new(file, Outcome::Noted);
        let language = check_language(&mut notes, raw.language.as_deref());
        let facts_checked = check_facts_checked(&mut report, raw.facts_checked.as_deref());
        let report_link = check_report_url(&mut report, raw.report_url.as_deref());
        let topics = check_topics(&mut report, raw.topics.take());
        let topic_index: HashMap<String, usize> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i))
            .collect();

        let Some(questions_in_file) = check_question_count(&mut report, questions) else {
            return Err(BankErrors(report.errors));
        };
        let early_errors = report.errors.len();
        Ok(BankCheck {
            file,
            report,
            notes,
            raw,
            id,
            title,
            description,
            language,
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
            // Problems of this question are kept apart from the bank's: they skip the question,
            // not the bank.
            let mut own = Report::new(file, Outcome::QuestionSkipped);
            let question = check_question(&mut own, &location, raw_question, &self.topic_index);
            match question {
                Some(question) if own.errors.is_empty() => {
                    if let Some(first) = self.seen_ids.get(&question.id) {
                        own.push(
                            &location,
                            "id",
                            ProblemKind::IdUsedBefore {
                                id: question.id.to_string(),
                                first: *first,
                            },
                        );
                    } else {
                        if question.answer().len() == question.choices().len() {
                            // "Select all that apply" with every option right is legitimate
                            // (Moodle takes it), but "Choose N" with N choices shows candidates
                            // the answer.
                            self.notes.push(
                                &location,
                                "answer",
                                ProblemKind::EveryChoiceRight {
                                    choices: question.choices().len(),
                                },
                            );
                        }
                        self.seen_ids.insert(question.id.clone(), number);
                        self.questions.push(question);
                        self.file_positions.push(index);
                    }
                }
                _ => {}
            }
            self.skipped.extend(own.errors);
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
            language,
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

        check_some_question_usable(&mut report, questions_in_file, questions.len());
        let default_question_count = check_default_question_count(
            &mut report,
            &mut notes,
            raw.default_question_count,
            questions_in_file,
            questions.len(),
        );
        let default_time_limit_minutes = check_default_time_limit(
            &mut report,
            raw.default_time_limit_minutes,
            default_question_count,
        );
        let topic_weights = raw
            .topic_weights
            .as_ref()
            .map(|weights| check_topic_weights(&mut report, weights, &topics));
        let pass_mark = check_pass_mark(&mut report, raw.pass_mark_percent);

        match (report.errors.is_empty(), id, title, description, pass_mark) {
            (true, Some(id), Some(title), Some(description), Some(pass_mark)) => {
                let by_id = bank_index(seen_ids, &file_positions);
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
                        language,
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

/// How many questions the file holds (0 when it has none, which is a problem), or `None` when
/// it holds more than a bank may: that refuses the file before any question is read.
fn check_question_count(report: &mut Report, questions: Option<usize>) -> Option<usize> {
    let here = Location::Bank;
    match questions {
        None => {
            report.missing(&here, "questions");
            Some(0)
        }
        Some(0) => {
            report.push(&here, "questions", ProblemKind::Empty);
            Some(0)
        }
        Some(count) if count > MAX_QUESTIONS => {
            let limit = MAX_QUESTIONS;
            report.push(
                &here,
                "questions",
                ProblemKind::TooManyQuestions { count, limit },
            );
            None
        }
        Some(count) => Some(count),
    }
}

/// The bank format version: present, and one this version reads.
fn check_format(report: &mut Report, raw: Option<i64>) {
    let kind = match raw {
        Some(BANK_FORMAT) => return,
        None => ProblemKind::FormatMissing,
        Some(format) => ProblemKind::FormatUnsupported { format },
    };
    report.push(&Location::Bank, "format", kind);
}

/// The bank's language, when it gives one: a BCP 47 tag. One that is not is noted and left out,
/// since the bank reads the same without it.
fn check_language(notes: &mut Report, raw: Option<&str>) -> Option<LanguageTag> {
    let text = raw?.trim();
    let tag = LanguageTag::parse(text);
    if tag.is_none() {
        notes.push(
            &Location::Bank,
            "language",
            ProblemKind::BadLanguage {
                text: text.to_owned(),
            },
        );
    }
    tag
}

/// The date the bank's facts were last checked, when it gives one: a real date.
fn check_facts_checked(report: &mut Report, raw: Option<&str>) -> Option<CalendarDate> {
    let text = raw?.trim();
    let date = CalendarDate::parse(text);
    if date.is_none() {
        report.push(
            &Location::Bank,
            "facts_checked",
            ProblemKind::BadFactsChecked {
                text: text.to_owned(),
            },
        );
    }
    date
}

/// The address for reporting a question, when the bank gives one.
fn check_report_url(report: &mut Report, raw: Option<&str>) -> Option<ReportLink> {
    let text = raw?.trim();
    match ReportLink::parse(text) {
        Ok(link) => Some(link),
        Err(problem) => {
            report.push(
                &Location::Bank,
                "report_url",
                ProblemKind::BadReportUrl {
                    text: text.to_owned(),
                    problem,
                },
            );
            None
        }
    }
}

/// A file whose every question was left out is refused: an empty bank is no exam.
fn check_some_question_usable(report: &mut Report, questions_in_file: usize, usable: usize) {
    if usable == 0 && questions_in_file > 0 {
        report.push(
            &Location::Bank,
            "questions",
            ProblemKind::NoUsableQuestion { questions_in_file },
        );
    }
}

/// The exam length a bank asks for: at least 1 and no more than the file's questions. A count
/// that only the skipped questions make too large is lowered, with a note, not refused.
fn check_default_question_count(
    report: &mut Report,
    notes: &mut Report,
    raw: Option<i64>,
    questions_in_file: usize,
    usable: usize,
) -> usize {
    let here = Location::Bank;
    match raw {
        None => usable.max(1),
        Some(n) if n < 1 => {
            report.push(
                &here,
                "default_question_count",
                ProblemKind::QuestionCountBelowOne { count: n },
            );
            1
        }
        Some(n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            if n > questions_in_file && questions_in_file > 0 {
                report.push(
                    &here,
                    "default_question_count",
                    ProblemKind::QuestionCountAboveFile {
                        count: n,
                        questions_in_file,
                    },
                );
                n
            } else if n > usable && usable > 0 {
                // The file was right; the questions it had to leave out make the exam shorter.
                notes.push(
                    &here,
                    "default_question_count",
                    ProblemKind::QuestionCountLowered { count: n, usable },
                );
                usable
            } else {
                n
            }
        }
    }
}

/// The time limit a bank gives, or one worked out from its exam length.
fn check_default_time_limit(
    report: &mut Report,
    raw: Option<i64>,
    default_question_count: usize,
) -> u32 {
    match raw {
        // Worked out from the count, but never past the longest limit a bank may give, so the
        // bank written out again (a kept bank, the teachers' tools' answer) reads back.
        None => u32::try_from((default_question_count * DEFAULT_SECONDS_PER_QUESTION).div_ceil(60))
            .unwrap_or(u32::MAX)
            .min(MAX_TIME_LIMIT_MINUTES),
        Some(m) if (1..=i64::from(MAX_TIME_LIMIT_MINUTES)).contains(&m) => m as u32,
        Some(m) => {
            report.push(
                &Location::Bank,
                "default_time_limit_minutes",
                ProblemKind::TimeLimitOutOfRange {
                    minutes: m,
                    limit: MAX_TIME_LIMIT_MINUTES,
                },
            );
            1
        }
    }
}

/// Topic weights name only the bank's topics, are numbers from 0, and give some topic a share;
/// the result lists a weight for every topic, in topic order.
fn check_topic_weights(
    report: &mut Report,
    weights: &BTreeMap<String, f64>,
    topics: &[String],
) -> Vec<f64> {
    let here = Location::Bank;
    for (topic, weight) in weights {
        if !topics.contains(topic) {
            report.push(
                &here,
                "topic_weights",
                ProblemKind::WeightedTopicUnknown {
                    topic: topic.clone(),
                },
            );
        }
        if !(weight.is_finite() && *weight >= 0.0) {
            report.push(
                &here,
                "topic_weights",
                ProblemKind::BadWeight {
                    topic: topic.clone(),
                    weight: *weight,
                },
            );
        }
    }
    if !weights.values().any(|w| *w > 0.0) {
        report.push(&here, "topic_weights", ProblemKind::NoPositiveWeight);
    }
    topics
        .iter()
        .map(|t| weights.get(t).copied().unwrap_or(0.0))
        .collect()
}

/// The pass mark a bank gives, or the default, when it is a percentage.
fn check_pass_mark(report: &mut Report, raw: Option<i64>) -> Option<PassMark> {
    let value = raw.unwrap_or(DEFAULT_PASS_MARK);
    let pass_mark = PassMark::new(value);
    if pass_mark.is_none() {
        report.push(
            &Location::Bank,
            "pass_mark_percent",
            ProblemKind::PassMarkOutOfRange { percent: value },
        );
    }
    pass_mark
}

/// The ids seen while checking become the bank's index, each question's number in the file
/// turned into its position in the bank's own list (which has no gaps where questions were left
/// out), so the ids are not copied again while the most memory is held.
fn bank_index(mut seen_ids: HashMap<Id, usize>, file_positions: &[usize]) -> HashMap<Id, usize> {
    for value in seen_ids.values_mut() {
        *value = file_positions
            .binary_search(&(*value - 1))
            .expect("an id is recorded as its question joins the bank, in file order");
    }
    seen_ids
}
