//! The English sentence for every kind of problem and warning in a bank file: the one place a
//! translation would replace.

use std::fmt;

use super::bank::{BANK_FORMAT, IdProblem};
use super::field_path::FieldPath;
use super::problem::{FormatObject, GiftKind, ProblemKind, ReaderProblem, WarningKind};
use super::report_link::ReportLinkProblem;

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
            ProblemKind::TooFewChoices { count } => write!(
                f,
                "choices has {count} choice(s); a question needs at least two"
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
                "the format could not be told: expected a JSON bank (.json), GIFT or Aiken (.gift, .txt) or Markdown (.md)"
            ),
            ProblemKind::IdNotAsListed { id, listed } => write!(
                f,
                "the bank's id is \"{id}\" but questions/index.json lists it as \"{listed}\""
            ),
            ProblemKind::Reader(problem) => write!(f, "{problem}"),
        }
    }
}

/// The fields of one object of the bank format, as a problem about an unknown key lists them.
fn known_fields(object: FormatObject) -> &'static str {
    match object {
        FormatObject::Bank => {
            "$schema, format, id, title, description, topics, default_question_count, default_time_limit_minutes, pass_mark_percent, shuffle, facts_checked, report_url, topic_weights, questions"
        }
        FormatObject::Question => "id, topic, prompt, choices, answer, explanation, references",
        FormatObject::Choice => "id, text, explanation",
        FormatObject::Reference => "title, url",
    }
}

impl fmt::Display for ReaderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReaderProblem::BlockTooLong {
                kilobytes,
                limit_kilobytes,
            } => write!(
                f,
                "this question runs on for {kilobytes} KB without a blank line; questions must be separated by blank lines (at most {limit_kilobytes} KB each)"
            ),
            ReaderProblem::TitleNotClosed => {
                write!(f, "the title opened with :: is never closed with ::")
            }
            ReaderProblem::AnswerBlockNotClosed => {
                write!(f, "the answer block opened with {{ is never closed with }}")
            }
            ReaderProblem::SecondAnswerBlock => write!(
                f,
                "this question has a second answer block {{…}}; a question may have only one"
            ),
            ReaderProblem::NoAnswers { label } => {
                write!(f, "\"{label}\": the answer block has no = or ~ answers")
            }
            ReaderProblem::NoRightWeight { label } => write!(
                f,
                "\"{label}\" has no right answer: mark one with = or give right answers a positive %weight%"
            ),
            ReaderProblem::AnswerLineFirst => {
                write!(f, "an ANSWER: line with no question before it")
            }
            ReaderProblem::NotAChoiceLetter { text } => write!(
                f,
                "ANSWER: \"{text}\" is not a choice letter such as A or B"
            ),
            ReaderProblem::AnswerLineNamesNoLetter => {
                write!(f, "the ANSWER: line names no choice letter")
            }
            ReaderProblem::ChoiceBeforeQuestion { letter } => {
                write!(f, "choice {letter} comes before any question text")
            }
            ReaderProblem::ChoiceOutOfOrder {
                letter,
                expected: Some(expected),
            } => write!(
                f,
                "choice {letter} is out of order: the next choice of this question should be {expected}"
            ),
            ReaderProblem::ChoiceOutOfOrder {
                letter,
                expected: None,
            } => write!(
                f,
                "choice {letter} is out of order: the next choice of this question should be none (26 at most)"
            ),
            ReaderProblem::NoAnswerLine => {
                write!(f, "this question has no ANSWER: line after its choices")
            }
            ReaderProblem::TextWithoutChoices => {
                write!(f, "this text is followed by no choices and no ANSWER: line")
            }
            ReaderProblem::AnswerNamesNoOption { text } => write!(
                f,
                "the answer line \"{text}\" names no option letter (A, B, …)"
            ),
            ReaderProblem::NoLetteredChoices => {
                write!(f, "this question has no lettered choices (A. …)")
            }
            ReaderProblem::NoCorrectAnswerLine => {
                write!(f, "this question has no \"Correct answer: …\" line")
            }
            ReaderProblem::OptionLettersWrong { letters } => {
                let listed: Vec<String> = letters.iter().map(char::to_string).collect();
                write!(
                    f,
                    "the options are lettered {}: each letter from A on must appear once",
                    listed.join(", ")
                )
            }
            ReaderProblem::UnclearBox { mark } => write!(
                f,
                "the option box [{mark}] is neither [x] (right) nor [ ] (wrong)"
            ),
            ReaderProblem::NoTickedOption => {
                write!(f, "this question has no right option: tick one with - [x]")
            }
            ReaderProblem::FrontMatterNotClosed => write!(
                f,
                "the front matter opened with --- is never closed with ---"
            ),
            ReaderProblem::NotWholeNumber { key, value } => {
                write!(f, "{key} \"{value}\" is not a whole number")
            }
            ReaderProblem::NotTrueOrFalse { key, value } => {
                write!(f, "{key} \"{value}\" is not true or false")
            }
        }
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::HtmlShownAsText => {
                write!(f, "HTML question text is shown as plain text, tags and all")
            }
            WarningKind::NoAnswerBlock { label } => write!(
                f,
                "\"{label}\" has no answer block {{…}} (a description in Moodle); skipped"
            ),
            WarningKind::UnsupportedGiftKind { label, kind } => {
                let kind = match kind {
                    GiftKind::Essay => "an essay",
                    GiftKind::Numerical => "a numerical",
                    GiftKind::Matching => "a matching",
                    GiftKind::ShortAnswer => "a short answer",
                };
                write!(
                    f,
                    "\"{label}\" is {kind} question, which this app does not take; skipped"
                )
            }
            WarningKind::PartialCredit {
                label,
                hundredths,
                choice,
            } => write!(
                f,
                "\"{label}\": partial credit ({}%) for \"{choice}\" is not supported; it counts as wrong",
                Percent(*hundredths)
            ),
            WarningKind::SeveralEqualsAnswers { label, count } => write!(
                f,
                "\"{label}\" marks {count} answers right with =; Moodle accepts any one of them, this app asks for all of them"
            ),
            WarningKind::WeightsNotHundred { label, hundredths } => write!(
                f,
                "\"{label}\": the weights of the right answers add up to {}%, not 100%; every answer with a positive weight counts as right",
                Percent(*hundredths)
            ),
            WarningKind::NumberedLineWithoutChoices => write!(
                f,
                "this numbered line has no lettered choices below it; not read as a question"
            ),
            WarningKind::FenceNotClosed => {
                write!(f, "this code fence is never closed; it is read as text")
            }
            WarningKind::NumberedLinesWithoutOptions { start, end } if start == end => write!(
                f,
                "this numbered line has no [x] or [ ] options below it; not read as a question"
            ),
            WarningKind::NumberedLinesWithoutOptions { start, end } => write!(
                f,
                "numbered lines {start} to {end} have no [x] or [ ] options below them; not read as questions"
            ),
            WarningKind::FrontMatterNotKeyValue { line } => {
                write!(f, "front matter line \"{line}\" is not key: value; ignored")
            }
            WarningKind::QuizdownDisplayOption { key } => write!(
                f,
                "front matter {key} is a quizdown display option; this app ignores it"
            ),
            WarningKind::FrontMatterUnused { key } => {
                write!(f, "front matter {key} is not used; ignored")
            }
            WarningKind::NoExplanations { missing, usable } => write!(
                f,
                "{missing} of {usable} questions have no explanation (the first is here); candidates will see only the right answer"
            ),
            WarningKind::RepeatedPrompt {
                id,
                earlier_id,
                earlier_line: Some(line),
            } => write!(
                f,
                "question \"{id}\" repeats the prompt of question \"{earlier_id}\" (line {line})"
            ),
            WarningKind::RepeatedPrompt {
                id,
                earlier_id,
                earlier_line: None,
            } => write!(
                f,
                "question \"{id}\" repeats the prompt of question \"{earlier_id}\""
            ),
            WarningKind::Note {
                question,
                field,
                kind,
            } => {
                if let Some(id) = question {
                    write!(f, "question \"{id}\": ")?;
                }
                write!(f, "{}", Sentence { kind, field })
            }
        }
    }
}

/// A GIFT weight in hundredths of a percent, written `50`, `33.33` or `-100`.
struct Percent(i64);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let value = self.0.abs();
        match value % 100 {
            0 => write!(f, "{sign}{}", value / 100),
            rest => write!(f, "{sign}{}.{rest:02}", value / 100),
        }
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

#[cfg(test)]
mod tests {
    use super::Percent;

    #[test]
    fn weights_are_written_without_needless_decimals() {
        assert_eq!(Percent(5_000).to_string(), "50");
        assert_eq!(Percent(3_333).to_string(), "33.33");
        assert_eq!(Percent(-10_000).to_string(), "-100");
        assert_eq!(Percent(8_005).to_string(), "80.05");
    }
}
