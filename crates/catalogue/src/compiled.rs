//! The compiled form of a language's catalogue: what the page fetches, as JSON, and formats.
//! Terms and message references are resolved when it is compiled, so a pattern holds only text,
//! variables and selections.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One language's messages, by their Fluent ids.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    /// The language's BCP 47 tag, as the file is named.
    pub language: String,
    pub messages: BTreeMap<String, Pattern>,
}

/// A message's value: its parts in order.
pub type Pattern = Vec<Part>;

/// A piece of a message. In JSON a text is a bare string, so a catalogue reads almost as its
/// translations do. Read by hand (`de.rs`) rather than as serde's untagged enum, which would
/// buffer every value first and cost the page's download several kilobytes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Part {
    Text(String),
    /// A variable's value, numbers written in the language's own way.
    Var {
        var: String,
    },
    /// A choice on a variable: a number matches a case of that exact number, else one of its
    /// plural category; a text matches a case of that name; anything else takes `other`.
    Select {
        select: String,
        cases: Vec<Case>,
        other: Pattern,
    },
}

/// One case of a selection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub key: Key,
    pub value: Pattern,
}

/// What a case matches: an exact number (`[0]`) or a name (`[one]`, `[exam]`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Key {
    Number(f64),
    Name(String),
}
