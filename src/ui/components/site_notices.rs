//! The notices every page shows above its content: a package that did not start, problems with
//! keeping banks in this browser, and a `?bank=` link that could not be used.

use yew::prelude::*;

use crate::ui::route::Route;
use crate::ui::stores::app_store::use_store;
use crate::ui::stores::library::OpenOutcome;
use crate::ui::stores::package;

#[derive(Properties, PartialEq)]
pub struct SiteNoticesProps {
    pub route: Route,
}

/// The app's own problems, as alerts; the start page reports a failed opening itself.
#[component]
pub fn SiteNotices(props: &SiteNoticesProps) -> Html {
    let store = use_store();
    let failed_link = store.library.outcomes.iter().find_map(|o| match o {
        OpenOutcome::Failed {
            source, problems, ..
        } if props.route != Route::Home => Some((source.clone(), problems.clone())),
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
