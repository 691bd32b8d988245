//! localStorage, namespaced by the page's base path so two exams on one origin never mix.
//!
//! Every call can fail (private mode, storage disabled, quota full); failures come back as
//! values so the exam keeps running and the page can say progress cannot be kept.

use web_sys::Storage;

fn storage() -> Result<Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "the browser refused access to storage".to_owned())?
        .ok_or_else(|| "this browser has no local storage".to_owned())
}

/// The folder the page is served from, e.g. `/course/exam/`, used to namespace keys.
pub fn base_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned());
    match path.rfind('/') {
        Some(i) => path[..=i].to_owned(),
        None => "/".to_owned(),
    }
}

/// The storage key for one kind of record of one bank under this page's path.
pub fn key(bank_id: &str, record: &str) -> String {
    format!("exam-practice|{}|{bank_id}|{record}", base_path())
}

pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(key)
        .map_err(|_| "reading saved progress failed".to_owned())
}

pub fn write(key: &str, value: &str) -> Result<(), String> {
    storage()?
        .set_item(key, value)
        .map_err(|_| "the browser's storage is full or disabled".to_owned())
}

pub fn remove(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(key)
        .map_err(|_| "removing saved progress failed".to_owned())
}

/// What became of saved data that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetAside {
    /// Copied to the set-aside record, then removed from its own.
    Moved,
    /// The copy could not be written (the reason is given), so the original is left where it
    /// is: the caller must not write over it.
    LeftInPlace(String),
}

/// Moves unreadable saved data from `key` to `aside_key`. The original is removed only once its
/// copy is written, so a full or failing storage never loses it.
pub fn set_aside(key: &str, aside_key: &str, text: &str) -> SetAside {
    match write(aside_key, text) {
        Ok(()) => {
            // Should removing fail, the data is in both places: still nothing is lost.
            let _ = remove(key);
            SetAside::Moved
        }
        Err(problem) => SetAside::LeftInPlace(problem),
    }
}
