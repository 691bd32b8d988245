//! What a page shows instead when its address names nothing: no such page, or a bank that is
//! still loading, cannot be used, or does not exist.

use yew::prelude::*;

use crate::engine::catalog::LoadedBank;
use crate::ui::components::bank_list;
use crate::ui::route::Route;
use crate::ui::stores::app_store::use_store;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The bank id or address fragment that names nothing.
    pub what: String,
}

/// There is no bank or page by this name.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    html! {
        <>
            <h1>{ "Not found" }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ format!("There is no question bank or page called \"{}\".", props.what) }</p>
                <p><a href={ Route::Home.href() }>{ "See all question banks" }</a></p>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct MissingBankProps {
    pub id: String,
}

/// A page's bank is not here to show: still loading, unusable (with why), or not found.
#[component]
pub fn MissingBank(props: &MissingBankProps) -> Html {
    let store = use_store();
    let id = props.id.as_str();
    match (store.catalog.entry(id), store.loaded(id)) {
        (Some(entry), Some(LoadedBank::Failed { errors, .. })) => {
            bank_list::failed(&entry.id, &entry.title, errors)
        }
        (Some(entry), _) => {
            html! { <p role="status">{ format!("Loading {}…", entry.title) }</p> }
        }
        (None, _) if store.still_loading() => {
            html! { <p role="status">{ "Loading question banks…" }</p> }
        }
        (None, _) => html! { <NotFound what={ props.id.clone() } /> },
    }
}
