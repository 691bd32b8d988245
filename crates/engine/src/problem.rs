//! What can be wrong with a bank file, or worth a teacher's attention in it, as data: each kind
//! of problem and warning with the values its message needs. The English for each kind is
//! written by [`crate::problem_text`] alone.

use serde::{Deserialize, Serialize};

use super::bank::IdProblem;
use super::field_path::FieldPath;
use super::report_link::ReportLinkProblem;

/// The objects of the bank format, each with its own list of known fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormatObject {
    Bank,
    Question,
    Choice,
    Reference,
}

/// One kind of problem. A problem's field (its [`crate::field_path::FieldPath`]) is kept beside
/// its kind, and the many kinds whose message names the field take it from there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ProblemKind {
    // Problems of any field.
    /// A required field is absent.
    Missing,
    /// A required text field is blank.
    Empty,
    /// An optional text field is present but blank.
    EmptyOptional,
    /// A key the format does not know.
    UnknownField {
        object: FormatObject,
    },
    /// An id that is not a valid id.
    BadId {
        text: String,
        problem: IdProblem,
    },
    /// A value that appears twice in a list where each may appear once (a topic, an answer).
    ListedTwice {
        value: String,
    },

    // Problems of the bank's own fields.
    FormatMissing,
    FormatUnsupported {
        format: i64,
    },
    BadFactsChecked {
        text: String,
    },
    /// The bank's `language` is not a BCP 47 tag; the bank is used without one.
    BadLanguage {
        text: String,
    },
    BadReportUrl {
        text: String,
        problem: ReportLinkProblem,
    },
    NoTopics,
    TooManyQuestions {
        count: usize,
        limit: usize,
    },
    /// Every question of the file had to be left out.
    NoUsableQuestion {
        questions_in_file: usize,
    },
    QuestionCountBelowOne {
        count: i64,
    },
    QuestionCountAboveFile {
        count: usize,
        questions_in_file: usize,
    },
    /// A note: the questions left out make the bank's default exam length too long.
    QuestionCountLowered {
        count: usize,
        usable: usize,
    },
    TimeLimitOutOfRange {
        minutes: i64,
        limit: u32,
    },
    WeightedTopicUnknown {
        topic: String,
    },
    BadWeight {
        topic: String,
        weight: f64,
    },
    NoPositiveWeight,
    PassMarkOutOfRange {
        percent: i64,
    },

    // Problems of one question.
    IdUsedBefore {
        id: String,
        first: usize,
    },
    /// A note: with every choice right, "Choose N" gives the answer away.
    EveryChoiceRight {
        choices: usize,
    },
    TopicNotListed {
        topic: String,
        topics: Vec<String>,
    },
    TooManyChoices {
        count: usize,
        limit: usize,
    },
    TooFewChoices {
        count: usize,
    },
    ChoiceIdRepeated {
        id: String,
    },
    ChoiceTextRepeated {
        text: String,
    },
    NoAnswer,
    AnswerNotAChoice {
        id: String,
        choices: Vec<String>,
    },
    UnsafeUrl {
        url: String,
    },
    UnknownLevel {
        text: String,
    },

    // Problems with the file as a whole.
    /// serde_json's own description of a syntax or type error, without its position.
    JsonSyntax {
        description: String,
    },
    FileTooLarge {
        megabytes: usize,
        limit_megabytes: usize,
    },
    Utf16,
    NotUtf8,
    FormatUnknown,
    /// The file could not be had at all: `reason` is the browser's or the system's, in words.
    NotLoaded {
        reason: String,
    },
    /// The bank's id is not the one the folder's index lists for its file.
    IdNotAsListed {
        id: String,
        listed: String,
    },

    /// A problem a text format's reader found in the file's syntax.
    Reader(ReaderProblem),
}

/// A problem in the syntax of a text format (GIFT, Aiken, the Markdown layouts), found while
/// reading it: the question or the text it is in is left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReaderProblem {
    // GIFT.
    BlockTooLong {
        kilobytes: usize,
        limit_kilobytes: usize,
    },
    TitleNotClosed,
    AnswerBlockNotClosed,
    SecondAnswerBlock,
    /// `label` names the question in short: its title or the start of its text.
    NoAnswers {
        label: String,
    },
    NoRightWeight {
        label: String,
    },

    // Aiken.
    AnswerLineFirst,
    NotAChoiceLetter {
        text: String,
    },
    AnswerLineNamesNoLetter,
    ChoiceBeforeQuestion {
        letter: char,
    },
    /// `expected` is `None` when the question already has a choice for every letter.
    ChoiceOutOfOrder {
        letter: char,
        expected: Option<char>,
    },
    NoAnswerLine,
    TextWithoutChoices,

    // Markdown with answer blocks.
    AnswerNamesNoOption {
        text: String,
    },
    NoLetteredChoices,
    NoCorrectAnswerLine,
    OptionLettersWrong {
        letters: Vec<char>,
    },

    // Markdown task lists and front matter.
    UnclearBox {
        mark: char,
    },
    NoTickedOption,
    FrontMatterNotClosed,
    NotWholeNumber {
        key: String,
        value: String,
    },
    NotTrueOrFalse {
        key: String,
        value: String,
    },

    // Moodle XML.
    /// The file is not well-formed XML: `description` is the XML parser's, in English.
    XmlSyntax {
        description: String,
    },
    /// The file is XML, but its root element is `root`, not a Moodle export's `<quiz>`.
    NotAMoodleQuiz {
        root: String,
    },
    /// An answer's `fraction` is `text`, not a number.
    FractionNotANumber {
        label: String,
        text: String,
    },
    /// No answer of the question earns any part of the mark.
    NoRightFraction {
        label: String,
    },
}

impl From<ReaderProblem> for ProblemKind {
    fn from(problem: ReaderProblem) -> ProblemKind {
        ProblemKind::Reader(problem)
    }
}

/// A kind of GIFT question this app does not take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GiftKind {
    Essay,
    Numerical,
    Matching,
    ShortAnswer,
}

/// Something worth a teacher's attention that does not stop the bank from working.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WarningKind {
    // GIFT; `label` names the question in short: its title or the start of its text.
    /// A picture in a question's HTML, left out (with its alt text, when it has one) since the
    /// app cannot show pictures yet.
    PictureLeftOut {
        alt: Option<String>,
    },
    NoAnswerBlock {
        label: String,
    },
    UnsupportedGiftKind {
        label: String,
        kind: GiftKind,
    },
    /// `hundredths` of a percent, as GIFT weights are read.
    PartialCredit {
        label: String,
        hundredths: i64,
        choice: String,
    },
    SeveralEqualsAnswers {
        label: String,
        count: usize,
    },
    WeightsNotHundred {
        label: String,
        hundredths: i64,
    },

    // Moodle XML.
    /// A question of a Moodle type this app does not take, such as `essay` or `cloze`, as the
    /// file names it.
    UnsupportedMoodleType {
        label: String,
        kind: String,
    },
    /// The right answers of a several-answer question earn different shares of the mark.
    UnevenCredit {
        label: String,
    },

    // Aiken.
    /// Text that belongs to no question, such as a converter's header: `text` is its first line,
    /// `lines` how many lines it takes.
    TextOutsideQuestion {
        text: String,
        lines: usize,
    },

    // Markdown.
    NumberedLineWithoutChoices,
    FenceNotClosed,
    /// Numbered lines `start` to `end` (the same line for one) with no task-list options.
    NumberedLinesWithoutOptions {
        start: usize,
        end: usize,
    },
    FrontMatterNotKeyValue {
        line: String,
    },
    QuizdownDisplayOption {
        key: String,
    },
    FrontMatterUnused {
        key: String,
    },

    // Any format.
    /// `missing` of the file's `usable` questions have no explanation.
    NoExplanations {
        missing: usize,
        usable: usize,
    },
    /// `earlier_line` is where the earlier question starts, when it is known.
    RepeatedPrompt {
        id: String,
        earlier_id: String,
        earlier_line: Option<usize>,
    },
    /// A note of the validator's about the bank or, with its id, one question.
    Note {
        question: Option<String>,
        field: FieldPath,
        kind: ProblemKind,
    },
}
