//! Reading one Fluent file into its compiled catalogue and the facts the checks compare: each
//! message's line, comment, variables and plural selections. Terms and message references are
//! resolved here, so the compiled form holds only text, variables and selections.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::problem::{Problem, ProblemKind};
use crate::compiled::{Case, Catalogue, Key, Part, Pattern};
use crate::format::PluralCategory;

/// A file read: its catalogue, what the checks need of each message, and its problems.
#[derive(Debug, Default)]
pub struct Read {
    pub catalogue: Catalogue,
    /// Each message's id, in the file's order, with its line and its comment.
    pub order: Vec<MessageFacts>,
    pub problems: Vec<Problem>,
}

/// What the checks and the generated code need of one message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MessageFacts {
    pub id: String,
    pub line: usize,
    pub comment: String,
    /// Every variable the message uses, in text or as a selector.
    pub variables: BTreeSet<String>,
    /// Its plural selections: the names of their cases (the default's included).
    pub plural_cases: Vec<Vec<String>>,
}

impl Read {
    /// The facts of the message `id`.
    pub fn facts(&self, id: &str) -> Option<&MessageFacts> {
        self.order.iter().find(|facts| facts.id == id)
    }
}

/// Reads `source`, the file `file` of the language `language`.
pub fn read(source: &str, file: &str, language: &str) -> Read {
    let mut read = Read {
        catalogue: Catalogue {
            language: language.to_owned(),
            messages: BTreeMap::new(),
        },
        ..Read::default()
    };
    let problem = |line: usize, message: Option<&str>, kind: ProblemKind| Problem {
        file: file.to_owned(),
        line,
        message: message.map(str::to_owned),
        kind,
    };
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            // Fluent sets aside the entry it cannot read as junk: the problem is named by where
            // that entry starts and the id it begins with, rather than where the parser stopped.
            let junk: Vec<(usize, usize, &str)> = resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    ast::Entry::Junk { content } => {
                        let start = offset_in(source, content);
                        let id = content.split(['=', ' ', '\n']).next().unwrap_or_default();
                        Some((start, start + content.len(), id))
                    }
                    _ => None,
                })
                .collect();
            for error in errors {
                let found = junk
                    .iter()
                    .find(|(start, end, _)| (*start..=*end).contains(&error.pos.start));
                let (line, id) = match found {
                    Some((start, _, id)) => (
                        line_of(source, *start),
                        Some(*id).filter(|id| !id.is_empty()),
                    ),
                    None => (line_of(source, error.pos.start), None),
                };
                read.problems.push(problem(
                    line,
                    id,
                    ProblemKind::Syntax(error.kind.to_string()),
                ));
            }
            resource
        }
    };

    let mut messages: BTreeMap<&str, &ast::Pattern<&str>> = BTreeMap::new();
    let mut terms: BTreeMap<&str, &ast::Pattern<&str>> = BTreeMap::new();
    let mut listed: Vec<(&str, usize, String)> = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes, comment, is_term) = match entry {
            ast::Entry::Message(message) => (
                message.id.name,
                message.value.as_ref(),
                &message.attributes,
                &message.comment,
                false,
            ),
            ast::Entry::Term(term) => (
                term.id.name,
                Some(&term.value),
                &term.attributes,
                &term.comment,
                true,
            ),
            _ => continue,
        };
        let line = line_of(source, offset_in(source, id));
        let shown = if is_term {
            format!("-{id}")
        } else {
            id.to_owned()
        };
        for attribute in attributes {
            read.problems.push(problem(
                line,
                Some(&shown),
                ProblemKind::Attribute(attribute.id.name.to_owned()),
            ));
        }
        let Some(value) = value else {
            continue;
        };
        let table = if is_term { &mut terms } else { &mut messages };
        if table.contains_key(id) {
            read.problems
                .push(problem(line, Some(&shown), ProblemKind::Duplicate));
            continue;
        }
        table.insert(id, value);
        if !is_term {
            let comment = comment
                .as_ref()
                .map(|comment| comment.content.join(" "))
                .unwrap_or_default();
            listed.push((id, line, comment));
        }
    }

    let sources = Sources { messages, terms };
    for (id, line, comment) in listed {
        let mut resolving = Resolving {
            facts: MessageFacts {
                id: id.to_owned(),
                line,
                comment,
                ..MessageFacts::default()
            },
            stack: vec![id.to_owned()],
            problems: Vec::new(),
        };
        let pattern = resolving.pattern(sources.messages[id], &sources);
        for kind in resolving.problems {
            read.problems.push(problem(line, Some(id), kind));
        }
        read.catalogue
            .messages
            .insert(id.to_owned(), joined(pattern));
        read.order.push(resolving.facts);
    }
    read
}

struct Sources<'s> {
    messages: BTreeMap<&'s str, &'s ast::Pattern<&'s str>>,
    terms: BTreeMap<&'s str, &'s ast::Pattern<&'s str>>,
}

/// One message being resolved: its facts so far, the references being followed (to find a
/// cycle) and what went wrong.
struct Resolving {
    facts: MessageFacts,
    stack: Vec<String>,
    problems: Vec<ProblemKind>,
}

impl Resolving {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>, sources: &Sources<'_>) -> Pattern {
        let mut parts = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    parts.push(Part::Text((*value).to_owned()))
                }
                ast::PatternElement::Placeable { expression } => {
                    parts.extend(self.expression(expression, sources));
                }
            }
        }
        parts
    }

    fn expression(&mut self, expression: &ast::Expression<&str>, sources: &Sources<'_>) -> Pattern {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, sources),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    self.problems.push(ProblemKind::Syntax(
                        "a selection must choose on a variable".to_owned(),
                    ));
                    return Vec::new();
                };
                let select = id.name.to_owned();
                self.facts.variables.insert(select.clone());
                let mut cases = Vec::new();
                let mut other = Vec::new();
                let mut names = Vec::new();
                let mut plural = true;
                for variant in variants {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => {
                            plural &= PluralCategory::from_name(name).is_some();
                            names.push((*name).to_owned());
                            Key::Name((*name).to_owned())
                        }
                        ast::VariantKey::NumberLiteral { value } => match value.parse::<f64>() {
                            Ok(number) => Key::Number(number),
                            Err(_) => {
                                self.problems.push(ProblemKind::Syntax(format!(
                                    "[{value}] is not a number"
                                )));
                                continue;
                            }
                        },
                    };
                    let value = joined(self.pattern(&variant.value, sources));
                    if variant.default {
                        other = value;
                    } else {
                        cases.push(Case { key, value });
                    }
                }
                if plural && !names.is_empty() {
                    self.facts.plural_cases.push(names);
                }
                vec![Part::Select {
                    select,
                    cases,
                    other,
                }]
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>, sources: &Sources<'_>) -> Pattern {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                vec![Part::Text(
                    fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
                )]
            }
            ast::InlineExpression::NumberLiteral { value } => vec![Part::Text((*value).to_owned())],
            ast::InlineExpression::VariableReference { id } => {
                self.facts.variables.insert(id.name.to_owned());
                vec![Part::Var {
                    var: id.name.to_owned(),
                }]
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.problems
                    .push(ProblemKind::Function(id.name.to_owned()));
                Vec::new()
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                if let Some(attribute) = attribute {
                    self.problems
                        .push(ProblemKind::Attribute(attribute.name.to_owned()));
                }
                self.reference(id.name, false, sources)
            }
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                if let Some(attribute) = attribute {
                    self.problems
                        .push(ProblemKind::Attribute(attribute.name.to_owned()));
                }
                self.reference(id.name, true, sources)
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, sources),
        }
    }

    fn reference(&mut self, id: &str, is_term: bool, sources: &Sources<'_>) -> Pattern {
        let shown = if is_term {
            format!("-{id}")
        } else {
            id.to_owned()
        };
        let table = if is_term {
            &sources.terms
        } else {
            &sources.messages
        };
        let Some(pattern) = table.get(id) else {
            self.problems.push(ProblemKind::UnknownReference(shown));
            return Vec::new();
        };
        if self.stack.contains(&shown) {
            self.problems.push(ProblemKind::CyclicReference);
            return Vec::new();
        }
        self.stack.push(shown);
        let parts = self.pattern(pattern, sources);
        self.stack.pop();
        parts
    }
}

/// The pattern with neighbouring texts made one.
fn joined(parts: Pattern) -> Pattern {
    let mut out: Pattern = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (Some(Part::Text(last)), Part::Text(text)) => last.push_str(&text),
            (_, Part::Text(text)) if text.is_empty() => {}
            (_, part) => out.push(part),
        }
    }
    out
}

/// Where `slice`, a piece of `source`, starts in it.
fn offset_in(source: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize).saturating_sub(source.as_ptr() as usize)
}

/// The 1-based line of the byte `offset`.
fn line_of(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&byte| byte == b'\n')
        .count()
        + 1
}
