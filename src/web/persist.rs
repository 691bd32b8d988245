//! Asks the browser to keep this site's data for good (`navigator.storage.persist`), so saved
//! progress is not evicted when space runs low or the site goes unvisited for a while.

use wasm_bindgen_futures::JsFuture;

use super::storage::{self, Record};

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

/// Asks for lasting storage once (some browsers ask the candidate, who should not be asked on
/// every visit); afterwards only reads whether it was granted.
pub async fn request() -> Persistence {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Persistence::Unsupported;
    };
    let granted = ask(manager.persisted()).await;
    if granted == Persistence::Granted {
        return granted;
    }
    let key = storage::key("", Record::PersistenceAsked);
    if storage::read(&key).ok().flatten().is_some() {
        return granted;
    }
    let answer = ask(manager.persist()).await;
    let _ = storage::write(&key, "1");
    answer
}
