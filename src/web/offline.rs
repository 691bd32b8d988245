//! Registers the offline service worker (`sw.js`, written by the build), so after one visit the
//! app and the banks opened in it work without a network.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
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
    let Some(register) = method(&container, "register") else {
        return;
    };
    let controlled = Reflect::get(&container, &JsValue::from_str("controller"))
        .is_ok_and(|controller| !controller.is_null() && !controller.is_undefined());
    if !controlled {
        keep_banks_read_before_control(&container);
    }
    // A failed registration only means no offline copy; the app itself is unaffected.
    if let Ok(promise) = register.call1(&container, &JsValue::from_str("sw.js"))
        && let Ok(promise) = promise.dyn_into::<js_sys::Promise>()
    {
        let ignore = wasm_bindgen::closure::Closure::once(|_: JsValue| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}

/// `target`'s method `name`, if it has one.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// On a first visit the page asks for its bank before the worker controls it, so the worker never
/// sees that request and a candidate who came by an exam link would find the bank missing
/// offline. Once the worker takes control, it is told every file under `questions/` (and under
/// `locales/`, the interface's language) the page has asked for so far, finished or still on its
/// way, and keeps them too (later requests pass through it anyway).
fn keep_banks_read_before_control(container: &JsValue) {
    let Some(add_listener) = method(container, "addEventListener") else {
        return;
    };
    let watched = container.clone();
    let on_control = Closure::once_into_js(move |_: JsValue| {
        let Ok(controller) = Reflect::get(&watched, &JsValue::from_str("controller")) else {
            return;
        };
        let Some(post) = method(&controller, "postMessage") else {
            return;
        };
        let message = Object::new();
        if Reflect::set(
            &message,
            &JsValue::from_str("keep"),
            &kept_files_asked_for(),
        )
        .is_ok()
        {
            let _ = post.call1(&controller, &message);
        }
    });
    let once = Object::new();
    let _ = Reflect::set(&once, &JsValue::from_str("once"), &JsValue::TRUE);
    let _ = add_listener.call3(
        container,
        &JsValue::from_str("controllerchange"),
        &on_control,
        &once,
    );
}

/// The whole addresses of the files under this page's `questions/` and `locales/` folders that
/// the page has asked for.
fn kept_files_asked_for() -> Array {
    let found = Array::new();
    let Some(base) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
    else {
        return found;
    };
    let folders: Vec<String> = [
        crate::engine::catalog::BANKS_FOLDER,
        catalogue::COMPILED_FOLDER,
    ]
    .iter()
    .filter_map(|folder| web_sys::Url::new_with_base(folder, &base).ok())
    .map(|folder| folder.href())
    .collect();
    for address in crate::web::fetch::asked_for() {
        if let Some(whole) = web_sys::Url::new_with_base(&address, &base)
            .ok()
            .map(|url| url.href())
            .filter(|whole| folders.iter().any(|folder| whole.starts_with(folder)))
        {
            found.push(&JsValue::from_str(&whole));
        }
    }
    found
}
