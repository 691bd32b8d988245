//! Saves text as a file the browser downloads: a Blob, a temporary object URL and a link click.
//! Nothing leaves the machine.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Why a download could not start; the views say it in the interface's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownloadError {
    /// The browser could not make the file.
    NoFile,
    /// There is no page to download from.
    NoPage,
    /// The browser could not start the download.
    NotStarted,
}

/// Offers `text` as a download named `file_name` of type `mime`.
pub fn save_text(file_name: &str, text: &str, mime: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadError::NoFile)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| DownloadError::NoFile)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadError::NoPage)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| DownloadError::NotStarted)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has its own copy once started; the URL would otherwise live as long as the
    // page.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}
