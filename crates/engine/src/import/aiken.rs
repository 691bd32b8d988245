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
//!
//! A question is the text just before its choices: a blank line ends whatever came before it, so
//! text followed by a blank line instead of choices belongs to no question. Such text, and the
//! header lines converters write (`category` and its name, `multichoice`, `Feedback: …`), is
//! reported as a warning at its line and left out, never glued into the next question.

use super::draft::{DraftBank, DraftChoice, DraftQuestion, choice_letter, letter_position};
use super::line_shapes::answer_letters;
use super::numbered_lines;
use crate::problem::{ReaderProblem, WarningKind};

/// A line a converter writes around Aiken questions, not part of any question.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Header {
    /// `category`, `Category: …` or `Feedback: …`: the lines after it, up to a blank line or
    /// the next header, go with it (a category's name, feedback over several lines).
    Block,
    /// A question-type marker such as `multichoice`, on a line of its own.
    Line,
}

fn header(line: &str) -> Option<Header> {
    let lower = line.to_ascii_lowercase();
    let keyed = |key: &str| lower.strip_prefix(key).is_some_and(|r| r.starts_with(':'));
    if lower == "category" || keyed("category") || keyed("feedback") {
        Some(Header::Block)
    } else if matches!(
        lower.as_str(),
        "multichoice" | "truefalse" | "shortanswer" | "numerical" | "essay" | "description"
    ) {
        Some(Header::Line)
    } else {
        None
    }
}

/// Lines that belong to no question, gathered so that a header of several lines makes one
/// warning at its first line.
struct Stray {
    line: usize,
    text: String,
    lines: usize,
    /// Whether the non-blank lines that follow join it.
    open: bool,
}

impl Stray {
    fn report(self, bank: &mut DraftBank) {
        bank.warn(
            self.line,
            WarningKind::TextOutsideQuestion {
                text: self.text,
                lines: self.lines,
            },
        );
    }
}

/// Reports a question's text that turned out to have no choices after it.
fn report_stem(bank: &mut DraftBank, question: DraftQuestion) {
    let prompt = question.prompt.trim();
    let Some(first) = prompt.lines().next() else {
        return;
    };
    Stray {
        line: question.line,
        text: first.to_owned(),
        lines: prompt.lines().count(),
        open: false,
    }
    .report(bank);
}

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
    let mut stray: Option<Stray> = None;
    for (number, line) in numbered_lines(text) {
        let trimmed = line.trim();
        let expected = current
            .as_ref()
            .and_then(|q| choice_letter(q.choices.len()));
        if trimmed.is_empty() {
            // A blank line ends whatever came before: a header, or question text that no choice
            // followed. Between a question's choices it changes nothing.
            if let Some(open) = stray.take() {
                open.report(&mut bank);
            }
            if let Some(question) = current.take_if(|q| q.choices.is_empty()) {
                report_stem(&mut bank, question);
            }
            continue;
        }
        let structural =
            answer_letters(trimmed).is_some() || choice_line(trimmed, expected).is_some();
        if !structural {
            // A block header takes the lines after it, unless a question-type marker ends it.
            if let Some(open) = stray.as_mut().filter(|s| s.open)
                && header(trimmed) != Some(Header::Line)
            {
                open.lines += 1;
                continue;
            }
            if let Some(kind) = header(trimmed) {
                if let Some(done) = stray.take() {
                    done.report(&mut bank);
                }
                // Text gathered before a header was not followed by choices, so it is no
                // question's; a question whose choices have begun keeps waiting for its answer.
                if let Some(question) = current.take_if(|q| q.choices.is_empty()) {
                    report_stem(&mut bank, question);
                }
                stray = Some(Stray {
                    line: number,
                    text: trimmed.to_owned(),
                    lines: 1,
                    open: kind == Header::Block,
                });
                continue;
            }
        }
        if let Some(done) = stray.take() {
            done.report(&mut bank);
        }
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
    if let Some(done) = stray {
        done.report(&mut bank);
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
