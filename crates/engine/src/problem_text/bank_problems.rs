//! The English for the validator's and the file's problems: a problem's sentence from its kind
//! and field, and the words that follow an invalid id or report address.

use std::fmt;

use crate::bank::{BANK_FORMAT, IdProblem};
use crate::field_path::FieldPath;
use crate::problem::{FormatObject, ProblemKind};
use crate::report_link::ReportLinkProblem;

/// A problem's message: its kind in words, naming its field where the kind is about one.
pub struct Sentence<'a> {
    pub kind: &'a ProblemKind,
    pub field: &'a FieldPath,
}

impl fmt::Display for Sentence<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        match self.kind {
            ProblemKind::Missing => write!(f, "{field} is missing"),
            ProblemKind::Empty => write!(f, "{field} is empty"),
            ProblemKind::EmptyOptional => write!(f, "{field} is empty; leave it out instead"),
            ProblemKind::UnknownField { object } => write!(
                f,
                "{field} is not a field of the bank format (known fields: {})",
                known_fields(*object)
            ),
            ProblemKind::BadId { text, problem } => write!(f, "{field} \"{text}\" {problem}"),
            ProblemKind::ListedTwice { value } => write!(f, "{field} \"{value}\" is listed twice"),
            ProblemKind::FormatMissing => {
                write!(f, "format is missing; add \"format\": {BANK_FORMAT}")
            }
            ProblemKind::FormatUnsupported { format } => write!(
                f,
                "format {format} is not supported; this version reads format {BANK_FORMAT}"
            ),
            ProblemKind::UnknownLevel { text } => write!(
                f,
                "level \"{text}\" must be \"foundational\" or \"going-further\""
            ),
            ProblemKind::BadLanguage { text } => write!(
                f,
                "language \"{text}\" is not a BCP 47 language tag such as \"fr\" or \"pt-BR\"; the bank is read without a language"
            ),
            ProblemKind::BadFactsChecked { text } => write!(
                f,
                "facts_checked \"{text}\" must be a real date written YYYY-MM-DD"
            ),
            ProblemKind::BadReportUrl { text, problem } => {
                write!(f, "report_url \"{text}\" {problem}")
            }
            ProblemKind::NoTopics => write!(f, "topics is empty; list at least one topic"),
            ProblemKind::TooManyQuestions { count, limit } => write!(
                f,
                "questions has {count} questions; a bank may hold at most {limit} (split it into several banks)"
            ),
            ProblemKind::NoUsableQuestion {
                questions_in_file: 1,
            } => write!(f, "the file's only question cannot be used"),
            ProblemKind::NoUsableQuestion { questions_in_file } => {
                write!(f, "none of the {questions_in_file} questions can be used")
            }
            ProblemKind::QuestionCountBelowOne { count } => {
                write!(f, "default_question_count {count} must be at least 1")
            }
            ProblemKind::QuestionCountAboveFile {
                count,
                questions_in_file,
            } => write!(
                f,
                "default_question_count {count} is more than the {questions_in_file} questions in the bank"
            ),
            ProblemKind::QuestionCountLowered { count, usable } => write!(
                f,
                "default_question_count {count} is more than the {usable} usable questions; exams default to {usable}"
            ),
            ProblemKind::TimeLimitOutOfRange { minutes, limit } => write!(
                f,
                "default_time_limit_minutes {minutes} must be between 1 and {limit}"
            ),
            ProblemKind::WeightedTopicUnknown { topic } => write!(
                f,
                "topic_weights names \"{topic}\", which is not one of the bank's topics"
            ),
            ProblemKind::BadWeight { topic, weight } => write!(
                f,
                "topic_weights \"{topic}\" is {weight}; a weight is a number from 0"
            ),
            ProblemKind::NoPositiveWeight => {
                write!(f, "topic_weights gives no topic a weight above 0")
            }
            ProblemKind::PassMarkOutOfRange { percent } => {
                write!(f, "pass_mark_percent {percent} is outside 0–100")
            }
            ProblemKind::IdUsedBefore { id, first } => {
                write!(f, "id \"{id}\" is already used by question #{first}")
            }
            ProblemKind::EveryChoiceRight { choices } => write!(
                f,
                "every choice is right, so \"Choose {choices}\" tells candidates the answer; consider adding a wrong choice"
            ),
            ProblemKind::TopicNotListed { topic, topics } => write!(
                f,
                "topic \"{topic}\" is not in the bank's topic list ({})",
                topics.join(", ")
            ),
            ProblemKind::TooManyChoices { count, limit } => write!(
                f,
                "choices has {count} choices; a question may offer at most {limit}"
            ),
            ProblemKind::TooFewChoices { count: 1 } => {
                write!(f, "choices has 1 choice; a question needs at least two")
            }
            ProblemKind::TooFewChoices { count } => write!(
                f,
                "choices has {count} choices; a question needs at least two"
            ),
            ProblemKind::ChoiceIdRepeated { id } => write!(
                f,
                "{field} \"{id}\" is used by another choice of this question"
            ),
            ProblemKind::ChoiceTextRepeated { text } => {
                write!(f, "{field} \"{text}\" repeats another choice")
            }
            ProblemKind::NoAnswer => write!(f, "answer is empty; name at least one choice"),
            ProblemKind::AnswerNotAChoice { id, choices } => write!(
                f,
                "answer \"{id}\" is not one of the choices {}",
                choices.join(", ")
            ),
            ProblemKind::UnsafeUrl { url } => write!(
                f,
                "{field} \"{url}\" must be an http:// or https:// address"
            ),
            ProblemKind::JsonSyntax { description } => f.write_str(description),
            ProblemKind::FileTooLarge {
                megabytes,
                limit_megabytes,
            } => write!(
                f,
                "the file is {megabytes} MB; the largest question file this app reads is {limit_megabytes} MB"
            ),
            ProblemKind::Utf16 => {
                write!(f, "the file is saved as UTF-16; save it as UTF-8 instead")
            }
            ProblemKind::NotUtf8 => {
                write!(f, "the file is not valid UTF-8 text here; save it as UTF-8")
            }
            ProblemKind::FormatUnknown => write!(
                f,
                "the format could not be told: expected a JSON bank (.json), GIFT or Aiken (.gift, .txt), Markdown (.md) or Moodle XML (.xml)"
            ),
            ProblemKind::NotLoaded { reason } => write!(f, "could not be loaded: {reason}"),
            ProblemKind::IdNotAsListed { id, listed } => write!(
                f,
                "the bank's id is \"{id}\" but questions/index.json lists it as \"{listed}\""
            ),
            ProblemKind::Reader(problem) => write!(f, "{problem}"),
        }
    }
}

/// The fields of one object of the bank format, as a problem about an unknown key lists them.
pub fn known_fields(object: FormatObject) -> &'static str {
    match object {
        FormatObject::Bank => {
            "$schema, format, id, title, description, language, topics, default_question_count, default_time_limit_minutes, pass_mark_percent, shuffle, facts_checked, report_url, topic_weights, questions"
        }
        FormatObject::Question => {
            "id, topic, prompt, choices, answer, explanation, references, level"
        }
        FormatObject::Choice => "id, text, explanation",
        FormatObject::Reference => "title, url",
    }
}

impl fmt::Display for IdProblem {
    /// The words that follow an id in a problem's message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdProblem::Empty => "is empty",
            IdProblem::TooLong => "is longer than 64 characters",
            IdProblem::BadCharacter => {
                "may hold only letters, digits, '-', '_' and '.' (no spaces)"
            }
        })
    }
}

impl fmt::Display for ReportLinkProblem {
    /// The words that follow a `report_url` in a problem's message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReportLinkProblem::Scheme => "must start with https:// or mailto:",
            ReportLinkProblem::Spaces => "must not contain spaces or control characters",
            ReportLinkProblem::NoQuestion => {
                "must contain {question}, which becomes the id of the question reported"
            }
        })
    }
}
