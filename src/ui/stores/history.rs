//! A bank's attempt history in this browser's storage: read, changed, recorded and cleared.

use crate::engine::history::{Attempt, History};
use crate::ui::stores::saved::{self, Kind, Loaded, SaveProblem};
use crate::web::storage::{self, Record};

/// Reads a bank's history; unreadable data is moved aside and reported, never thrown away.
pub fn load(bank_id: &str) -> Loaded<History> {
    saved::load(bank_id, Record::History, History::from_json, Kind::History)
}

/// Whether a bank has readable saved attempts; reads only, so damaged history is left for
/// [`load`] to report and set aside.
pub fn has_attempts(bank_id: &str) -> bool {
    storage::read(&storage::key(bank_id, Record::History))
        .ok()
        .flatten()
        .and_then(|json| History::from_json(&json).ok())
        .is_some_and(|history| !history.attempts().is_empty())
}

/// Changes a bank's saved history with `change` (which says whether it changed anything) and
/// saves it.
pub fn update(bank_id: &str, change: impl FnOnce(&mut History) -> bool) -> Result<(), SaveProblem> {
    saved::update(
        bank_id,
        Record::History,
        History::from_json,
        History::to_json,
        Kind::History,
        change,
    )
}

/// Adds one attempt to a bank's saved history.
pub fn record(bank_id: &str, attempt: Attempt) -> Result<(), SaveProblem> {
    update(bank_id, |history| history.record(attempt))
}

/// Removes a bank's saved history; what cannot be removed is left as it was.
pub fn clear(bank_id: &str) {
    let _ = storage::remove(&storage::key(bank_id, Record::History));
}
