//! `--index FOLDER`: the start page's figures for each bank, written into the folder's
//! `index.json`.

use std::path::Path;
use std::process::ExitCode;

use exam_engine::catalog::{CatalogEntry, catalog_json, parse_catalog, with_figures};
use exam_engine::import::import;

use crate::banks::{is_bank_file, plural};

/// `--index`: writes the folder's index.json with every listed bank's figures.
pub fn write_index(folder: &Path, allow_skipped: bool) -> ExitCode {
    let index_path = folder.join("index.json");
    let entries = match std::fs::read(&index_path) {
        Ok(bytes) => match parse_catalog(&bytes) {
            Ok(entries) => entries,
            Err(message) => {
                eprintln!("{}: {message}", index_path.display());
                return ExitCode::FAILURE;
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match entries_of_files(folder) {
            Ok(entries) => entries,
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("{}: could not be read: {e}", index_path.display());
            return ExitCode::from(2);
        }
    };
    let (entries, problems) = with_figures(&entries, |path| {
        std::fs::read(folder.join(path)).map_err(|e| e.to_string())
    });
    for problem in &problems {
        eprintln!("{}/{problem}", folder.display());
    }
    if let Err(e) = std::fs::write(&index_path, catalog_json(&entries)) {
        eprintln!("{}: could not be written: {e}", index_path.display());
        return ExitCode::from(2);
    }
    let usable = entries.iter().filter(|e| e.figures.is_some()).count();
    println!(
        "{}: {} bank{} listed, figures for {usable}",
        index_path.display(),
        entries.len(),
        plural(entries.len())
    );
    let unusable = usable < entries.len();
    if unusable || (!problems.is_empty() && !allow_skipped) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// An index for a folder that has none: every bank file in it, under the id and title the
/// file gives (or its importer makes from the file name), in file-name order.
fn entries_of_files(folder: &Path) -> Result<Vec<CatalogEntry>, String> {
    let read = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: could not be read: {e}", folder.display()))?;
    let mut names: Vec<String> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_bank_file(p))
        .filter_map(|p| Some(p.file_name()?.to_str()?.to_owned()))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .filter_map(|name| {
            let bytes = std::fs::read(folder.join(&name)).ok()?;
            let stem = name
                .rsplit_once('.')
                .map_or(name.as_str(), |(stem, _)| stem)
                .to_owned();
            let (id, title) = match import(&name, &bytes).bank {
                Ok(bank) => (bank.id().to_string(), bank.title().to_owned()),
                // Listed all the same, so the teacher sees its problems on the start page.
                Err(_) => (stem.clone(), stem),
            };
            Some(CatalogEntry {
                path: name,
                id,
                title,
                language: None,
                figures: None,
            })
        })
        .collect())
}
