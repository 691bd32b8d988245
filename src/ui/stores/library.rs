//! The app's state for banks opened in this browser: the kept list and what the last opening did.
//!
//! A pure reducer: storage is read before it starts and written by an effect that watches
//! `revision`, so the reducer itself touches nothing outside its state.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Id;
use crate::engine::error::BankError;
use crate::engine::import::{Imported, Warning};
use crate::engine::library::{Added, KeptBank, Library};
use crate::web::fetch::FetchError;
use crate::web::file::FileError;
use crate::web::teacher_tools::ToolsError;

/// What opening one file or address came to, as the start page reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenOutcome {
    Opened {
        source: String,
        id: Id,
        title: String,
        format: String,
        questions: usize,
        /// How many questions the file holds, usable or not.
        questions_in_file: usize,
        /// Each problem that left a question (or a piece of text) out.
        skipped: Vec<BankError>,
        warnings: Vec<Warning>,
        added: Added,
        /// Opened from a `?bank=` link, so the app goes straight to the bank.
        from_link: bool,
    },
    Failed {
        source: String,
        problems: Vec<FileProblem>,
        warnings: Vec<Warning>,
    },
}

/// One reason a file or address cannot be used, as the pages list them.
#[derive(Debug, Clone, PartialEq)]
pub enum FileProblem {
    /// A problem the importer found.
    Found(BankError),
    /// Its format's reader failed.
    Unread(ToolsError),
    /// The browser could not read the file.
    NotOpened(FileError),
    /// A `?bank=` address could not be fetched: the browser's reason.
    NotLoaded(FetchError),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LibraryState {
    pub library: Library,
    /// Ids of the banks the site hosts, which kept banks must not shadow.
    pub hosted: Vec<String>,
    pub outcomes: Vec<OpenOutcome>,
    /// A `?bank=` address being fetched.
    pub fetching: Option<String>,
    /// Bumped on every change to the kept list, so the saving effect runs once per change.
    pub revision: u64,
}

pub enum LibraryAction {
    /// The kept banks, read back from storage after the first render.
    Restored(Library),
    /// The site's bank list has loaded.
    Hosted(Vec<String>),
    /// New files were picked or dropped: forget the previous report.
    StartBatch,
    Fetching(String),
    Opened {
        source: String,
        imported: Box<Imported>,
        from_link: bool,
    },
    /// A file or address could not be read at all.
    Unreadable {
        source: String,
        problem: FileProblem,
    },
    Remove(String),
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Restored(restored) => {
                if next.library.banks.is_empty() {
                    // As read: nothing changed, so nothing needs saving.
                    next.library = restored;
                } else {
                    // Banks opened before the read finished come first; the stored ones follow,
                    // and the whole list is saved again so neither is lost.
                    for kept in restored.banks {
                        if next.library.find(kept.bank.id().as_str()).is_none() {
                            next.library.banks.push(kept);
                        }
                    }
                    next.revision += 1;
                }
            }
            LibraryAction::Hosted(ids) => next.hosted = ids,
            LibraryAction::StartBatch => next.outcomes.clear(),
            LibraryAction::Fetching(url) => {
                next.outcomes.clear();
                next.fetching = Some(url);
            }
            LibraryAction::Opened {
                source,
                imported,
                from_link,
            } => {
                next.fetching = None;
                let Imported {
                    format,
                    bank,
                    warnings,
                    skipped,
                    questions_in_file,
                } = *imported;
                let format = format.map(|f| f.name()).unwrap_or("file").to_owned();
                next.outcomes.push(match bank {
                    Ok(bank) => {
                        let original_id = bank.id().clone();
                        let title = bank.title().to_owned();
                        let questions = bank.questions().len();
                        let hosted: Vec<&str> = next.hosted.iter().map(String::as_str).collect();
                        let kept = KeptBank {
                            bank: Rc::new(bank),
                            source: source.clone(),
                            format: format.clone(),
                        };
                        let added = next.library.add(kept, &hosted);
                        let id = match &added {
                            Added::Renamed(id) => id.clone(),
                            _ => original_id,
                        };
                        next.revision += 1;
                        OpenOutcome::Opened {
                            source,
                            id,
                            title,
                            format,
                            questions,
                            questions_in_file,
                            skipped,
                            warnings,
                            added,
                            from_link,
                        }
                    }
                    Err(errors) => OpenOutcome::Failed {
                        source,
                        problems: errors.0.into_iter().map(FileProblem::Found).collect(),
                        warnings,
                    },
                });
            }
            LibraryAction::Unreadable { source, problem } => {
                next.fetching = None;
                next.outcomes.push(OpenOutcome::Failed {
                    problems: vec![problem],
                    source,
                    warnings: Vec::new(),
                });
            }
            LibraryAction::Remove(id) => {
                if next.library.remove(&id) {
                    next.revision += 1;
                }
            }
        }
        Rc::new(next)
    }
}
