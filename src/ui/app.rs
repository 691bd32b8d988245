//! The application shell: provides the stores to every page and shows the page the URL fragment
//! names.

use std::rc::Rc;

use yew::prelude::*;

use super::components::bank_list;
use super::components::site_header::SiteHeader;
use super::components::site_notices::site_notices;
use super::pages::bank::BankPage;
use super::pages::class_results::ClassResultsPage;
use super::pages::exam::{ExamPage, WholeApp, bad_exam_link};
use super::pages::home::HomePage;
use super::pages::not_found::{missing_bank, not_found};
use super::route::Route;
use super::stores::app_store::{AppStore, use_app_store, use_banks_for_route};
use super::stores::catalog::Catalog;
use super::stores::current_route::use_current_route;
use super::stores::display::use_display_store;
use super::stores::language::use_language_store;
use super::text::Texts;
use crate::engine::bank::Id;
use crate::web::handover;

/// The whole app: the stores, provided to every page, and the page the URL fragment names.
#[component]
pub fn App() -> Html {
    let store = use_app_store();
    let route = use_current_route();
    let language = use_language_store(super::stores::package::language(), false);
    let display = use_display_store();
    use_banks_for_route(&store, &route, &language.texts);
    let page = page(&store, &route);
    let text = language.texts.clone();
    let notices = site_notices(&text, &store, &route);
    use_takeover(&store, &route, language.settled);
    html! {
        <ContextProvider<Texts> context={ text.clone() }>
        <ContextProvider<AppStore> context={ store }>
            <SiteHeader language={ language.clone() } { display } />
            <main id="main" class="page">
                { notices }
                if language.settled { { page } }
            </main>
        </ContextProvider<AppStore>>
        </ContextProvider<Texts>>
    }
}

/// The page a route names, with its bank once the bank is here.
fn page(store: &AppStore, route: &Route) -> Html {
    let missing = |id: &Id| missing_bank(store, id.as_str());
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Bank(id) => match store.find(id) {
            Some(bank) => html! {
                <>
                    { bank_list::loaded_notice(store.loaded(id.as_str())) }
                    <BankPage key={ id.to_string() } bank={ bank } />
                </>
            },
            None => missing(id),
        },
        Route::Exam { bank: id, link } => match store.find(id) {
            Some(bank) => {
                html! { <ExamPage<WholeApp> key={ route.fragment() } bank={ bank } link={ link.clone() } /> }
            }
            None => missing(id),
        },
        Route::BadExamLink { bank: id, problems } => match store.find(id) {
            Some(_) => bad_exam_link(problems),
            None => missing(id),
        },
        Route::Class => html! { <ClassResultsPage banks={ Rc::new(store.all_banks()) } /> },
        Route::NotFound(fragment) => not_found(fragment),
    }
}

/// Shows the app in place of the first module and the start page written at build time: at once,
/// except on the start page, which waits for the bank list (the written one shows meanwhile), and
/// for an exam the first module runs, which the exam page takes over once it has opened it
/// (`Runner`); and never before the interface's language has arrived.
#[hook]
fn use_takeover(store: &AppStore, route: &Route, language_settled: bool) {
    let exam_behind = handover::is_hidden() && matches!(route, Route::Exam { .. });
    let list_coming = *route == Route::Home && *store.catalog == Catalog::Loading;
    use_effect(move || {
        if !exam_behind && !list_coming && language_settled {
            handover::reveal(false);
        }
    });
}
