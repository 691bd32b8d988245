//! Registers the offline service worker (`sw.js`, written by the build), so after one visit the
//! app and its listed banks work without a network.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Registers `sw.js` next to the page (its scope is the page's folder, so any sub-path works).
/// Development builds skip it: `trunk serve` rebuilds constantly and a cache would only hide
/// the changes. Browsers without service workers, or pages not served over http(s), skip it too.
pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    let global = js_sys::global();
    let Ok(navigator) = Reflect::get(&global, &JsValue::from_str("navigator")) else {
        return;
    };
    let Ok(container) = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")) else {
        return;
    };
    if container.is_undefined() {
        return;
    }
    let Some(register) = Reflect::get(&container, &JsValue::from_str("register"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    // A failed registration only means no offline copy; the app itself is unaffected.
    if let Ok(promise) = register.call1(&container, &JsValue::from_str("sw.js"))
        && let Ok(promise) = promise.dyn_into::<js_sys::Promise>()
    {
        let ignore = wasm_bindgen::closure::Closure::once(|_: JsValue| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}
