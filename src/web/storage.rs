//! localStorage, namespaced by the page's base path so two exams on one origin never mix (and,
//! in an LMS package, by the package too).
//!
//! Every record the app keeps is named by one type, [`Record`], so keys are never spelt twice.
//! Every call can fail (private mode, storage disabled, quota full); failures come back as
//! [`StorageError`] values, so the exam keeps running and the page can say progress cannot be
//! kept.

use std::cell::RefCell;

use web_sys::Storage;

/// Every kind of record the app keeps in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// A bank's running exam.
    Session,
    /// A bank's saved exam that could not be read, kept rather than lost.
    SessionSetAside,
    /// A bank's past attempts.
    History,
    HistorySetAside,
    /// The banks opened in this browser (not tied to one bank).
    KeptBanks,
    KeptBanksSetAside,
    /// A bank's spaced-review records and exam date.
    Review,
    ReviewSetAside,
    /// That the browser was once asked to keep this site's data for good (not tied to a bank).
    PersistenceAsked,
}

impl Record {
    fn name(self) -> &'static str {
        match self {
            Record::Session => "session",
            Record::SessionSetAside => "session-set-aside",
            Record::History => "history",
            Record::HistorySetAside => "history-set-aside",
            Record::KeptBanks => "kept-banks",
            Record::KeptBanksSetAside => "kept-banks-set-aside",
            Record::Review => "review",
            Record::ReviewSetAside => "review-set-aside",
            Record::PersistenceAsked => "persistence-asked",
        }
    }

    /// Where an unreadable copy of this record is moved.
    pub fn set_aside(self) -> Record {
        match self {
            Record::Session | Record::SessionSetAside => Record::SessionSetAside,
            Record::History | Record::HistorySetAside => Record::HistorySetAside,
            Record::KeptBanks | Record::KeptBanksSetAside => Record::KeptBanksSetAside,
            Record::Review | Record::ReviewSetAside => Record::ReviewSetAside,
            // A flag with nothing in it to misread.
            Record::PersistenceAsked => Record::PersistenceAsked,
        }
    }
}

/// Why storage could not do what was asked; the views say it in the interface's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No window to find storage in.
    NoWindow,
    /// The browser refused access to storage.
    AccessRefused,
    /// The browser has no local storage.
    NoLocalStorage,
    ReadFailed,
    /// Writing was refused: storage is full or disabled.
    WriteRefused,
    RemoveFailed,
}

fn storage() -> Result<Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::NoWindow)?
        .local_storage()
        .map_err(|_| StorageError::AccessRefused)?
        .ok_or(StorageError::NoLocalStorage)
}

thread_local! {
    /// The LMS package the app runs as, if any: its data is kept apart from other copies.
    static PACKAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the candidate's choice of interface language is kept: one key for the whole site, as a
/// person's language is theirs on every exam of it (index.html's start-up script reads it too).
pub const LANGUAGE_KEY: &str = "exam-practice|language";

/// Where the candidate's text size and colours are kept: site-wide too, as a person's eyes are
/// theirs on every exam of it (index.html's start-up script reads them, to show them before the
/// first paint).
pub const TEXT_SIZE_KEY: &str = "exam-practice|text-size";
pub const COLOURS_KEY: &str = "exam-practice|colours";

/// Keeps this page's saved data apart as package `id`'s (set once, at start-up).
pub fn set_package(id: &str) {
    PACKAGE.with(|package| *package.borrow_mut() = Some(id.to_owned()));
}

/// What every key of this page starts with: the page's folder, and the package if any.
fn scope() -> String {
    let package = PACKAGE.with(|package| package.borrow().clone());
    match package {
        Some(id) => format!("exam-practice|{}package:{id}/|", base_path()),
        None => format!("exam-practice|{}|", base_path()),
    }
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

/// The storage key of one record of one bank (`""` for records not tied to a bank) under this
/// page's path.
pub fn key(bank_id: &str, record: Record) -> String {
    format!("{}{bank_id}|{}", scope(), record.name())
}

/// The ids of the banks that have `record` saved under this page's path.
pub fn banks_with(record: Record) -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let prefix = scope();
    let suffix = format!("|{}", record.name());
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let bank = key.strip_prefix(&prefix)?.strip_suffix(&suffix)?;
            (!bank.is_empty() && !bank.contains('|')).then(|| bank.to_owned())
        })
        .collect()
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|_| StorageError::ReadFailed)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::WriteRefused)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?
        .remove_item(key)
        .map_err(|_| StorageError::RemoveFailed)
}

/// What became of saved data that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetAside {
    /// Copied to the set-aside record, then removed from its own.
    Moved,
    /// The copy could not be written (the reason is given), so the original is left where it
    /// is: the caller must not write over it.
    LeftInPlace(StorageError),
}

/// Moves unreadable saved data of `record` (a bank's, or `""`) to its set-aside record. The
/// original is removed only once its copy is written, so a full or failing storage never loses
/// it.
pub fn set_aside(bank_id: &str, record: Record, text: &str) -> SetAside {
    match write(&key(bank_id, record.set_aside()), text) {
        Ok(()) => {
            // Should removing fail, the data is in both places: still nothing is lost.
            let _ = remove(&key(bank_id, record));
            SetAside::Moved
        }
        Err(problem) => SetAside::LeftInPlace(problem),
    }
}
