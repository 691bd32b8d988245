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

mod blocks;
mod href;
mod inlines;
mod searched;
mod tree;

pub use href::is_safe_href;
pub use tree::{Block, Inline};

use blocks::parse_blocks;
use inlines::parse_inlines;

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

    #[test]
    fn plain_text_drops_the_markup() {
        let m = Markup::new("**Fargate** runs `containers`.\n\n- no servers".into());
        assert_eq!(m.plain_text(), "Fargate runs containers. no servers");
    }
}
