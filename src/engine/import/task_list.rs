//! Task-list Markdown as quizdown and many study-note repositories write it.
//!
//! ```text
//! ---
//! title: Lambda basics
//! shuffle_answers: false
//! ---
//! ## Lambda
//! ### Which service runs code without servers?
//! > Think of "functions".
//! - [ ] Amazon EC2
//! - [x] AWS Lambda
//!     > Lambda runs functions on demand.
//! ```
//!
//! A heading or numbered line followed by `- [x]` / `- [ ]` options (or `1. [x]`) is a question;
//! a heading with no options under it names the topic of the questions after it (the first
//! `#` heading, the bank title). A `>` quote indented under an option explains that option; any
//! other quote or text after the options explains the question. Front matter sets the title,
//! description, pass mark, time limit, question count and shuffling.

use super::draft::{DraftBank, DraftChoice, DraftQuestion};
use super::markdown::{heading, join_paragraphs, numbered};
use super::numbered_lines;

/// A task-list option `- [x] text`, `* [ ] text` or `1. [x] text`: whether it is ticked, and its
/// text.
fn option(line: &str) -> Option<(bool, &str)> {
    let trimmed = line.trim_start();
    let rest = if let Some(after) = trimmed.strip_prefix(['-', '*', '+']) {
        after
    } else {
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let after = &trimmed[digits..];
        after
            .strip_prefix('.')
            .or_else(|| after.strip_prefix(')'))?
    };
    let rest = rest.trim_start();
    let ticked = if rest.starts_with("[ ]") {
        false
    } else if rest.starts_with("[x]") || rest.starts_with("[X]") {
        true
    } else {
        return None;
    };
    Some((ticked, rest[3..].trim()))
}

/// Whether a line is a task-list option (used to tell the two Markdown layouts apart).
pub fn is_option_line(line: &str) -> bool {
    option(line).is_some()
}

/// A `>` quote line: how far it is indented, and its text.
fn quote(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    let rest = trimmed.strip_prefix('>')?;
    Some((
        line.len() - trimmed.len(),
        rest.strip_prefix(' ').unwrap_or(rest),
    ))
}

/// A heading or numbered line and what came under it.
struct Block {
    line: usize,
    level: Option<usize>,
    title: String,
    prompt: Vec<String>,
    choices: Vec<(DraftChoice, bool, Vec<String>)>,
    explanation: Vec<String>,
}

/// Reads a task-list Markdown file.
pub fn read(text: &str) -> DraftBank {
    let mut bank = DraftBank::default();
    let mut lines = numbered_lines(text).peekable();
    if lines.peek().is_some_and(|(_, l)| l.trim() == "---") {
        let (open, _) = lines.next().unwrap_or_default();
        let mut closed = false;
        for (number, line) in lines.by_ref() {
            if line.trim() == "---" {
                closed = true;
                break;
            }
            front_matter(&mut bank, number, line);
        }
        if !closed {
            bank.error(
                open,
                "the front matter opened with --- is never closed with ---",
            );
        }
    }
    let mut topic: Option<String> = None;
    let mut block: Option<Block> = None;
    let mut in_code = false;
    for (number, line) in lines {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let starts_block = if in_code || line.trim_start().starts_with("```") {
            None
        } else if let Some((level, title)) = heading(line) {
            Some((Some(level), numbered(title).unwrap_or(title).to_owned()))
        } else if !is_option_line(line) {
            numbered(line).map(|t| (None, t.to_owned()))
        } else {
            None
        };
        if let Some((level, title)) = starts_block {
            if let Some(done) = block.take() {
                finish(&mut bank, &mut topic, done);
            }
            block = Some(Block {
                line: number,
                level,
                title,
                prompt: Vec::new(),
                choices: Vec::new(),
                explanation: Vec::new(),
            });
            continue;
        }
        let Some(current) = block.as_mut() else {
            continue;
        };
        if in_code || line.trim_start().starts_with("```") {
            let target = if current.choices.is_empty() {
                &mut current.prompt
            } else {
                &mut current.explanation
            };
            target.push(line.to_owned());
        } else if let Some((ticked, text)) = option(line) {
            current.choices.push((
                DraftChoice {
                    line: number,
                    text: text.to_owned(),
                    explanation: None,
                },
                ticked,
                Vec::new(),
            ));
        } else if let Some((indent, text)) = quote(line) {
            match current.choices.last_mut() {
                Some((_, _, notes)) if indent >= 2 => notes.push(text.to_owned()),
                _ => current.explanation.push(text.to_owned()),
            }
        } else if current.choices.is_empty() {
            current.prompt.push(line.trim().to_owned());
        } else if !line.trim().is_empty() {
            match current.choices.last_mut() {
                // An indented line under an option continues it.
                Some((choice, _, _)) if line.starts_with([' ', '\t']) => {
                    choice.text.push(' ');
                    choice.text.push_str(line.trim());
                }
                _ => current.explanation.push(line.trim().to_owned()),
            }
        } else {
            current.explanation.push(String::new());
        }
    }
    if let Some(done) = block.take() {
        finish(&mut bank, &mut topic, done);
    }
    bank
}

fn finish(bank: &mut DraftBank, topic: &mut Option<String>, block: Block) {
    if block.choices.is_empty() {
        match block.level {
            Some(1) if bank.title.is_none() && bank.questions.is_empty() => {
                bank.title = Some(block.title);
            }
            Some(_) => *topic = Some(block.title).filter(|t| !t.is_empty()),
            None => bank.warn(
                block.line,
                "this numbered line has no [x] or [ ] options below it; not read as a question",
            ),
        }
        return;
    }
    let mut prompt = block.title;
    let body = join_paragraphs(&block.prompt);
    if !body.is_empty() {
        prompt.push_str("\n\n");
        prompt.push_str(&body);
    }
    let answer: Vec<usize> = block
        .choices
        .iter()
        .enumerate()
        .filter(|(_, (_, ticked, _))| *ticked)
        .map(|(i, _)| i)
        .collect();
    if answer.is_empty() {
        bank.error(
            block.line,
            "this question has no right option: tick one with - [x]",
        );
        return;
    }
    let explanation = join_paragraphs(&block.explanation);
    bank.questions.push(DraftQuestion {
        line: block.line,
        title: None,
        topic: topic.clone(),
        prompt,
        answer_line: block.choices.first().map(|(c, _, _)| c.line),
        choices: block
            .choices
            .into_iter()
            .map(|(mut choice, _, notes)| {
                let note = join_paragraphs(&notes);
                choice.explanation = (!note.is_empty()).then_some(note);
                choice
            })
            .collect(),
        answer,
        explanation: (!explanation.is_empty()).then_some(explanation),
    });
}

/// One `key: value` line of the front matter.
fn front_matter(bank: &mut DraftBank, number: usize, line: &str) {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return;
    }
    let Some((key, value)) = line.split_once(':') else {
        bank.warn(
            number,
            format!("front matter line \"{line}\" is not key: value; ignored"),
        );
        return;
    };
    let key = key.trim();
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
    let number_value = |bank: &mut DraftBank| {
        let parsed = value.parse::<i64>().ok();
        if parsed.is_none() {
            bank.error(number, format!("{key} \"{value}\" is not a whole number"));
        }
        parsed
    };
    match key {
        "title" => bank.title = Some(value.to_owned()),
        "description" => bank.description = Some(value.to_owned()),
        "pass_mark_percent" | "pass_mark" => bank.pass_mark_percent = number_value(bank),
        "default_time_limit_minutes" | "time_limit_minutes" => {
            bank.default_time_limit_minutes = number_value(bank)
        }
        "default_question_count" | "question_count" | "nQuestions" => {
            bank.default_question_count = number_value(bank)
        }
        "shuffle_questions" | "shuffle_answers" | "shuffle" => {
            let on = match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" => true,
                "false" | "no" | "off" => false,
                _ => {
                    bank.error(number, format!("{key} \"{value}\" is not true or false"));
                    return;
                }
            };
            // The app shuffles questions and choices together, so any "false" keeps the order.
            bank.shuffle = Some(bank.shuffle.unwrap_or(true) && on);
        }
        "primary_color" | "secondary_color" | "text_color" | "locale" => bank.warn(
            number,
            format!("front matter {key} is a quizdown display option; this app ignores it"),
        ),
        _ => bank.warn(number, format!("front matter {key} is not used; ignored")),
    }
}
