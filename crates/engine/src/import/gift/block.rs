//! Reads one GIFT question block (the lines between blank lines): a question, a question refused
//! with its reason, or a warning that names a kind of question this app does not take.

use super::answers::{Answer, split_answers};
use super::text_format::TextFormat;
use super::units::{Unit, find, text_of, units};
use crate::import::draft::{DraftBank, DraftChoice, DraftQuestion, question_label};
use crate::problem::{GiftKind, ReaderProblem, WarningKind};

/// The longest question block read; a longer one almost always means blank lines are missing
/// between questions, and refusing it keeps memory bounded.
const MAX_BLOCK_BYTES: usize = 256 * 1024;

/// Reads the block `lines` (numbered, never blank) under `topic` into `bank`.
pub(super) fn read_block(bank: &mut DraftBank, lines: &[(usize, &str)], topic: Option<&str>) {
    let Some(&(first_line, _)) = lines.first() else {
        return;
    };
    BlockReader {
        bank,
        first_line,
        topic,
        format: TextFormat::default(),
    }
    .read(lines);
}

/// One question block being read: the line it starts on and its topic, which every question,
/// refusal and warning it gives carries, and the bank they go to.
struct BlockReader<'a> {
    bank: &'a mut DraftBank,
    first_line: usize,
    topic: Option<&'a str>,
    /// The format the question's text is written in, which its answers and feedback share
    /// unless they name their own, as in Moodle.
    format: TextFormat,
}

/// A block's question text and its answer block, found before the answers are read.
struct Parts<'u> {
    title: Option<String>,
    prompt: String,
    /// A short name for the question in messages: its title, or the start of its text.
    label: String,
    /// The line the answer block opens on, where problems with its answers point.
    answers_line: usize,
    /// The answer block's characters between `{` and `}`, without the general feedback.
    body: &'u [Unit],
    /// The general feedback after `####`, the question's explanation.
    general: Option<String>,
}

impl BlockReader<'_> {
    fn read(&mut self, lines: &[(usize, &str)]) {
        let size: usize = lines.iter().map(|(_, line)| line.len() + 1).sum();
        if size > MAX_BLOCK_BYTES {
            return self.reject(
                self.first_line,
                ReaderProblem::BlockTooLong {
                    kilobytes: size / 1024,
                    limit_kilobytes: MAX_BLOCK_BYTES / 1024,
                },
            );
        }
        let units = units(lines);
        if let Some(parts) = self.parts(&units) {
            self.read_answers(parts);
        }
    }

    /// Splits the block into its title, question text and answer block; `None` when it is
    /// refused or skipped (and the reason given).
    fn parts<'u>(&mut self, units: &'u [Unit]) -> Option<Parts<'u>> {
        let start = units.iter().position(|u| !u.c.is_whitespace()).unwrap_or(0);
        let (title, start) = self.title(units, start)?;
        let start = self.after_format_tag(units, start);
        let Some(open) = find(units, start, "{") else {
            let prompt = self.markup(&text_of(&units[start..]), self.first_line);
            let label = question_label(title.as_deref(), &prompt);
            self.warn(self.first_line, WarningKind::NoAnswerBlock { label });
            return None;
        };
        let answers_line = units[open].line;
        let Some(close) = find(units, open + 1, "}") else {
            self.reject(answers_line, ReaderProblem::AnswerBlockNotClosed);
            return None;
        };
        if let Some(second) = find(units, close + 1, "{") {
            self.reject(units[second].line, ReaderProblem::SecondAnswerBlock);
            return None;
        }
        let before = self.markup(&text_of(&units[start..open]), self.first_line);
        let after = self.markup(&text_of(&units[close + 1..]), self.first_line);
        let prompt = with_gap(before, &after);
        let body = &units[open + 1..close];
        let (body, general) = match find(body, 0, "####") {
            Some(at) => {
                let general = text_of(&body[at + 4..]);
                (&body[..at], Some(self.markup(&general, units[open].line)))
            }
            None => (body, None),
        };
        Some(Parts {
            label: question_label(title.as_deref(), &prompt),
            title,
            prompt,
            answers_line,
            body,
            general: general.filter(|g| !g.is_empty()),
        })
    }

    /// Reads a `::title::` at `start`, if there is one: the title and where the text goes on.
    /// `None` when the title is never closed (the block is refused).
    fn title(&mut self, units: &[Unit], start: usize) -> Option<(Option<String>, usize)> {
        if find(units, start, "::") != Some(start) {
            return Some((None, start));
        }
        let Some(end) = find(units, start + 2, "::") else {
            self.reject(self.first_line, ReaderProblem::TitleNotClosed);
            return None;
        };
        Some((Some(text_of(&units[start + 2..end])), end + 2))
    }

    /// Where the question's text starts: after blanks and a text format tag such as
    /// `[html]`, which sets the format of the question's texts.
    fn after_format_tag(&mut self, units: &[Unit], mut start: usize) -> usize {
        while units.get(start).is_some_and(|u| u.c.is_whitespace()) {
            start += 1;
        }
        if !units.get(start).is_some_and(|u| u.c == '[' && !u.escaped) {
            return start;
        }
        let tag: String = units[start..].iter().take(10).map(|u| u.c).collect();
        let Some((format, length)) = TextFormat::tag_at(&tag) else {
            return start;
        };
        self.format = format;
        start + length
    }

    /// A text of the question (at `line`) in the app's markup: read in the format its own tag
    /// names, or else the question's, with a warning for each picture left out.
    fn markup(&mut self, text: &str, line: usize) -> String {
        let (tag, text) = TextFormat::split_tag(text);
        let converted = tag.unwrap_or(self.format).to_markup(text);
        for alt in converted.pictures {
            self.warn(line, WarningKind::PictureLeftOut { alt });
        }
        converted.markup
    }

    /// Tells the kind of question from its answer block and reads it.
    fn read_answers(&mut self, parts: Parts) {
        let body_text = text_of(parts.body);
        if body_text.is_empty() {
            return self.skip_kind(parts.label, GiftKind::Essay);
        }
        if body_text.starts_with('#') {
            return self.skip_kind(parts.label, GiftKind::Numerical);
        }
        let (head, feedbacks) = match find(parts.body, 0, "#") {
            Some(at) => (text_of(&parts.body[..at]), Some(&parts.body[at + 1..])),
            None => (body_text, None),
        };
        match head.to_ascii_uppercase().as_str() {
            "T" | "TRUE" => return self.true_false(parts, true, feedbacks),
            "F" | "FALSE" => return self.true_false(parts, false, feedbacks),
            _ => {}
        }
        let mut answers = split_answers(parts.body);
        for answer in &mut answers {
            answer.text = self.markup(&answer.text, answer.line);
            answer.feedback = answer
                .feedback
                .take()
                .map(|feedback| self.markup(&feedback, answer.line))
                .filter(|feedback| !feedback.is_empty());
        }
        if answers.is_empty() {
            let label = parts.label;
            return self.reject(parts.answers_line, ReaderProblem::NoAnswers { label });
        }
        // As in Moodle, a question is matching only when every answer is a `=` pair holding
        // `->`: an arrow inside a multiple-choice answer (a menu path) is part of its text.
        if answers.iter().all(|a| a.right_marker && a.is_matching) {
            return self.skip_kind(parts.label, GiftKind::Matching);
        }
        if answers.iter().all(|a| a.right_marker) {
            return self.skip_kind(parts.label, GiftKind::ShortAnswer);
        }
        self.multiple_choice(parts, answers);
    }

    /// A true/false question, `{T}` or `{FALSE#shown if wrong#shown if right}`, as two choices.
    fn true_false(&mut self, parts: Parts, truth: bool, feedbacks: Option<&[Unit]>) {
        // The first feedback goes with the wrong choice.
        let (if_wrong, if_right) = match feedbacks {
            Some(rest) => match find(rest, 0, "#") {
                Some(at) => (text_of(&rest[..at]), text_of(&rest[at + 1..])),
                None => (text_of(rest), String::new()),
            },
            None => (String::new(), String::new()),
        };
        let line = parts.answers_line;
        let (if_wrong, if_right) = (self.markup(&if_wrong, line), self.markup(&if_right, line));
        let some = |s: String| (!s.is_empty()).then_some(s);
        let (true_note, false_note) = if truth {
            (some(if_right), some(if_wrong))
        } else {
            (some(if_wrong), some(if_right))
        };
        let choice = |text: &str, explanation| DraftChoice {
            line: parts.answers_line,
            text: text.to_owned(),
            explanation,
        };
        let choices = vec![choice("True", true_note), choice("False", false_note)];
        let answer = vec![if truth { 0 } else { 1 }];
        self.push(parts, choices, answer, Vec::new());
    }

    /// A multiple-choice question: its right answers marked with `=` or a positive weight.
    fn multiple_choice(&mut self, parts: Parts, answers: Vec<Answer>) {
        let answer = self.right_answers(&parts.label, &answers);
        let mut problems = Vec::new();
        if answer.is_empty() {
            let label = parts.label.clone();
            problems.push((parts.answers_line, ReaderProblem::NoRightWeight { label }));
        }
        let choices = answers
            .into_iter()
            .map(|a| DraftChoice {
                line: a.line,
                text: a.text,
                explanation: a.feedback,
            })
            .collect();
        self.push(parts, choices, answer, problems);
    }

    /// The positions of the right answers, warning where Moodle would grade them otherwise:
    /// partial credit, several `=` answers, or weights that do not add up to 100%.
    fn right_answers(&mut self, label: &str, answers: &[Answer]) -> Vec<usize> {
        let has_equals = answers.iter().any(|a| a.right_marker);
        let mut answer = Vec::new();
        for (i, a) in answers.iter().enumerate() {
            let weight = a.weight.unwrap_or(if a.right_marker { 10_000 } else { 0 });
            if a.right_marker {
                answer.push(i);
            } else if weight > 0 && has_equals {
                self.warn(
                    a.line,
                    WarningKind::PartialCredit {
                        label: label.to_owned(),
                        hundredths: weight,
                        choice: a.text.clone(),
                    },
                );
            } else if weight > 0 {
                answer.push(i);
            }
        }
        if has_equals && answer.len() > 1 {
            self.warn(
                self.first_line,
                WarningKind::SeveralEqualsAnswers {
                    label: label.to_owned(),
                    count: answer.len(),
                },
            );
        }
        if !has_equals {
            let total: i64 = answers
                .iter()
                .filter_map(|a| a.weight)
                .filter(|w| *w > 0)
                .sum();
            // Within one percent of 100, so thirds written as 33.333% pass.
            if !answer.is_empty() && (total - 10_000).abs() > 100 {
                self.warn(
                    self.first_line,
                    WarningKind::WeightsNotHundred {
                        label: label.to_owned(),
                        hundredths: total,
                    },
                );
            }
        }
        answer
    }

    /// Adds the block's question to the bank.
    fn push(
        &mut self,
        parts: Parts,
        choices: Vec<DraftChoice>,
        answer: Vec<usize>,
        problems: Vec<(usize, ReaderProblem)>,
    ) {
        self.bank.questions.push(DraftQuestion {
            line: self.first_line,
            title: parts.title,
            topic: self.topic.map(str::to_owned),
            prompt: parts.prompt,
            choices,
            answer,
            answer_line: Some(parts.answers_line),
            explanation: parts.general,
            problems,
        });
    }

    /// A question the reader cannot take, kept in the list with the reason found at `line` (so
    /// the file's count and numbering stay true).
    fn reject(&mut self, line: usize, problem: ReaderProblem) {
        self.bank.questions.push(DraftQuestion {
            line: self.first_line,
            topic: self.topic.map(str::to_owned),
            problems: vec![(line, problem)],
            ..DraftQuestion::default()
        });
    }

    /// Leaves out a kind of question this app does not take, saying so.
    fn skip_kind(&mut self, label: String, kind: GiftKind) {
        self.warn(
            self.first_line,
            WarningKind::UnsupportedGiftKind { label, kind },
        );
    }

    fn warn(&mut self, line: usize, warning: WarningKind) {
        self.bank.warn(line, warning);
    }
}

/// A question's text around its answer block: a block inside the text (a missing-word question)
/// leaves a gap, `_____`.
fn with_gap(before: String, after: &str) -> String {
    match (before.is_empty(), after.is_empty()) {
        (_, true) => before,
        (true, false) => format!("_____ {after}"),
        (false, false) => format!("{before} _____ {after}"),
    }
}
