//! Markdown practice exams as public study-note repositories write them: numbered questions,
//! `- A.` options, and the answer in a `<details>` block.
//!
//! ```text
//! ## Lambda
//! 1. Which service runs code without servers?
//!     - A. Amazon EC2
//!     - B. AWS Lambda
//!
//!     <details markdown=1><summary markdown='span'>Answer</summary>
//!       Correct answer: B
//!       Explanation: Lambda runs functions on demand.
//!     </details>
//! ```
//!
//! Tolerated: `A)` as well as `A.`, options with or without a list marker, "Correct Answer: A, B",
//! "A and C", bold labels, the answer line outside a `<details>` block, a first `#` heading as the
//! bank title and other headings as topics.

use super::draft::{DraftBank, DraftChoice, DraftQuestion, letter_position};
use super::numbered_lines;
use crate::problem::{ReaderProblem, WarningKind};

/// A heading: its level and text.
pub fn heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let level = trimmed.chars().take_while(|&c| c == '#').count();
    let rest = &trimmed[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with([' ', '\t'])))
        .then(|| (level, rest.trim().trim_end_matches('#').trim()))
}

/// A numbered line `12. text` or `12) text`, indented at most three spaces: its text.
pub fn numbered(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &trimmed[digits..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    rest.starts_with([' ', '\t']).then(|| rest.trim())
}

/// A lettered option `- A. text`, `A) text` or `* B. text`: its letter and text.
fn option(line: &str) -> Option<(char, &str)> {
    let mut rest = line.trim();
    if let Some(after) = rest.strip_prefix(['-', '*', '+']) {
        rest = after.trim_start();
    }
    let mut chars = rest.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    rest.starts_with([' ', '\t']).then(|| (letter, rest.trim()))
}

/// The letters after "Correct answer:" (or "Answer:" inside an answer block), if this is such a
/// line: `Correct Answer: A, B` → `[0, 1]`, and the text after the label for messages.
fn answer_line(line: &str, inside_details: bool) -> Option<(Vec<usize>, String)> {
    let plain: String = line.chars().filter(|c| !matches!(c, '*' | '_')).collect();
    let plain = plain.trim();
    let lower = plain.to_ascii_lowercase();
    let label_end = ["correct answers", "correct answer", "answers", "answer"]
        .iter()
        .filter(|label| inside_details || label.starts_with("correct"))
        .find(|label| lower.starts_with(*label))
        .map(|label| label.len())?;
    let rest = plain[label_end..].trim_start().strip_prefix(':')?;
    Some((answer_letters(rest), rest.trim().to_owned()))
}

/// Records an answer line on its question, or why it names no option.
fn set_answer(question: &mut DraftQuestion, number: usize, (letters, text): (Vec<usize>, String)) {
    if letters.is_empty() {
        question.problem(number, ReaderProblem::AnswerNamesNoOption { text });
    }
    question.answer = letters;
    question.answer_line = Some(number);
}

/// A numbered question line that also holds its first option (`1. Which…?    - A. Amazon RDS`,
/// as some files have it): the question's text and the option's line.
fn glued_first_option(text: &str) -> Option<(&str, &str)> {
    for marker in [" - A. ", " - A) ", " * A. ", " * A) "] {
        if let Some(at) = text.find(marker) {
            let (question, option) = text.split_at(at);
            if !question.trim().is_empty() {
                return Some((question.trim_end(), option.trim_start()));
            }
        }
    }
    None
}

/// Reads answer letters: `A, B`, `A and C`, `C. Amazon ECS` (the letter only), `BD`.
pub fn answer_letters(text: &str) -> Vec<usize> {
    let mut positions = Vec::new();
    for (i, token) in text
        .split(|c: char| c == ',' || c == '&' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .enumerate()
    {
        let token = token.trim_matches(|c: char| matches!(c, '.' | ')' | '(' | '`'));
        if token.eq_ignore_ascii_case("and") {
            continue;
        }
        let letters = token.len() <= 5
            && !token.is_empty()
            && token.chars().all(|c| c.is_ascii_uppercase())
            && (token.len() == 1 || i == 0);
        if !letters {
            break;
        }
        positions.extend(token.chars().filter_map(letter_position));
    }
    positions
}

/// Where the reader is inside the current question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Prompt,
    Options,
    Answer,
}

struct Reader {
    bank: DraftBank,
    topic: Option<String>,
    current: Option<(DraftQuestion, Part)>,
    /// The letter of each option of the current question, as the file wrote it.
    letters: Vec<char>,
    inside_details: bool,
    explanation: Vec<String>,
}

impl Reader {
    fn finish(&mut self) {
        let explanation = join_paragraphs(&std::mem::take(&mut self.explanation));
        let letters = std::mem::take(&mut self.letters);
        let Some((mut question, _)) = self.current.take() else {
            return;
        };
        if question.choices.is_empty() {
            if question.answer_line.is_some() {
                question.problem(question.line, ReaderProblem::NoLetteredChoices);
                self.bank.questions.push(question);
            } else {
                self.bank
                    .warn(question.line, WarningKind::NumberedLineWithoutChoices);
            }
            return;
        }
        put_in_letter_order(&mut question, &letters);
        if question.answer_line.is_none() {
            question.problem(question.line, ReaderProblem::NoCorrectAnswerLine);
        }
        if !explanation.is_empty() {
            question.explanation = Some(explanation);
        }
        question.prompt = question.prompt.trim().to_owned();
        self.bank.questions.push(question);
    }
}

/// Options a file lists out of order (`A, C, B`) are put in letter order, since the answer line
/// names letters, not positions; letters that skip or repeat one make the question unusable.
fn put_in_letter_order(question: &mut DraftQuestion, letters: &[char]) {
    let from_a = |letters: &[char]| {
        letters
            .iter()
            .enumerate()
            .all(|(i, &letter)| letter_position(letter) == Some(i))
    };
    if from_a(letters) {
        return;
    }
    let mut sorted: Vec<char> = letters.to_vec();
    sorted.sort_unstable();
    if !from_a(&sorted) {
        question.problem(
            question.choices[0].line,
            ReaderProblem::OptionLettersWrong {
                letters: letters.to_vec(),
            },
        );
        return;
    }
    let mut lettered: Vec<(char, DraftChoice)> = letters
        .iter()
        .copied()
        .zip(std::mem::take(&mut question.choices))
        .collect();
    lettered.sort_by_key(|(letter, _)| *letter);
    question.choices = lettered.into_iter().map(|(_, choice)| choice).collect();
}

/// Turns HTML line breaks (`<br>`, `<br/>`, `<br />`), which such files use inside prompts and
/// options, into new lines: bank text is shown as text, so the tags would otherwise show.
fn line_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find('>').map(|e| e + 1);
        let tag = end.map(|e| &tail[..e]);
        let is_break = tag.is_some_and(|t| {
            let inner: String = t[1..t.len() - 1]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            inner.eq_ignore_ascii_case("br") || inner.eq_ignore_ascii_case("br/")
        });
        match (is_break, end) {
            (true, Some(e)) => {
                out.push('\n');
                rest = &tail[e..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Joins lines, keeping blank lines as paragraph breaks and dropping leading and trailing ones.
pub fn join_paragraphs(lines: &[String]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(line.trim());
    }
    out
}

/// Drops `<summary>…</summary>` and `<details …>` tags from a line inside an answer block.
fn strip_details_tags(line: &str) -> String {
    let mut text = line.to_owned();
    for (open, close) in [("<summary", "</summary>"), ("<details", ">")] {
        if let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map(|e| start + e + close.len())
                .unwrap_or(text.len());
            text.replace_range(start..end, "");
        }
    }
    text
}

/// Reads a Markdown file with answer blocks.
pub fn read(text: &str) -> DraftBank {
    let mut reader = Reader {
        bank: DraftBank::default(),
        topic: None,
        current: None,
        letters: Vec::new(),
        inside_details: false,
        explanation: Vec::new(),
    };
    let mut lines = numbered_lines(text).peekable();
    // Front matter (`---` … `---`) at the very top: its title and settings, as task lists have.
    super::task_list::read_front_matter(&mut lines, &mut reader.bank);
    for (number, line) in lines {
        let line = &line_breaks(line);
        if line.contains("<details") {
            reader.inside_details = true;
            if let Some((_, part)) = reader.current.as_mut() {
                *part = Part::Answer;
            }
            let rest = strip_details_tags(line);
            if rest.trim().is_empty() {
                continue;
            }
            return_line(&mut reader, number, &rest);
            continue;
        }
        if line.contains("</details>") {
            let rest = line.replace("</details>", "");
            if !rest.trim().is_empty() {
                return_line(&mut reader, number, &rest);
            }
            reader.inside_details = false;
            continue;
        }
        if reader.inside_details {
            return_line(&mut reader, number, &strip_details_tags(line));
            continue;
        }
        if let Some((level, title)) = heading(line) {
            if let Some(question_text) = numbered(title) {
                reader.finish();
                reader.current = Some((start(number, question_text, &reader.topic), Part::Prompt));
                continue;
            }
            reader.finish();
            if level == 1 && reader.bank.title.is_none() && reader.bank.questions.is_empty() {
                reader.bank.title = Some(title.to_owned());
            } else if !title.is_empty() {
                reader.topic = Some(title.to_owned());
            }
            continue;
        }
        if let Some(question_text) = numbered(line) {
            reader.finish();
            let (question_text, glued) = match glued_first_option(question_text) {
                Some((question, option)) => (question, Some(option)),
                None => (question_text, None),
            };
            let mut question = start(number, question_text, &reader.topic);
            let mut part = Part::Prompt;
            if let Some((letter, text)) = glued.and_then(option) {
                add_option(&mut reader.letters, &mut question, number, letter, text);
                part = Part::Options;
            }
            reader.current = Some((question, part));
            continue;
        }
        match reader.current.as_mut() {
            None => {}
            Some((question, part @ (Part::Prompt | Part::Options))) => {
                if let Some((letter, choice_text)) = option(line) {
                    *part = Part::Options;
                    add_option(&mut reader.letters, question, number, letter, choice_text);
                } else if let Some(answer) = answer_line(line, false) {
                    set_answer(question, number, answer);
                    *part = Part::Answer;
                } else if *part == Part::Prompt {
                    question.prompt.push('\n');
                    question.prompt.push_str(line.trim());
                } else if !line.trim().is_empty() {
                    // Text under the last option continues it.
                    if let Some(choice) = question.choices.last_mut() {
                        choice.text.push(' ');
                        choice.text.push_str(line.trim());
                    }
                }
            }
            Some((_, Part::Answer)) => return_line(&mut reader, number, line),
        }
    }
    reader.finish();
    reader.bank
}

/// Adds an option to the question and remembers its letter, to put options in letter order
/// when the question ends.
fn add_option(
    letters: &mut Vec<char>,
    question: &mut DraftQuestion,
    line: usize,
    letter: char,
    text: &str,
) {
    letters.push(letter);
    question.choices.push(DraftChoice {
        line,
        text: text.to_owned(),
        explanation: None,
    });
}

/// A line of the answer part: the answer letters, or a line of the explanation.
fn return_line(reader: &mut Reader, number: usize, line: &str) {
    let inside = reader.inside_details;
    let Some((question, part)) = reader.current.as_mut() else {
        return;
    };
    *part = Part::Answer;
    if question.answer_line.is_none()
        && let Some(answer) = answer_line(line, inside)
    {
        set_answer(question, number, answer);
        return;
    }
    let trimmed = line.trim();
    let without_label = ["Explanation:", "**Explanation:**", "**Explanation**:"]
        .iter()
        .find_map(|label| trimmed.strip_prefix(label))
        .unwrap_or(trimmed);
    reader.explanation.push(without_label.trim().to_owned());
}

fn start(line: usize, text: &str, topic: &Option<String>) -> DraftQuestion {
    DraftQuestion {
        line,
        topic: topic.clone(),
        prompt: text.to_owned(),
        ..DraftQuestion::default()
    }
}
