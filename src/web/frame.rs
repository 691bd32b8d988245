//! The next animation frame: work that needs fresh layout runs there, not in the event's task.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Runs `work` at the start of the next animation frame, before its style and layout. Focus
/// moves go here: focusing forces style and layout at once, which in a click's own task makes
/// that task longer (a long task on a slow phone), while the frame lays the page out anyway.
pub fn next(work: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(work);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// Runs `work` just after the next frame is painted: work the candidate does not wait to see
/// (saving records) goes here, so it never delays what a click shows.
pub fn after_paint(work: impl FnOnce() + 'static) {
    next(move || {
        gloo::timers::callback::Timeout::new(0, work).forget();
    });
}

/// Waits for a later task of the event loop, so the page can paint and answer input before the
/// caller goes on: long work split at these points never blocks the page for long.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
