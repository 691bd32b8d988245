//! The files a Moodle XML export embeds in its texts (`<file name="…" encoding="base64">`), kept
//! by name so that pictures, which the app leaves out for now, can be shown by a later step.

use std::collections::HashMap;

use roxmltree::Node;

/// One embedded file: its media type, told from its name, and its content as the file writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbeddedFile {
    pub mime: &'static str,
    pub base64: String,
}

/// Every embedded file of an export, by the name `@@PLUGINFILE@@/name` refers to it by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbeddedFiles(HashMap<String, EmbeddedFile>);

impl EmbeddedFiles {
    /// The file of that name, if the export embeds one.
    pub fn get(&self, name: &str) -> Option<&EmbeddedFile> {
        self.0.get(name)
    }

    /// How many files the export embeds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps every base64 file inside a question.
    pub(super) fn collect(&mut self, question: Node) {
        for file in question.descendants().filter(|n| n.has_tag_name("file")) {
            let (Some(name), Some("base64")) = (file.attribute("name"), file.attribute("encoding"))
            else {
                continue;
            };
            let base64: String = file.text().unwrap_or_default().split_whitespace().collect();
            let mime = mime_of(name);
            self.0
                .insert(name.to_owned(), EmbeddedFile { mime, base64 });
        }
    }
}

/// The media type a file's extension names, as browsers know them.
fn mime_of(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        "mp3" => "audio/mpeg",
        _ => "application/octet-stream",
    }
}
