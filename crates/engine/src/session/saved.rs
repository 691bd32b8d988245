//! Saving a session as versioned JSON and restoring it, checked against its bank.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::notes::MAX_HIGHLIGHTS;
use super::slot::note_fits;
use super::{Fields, Mode, Session};
use crate::bank::{Bank, Id};
use crate::fingerprint::bank_fingerprint;
use crate::versioned::{self, RecordError, RecordFormat};

/// The saved-session format version this build reads and writes.
pub const SESSION_FORMAT: u32 = 1;

/// What a saved session says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: None,
    version: SESSION_FORMAT,
};

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    session: Fields,
}

/// Why saved data could not be resumed. The data is set aside, never half used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON, or not shaped like a session.
    Corrupt(String),
    /// Written by another version of the app.
    UnknownFormat(String),
    /// Saved for a different bank.
    OtherBank { saved: String },
    /// The bank's questions, choices or answers changed since the session was saved.
    BankChanged,
    /// Shaped like a session but self-contradictory (e.g. an answer that is not a choice).
    Inconsistent(String),
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::Corrupt(e) => write!(f, "the saved exam is damaged ({e})"),
            RestoreError::UnknownFormat(v) => write!(
                f,
                "the saved exam was written in format {v}, which this version cannot read"
            ),
            RestoreError::OtherBank { saved } => {
                write!(f, "the saved exam belongs to another bank (\"{saved}\")")
            }
            RestoreError::BankChanged => {
                f.write_str("the question bank has changed since the exam was saved")
            }
            RestoreError::Inconsistent(e) => write!(f, "the saved exam does not add up ({e})"),
        }
    }
}

impl Session {
    /// The session as JSON, with the format version, for saving.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct StoredRef<'a> {
            format: u32,
            session: &'a Fields,
        }
        serde_json::to_string(&StoredRef {
            format: SESSION_FORMAT,
            session: &self.0,
        })
        .expect("a session always serialises: it holds only strings, numbers and lists")
    }

    /// Reads a saved session back and checks it against the bank it claims to belong to.
    pub fn restore(json: &str, bank: &Bank) -> Result<Session, RestoreError> {
        let stored: Stored = versioned::read(json, FORMAT).map_err(|error| match error {
            RecordError::Version(version) => RestoreError::UnknownFormat(version.to_string()),
            RecordError::NoVersion => RestoreError::Corrupt("no format version".to_owned()),
            other => RestoreError::Corrupt(other.to_string()),
        })?;
        let fields = stored.session;
        if &fields.bank_id != bank.id() {
            return Err(RestoreError::OtherBank {
                saved: fields.bank_id.to_string(),
            });
        }
        if fields.bank_fingerprint != bank_fingerprint(bank) {
            return Err(RestoreError::BankChanged);
        }
        check_consistency(&fields, bank).map_err(RestoreError::Inconsistent)?;
        Ok(Session(fields))
    }
}

pub(super) fn check_consistency(fields: &Fields, bank: &Bank) -> Result<(), String> {
    if fields.slots.is_empty() {
        return Err("it has no questions".to_owned());
    }
    if fields.current >= fields.slots.len() {
        return Err("its current question is out of range".to_owned());
    }
    if fields.time_limit_ms.is_some() != fields.deadline_ms.is_some() {
        return Err("its time limit and deadline disagree".to_owned());
    }
    if let (Some(limit), Some(deadline)) = (fields.time_limit_ms, fields.deadline_ms)
        && fields.started_at_ms.checked_add(limit) != Some(deadline)
    {
        return Err("its deadline does not match its start and time limit".to_owned());
    }
    let mut seen = std::collections::HashSet::new();
    let mut asked_again = std::collections::HashSet::new();
    for (i, slot) in fields.slots.iter().enumerate() {
        let n = i + 1;
        let question = bank
            .question(&slot.question)
            .ok_or_else(|| format!("question {n} is not in the bank"))?;
        let first_time = if slot.again {
            fields.mode == Mode::Practice
                && seen.contains(&slot.question)
                && asked_again.insert(&slot.question)
        } else {
            seen.insert(&slot.question)
        };
        if !first_time {
            return Err(format!("question {n} appears twice"));
        }
        let mut shown = slot.choices.clone();
        shown.sort();
        let mut real: Vec<Id> = question.choices().iter().map(|c| c.id().clone()).collect();
        real.sort();
        if shown != real {
            return Err(format!("question {n} has other choices than the bank"));
        }
        if slot.choose != question.choose() {
            return Err(format!("question {n} expects another number of answers"));
        }
        if slot.selected.len() > slot.choose
            || slot.selected.iter().any(|s| !slot.choices.contains(s))
        {
            return Err(format!("question {n} has an impossible answer"));
        }
        let mut struck = std::collections::HashSet::new();
        if slot
            .struck
            .iter()
            .any(|s| !slot.choices.contains(s) || !struck.insert(s))
        {
            return Err(format!("question {n} rules out a choice it does not have"));
        }
        if slot.highlights.len() > MAX_HIGHLIGHTS
            || slot.highlights.iter().any(|h| !h.fits(&slot.choices))
            || !note_fits(&slot.note)
        {
            return Err(format!("question {n} has notes it could not have"));
        }
        if slot.checked && (fields.mode != Mode::Practice || slot.selected.is_empty()) {
            return Err(format!("question {n} is checked without an answer"));
        }
    }
    Ok(())
}
