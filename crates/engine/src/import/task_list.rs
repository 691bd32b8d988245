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
use super::line_shapes::{Mark, is_option_line, marked_option};
use super::markdown::{heading, join_paragraphs, numbered};
use super::numbered_lines;
use crate::problem::{ReaderProblem, WarningKind};

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
    problems: Vec<(usize, ReaderProblem)>,
    /// While the last option's text is a code block under it (`- [ ] :`), the indent its lines
    /// lose, so the code keeps its own indentation.
    code_indent: Option<usize>,
}

/// A line without up to `indent` leading spaces (a tab counts as one).
fn dedent(line: &str, indent: usize) -> &str {
    let strip = line
        .char_indices()
        .take(indent)
        .take_while(|(_, c)| *c == ' ' || *c == '\t')
        .count();
    &line[strip..]
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Whether a line opens a fenced code block (or closes one): three backticks or tildes.
fn is_fence(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}

/// The file's lines without the wrapper some pages put around quizdown text (`:::{quizdown}` …
/// `:::`, or a ```` ```quizdown ```` block), which is not part of the questions.
fn without_quizdown_wrapper(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut wrapper: Option<&str> = None;
    for (number, line) in numbered_lines(text) {
        let trimmed = line.trim();
        if wrapper.is_none() && trimmed.starts_with([':', '`']) {
            let compact: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
            if compact == ":::{quizdown}" || compact == ":::quizdown" {
                wrapper = Some(":::");
                continue;
            }
            if compact == "```quizdown" || compact == "```{quizdown}" {
                wrapper = Some("```");
                continue;
            }
        }
        if wrapper.is_some_and(|close| trimmed == close) {
            wrapper = None;
            continue;
        }
        out.push((number, line));
    }
    out
}

/// The line numbers of fences that open a code block never closed: they are read as text, so
/// one stray fence does not swallow the rest of the file.
fn unclosed_fences(lines: &[(usize, &str)]) -> Vec<usize> {
    let fences: Vec<usize> = lines
        .iter()
        .filter(|(_, line)| is_fence(line))
        .map(|(number, _)| *number)
        .collect();
    if fences.len() % 2 == 1 {
        fences.last().copied().into_iter().collect()
    } else {
        Vec::new()
    }
}

/// Reads a task-list Markdown file.
pub fn read(text: &str) -> DraftBank {
    let mut bank = DraftBank::default();
    let all = without_quizdown_wrapper(text);
    let unclosed = unclosed_fences(&all);
    for &line in &unclosed {
        bank.warn(line, WarningKind::FenceNotClosed);
    }
    let mut lines = all
        .into_iter()
        .skip_while(|(_, l)| l.trim().is_empty())
        .peekable();
    read_front_matter(&mut lines, &mut bank);
    let mut topic: Option<String> = None;
    let mut block: Option<Block> = None;
    let mut in_code = false;
    for (number, line) in lines {
        let fence = is_fence(line) && !unclosed.contains(&number);
        if fence {
            in_code = !in_code;
        }
        let starts_block = if in_code || fence {
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
                problems: Vec::new(),
                code_indent: None,
            });
            continue;
        }
        let Some(current) = block.as_mut() else {
            continue;
        };
        if in_code || fence {
            let starts_code = current
                .choices
                .last()
                .is_some_and(|(choice, _, _)| choice.text.is_empty())
                && fence
                && current.explanation.is_empty()
                && line.starts_with([' ', '\t']);
            if starts_code {
                current.code_indent = Some(indent_of(line));
            }
            if let (Some(indent), Some((choice, _, _))) =
                (current.code_indent, current.choices.last_mut())
            {
                // `- [ ] :` followed by an indented code block: the code is the option's text.
                if !choice.text.is_empty() {
                    choice.text.push('\n');
                }
                choice.text.push_str(dedent(line, indent).trim_end());
                if fence && !starts_code {
                    current.code_indent = None;
                }
                continue;
            }
            let target = if current.choices.is_empty() {
                &mut current.prompt
            } else {
                &mut current.explanation
            };
            target.push(line.to_owned());
        } else if let Some((mark, text)) = marked_option(line) {
            close_indented_code(current);
            if let Mark::Unclear(c) = mark {
                current
                    .problems
                    .push((number, ReaderProblem::UnclearBox { mark: c }));
            }
            // A lone ":" (or nothing) announces code below the option.
            let text = if text == ":" { "" } else { text };
            current.choices.push((
                DraftChoice {
                    line: number,
                    text: text.to_owned(),
                    explanation: None,
                },
                mark == Mark::Ticked,
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
                Some((choice, _, _)) if choice.text.is_empty() && indent_of(line) >= 4 => {
                    // An option whose content is indented code (`- [ ] :` then code lines).
                    current.code_indent = Some(indent_of(line));
                    choice.text = format!("```\n{}", line.trim());
                }
                Some((choice, _, _)) if current.code_indent.is_some() => {
                    let indent = current.code_indent.unwrap_or(0);
                    choice.text.push('\n');
                    choice.text.push_str(dedent(line, indent).trim_end());
                }
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

/// Warns about a numbered line that is not a question, folding a run of them (a table of
/// contents, a quizdown "sequence" list) into one warning that gives the range of lines.
fn unread_numbered_line(bank: &mut DraftBank, line: usize) {
    if let Some((_, WarningKind::NumberedLinesWithoutOptions { end, .. })) =
        bank.warnings.last_mut()
        && *end + 1 == line
    {
        *end = line;
        return;
    }
    bank.warn(
        line,
        WarningKind::NumberedLinesWithoutOptions {
            start: line,
            end: line,
        },
    );
}

/// Ends an option's unfenced code (indented lines), closing the fence its text was given.
fn close_indented_code(block: &mut Block) {
    if block.code_indent.take().is_some()
        && let Some((choice, _, _)) = block.choices.last_mut()
    {
        let lines = choice.text.lines().count();
        if choice.text.starts_with("```") && (lines < 2 || !choice.text.ends_with("```")) {
            choice.text.push_str("\n```");
        }
    }
}

fn finish(bank: &mut DraftBank, topic: &mut Option<String>, mut block: Block) {
    close_indented_code(&mut block);
    if block.choices.is_empty() {
        match block.level {
            Some(1) if bank.title.is_none() && bank.questions.is_empty() => {
                bank.title = Some(block.title);
            }
            Some(_) => *topic = Some(block.title).filter(|t| !t.is_empty()),
            None => unread_numbered_line(bank, block.line),
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
    let mut problems = block.problems;
    if answer.is_empty() && problems.is_empty() {
        problems.push((block.line, ReaderProblem::NoTickedOption));
    }
    let explanation = join_paragraphs(&block.explanation);
    bank.questions.push(DraftQuestion {
        problems,
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

/// Reads front matter (`---` … `---`) if the lines start with it: the title and settings.
pub(super) fn read_front_matter<'a>(
    lines: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'a str)>>,
    bank: &mut DraftBank,
) {
    if lines.peek().is_none_or(|(_, l)| l.trim() != "---") {
        return;
    }
    let (open, _) = lines.next().unwrap_or_default();
    for (number, line) in lines.by_ref() {
        if line.trim() == "---" {
            return;
        }
        front_matter(bank, number, line);
    }
    bank.error(open, ReaderProblem::FrontMatterNotClosed);
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
            WarningKind::FrontMatterNotKeyValue {
                line: line.to_owned(),
            },
        );
        return;
    };
    let key = key.trim();
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
    let number_value = |bank: &mut DraftBank| {
        let parsed = value.parse::<i64>().ok();
        if parsed.is_none() {
            bank.error(
                number,
                ReaderProblem::NotWholeNumber {
                    key: key.to_owned(),
                    value: value.to_owned(),
                },
            );
        }
        parsed
    };
    match key {
        "title" => bank.title = Some(value.to_owned()),
        "description" => bank.description = Some(value.to_owned()),
        "language" | "lang" => bank.language = Some(value.to_owned()),
        // Quizdown's locale picks its interface language, which its authors set to the language
        // they write in; a `language` line says it outright and wins.
        "locale" => {
            if bank.language.is_none() {
                bank.language = Some(value.to_owned());
            }
        }
        "facts_checked" => bank.facts_checked = Some(value.to_owned()),
        "report_url" => bank.report_url = Some(value.to_owned()),
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
                    bank.error(
                        number,
                        ReaderProblem::NotTrueOrFalse {
                            key: key.to_owned(),
                            value: value.to_owned(),
                        },
                    );
                    return;
                }
            };
            // The app shuffles questions and choices together, so any "false" keeps the order.
            bank.shuffle = Some(bank.shuffle.unwrap_or(true) && on);
        }
        "primary_color" | "secondary_color" | "text_color" => bank.warn(
            number,
            WarningKind::QuizdownDisplayOption {
                key: key.to_owned(),
            },
        ),
        _ => bank.warn(
            number,
            WarningKind::FrontMatterUnused {
                key: key.to_owned(),
            },
        ),
    }
}
