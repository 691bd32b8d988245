//! Where each bank field and question sits in its file, so every problem can say `file:line`.
//!
//! The validator works on parsed values, which no longer know their lines. Each reader therefore
//! also records a [`SourceLines`] map: the text importers as they go, and the JSON reader with
//! [`SourceLines::of_json`], a single pass over the bytes that tracks only strings and nesting.

use std::collections::HashMap;

use super::error::{BankError, Location};
use super::field_path::FieldPath;

/// The lines of one question: where it starts and where its fields start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionLines {
    pub start: usize,
    /// Field paths such as `answer`, `choices` or `choices[2]`, each with its 1-based line.
    pub fields: HashMap<FieldPath, usize>,
}

/// Lines of the bank-level fields and of every question, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceLines {
    pub bank_fields: HashMap<FieldPath, usize>,
    pub questions: Vec<QuestionLines>,
}

impl SourceLines {
    /// The line a problem points at: the field's own line when known, else its question's start.
    pub fn line_of(&self, location: &Location, field: &FieldPath) -> Option<usize> {
        match location {
            Location::Syntax { line, .. } => Some(*line),
            Location::Bank => lookup(&self.bank_fields, field),
            Location::Question { number, .. } => {
                let question = self.questions.get(number.checked_sub(1)?)?;
                lookup(&question.fields, field).or(Some(question.start))
            }
        }
    }

    /// Fills in the line of every error that does not have one yet.
    pub fn locate(&self, errors: &mut [BankError]) {
        for error in errors {
            if error.line.is_none() {
                error.line = self.line_of(&error.location, &error.field);
            }
        }
    }

    /// Finds the bank's top-level keys and the start and keys of each `questions` element.
    ///
    /// The bytes need not be valid JSON: this never fails, it only finds less.
    pub fn of_json(bytes: &[u8]) -> SourceLines {
        let mut lines = SourceLines::default();
        let mut line = 1;
        let mut depth = 0usize;
        let mut in_questions = false;
        // The key most recently read at the current depth, to know which array we are in.
        let mut last_key_at_depth_1: Option<String> = None;
        let mut last_key_at_depth_3: Option<String> = None;
        let mut expecting_element = false;
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            match byte {
                b'\n' => line += 1,
                b'"' => {
                    let start_line = line;
                    let (text, end, newlines) = read_string(bytes, i + 1);
                    line += newlines;
                    i = end;
                    if expecting_element && in_questions && depth == 2 {
                        // A string where a question object should be; record it anyway.
                        lines.questions.push(QuestionLines {
                            start: start_line,
                            fields: HashMap::new(),
                        });
                        expecting_element = false;
                    }
                    if is_key(bytes, i) {
                        if depth == 1 {
                            lines
                                .bank_fields
                                .entry(FieldPath::key(text.as_str()))
                                .or_insert(start_line);
                            last_key_at_depth_1 = Some(text);
                        } else if depth == 3 && in_questions {
                            if let Some(question) = lines.questions.last_mut() {
                                question
                                    .fields
                                    .entry(FieldPath::key(text.as_str()))
                                    .or_insert(start_line);
                            }
                            last_key_at_depth_3 = Some(text);
                        }
                    }
                    continue;
                }
                b'{' | b'[' => {
                    if depth == 1 && byte == b'[' {
                        in_questions = last_key_at_depth_1.as_deref() == Some("questions");
                        expecting_element = in_questions;
                    } else if depth == 2 && in_questions && expecting_element {
                        lines.questions.push(QuestionLines {
                            start: line,
                            fields: HashMap::new(),
                        });
                        expecting_element = false;
                    } else if depth == 3
                        && in_questions
                        && byte == b'['
                        && let (Some(question), Some(name)) =
                            (lines.questions.last_mut(), &last_key_at_depth_3)
                    {
                        record_array_elements(bytes, i, line, name, question);
                    }
                    depth += 1;
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 1 {
                        in_questions = false;
                    }
                }
                b',' if depth == 2 && in_questions => expecting_element = true,
                _ => {}
            }
            i += 1;
        }
        lines
    }
}

/// Reads a JSON string body starting after its opening quote: (text, index after the closing
/// quote, newlines inside). Escapes are kept as written; keys never need them.
fn read_string(bytes: &[u8], mut i: usize) -> (String, usize, usize) {
    let start = i;
    let mut newlines = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'"' => break,
            b'\n' => newlines += 1,
            _ => {}
        }
        i += 1;
    }
    let end = i.min(bytes.len());
    let text = String::from_utf8_lossy(&bytes[start..end]).into_owned();
    (text, (i + 1).min(bytes.len()), newlines)
}

/// Whether the string that ended just before `i` is an object key (a colon follows it).
fn is_key(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    bytes.get(i) == Some(&b':')
}

/// Records the line of each element of the array opening at `open` (a question's `choices`,
/// say) under `name[index]`, where `name` is the key the array belongs to.
fn record_array_elements(
    bytes: &[u8],
    open: usize,
    mut line: usize,
    name: &str,
    question: &mut QuestionLines,
) {
    let mut depth = 0usize;
    let mut index = 0usize;
    let mut expecting = true;
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'"' => {
                if expecting && depth == 0 {
                    question.fields.insert(item(name, index), line);
                    expecting = false;
                }
                let (text, end, newlines) = read_string(bytes, i + 1);
                if depth == 1 && is_key(bytes, end) {
                    question.fields.insert(item(name, index).then(text), line);
                }
                line += newlines;
                i = end;
                continue;
            }
            b'{' | b'[' => {
                if expecting && depth == 0 {
                    question.fields.insert(item(name, index), line);
                    expecting = false;
                }
                depth += 1;
            }
            b'}' | b']' => {
                if depth == 0 {
                    return;
                }
                depth -= 1;
            }
            b',' if depth == 0 => {
                index += 1;
                expecting = true;
            }
            _ => {}
        }
        i += 1;
    }
}

/// The path of one element of a question's list: `choices` and 2 give `choices[2]`.
fn item(list: &str, index: usize) -> FieldPath {
    FieldPath::key(list).at(index)
}

/// Finds the most specific recorded path for a field: `choices[2].text`, then `choices[2]`,
/// then `choices`.
fn lookup(fields: &HashMap<FieldPath, usize>, field: &FieldPath) -> Option<usize> {
    let mut path = field.clone();
    loop {
        if let Some(line) = fields.get(&path) {
            return Some(*line);
        }
        path = path.parent()?;
    }
}
