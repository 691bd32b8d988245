//! Checking files and folders: every problem and warning as `file:line: message`, the
//! statistics of each bank, and the one bank `--to` converts.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use exam_engine::bank::Bank;
use exam_engine::catalog::{CatalogEntry, import_entry, parse_catalog};
use exam_engine::export::gift::to_gift;
use exam_engine::export::moodle_xml::to_moodle_xml;
use exam_engine::export::to_json;
use exam_engine::import::{Imported, Lint, import};
use exam_engine::stats::BankStats;

use crate::args::Target;
use crate::banks::{is_bank_file, plural};

/// Checks each path, prints the report (on standard error when converting, since standard
/// output then holds the converted bank), and says how it went.
pub fn run(
    paths: &[PathBuf],
    convert: Option<Target>,
    quiet: bool,
    allow_skipped: bool,
) -> ExitCode {
    let mut checker = Checker {
        quiet: quiet || convert.is_some(),
        convert,
        allow_skipped,
        failed: false,
        unreadable: false,
        report: Vec::new(),
    };
    for path in paths {
        if path.is_dir() {
            checker.folder(path);
        } else {
            checker.file(path);
        }
    }
    let text = checker.report.join("\n");
    if convert.is_some() {
        if !text.is_empty() {
            eprintln!("{text}");
        }
    } else if !text.is_empty() {
        println!("{text}");
    }
    if checker.unreadable {
        ExitCode::from(2)
    } else if checker.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The bank in the format `--to` names.
fn write(target: Target, bank: &Bank) -> String {
    match target {
        Target::Json => to_json(bank),
        Target::Gift => to_gift(bank),
        Target::MoodleXml => to_moodle_xml(bank),
    }
}

pub struct Checker {
    pub quiet: bool,
    pub convert: Option<Target>,
    pub allow_skipped: bool,
    pub failed: bool,
    pub unreadable: bool,
    pub report: Vec<String>,
}

impl Checker {
    fn read(&mut self, path: &Path) -> Option<Vec<u8>> {
        match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                self.report
                    .push(format!("{}: could not be read: {e}", path.display()));
                self.unreadable = true;
                None
            }
        }
    }

    /// Checks one file on its own, or as its folder's index.json lists it.
    pub fn file(&mut self, path: &Path) {
        let Some(bytes) = self.read(path) else {
            return;
        };
        let name = path.display().to_string();
        let listed = path.parent().and_then(|folder| {
            let entries = parse_catalog(&std::fs::read(folder.join("index.json")).ok()?).ok()?;
            let file_name = path.file_name()?.to_str()?.to_owned();
            entries.into_iter().find(|e| e.path == file_name)
        });
        let imported = match listed {
            Some(entry) => {
                let mut imported = import_entry(&entry, &bytes, Lint::Warn);
                rename_errors(&mut imported, &entry.path, &name);
                imported
            }
            None => import(&name, &bytes),
        };
        self.outcome(&name, imported);
    }

    /// Checks a folder's index.json, the banks it lists, and every other bank file in it.
    pub fn folder(&mut self, folder: &Path) {
        let index_path = folder.join("index.json");
        let mut listed: Vec<CatalogEntry> = Vec::new();
        if index_path.exists()
            && let Some(bytes) = self.read(&index_path)
        {
            match parse_catalog(&bytes) {
                Ok(entries) => listed = entries,
                Err(message) => {
                    self.report
                        .push(format!("{}: {message}", index_path.display()));
                    self.failed = true;
                }
            }
        }
        for entry in &listed {
            let path = folder.join(&entry.path);
            if !path.exists() {
                self.report.push(format!(
                    "{}: bank \"{}\" is listed at {} but there is no such file",
                    index_path.display(),
                    entry.id,
                    entry.path
                ));
                self.failed = true;
            }
        }
        let mut files: Vec<PathBuf> = match std::fs::read_dir(folder) {
            Ok(read) => read
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && is_bank_file(p))
                .collect(),
            Err(e) => {
                self.report
                    .push(format!("{}: could not be read: {e}", folder.display()));
                self.unreadable = true;
                return;
            }
        };
        files.sort();
        for path in files {
            self.file(&path);
        }
    }

    fn outcome(&mut self, name: &str, imported: Imported) {
        for warning in &imported.warnings {
            self.report.push(warning.to_string());
        }
        let left_out = imported.skipped_questions();
        for problem in &imported.skipped {
            self.report.push(problem.to_string());
        }
        if !imported.skipped.is_empty() && !self.allow_skipped {
            self.failed = true;
        }
        match imported.bank {
            Ok(bank) => {
                let format = imported.format.map(|f| f.name()).unwrap_or("bank");
                let count = bank.questions().len();
                let total = imported.questions_in_file.max(count);
                let (of, note) = match (left_out, imported.skipped.len()) {
                    (0, 0) => (String::new(), String::new()),
                    (0, n) => (
                        String::new(),
                        format!(" ({n} piece{} of other text skipped)", plural(n)),
                    ),
                    (n, _) => (format!(" of {total}"), format!(" ({n} skipped)")),
                };
                self.report.push(format!(
                    "{name}: OK, {format}, {count}{of} question{}{note}",
                    plural(total)
                ));
                let stats = BankStats::of(&bank);
                if let Some(rank) = stats.length_rank_giving_answers_away() {
                    // A warning, so `--quiet` shows it too: teachers' banks have this problem.
                    self.report.push(format!(
                        "{name}: warning: {}; candidates can guess by length",
                        stats.length_rank_sentence(rank)
                    ));
                }
                if !self.quiet {
                    self.report.push(stats.to_string());
                }
                if let Some(target) = self.convert {
                    print!("{}", write(target, &bank));
                }
            }
            Err(errors) => {
                self.failed = true;
                for error in &errors.0 {
                    self.report.push(error.to_string());
                }
                self.report.push(format!(
                    "{name}: {} problem{} found",
                    errors.0.len(),
                    if errors.0.len() == 1 { "" } else { "s" }
                ));
            }
        }
    }
}

/// Messages about an index entry name the file by its path inside `questions/`; the checker
/// names it as the teacher typed it.
fn rename_errors(imported: &mut Imported, from: &str, to: &str) {
    let errors = match &mut imported.bank {
        Err(errors) => errors.0.iter_mut().chain(imported.skipped.iter_mut()),
        Ok(_) => [].iter_mut().chain(imported.skipped.iter_mut()),
    };
    for error in errors {
        if error.file == from {
            error.file = to.to_owned();
        }
    }
    for warning in &mut imported.warnings {
        if warning.file == from {
            warning.file = to.to_owned();
        }
    }
}
