//! What a page shows instead when its address names nothing: no such page, or a bank that is
//! still loading, cannot be used, or does not exist.

use yew::prelude::*;

use crate::engine::catalog::LoadedBank;
use crate::ui::components::bank_list;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::stores::app_store::AppStore;
use crate::ui::text::use_text;

/// There is no bank or page by this name: `what` is the bank id or address fragment that names
/// nothing.
pub fn not_found(what: &str) -> Html {
    html! { <NotFound what={ AttrValue::from(what.to_owned()) } /> }
}

#[derive(Properties, PartialEq)]
struct NotFoundProps {
    what: AttrValue,
}

/// The page for a name that names nothing, in the interface's language (a component of its own,
/// so that its callers need not pass the language).
#[component]
fn NotFound(props: &NotFoundProps) -> Html {
    let text = use_text();
    html! {
        <>
            <h1>{ text.get(Msg::NotFoundHeading) }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ text.get(Msg::NotFoundMessage { name: props.what.as_str().into() }) }</p>
                <p><a href={ Route::Home.href() }>{ text.get(Msg::NotFoundAllBanks) }</a></p>
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
            html! { <Loading title={ Some(AttrValue::from(entry.title.clone())) } /> }
        }
        (None, _) if store.still_loading() => html! { <Loading /> },
        (None, _) => not_found(id),
    }
}

#[derive(Properties, PartialEq)]
struct LoadingProps {
    /// The bank's title, when the bank list has arrived; without one, the list is loading.
    #[prop_or_default]
    title: Option<AttrValue>,
}

/// What is loading, in the interface's language.
#[component]
fn Loading(props: &LoadingProps) -> Html {
    let text = use_text();
    let status = match &props.title {
        Some(title) => text.get(Msg::NotFoundLoadingBank {
            title: title.as_str().into(),
        }),
        None => text.get(Msg::NotFoundLoadingBanks),
    };
    html! { <p role="status">{ status }</p> }
}
