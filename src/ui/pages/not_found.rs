//! What a page shows instead when its address names nothing: no such page, or a bank that is
//! still loading, cannot be used, or does not exist.

use yew::prelude::*;

use crate::engine::catalog::LoadedBank;
use crate::ui::components::bank_list;
use crate::ui::route::Route;
use crate::ui::stores::app_store::AppStore;

/// There is no bank or page by this name: `what` is the bank id or address fragment that names
/// nothing.
pub fn not_found(what: &str) -> Html {
    html! {
        <>
            <h1>{ "Not found" }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ format!("There is no question bank or page called \"{}\".", what) }</p>
                <p><a href={ Route::Home.href() }>{ "See all question banks" }</a></p>
            </div>
        </>
    }
}

/// A page's bank is not here to show: still loading, unusable (with why), or not found.
pub fn missing_bank(store: &AppStore, id: &str) -> Html {
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
        (None, _) => not_found(id),
    }
}
