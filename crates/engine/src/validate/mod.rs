//! Turns a bank file's bytes into a checked [`Bank`], reporting every problem at once.

mod bank_rules;
mod question_rules;
mod report;

pub use bank_rules::BankCheck;

use super::bank::Bank;
use super::error::{BankError, BankErrors, Location, Outcome};
use super::field_path::FieldPath;
use super::problem::ProblemKind;
use super::raw::RawBank;

/// The most questions a bank may hold: far above any real exam bank, low enough that a
/// runaway file is refused with a reason instead of filling the page's memory.
pub const MAX_QUESTIONS: usize = 50_000;
/// The most choices a question may offer: one per letter A–Z.
pub const MAX_CHOICES: usize = 26;

/// Reads and checks one bank file strictly: any problem, even in one question, refuses it.
/// `file` names it in every error message.
///
/// This reads the JSON format only, and serves files the app wrote itself (kept banks), where a
/// problem means damage. [`crate::import::import`] reads every format, keeps the usable
/// questions of a file with bad ones, and adds line numbers to each problem.
pub fn parse_bank(file: &str, bytes: &[u8]) -> Result<Bank, BankErrors> {
    let raw: RawBank =
        serde_json::from_slice(bytes).map_err(|e| BankErrors(vec![json_syntax_error(file, &e)]))?;
    validate_bank(file, raw).and_then(CheckedBank::strict)
}

/// A bank that passed the checks, with the questions it had to leave out and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedBank {
    pub bank: Bank,
    /// The problems of every question left out, in question order; each has the outcome
    /// [`Outcome::QuestionSkipped`], so its message ends by saying the question was skipped.
    pub skipped: Vec<BankError>,
    /// How many questions the file holds, usable or not.
    pub questions_in_file: usize,
    /// The 0-based position in the file of each question of the bank, in bank order, so a
    /// message about a bank question can point at its lines when earlier ones were skipped.
    pub file_positions: Vec<usize>,
    /// Things worth the teacher's attention that do not stop a question: a default question
    /// count lowered for skipped questions, or a question whose every choice is right. Each is
    /// located like a problem (its `line` is filled in by the importer).
    pub notes: Vec<BankError>,
}

impl CheckedBank {
    /// The bank only when nothing was skipped; otherwise every skipped problem as an error.
    pub fn strict(self) -> Result<Bank, BankErrors> {
        if self.skipped.is_empty() {
            return Ok(self.bank);
        }
        let mut errors = self.skipped;
        not_skipped(&mut errors);
        Err(BankErrors(errors))
    }
}

/// Marks the problems that would have skipped a question as refusing the file instead: in a
/// file refused as a whole no question is skipped, the file is.
pub fn not_skipped(errors: &mut [BankError]) {
    for error in errors {
        if error.outcome == Outcome::QuestionSkipped {
            error.outcome = Outcome::Refused;
        }
    }
}

/// A JSON syntax or type error as a bank problem at serde's line and column.
pub fn json_syntax_error(file: &str, e: &serde_json::Error) -> BankError {
    BankError {
        file: file.to_owned(),
        location: Location::Syntax {
            line: e.line(),
            column: e.column(),
        },
        field: FieldPath::none(),
        line: Some(e.line()),
        kind: ProblemKind::JsonSyntax {
            description: strip_position(&e.to_string()),
        },
        outcome: Outcome::Refused,
    }
}

/// serde_json appends " at line L column C" to its messages; the location already says it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// Checks an already parsed raw bank. A problem confined to one question leaves that question
/// out (it is listed in [`CheckedBank::skipped`]); a problem with the bank's own fields, or no
/// usable question at all, refuses the bank.
pub fn validate_bank(file: &str, raw: RawBank) -> Result<CheckedBank, BankErrors> {
    check_bank(file, raw, &[])
}

/// [`validate_bank`] for a file whose reader already found problems in some questions:
/// `rejected` holds their 0-based positions (sorted), which are left out unchecked but keep
/// their numbers, so every other question is named as the file numbers it.
pub fn check_bank(
    file: &str,
    mut raw: RawBank,
    rejected: &[usize],
) -> Result<CheckedBank, BankErrors> {
    let raw_questions = raw.questions.take();
    let mut check = BankCheck::start(file, raw, raw_questions.as_ref().map(Vec::len))?;
    check.add(raw_questions.unwrap_or_default(), rejected);
    check.finish()
}
