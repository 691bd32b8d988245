//! The inline content of one paragraph read from HTML, and how it is written in the app's markup:
//! bold, italics, code and links where the markup can hold them exactly, plain text otherwise.

use crate::markup::is_safe_href;

/// A styled span of HTML, as the markup can show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    Strong,
    Emphasis,
    Code,
}

/// A piece of a paragraph's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Node {
    /// Decoded text, its whitespace not yet collapsed.
    Text(String),
    Span(Style, Vec<Node>),
    Link {
        href: String,
        label: Vec<Node>,
    },
}

/// The characters the markup reads as marks, written with a backslash to stay literal.
const MARKS: [char; 5] = ['\\', '*', '`', '[', ']'];

/// Plain text in the markup: its marks escaped, so it shows exactly as it reads.
pub(crate) fn escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        if MARKS.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Writes a paragraph's content as one line of markup, whitespace collapsed as a browser
/// collapses it. A span the markup cannot hold exactly (one inside another, or holding a `*`)
/// is written as its text.
pub(super) fn write_inlines(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_nodes(&mut out, nodes, false);
    collapse_spaces(&out)
}

fn write_nodes(out: &mut String, nodes: &[Node], inside_span: bool) {
    for node in nodes {
        match node {
            Node::Text(text) => escape_text(out, &spaced(text)),
            Node::Span(_, children) if inside_span => write_nodes(out, children, true),
            Node::Span(Style::Code, children) => {
                let mut code = String::new();
                raw_text(&mut code, children);
                let code = spaced(&code);
                if code.trim().is_empty() || code.contains('`') {
                    escape_text(out, &code);
                } else {
                    wrap(out, &code, "`");
                }
            }
            Node::Span(style, children) => {
                let mut inner = String::new();
                write_nodes(&mut inner, children, true);
                let marker = if *style == Style::Strong { "**" } else { "*" };
                // A `*` inside would close the span early: the text is kept, unstyled.
                if inner.trim().is_empty() || inner.contains('*') {
                    out.push_str(&inner);
                } else {
                    wrap(out, &inner, marker);
                }
            }
            Node::Link { href, label } => {
                let mut text = String::new();
                raw_text(&mut text, label);
                let mut written = String::new();
                escape_text(&mut written, spaced(&text).trim());
                // The markup's link ends at the first `)` and its label may hold no brackets.
                let linkable = is_safe_href(href)
                    && !href.contains(['(', ')', '*'])
                    && !written.is_empty()
                    && !written.contains(['[', ']']);
                if linkable {
                    out.push_str(&format!("[{written}]({href})"));
                } else {
                    escape_text(out, &spaced(&text));
                }
            }
        }
    }
}

/// Writes `inner` between two `marker`s, its outer blanks moved outside them, since the markup
/// opens and closes a span only next to text.
fn wrap(out: &mut String, inner: &str, marker: &str) {
    let trimmed = inner.trim();
    if inner.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(marker);
    out.push_str(trimmed);
    out.push_str(marker);
    if inner.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

/// The text of some nodes, without any style.
pub(super) fn raw_text(out: &mut String, nodes: &[Node]) {
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Span(_, children)
            | Node::Link {
                label: children, ..
            } => raw_text(out, children),
        }
    }
}

/// Characters and their superscript and subscript forms, for the digits and signs Unicode has.
const RAISED: [(char, char, char); 15] = [
    ('0', '⁰', '₀'),
    ('1', '¹', '₁'),
    ('2', '²', '₂'),
    ('3', '³', '₃'),
    ('4', '⁴', '₄'),
    ('5', '⁵', '₅'),
    ('6', '⁶', '₆'),
    ('7', '⁷', '₇'),
    ('8', '⁸', '₈'),
    ('9', '⁹', '₉'),
    ('+', '⁺', '₊'),
    ('-', '⁻', '₋'),
    ('−', '⁻', '₋'),
    ('=', '⁼', '₌'),
    ('(', '⁽', '₍'),
];

/// A `<sup>` (`raised`) or `<sub>` text as plain text: `3<sup>2</sup>` must not read `32`, so
/// digits and signs take their Unicode forms (`3²`, `H₂O`) and anything else is written
/// `^(…)` or `_(…)`.
pub(super) fn shifted(text: &str, raised: bool) -> String {
    let text = text.trim();
    let form = |c: char| {
        RAISED
            .iter()
            .chain(&[(')', '⁾', '₎')])
            .find(|(plain, _, _)| *plain == c)
            .map(|&(_, up, down)| if raised { up } else { down })
    };
    match text.chars().map(form).collect::<Option<String>>() {
        Some(shifted) => shifted,
        None if raised => format!("^({text})"),
        None => format!("_({text})"),
    }
}

/// Text with each run of HTML whitespace (spaces, tabs, line ends) made one space; a no-break
/// space stays.
fn spaced(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
        .collect()
}

/// One space wherever several follow each other.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Node {
        Node::Text(s.to_owned())
    }

    #[test]
    fn spans_are_written_with_their_blanks_outside_the_marks() {
        let nodes = [
            text("A "),
            Node::Span(Style::Strong, vec![text(" bold ")]),
            text("and"),
            Node::Span(Style::Emphasis, vec![text("it")]),
            text(" "),
            Node::Span(Style::Code, vec![text("x<y")]),
        ];
        assert_eq!(write_inlines(&nodes), "A **bold** and*it* `x<y`");
    }

    #[test]
    fn a_span_inside_a_span_or_holding_a_star_is_written_as_text() {
        let nodes = [
            Node::Span(
                Style::Emphasis,
                vec![text("a "), Node::Span(Style::Strong, vec![text("b")])],
            ),
            text(" "),
            Node::Span(Style::Strong, vec![text("5*3")]),
        ];
        assert_eq!(write_inlines(&nodes), "*a b* 5\\*3");
    }

    #[test]
    fn only_web_links_become_links() {
        let link = |href: &str| Node::Link {
            href: href.to_owned(),
            label: vec![text("docs")],
        };
        assert_eq!(
            write_inlines(&[
                link("https://a.example/x"),
                text(" "),
                link("javascript:x()")
            ]),
            "[docs](https://a.example/x) docs"
        );
    }
}
