//! The page's side of the teachers' tools worker (src/bin/teacher-tools.rs): started the first
//! time a file of another format than JSON is opened or listed, then kept for the visit.
//!
//! Requests wait until the worker says it is ready; each gets a promise, settled when the answer
//! with its id comes back, or rejected when the worker cannot be loaded (offline before it was
//! ever used, say), with a message that says what cannot be done.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use crate::engine::catalog::{CatalogEntry, import_json_entry};
use crate::engine::import::{Imported, Lint, import_json, is_json, transfer};
use crate::web::frame;

/// Trunk's loader for the worker module, relative to the page.
const WORKER_URL: &str = "teacher-tools_loader.js";

/// A promise's resolve and reject functions.
type Settle = (js_sys::Function, js_sys::Function);

struct Tools {
    worker: Worker,
    ready: js_sys::Promise,
    waiting: Rc<RefCell<HashMap<u32, Settle>>>,
    next_id: Cell<u32>,
    /// Kept so the worker's handlers live as long as it does.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

thread_local! {
    static TOOLS: RefCell<Option<Rc<Tools>>> = const { RefCell::new(None) };
}

fn set(object: &js_sys::Object, name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(name), value);
}

fn start() -> Result<Tools, String> {
    let worker = Worker::new(WORKER_URL).map_err(describe)?;
    let mut ready_settle: Option<Settle> = None;
    let ready = js_sys::Promise::new(&mut |resolve, reject| ready_settle = Some((resolve, reject)));
    let (ready_resolve, ready_reject) = ready_settle.ok_or("the worker could not be started")?;
    let waiting: Rc<RefCell<HashMap<u32, Settle>>> = Rc::default();
    let on_message = {
        let waiting = waiting.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let id = js_sys::Reflect::get(&data, &JsValue::from_str("id"))
                .ok()
                .and_then(|id| id.as_f64());
            match id {
                None => {
                    let _ = ready_resolve.call0(&JsValue::NULL);
                }
                Some(id) => {
                    if let Some((resolve, _)) = waiting.borrow_mut().remove(&(id as u32)) {
                        let _ = resolve.call1(&JsValue::NULL, &data);
                    }
                }
            }
        })
    };
    let on_error = {
        let waiting = waiting.clone();
        // A script that cannot be loaded gives a plain event; an error inside it, an ErrorEvent.
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let message = event
                .dyn_ref::<ErrorEvent>()
                .map(ErrorEvent::message)
                .unwrap_or_default();
            let problem = JsValue::from_str(&if message.is_empty() {
                "the reader for this format could not be loaded; check the connection and try again"
                    .to_owned()
            } else {
                format!("the reader for this format failed ({message})")
            });
            let _ = ready_reject.call1(&JsValue::NULL, &problem);
            for (_, (_, reject)) in waiting.borrow_mut().drain() {
                let _ = reject.call1(&JsValue::NULL, &problem);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Tools {
        worker,
        ready,
        waiting,
        next_id: Cell::new(1),
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The worker, started on first use. One that failed to load is not kept, so a later request
/// tries again.
fn tools() -> Result<Rc<Tools>, String> {
    TOOLS.with(|cell| {
        if let Some(tools) = cell.borrow().as_ref() {
            return Ok(tools.clone());
        }
        let tools = Rc::new(start()?);
        *cell.borrow_mut() = Some(tools.clone());
        Ok(tools)
    })
}

/// Asks the worker to import a file, then reads its answer a part at a time, letting the page
/// paint between parts.
async fn request(
    kind: &str,
    name: &str,
    entry: Option<String>,
    bytes: &[u8],
) -> Result<Imported, String> {
    let tools = tools()?;
    if let Err(problem) = JsFuture::from(tools.ready.clone()).await {
        TOOLS.with(|cell| cell.borrow_mut().take());
        return Err(describe(problem));
    }
    let id = tools.next_id.get();
    tools.next_id.set(id + 1);
    let message = js_sys::Object::new();
    let array = js_sys::Uint8Array::from(bytes);
    set(&message, "id", &JsValue::from(id));
    set(&message, "kind", &JsValue::from_str(kind));
    set(&message, "name", &JsValue::from_str(name));
    set(
        &message,
        "entry",
        &entry.map_or(JsValue::UNDEFINED, |e| JsValue::from_str(&e)),
    );
    set(&message, "bytes", &array);
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        tools.waiting.borrow_mut().insert(id, (resolve, reject));
    });
    // The bytes' buffer is handed over, not copied.
    tools
        .worker
        .post_message_with_transfer(&message, &js_sys::Array::of1(&array.buffer()))
        .map_err(describe)?;
    let reply = match JsFuture::from(answer).await {
        Ok(reply) => reply,
        Err(problem) => {
            // A worker whose wasm failed is not trusted again: the next request starts another.
            TOOLS.with(|cell| cell.borrow_mut().take());
            return Err(describe(problem));
        }
    };
    let get = |field: &str| js_sys::Reflect::get(&reply, &JsValue::from_str(field));
    let summary = get("summary")
        .ok()
        .and_then(|summary| summary.as_string())
        .ok_or("the reader for this format gave no answer")?;
    let mut assembly = transfer::Assembly::start(name, &summary)?;
    let questions: js_sys::Array = get("questions")
        .ok()
        .and_then(|questions| questions.dyn_into().ok())
        .unwrap_or_default();
    for part in questions.iter() {
        frame::next_task().await;
        assembly.add(&part.as_string().unwrap_or_default());
    }
    assembly.finish()
}

/// The largest JSON file the page reads itself when one is opened: larger ones go to the
/// worker too, so that reading them never blocks the page.
const PAGE_READS_JSON_UP_TO: usize = 1024 * 1024;

/// Reads a question file opened or linked: a small JSON bank in the page, anything else in the
/// worker (a JSON bank in the page after all when the worker cannot be loaded).
pub async fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, String> {
    let json = is_json(name, bytes);
    if json && bytes.len() <= PAGE_READS_JSON_UP_TO {
        return Ok(import_json(name, bytes));
    }
    match request("import", name, None, bytes).await {
        Err(_) if json => Ok(import_json(name, bytes)),
        outcome => outcome,
    }
}

/// Reads a listed bank file as `import_entry` does: JSON in the page, the rest in the worker.
pub async fn import_listed(entry: &CatalogEntry, bytes: &[u8]) -> Result<Imported, String> {
    if is_json(&entry.path, bytes) {
        return Ok(import_json_entry(entry, bytes, Lint::Skip));
    }
    let described = serde_json::to_string(entry).map_err(|e| e.to_string())?;
    request("listed", &entry.path, Some(described), bytes).await
}

fn describe(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the reader for this format failed".to_owned())
}
