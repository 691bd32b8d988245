//! The page's side of the teachers' tools worker (crates/teacher-tools): started the first
//! time a file of another format than JSON is opened or listed, then kept for the visit.
//!
//! Requests wait until the worker says it is ready; each then waits for the answer
//! with its id comes back, or rejected when the worker cannot be loaded (offline before it was
//! ever used, say), with a message that says what cannot be done. The messages are the typed
//! ones of `exam_engine::worker_protocol`, each one byte buffer handed over to the other side.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use futures_channel::oneshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use crate::engine::catalog::{CatalogEntry, import_json_entry};
use crate::engine::import::transfer::{self, Parts};
use crate::engine::import::{Imported, Lint, import_json, is_json};
use crate::engine::worker_protocol::{FileToRead, FromTools, ToolsRequest};
use crate::web::{frame, js_error};

/// Trunk's loader for the worker module, relative to the page.
const WORKER_URL: &str = "teacher-tools_loader.js";

/// A promise's resolve and reject functions.
type Settle = (js_sys::Function, js_sys::Function);

/// The requests sent and not yet answered, by id.
type Waiting = Rc<RefCell<HashMap<u32, oneshot::Sender<Result<Parts, ToolsError>>>>>;

/// Why the teachers' tools could not read a file, as data the page words.
#[derive(Debug, Clone, PartialEq)]
pub enum ToolsError {
    /// The worker's script could not be loaded (offline before it was ever used, say).
    NotLoaded,
    /// The worker failed: the browser's words for it, when it gave any.
    Failed(Option<String>),
    /// The worker went away without answering.
    NoAnswer,
    /// The worker's answer could not be read: a bug, or two versions of the app side by side.
    AnswerUnreadable(String),
}

struct Tools {
    worker: Worker,
    ready: js_sys::Promise,
    waiting: Waiting,
    /// Why the worker failed to load, once it has.
    failure: Rc<RefCell<Option<ToolsError>>>,
    next_id: Cell<u32>,
    /// Kept so the worker's handlers live as long as it does.
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

thread_local! {
    static TOOLS: RefCell<Option<Rc<Tools>>> = const { RefCell::new(None) };
}

/// Settles every waiting request with `problem`.
fn give_up(waiting: &Waiting, problem: &ToolsError) {
    for (_, answer) in waiting.borrow_mut().drain() {
        let _ = answer.send(Err(problem.clone()));
    }
}

fn start() -> Result<Tools, ToolsError> {
    let worker = Worker::new(WORKER_URL).map_err(failed)?;
    let mut ready_settle: Option<Settle> = None;
    let ready = js_sys::Promise::new(&mut |resolve, reject| ready_settle = Some((resolve, reject)));
    let (ready_resolve, ready_reject) = ready_settle.ok_or(ToolsError::Failed(None))?;
    let waiting: Waiting = Rc::default();
    let failure: Rc<RefCell<Option<ToolsError>>> = Rc::default();
    let on_message = {
        let waiting = waiting.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let message = js_sys::Uint8Array::new(&event.data()).to_vec();
            match FromTools::decode(&message) {
                Ok(FromTools::Ready) => {
                    let _ = ready_resolve.call0(&JsValue::NULL);
                }
                Ok(FromTools::Answer { id, parts }) => {
                    if let Some(answer) = waiting.borrow_mut().remove(&id) {
                        let _ = answer.send(Ok(parts));
                    }
                }
                Ok(FromTools::Unreadable { problem }) => {
                    give_up(&waiting, &ToolsError::AnswerUnreadable(problem));
                }
                Err(problem) => {
                    give_up(&waiting, &ToolsError::AnswerUnreadable(problem.to_string()));
                }
            }
        })
    };
    let on_error = {
        let waiting = waiting.clone();
        let failure = failure.clone();
        // A script that cannot be loaded gives a plain event; an error inside it, an ErrorEvent.
        Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let message = event
                .dyn_ref::<ErrorEvent>()
                .map(ErrorEvent::message)
                .unwrap_or_default();
            let problem = if message.is_empty() {
                ToolsError::NotLoaded
            } else {
                ToolsError::Failed(Some(message))
            };
            *failure.borrow_mut() = Some(problem.clone());
            let _ = ready_reject.call0(&JsValue::NULL);
            give_up(&waiting, &problem);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Tools {
        worker,
        ready,
        waiting,
        failure,
        next_id: Cell::new(1),
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The worker, started on first use. One that failed to load is not kept, so a later request
/// tries again.
fn tools() -> Result<Rc<Tools>, ToolsError> {
    TOOLS.with(|cell| {
        if let Some(tools) = cell.borrow().as_ref() {
            return Ok(tools.clone());
        }
        let tools = Rc::new(start()?);
        *cell.borrow_mut() = Some(tools.clone());
        Ok(tools)
    })
}

/// Forgets the worker: one that failed is not trusted again, so the next request starts another.
fn forget_tools() {
    TOOLS.with(|cell| cell.borrow_mut().take());
}

/// Asks the worker to import a file, then reads its answer a part at a time, letting the page
/// paint between parts.
async fn request(name: &str, file: FileToRead, bytes: &[u8]) -> Result<Imported, ToolsError> {
    let tools = tools()?;
    if JsFuture::from(tools.ready.clone()).await.is_err() {
        forget_tools();
        let failure = tools.failure.borrow().clone();
        return Err(failure.unwrap_or(ToolsError::Failed(None)));
    }
    let id = tools.next_id.get();
    tools.next_id.set(id + 1);
    let message = ToolsRequest {
        id,
        file,
        bytes: bytes.into(),
    }
    .encode();
    // The message's buffer is handed over, not copied.
    let buffer = js_sys::Uint8Array::from(message.as_slice());
    tools
        .worker
        .post_message_with_transfer(&buffer, &js_sys::Array::of1(&buffer.buffer()))
        .map_err(failed)?;
    // Waiting starts once the message is sent, so a request that could not be sent leaves
    // nothing behind; no answer can arrive before this task next yields.
    let (answer, answered) = oneshot::channel();
    tools.waiting.borrow_mut().insert(id, answer);
    let parts = match answered.await {
        Ok(Ok(parts)) => parts,
        Ok(Err(problem)) => {
            forget_tools();
            return Err(problem);
        }
        Err(oneshot::Canceled) => {
            forget_tools();
            return Err(ToolsError::NoAnswer);
        }
    };
    let mut assembly =
        transfer::Assembly::start(name, &parts.summary).map_err(ToolsError::AnswerUnreadable)?;
    for part in &parts.questions {
        frame::next_task().await;
        assembly.add(part);
    }
    assembly.finish().map_err(ToolsError::AnswerUnreadable)
}

/// The largest JSON file the page reads itself when one is opened: larger ones go to the
/// worker too, so that reading them never blocks the page.
const PAGE_READS_JSON_UP_TO: usize = 1024 * 1024;

/// Reads a question file opened or linked: a small JSON bank in the page, anything else in the
/// worker (a JSON bank in the page after all when the worker cannot be loaded).
pub async fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, ToolsError> {
    let json = is_json(name, bytes);
    if json && bytes.len() <= PAGE_READS_JSON_UP_TO {
        return Ok(import_json(name, bytes));
    }
    let file = FileToRead::Opened {
        name: name.to_owned(),
    };
    match request(name, file, bytes).await {
        Err(_) if json => Ok(import_json(name, bytes)),
        outcome => outcome,
    }
}

/// Reads a listed bank file as `import_entry` does: JSON in the page, the rest in the worker.
pub async fn import_listed(entry: &CatalogEntry, bytes: &[u8]) -> Result<Imported, ToolsError> {
    if is_json(&entry.path, bytes) {
        return Ok(import_json_entry(entry, bytes, Lint::Skip));
    }
    let file = FileToRead::Listed {
        entry: entry.clone(),
    };
    request(&entry.path, file, bytes).await
}

/// A failure the browser reported, in its words when it gave any.
fn failed(error: JsValue) -> ToolsError {
    ToolsError::Failed(js_error::message(&error))
}
