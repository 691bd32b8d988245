//! The application shell: loads the bank index, fetches a listed bank when a page needs it, keeps
//! the banks opened in this browser, and shows the page the URL fragment names.

use std::rc::Rc;

use yew::prelude::*;

use gloo::events::EventListener;

use super::components::bank_list::{self, BankList};
use super::components::problem_list;
use super::pages::bank::BankPage;
use super::pages::class_results::ClassResultsPage;
use super::pages::exam::ExamPage;
use super::pages::home::own_banks::OwnBanks;
use super::route::Route;
use super::stores::hosted::{self, HostedBanks};
use super::stores::library::{LibraryAction, LibraryState, OpenOutcome};
use super::stores::package;
use crate::engine::bank::{Bank, Id};
use crate::engine::catalog::{CatalogEntry, LoadedBank, parse_catalog};
use crate::engine::library::Library;
use crate::web::fetch::fetch_bytes;
use crate::web::location;
use crate::web::storage::{self, Record};
use crate::web::teacher_tools::import_file;

/// Where the index lives, relative to the page, so any sub-path works.
const INDEX_URL: &str = crate::engine::catalog::INDEX_PATH;
/// The storage record of the banks kept in this browser (not tied to one bank, so no bank id).

#[derive(Clone, PartialEq)]
enum Catalog {
    Loading,
    Failed(String),
    Ready(Rc<Vec<CatalogEntry>>),
}

async fn load_catalog() -> Catalog {
    let index = match fetch_bytes(INDEX_URL).await {
        Ok(bytes) => bytes,
        Err(e) => return Catalog::Failed(format!("{INDEX_URL} could not be loaded: {e}")),
    };
    match parse_catalog(&index) {
        Ok(entries) => Catalog::Ready(Rc::new(entries)),
        Err(e) => Catalog::Failed(e),
    }
}

/// The listed banks a page needs: the one it shows, or every one for the class results.
fn needed<'a>(route: &Route, entries: &'a [CatalogEntry]) -> Vec<&'a CatalogEntry> {
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

/// Reads the kept banks; damaged data is moved aside (never lost) and reported.
fn restore_library() -> (LibraryState, Vec<String>) {
    let key = storage::key("", Record::KeptBanks);
    let mut notices = Vec::new();
    let library = match storage::read(&key) {
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
    (
        LibraryState {
            library,
            ..LibraryState::default()
        },
        notices,
    )
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
async fn open_link(url: String, dispatch: Callback<LibraryAction>) {
    let imported = match fetch_bytes(&url).await {
        Ok(bytes) => import_file(&file_name_of(&url), &bytes).await,
        Err(problem) => Err(format!("could not be loaded: {problem}")),
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

/// The whole app: loads the catalog once, then shows the page the URL fragment names.
#[component]
pub fn App() -> Html {
    let catalog = use_state(|| Catalog::Loading);
    let hosted_banks = use_reducer(HostedBanks::default);
    let route = use_state(|| Route::parse(&location::hash()));
    let library = use_reducer(LibraryState::default);
    let notices = use_state(Vec::<String>::new);
    {
        // Read after the first render, in an effect: reading may set damaged data aside, which
        // writes to storage, and rendering writes nothing.
        let library = library.clone();
        let notices = notices.clone();
        use_effect_with((), move |_| {
            let (restored, problems) = restore_library();
            library.dispatch(LibraryAction::Restored(restored.library));
            if !problems.is_empty() {
                notices.set(problems);
            }
        });
    }
    let dispatch = {
        let library = library.clone();
        Callback::from(move |action: LibraryAction| library.dispatch(action))
    };
    {
        let catalog = catalog.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let link = location::query_param("bank");
                if let Some(url) = &link {
                    // Said before the catalog shows, so a link to the bank's page waits for it
                    // instead of saying there is no such bank.
                    dispatch.emit(LibraryAction::Fetching(url.clone()));
                }
                let loaded = load_catalog().await;
                if let Catalog::Ready(entries) = &loaded {
                    dispatch.emit(LibraryAction::Hosted(
                        entries.iter().map(|entry| entry.id.clone()).collect(),
                    ));
                }
                catalog.set(loaded);
                if let Some(url) = link {
                    open_link(url, dispatch).await;
                }
            });
        });
    }
    {
        // Save the kept banks whenever the list changes.
        let library = library.clone();
        let notices = notices.clone();
        use_effect_with(library.revision, move |revision| {
            if *revision > 0 {
                let key = storage::key("", Record::KeptBanks);
                let mut next = (*notices).clone();
                if let Err(problem) = storage::write(&key, &library.library.to_json()) {
                    next.push(format!(
                        "The banks you opened are open for now but cannot be kept after you close this page: {problem}."
                    ));
                }
                for kept in library.library.too_large() {
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
                if next != *notices {
                    notices.set(next);
                }
            }
        });
    }
    {
        // A `?bank=` link goes straight to its bank unless it already names a page.
        let route = route.clone();
        use_effect_with(library.outcomes.clone(), move |outcomes| {
            if let Some(OpenOutcome::Opened {
                id,
                from_link: true,
                ..
            }) = outcomes.last()
                && *route == Route::Home
                && location::hash().is_empty()
            {
                location::go(&Route::Bank(id.clone()).fragment());
            }
        });
    }
    {
        // Fetch the listed banks the page shows, once the index is in.
        let hosted_banks = hosted_banks.clone();
        use_effect_with(
            ((*route).clone(), (*catalog).clone()),
            move |(route, catalog)| {
                if let Catalog::Ready(entries) = catalog {
                    hosted::request(&hosted_banks, needed(route, entries));
                }
            },
        );
    }
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    route.set(Route::parse(&location::hash()))
                })
            });
            move || drop(listener)
        });
    }

    let listed = |id: &str| -> Option<&CatalogEntry> {
        match &*catalog {
            Catalog::Ready(entries) => entries.iter().find(|entry| entry.id == id),
            _ => None,
        }
    };
    // Banks are shared (`Rc`): finding one for a page copies a pointer, not the bank. A listed
    // bank is the site's, so a kept bank of the same id never stands in for it.
    let find = |id: &Id| -> Option<Rc<Bank>> {
        if listed(id.as_str()).is_some() {
            return hosted_banks.bank(id.as_str());
        }
        library
            .library
            .find(id.as_str())
            .map(|kept| kept.bank.clone())
    };
    let missing = |id: &str| match (listed(id), hosted_banks.get(id)) {
        (Some(entry), Some(LoadedBank::Failed { errors, .. })) => {
            bank_list::failed(&entry.id, &entry.title, errors)
        }
        (Some(entry), _) => {
            html! { <p role="status">{ format!("Loading {}…", entry.title) }</p> }
        }
        (None, _) if *catalog == Catalog::Loading || library.fetching.is_some() => {
            html! { <p role="status">{ "Loading question banks…" }</p> }
        }
        (None, _) => not_found(id),
    };
    let page = match &*route {
        Route::Home => {
            let hosted_list = match &*catalog {
                Catalog::Loading => html! { <p role="status">{ "Loading question banks…" }</p> },
                Catalog::Failed(message) => html! {
                    <div role="alert" class="notice notice-error">
                        <p>{ "The list of question banks could not be read." }</p>
                        <p><code>{ message.clone() }</code></p>
                    </div>
                },
                Catalog::Ready(entries) => html! { <BankList entries={ entries.clone() } /> },
            };
            html! {
                <>
                    <h1>{ "Practice exams" }</h1>
                    { hosted_list }
                    <OwnBanks library={ library.clone() } dispatch={ dispatch.clone() } />
                    <section class="teachers" aria-labelledby="teachers-heading">
                        <h2 id="teachers-heading">{ "For teachers" }</h2>
                        <p><a href={ Route::Class.href() }>{ "Class results" }</a>{ ": grade your candidates' result files, with statistics per question." }</p>
                    </section>
                </>
            }
        }
        Route::Bank(id) => match find(id) {
            Some(bank) => {
                let problems = match hosted_banks.get(id.as_str()) {
                    Some(LoadedBank::Ready {
                        bank,
                        skipped,
                        questions_in_file,
                    }) => bank_list::skipped_notice(
                        bank.title(),
                        skipped,
                        questions_in_file.saturating_sub(bank.questions().len()),
                        *questions_in_file,
                    ),
                    _ => Html::default(),
                };
                html! {
                    <>
                        { problems }
                        <BankPage key={ id.to_string() } bank={ bank } />
                    </>
                }
            }
            None => missing(id.as_str()),
        },
        Route::Exam { bank: id, link } => match find(id) {
            Some(bank) => {
                html! { <ExamPage key={ route.fragment() } bank={ bank } link={ link.clone() } /> }
            }
            None => missing(id.as_str()),
        },
        Route::BadExamLink { bank: id, problems } => match find(id) {
            Some(_) => html! {
                <>
                    <h1>{ "This exam link does not work" }</h1>
                    <div role="alert" class="notice notice-error">
                        <p>{ "This exam link has settings that do not work:" }</p>
                        { problem_list("errors", None, problems) }
                    </div>
                </>
            },
            None => missing(id.as_str()),
        },
        Route::Class => {
            let mut banks: Vec<Rc<Bank>> = hosted_banks.banks().collect();
            banks.sort_by(|a, b| a.id().as_str().cmp(b.id().as_str()));
            banks.extend(library.library.banks.iter().map(|kept| kept.bank.clone()));
            html! { <ClassResultsPage banks={ Rc::new(banks) } /> }
        }
        Route::NotFound(fragment) => not_found(fragment),
    };
    let failed_link = library.outcomes.iter().find_map(|o| match o {
        OpenOutcome::Failed {
            source, problems, ..
        } if *route != Route::Home => Some((source.clone(), problems.clone())),
        _ => None,
    });
    html! {
        <>
            <header class="site-header"><a class="brand" href={ Route::Home.href() }>{ "Exam Practice" }</a></header>
            <main id="main" class="page">
                if let Some(problem) = package::problem() { <div class="notice notice-error" role="alert"><p>{ problem }</p></div> }
                { for notices.iter().map(|n| html! {
                    <div class="notice notice-error" role="alert"><p>{ n.clone() }</p></div>
                }) }
                { for failed_link.map(|(source, problems)| html! {
                    <div class="notice notice-error" role="alert">
                        <p>{ format!("{source} cannot be used:") }</p>
                        <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
                    </div>
                }) }
                { page }
            </main>
        </>
    }
}

fn not_found(what: &str) -> Html {
    html! {
        <>
            <h1>{ "Not found" }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ format!("There is no question bank or page called \"{what}\".") }</p>
                <p><a href={ Route::Home.href() }>{ "See all question banks" }</a></p>
            </div>
        </>
    }
}
