//! The page the app was loaded in: what its `<meta>` tags say.

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
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", tag);
    let _ = root.set_attribute("dir", dir);
}
