//! The page's URL fragment (`#/…`), which carries the app's routes so static hosts need no rewrites.

/// The current fragment without the leading `#`.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// A parameter of the page's query string (`?bank=…`), decoded.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.is_empty())
}

/// Navigates to `#{route}`; the `hashchange` listener picks it up.
pub fn go(route: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(route);
    }
}

/// Rewrites the fragment without adding a history entry (e.g. to record a chosen seed).
pub fn replace(route: &str) {
    if let Some(window) = web_sys::window()
        && let Ok(history) = window.history()
    {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{route}")),
        );
    }
}
