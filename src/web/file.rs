//! Reads a file the user picked or dropped into bytes, in the page: nothing is uploaded.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

use crate::engine::import::MAX_FILE_BYTES;

/// The files of a file list (from an `<input type="file">` or a drop), in order.
pub fn files(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The file's bytes; a file over the importers' size limit is refused before it is read.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "the file is {:.0} MB; the largest question file this app reads is {} MB",
            (file.size() / (1024.0 * 1024.0)).ceil(),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the browser could not read the file".to_owned())?;
    let buffer: js_sys::ArrayBuffer = buffer
        .dyn_into()
        .map_err(|_| "the browser could not read the file".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
