//! The page the app was loaded in: what its `<meta>` tags say, and the attributes of its root
//! element (`<html>`) that the whole page follows.

use web_sys::Element;

/// The `content` of `<meta name="{name}">`, if the page has one.
pub fn meta_content(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

/// Sets the page's language and direction (`<html lang dir>`), so screen readers, hyphenation
/// and the layout follow the interface's language.
pub fn set_language(tag: &str, dir: &str) {
    let Some(root) = root() else {
        return;
    };
    let _ = root.set_attribute("lang", tag);
    let _ = root.set_attribute("dir", dir);
}

/// The page's root element, `<html>`.
fn root() -> Option<Element> {
    web_sys::window()?.document()?.document_element()
}

/// The value of the root element's attribute `name`, if it has one.
pub fn root_attribute(name: &str) -> Option<String> {
    root()?.get_attribute(name)
}

/// Sets the root element's attribute `name` to `value`, or removes it for `None`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = root() else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}
