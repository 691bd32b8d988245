//! Walks the pieces of an HTML text and writes the app's markup: paragraphs, list items, code
//! blocks and table rows, with the inline content of each written by [`super::inline`].

use super::entities::decode_entities;
use super::inline::{Node, Style, escape_text, raw_text, shifted, write_inlines};
use super::tokens::{Token, attribute, tokens};
use super::{FromHtml, LineEnds};

/// Inline elements open at once beyond this many are read as text, so a hostile text of
/// thousands of nested `<b>` cannot exhaust the stack when the spans are written.
const MAX_OPEN_INLINES: usize = 16;

/// Tags that end a paragraph and start the next; headings, lists, rows and `pre` have their own
/// handling. Other tags (`span`, `font`, `sup`, unknown ones) are dropped and their text kept.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "hr",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "address",
    "center",
    "form",
    "fieldset",
];

/// One block of the markup being written.
enum Piece {
    Paragraph(String),
    /// An item of the list numbered `list`; its marker (`- ` or `3. `) is part of `text`.
    Item {
        list: usize,
        text: String,
    },
    Code(String),
}

/// An inline element that is open: its tag, what it becomes and what it holds so far.
struct OpenInline {
    tag: String,
    kind: InlineKind,
    children: Vec<Node>,
}

#[derive(Clone)]
enum InlineKind {
    Span(Style),
    /// An element that carries no style of its own, such as a `<strong>` whose style attribute
    /// says `font-weight: normal` (as text pasted from Google Docs does): its text joins the
    /// element around it.
    Plain,
    Link(String),
    /// `<sup>` (raised) or `<sub>`, which become plain text when they close.
    Shifted {
        raised: bool,
    },
}

/// A list that is open: its number among the text's lists, its kind, its items so far and
/// whether one of them is open.
struct OpenList {
    id: usize,
    ordered: bool,
    items: usize,
    item_open: bool,
}

/// The state of one conversion.
pub(super) struct Writer {
    line_ends: LineEnds,
    pieces: Vec<Piece>,
    /// The content of the paragraph being read, outside every open inline element.
    root: Vec<Node>,
    open: Vec<OpenInline>,
    lists: Vec<OpenList>,
    lists_seen: usize,
    /// The text of the `pre` being read, when one is open.
    pre: Option<String>,
    /// Cells read so far in the table row being read.
    cells: usize,
    pictures: Vec<Option<String>>,
}

impl Writer {
    pub(super) fn new(line_ends: LineEnds) -> Writer {
        Writer {
            line_ends,
            pieces: Vec::new(),
            root: Vec::new(),
            open: Vec::new(),
            lists: Vec::new(),
            lists_seen: 0,
            pre: None,
            cells: 0,
            pictures: Vec::new(),
        }
    }

    pub(super) fn convert(mut self, html: &str) -> FromHtml {
        // Whether the last text ended with a `<` that opened no tag: text after a tag dropped
        // next to it must not make it look like one (`<` `<span>` `a` is not `<a`).
        let mut after_lone_angle = false;
        for token in tokens(html) {
            match token {
                Token::Text(text) => {
                    let mut decoded = decode_entities(text);
                    if after_lone_angle && decoded.starts_with(opens_tag) {
                        decoded.insert(0, ' ');
                    }
                    after_lone_angle = text.ends_with('<');
                    self.text(&decoded);
                }
                Token::Start { name, attributes } => self.start(&name, attributes),
                Token::End { name } => self.end(&name),
            }
        }
        if let Some(code) = self.pre.take() {
            self.push_code(code);
        }
        self.flush();
        FromHtml {
            markup: self.joined(),
            pictures: self.pictures,
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(pre) = &mut self.pre {
            pre.push_str(text);
            return;
        }
        if self.line_ends == LineEnds::Kept && text.contains('\n') {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.line_break();
                }
                self.push_text(line);
            }
        } else {
            self.push_text(text);
        }
    }

    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let children = match self.open.last_mut() {
            Some(open) => &mut open.children,
            None => &mut self.root,
        };
        match children.last_mut() {
            Some(Node::Text(last)) => last.push_str(text),
            _ => children.push(Node::Text(text.to_owned())),
        }
    }

    fn start(&mut self, name: &str, attributes: &str) {
        if self.pre.is_some() {
            if name == "br" {
                self.text("\n");
            }
            return;
        }
        match name {
            "br" => self.line_break(),
            "img" => {
                let alt = attribute(attributes, "alt")
                    .map(|alt| decode_entities(alt).trim().to_owned())
                    .filter(|alt| !alt.is_empty());
                self.pictures.push(alt);
            }
            "pre" => {
                self.flush();
                self.pre = Some(String::new());
            }
            "b" | "strong" => {
                let kind = if weight_is_normal(attributes) {
                    InlineKind::Plain
                } else {
                    InlineKind::Span(Style::Strong)
                };
                self.open_inline(name, kind);
            }
            "i" | "em" | "u" | "cite" | "dfn" | "var" => {
                self.open_inline(name, InlineKind::Span(Style::Emphasis));
            }
            "code" | "kbd" | "samp" | "tt" => self.open_inline(name, InlineKind::Span(Style::Code)),
            "sup" | "sub" => self.open_inline(
                name,
                InlineKind::Shifted {
                    raised: name == "sup",
                },
            ),
            "a" => {
                let href = attribute(attributes, "href")
                    .map(|href| decode_entities(href).trim().to_owned())
                    .unwrap_or_default();
                self.open_inline(name, InlineKind::Link(href));
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.line_break();
                self.open_inline(name, InlineKind::Span(Style::Strong));
            }
            "ul" | "ol" => {
                self.flush();
                self.lists_seen += 1;
                self.lists.push(OpenList {
                    id: self.lists_seen,
                    ordered: name == "ol",
                    items: 0,
                    item_open: false,
                });
            }
            "li" => {
                self.flush();
                if self.lists.is_empty() {
                    // An item outside any list is read as an item of a list of its own.
                    self.start("ul", "");
                }
                if let Some(list) = self.lists.last_mut() {
                    list.items += 1;
                    list.item_open = true;
                }
            }
            "tr" => {
                self.flush();
                self.cells = 0;
            }
            "td" | "th" => {
                if self.cells > 0 {
                    self.push_text(" | ");
                }
                self.cells += 1;
            }
            _ if BLOCK_TAGS.contains(&name) => self.line_break(),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.pre.is_some() {
            if name == "pre"
                && let Some(code) = self.pre.take()
            {
                self.push_code(code);
            }
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_inline(name);
                self.line_break();
            }
            "li" => {
                self.flush();
                if let Some(list) = self.lists.last_mut() {
                    list.item_open = false;
                }
            }
            "ul" | "ol" => {
                self.flush();
                self.lists.pop();
            }
            "tr" => self.flush(),
            _ if BLOCK_TAGS.contains(&name) => self.line_break(),
            _ => self.close_inline(name),
        }
    }

    /// A line break or a block's edge: a new paragraph, or a space inside a list item (which
    /// the markup keeps on one line).
    fn line_break(&mut self) {
        if self.open_item().is_some() {
            self.push_text(" ");
        } else {
            self.flush();
        }
    }

    fn open_inline(&mut self, tag: &str, kind: InlineKind) {
        if self.open.len() < MAX_OPEN_INLINES {
            self.open.push(OpenInline {
                tag: tag.to_owned(),
                kind,
                children: Vec::new(),
            });
        }
    }

    /// Closes the innermost open element with this tag and any opened inside it; an end tag
    /// with no open element is dropped.
    fn close_inline(&mut self, tag: &str) {
        let Some(at) = self.open.iter().rposition(|open| open.tag == tag) else {
            return;
        };
        while self.open.len() > at {
            self.close_innermost();
        }
    }

    fn close_innermost(&mut self) {
        let Some(open) = self.open.pop() else {
            return;
        };
        let node = match open.kind {
            InlineKind::Plain => {
                match self.open.last_mut() {
                    Some(parent) => parent.children.extend(open.children),
                    None => self.root.extend(open.children),
                }
                return;
            }
            InlineKind::Span(style) => Node::Span(style, open.children),
            InlineKind::Link(href) => Node::Link {
                href,
                label: open.children,
            },
            InlineKind::Shifted { raised } => {
                let mut text = String::new();
                raw_text(&mut text, &open.children);
                if text.trim().is_empty() {
                    return;
                }
                Node::Text(shifted(&text, raised))
            }
        };
        match self.open.last_mut() {
            Some(parent) => parent.children.push(node),
            None => self.root.push(node),
        }
    }

    /// The list and the marker of the item being read, if one is open.
    fn open_item(&self) -> Option<(usize, String)> {
        let list = self.lists.last().filter(|list| list.item_open)?;
        let marker = match list.ordered {
            true => format!("{}. ", list.items),
            false => "- ".to_owned(),
        };
        Some((list.id, marker))
    }

    /// Ends the paragraph or item being read. Inline elements still open go on in the next one,
    /// so `<b>a<br>b</b>` is bold on both lines.
    fn flush(&mut self) {
        let reopen: Vec<(String, InlineKind)> = self
            .open
            .iter()
            .map(|open| (open.tag.clone(), open.kind.clone()))
            .collect();
        while !self.open.is_empty() {
            self.close_innermost();
        }
        let text = write_inlines(&std::mem::take(&mut self.root));
        let text = text.trim();
        if !text.is_empty() {
            self.pieces.push(match self.open_item() {
                Some((list, marker)) => Piece::Item {
                    list,
                    text: format!("{marker}{text}"),
                },
                None => Piece::Paragraph(not_a_list_line(text)),
            });
        }
        for (tag, kind) in reopen {
            self.open_inline(&tag, kind);
        }
    }

    fn push_code(&mut self, code: String) {
        // A browser drops the line end just after `<pre>`.
        let code = code.strip_prefix('\n').unwrap_or(&code).trim_end();
        if code.trim().is_empty() {
            return;
        }
        // A line that opens with three backticks would end the fence: a zero-width space
        // before it keeps it inside.
        let lines: Vec<String> = code
            .lines()
            .map(|line| match line.trim_start().starts_with("```") {
                true => format!("\u{200b}{line}"),
                false => line.to_owned(),
            })
            .collect();
        self.pieces.push(Piece::Code(lines.join("\n")));
    }

    /// The pieces as one markup text: items of one list on consecutive lines, everything else
    /// apart by a blank line.
    fn joined(&self) -> String {
        let mut out = String::new();
        let mut last_list = None;
        for piece in &self.pieces {
            let list = match piece {
                Piece::Item { list, .. } => Some(*list),
                _ => None,
            };
            if !out.is_empty() {
                out.push_str(if list.is_some() && list == last_list {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            match piece {
                Piece::Paragraph(text) | Piece::Item { text, .. } => out.push_str(text),
                Piece::Code(code) => {
                    out.push_str("```\n");
                    out.push_str(code);
                    out.push_str("\n```");
                }
            }
            last_list = list;
        }
        out
    }
}

/// Whether a character after `<` would make it read as a tag.
fn opens_tag(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')
}

/// A paragraph's text, escaped where it would otherwise start a list (`- `, `1. `, `2) `).
pub(super) fn not_a_list_line(text: &str) -> String {
    if text.starts_with("- ") {
        return format!("\\{text}");
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    if (1..=9).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") ")) {
        return format!("{}\\{rest}", &text[..digits]);
    }
    text.to_owned()
}

/// Plain text as markup: each line its own paragraph, every mark kept literal.
pub(super) fn plain_lines(text: &str) -> String {
    let mut paragraphs = Vec::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let mut escaped = String::new();
        escape_text(&mut escaped, line);
        paragraphs.push(not_a_list_line(&escaped));
    }
    paragraphs.join("\n\n")
}

/// Whether an element's style attribute sets its weight back to normal: browsers, and so Moodle,
/// then show a `<b>` or `<strong>` in plain type, and showing it bold would single out one choice.
fn weight_is_normal(attributes: &str) -> bool {
    let Some(style) = attribute(attributes, "style") else {
        return false;
    };
    let style = decode_entities(style).to_ascii_lowercase();
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_end_matches("!important").trim();
        property.trim() == "font-weight"
            && (matches!(value, "normal" | "lighter")
                || value.parse::<u32>().is_ok_and(|weight| weight < 600))
    })
}
