//! The Rust the build script writes from English's catalogue: the `Msg` type, one variant per
//! message with a field per variable, so a message's id and its arguments are checked by the
//! compiler; English itself, built in; and the list of languages for the menu.

use std::fmt::Write;

use super::read::Read;
use crate::compiled::{Part, Pattern};

/// The variant a message id becomes: `exam-start` → `ExamStart`.
pub fn variant_name(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The field a variable becomes: `$bank-title` → `bank_title`.
fn field_name(variable: &str) -> String {
    let name = variable.replace('-', "_");
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
        "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
        "while", "async", "await", "dyn", "gen",
    ];
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The module's source: `Msg`, `ENGLISH` (the compiled English catalogue, as JSON) and
/// `LANGUAGES` (each shipped language's tag and name in itself, English first).
pub fn rust_source(english: &Read, languages: &[(String, String)]) -> String {
    let mut out = String::new();
    out.push_str(
        "/// A message of the interface: one variant per message of `src/locales/en.ftl`,\n",
    );
    out.push_str("/// with a field per variable. Written by the build script; do not edit.\n");
    out.push_str("#[derive(Clone, Debug, PartialEq)]\npub enum Msg {\n");
    for facts in &english.order {
        let english_text = english
            .catalogue
            .messages
            .get(&facts.id)
            .map(shown)
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    /// `{}`: {}",
            facts.id,
            english_text.replace('\n', " ")
        );
        let variant = variant_name(&facts.id);
        if facts.variables.is_empty() {
            let _ = writeln!(out, "    {variant},");
        } else {
            let fields: Vec<String> = facts
                .variables
                .iter()
                .map(|variable| format!("{}: Arg", field_name(variable)))
                .collect();
            let _ = writeln!(out, "    {variant} {{ {} }},", fields.join(", "));
        }
    }
    out.push_str("}\n\nimpl Msg {\n");
    let _ = writeln!(
        out,
        "    /// Every message's Fluent id, in the order of `index`.\n    pub const IDS: [&'static str; {}] = [{}];",
        english.order.len(),
        english
            .order
            .iter()
            .map(|facts| format!("{:?}", facts.id))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    /// Where the message sits in `IDS`.\n    pub fn index(&self) -> usize {\n        match self {\n");
    for (index, facts) in english.order.iter().enumerate() {
        let variant = variant_name(&facts.id);
        let pattern = if facts.variables.is_empty() {
            variant
        } else {
            format!("{variant} {{ .. }}")
        };
        let _ = writeln!(out, "            Msg::{pattern} => {index},");
    }
    out.push_str("        }\n    }\n\n    /// The message's arguments, by their Fluent names.\n    pub fn args(&self) -> Vec<(&'static str, &Arg)> {\n        match self {\n");
    for facts in english
        .order
        .iter()
        .filter(|facts| !facts.variables.is_empty())
    {
        let fields: Vec<String> = facts.variables.iter().map(|v| field_name(v)).collect();
        let pairs: Vec<String> = facts
            .variables
            .iter()
            .map(|variable| format!("({variable:?}, {})", field_name(variable)))
            .collect();
        let _ = writeln!(
            out,
            "            Msg::{} {{ {} }} => vec![{}],",
            variant_name(&facts.id),
            fields.join(", "),
            pairs.join(", ")
        );
    }
    out.push_str("            _ => Vec::new(),\n        }\n    }\n}\n\n");
    let json = serde_json::to_string(&english.catalogue).unwrap_or_default();
    let _ = writeln!(
        out,
        "/// English's compiled catalogue, built in.\npub const ENGLISH: &str = {json:?};\n"
    );
    let _ = writeln!(
        out,
        "/// Every shipped language: its tag and its name in itself, English first.\npub const LANGUAGES: &[(&str, &str)] = &[{}];",
        languages
            .iter()
            .map(|(tag, name)| format!("({tag:?}, {name:?})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out
}

/// A pattern as a doc comment shows it: its text, `{$variable}` and the default case.
fn shown(pattern: &Pattern) -> String {
    pattern
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Var { var } => format!("{{${var}}}"),
            Part::Select { other, .. } => shown(other),
        })
        .collect()
}
