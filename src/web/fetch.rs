//! Fetching files relative to the page (so the app works under any sub-path) as raw bytes,
//! taking what the first module already read, or the response the page's start-up script
//! already asked for, when there is one; and remembering every address asked for, so the
//! offline service worker can be told of them.
//!
//! Bytes go straight to serde_json: decoding them into a JS string first would cost a copy and
//! a UTF-16 round trip for nothing.

use std::cell::RefCell;

use crate::web::js_error;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Where index.html's start-up script keeps the requests it made, by address.
const EARLY_FETCHES: &str = "examPracticeFetches";
/// Where the first module leaves the files it read for the whole app, by address, as bytes.
const PASSED_ON: &str = "examPracticePassedOn";

thread_local! {
    /// Every address [`fetch_bytes`] was asked for, as it was given.
    static ASKED_FOR: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Every address this page has asked for so far, as given (relative to the page or whole): what
/// the start-up script asked for and the app has not yet taken, and what the app fetched. A
/// request still on its way counts, which is what the service worker needs to hear of: one made
/// before it took control never passes through it.
pub fn asked_for() -> Vec<String> {
    let mut addresses = ASKED_FOR.with(|asked| asked.borrow().clone());
    if let Some(kept) = web_sys::window().as_ref().and_then(early_fetches) {
        let waiting = js_sys::Object::keys(&kept);
        addresses.extend(waiting.iter().filter_map(|key| key.as_string()));
    }
    addresses
}

/// The start-up script's requests not yet taken, by address, when it made any.
fn early_fetches(window: &web_sys::Window) -> Option<js_sys::Object> {
    js_sys::Reflect::get(window, &JsValue::from_str(EARLY_FETCHES))
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

/// Leaves the bytes of `url` for the whole app, which takes them instead of downloading the file
/// again (the first module does this with the index and the bank it read).
pub fn pass_on(url: &str, bytes: &[u8]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let key = JsValue::from_str(PASSED_ON);
    let kept = js_sys::Reflect::get(&window, &key)
        .ok()
        .filter(JsValue::is_object)
        .unwrap_or_else(|| {
            let kept = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&window, &key, &kept);
            kept.into()
        });
    let _ = js_sys::Reflect::set(
        &kept,
        &JsValue::from_str(url),
        &js_sys::Uint8Array::from(bytes),
    );
}

/// The bytes the first module left for `url`, taken out so they are used once.
fn take_passed_on(window: &web_sys::Window, url: &str) -> Option<Vec<u8>> {
    let kept = js_sys::Reflect::get(window, &JsValue::from_str(PASSED_ON))
        .ok()
        .filter(JsValue::is_object)?;
    let key = JsValue::from_str(url);
    let bytes = js_sys::Reflect::get(&kept, &key)
        .ok()?
        .dyn_into::<js_sys::Uint8Array>()
        .ok()?;
    js_sys::Reflect::delete_property(kept.unchecked_ref::<js_sys::Object>(), &key).ok()?;
    Some(bytes.to_vec())
}

/// The request the start-up script made for `url`, taken out so it is used once.
fn take_early_fetch(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let kept = early_fetches(window)?;
    let key = JsValue::from_str(url);
    let promise = js_sys::Reflect::get(&kept, &key)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    js_sys::Reflect::delete_property(&kept, &key).ok()?;
    Some(promise)
}

/// Why a file could not be fetched; the views say it in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The page has no window to fetch from.
    NoWindow,
    /// The request failed: the browser's message, when it gave one. Browsers give one opaque
    /// error for a wrong address, a server that is down and a server that does not let other
    /// sites read it (CORS), so the views name all three.
    RequestFailed(Option<String>),
    /// The server answered with an error: its status code and status text.
    Status { code: u16, text: String },
    /// The answer could not be read: the browser's message, when it gave one.
    Unreadable(Option<String>),
}

/// Fetches `url` (relative URLs resolve against the page's base) and returns its body.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoWindow)?;
    ASKED_FOR.with(|asked| asked.borrow_mut().push(url.to_owned()));
    if let Some(bytes) = take_passed_on(&window, url) {
        return Ok(bytes);
    }
    let request = take_early_fetch(&window, url).unwrap_or_else(|| window.fetch_with_str(url));
    let response: Response = JsFuture::from(request)
        .await
        .map_err(|e| FetchError::RequestFailed(js_error::message(&e)))?
        .dyn_into()
        .map_err(unreadable)?;
    if !response.ok() {
        return Err(FetchError::Status {
            code: response.status(),
            text: response.status_text(),
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(unreadable)?)
        .await
        .map_err(unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn unreadable(error: JsValue) -> FetchError {
    FetchError::Unreadable(js_error::message(&error))
}
