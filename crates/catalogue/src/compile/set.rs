//! The catalogue directory as a whole: English and every other language's file, read and checked.

use std::path::Path;

use super::check::{check_against_english, check_file};
use super::plurals::plural_categories;
use super::problem::Problem;
use super::read::{Read, read};

/// One language's file, read.
#[derive(Debug)]
pub struct LanguageFile {
    /// The BCP 47 tag the file is named for (`pt-BR.ftl`).
    pub tag: String,
    /// The path as problems name it.
    pub file: String,
    pub read: Read,
}

impl LanguageFile {
    /// The language's name in itself, for the language menu.
    pub fn name(&self) -> Option<String> {
        let pattern = self.read.catalogue.messages.get("language-name")?;
        let text: String = pattern
            .iter()
            .filter_map(|part| match part {
                crate::Part::Text(text) => Some(text.as_str()),
                _ => None,
            })
            .collect();
        Some(text)
    }
}

/// Every language's file: English first, then the others by tag.
#[derive(Debug)]
pub struct CatalogueSet {
    pub english: LanguageFile,
    pub others: Vec<LanguageFile>,
}

/// The tag of English, whose file every other is measured against and which the page has built in.
pub const ENGLISH: &str = "en";

/// Reads every `<tag>.ftl` in `dir`.
pub fn read_dir(dir: &Path) -> std::io::Result<CatalogueSet> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_none_or(|extension| extension != "ftl") {
            continue;
        }
        let Some(tag) = path.file_stem().and_then(|stem| stem.to_str()) else {
            continue;
        };
        let source = std::fs::read_to_string(&path)?;
        let file = path.display().to_string();
        files.push(LanguageFile {
            tag: tag.to_owned(),
            read: read(&source, &file, tag),
            file,
        });
    }
    files.sort_by(|a, b| a.tag.cmp(&b.tag));
    let Some(at) = files.iter().position(|file| file.tag == ENGLISH) else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!(
                "{}: no {ENGLISH}.ftl, the catalogue every other is measured against",
                dir.display()
            ),
        ));
    };
    let english = files.remove(at);
    Ok(CatalogueSet {
        english,
        others: files,
    })
}

impl CatalogueSet {
    /// Every file's problems: what Fluent could not read, plurals, and each translation against
    /// English.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for file in std::iter::once(&self.english).chain(&self.others) {
            problems.extend(file.read.problems.iter().cloned());
            let forms = plural_categories(&file.tag);
            problems.extend(check_file(&file.read, &file.file, forms.as_ref()));
        }
        for file in &self.others {
            problems.extend(check_against_english(
                &self.english.read,
                &file.read,
                &file.file,
            ));
        }
        problems
    }
}
