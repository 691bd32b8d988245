//! The banks kept in this browser, in storage: read back once, and saved after each change with
//! what the candidate needs to hear about it. Damaged data is moved aside (never lost) and
//! reported.

use crate::engine::library::Library;
use crate::web::storage::{self, Record};

/// The storage key of the kept banks (not tied to one bank, so no bank id).
fn key() -> String {
    storage::key("", Record::KeptBanks)
}

/// Reads the kept banks, with a notice for each problem found.
pub fn restore() -> (Library, Vec<String>) {
    let mut notices = Vec::new();
    let library = match storage::read(&key()) {
        Ok(None) => Library::default(),
        Ok(Some(json)) => match Library::restore(&json) {
            Ok((library, problems)) => {
                notices.extend(problems);
                library
            }
            Err(problem) => {
                notices.push(format!(
                    "{problem}. {}",
                    match storage::set_aside("", Record::KeptBanks, &json) {
                        storage::SetAside::Moved =>
                            "It was set aside; open your question files again.",
                        storage::SetAside::LeftInPlace(_) =>
                            "It could not be set aside either; open your question files again.",
                    }
                ));
                Library::default()
            }
        },
        Err(problem) => {
            notices.push(format!(
                "Banks you open cannot be kept in this browser: {problem}."
            ));
            Library::default()
        }
    };
    (library, notices)
}

/// Saves the kept banks and returns `notices` with what the candidate should now be told: that
/// nothing could be kept, or which banks are too large to keep.
pub fn save(library: &Library, notices: &[String]) -> Vec<String> {
    let mut next = notices.to_vec();
    if let Err(problem) = storage::write(&key(), &library.to_json()) {
        next.push(format!(
            "The banks you opened are open for now but cannot be kept after you close this page: {problem}."
        ));
    }
    for kept in library.too_large() {
        let notice = format!(
            "\"{}\" ({} questions) is open until you close this page, but it is too large to keep in this browser: open {} again next time.",
            kept.bank.title(),
            kept.bank.questions().len(),
            kept.source
        );
        if !next.contains(&notice) {
            next.push(notice);
        }
    }
    next
}
