//! The page's English for every kind of problem and warning in a bank file is the checker's
//! (`exam-check`) word for word: both say the same thing, so a teacher who reads one can find
//! the other. The samples name every kind (a new kind does not compile here until it has one);
//! their numbers are below 1,000, where the language's number format and the checker's digits
//! agree.

use exam_practice::engine::bank::IdProblem;
use exam_practice::engine::error::{BankError, Location, Outcome};
use exam_practice::engine::field_path::FieldPath;
use exam_practice::engine::import::Warning;
use exam_practice::engine::problem::{
    FormatObject, GiftKind, ProblemKind, ReaderProblem, WarningKind,
};
use exam_practice::engine::report_link::ReportLinkProblem;
use exam_practice::ui::file_problems::{problem_line, warning_line};
use exam_practice::ui::text::Texts;
use wasm_bindgen_test::*;

fn text(value: &str) -> String {
    value.to_owned()
}

/// One sample of each kind of problem.
fn every_problem_kind() -> Vec<ProblemKind> {
    use ProblemKind as K;
    let mut kinds = vec![
        K::Missing,
        K::Empty,
        K::EmptyOptional,
        K::ListedTwice { value: text("EC2") },
        K::FormatMissing,
        K::FormatUnsupported { format: 2 },
        K::BadFactsChecked {
            text: text("2026-02-30"),
        },
        K::BadLanguage {
            text: text("french"),
        },
        K::NoTopics,
        K::TooManyQuestions {
            count: 601,
            limit: 600,
        },
        K::NoUsableQuestion {
            questions_in_file: 1,
        },
        K::NoUsableQuestion {
            questions_in_file: 12,
        },
        K::QuestionCountBelowOne { count: 0 },
        K::QuestionCountAboveFile {
            count: 70,
            questions_in_file: 12,
        },
        K::QuestionCountLowered {
            count: 65,
            usable: 40,
        },
        K::TimeLimitOutOfRange {
            minutes: 900,
            limit: 600,
        },
        K::WeightedTopicUnknown {
            topic: text("Storage"),
        },
        K::BadWeight {
            topic: text("Compute"),
            weight: -0.5,
        },
        K::NoPositiveWeight,
        K::PassMarkOutOfRange { percent: 120 },
        K::IdUsedBefore {
            id: text("q1"),
            first: 3,
        },
        K::EveryChoiceRight { choices: 4 },
        K::TopicNotListed {
            topic: text("Storage"),
            topics: vec![text("Compute"), text("Networking")],
        },
        K::TooManyChoices {
            count: 27,
            limit: 26,
        },
        K::TooFewChoices { count: 0 },
        K::TooFewChoices { count: 1 },
        K::ChoiceIdRepeated { id: text("a") },
        K::ChoiceTextRepeated { text: text("Yes") },
        K::NoAnswer,
        K::AnswerNotAChoice {
            id: text("e"),
            choices: vec![text("a"), text("b")],
        },
        K::UnsafeUrl {
            url: text("javascript:alert(1)"),
        },
        K::UnknownLevel {
            text: text("expert"),
        },
        K::JsonSyntax {
            description: text("expected `,` or `}`"),
        },
        K::FileTooLarge {
            megabytes: 12,
            limit_megabytes: 8,
        },
        K::Utf16,
        K::NotUtf8,
        K::FormatUnknown,
        K::NotLoaded {
            reason: text("the server answered 404"),
        },
        K::IdNotAsListed {
            id: text("week3"),
            listed: text("week-3"),
        },
    ];
    kinds.extend(
        [
            FormatObject::Bank,
            FormatObject::Question,
            FormatObject::Choice,
            FormatObject::Reference,
        ]
        .map(|object| K::UnknownField { object }),
    );
    kinds.extend(
        [
            IdProblem::Empty,
            IdProblem::TooLong,
            IdProblem::BadCharacter,
        ]
        .map(|problem| K::BadId {
            text: text("q 1"),
            problem,
        }),
    );
    kinds.extend(
        [
            ReportLinkProblem::Scheme,
            ReportLinkProblem::Spaces,
            ReportLinkProblem::NoQuestion,
        ]
        .map(|problem| K::BadReportUrl {
            text: text("http://example.org"),
            problem,
        }),
    );
    kinds.extend(every_reader_problem().into_iter().map(K::Reader));
    for kind in &kinds {
        named(kind);
    }
    kinds
}

/// Names every kind, so that a new one fails to compile until the samples have it.
fn named(kind: &ProblemKind) {
    use ProblemKind as K;
    match kind {
        K::Missing
        | K::Empty
        | K::EmptyOptional
        | K::UnknownField { .. }
        | K::BadId { .. }
        | K::ListedTwice { .. }
        | K::FormatMissing
        | K::FormatUnsupported { .. }
        | K::BadFactsChecked { .. }
        | K::BadLanguage { .. }
        | K::BadReportUrl { .. }
        | K::NoTopics
        | K::TooManyQuestions { .. }
        | K::NoUsableQuestion { .. }
        | K::QuestionCountBelowOne { .. }
        | K::QuestionCountAboveFile { .. }
        | K::QuestionCountLowered { .. }
        | K::TimeLimitOutOfRange { .. }
        | K::WeightedTopicUnknown { .. }
        | K::BadWeight { .. }
        | K::NoPositiveWeight
        | K::PassMarkOutOfRange { .. }
        | K::IdUsedBefore { .. }
        | K::EveryChoiceRight { .. }
        | K::TopicNotListed { .. }
        | K::TooManyChoices { .. }
        | K::TooFewChoices { .. }
        | K::ChoiceIdRepeated { .. }
        | K::ChoiceTextRepeated { .. }
        | K::NoAnswer
        | K::AnswerNotAChoice { .. }
        | K::UnsafeUrl { .. }
        | K::UnknownLevel { .. }
        | K::JsonSyntax { .. }
        | K::FileTooLarge { .. }
        | K::Utf16
        | K::NotUtf8
        | K::FormatUnknown
        | K::NotLoaded { .. }
        | K::IdNotAsListed { .. }
        | K::Reader(_) => {}
    }
}

fn every_reader_problem() -> Vec<ReaderProblem> {
    use ReaderProblem as R;
    let problems = vec![
        R::BlockTooLong {
            kilobytes: 70,
            limit_kilobytes: 64,
        },
        R::TitleNotClosed,
        R::AnswerBlockNotClosed,
        R::SecondAnswerBlock,
        R::NoAnswers {
            label: text("Which service"),
        },
        R::NoRightWeight {
            label: text("Which service"),
        },
        R::AnswerLineFirst,
        R::NotAChoiceLetter { text: text("yes") },
        R::AnswerLineNamesNoLetter,
        R::ChoiceBeforeQuestion { letter: 'A' },
        R::ChoiceOutOfOrder {
            letter: 'C',
            expected: Some('B'),
        },
        R::ChoiceOutOfOrder {
            letter: 'A',
            expected: None,
        },
        R::NoAnswerLine,
        R::TextWithoutChoices,
        R::AnswerNamesNoOption { text: text("none") },
        R::NoLetteredChoices,
        R::NoCorrectAnswerLine,
        R::OptionLettersWrong {
            letters: vec!['A', 'C', 'D'],
        },
        R::UnclearBox { mark: 'v' },
        R::NoTickedOption,
        R::FrontMatterNotClosed,
        R::NotWholeNumber {
            key: text("pass"),
            value: text("high"),
        },
        R::NotTrueOrFalse {
            key: text("shuffle"),
            value: text("maybe"),
        },
        R::XmlSyntax {
            description: text("unexpected end of stream"),
        },
        R::NotAMoodleQuiz { root: text("rss") },
        R::FractionNotANumber {
            label: text("Which service"),
            text: text("lots"),
        },
        R::NoRightFraction {
            label: text("Which service"),
        },
    ];
    for problem in &problems {
        match problem {
            R::BlockTooLong { .. }
            | R::TitleNotClosed
            | R::AnswerBlockNotClosed
            | R::SecondAnswerBlock
            | R::NoAnswers { .. }
            | R::NoRightWeight { .. }
            | R::AnswerLineFirst
            | R::NotAChoiceLetter { .. }
            | R::AnswerLineNamesNoLetter
            | R::ChoiceBeforeQuestion { .. }
            | R::ChoiceOutOfOrder { .. }
            | R::NoAnswerLine
            | R::TextWithoutChoices
            | R::AnswerNamesNoOption { .. }
            | R::NoLetteredChoices
            | R::NoCorrectAnswerLine
            | R::OptionLettersWrong { .. }
            | R::UnclearBox { .. }
            | R::NoTickedOption
            | R::FrontMatterNotClosed
            | R::NotWholeNumber { .. }
            | R::NotTrueOrFalse { .. }
            | R::XmlSyntax { .. }
            | R::NotAMoodleQuiz { .. }
            | R::FractionNotANumber { .. }
            | R::NoRightFraction { .. } => {}
        }
    }
    problems
}

/// One sample of each kind of warning.
fn every_warning_kind() -> Vec<WarningKind> {
    use WarningKind as W;
    let label = || text("Which service");
    let mut kinds = vec![
        W::PictureLeftOut {
            alt: Some(text("A diagram")),
        },
        W::PictureLeftOut { alt: None },
        W::NoAnswerBlock { label: label() },
        W::PartialCredit {
            label: label(),
            hundredths: 3_333,
            choice: text("Lambda"),
        },
        W::SeveralEqualsAnswers {
            label: label(),
            count: 2,
        },
        W::WeightsNotHundred {
            label: label(),
            hundredths: 9_000,
        },
        W::UnsupportedMoodleType {
            label: label(),
            kind: text("essay"),
        },
        W::UnevenCredit { label: label() },
        W::NumberedLineWithoutChoices,
        W::FenceNotClosed,
        W::NumberedLinesWithoutOptions { start: 4, end: 4 },
        W::NumberedLinesWithoutOptions { start: 4, end: 9 },
        W::FrontMatterNotKeyValue {
            line: text("just words"),
        },
        W::QuizdownDisplayOption {
            key: text("shuffleAnswers"),
        },
        W::FrontMatterUnused {
            key: text("author"),
        },
        W::NoExplanations {
            missing: 1,
            usable: 20,
        },
        W::NoExplanations {
            missing: 3,
            usable: 20,
        },
        W::RepeatedPrompt {
            id: text("q7"),
            earlier_id: text("q2"),
            earlier_line: Some(12),
        },
        W::RepeatedPrompt {
            id: text("q7"),
            earlier_id: text("q2"),
            earlier_line: None,
        },
        W::Note {
            question: Some(text("q3")),
            field: FieldPath::key("choices"),
            kind: ProblemKind::EveryChoiceRight { choices: 3 },
        },
        W::Note {
            question: None,
            field: FieldPath::key("default_question_count"),
            kind: ProblemKind::QuestionCountLowered {
                count: 65,
                usable: 40,
            },
        },
    ];
    kinds.extend(
        [
            GiftKind::Essay,
            GiftKind::Numerical,
            GiftKind::Matching,
            GiftKind::ShortAnswer,
        ]
        .map(|kind| W::UnsupportedGiftKind {
            label: label(),
            kind,
        }),
    );
    kinds.extend([1, 2, 5].map(|lines| W::TextOutsideQuestion {
        text: text("This file was converted from the course's PDF by a tool that keeps headers"),
        lines,
    }));
    for kind in &kinds {
        match kind {
            W::PictureLeftOut { .. }
            | W::NoAnswerBlock { .. }
            | W::UnsupportedGiftKind { .. }
            | W::PartialCredit { .. }
            | W::SeveralEqualsAnswers { .. }
            | W::WeightsNotHundred { .. }
            | W::UnsupportedMoodleType { .. }
            | W::UnevenCredit { .. }
            | W::TextOutsideQuestion { .. }
            | W::NumberedLineWithoutChoices
            | W::FenceNotClosed
            | W::NumberedLinesWithoutOptions { .. }
            | W::FrontMatterNotKeyValue { .. }
            | W::QuizdownDisplayOption { .. }
            | W::FrontMatterUnused { .. }
            | W::NoExplanations { .. }
            | W::RepeatedPrompt { .. }
            | W::Note { .. } => {}
        }
    }
    kinds
}

/// Every place a problem can be, with every outcome.
fn places() -> Vec<(Location, Option<usize>, Outcome)> {
    let question = |id: Option<&str>| Location::Question {
        number: 4,
        id: id.map(str::to_owned),
    };
    vec![
        (Location::Bank, None, Outcome::Refused),
        (Location::Bank, Some(2), Outcome::Noted),
        (
            Location::Syntax { line: 3, column: 7 },
            Some(3),
            Outcome::Refused,
        ),
        (question(Some("q4")), Some(40), Outcome::QuestionSkipped),
        (question(None), Some(40), Outcome::QuestionSkipped),
        (question(Some("q4")), None, Outcome::TextSkipped),
    ]
}

#[wasm_bindgen_test]
fn the_pages_english_for_every_problem_is_the_checkers() {
    let english = Texts::english();
    for kind in every_problem_kind() {
        for (location, line, outcome) in places() {
            let problem = BankError {
                file: text("week3.gift"),
                location,
                field: FieldPath::key("choices").at(2).then("text"),
                line,
                kind: kind.clone(),
                outcome,
            };
            assert_eq!(problem_line(&english, &problem), problem.to_string());
        }
    }
}

#[wasm_bindgen_test]
fn the_pages_english_for_every_warning_is_the_checkers() {
    let english = Texts::english();
    for kind in every_warning_kind() {
        for line in [Some(12), None] {
            let warning = Warning {
                file: text("week3.gift"),
                line,
                kind: kind.clone(),
            };
            assert_eq!(warning_line(&english, &warning), warning.to_string());
        }
    }
}
