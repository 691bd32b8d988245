//! The page's text selection and the CSS Custom Highlight API: which passage of the question the
//! candidate selected (as offsets into its text), and painting the saved highlights over the
//! text without changing the page's elements, which Yew owns. Passages are the elements marked
//! `data-passage` inside the question; where the browser has no highlight API, nothing is
//! painted and the question's list of highlights still says what is highlighted.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node, Range};

/// The name the whole app's highlights are registered under, styled by `::highlight(candidate)`;
/// the first module's go under their own name, so neither takes the other's away while the
/// whole app is drawn behind the first module's page (`web::handover`).
const NAME: &str = "candidate";
const FIRST_MODULE_NAME: &str = "candidate-first";

/// The attribute that marks a highlightable passage, and its value's parts.
const PASSAGE: &str = "data-passage";

/// A selection inside one passage: the passage's mark (`prompt`, `choice:<id>`), where it starts
/// and ends in the passage's text (UTF-16 code units), and the words selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    pub passage: String,
    pub start: u32,
    pub end: u32,
    pub text: String,
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The passage `node` is in, if any.
fn passage_of(node: &Node) -> Option<Element> {
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest(&format!("[{PASSAGE}]")).ok().flatten()
}

/// How far into `passage`'s text the point (`node`, `offset`) is.
fn offset_in(document: &Document, passage: &Element, node: &Node, offset: u32) -> Option<u32> {
    let before = document.create_range().ok()?;
    before.select_node_contents(passage).ok()?;
    before.set_end(node, offset).ok()?;
    Some(String::from(before.to_string()).encode_utf16().count() as u32)
}

/// The selection, when it lies within one passage and holds some text.
pub fn selected() -> Option<Selected> {
    let document = document()?;
    let selection = document.get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let passage = passage_of(&start_node)?;
    if passage_of(&range.end_container().ok()?).as_ref() != Some(&passage) {
        return None;
    }
    let start = offset_in(&document, &passage, &start_node, range.start_offset().ok()?)?;
    let end = offset_in(
        &document,
        &passage,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
    )?;
    let text = String::from(range.to_string());
    if text.trim().is_empty() || start >= end {
        return None;
    }
    selection.remove_all_ranges().ok()?;
    Some(Selected {
        passage: passage.get_attribute(PASSAGE)?,
        start,
        end,
        text,
    })
}

/// The text nodes under `node`, in document order.
fn text_nodes(node: &Node, out: &mut Vec<Node>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        if child.node_type() == Node::TEXT_NODE {
            out.push(child);
        } else {
            text_nodes(&child, out);
        }
    }
}

/// The point `offset` UTF-16 code units into `passage`'s text.
fn point_in(passage: &Element, offset: u32) -> Option<(Node, u32)> {
    let mut nodes = Vec::new();
    text_nodes(passage, &mut nodes);
    let mut left = offset;
    let mut last = None;
    for node in nodes {
        let length = node
            .text_content()
            .unwrap_or_default()
            .encode_utf16()
            .count() as u32;
        if left <= length {
            return Some((node, left));
        }
        left -= length;
        last = Some((node, length));
    }
    last
}

/// The range of one saved highlight, if its passage is in `scope`.
fn range_of(
    document: &Document,
    scope: &Element,
    passage: &str,
    start: u32,
    end: u32,
) -> Option<Range> {
    let all = scope.query_selector_all(&format!("[{PASSAGE}]")).ok()?;
    let element = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
        .find(|element| element.get_attribute(PASSAGE).as_deref() == Some(passage))?;
    let (start_node, start_offset) = point_in(&element, start)?;
    let (end_node, end_offset) = point_in(&element, end)?;
    let range = document.create_range().ok()?;
    range.set_start(&start_node, start_offset).ok()?;
    range.set_end(&end_node, end_offset).ok()?;
    Some(range)
}

/// Paints these highlights (passage mark, start, end) of the question in `scope`, and only
/// these. The question may not be in the page yet (the whole app drawn behind the first
/// module): its ranges show once it is.
pub fn paint(scope: &Element, highlights: &[(String, u32, u32)]) {
    let Some(document) = document() else { return };
    let ranges = js_sys::Array::new();
    for (passage, start, end) in highlights {
        if let Some(range) = range_of(&document, scope, passage, *start, *end) {
            ranges.push(&range);
        }
    }
    let in_first_module = scope
        .closest(&format!("#{}", crate::web::handover::FIRST_ROOT_ID))
        .ok()
        .flatten()
        .is_some();
    let name = if in_first_module {
        FIRST_MODULE_NAME
    } else {
        NAME
    };
    let _ = register(name, &ranges);
}

/// `CSS.highlights.set(name, new Highlight(...ranges))`, or `delete(name)` for none; an error
/// where the browser lacks the API.
fn register(name: &str, ranges: &js_sys::Array) -> Result<(), JsValue> {
    let global = js_sys::global();
    let css = js_sys::Reflect::get(&global, &"CSS".into())?;
    let registry = js_sys::Reflect::get(&css, &"highlights".into())?;
    let method = |name: &str| -> Result<js_sys::Function, JsValue> {
        js_sys::Reflect::get(&registry, &name.into())?.dyn_into()
    };
    if ranges.length() == 0 {
        method("delete")?.call1(&registry, &name.into())?;
        return Ok(());
    }
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&global, &"Highlight".into())?.dyn_into()?;
    let highlight = js_sys::Reflect::construct(&constructor, ranges)?;
    method("set")?.call2(&registry, &name.into(), &highlight)?;
    Ok(())
}
