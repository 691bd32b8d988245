//! The small, safe markup allowed in prompts and explanations, parsed into a tree, never into HTML.
//!
//! Supported: paragraphs (blank lines), `**bold**`, `*italics*`, `` `code` ``, fenced code
//! blocks, `-`/`*` and `1.` lists, and `[links](https://…)`. Anything else, raw HTML
//! included, stays literal text: the view turns the tree into DOM nodes with text content only.
//! A hand-written parser rather than a Markdown crate keeps this subset exact (no raw HTML, no
//! images) and keeps the wasm small.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::fmt;
use std::hash::{Hash, Hasher};

/// Text in the bank's markup, kept as written. It is parsed the first time it is shown and the
/// result kept with it, so a page that renders it again (on every answer) parses nothing.
#[derive(Debug, Clone)]
pub struct Markup {
    source: String,
    /// The text parsed as blocks or as one inline run, whichever was asked for first (a text is
    /// shown one way: prompts as blocks, choices inline). Boxed, so an unparsed text costs one
    /// pointer.
    parsed: OnceCell<Box<Parsed>>,
}

#[derive(Debug, Clone)]
enum Parsed {
    Blocks(Vec<Block>),
    Inlines(Vec<Inline>),
}

// Equal texts are equal markup, whatever has been parsed so far.
impl PartialEq for Markup {
    fn eq(&self, other: &Markup) -> bool {
        self.source == other.source
    }
}

impl Eq for Markup {}

impl Hash for Markup {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.source.hash(state);
    }
}

impl Markup {
    /// Any text is markup: what is not understood stays literal text.
    pub fn new(source: String) -> Markup {
        Markup {
            source,
            parsed: OnceCell::new(),
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The block structure of the text.
    pub fn blocks(&self) -> Cow<'_, [Block]> {
        match &**self
            .parsed
            .get_or_init(|| Box::new(Parsed::Blocks(parse_blocks(&self.source))))
        {
            Parsed::Blocks(blocks) => Cow::Borrowed(blocks),
            Parsed::Inlines(_) => Cow::Owned(parse_blocks(&self.source)),
        }
    }

    /// The text as one run of inline content, for short texts such as choices.
    pub fn inlines(&self) -> Cow<'_, [Inline]> {
        let parse = || parse_inlines(self.source.trim(), 0);
        match &**self
            .parsed
            .get_or_init(|| Box::new(Parsed::Inlines(parse())))
        {
            Parsed::Inlines(inlines) => Cow::Borrowed(inlines),
            Parsed::Blocks(_) => Cow::Owned(parse()),
        }
    }

    /// The text with markup removed, for accessible names and statistics.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for (i, block) in self.blocks().iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            match block {
                Block::Paragraph(inlines) => push_plain(&mut out, inlines),
                Block::Code(code) => out.push_str(code),
                Block::List { items, .. } => {
                    for (j, item) in items.iter().enumerate() {
                        if j > 0 {
                            out.push(' ');
                        }
                        push_plain(&mut out, item);
                    }
                }
            }
        }
        out
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

fn push_plain(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Strong(inner) | Inline::Emphasis(inner) => push_plain(out, inner),
            Inline::Link { label, .. } => push_plain(out, label),
        }
    }
}

/// A block of markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// A fenced code block, shown verbatim.
    Code(String),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

/// A run of inline markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Code(String),
    /// A link whose target is known to be `http:` or `https:`.
    Link {
        label: Vec<Inline>,
        href: String,
    },
}

/// Nesting beyond this depth is kept as literal text, so hostile input cannot exhaust the stack.
const MAX_NESTING: usize = 8;

fn list_marker(line: &str) -> Option<(bool, &str)> {
    let trimmed = line.trim_start();
    if let Some(rest) = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "))
    {
        return Some((false, rest));
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 9 {
        let rest = &trimmed[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((true, rest));
        }
    }
    None
}

fn is_fence(line: &str) -> bool {
    line.trim_start().starts_with("```")
}

fn parse_blocks(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            continue;
        }
        if is_fence(line) {
            let mut code: Vec<&str> = Vec::new();
            for next in lines.by_ref() {
                if is_fence(next) {
                    break;
                }
                code.push(next);
            }
            blocks.push(Block::Code(code.join("\n")));
            continue;
        }
        if let Some((ordered, first)) = list_marker(line) {
            let mut items = vec![first.trim().to_owned()];
            while let Some(next) = lines.peek() {
                if next.trim().is_empty() || is_fence(next) {
                    break;
                }
                match list_marker(next) {
                    Some((same, text)) if same == ordered => items.push(text.trim().to_owned()),
                    Some(_) => break,
                    None => {
                        // A line without a marker continues the item above it.
                        let last = items.last_mut().expect("a list starts with one item");
                        last.push(' ');
                        last.push_str(next.trim());
                    }
                }
                lines.next();
            }
            blocks.push(Block::List {
                ordered,
                items: items.iter().map(|t| parse_inlines(t, 0)).collect(),
            });
            continue;
        }
        let mut paragraph = line.trim().to_owned();
        while let Some(next) = lines.peek() {
            if next.trim().is_empty() || is_fence(next) || list_marker(next).is_some() {
                break;
            }
            paragraph.push(' ');
            paragraph.push_str(next.trim());
            lines.next();
        }
        blocks.push(Block::Paragraph(parse_inlines(&paragraph, 0)));
    }
    blocks
}

/// Whether a link target may become a live link: only web addresses, never `javascript:` or `data:`.
pub fn is_safe_href(href: &str) -> bool {
    // Compared in place, with no lowercased copy: every reference of a large bank passes here.
    let scheme = |prefix: &str| {
        href.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let spaced = if href.is_ascii() {
        // ASCII whitespace and control characters are the bytes up to space, and DEL.
        href.bytes().any(|b| b <= b' ' || b == 0x7f)
    } else {
        href.chars().any(|c| c.is_whitespace() || c.is_control())
    };
    (scheme("https://") || scheme("http://")) && !spaced
}

#[cfg(test)]
thread_local! {
    /// Bytes the inline parser has searched, for the tests that check it stays linear.
    static SEARCHED_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Passes a search's result through, counting (in tests) the bytes it looked at: up to the
/// match, or all of `searched` when there was none.
fn counted(searched: &str, found: Option<usize>) -> Option<usize> {
    #[cfg(test)]
    SEARCHED_BYTES.with(|bytes| bytes.set(bytes.get() + found.unwrap_or(searched.len())));
    #[cfg(not(test))]
    let _ = searched;
    found
}

/// What earlier searches of one run of text found, so no search is made twice over the same
/// text: a long word full of `[`, `*` or backticks still parses in linear time.
#[derive(Default)]
struct Searched {
    /// No closing backtick after some earlier point: none after any later one either.
    no_backtick: bool,
    /// No closer for `**` (or for `*`) after some earlier opener: none for a later one either.
    no_strong_closer: bool,
    no_emphasis_closer: bool,
    /// Where the next `](` is (from the text's start) and the last `[` before it, which is the
    /// only `[` whose label holds no other `[`; `None` once no `](` is left.
    link_middle: Option<Option<(usize, usize)>>,
    /// The next `)` found, or `None` once none is left.
    paren: Option<Option<usize>>,
}

impl Searched {
    /// Whether a link may start at `at`: the `[` there is the last before the next `](`.
    fn link_may_open_at(&mut self, text: &str, at: usize) -> bool {
        let stale = match self.link_middle {
            None => true,
            Some(Some((middle, _))) => middle < at,
            Some(None) => false,
        };
        if stale {
            let middle = counted(&text[at..], text[at..].find("](")).map(|found| at + found);
            // A link needs a `)` after its `](`; with none after this one, none comes later.
            self.link_middle = Some(middle.filter(|&m| self.has_paren_after(text, m + 2)).map(
                |middle| {
                    let before = &text[..middle];
                    let open = before.rfind('[');
                    counted(before, open.map(|o| before.len() - o));
                    (middle, open.unwrap_or(at))
                },
            ));
        }
        matches!(self.link_middle, Some(Some((_, open))) if open == at)
    }

    /// Whether a `)` follows `from`, reusing the last one found while it is still ahead.
    fn has_paren_after(&mut self, text: &str, from: usize) -> bool {
        match self.paren {
            Some(Some(at)) if at >= from => true,
            Some(None) => false,
            _ => {
                let found = counted(&text[from..], text[from..].find(')')).map(|f| from + f);
                self.paren = Some(found);
                found.is_some()
            }
        }
    }
}

fn parse_inlines(text: &str, depth: usize) -> Vec<Inline> {
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

    #[test]
    fn a_text_is_parsed_once_and_the_result_kept() {
        let prompt = Markup::new("**Which** service?\n\n- one\n- two".to_owned());
        let first = prompt.blocks();
        let again = prompt.blocks();
        assert!(matches!(first, std::borrow::Cow::Borrowed(_)));
        assert!(
            std::ptr::eq(first.as_ptr(), again.as_ptr()),
            "the same parse, kept"
        );
        let choice = Markup::new("`code` choice".to_owned());
        assert!(std::ptr::eq(
            choice.inlines().as_ptr(),
            choice.inlines().as_ptr()
        ));
        assert_eq!(
            choice.blocks().len(),
            1,
            "asked the other way, it is still parsed right"
        );
    }

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_owned())
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_single_newlines_join_lines() {
        let m = Markup::new("one\ntwo\n\nthree".into());
        assert_eq!(
            m.blocks(),
            vec![
                Block::Paragraph(vec![text("one two")]),
                Block::Paragraph(vec![text("three")])
            ]
        );
    }

    #[test]
    fn bold_italics_and_code_nest_inside_a_paragraph() {
        let m = Markup::new("a **b *c* d** `<e>`".into());
        assert_eq!(
            m.inlines(),
            vec![
                text("a "),
                Inline::Strong(vec![
                    text("b "),
                    Inline::Emphasis(vec![text("c")]),
                    text(" d")
                ]),
                text(" "),
                Inline::Code("<e>".into()),
            ]
        );
    }

    #[test]
    fn fenced_code_blocks_keep_their_lines_verbatim() {
        let m = Markup::new("Run:\n```\ndocker run **x**\n  <b>\n```\nDone".into());
        assert_eq!(
            m.blocks(),
            vec![
                Block::Paragraph(vec![text("Run:")]),
                Block::Code("docker run **x**\n  <b>".into()),
                Block::Paragraph(vec![text("Done")]),
            ]
        );
    }

    #[test]
    fn dash_and_number_lines_become_lists() {
        let m = Markup::new("- one\n- two\n  more\n\n1. first\n2. second".into());
        assert_eq!(
            m.blocks(),
            vec![
                Block::List {
                    ordered: false,
                    items: vec![vec![text("one")], vec![text("two more")]]
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![text("first")], vec![text("second")]]
                },
            ]
        );
    }

    #[test]
    fn only_http_addresses_without_spaces_or_control_characters_are_safe_links() {
        for safe in [
            "https://a.example/x",
            "HTTP://a.example",
            "https://a.example/é?q=1",
        ] {
            assert!(is_safe_href(safe), "{safe}");
        }
        for unsafe_href in [
            "javascript:alert(1)",
            "data:text/html,hi",
            " https://a.example",
            "https://a.example/a b",
            "https://a.example/\t",
            "https://a.example/\u{7f}",
            "https://a.example/\u{a0}x",
            "https://a.example/\u{85}",
            "http:/a.example",
            "ftp://a.example",
            "http",
        ] {
            assert!(!is_safe_href(unsafe_href), "{unsafe_href:?}");
        }
    }

    #[test]
    fn http_links_become_links_and_other_schemes_become_plain_text() {
        let m = Markup::new(
            "[docs](https://aws.amazon.com/lambda/) [bad](javascript:alert) [x](data:text/html,hi)"
                .into(),
        );
        assert_eq!(
            m.inlines(),
            vec![
                Inline::Link {
                    label: vec![text("docs")],
                    href: "https://aws.amazon.com/lambda/".into()
                },
                text(" "),
                text("bad"),
                text(" "),
                text("x"),
            ]
        );
    }

    #[test]
    fn raw_html_stays_literal_text() {
        let m = Markup::new("<script>alert(1)</script> <img src=x onerror=alert(1)>".into());
        assert_eq!(
            m.inlines(),
            vec![text(
                "<script>alert(1)</script> <img src=x onerror=alert(1)>"
            )]
        );
    }

    #[test]
    fn backslash_escapes_markup_characters() {
        let m = Markup::new(r"\*not italic\* and 2 \\ 3".into());
        assert_eq!(m.inlines(), vec![text(r"*not italic* and 2 \ 3")]);
    }

    #[test]
    fn unmatched_markers_stay_as_text() {
        let m = Markup::new("5 * 3 and `open and **half".into());
        assert_eq!(m.inlines(), vec![text("5 * 3 and `open and **half")]);
    }

    #[test]
    fn deep_nesting_is_cut_off_instead_of_recursing_without_bound() {
        let source = "*".repeat(10_000) + "x" + &"*".repeat(10_000);
        let m = Markup::new(source);
        assert!(!m.inlines().is_empty());
    }

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

    #[test]
    fn plain_text_drops_the_markup() {
        let m = Markup::new("**Fargate** runs `containers`.\n\n- no servers".into());
        assert_eq!(m.plain_text(), "Fargate runs containers. no servers");
    }
}
