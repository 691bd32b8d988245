//! The page the app was loaded in: what its `<meta>` tags say.

/// The `content` of `<meta name="{name}">`, if the page has one.
pub fn meta_content(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    meta.get_attribute("content")
}
