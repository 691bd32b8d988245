//! A `?bank=` link: the bank file its address names, fetched and imported into the kept banks.

use yew::prelude::*;

use crate::ui::stores::library::{FileProblem, LibraryAction};
use crate::web::fetch::fetch_bytes;
use crate::web::location;
use crate::web::teacher_tools::import_file;

/// The address a `?bank=` link names, if the page has one.
pub fn address() -> Option<String> {
    location::query_param("bank")
}

/// The file name a `?bank=` address stands for, so its extension tells the format.
fn file_name_of(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    match path.rsplit('/').next() {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => "bank.json".to_owned(),
    }
}

/// Fetches and imports the bank a `?bank=` link names.
pub async fn open(url: String, dispatch: Callback<LibraryAction>) {
    let imported = match fetch_bytes(&url).await {
        Ok(bytes) => import_file(&file_name_of(&url), &bytes)
            .await
            .map_err(FileProblem::Unread),
        Err(problem) => Err(FileProblem::NotLoaded(problem)),
    };
    match imported {
        Ok(imported) => dispatch.emit(LibraryAction::Opened {
            imported: Box::new(imported),
            source: url,
            from_link: true,
        }),
        Err(problem) => dispatch.emit(LibraryAction::Unreadable {
            source: url,
            problem,
        }),
    }
}
