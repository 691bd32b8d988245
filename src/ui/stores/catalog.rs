//! The site's bank index (`questions/index.json`): loading it, and which listed banks a page needs.

use std::rc::Rc;

use crate::engine::catalog::{CatalogEntry, INDEX_PATH, parse_catalog};
use crate::ui::route::Route;
use crate::web::fetch::{FetchError, fetch_bytes};

/// Where the index lives, relative to the page, so any sub-path works.
pub const INDEX_URL: &str = INDEX_PATH;

/// The bank index, as far as it has loaded.
#[derive(Clone, PartialEq)]
pub enum Catalog {
    Loading,
    Failed(IndexProblem),
    Ready(Rc<Vec<CatalogEntry>>),
}

/// Why the index could not be had, for the start page to say.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexProblem {
    /// The file could not be fetched: the browser's reason.
    NotLoaded(FetchError),
    /// The file is not a usable index: the engine's words for why.
    Unreadable(String),
}

impl Catalog {
    /// The listed entry with this id, once the index is in.
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        match self {
            Catalog::Ready(entries) => entries.iter().find(|entry| entry.id == id),
            _ => None,
        }
    }
}

/// Fetches and reads the index.
pub async fn load() -> Catalog {
    let index = match fetch_bytes(INDEX_URL).await {
        Ok(bytes) => bytes,
        Err(e) => return Catalog::Failed(IndexProblem::NotLoaded(e)),
    };
    match parse_catalog(&index) {
        Ok(entries) => Catalog::Ready(Rc::new(entries)),
        Err(e) => Catalog::Failed(IndexProblem::Unreadable(e)),
    }
}

/// The listed banks a page needs: the one it shows, or every one for the class results.
pub fn needed<'a>(route: &Route, entries: &'a [CatalogEntry]) -> Vec<&'a CatalogEntry> {
    let wanted = match route {
        Route::Bank(id) | Route::Exam { bank: id, .. } | Route::BadExamLink { bank: id, .. } => {
            Some(id.as_str())
        }
        Route::Class => None,
        Route::Home | Route::NotFound(_) => return Vec::new(),
    };
    entries
        .iter()
        .filter(|entry| wanted.is_none_or(|id| entry.id == id))
        .collect()
}
