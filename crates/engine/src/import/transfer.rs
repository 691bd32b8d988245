//! An import's outcome in parts, to pass from the app's teachers' tools worker to the page: a
//! short summary (the format, warnings, problems and the bank's own fields as JSON bank text)
//! and the bank's questions as JSON text in parts of [`QUESTIONS_PER_PART`]. The page checks the
//! bank again with the JSON reader it has anyway, a part at a time between frames, so even a
//! bank of thousands of questions never holds the page up for long.
//!
//! Problems and warnings travel as the data they are, so the page writes them in the
//! candidate's language; it links none of the readers that found them.

use serde::{Deserialize, Serialize};

use super::{Format, Imported, Warning};
use crate::bank::Bank;
use crate::error::{BankError, BankErrors};
use crate::export::to_json;
use crate::raw::{RawBank, RawQuestion};
use crate::validate::{BankCheck, CheckedBank};

/// How many questions each part carries: small enough to read and check in a few milliseconds.
pub const QUESTIONS_PER_PART: usize = 250;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    format: Option<Format>,
    /// The usable bank's fields as JSON bank text without its questions, or every reason the
    /// file cannot be used.
    bank: Result<String, Vec<BankError>>,
    /// How many questions the bank has (the parts hold them).
    questions: usize,
    warnings: Vec<Warning>,
    skipped: Vec<BankError>,
    questions_in_file: usize,
}

/// An import's outcome as text: the summary and the question parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    pub summary: String,
    pub questions: Vec<String>,
}

/// Writes an import's outcome in parts.
pub fn write(imported: &Imported) -> Parts {
    let mut questions = Vec::new();
    let bank = match &imported.bank {
        Ok(bank) => Ok(split(bank, &mut questions)),
        Err(errors) => Err(errors.0.clone()),
    };
    let summary = Summary {
        format: imported.format,
        bank,
        questions: imported
            .bank
            .as_ref()
            .map_or(0, |bank| bank.questions().len()),
        warnings: imported.warnings.clone(),
        skipped: imported.skipped.clone(),
        questions_in_file: imported.questions_in_file,
    };
    Parts {
        summary: serde_json::to_string(&summary).unwrap_or_default(),
        questions,
    }
}

/// The bank's JSON text without its questions; the questions go to `parts`.
fn split(bank: &Bank, parts: &mut Vec<String>) -> String {
    let mut json: serde_json::Value = serde_json::from_str(&to_json(bank)).unwrap_or_default();
    if let Some(serde_json::Value::Array(questions)) = json
        .as_object_mut()
        .and_then(|fields| fields.remove("questions"))
    {
        parts.extend(
            questions
                .chunks(QUESTIONS_PER_PART)
                .map(|part| serde_json::to_string(part).unwrap_or_default()),
        );
    }
    json.to_string()
}

/// Reading [`Parts`] back: [`Assembly::start`] with the summary, [`Assembly::add`] with each
/// part in order, then [`Assembly::finish`].
pub struct Assembly<'a> {
    file: &'a str,
    summary: Summary,
    check: Option<BankCheck<'a>>,
    /// A problem with the parts themselves (they are written by this program, so only a bug or
    /// a mismatch between two versions gives one).
    broken: Option<String>,
}

impl<'a> Assembly<'a> {
    /// Reads the summary; `file` names the file in every problem.
    pub fn start(file: &'a str, summary: &str) -> Result<Assembly<'a>, String> {
        let summary: Summary = serde_json::from_str(summary).map_err(|e| broken(&e))?;
        let check = match &summary.bank {
            Ok(fields) => {
                let raw: RawBank = serde_json::from_str(fields).map_err(|e| broken(&e))?;
                Some(
                    BankCheck::start(file, raw, Some(summary.questions))
                        .map_err(|e| e.to_string())?,
                )
            }
            Err(_) => None,
        };
        Ok(Assembly {
            file,
            summary,
            check,
            broken: None,
        })
    }

    /// Reads and checks the next part of the questions.
    pub fn add(&mut self, part: &str) {
        let Some(check) = &mut self.check else {
            return;
        };
        match serde_json::from_str::<Vec<RawQuestion>>(part) {
            Ok(questions) => check.add(questions, &[]),
            Err(e) => self.broken = Some(broken(&e)),
        }
    }

    /// The import, as the worker saw it.
    pub fn finish(self) -> Result<Imported, String> {
        if let Some(problem) = self.broken {
            return Err(problem);
        }
        let bank = match (self.summary.bank, self.check) {
            (Ok(_), Some(check)) if check.added() != self.summary.questions => {
                return Err(format!(
                    "{}: {} of the bank's {} questions arrived",
                    self.file,
                    check.added(),
                    self.summary.questions
                ));
            }
            (Ok(_), Some(check)) => check.finish().and_then(CheckedBank::strict),
            (Err(errors), _) => Err(BankErrors(errors)),
            (Ok(_), None) => return Err(format!("{}: the bank did not arrive", self.file)),
        };
        Ok(Imported {
            format: self.summary.format,
            bank,
            warnings: self.summary.warnings,
            skipped: self.summary.skipped,
            questions_in_file: self.summary.questions_in_file,
        })
    }
}

fn broken(e: &serde_json::Error) -> String {
    format!("the import's outcome could not be read ({e})")
}

/// Reads [`Parts`] back all at once.
pub fn read(file: &str, parts: &Parts) -> Result<Imported, String> {
    let mut assembly = Assembly::start(file, &parts.summary)?;
    for part in &parts.questions {
        assembly.add(part);
    }
    assembly.finish()
}
