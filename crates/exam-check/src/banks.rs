//! What the checker and the indexer both need: which files in a folder are banks, and how
//! to count them in a sentence.

use std::path::Path;

/// The extensions the importers read.
const BANK_EXTENSIONS: [&str; 6] = ["json", "gift", "txt", "md", "markdown", "xml"];

/// The plural ending for `n` things.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Whether a file in a folder is a bank to check (not the index or the schema).
pub fn is_bank_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    name != "index.json"
        && !name.ends_with(".schema.json")
        && BANK_EXTENSIONS.contains(&extension.as_str())
}
