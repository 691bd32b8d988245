//! Asks the browser to keep this site's data for good (`navigator.storage.persist`), so saved
//! progress is not evicted when space runs low or the site goes unvisited for a while.

use wasm_bindgen_futures::JsFuture;

/// What the browser said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// The data is kept until the candidate clears it.
    Granted,
    /// The browser may still clear it.
    Refused,
    /// This browser cannot be asked.
    Unsupported,
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Persistence {
    let Ok(promise) = promise else {
        return Persistence::Unsupported;
    };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Persistence::Granted,
        Ok(Some(false)) => Persistence::Refused,
        _ => Persistence::Unsupported,
    }
}

/// Asks for lasting storage unless it is already granted, and says how it went.
pub async fn request() -> Persistence {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Persistence::Unsupported;
    };
    if ask(manager.persisted()).await == Persistence::Granted {
        return Persistence::Granted;
    }
    ask(manager.persist()).await
}
