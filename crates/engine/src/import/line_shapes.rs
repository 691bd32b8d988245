//! The shapes of lines that tell the formats apart: an Aiken `ANSWER:` line and a Markdown
//! task-list option. The page needs them to tell a file's format (and so whether to start the
//! teachers' tools at all); the readers need them to read the lines.

/// Whether a line is an `ANSWER:` line (used to tell Aiken from GIFT).
pub fn is_answer_line(line: &str) -> bool {
    answer_letters(line).is_some()
}

/// The letters of an `ANSWER: B` or `ANSWER: A, C` line.
pub fn answer_letters(line: &str) -> Option<&str> {
    let line = line.trim();
    let rest = line
        .get(..6)
        .filter(|head| head.eq_ignore_ascii_case("answer"))
        .map(|_| line[6..].trim_start())?;
    rest.strip_prefix(':').map(str::trim)
}

/// How an option is marked: `[x]`, `[ ]` (or `[]`), or a typo such as `[c]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Ticked,
    Unticked,
    Unclear(char),
}

/// A task-list option `- [x] text`, `* [ ] text` or `1. [x] text`: how its box is marked, and
/// its text. It also takes `- []` and a box with one other character (`- [c]`), which real files
/// hold by mistake.
pub fn marked_option(line: &str) -> Option<(Mark, &str)> {
    let trimmed = line.trim_start();
    let rest = list_item(trimmed)?.trim_start();
    if let Some(text) = rest.strip_prefix("[]") {
        return Some((Mark::Unticked, text.trim()));
    }
    let mut chars = rest.chars();
    let (Some('['), Some(inside), Some(']')) = (chars.next(), chars.next(), chars.next()) else {
        return None;
    };
    let text = chars.as_str();
    if !(text.is_empty() || text.starts_with([' ', '\t'])) {
        // `- [a link](…)` or `- [A]…`: not a box.
        return None;
    }
    let mark = match inside {
        ' ' => Mark::Unticked,
        'x' | 'X' => Mark::Ticked,
        c if !c.is_whitespace() => Mark::Unclear(c),
        _ => return None,
    };
    Some((mark, text.trim()))
}

/// What follows a list marker `-`, `*`, `+`, `1.` or `1)`.
fn list_item(trimmed: &str) -> Option<&str> {
    if let Some(after) = trimmed.strip_prefix(['-', '*', '+']) {
        return Some(after);
    }
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let after = &trimmed[digits..];
    after.strip_prefix('.').or_else(|| after.strip_prefix(')'))
}

/// Whether a line is a task-list option (used to tell the two Markdown layouts apart).
pub fn is_option_line(line: &str) -> bool {
    matches!(
        marked_option(line),
        Some((Mark::Ticked | Mark::Unticked, _))
    )
}
