//! Problems found in a bank file, each naming the file, where in it, the field, what is wrong
//! and what it did; [`crate::problem_text`] writes them in words.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::field_path::FieldPath;
use super::problem::ProblemKind;
use super::problem_text::Sentence;

/// Where in a bank file a problem sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Location {
    /// The file could not be read as JSON at all; serde's line and column (1-based).
    Syntax { line: usize, column: usize },
    /// A bank-level field such as the title or the pass mark.
    Bank,
    /// A question, by 1-based position and, when it has one, its id.
    Question { number: usize, id: Option<String> },
}

/// What a problem did to the file, which its message ends by saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The problem stops the file from being used (with the file's other problems).
    Refused,
    /// The problem left its question out of the bank; the rest of the file is usable.
    QuestionSkipped,
    /// The problem left a piece of text outside any question out; nothing else is.
    TextSkipped,
    /// Not a problem but a note worth the teacher's attention: nothing is left out.
    Noted,
}

/// One problem in one bank file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankError {
    /// The file name as the teacher knows it, e.g. `aws-other-compute.json`.
    pub file: String,
    pub location: Location,
    /// The field at fault, as a path inside its object: `answer`, `choices[2].text`, `pass_mark_percent`.
    pub field: FieldPath,
    /// The 1-based line of the file the problem is on, when it is known (see [`crate::source_lines`]).
    pub line: Option<usize>,
    /// What is wrong; its message (see [`BankError::message`]) mostly starts with the field.
    pub kind: ProblemKind,
    /// What the problem did: refused the file, or left a question or some text out.
    pub outcome: Outcome,
}

impl BankError {
    /// What is wrong, in words.
    pub fn message(&self) -> String {
        self.sentence().to_string()
    }

    /// What is wrong, to be written in words without allocating.
    pub fn sentence(&self) -> Sentence<'_> {
        Sentence {
            kind: &self.kind,
            field: &self.field,
        }
    }
}

/// Every problem found in one file, in file order. Never empty.
#[derive(Debug, Clone, PartialEq)]
pub struct BankErrors(pub Vec<BankError>);

impl fmt::Display for BankErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BankErrors {}
