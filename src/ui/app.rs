//! The application shell: loads the bank index and every listed bank, then shows the list.

use std::rc::Rc;

use yew::prelude::*;

use super::bank_list::BankList;
use crate::engine::catalog::{LoadedBank, load_bank, parse_catalog};
use crate::web::fetch::fetch_bytes;

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

/// The whole app.
#[component]
pub fn App() -> Html {
    let catalog = use_state(|| Catalog::Loading);
    {
        let catalog = catalog.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move { catalog.set(load_catalog().await) });
        });
    }
    html! {
        <>
            <header class="site-header"><p class="brand">{ "Exam Practice" }</p></header>
            <main id="main" class="page">
                <h1>{ "Practice exams" }</h1>
                { match &*catalog {
                    Catalog::Loading => html! { <p role="status">{ "Loading question banks…" }</p> },
                    Catalog::Failed(message) => html! {
                        <div role="alert" class="notice notice-error">
                            <p>{ "The list of question banks could not be read." }</p>
                            <p><code>{ message.clone() }</code></p>
                        </div>
                    },
                    Catalog::Ready(banks) => html! { <BankList banks={ banks.clone() } /> },
                } }
            </main>
        </>
    }
}
