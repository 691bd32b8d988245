//! Moodle's Aiken format: a question, lettered `A.`/`A)` choices and an `ANSWER: B` line.
//!
//! ```text
//! Which service runs containers without servers to manage?
//! A. Amazon EC2
//! B) AWS Fargate
//! ANSWER: B
//! ```
//!
//! Moodle wants the question on one line and exactly one answer letter; this reader also takes a
//! question over several lines and `ANSWER: A, C` for "Choose 2", since teachers write both.
//! Aiken has no explanations or topics.

use super::draft::{DraftBank, DraftChoice, DraftQuestion, choice_letter, letter_position};
use super::line_shapes::answer_letters;
use super::numbered_lines;
use crate::problem::ReaderProblem;

/// A choice line `A. text` or `A) text`: its letter and text. `expected` is the letter the
/// question's next choice would have: only that letter may skip the space after its label
/// (`A)Incorrect`), so a question that starts "A.I. is…" is not taken for a choice.
fn choice_line(line: &str, expected: Option<char>) -> Option<(char, &str)> {
    let line = line.trim();
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    let spaced = rest.is_empty() || rest.starts_with([' ', '\t']);
    (spaced || expected == Some(letter)).then(|| (letter, rest.trim()))
}

/// Reads an Aiken file.
pub fn read(text: &str) -> DraftBank {
    let mut bank = DraftBank::default();
    let mut current: Option<DraftQuestion> = None;
    for (number, line) in numbered_lines(text) {
        let trimmed = line.trim();
        let expected = current
            .as_ref()
            .and_then(|q| choice_letter(q.choices.len()));
        if let Some(letters) = answer_letters(trimmed) {
            let Some(mut question) = current.take() else {
                bank.error(number, ReaderProblem::AnswerLineFirst);
                continue;
            };
            question.answer_line = Some(number);
            for part in letters.split([',', ' ']).filter(|p| !p.is_empty()) {
                let mut chars = part.chars();
                match (chars.next().and_then(letter_position), chars.next()) {
                    (Some(position), None) => question.answer.push(position),
                    _ => question.problem(
                        number,
                        ReaderProblem::NotAChoiceLetter {
                            text: part.to_owned(),
                        },
                    ),
                }
            }
            if question.answer.is_empty() && question.problems.is_empty() {
                question.problem(number, ReaderProblem::AnswerLineNamesNoLetter);
            }
            finish_question(&mut bank, question);
        } else if let Some((letter, choice_text)) = choice_line(trimmed, expected) {
            let Some(question) = current.as_mut() else {
                bank.error(number, ReaderProblem::ChoiceBeforeQuestion { letter });
                continue;
            };
            if Some(letter) != expected {
                question.problem(number, ReaderProblem::ChoiceOutOfOrder { letter, expected });
            }
            question.choices.push(DraftChoice {
                line: number,
                text: choice_text.to_owned(),
                explanation: None,
            });
        } else if trimmed.is_empty() {
            // A blank line inside the question text starts a new paragraph; between questions it
            // is the separator Moodle asks for.
            if let Some(question) = current.as_mut().filter(|q| q.choices.is_empty()) {
                question.prompt.push_str("\n\n");
            }
        } else {
            match current.as_mut() {
                Some(question) if question.choices.is_empty() => {
                    if !question.prompt.ends_with('\n') && !question.prompt.is_empty() {
                        question.prompt.push('\n');
                    }
                    question.prompt.push_str(trimmed);
                }
                Some(_) => {
                    // Text after the choices with no ANSWER: line: the previous question lacks
                    // its answer, and this line most likely starts the next question.
                    let mut question = current.take().unwrap_or_default();
                    question.problem(question.line, ReaderProblem::NoAnswerLine);
                    finish_question(&mut bank, question);
                    current = Some(start(number, trimmed));
                }
                None => current = Some(start(number, trimmed)),
            }
        }
    }
    if let Some(mut question) = current {
        if question.choices.is_empty() {
            bank.error(question.line, ReaderProblem::TextWithoutChoices);
        } else {
            question.problem(question.line, ReaderProblem::NoAnswerLine);
            finish_question(&mut bank, question);
        }
    }
    bank
}

fn start(line: usize, text: &str) -> DraftQuestion {
    DraftQuestion {
        line,
        prompt: text.to_owned(),
        ..DraftQuestion::default()
    }
}

fn finish_question(bank: &mut DraftBank, mut question: DraftQuestion) {
    question.prompt = question.prompt.trim().to_owned();
    bank.questions.push(question);
}
