//! Banks kept in this browser: ones opened from a file or a `?bank=` address, stored as JSON
//! banks so they are there after a reload, and checked again whenever they are read back.

use serde::{Deserialize, Serialize};

use std::rc::Rc;

use super::bank::{Bank, Id};
use super::error::BankErrors;
use super::export::to_json;
use super::validate::parse_bank;
use super::versioned::{self, RecordError, RecordFormat};

/// The version of the stored list; any other is set aside rather than guessed at.
pub const LIBRARY_FORMAT: u32 = 1;

/// What the stored list says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: None,
    version: LIBRARY_FORMAT,
};

/// The largest bank kept across visits, in characters of its JSON (about): browsers keep about
/// five million characters per site, so a larger bank is open for the visit only, rather than
/// costing a long write that fails and crowding every other bank out.
pub const MAX_KEPT_BANK_CHARS: usize = 2_000_000;

/// About how many characters a bank's JSON text takes, without writing it.
fn json_chars(bank: &Bank) -> usize {
    // The per-question and per-choice figures cover keys, quotes and ids.
    bank.questions()
        .iter()
        .map(|q| {
            100 + q.prompt().source().len()
                + q.explanation().source().len()
                + q.choices()
                    .iter()
                    .map(|c| {
                        30 + c.text().source().len()
                            + c.explanation().map_or(0, |e| e.source().len())
                    })
                    .sum::<usize>()
                + q.references()
                    .iter()
                    .map(|r| 30 + r.title().len() + r.url().len())
                    .sum::<usize>()
        })
        .sum::<usize>()
        + bank.description().source().len()
}

/// One bank as kept: where it came from and the bank itself.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptBank {
    /// Shared, so pages that show the bank hold it without copying it.
    pub bank: Rc<Bank>,
    /// The file name or address it was opened from.
    pub source: String,
    /// The format it was read from, e.g. "GIFT".
    pub format: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredLibrary {
    format: u32,
    banks: Vec<StoredBank>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredBank {
    source: String,
    format: String,
    /// The bank as JSON bank text, read back through the validator.
    bank: String,
}

/// What adding a bank did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    New,
    /// A kept bank with the same id was replaced by this one.
    Replaced,
    /// The site already hosts a bank with this id, so the kept copy got this one instead.
    Renamed(Id),
}

/// What could not be read back of the banks kept in this browser.
#[derive(Debug, Clone, PartialEq)]
pub enum NotRestored {
    /// The list was written in a format version this build does not read, as it writes it.
    Version(String),
    /// The list cannot be read at all: the reader's words.
    Damaged(String),
    /// One kept bank no longer validates (this version checks more), so it is left out.
    BankLeftOut { source: String, errors: BankErrors },
}

impl std::fmt::Display for NotRestored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotRestored::Version(version) => write!(
                f,
                "the list of banks kept in this browser has format {version}, which this version does not read"
            ),
            NotRestored::Damaged(detail) => write!(
                f,
                "the list of banks kept in this browser is damaged ({detail})"
            ),
            NotRestored::BankLeftOut { source, errors } => write!(
                f,
                "the kept copy of {source} could not be read back and was left out: {errors}"
            ),
        }
    }
}

/// Every kept bank, in the order they were added.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    pub banks: Vec<KeptBank>,
}

impl Library {
    /// Reads the stored list. A list that cannot be read at all is an error (the caller sets it
    /// aside); a single bank that no longer validates is left out and named in the problems.
    pub fn restore(json: &str) -> Result<(Library, Vec<NotRestored>), NotRestored> {
        let stored: StoredLibrary = versioned::read(json, FORMAT).map_err(|error| match error {
            RecordError::Version(version) => NotRestored::Version(version.to_string()),
            other => NotRestored::Damaged(other.to_string()),
        })?;
        let mut library = Library::default();
        let mut problems = Vec::new();
        for kept in stored.banks {
            match parse_bank(&kept.source, kept.bank.as_bytes()) {
                Ok(bank) => library.banks.push(KeptBank {
                    bank: Rc::new(bank),
                    source: kept.source,
                    format: kept.format,
                }),
                Err(errors) => problems.push(NotRestored::BankLeftOut {
                    source: kept.source,
                    errors,
                }),
            }
        }
        Ok((library, problems))
    }

    /// The list as stored, leaving out the banks too large to keep ([`Library::too_large`]).
    pub fn to_json(&self) -> String {
        let stored = StoredLibrary {
            format: LIBRARY_FORMAT,
            banks: self
                .banks
                .iter()
                .filter(|kept| json_chars(&kept.bank) <= MAX_KEPT_BANK_CHARS)
                .map(|kept| StoredBank {
                    source: kept.source.clone(),
                    format: kept.format.clone(),
                    bank: to_json(&kept.bank),
                })
                .collect(),
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Adds a bank, replacing a kept one with the same id, and renaming it when `hosted` says the
    /// site already has a bank of that id (the site's own bank is never shadowed).
    pub fn add(&mut self, mut kept: KeptBank, hosted: &[&str]) -> Added {
        let mut renamed = None;
        if hosted.contains(&kept.bank.id().as_str()) {
            let base = kept.bank.id().as_str().to_owned();
            let new_id = (1..)
                .map(|n| {
                    let suffix = if n == 1 {
                        ".mine".to_owned()
                    } else {
                        format!(".mine{n}")
                    };
                    let keep = Id::MAX_LEN - suffix.len();
                    format!("{}{suffix}", &base[..base.len().min(keep)])
                })
                .find(|candidate| !hosted.contains(&candidate.as_str()))
                .and_then(|candidate| Id::parse(&candidate).ok());
            if let Some(id) = new_id {
                kept.bank = Rc::new(Rc::unwrap_or_clone(kept.bank).with_id(id.clone()));
                renamed = Some(id);
            }
        }
        let existing = self
            .banks
            .iter()
            .position(|k| k.bank.id() == kept.bank.id());
        let outcome = match (renamed, existing) {
            (Some(id), _) => Added::Renamed(id),
            (None, Some(_)) => Added::Replaced,
            (None, None) => Added::New,
        };
        match existing {
            Some(i) => self.banks[i] = kept,
            None => self.banks.push(kept),
        }
        outcome
    }

    /// Removes the kept bank with this id; says whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.banks.len();
        self.banks.retain(|k| k.bank.id().as_str() != id);
        self.banks.len() != before
    }

    /// The banks open for this visit only, being too large to keep across visits.
    pub fn too_large(&self) -> impl Iterator<Item = &KeptBank> {
        self.banks
            .iter()
            .filter(|kept| json_chars(&kept.bank) > MAX_KEPT_BANK_CHARS)
    }

    pub fn find(&self, id: &str) -> Option<&KeptBank> {
        self.banks.iter().find(|k| k.bank.id().as_str() == id)
    }
}
