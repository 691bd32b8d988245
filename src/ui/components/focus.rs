//! Moving focus to an element by id, so screen readers read what just appeared.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::web::frame;

/// Moves focus to the element with this id, so screen readers read what just appeared; in the
/// next frame, so the click's own task stays short (see `frame::next`).
pub fn focus_element(id: &'static str) {
    frame::next(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
