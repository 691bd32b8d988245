//! Reading a bank's saved record (history, review records) into its engine type: what cannot be
//! read is set aside and reported, never thrown away, and never written over.

use crate::web::storage::{self, Record};

/// A bank's saved record as read, with what to tell the candidate about it.
#[derive(Clone, PartialEq)]
pub struct Loaded<T> {
    pub value: T,
    pub notice: Option<String>,
    /// False when unreadable data could not be set aside and is still in its record: writing
    /// there would destroy it.
    pub writable: bool,
}

/// Reads `record` of `bank_id` with `parse`; `what` names it in notices ("attempt history").
pub fn load<T: Default>(
    bank_id: &str,
    record: Record,
    parse: fn(&str) -> Result<T, String>,
    what: &str,
) -> Loaded<T> {
    let fresh = |notice: Option<String>, writable: bool| Loaded {
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
                storage::SetAside::Moved => fresh(
                    Some(format!(
                        "Saved {what} could not be read and was set aside ({problem})."
                    )),
                    true,
                ),
                storage::SetAside::LeftInPlace(why) => fresh(
                    Some(format!(
                        "Saved {what} could not be read ({problem}) or set aside ({why}); it is left as it was, and nothing new is added to it."
                    )),
                    false,
                ),
            },
        },
        Err(problem) => fresh(
            Some(format!("Saved {what} is unavailable ({problem}).")),
            true,
        ),
    }
}

/// Changes a bank's saved record with `change` and writes it back, unless it could not be read
/// (then it is kept as it was and the reason comes back).
pub fn update<T: Default>(
    bank_id: &str,
    record: Record,
    parse: fn(&str) -> Result<T, String>,
    write: fn(&T) -> String,
    what: &str,
    change: impl FnOnce(&mut T) -> bool,
) -> Result<(), String> {
    let Loaded {
        mut value,
        writable,
        ..
    } = load(bank_id, record, parse, what);
    if !writable {
        return Err(format!(
            "the saved {what} could not be read, and is kept as it was"
        ));
    }
    if change(&mut value) {
        storage::write(&storage::key(bank_id, record), &write(&value))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}
