//! Keyboard shortcuts of the exam page: which key stands for which session action.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::engine::bank::Id;
use crate::engine::session::Action;

/// The action a key press stands for, if any. Keys typed into form fields or pressed on buttons
/// and links keep their usual meaning.
pub fn shortcut(
    e: &KeyboardEvent,
    order: &[Id],
    selected: &[Id],
    multi: bool,
    can_check: bool,
) -> Option<Action> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target
        .as_ref()
        .map(|t| t.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let on_control = matches!(
        tag.as_str(),
        "button" | "a" | "select" | "textarea" | "input"
    );
    let in_text_field = tag == "textarea"
        || tag == "select"
        || target.as_ref().is_some_and(|t| {
            tag == "input"
                && !matches!(
                    t.get_attribute("type").as_deref(),
                    Some("radio" | "checkbox")
                )
        });
    if in_text_field {
        return None;
    }
    let pick = |i: usize| -> Option<Action> {
        let id = order.get(i)?.clone();
        Some(if multi && selected.contains(&id) {
            Action::Deselect(id)
        } else {
            Action::Select(id)
        })
    };
    let key = e.key();
    match key.as_str() {
        "ArrowRight" if !on_control => Some(Action::Next),
        "ArrowLeft" if !on_control => Some(Action::Previous),
        "Enter" if !on_control && can_check => Some(Action::Check),
        k if k.chars().count() == 1 => match k.to_ascii_lowercase().as_bytes()[0] {
            b'n' => Some(Action::Next),
            b'p' => Some(Action::Previous),
            b'f' => Some(Action::ToggleFlag),
            c @ b'1'..=b'9' => pick(usize::from(c - b'1')),
            c @ b'a'..=b'e' => pick(usize::from(c - b'a')),
            _ => None,
        },
        _ => None,
    }
}
