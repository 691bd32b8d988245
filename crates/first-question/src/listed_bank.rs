//! Reading the bank an exam link names, as the whole app reads a listed JSON bank, and leaving
//! the files read for the whole app.

use std::rc::Rc;

use exam_practice::engine::bank::Bank;
use exam_practice::engine::catalog::{BANKS_FOLDER, INDEX_PATH, import_json_entry, parse_catalog};
use exam_practice::engine::import::{Lint, is_json};
use exam_practice::web::fetch::{fetch_bytes, pass_on};

/// What reading the bank found.
pub enum Found {
    Ready(Rc<Bank>),
    /// Not a bank the first module reads (not listed, not JSON, or with problems): the whole
    /// app shows it, and says why where there is a problem.
    ForTheWholeApp,
}

/// The listed JSON bank `id`.
pub async fn listed_bank(id: &str) -> Found {
    let Ok(index) = fetch_bytes(INDEX_PATH).await else {
        return Found::ForTheWholeApp;
    };
    pass_on(INDEX_PATH, &index);
    let Some(entry) = parse_catalog(&index)
        .ok()
        .and_then(|entries| entries.into_iter().find(|entry| entry.id == id))
    else {
        return Found::ForTheWholeApp;
    };
    let url = format!("{BANKS_FOLDER}{}", entry.path);
    let Ok(bytes) = fetch_bytes(&url).await else {
        return Found::ForTheWholeApp;
    };
    pass_on(&url, &bytes);
    if !is_json(&entry.path, &bytes) {
        return Found::ForTheWholeApp;
    }
    // A bank with any problem is the whole app's to show with its reasons, so this module never
    // carries the text of a problem.
    let imported = import_json_entry(&entry, &bytes, Lint::Skip);
    match imported.bank {
        Ok(bank) if imported.skipped.is_empty() => Found::Ready(Rc::new(bank)),
        _ => Found::ForTheWholeApp,
    }
}
