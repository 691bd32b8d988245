//! The route the page's address names, kept in step with the address as it changes.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::ui::route::Route;
use crate::web::location;

/// The current route, read from the URL fragment and again on every `hashchange`.
#[hook]
pub fn use_current_route() -> UseStateHandle<Route> {
    let route = use_state(|| Route::parse(&location::hash()));
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
    route
}
