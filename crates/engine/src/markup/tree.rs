//! The parsed shape of markup: blocks of inline runs, with nothing in them that could be HTML.

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
