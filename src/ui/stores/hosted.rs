//! The banks the site hosts, each fetched the first time a page needs it (not when the start
//! page lists it), and kept for the rest of the visit.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::catalog::{BANKS_FOLDER, CatalogEntry, LoadedBank, loaded};
use crate::ui::refusals;
use crate::ui::text::Texts;
use crate::web::fetch::fetch_bytes;
use crate::web::teacher_tools;

/// Which hosted banks have been asked for and what each came to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HostedBanks {
    loaded: HashMap<String, Rc<LoadedBank>>,
    requested: HashSet<String>,
}

pub enum HostedAction {
    Requested(String),
    Loaded(String, Rc<LoadedBank>),
}

impl Reducible for HostedBanks {
    type Action = HostedAction;

    fn reduce(self: Rc<Self>, action: HostedAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            HostedAction::Requested(id) => {
                next.requested.insert(id);
            }
            HostedAction::Loaded(id, bank) => {
                next.loaded.insert(id, bank);
            }
        }
        Rc::new(next)
    }
}

impl HostedBanks {
    /// What the bank listed under `id` came to, once fetched.
    pub fn get(&self, id: &str) -> Option<&LoadedBank> {
        self.loaded.get(id).map(Rc::as_ref)
    }

    /// The bank listed under `id`, when it is fetched and usable.
    pub fn bank(&self, id: &str) -> Option<Rc<Bank>> {
        match self.get(id)? {
            LoadedBank::Ready { bank, .. } => Some(bank.clone()),
            LoadedBank::Failed { .. } => None,
        }
    }

    /// Every fetched, usable bank, in no set order.
    pub fn banks(&self) -> impl Iterator<Item = Rc<Bank>> + '_ {
        self.loaded.values().filter_map(|b| match b.as_ref() {
            LoadedBank::Ready { bank, .. } => Some(bank.clone()),
            LoadedBank::Failed { .. } => None,
        })
    }
}

/// Fetches each of `entries` not asked for yet, telling the reducer as it goes; a file that
/// cannot be fetched is reported in the words of `text`.
pub fn request<'a>(
    hosted: &UseReducerHandle<HostedBanks>,
    entries: impl IntoIterator<Item = &'a CatalogEntry>,
    text: &Texts,
) {
    for entry in entries {
        if hosted.requested.contains(&entry.id) {
            continue;
        }
        hosted.dispatch(HostedAction::Requested(entry.id.clone()));
        let entry = entry.clone();
        let dispatcher = hosted.dispatcher();
        let text = text.clone();
        yew::platform::spawn_local(async move {
            let imported = match fetch_bytes(&format!("{BANKS_FOLDER}{}", entry.path)).await {
                Ok(bytes) => teacher_tools::import_listed(&entry, &bytes)
                    .await
                    .map_err(|problem| refusals::tools_error(&text, &problem)),
                Err(problem) => Err(refusals::fetch_error(&text, &problem)),
            };
            let bank = loaded(&entry, imported);
            dispatcher.dispatch(HostedAction::Loaded(entry.id.clone(), Rc::new(bank)));
        });
    }
}
