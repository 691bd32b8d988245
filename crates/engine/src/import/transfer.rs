//! An import's outcome as text, to pass from the app's teachers' tools worker to the page: the
//! bank travels as JSON bank text and is read back there by the JSON reader the page has anyway.

use serde::{Deserialize, Serialize};

use super::{Format, Imported, Warning};
use crate::error::{BankError, BankErrors};
use crate::export::to_json;
use crate::validate::parse_bank;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportedText {
    format: Option<Format>,
    /// The usable bank as JSON bank text, or every reason the file cannot be used.
    bank: Result<String, Vec<BankError>>,
    warnings: Vec<Warning>,
    skipped: Vec<BankError>,
    questions_in_file: usize,
}

/// Writes an import's outcome as text.
pub fn write(imported: &Imported) -> String {
    let text = ImportedText {
        format: imported.format,
        bank: match &imported.bank {
            Ok(bank) => Ok(to_json(bank)),
            Err(errors) => Err(errors.0.clone()),
        },
        warnings: imported.warnings.clone(),
        skipped: imported.skipped.clone(),
        questions_in_file: imported.questions_in_file,
    };
    serde_json::to_string(&text).unwrap_or_default()
}

/// Reads back what [`write`] wrote; `file` names the file in a problem with the bank text.
pub fn read(file: &str, text: &str) -> Result<Imported, String> {
    let text: ImportedText = serde_json::from_str(text)
        .map_err(|e| format!("the import's outcome could not be read ({e})"))?;
    Ok(Imported {
        format: text.format,
        bank: match text.bank {
            Ok(bank) => parse_bank(file, bank.as_bytes()),
            Err(errors) => Err(BankErrors(errors)),
        },
        warnings: text.warnings,
        skipped: text.skipped,
        questions_in_file: text.questions_in_file,
    })
}
