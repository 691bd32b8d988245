//! The banks kept in this browser, in storage: read back once, and saved after each change with
//! what the candidate needs to hear about it. Damaged data is moved aside (never lost) and
//! reported.

use crate::engine::library::{Library, NotRestored};
use crate::web::storage::{self, Record, StorageError};

/// What the candidate needs to hear about keeping banks in this browser; every page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum KeptNotice {
    /// A kept bank could not be read back and was left out.
    LeftOut(NotRestored),
    /// The stored list could not be read, and was set aside, or could not be set aside either.
    Damaged {
        problem: NotRestored,
        set_aside: bool,
    },
    /// Storage cannot be read, so banks cannot be kept: the browser's reason.
    Unavailable(StorageError),
    /// The banks opened could not be saved: the browser's reason.
    NotSaved(StorageError),
    /// A bank too large to keep: open for this visit only.
    TooLarge {
        title: String,
        questions: usize,
        source: String,
    },
}

/// The storage key of the kept banks (not tied to one bank, so no bank id).
fn key() -> String {
    storage::key("", Record::KeptBanks)
}

/// Reads the kept banks, with a notice for each problem found.
pub fn restore() -> (Library, Vec<KeptNotice>) {
    let mut notices = Vec::new();
    let library = match storage::read(&key()) {
        Ok(None) => Library::default(),
        Ok(Some(json)) => match Library::restore(&json) {
            Ok((library, problems)) => {
                notices.extend(problems.into_iter().map(KeptNotice::LeftOut));
                library
            }
            Err(problem) => {
                let set_aside = match storage::set_aside("", Record::KeptBanks, &json) {
                    storage::SetAside::Moved => true,
                    storage::SetAside::LeftInPlace(_) => false,
                };
                notices.push(KeptNotice::Damaged { problem, set_aside });
                Library::default()
            }
        },
        Err(problem) => {
            notices.push(KeptNotice::Unavailable(problem));
            Library::default()
        }
    };
    (library, notices)
}

/// Saves the kept banks and returns `notices` with what the candidate should now be told: that
/// nothing could be kept, or which banks are too large to keep.
pub fn save(library: &Library, notices: &[KeptNotice]) -> Vec<KeptNotice> {
    let mut next = notices.to_vec();
    if let Err(problem) = storage::write(&key(), &library.to_json()) {
        next.push(KeptNotice::NotSaved(problem));
    }
    for kept in library.too_large() {
        let notice = KeptNotice::TooLarge {
            title: kept.bank.title().to_owned(),
            questions: kept.bank.questions().len(),
            source: kept.source.clone(),
        };
        if !next.contains(&notice) {
            next.push(notice);
        }
    }
    next
}
