//! The teachers' tools: a second wasm module that runs in a Web Worker, loaded only when a
//! question file of another format than JSON is opened or listed (src/web/teacher_tools.rs).
//! It holds the GIFT, Aiken and Markdown readers, so a candidate's first load carries none of
//! them, and a large file is read without blocking the page.
//!
//! Requests and answers are the typed messages of `exam_engine::worker_protocol`, each one byte
//! buffer handed over between the two. The worker first says it is ready, since messages sent
//! before its wasm has started would be lost.

use exam_engine::catalog::import_entry;
use exam_engine::import::{Lint, import, transfer};
use exam_engine::worker_protocol::{FileToRead, FromTools, ToolsRequest};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Reads the file a request names.
fn read(request: &ToolsRequest) -> transfer::Parts {
    let imported = match &request.file {
        FileToRead::Opened { name } => import(name, &request.bytes),
        FileToRead::Listed { entry } => import_entry(entry, &request.bytes, Lint::Skip),
    };
    transfer::write(&imported)
}

/// The answer to one message from the page.
fn answer(message: &[u8]) -> FromTools {
    match ToolsRequest::decode(message) {
        Ok(request) => FromTools::Answer {
            id: request.id,
            parts: read(&request),
        },
        Err(problem) => FromTools::Unreadable {
            problem: problem.to_string(),
        },
    }
}

/// Sends a message to the page, handing its buffer over rather than copying it.
fn send(scope: &DedicatedWorkerGlobalScope, message: &FromTools) {
    let buffer = js_sys::Uint8Array::from(message.encode().as_slice());
    let _ = scope.post_message_with_transfer(&buffer, &js_sys::Array::of1(&buffer.buffer()));
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message = js_sys::Uint8Array::new(&event.data()).to_vec();
        send(&replies, &answer(&message));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    send(&scope, &FromTools::Ready);
}
