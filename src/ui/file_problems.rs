//! The words for what is wrong in a bank file, or worth a teacher's attention in it: each of the
//! engine's typed problems and warnings as a line of the page, `file:line: message`, in the
//! interface's language. Field names, marks and values quoted from the file stay as the file
//! writes them; only the words around them are translated.

use crate::engine::bank::{BANK_FORMAT, Id, IdProblem};
use crate::engine::error::{BankError, Location, Outcome};
use crate::engine::field_path::FieldPath;
use crate::engine::import::Warning;
use crate::engine::problem::{GiftKind, ProblemKind, ReaderProblem, WarningKind};
use crate::engine::problem_text::{Shortened, known_fields};
use crate::engine::report_link::{QUESTION_PLACEHOLDER, ReportLinkProblem};
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// A problem as the page lists it: where it is, what is wrong, and what it did.
pub fn problem_line(text: &Texts, problem: &BankError) -> String {
    let message = sentence(text, &problem.kind, &problem.field);
    let message = match problem.outcome {
        Outcome::Refused | Outcome::Noted => message,
        Outcome::QuestionSkipped => text.get(Msg::FileOutcomeQuestionSkipped {
            message: message.into(),
        }),
        Outcome::TextSkipped => text.get(Msg::FileOutcomeTextSkipped {
            message: message.into(),
        }),
    };
    let place = place(problem);
    let message = message.into();
    text.get(match &problem.location {
        Location::Question {
            number,
            id: Some(id),
        } => Msg::FileLineInQuestion {
            place,
            id: id.as_str().into(),
            number: (*number).into(),
            message,
        },
        Location::Question { number, id: None } => Msg::FileLineInUnnamedQuestion {
            place,
            number: (*number).into(),
            message,
        },
        Location::Bank | Location::Syntax { .. } => Msg::FileLine { place, message },
    })
}

/// Every problem, as the page lists them.
pub fn problem_lines(text: &Texts, problems: &[BankError]) -> Vec<String> {
    problems
        .iter()
        .map(|problem| problem_line(text, problem))
        .collect()
}

/// A warning as the page lists it.
pub fn warning_line(text: &Texts, warning: &Warning) -> String {
    let place = match warning.line {
        Some(line) => format!("{}:{line}", warning.file),
        None => warning.file.clone(),
    };
    text.get(Msg::FileLineWarning {
        place: place.into(),
        message: warning_sentence(text, &warning.kind).into(),
    })
}

/// Every warning, as the page lists them.
pub fn warning_lines(text: &Texts, warnings: &[Warning]) -> Vec<String> {
    warnings
        .iter()
        .map(|warning| warning_line(text, warning))
        .collect()
}

/// Where a problem is, in the `file:line` (or `file:line:column`) form editors turn into links.
fn place(problem: &BankError) -> catalogue::Arg {
    let place = match (&problem.location, problem.line) {
        (Location::Syntax { line, column }, _) => format!("{}:{line}:{column}", problem.file),
        (_, Some(line)) => format!("{}:{line}", problem.file),
        (_, None) => problem.file.clone(),
    };
    place.into()
}

/// A list of names from the file, as the file writes them.
fn listed(names: &[String]) -> catalogue::Arg {
    names.join(", ").into()
}

/// A problem's message: its kind in words, naming its field where the kind is about one.
fn sentence(text: &Texts, kind: &ProblemKind, field: &FieldPath) -> String {
    let field = || catalogue::Arg::from(field.to_string());
    let quoted = |value: &str| catalogue::Arg::from(value);
    text.get(match kind {
        ProblemKind::Missing => Msg::FileMissing { field: field() },
        ProblemKind::Empty => Msg::FileEmpty { field: field() },
        ProblemKind::EmptyOptional => Msg::FileEmptyOptional { field: field() },
        ProblemKind::UnknownField { object } => Msg::FileUnknownField {
            field: field(),
            known: known_fields(*object).into(),
        },
        ProblemKind::BadId { text: id, problem } => {
            let text = quoted(id);
            match problem {
                IdProblem::Empty => Msg::FileIdEmpty {
                    field: field(),
                    text,
                },
                IdProblem::TooLong => Msg::FileIdTooLong {
                    field: field(),
                    text,
                    max: Id::MAX_LEN.into(),
                },
                IdProblem::BadCharacter => Msg::FileIdBadCharacter {
                    field: field(),
                    text,
                },
            }
        }
        ProblemKind::ListedTwice { value } => Msg::FileListedTwice {
            field: field(),
            value: quoted(value),
        },
        ProblemKind::FormatMissing => Msg::FileFormatMissing {
            format: BANK_FORMAT.to_string().into(),
        },
        ProblemKind::FormatUnsupported { format } => Msg::FileFormatUnsupported {
            found: format.to_string().into(),
            format: BANK_FORMAT.to_string().into(),
        },
        ProblemKind::UnknownLevel { text } => Msg::FileUnknownLevel { text: quoted(text) },
        ProblemKind::BadLanguage { text } => Msg::FileBadLanguage { text: quoted(text) },
        ProblemKind::BadFactsChecked { text } => Msg::FileBadFactsChecked { text: quoted(text) },
        ProblemKind::BadReportUrl { text, problem } => {
            let text = quoted(text);
            match problem {
                ReportLinkProblem::Scheme => Msg::FileReportUrlScheme { text },
                ReportLinkProblem::Spaces => Msg::FileReportUrlSpaces { text },
                ReportLinkProblem::NoQuestion => Msg::FileReportUrlNoQuestion {
                    text,
                    placeholder: QUESTION_PLACEHOLDER.into(),
                },
            }
        }
        ProblemKind::NoTopics => Msg::FileNoTopics,
        ProblemKind::TooManyQuestions { count, limit } => Msg::FileTooManyQuestions {
            count: (*count).into(),
            limit: (*limit).into(),
        },
        ProblemKind::NoUsableQuestion {
            questions_in_file: 1,
        } => Msg::FileOnlyQuestionUnusable,
        ProblemKind::NoUsableQuestion { questions_in_file } => Msg::FileNoUsableQuestion {
            count: (*questions_in_file).into(),
        },
        // The values a field holds are written as the file writes them, not as numbers of the
        // language, so the teacher finds them in the file.
        ProblemKind::QuestionCountBelowOne { count } => Msg::FileQuestionCountBelowOne {
            count: count.to_string().into(),
        },
        ProblemKind::QuestionCountAboveFile {
            count,
            questions_in_file,
        } => Msg::FileQuestionCountAboveFile {
            count: count.to_string().into(),
            questions: (*questions_in_file).into(),
        },
        ProblemKind::QuestionCountLowered { count, usable } => Msg::FileQuestionCountLowered {
            count: count.to_string().into(),
            usable: (*usable).into(),
        },
        ProblemKind::TimeLimitOutOfRange { minutes, limit } => Msg::FileTimeLimitOutOfRange {
            minutes: minutes.to_string().into(),
            limit: (*limit).into(),
        },
        ProblemKind::WeightedTopicUnknown { topic } => Msg::FileWeightedTopicUnknown {
            topic: quoted(topic),
        },
        ProblemKind::BadWeight { topic, weight } => Msg::FileBadWeight {
            topic: quoted(topic),
            weight: weight.to_string().into(),
        },
        ProblemKind::NoPositiveWeight => Msg::FileNoPositiveWeight,
        ProblemKind::PassMarkOutOfRange { percent } => Msg::FilePassMarkOutOfRange {
            percent: percent.to_string().into(),
        },
        ProblemKind::IdUsedBefore { id, first } => Msg::FileIdUsedBefore {
            id: quoted(id),
            first: (*first).into(),
        },
        ProblemKind::EveryChoiceRight { choices } => Msg::FileEveryChoiceRight {
            instruction: text
                .get(Msg::ExamChooseMany {
                    count: (*choices).into(),
                })
                .into(),
        },
        ProblemKind::TopicNotListed { topic, topics } => Msg::FileTopicNotListed {
            topic: quoted(topic),
            topics: listed(topics),
        },
        ProblemKind::TooManyChoices { count, limit } => Msg::FileTooManyChoices {
            count: (*count).into(),
            limit: (*limit).into(),
        },
        ProblemKind::TooFewChoices { count } => Msg::FileTooFewChoices {
            count: (*count).into(),
        },
        ProblemKind::ChoiceIdRepeated { id } => Msg::FileChoiceIdRepeated {
            field: field(),
            id: quoted(id),
        },
        ProblemKind::ChoiceTextRepeated { text } => Msg::FileChoiceTextRepeated {
            field: field(),
            text: quoted(text),
        },
        ProblemKind::NoAnswer => Msg::FileNoAnswer,
        ProblemKind::AnswerNotAChoice { id, choices } => Msg::FileAnswerNotAChoice {
            id: quoted(id),
            choices: listed(choices),
        },
        ProblemKind::UnsafeUrl { url } => Msg::FileUnsafeUrl {
            field: field(),
            url: quoted(url),
        },
        ProblemKind::JsonSyntax { description } => Msg::FileJsonSyntax {
            description: quoted(description),
        },
        ProblemKind::FileTooLarge {
            megabytes,
            limit_megabytes,
        } => Msg::FileTooLarge {
            megabytes: (*megabytes).into(),
            limit: (*limit_megabytes).into(),
        },
        ProblemKind::Utf16 => Msg::FileUtf16,
        ProblemKind::NotUtf8 => Msg::FileNotUtf8,
        ProblemKind::FormatUnknown => Msg::FileFormatUnknown,
        ProblemKind::NotLoaded { reason } => Msg::FileNotLoaded {
            reason: quoted(reason),
        },
        ProblemKind::IdNotAsListed { id, listed } => Msg::FileIdNotAsListed {
            id: quoted(id),
            listed: quoted(listed),
        },
        ProblemKind::Reader(problem) => reader_message(problem),
    })
}

/// A problem in the syntax of a GIFT, Aiken or Markdown file.
fn reader_message(problem: &ReaderProblem) -> Msg {
    let quoted = |value: &str| catalogue::Arg::from(value);
    let letter = |letter: &char| catalogue::Arg::from(letter.to_string());
    match problem {
        ReaderProblem::BlockTooLong {
            kilobytes,
            limit_kilobytes,
        } => Msg::FileBlockTooLong {
            kilobytes: (*kilobytes).into(),
            limit: (*limit_kilobytes).into(),
        },
        ReaderProblem::TitleNotClosed => Msg::FileTitleNotClosed,
        ReaderProblem::AnswerBlockNotClosed => Msg::FileAnswerBlockNotClosed,
        ReaderProblem::SecondAnswerBlock => Msg::FileSecondAnswerBlock,
        ReaderProblem::NoAnswers { label } => Msg::FileNoAnswers {
            label: quoted(label),
        },
        ReaderProblem::NoRightWeight { label } => Msg::FileNoRightWeight {
            label: quoted(label),
        },
        ReaderProblem::AnswerLineFirst => Msg::FileAnswerLineFirst,
        ReaderProblem::NotAChoiceLetter { text } => {
            Msg::FileNotAChoiceLetter { text: quoted(text) }
        }
        ReaderProblem::AnswerLineNamesNoLetter => Msg::FileAnswerLineNamesNoLetter,
        ReaderProblem::ChoiceBeforeQuestion { letter: found } => Msg::FileChoiceBeforeQuestion {
            letter: letter(found),
        },
        ReaderProblem::ChoiceOutOfOrder {
            letter: found,
            expected: Some(expected),
        } => Msg::FileChoiceOutOfOrder {
            letter: letter(found),
            expected: letter(expected),
        },
        ReaderProblem::ChoiceOutOfOrder {
            letter: found,
            expected: None,
        } => Msg::FileChoiceOutOfOrderFull {
            letter: letter(found),
        },
        ReaderProblem::NoAnswerLine => Msg::FileNoAnswerLine,
        ReaderProblem::TextWithoutChoices => Msg::FileTextWithoutChoices,
        ReaderProblem::AnswerNamesNoOption { text } => {
            Msg::FileAnswerNamesNoOption { text: quoted(text) }
        }
        ReaderProblem::NoLetteredChoices => Msg::FileNoLetteredChoices,
        ReaderProblem::NoCorrectAnswerLine => Msg::FileNoCorrectAnswerLine,
        ReaderProblem::OptionLettersWrong { letters } => Msg::FileOptionLettersWrong {
            letters: letters
                .iter()
                .map(char::to_string)
                .collect::<Vec<_>>()
                .join(", ")
                .into(),
        },
        ReaderProblem::UnclearBox { mark } => Msg::FileUnclearBox { mark: letter(mark) },
        ReaderProblem::NoTickedOption => Msg::FileNoTickedOption,
        ReaderProblem::FrontMatterNotClosed => Msg::FileFrontMatterNotClosed,
        ReaderProblem::NotWholeNumber { key, value } => Msg::FileNotWholeNumber {
            key: quoted(key),
            value: quoted(value),
        },
        ReaderProblem::NotTrueOrFalse { key, value } => Msg::FileNotTrueOrFalse {
            key: quoted(key),
            value: quoted(value),
        },
        ReaderProblem::XmlSyntax { description } => Msg::FileXmlSyntax {
            description: quoted(description),
        },
        ReaderProblem::NotAMoodleQuiz { root } => Msg::FileNotAMoodleQuiz { root: quoted(root) },
        ReaderProblem::FractionNotANumber { label, text } => Msg::FileFractionNotANumber {
            label: quoted(label),
            text: quoted(text),
        },
        ReaderProblem::NoRightFraction { label } => Msg::FileNoRightFraction {
            label: quoted(label),
        },
    }
}

/// A warning's message.
fn warning_sentence(text: &Texts, kind: &WarningKind) -> String {
    let quoted = |value: &str| catalogue::Arg::from(value);
    let line = |line: &usize| catalogue::Arg::from(line.to_string());
    text.get(match kind {
        WarningKind::PictureLeftOut { alt: Some(alt) } => {
            Msg::FilePictureLeftOut { alt: quoted(alt) }
        }
        WarningKind::PictureLeftOut { alt: None } => Msg::FilePictureLeftOutNoAlt,
        WarningKind::NoAnswerBlock { label } => Msg::FileNoAnswerBlock {
            label: quoted(label),
        },
        WarningKind::UnsupportedGiftKind { label, kind } => {
            let label = quoted(label);
            match kind {
                GiftKind::Essay => Msg::FileGiftEssay { label },
                GiftKind::Numerical => Msg::FileGiftNumerical { label },
                GiftKind::Matching => Msg::FileGiftMatching { label },
                GiftKind::ShortAnswer => Msg::FileGiftShortAnswer { label },
            }
        }
        WarningKind::PartialCredit {
            label,
            hundredths,
            choice,
        } => Msg::FilePartialCredit {
            label: quoted(label),
            percent: weight(text, *hundredths),
            choice: quoted(choice),
        },
        WarningKind::SeveralEqualsAnswers { label, count } => Msg::FileSeveralEqualsAnswers {
            label: quoted(label),
            count: (*count).into(),
        },
        WarningKind::WeightsNotHundred { label, hundredths } => Msg::FileWeightsNotHundred {
            label: quoted(label),
            percent: weight(text, *hundredths),
        },
        WarningKind::UnsupportedMoodleType { label, kind } => Msg::FileMoodleTypeUnsupported {
            label: quoted(label),
            kind: quoted(kind),
        },
        WarningKind::UnevenCredit { label } => Msg::FileUnevenCredit {
            label: quoted(label),
        },
        WarningKind::TextOutsideQuestion { text: first, lines } => Msg::FileTextOutsideQuestion {
            text: Shortened(first).to_string().into(),
            lines: (*lines).max(1).into(),
        },
        WarningKind::NumberedLineWithoutChoices => Msg::FileNumberedLineWithoutChoices,
        WarningKind::FenceNotClosed => Msg::FileFenceNotClosed,
        WarningKind::NumberedLinesWithoutOptions { start, end } if start == end => {
            Msg::FileNumberedLineWithoutOptions
        }
        WarningKind::NumberedLinesWithoutOptions { start, end } => {
            Msg::FileNumberedLinesWithoutOptions {
                start: line(start),
                end: line(end),
            }
        }
        WarningKind::FrontMatterNotKeyValue { line } => {
            Msg::FileFrontMatterNotKeyValue { line: quoted(line) }
        }
        WarningKind::QuizdownDisplayOption { key } => {
            Msg::FileQuizdownDisplayOption { key: quoted(key) }
        }
        WarningKind::FrontMatterUnused { key } => Msg::FileFrontMatterUnused { key: quoted(key) },
        WarningKind::NoExplanations { missing, usable } => Msg::FileNoExplanations {
            missing: (*missing).into(),
            usable: (*usable).into(),
        },
        WarningKind::RepeatedPrompt {
            id,
            earlier_id,
            earlier_line: Some(earlier_line),
        } => Msg::FileRepeatedPrompt {
            id: quoted(id),
            earlier: quoted(earlier_id),
            line: line(earlier_line),
        },
        WarningKind::RepeatedPrompt {
            id,
            earlier_id,
            earlier_line: None,
        } => Msg::FileRepeatedPromptNoLine {
            id: quoted(id),
            earlier: quoted(earlier_id),
        },
        WarningKind::Note {
            question,
            field,
            kind,
        } => {
            let message = sentence(text, kind, field);
            match question {
                Some(id) => Msg::FileNoteOfQuestion {
                    id: quoted(id),
                    message: message.into(),
                },
                None => return message,
            }
        }
    })
}

/// A GIFT weight in hundredths of a percent, as the language writes the number.
fn weight(text: &Texts, hundredths: i64) -> catalogue::Arg {
    text.number(hundredths as f64 / 100.0).into()
}
