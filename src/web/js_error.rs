//! What a failed browser call threw, as text for a message: an `Error`'s message, or a string.

use wasm_bindgen::{JsCast, JsValue};

/// The message of `error`, when it is an `Error` or a string; the caller says what failed
/// otherwise.
pub fn message(error: &JsValue) -> Option<String> {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
}
