//! Reading a bank's saved record (history, review records) into its engine type: what cannot be
//! read is set aside and reported, never thrown away, and never written over.

use crate::ui::messages::Msg;
use crate::ui::refusals::storage_error;
use crate::ui::text::Texts;
use crate::web::storage::{self, Record, StorageError};

/// Which of a bank's saved records a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The attempt history.
    History,
    /// The review records.
    Review,
}

/// A bank's saved record as read, with what to tell the candidate about it.
#[derive(Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    /// The notice to show about it, for the view to write with [`Notice::describe`].
    pub notice: Option<Notice>,
    /// False when unreadable data could not be set aside and is still in its record: writing
    /// there would destroy it.
    pub writable: bool,
}

/// What to tell the candidate about a bank's saved record as it was read.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// It could not be read (the engine's words for why) and was set aside.
    SetAside { kind: Kind, problem: String },
    /// It could not be read, nor set aside (storage refused the copy), so it is left as it was.
    LeftInPlace {
        kind: Kind,
        problem: String,
        why: StorageError,
    },
    /// Storage could not be read.
    Unavailable { kind: Kind, why: StorageError },
}

impl Notice {
    /// The notice in the interface's language.
    pub fn describe(&self, text: &Texts) -> String {
        text.get(match self.clone() {
            Notice::SetAside { kind, problem } => {
                let problem = problem.into();
                match kind {
                    Kind::History => Msg::NoticeHistorySetAside { problem },
                    Kind::Review => Msg::NoticeReviewSetAside { problem },
                }
            }
            Notice::LeftInPlace { kind, problem, why } => {
                let (problem, reason) = (problem.into(), storage_error(text, why).into());
                match kind {
                    Kind::History => Msg::NoticeHistoryLeftInPlace { problem, reason },
                    Kind::Review => Msg::NoticeReviewLeftInPlace { problem, reason },
                }
            }
            Notice::Unavailable { kind, why } => {
                let problem = storage_error(text, why).into();
                match kind {
                    Kind::History => Msg::NoticeHistoryUnavailable { problem },
                    Kind::Review => Msg::NoticeReviewUnavailable { problem },
                }
            }
        })
    }
}

/// Why a change to a bank's saved record was not written.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveProblem {
    /// The saved record could not be read, so it is kept as it was.
    Unreadable(Kind),
    /// Storage refused to write: the browser's reason.
    Refused(StorageError),
}

impl SaveProblem {
    /// The reason as a page shows it, inside its own sentence ("… could not be saved: {why}").
    pub fn describe(&self, text: &Texts) -> String {
        match self {
            SaveProblem::Unreadable(Kind::History) => text.get(Msg::NoticeHistoryKeptUnreadable),
            SaveProblem::Unreadable(Kind::Review) => text.get(Msg::NoticeReviewKeptUnreadable),
            SaveProblem::Refused(why) => storage_error(text, *why),
        }
    }
}

/// Reads `record` of `bank_id` with `parse`; `kind` says which record the notices name.
pub fn load<T: Default>(
    bank_id: &str,
    record: Record,
    parse: fn(&str) -> Result<T, String>,
    kind: Kind,
) -> Loaded<T> {
    let fresh = |notice: Option<Notice>, writable: bool| Loaded {
        value: T::default(),
        notice,
        writable,
    };
    match storage::read(&storage::key(bank_id, record)) {
        Ok(None) => fresh(None, true),
        Ok(Some(json)) => match parse(&json) {
            Ok(value) => Loaded {
                value,
                notice: None,
                writable: true,
            },
            Err(problem) => match storage::set_aside(bank_id, record, &json) {
                storage::SetAside::Moved => fresh(Some(Notice::SetAside { kind, problem }), true),
                storage::SetAside::LeftInPlace(why) => {
                    fresh(Some(Notice::LeftInPlace { kind, problem, why }), false)
                }
            },
        },
        Err(why) => fresh(Some(Notice::Unavailable { kind, why }), true),
    }
}

/// Changes a bank's saved record with `change` and writes it back, unless it could not be read
/// (then it is kept as it was and the reason comes back).
pub fn update<T: Default>(
    bank_id: &str,
    record: Record,
    parse: fn(&str) -> Result<T, String>,
    write: fn(&T) -> String,
    kind: Kind,
    change: impl FnOnce(&mut T) -> bool,
) -> Result<(), SaveProblem> {
    let Loaded {
        mut value,
        writable,
        ..
    } = load(bank_id, record, parse, kind);
    if !writable {
        return Err(SaveProblem::Unreadable(kind));
    }
    if change(&mut value) {
        storage::write(&storage::key(bank_id, record), &write(&value))
            .map_err(SaveProblem::Refused)?;
    }
    Ok(())
}
