//! The teachers' tools: a second wasm module that runs in a Web Worker, loaded only when a
//! question file of another format than JSON is opened or listed (src/web/teacher_tools.rs).
//! It holds the GIFT, Aiken and Markdown readers, so a candidate's first load carries none of
//! them, and a large file is read without blocking the page.
//!
//! Each message names a request (`kind`), the file, and its bytes; the answer carries the same
//! `id` and the import's outcome as text in parts (`exam_engine::import::transfer`): a `summary`
//! and the `questions`, an array of texts. The worker says it is
//! ready with a message without an `id`, since messages sent before its wasm has started would be
//! lost.

use exam_practice::engine::catalog::{CatalogEntry, import_entry};
use exam_practice::engine::import::{Lint, import, transfer};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn field(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Works out the answer to one request.
fn answer(data: &JsValue) -> transfer::Parts {
    let name = field(data, "name").as_string().unwrap_or_default();
    let bytes = js_sys::Uint8Array::new(&field(data, "bytes")).to_vec();
    let imported = match field(data, "kind").as_string().as_deref() {
        Some("listed") => {
            match serde_json::from_str::<CatalogEntry>(
                &field(data, "entry").as_string().unwrap_or_default(),
            ) {
                Ok(entry) => import_entry(&entry, &bytes, Lint::Skip),
                Err(_) => import(&name, &bytes),
            }
        }
        _ => import(&name, &bytes),
    };
    transfer::write(&imported)
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let parts = answer(&data);
        let questions: js_sys::Array = parts
            .questions
            .iter()
            .map(|part| JsValue::from_str(part))
            .collect();
        let reply = js_sys::Object::new();
        let set = |name: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(&reply, &JsValue::from_str(name), value);
        };
        set("id", &field(&data, "id"));
        set("summary", &JsValue::from_str(&parts.summary));
        set("questions", &questions);
        let _ = replies.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&js_sys::Object::new());
}
