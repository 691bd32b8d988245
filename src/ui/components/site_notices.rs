//! The notices every page shows above its content: a package that did not start, problems with
//! keeping banks in this browser, and a `?bank=` link that could not be used.

use yew::prelude::*;

use crate::ui::route::Route;
use crate::ui::stores::app_store::AppStore;
use crate::ui::stores::library::OpenOutcome;
use crate::ui::stores::package;

/// The app's own problems, as alerts; the start page (`route` is the page shown) reports a
/// failed opening itself.
pub fn site_notices(store: &AppStore, route: &Route) -> Html {
    let failed_link = store.library.outcomes.iter().find_map(|o| match o {
        OpenOutcome::Failed {
            source, problems, ..
        } if *route != Route::Home => Some((source.clone(), problems.clone())),
        _ => None,
    });
    html! {
        <>
            if let Some(problem) = package::problem() { <div class="notice notice-error" role="alert"><p>{ problem }</p></div> }
            { for store.notices.iter().map(|n| html! {
                <div class="notice notice-error" role="alert"><p>{ n.clone() }</p></div>
            }) }
            { for failed_link.map(|(source, problems)| html! {
                <div class="notice notice-error" role="alert">
                    <p>{ format!("{source} cannot be used:") }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
                </div>
            }) }
        </>
    }
}
