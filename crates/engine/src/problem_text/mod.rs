//! The English for every problem and warning in a bank file, and the `file:line:` form they are
//! shown in: the one place a translation would replace.
//!
//! The problems and warnings themselves are data ([`crate::problem`], [`crate::error`]); each
//! part of this module writes one family of them.

mod bank_problems;
mod reader_problems;
mod warnings;

use std::fmt;

pub use bank_problems::{Sentence, known_fields};
pub use warnings::Shortened;

use crate::error::{BankError, Location, Outcome};
use crate::import::Warning;

impl fmt::Display for Outcome {
    /// The words that end the message of a problem with this outcome.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Refused | Outcome::Noted => "",
            Outcome::QuestionSkipped => "; the question is skipped",
            Outcome::TextSkipped => "; this text is skipped",
        })
    }
}

impl fmt::Display for BankError {
    /// Writes `file:line: where: message`, the form editors and terminals turn into links.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = format!("{}{}", self.sentence(), self.outcome);
        if let (Some(line), false) = (self.line, matches!(self.location, Location::Syntax { .. })) {
            write!(f, "{}:{line}", self.file)?;
            return match &self.location {
                Location::Question {
                    number,
                    id: Some(id),
                } => write!(f, ": question \"{id}\" (#{number}): {message}"),
                Location::Question { number, id: None } => {
                    write!(f, ": question #{number}: {message}")
                }
                _ => write!(f, ": {message}"),
            };
        }
        match &self.location {
            Location::Syntax { line, column } => {
                write!(f, "{}:{line}:{column}: {message}", self.file)
            }
            Location::Bank => write!(f, "{}: {message}", self.file),
            Location::Question {
                number,
                id: Some(id),
            } => write!(f, "{}: question \"{id}\" (#{number}): {message}", self.file),
            Location::Question { number, id: None } => {
                write!(f, "{}: question #{number}: {message}", self.file)
            }
        }
    }
}

impl fmt::Display for Warning {
    /// Writes `file:line: warning: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: warning: {}", self.file, self.kind),
            None => write!(f, "{}: warning: {}", self.file, self.kind),
        }
    }
}
