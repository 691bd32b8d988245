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

/// Why a file could not be read; the views say it in the interface's language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FileError {
    /// Over the importers' size limit: the file's size and the limit, in whole megabytes (the
    /// size rounded up).
    TooLarge {
        megabytes: f64,
        limit_megabytes: usize,
    },
    /// The browser could not read the file.
    Unreadable,
}

/// The file's bytes; a file over the importers' size limit is refused before it is read.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, FileError> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(FileError::TooLarge {
            megabytes: (file.size() / (1024.0 * 1024.0)).ceil(),
            limit_megabytes: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
