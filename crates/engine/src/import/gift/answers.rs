//! The answers of a GIFT answer block: each `=` or `~` answer with its `%weight%` and
//! `#feedback`, and the weights read in hundredths of a percent.

use super::units::{Unit, find, text_of};

/// One answer of an answer block: `=` or `~`, its weight, text and feedback.
pub(super) struct Answer {
    pub(super) right_marker: bool,
    /// In hundredths of a percent, so `%33.33333%` needs no floating point (whose parsing and
    /// printing would add much to the app's download).
    pub(super) weight: Option<i64>,
    /// The answer's text and feedback as written, format tags included; the block reader
    /// turns them into markup.
    pub(super) text: String,
    pub(super) feedback: Option<String>,
    pub(super) line: usize,
    pub(super) is_matching: bool,
}

/// Splits an answer block at each unescaped `=` or `~`. The idiom `~=right` (a `~` just before
/// the `=`) marks one right answer, not an empty wrong one.
pub(super) fn split_answers(body: &[Unit]) -> Vec<Answer> {
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
            text: text_of(text),
            feedback: feedback.filter(|f| !f.is_empty()),
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

#[cfg(test)]
mod tests {
    use super::parse_percent;

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
}
