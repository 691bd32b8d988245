//! Moodle's GIFT format: the multiple-choice kinds become questions, the rest are skipped with a
//! warning that names them.
//!
//! Read: `::title::`, `[markdown]`/`[plain]`/`[moodle]`/`[html]` text formats, `{=right ~wrong}`,
//! `~%50%a ~%50%b ~%-100%c` weighted multiple answers, `#feedback` per choice, `####general
//! feedback`, `// comment` lines, `$CATEGORY:` lines (their last part becomes the topic),
//! missing-word questions (text after the `}` is kept, the gap shown as `_____`), `\` escapes of
//! `~ = # { } : \` and `\n`, and true/false, turned into a two-choice question.
//! Skipped with a warning: essay `{}`, numerical `{#…}`, short answer (only `=` answers),
//! matching (`=a -> b`) and description items (no answer block).

use super::draft::{DraftBank, DraftChoice, DraftQuestion};
use super::numbered_lines;
use crate::problem::ReaderProblem;

/// One character of a question block: whether a backslash escaped it, and its line.
#[derive(Debug, Clone, Copy)]
struct Unit {
    c: char,
    escaped: bool,
    line: usize,
}

/// Reads a GIFT file.
pub fn read(text: &str) -> DraftBank {
    let mut bank = DraftBank::default();
    let mut topic: Option<String> = None;
    let mut block: Vec<(usize, &str)> = Vec::new();
    // Unclosed `{` in the block so far: a blank line inside an answer block does not end the
    // question (real files put blank lines between answers).
    let mut open_braces = 0usize;
    // A blank line was met inside an answer block: whether it ended the question depends on
    // the next line.
    let mut blank_inside = false;
    for (number, line) in numbered_lines(text) {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        let new_question = trimmed.starts_with("::") || trimmed.starts_with("$CATEGORY:");
        // After a blank line inside an answer block, a line that goes on with answers (`=`,
        // `~`, `#`, `}`) continues it; any other line starts the next question, so a block
        // never closed does not swallow the rest of the file.
        let starts_next =
            blank_inside && !trimmed.is_empty() && !trimmed.starts_with(['=', '~', '#', '}', '%']);
        if !trimmed.is_empty() {
            blank_inside = false;
        }
        if open_braces > 0 && (new_question || starts_next) {
            // An answer block never closed: end it here rather than swallow the next question.
            open_braces = 0;
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
        }
        if let Some(path) = trimmed.strip_prefix("$CATEGORY:") {
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
            topic = category_topic(path);
            continue;
        }
        if trimmed.is_empty() && open_braces == 0 {
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
        } else if trimmed.is_empty() {
            blank_inside = true;
        } else {
            block.push((number, line));
            open_braces = brace_depth(open_braces, line);
        }
    }
    read_block(&mut bank, &block, topic.as_deref());
    bank
}

/// The count of unclosed `{` after a line, given the count before it (escaped braces ignored).
fn brace_depth(mut depth: usize, line: &str) -> usize {
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// The topic a `$CATEGORY:` path names: its last part (`$course$/top/Lambda` → `Lambda`).
/// A `//` in a path is a `/` inside a name, as Moodle writes it.
fn category_topic(path: &str) -> Option<String> {
    let path = path.trim().replace("//", "\u{0}");
    let last = path.rsplit('/').find(|part| !part.trim().is_empty())?;
    let last = last.trim().replace('\u{0}', "/");
    (!last.starts_with('$')).then_some(last)
}

/// Splits a block's lines into characters, resolving escapes.
fn units(block: &[(usize, &str)]) -> Vec<Unit> {
    let mut out = Vec::new();
    for (i, (line, text)) in block.iter().enumerate() {
        if i > 0 {
            out.push(Unit {
                c: '\n',
                escaped: false,
                line: *line,
            });
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.peek().copied() {
                    Some(next @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\' | '%')) => {
                        chars.next();
                        out.push(Unit {
                            c: next,
                            escaped: true,
                            line: *line,
                        });
                    }
                    Some('n') => {
                        chars.next();
                        out.push(Unit {
                            c: '\n',
                            escaped: true,
                            line: *line,
                        });
                    }
                    _ => out.push(Unit {
                        c,
                        escaped: true,
                        line: *line,
                    }),
                }
            } else {
                out.push(Unit {
                    c,
                    escaped: false,
                    line: *line,
                });
            }
        }
    }
    out
}

fn text_of(units: &[Unit]) -> String {
    units
        .iter()
        .map(|u| u.c)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The position of the first unescaped `pattern` at or after `from`.
fn find(units: &[Unit], from: usize, pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (from..units.len()).find(|&i| {
        pattern
            .iter()
            .enumerate()
            .all(|(k, &p)| units.get(i + k).is_some_and(|u| !u.escaped && u.c == p))
    })
}

/// A short name for a question in warnings: its title, or the start of its text.
fn label(title: Option<&str>, prompt: &str) -> String {
    let source = title.unwrap_or(prompt);
    let mut short: String = source.chars().take(50).collect();
    if source.chars().count() > 50 {
        short.push('…');
    }
    short.replace('\n', " ")
}

/// One answer of an answer block: `=` or `~`, its weight, text and feedback.
struct Answer {
    right_marker: bool,
    /// In hundredths of a percent, so `%33.33333%` needs no floating point (whose parsing and
    /// printing would add much to the app's download).
    weight: Option<i64>,
    text: String,
    feedback: Option<String>,
    line: usize,
    is_matching: bool,
}

/// The longest question block read; a longer one almost always means blank lines are missing
/// between questions, and refusing it keeps memory bounded.
const MAX_BLOCK_BYTES: usize = 256 * 1024;

fn read_block(bank: &mut DraftBank, block: &[(usize, &str)], topic: Option<&str>) {
    let Some(&(first_line, _)) = block.first() else {
        return;
    };
    let size: usize = block.iter().map(|(_, line)| line.len() + 1).sum();
    if size > MAX_BLOCK_BYTES {
        reject(
            bank,
            first_line,
            topic,
            first_line,
            ReaderProblem::BlockTooLong {
                kilobytes: size / 1024,
                limit_kilobytes: MAX_BLOCK_BYTES / 1024,
            },
        );
        return;
    }
    let units = units(block);
    let mut start = units.iter().position(|u| !u.c.is_whitespace()).unwrap_or(0);
    let mut title = None;
    if find(&units, start, "::") == Some(start) {
        let Some(end) = find(&units, start + 2, "::") else {
            reject(
                bank,
                first_line,
                topic,
                first_line,
                ReaderProblem::TitleNotClosed,
            );
            return;
        };
        title = Some(text_of(&units[start + 2..end]));
        start = end + 2;
    }
    while units.get(start).is_some_and(|u| u.c.is_whitespace()) {
        start += 1;
    }
    if units.get(start).is_some_and(|u| u.c == '[' && !u.escaped) {
        let tag: String = units[start..].iter().take(10).map(|u| u.c).collect();
        for name in ["[markdown]", "[plain]", "[moodle]", "[html]"] {
            if tag.starts_with(name) {
                if name == "[html]" {
                    bank.warn(
                        first_line,
                        "HTML question text is shown as plain text, tags and all",
                    );
                }
                start += name.len();
                break;
            }
        }
    }
    let Some(open) = find(&units, start, "{") else {
        let prompt = text_of(&units[start..]);
        bank.warn(
            first_line,
            format!(
                "\"{}\" has no answer block {{…}} (a description in Moodle); skipped",
                label(title.as_deref(), &prompt)
            ),
        );
        return;
    };
    let Some(close) = find(&units, open + 1, "}") else {
        reject(
            bank,
            first_line,
            topic,
            units[open].line,
            ReaderProblem::AnswerBlockNotClosed,
        );
        return;
    };
    if let Some(second) = find(&units, close + 1, "{") {
        reject(
            bank,
            first_line,
            topic,
            units[second].line,
            ReaderProblem::SecondAnswerBlock,
        );
        return;
    }
    let before = text_of(&units[start..open]);
    let after = text_of(&units[close + 1..]);
    let prompt = match (before.is_empty(), after.is_empty()) {
        (_, true) => before,
        (true, false) => format!("_____ {after}"),
        (false, false) => format!("{before} _____ {after}"),
    };
    let name = label(title.as_deref(), &prompt);
    let body = &units[open + 1..close];
    let (body, general) = match find(body, 0, "####") {
        Some(at) => (&body[..at], Some(text_of(&body[at + 4..]))),
        None => (body, None),
    };
    let general = general.filter(|g| !g.is_empty());
    let skip = |bank: &mut DraftBank, kind: &str| {
        bank.warn(
            first_line,
            format!("\"{name}\" is {kind} question, which this app does not take; skipped"),
        );
    };
    let body_text = text_of(body);
    if body_text.is_empty() {
        return skip(bank, "an essay");
    }
    if body_text.starts_with('#') {
        return skip(bank, "a numerical");
    }
    let (head, feedbacks) = match find(body, 0, "#") {
        Some(at) => (text_of(&body[..at]), Some(&body[at + 1..])),
        None => (body_text.clone(), None),
    };
    let truth = match head.to_ascii_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    };
    if let Some(truth) = truth {
        // `{T#shown if wrong#shown if right}`: the first feedback goes with the wrong choice.
        let (if_wrong, if_right) = match feedbacks {
            Some(rest) => match find(rest, 0, "#") {
                Some(at) => (text_of(&rest[..at]), text_of(&rest[at + 1..])),
                None => (text_of(rest), String::new()),
            },
            None => (String::new(), String::new()),
        };
        let some = |s: String| (!s.is_empty()).then_some(s);
        let (true_note, false_note) = if truth {
            (some(if_right), some(if_wrong))
        } else {
            (some(if_wrong), some(if_right))
        };
        bank.questions.push(DraftQuestion {
            line: first_line,
            title,
            topic: topic.map(str::to_owned),
            prompt,
            choices: vec![
                DraftChoice {
                    line: units[open].line,
                    text: "True".to_owned(),
                    explanation: true_note,
                },
                DraftChoice {
                    line: units[open].line,
                    text: "False".to_owned(),
                    explanation: false_note,
                },
            ],
            answer: vec![if truth { 0 } else { 1 }],
            answer_line: Some(units[open].line),
            explanation: general,
            problems: Vec::new(),
        });
        return;
    }
    let answers = split_answers(body);
    if answers.is_empty() {
        reject(
            bank,
            first_line,
            topic,
            units[open].line,
            ReaderProblem::NoAnswers { label: name },
        );
        return;
    }
    if answers.iter().any(|a| a.is_matching) {
        return skip(bank, "a matching");
    }
    if answers.iter().all(|a| a.right_marker) {
        return skip(bank, "a short answer");
    }
    let has_equals = answers.iter().any(|a| a.right_marker);
    let mut answer = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        let weight = a.weight.unwrap_or(if a.right_marker { 10_000 } else { 0 });
        if a.right_marker {
            answer.push(i);
        } else if weight > 0 && has_equals {
            bank.warn(
                a.line,
                format!(
                    "\"{name}\": partial credit ({}%) for \"{}\" is not supported; it counts as wrong",
                    show_percent(weight),
                    a.text
                ),
            );
        } else if weight > 0 {
            answer.push(i);
        }
    }
    if has_equals && answer.len() > 1 {
        bank.warn(
            first_line,
            format!(
                "\"{name}\" marks {} answers right with =; Moodle accepts any one of them, this app asks for all of them",
                answer.len()
            ),
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
            bank.warn(
                first_line,
                format!(
                    "\"{name}\": the weights of the right answers add up to {}%, not 100%; every answer with a positive weight counts as right",
                    show_percent(total)
                ),
            );
        }
    }
    let mut problems = Vec::new();
    if answer.is_empty() {
        problems.push((
            units[open].line,
            ReaderProblem::NoRightWeight { label: name },
        ));
    }
    bank.questions.push(DraftQuestion {
        problems,
        line: first_line,
        title,
        topic: topic.map(str::to_owned),
        prompt,
        choices: answers
            .into_iter()
            .map(|a| DraftChoice {
                line: a.line,
                text: a.text,
                explanation: a.feedback,
            })
            .collect(),
        answer,
        answer_line: Some(units[open].line),
        explanation: general,
    });
}

/// A question the reader cannot take, kept in the list with the reason (so the file's count and
/// numbering stay true).
fn reject(
    bank: &mut DraftBank,
    first_line: usize,
    topic: Option<&str>,
    line: usize,
    problem: ReaderProblem,
) {
    bank.questions.push(DraftQuestion {
        line: first_line,
        topic: topic.map(str::to_owned),
        problems: vec![(line, problem)],
        ..DraftQuestion::default()
    });
}

/// An answer's or feedback's text without a leading `[html]`, `[moodle]`, `[markdown]` or
/// `[plain]` format tag, which GIFT allows on each part.
fn without_format_tag(text: String) -> String {
    for tag in ["[markdown]", "[plain]", "[moodle]", "[html]"] {
        if text
            .get(..tag.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(tag))
        {
            return text[tag.len()..].trim().to_owned();
        }
    }
    text
}

/// Splits an answer block at each unescaped `=` or `~`. The idiom `~=right` (a `~` just before
/// the `=`) marks one right answer, not an empty wrong one.
fn split_answers(body: &[Unit]) -> Vec<Answer> {
    let starts: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, u)| !u.escaped && (u.c == '=' || u.c == '~'))
        .filter(|&(i, u)| {
            !(u.c == '~' && body.get(i + 1).is_some_and(|n| !n.escaped && n.c == '='))
        })
        .map(|(i, _)| i)
        .collect();
    let mut answers = Vec::with_capacity(starts.len());
    for (k, &at) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(body.len());
        let mut item = &body[at + 1..end];
        let mut weight = None;
        let skip = item.iter().take_while(|u| u.c.is_whitespace()).count();
        if item.get(skip).is_some_and(|u| u.c == '%' && !u.escaped)
            && let Some(close) = find(item, skip + 1, "%")
        {
            weight = parse_percent(&text_of(&item[skip + 1..close]));
            item = &item[close + 1..];
        }
        let (text, feedback) = match find(item, 0, "#") {
            Some(at) => (&item[..at], Some(text_of(&item[at + 1..]))),
            None => (item, None),
        };
        answers.push(Answer {
            right_marker: body[at].c == '=',
            weight,
            is_matching: find(text, 0, "->").is_some(),
            text: without_format_tag(text_of(text)),
            feedback: feedback.map(without_format_tag).filter(|f| !f.is_empty()),
            line: body[at].line,
        });
    }
    answers
}

/// Reads a GIFT weight such as `50`, `-100` or `33.33333` in hundredths of a percent.
fn parse_percent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty()
        || whole.len() > 6
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut hundredths = 0;
    for (i, b) in fraction.bytes().take(2).enumerate() {
        hundredths += i64::from(b - b'0') * if i == 0 { 10 } else { 1 };
    }
    let value = whole * 100 + hundredths;
    Some(if negative { -value } else { value })
}

/// Writes hundredths of a percent as `50`, `33.33` or `-100`.
fn show_percent(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let value = hundredths.abs();
    match value % 100 {
        0 => format!("{sign}{}", value / 100),
        rest => format!("{sign}{}.{rest:02}", value / 100),
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_percent, show_percent};

    #[test]
    fn weights_are_read_in_hundredths_of_a_percent() {
        assert_eq!(parse_percent("50"), Some(5_000));
        assert_eq!(parse_percent("-100"), Some(-10_000));
        assert_eq!(parse_percent("33.33333"), Some(3_333));
        assert_eq!(parse_percent(".5"), Some(50));
        assert_eq!(parse_percent("abc"), None);
        assert_eq!(parse_percent(""), None);
        assert_eq!(parse_percent("-"), None);
        assert_eq!(parse_percent("1e3"), None);
    }

    #[test]
    fn weights_are_written_without_needless_decimals() {
        assert_eq!(show_percent(5_000), "50");
        assert_eq!(show_percent(3_333), "33.33");
        assert_eq!(show_percent(-10_000), "-100");
        assert_eq!(show_percent(8_005), "80.05");
    }
}
