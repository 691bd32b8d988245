//! The stores every page reads, together: the bank index, the hosted banks fetched so far, the
//! banks kept in this browser and the notices about keeping them; and the hooks that fill them.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::{Bank, Id};
use crate::engine::catalog::LoadedBank;
use crate::ui::route::Route;
use crate::ui::stores::catalog::{self, Catalog};
use crate::ui::stores::hosted::{self, HostedBanks};
use crate::ui::stores::kept_banks::KeptNotice;
use crate::ui::stores::library::{LibraryAction, LibraryState, OpenOutcome};
use crate::ui::stores::{bank_link, kept_banks};
use crate::ui::text::Texts;
use crate::web::location;

/// The app's stores, provided to every page as a context.
#[derive(Clone, PartialEq)]
pub struct AppStore {
    pub catalog: UseStateHandle<Catalog>,
    pub hosted: UseReducerHandle<HostedBanks>,
    pub library: UseReducerHandle<LibraryState>,
    /// Problems with keeping banks in this browser, for every page to show.
    pub notices: UseStateHandle<Vec<KeptNotice>>,
}

impl AppStore {
    /// Sends an action to the kept banks.
    pub fn dispatch(&self) -> Callback<LibraryAction> {
        let library = self.library.clone();
        Callback::from(move |action: LibraryAction| library.dispatch(action))
    }

    /// The bank a page shows. Banks are shared (`Rc`): finding one copies a pointer, not the
    /// bank. A listed bank is the site's, so a kept bank of the same id never stands in for it.
    pub fn find(&self, id: &Id) -> Option<Rc<Bank>> {
        if self.catalog.entry(id.as_str()).is_some() {
            return self.hosted.bank(id.as_str());
        }
        self.library
            .library
            .find(id.as_str())
            .map(|kept| kept.bank.clone())
    }

    /// What the hosted bank listed under `id` came to, once fetched.
    pub fn loaded(&self, id: &str) -> Option<&LoadedBank> {
        self.hosted.get(id)
    }

    /// Whether banks may still arrive: the index, or a bank a `?bank=` link names.
    pub fn still_loading(&self) -> bool {
        *self.catalog == Catalog::Loading || self.library.fetching.is_some()
    }

    /// Every usable bank, for the class results: the site's by id, then those kept here.
    pub fn all_banks(&self) -> Vec<Rc<Bank>> {
        let mut banks: Vec<Rc<Bank>> = self.hosted.banks().collect();
        banks.sort_by(|a, b| a.id().as_str().cmp(b.id().as_str()));
        banks.extend(
            self.library
                .library
                .banks
                .iter()
                .map(|kept| kept.bank.clone()),
        );
        banks
    }
}

/// Creates the stores: reads the kept banks back, loads the index once, opens a `?bank=` link,
/// and saves the kept banks whenever they change.
#[hook]
pub fn use_app_store() -> AppStore {
    let store = AppStore {
        catalog: use_state(|| Catalog::Loading),
        hosted: use_reducer(HostedBanks::default),
        library: use_reducer(LibraryState::default),
        notices: use_state(Vec::<KeptNotice>::new),
    };
    {
        // Read after the first render, in an effect: reading may set damaged data aside, which
        // writes to storage, and rendering writes nothing.
        let store = store.clone();
        use_effect_with((), move |_| {
            let (restored, problems) = kept_banks::restore();
            store.library.dispatch(LibraryAction::Restored(restored));
            if !problems.is_empty() {
                store.notices.set(problems);
            }
        });
    }
    {
        let catalog = store.catalog.clone();
        let dispatch = store.dispatch();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let link = bank_link::address();
                if let Some(url) = &link {
                    // Said before the catalog shows, so a link to the bank's page waits for it
                    // instead of saying there is no such bank.
                    dispatch.emit(LibraryAction::Fetching(url.clone()));
                }
                let loaded = catalog::load().await;
                if let Catalog::Ready(entries) = &loaded {
                    dispatch.emit(LibraryAction::Hosted(
                        entries.iter().map(|entry| entry.id.clone()).collect(),
                    ));
                }
                catalog.set(loaded);
                if let Some(url) = link {
                    bank_link::open(url, dispatch).await;
                }
            });
        });
    }
    {
        // Save the kept banks whenever the list changes.
        let library = store.library.clone();
        let notices = store.notices.clone();
        use_effect_with(library.revision, move |revision| {
            if *revision > 0 {
                let next = kept_banks::save(&library.library, &notices);
                if next != *notices {
                    notices.set(next);
                }
            }
        });
    }
    store
}

/// Fetches the listed banks the page shows, once the index is in; and takes a `?bank=` link
/// straight to its bank unless it already names a page.
#[hook]
pub fn use_banks_for_route(store: &AppStore, route: &Route, text: &Texts) {
    {
        let route = route.clone();
        use_effect_with(store.library.outcomes.clone(), move |outcomes| {
            if let Some(OpenOutcome::Opened {
                id,
                from_link: true,
                ..
            }) = outcomes.last()
                && route == Route::Home
                && location::hash().is_empty()
            {
                location::go(&Route::Bank(id.clone()).fragment());
            }
        });
    }
    {
        let hosted = store.hosted.clone();
        let text = text.clone();
        use_effect_with(
            (route.clone(), (*store.catalog).clone()),
            move |(route, catalog)| {
                if let Catalog::Ready(entries) = catalog {
                    hosted::request(&hosted, catalog::needed(route, entries), &text);
                }
            },
        );
    }
}

/// The stores, as a page reads them: `App` provides them around every page.
#[hook]
pub fn use_store() -> AppStore {
    use_context::<AppStore>().expect("App provides its store around every page")
}
