//! The English for the problems the text formats' readers find in a file's syntax.

use std::fmt;

use crate::problem::ReaderProblem;

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
            ReaderProblem::XmlSyntax { description } => {
                write!(f, "this is not well-formed XML: {description}")
            }
            ReaderProblem::NotAMoodleQuiz { root } => write!(
                f,
                "this XML file is not a Moodle question export: it holds <{root}>, not <quiz>"
            ),
            ReaderProblem::FractionNotANumber { label, text } => write!(
                f,
                "\"{label}\": the answer's fraction \"{text}\" is not a number"
            ),
            ReaderProblem::NoRightFraction { label } => write!(
                f,
                "\"{label}\" has no right answer: no answer has a positive fraction"
            ),
        }
    }
}
