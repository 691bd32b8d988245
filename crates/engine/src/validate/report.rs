//! Collects the problems one file check finds, naming each field the way problems name it.

use crate::bank::Id;
use crate::error::{BankError, Location, Outcome};
use crate::field_path::FieldPath;
use crate::problem::{FormatObject, ProblemKind};

/// Collects problems for one file, so every check can report and carry on.
pub(super) struct Report<'a> {
    pub(super) file: &'a str,
    pub(super) errors: Vec<BankError>,
    /// What every problem of this report does to the file.
    outcome: Outcome,
}

/// A field's path, built only when there is a problem to report (most fields have none, and a
/// bank may have thousands of them).
pub(super) trait FieldName {
    fn path(&self) -> FieldPath;
}

impl FieldName for &str {
    fn path(&self) -> FieldPath {
        FieldPath::key(*self)
    }
}

/// A field of one item in a list, such as `choices[2].text`.
pub(super) struct ItemField {
    pub(super) list: &'static str,
    pub(super) index: usize,
    pub(super) field: &'static str,
}

impl FieldName for ItemField {
    fn path(&self) -> FieldPath {
        FieldPath::key(self.list).at(self.index).then(self.field)
    }
}

impl<'a> Report<'a> {
    /// An empty report for `file` whose problems all have `outcome`.
    pub(super) fn new(file: &'a str, outcome: Outcome) -> Report<'a> {
        Report {
            file,
            errors: Vec::new(),
            outcome,
        }
    }

    pub(super) fn push(
        &mut self,
        location: &Location,
        field: impl Into<FieldPath>,
        kind: ProblemKind,
    ) {
        self.errors.push(BankError {
            file: self.file.to_owned(),
            location: location.clone(),
            field: field.into(),
            line: None,
            kind,
            outcome: self.outcome,
        });
    }

    pub(super) fn missing(&mut self, location: &Location, field: impl FieldName) {
        self.push(location, field.path(), ProblemKind::Missing);
    }

    /// Checks a required text field: present and not blank.
    pub(super) fn text(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<String> {
        match value {
            None => {
                self.missing(location, field);
                None
            }
            Some(text) if text.trim().is_empty() => {
                self.push(location, field.path(), ProblemKind::Empty);
                None
            }
            Some(text) => Some(text),
        }
    }

    /// Checks an optional text field: absent is fine, blank is not.
    pub(super) fn optional_text(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<Option<String>> {
        match value {
            None => Some(None),
            Some(text) if text.trim().is_empty() => {
                self.push(location, field.path(), ProblemKind::EmptyOptional);
                None
            }
            Some(text) => Some(Some(text)),
        }
    }

    pub(super) fn id(
        &mut self,
        location: &Location,
        field: impl FieldName,
        value: Option<String>,
    ) -> Option<Id> {
        let Some(text) = value else {
            self.missing(location, field);
            return None;
        };
        match Id::parse_owned(text) {
            Ok(id) => Some(id),
            Err((problem, text)) => {
                self.push(location, field.path(), ProblemKind::BadId { text, problem });
                None
            }
        }
    }

    /// Unknown keys of one item of a list, named like `choices[2].colour`.
    pub(super) fn unknown_in_item(
        &mut self,
        location: &Location,
        list: &str,
        index: usize,
        unknown: &[String],
        object: FormatObject,
    ) {
        if !unknown.is_empty() {
            self.unknown(location, &FieldPath::key(list).at(index), unknown, object);
        }
    }

    /// Unknown keys of the object at `parent` (the bank or the question itself when it is
    /// [`FieldPath::none`]).
    pub(super) fn unknown(
        &mut self,
        location: &Location,
        parent: &FieldPath,
        unknown: &[String],
        object: FormatObject,
    ) {
        for key in unknown {
            let field = parent.clone().then(key.as_str());
            self.push(location, field, ProblemKind::UnknownField { object });
        }
    }
}
