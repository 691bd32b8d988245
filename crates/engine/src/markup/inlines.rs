//! The inline parser: bold, italics, code and links inside one run of text.

use super::href::is_safe_href;
use super::searched::{Searched, counted};
use super::tree::Inline;

/// Nesting beyond this depth is kept as literal text, so hostile input cannot exhaust the stack.
const MAX_NESTING: usize = 8;

/// Parses one run of text, `depth` spans deep, into inline content.
pub(super) fn parse_inlines(text: &str, depth: usize) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let mut searched = Searched::default();
    let flush = |plain: &mut String, out: &mut Vec<Inline>| {
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(plain)));
        }
    };
    while let Some(c) = rest.chars().next() {
        let nested = depth < MAX_NESTING;
        if c == '\\' {
            let mut chars = rest[1..].chars();
            match chars.next() {
                Some(escaped) if escaped.is_ascii_punctuation() => {
                    plain.push(escaped);
                    rest = chars.as_str();
                }
                _ => {
                    plain.push('\\');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        if c == '`' && !searched.no_backtick {
            let Some(end) = counted(&rest[1..], rest[1..].find('`')) else {
                searched.no_backtick = true;
                plain.push(c);
                rest = &rest[1..];
                continue;
            };
            flush(&mut plain, &mut out);
            out.push(Inline::Code(rest[1..1 + end].to_owned()));
            rest = &rest[end + 2..];
            continue;
        }
        if nested && !searched.no_strong_closer && rest.starts_with("**") && opens(&rest[2..]) {
            let Some(end) = find_closer(&rest[2..], "**") else {
                searched.no_strong_closer = true;
                continue;
            };
            flush(&mut plain, &mut out);
            out.push(Inline::Strong(parse_inlines(&rest[2..2 + end], depth + 1)));
            rest = &rest[end + 4..];
            continue;
        }
        if nested
            && !searched.no_emphasis_closer
            && c == '*'
            && !rest.starts_with("**")
            && opens(&rest[1..])
        {
            let Some(end) = find_closer(&rest[1..], "*") else {
                searched.no_emphasis_closer = true;
                continue;
            };
            flush(&mut plain, &mut out);
            out.push(Inline::Emphasis(parse_inlines(
                &rest[1..1 + end],
                depth + 1,
            )));
            rest = &rest[end + 2..];
            continue;
        }
        if nested
            && c == '['
            && searched.link_may_open_at(text, text.len() - rest.len())
            && let Some((label, href, consumed)) = split_link(rest)
        {
            flush(&mut plain, &mut out);
            let label = parse_inlines(label, depth + 1);
            if is_safe_href(href) {
                out.push(Inline::Link {
                    label,
                    href: href.trim().to_owned(),
                });
            } else {
                // An unsafe target keeps its label as plain content and loses the link.
                out.extend(label);
            }
            rest = &rest[consumed..];
            continue;
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut plain, &mut out);
    out
}

/// An emphasis marker opens only when text follows it directly, so `5 * 3` stays literal.
fn opens(after: &str) -> bool {
    after.chars().next().is_some_and(|c| !c.is_whitespace())
}

/// The position of the first `marker` in `text` that closes a span: not at the start and
/// directly after text, not after a space.
fn find_closer(text: &str, marker: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = counted(&text[from..], text[from..].find(marker)) {
        let at = from + found;
        if at > 0 && !text[..at].ends_with(char::is_whitespace) {
            return Some(at);
        }
        from = at + marker.len();
    }
    None
}

/// Splits `[label](href)` at the start of `text` into label, href and bytes consumed.
fn split_link(text: &str) -> Option<(&str, &str, usize)> {
    let close = counted(text, text.find("]("))?;
    let label = &text[1..close];
    if label.contains('[') || label.contains(']') {
        return None;
    }
    let after = &text[close + 2..];
    let end = counted(after, after.find(')'))?;
    Some((label, &after[..end], close + 2 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::searched::SEARCHED_BYTES;

    /// The bytes searched while parsing `unit` repeated to `length` bytes.
    fn searched_bytes(unit: &str, length: usize) -> usize {
        let text: String = unit.repeat(length / unit.len() + 1)[..length].to_owned();
        SEARCHED_BYTES.with(|bytes| bytes.set(0));
        let parsed = parse_inlines(&text, 0);
        assert!(!parsed.is_empty());
        SEARCHED_BYTES.with(|bytes| bytes.get())
    }

    #[test]
    fn a_long_word_full_of_markers_parses_in_linear_time() {
        // Each unit opens a span (or a link) whose closer never comes, or comes only far away:
        // searching from every opener to the end would be quadratic.
        for unit in ["[a", "a*", "*a *", "**a **", "a`", "[a](b", "a](b[", "x)"] {
            let short = searched_bytes(unit, 10_000);
            let long = searched_bytes(unit, 40_000);
            assert!(
                long <= 5 * short.max(10_000) && long <= 4 * 40_000,
                "{unit:?}: {short} bytes searched for 10,000 characters, {long} for 40,000"
            );
        }
    }
}
