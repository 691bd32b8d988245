//! The application shell: loads the bank index and every listed bank, then shows the list.

use std::rc::Rc;

use yew::prelude::*;

use gloo::events::EventListener;

use super::bank_list::BankList;
use super::bank_page::BankPage;
use super::exam::ExamPage;
use super::route::Route;
use crate::engine::catalog::{LoadedBank, load_bank, parse_catalog};
use crate::web::fetch::fetch_bytes;
use crate::web::location;

/// Where the index lives, relative to the page, so any sub-path works.
const INDEX_URL: &str = "questions/index.json";

#[derive(Clone, PartialEq)]
enum Catalog {
    Loading,
    Failed(String),
    Ready(Rc<Vec<LoadedBank>>),
}

async fn load_catalog() -> Catalog {
    let index = match fetch_bytes(INDEX_URL).await {
        Ok(bytes) => bytes,
        Err(e) => return Catalog::Failed(format!("{INDEX_URL} could not be loaded: {e}")),
    };
    let entries = match parse_catalog(&index) {
        Ok(entries) => entries,
        Err(e) => return Catalog::Failed(e),
    };
    let mut banks = Vec::with_capacity(entries.len());
    for entry in &entries {
        let bytes = fetch_bytes(&format!("questions/{}", entry.path)).await;
        banks.push(load_bank(entry, bytes));
    }
    Catalog::Ready(Rc::new(banks))
}

/// The whole app: loads the catalog once, then shows the page the URL fragment names.
#[component]
pub fn App() -> Html {
    let catalog = use_state(|| Catalog::Loading);
    let route = use_state(|| Route::parse(&location::hash()));
    {
        let catalog = catalog.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move { catalog.set(load_catalog().await) });
        });
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
    let page = match &*catalog {
        Catalog::Loading => html! { <p role="status">{ "Loading question banks…" }</p> },
        Catalog::Failed(message) => html! {
            <div role="alert" class="notice notice-error">
                <p>{ "The list of question banks could not be read." }</p>
                <p><code>{ message.clone() }</code></p>
            </div>
        },
        Catalog::Ready(banks) => {
            let find = |id: &str| {
                banks.iter().find_map(|b| match b {
                    LoadedBank::Ready(bank) if bank.id().as_str() == id => {
                        Some(Rc::new(bank.clone()))
                    }
                    _ => None,
                })
            };
            match &*route {
                Route::Home => html! {
                    <>
                        <h1>{ "Practice exams" }</h1>
                        <BankList banks={ banks.clone() } />
                    </>
                },
                Route::Bank(id) => match find(id) {
                    Some(bank) => html! { <BankPage key={ id.clone() } bank={ bank } /> },
                    None => not_found(id),
                },
                Route::Exam { bank: id, query } => match find(id) {
                    Some(bank) => {
                        html! { <ExamPage key={ format!("{id}?{query}") } bank={ bank } query={ query.clone() } /> }
                    }
                    None => not_found(id),
                },
                Route::NotFound(fragment) => not_found(fragment),
            }
        }
    };
    html! {
        <>
            <header class="site-header"><a class="brand" href="#/">{ "Exam Practice" }</a></header>
            <main id="main" class="page">{ page }</main>
        </>
    }
}

fn not_found(what: &str) -> Html {
    html! {
        <div role="alert" class="notice notice-error">
            <p>{ format!("There is no question bank or page called \"{what}\".") }</p>
            <p><a href="#/">{ "See all question banks" }</a></p>
        </div>
    }
}
