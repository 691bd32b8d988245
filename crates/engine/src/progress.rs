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
/// The `kind` every file of this format names.
pub const PROGRESS_KIND: &str = "exam-practice-progress";

/// What a progress file says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: Some(PROGRESS_KIND),
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
    /// Each part that could not be read, naming the bank and the record.
    pub problems: Vec<ProgressProblem>,
}

/// A problem with a progress file: the whole file, or one part of it, which is left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressProblem {
    pub file: String,
    pub why: NotProgress,
}

/// Which record of a bank's progress could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressRecord {
    History,
    Review,
}

/// Why a progress file, or a part of one, cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotProgress {
    /// Not JSON, or not shaped like a progress file: the JSON reader's own words.
    NotAProgressFile(String),
    NoKind,
    NoVersion,
    /// A format version this build does not read, as the file writes it.
    Version(String),
    /// One bank's part (or one record of it) cannot be read: the reader's words; it is left out.
    PartUnreadable {
        bank: String,
        record: Option<ProgressRecord>,
        detail: String,
    },
}

impl std::fmt::Display for ProgressProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = &self.file;
        match &self.why {
            NotProgress::NotAProgressFile(e) => write!(f, "{file}: not a progress file ({e})"),
            NotProgress::NoKind => write!(
                f,
                "{file}: not a progress file (it has no \"kind\": \"{PROGRESS_KIND}\")"
            ),
            NotProgress::NoVersion => write!(f, "{file}: the progress file has no format version"),
            NotProgress::Version(version) => write!(
                f,
                "{file}: progress format {version} is not one this version reads ({PROGRESS_FORMAT})"
            ),
            NotProgress::PartUnreadable {
                bank,
                record,
                detail,
            } => {
                let record = match record {
                    None => "",
                    Some(ProgressRecord::History) => " history:",
                    Some(ProgressRecord::Review) => " review:",
                };
                write!(
                    f,
                    "{file}: bank \"{bank}\":{record} {detail}; it is left out"
                )
            }
        }
    }
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
        kind: PROGRESS_KIND,
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
pub fn read(file: &str, text: &str) -> Result<LoadedProgress, ProgressProblem> {
    let problem = |why| ProgressProblem {
        file: file.to_owned(),
        why,
    };
    let parsed: FileIn = versioned::read(text, FORMAT).map_err(|error| {
        problem(match error {
            RecordError::NotJson(e) | RecordError::Damaged(e) => {
                NotProgress::NotAProgressFile(e.to_string())
            }
            RecordError::OtherKind(_) => NotProgress::NoKind,
            RecordError::NoVersion => NotProgress::NoVersion,
            RecordError::Version(version) => NotProgress::Version(version.to_string()),
        })
    })?;
    let mut loaded = LoadedProgress::default();
    for (bank, part) in parsed.banks.unwrap_or_default() {
        let unreadable = |record, detail: String| {
            problem(NotProgress::PartUnreadable {
                bank: bank.clone(),
                record,
                detail,
            })
        };
        let part: BankIn = match serde_json::from_str(part.get()) {
            Ok(part) => part,
            Err(e) => {
                loaded.problems.push(unreadable(None, e.to_string()));
                continue;
            }
        };
        let mut progress = BankProgress::default();
        if let Some(json) = part.history {
            match History::from_json(json.get()) {
                Ok(history) => progress.history = Some(history),
                Err(e) => loaded
                    .problems
                    .push(unreadable(Some(ProgressRecord::History), e.to_string())),
            }
        }
        if let Some(json) = part.review {
            match ReviewBook::from_json(json.get()) {
                Ok(review) => progress.review = Some(review),
                Err(e) => loaded
                    .problems
                    .push(unreadable(Some(ProgressRecord::Review), e.to_string())),
            }
        }
        loaded.banks.insert(bank, progress);
    }
    Ok(loaded)
}
