//! `questions/index.json`: the list of banks the app offers, the figures the start page shows
//! for each (so it lists fifty banks without downloading one), and the outcome of loading a bank.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::bank::Bank;
use super::error::{BankError, BankErrors, Location, Outcome};
use super::field_path::FieldPath;
#[cfg(feature = "readers")]
use super::import::read_draft;
use super::import::{Draft, Format, Imported, Lint, finish, read_json_draft};
use super::problem::ProblemKind;

/// The folder of a site's banks, relative to the page: its files are read from here, kept offline
/// from here, and replaced in an LMS package.
pub const BANKS_FOLDER: &str = "questions/";
/// The index of a site's banks, in `BANKS_FOLDER`.
pub const INDEX_PATH: &str = "questions/index.json";

/// One line of the index: where a bank file is and what to call it before it loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// Path relative to the `questions/` folder, e.g. `aws-other-compute.json`.
    pub path: String,
    pub id: String,
    pub title: String,
    /// The bank's language (a BCP 47 tag), for a file that cannot say it itself (GIFT, Aiken) or
    /// to set it for one that does not; the bank's own `language` field wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// What the start page shows about the bank, worked out from its file by `exam-check
    /// --index` (which the build runs); absent from an index written by hand, whose banks the
    /// start page then lists by title only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<BankFigures>,
}

/// A usable bank's figures as the start page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankFigures {
    /// The usable questions.
    pub questions: usize,
    /// The questions in the file, usable or not: more than `questions` when some were left out.
    pub questions_in_file: usize,
    pub exam_questions: usize,
    pub exam_minutes: u32,
    pub pass_percent: u8,
    pub topics: Vec<String>,
    /// The bank's description, in the bank's markup.
    pub description: String,
    /// The bank's language, so the start page marks its title and description with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl BankFigures {
    pub fn of(bank: &Bank, questions_in_file: usize) -> BankFigures {
        BankFigures {
            questions: bank.questions().len(),
            questions_in_file: questions_in_file.max(bank.questions().len()),
            exam_questions: bank.default_question_count(),
            exam_minutes: bank.default_time_limit_minutes(),
            pass_percent: bank.pass_mark().percent(),
            topics: bank.topics().to_vec(),
            description: bank.description().source().to_owned(),
            language: bank.language().map(ToString::to_string),
        }
    }

    /// How many of the file's questions have problems and are left out.
    pub fn left_out(&self) -> usize {
        self.questions_in_file.saturating_sub(self.questions)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    banks: Vec<CatalogEntry>,
}

/// Reads the index file; a bad index is one clear message, since nothing else can load.
pub fn parse_catalog(bytes: &[u8]) -> Result<Vec<CatalogEntry>, String> {
    let file: CatalogFile =
        serde_json::from_slice(bytes).map_err(|e| format!("questions/index.json: {e}"))?;
    for entry in &file.banks {
        if entry.path.contains("..") || entry.path.starts_with('/') || entry.path.contains(':') {
            return Err(format!(
                "questions/index.json: bank \"{}\": path \"{}\" must be a file inside questions/",
                entry.id, entry.path
            ));
        }
    }
    Ok(file.banks)
}

/// The index as `questions/index.json` text (indented, ending with a newline).
pub fn catalog_json(entries: &[CatalogEntry]) -> String {
    let file = CatalogFile {
        banks: entries.to_vec(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Each listed bank's figures worked out again from its file (`read` gives a path's bytes), and
/// every problem found, as `file:line: message`. A bank that cannot be used gets no figures: the
/// start page lists it by title and shows its problems when it is opened.
#[cfg(feature = "readers")]
pub fn with_figures(
    entries: &[CatalogEntry],
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> (Vec<CatalogEntry>, Vec<String>) {
    let mut problems = Vec::new();
    let entries = entries
        .iter()
        .map(|entry| {
            let mut entry = entry.clone();
            entry.figures = match load_bank(&entry, read(&entry.path)) {
                LoadedBank::Ready {
                    bank,
                    skipped,
                    questions_in_file,
                } => {
                    problems.extend(skipped.iter().map(ToString::to_string));
                    Some(BankFigures::of(&bank, questions_in_file))
                }
                LoadedBank::Failed { errors, .. } => {
                    problems.extend(errors.iter().map(ToString::to_string));
                    None
                }
            };
            entry
        })
        .collect();
    (entries, problems)
}

/// A listed bank once fetched: loaded and valid, or failed with every reason.
///
/// A hosted bank follows the importers' rule: a question with a problem is left out and the
/// rest of the bank is used, so one typo never costs candidates the whole bank; the bank's page
/// lists what was left out for the teacher.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadedBank {
    Ready {
        /// Shared, so pages that show the bank hold it without copying it.
        bank: Rc<Bank>,
        /// Each problem that left a question out.
        skipped: Vec<BankError>,
        /// How many questions the file holds, usable or not.
        questions_in_file: usize,
    },
    Failed {
        entry: CatalogEntry,
        errors: Vec<BankError>,
    },
}

/// Validates one fetched bank file of any format against its index entry.
#[cfg(feature = "readers")]
pub fn load_bank(entry: &CatalogEntry, bytes: Result<Vec<u8>, String>) -> LoadedBank {
    loaded(
        entry,
        bytes.map(|bytes| import_entry(entry, &bytes, Lint::Skip)),
    )
}

/// What a listed bank came to: the import of its file, or why the file could not be had (in
/// words: the browser's or the system's reason).
pub fn loaded(entry: &CatalogEntry, imported: Result<Imported, String>) -> LoadedBank {
    let failed = |errors: Vec<BankError>| LoadedBank::Failed {
        entry: entry.clone(),
        errors,
    };
    let imported = match imported {
        Ok(imported) => imported,
        Err(reason) => {
            return failed(vec![BankError {
                file: entry.path.clone(),
                location: Location::Bank,
                field: FieldPath::none(),
                line: None,
                kind: ProblemKind::NotLoaded { reason },
                outcome: Outcome::Refused,
            }]);
        }
    };
    match imported.bank {
        Ok(bank) => LoadedBank::Ready {
            bank: Rc::new(bank),
            skipped: imported.skipped,
            questions_in_file: imported.questions_in_file,
        },
        Err(BankErrors(errors)) => failed(errors),
    }
}

/// Imports a listed bank file of any format. A JSON bank must carry the id the index gives it;
/// the other formats have no id of their own, so they take the index's.
#[cfg(feature = "readers")]
pub fn import_entry(entry: &CatalogEntry, bytes: &[u8], lint: Lint) -> Imported {
    import_entry_with(entry, bytes, lint, read_draft)
}

/// Imports a listed JSON bank (see [`crate::import::is_json`]), as [`import_entry`] would.
pub fn import_json_entry(entry: &CatalogEntry, bytes: &[u8], lint: Lint) -> Imported {
    import_entry_with(entry, bytes, lint, read_json_draft)
}

fn import_entry_with(
    entry: &CatalogEntry,
    bytes: &[u8],
    lint: Lint,
    read: impl FnOnce(&str, &[u8]) -> Result<Draft, BankErrors>,
) -> Imported {
    let mut draft = match read(&entry.path, bytes) {
        Ok(draft) => draft,
        Err(errors) => return Imported::refused(errors),
    };
    if draft.format != Format::Json {
        draft.raw.id = Some(entry.id.clone());
        draft.raw.title = Some(entry.title.clone());
    }
    if draft.raw.language.is_none() {
        draft.raw.language = entry.language.clone();
    }
    let mut imported = finish(&entry.path, draft, lint, bytes);
    if let Ok(bank) = &imported.bank
        && bank.id().as_str() != entry.id
    {
        imported.skipped.clear();
        imported.bank = Err(BankErrors(vec![BankError {
            file: entry.path.clone(),
            location: Location::Bank,
            field: FieldPath::key("id"),
            line: None,
            kind: ProblemKind::IdNotAsListed {
                id: bank.id().to_string(),
                listed: entry.id.clone(),
            },
            outcome: Outcome::Refused,
        }]));
    }
    imported
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_lives_in_the_banks_folder() {
        assert_eq!(INDEX_PATH.strip_prefix(BANKS_FOLDER), Some("index.json"));
    }
}
