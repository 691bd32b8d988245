//! The progress file: everything a candidate's browser keeps about their practice (attempt
//! history, review records, confidence, exam date), in one versioned file they can save and load
//! back, since browsers evict the data of sites not visited for a while.
//!
//! Loading checks each bank's part on its own: a damaged part is reported by bank and record,
//! and the rest still loads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::history::History;
use super::review::ReviewBook;
use super::versioned::{self, RecordError, RecordFormat};

/// The progress file format version this build reads and writes.
pub const PROGRESS_FORMAT: u32 = 1;

/// What the file says it is, so a wrong file is named as such.
const KIND: &str = "exam-practice-progress";

/// What a progress file says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: Some(KIND),
    version: PROGRESS_FORMAT,
};

/// One bank's saved progress.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BankProgress {
    pub history: Option<History>,
    pub review: Option<ReviewBook>,
}

/// A progress file read back: what could be read, and what could not.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedProgress {
    pub banks: BTreeMap<String, BankProgress>,
    /// One line per part that could not be read, naming the bank and the record.
    pub problems: Vec<String>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    kind: &'a str,
    format: u32,
    saved_at_ms: u64,
    banks: BTreeMap<&'a str, BankOut>,
}

#[derive(Serialize)]
struct BankOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<Box<RawValue>>,
}

/// The file as read: its kind and version are checked by [`versioned::read`] before this.
#[derive(Deserialize)]
struct FileIn {
    banks: Option<BTreeMap<String, Box<RawValue>>>,
}

#[derive(Deserialize)]
struct BankIn {
    history: Option<Box<RawValue>>,
    review: Option<Box<RawValue>>,
}

fn raw(json: String) -> Box<RawValue> {
    RawValue::from_string(json).expect("records write valid JSON")
}

/// Writes the progress file for `banks` (by bank id).
pub fn write(saved_at_ms: u64, banks: &BTreeMap<String, BankProgress>) -> String {
    let file = FileOut {
        kind: KIND,
        format: PROGRESS_FORMAT,
        saved_at_ms,
        banks: banks
            .iter()
            .map(|(id, progress)| {
                let out = BankOut {
                    history: progress.history.as_ref().map(|h| raw(h.to_json())),
                    review: progress.review.as_ref().map(|r| raw(r.to_json())),
                };
                (id.as_str(), out)
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("the file holds only JSON records")
}

/// Reads a progress file named `file`. A file that is not one at all is an error; a bank part
/// that cannot be read is a problem in the result, and the rest is used.
pub fn read(file: &str, text: &str) -> Result<LoadedProgress, String> {
    let parsed: FileIn = versioned::read(text, FORMAT).map_err(|error| match error {
        RecordError::NotJson(e) | RecordError::Damaged(e) => {
            format!("{file}: not a progress file ({e})")
        }
        RecordError::OtherKind(_) => {
            format!("{file}: not a progress file (it has no \"kind\": \"{KIND}\")")
        }
        RecordError::NoVersion => format!("{file}: the progress file has no format version"),
        RecordError::Version(version) => format!(
            "{file}: progress format {version} is not one this version reads ({PROGRESS_FORMAT})"
        ),
    })?;
    let mut loaded = LoadedProgress::default();
    for (bank, part) in parsed.banks.unwrap_or_default() {
        let part: BankIn = match serde_json::from_str(part.get()) {
            Ok(part) => part,
            Err(e) => {
                loaded
                    .problems
                    .push(format!("{file}: bank \"{bank}\": {e}; it is left out"));
                continue;
            }
        };
        let mut progress = BankProgress::default();
        if let Some(json) = part.history {
            match History::from_json(json.get()) {
                Ok(history) => progress.history = Some(history),
                Err(e) => loaded.problems.push(format!(
                    "{file}: bank \"{bank}\": history: {e}; it is left out"
                )),
            }
        }
        if let Some(json) = part.review {
            match ReviewBook::from_json(json.get()) {
                Ok(review) => progress.review = Some(review),
                Err(e) => loaded.problems.push(format!(
                    "{file}: bank \"{bank}\": review: {e}; it is left out"
                )),
            }
        }
        loaded.banks.insert(bank, progress);
    }
    Ok(loaded)
}
