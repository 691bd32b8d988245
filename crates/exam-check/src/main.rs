//! `exam-check`: checks question files before a teacher publishes them, and converts them to
//! JSON, or to GIFT or Moodle XML for an LMS's own quiz engine.
//!
//! It runs the very import and validation code the app runs, so it reports every problem the
//! app would show, as `file:line: message`, plus statistics about each bank.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use exam_engine::catalog::{CatalogEntry, catalog_json, import_entry, parse_catalog, with_figures};
use exam_engine::export::gift::to_gift;
use exam_engine::export::moodle_xml::to_moodle_xml;
use exam_engine::export::to_json;
use exam_engine::import::{Imported, Lint, import};
use exam_engine::schema::bank_schema_text;
use exam_engine::stats::BankStats;

const USAGE: &str = "\
Usage: exam-check [--to json|gift|moodle-xml] [--quiet] [--allow-skipped] FILE_OR_FOLDER...
       exam-check --index FOLDER
       exam-check --schema

Checks question bank files (.json, .gift, .txt, .md) and prints every problem as
file:line: message, then statistics for each bank. A folder is checked file by file,
together with its index.json if it has one.

  --to FORMAT
             convert the one FILE given to FORMAT on standard output (problems and
             statistics go to standard error): json (this app's bank format; also
             --to-json), gift or moodle-xml (for an LMS's own quiz engine)
  --quiet    print problems and warnings only, no statistics
  --allow-skipped
             succeed when questions with problems were skipped and the rest is
             usable (by default any skipped question fails the check)
  --index FOLDER
             write FOLDER/index.json with each listed bank's figures (questions,
             default exam, pass mark, topics), which the start page shows without
             downloading the banks; without an index.json, list every bank file in
             FOLDER. The build does this for dist/questions/; run it after
             changing the banks of a built site.
  --schema   print the JSON Schema of the bank format

A problem in one question skips that question, as the app does, and is printed
ending with \"the question is skipped\"; only a file with nothing usable is refused.

Exit status: 0 when every file is a valid bank, 1 when any has errors or skipped
questions (without --allow-skipped), 2 on misuse.";

/// The extensions the importers read.
const BANK_EXTENSIONS: [&str; 5] = ["json", "gift", "txt", "md", "markdown"];

/// What `--to` converts a bank to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Json,
    Gift,
    MoodleXml,
}

impl Target {
    fn parse(name: &str) -> Option<Target> {
        match name {
            "json" => Some(Target::Json),
            "gift" => Some(Target::Gift),
            "moodle-xml" | "moodle" | "xml" => Some(Target::MoodleXml),
            _ => None,
        }
    }

    fn write(self, bank: &exam_engine::bank::Bank) -> String {
        match self {
            Target::Json => to_json(bank),
            Target::Gift => to_gift(bank),
            Target::MoodleXml => to_moodle_xml(bank),
        }
    }
}

fn main() -> ExitCode {
    let mut convert: Option<Target> = None;
    let mut quiet = false;
    let mut allow_skipped = false;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let to = match arg.as_str() {
            "--to" => Some(args.next().unwrap_or_default()),
            flag => flag.strip_prefix("--to=").map(str::to_owned),
        };
        if let Some(name) = to {
            match Target::parse(&name) {
                Some(target) => convert = Some(target),
                None => {
                    eprintln!(
                        "exam-check: --to takes json, gift or moodle-xml, not \"{name}\"\n\n{USAGE}"
                    );
                    return ExitCode::from(2);
                }
            }
            continue;
        }
        match arg.as_str() {
            "--to-json" => convert = Some(Target::Json),
            "--quiet" | "-q" => quiet = true,
            "--allow-skipped" => allow_skipped = true,
            "--schema" => {
                print!("{}", bank_schema_text());
                return ExitCode::SUCCESS;
            }
            "--index" => {
                let Some(folder) = args.next() else {
                    eprintln!("exam-check: --index needs a folder\n\n{USAGE}");
                    return ExitCode::from(2);
                };
                return write_index(Path::new(&folder), allow_skipped);
            }
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                eprintln!("exam-check: unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() || (convert.is_some() && paths.len() != 1) {
        eprintln!(
            "exam-check: {}\n\n{USAGE}",
            if paths.is_empty() {
                "name at least one file or folder"
            } else {
                "--to converts exactly one file"
            }
        );
        return ExitCode::from(2);
    }
    let mut checker = Checker {
        quiet: quiet || convert.is_some(),
        convert,
        allow_skipped,
        failed: false,
        unreadable: false,
        report: Vec::new(),
    };
    for path in &paths {
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

struct Checker {
    quiet: bool,
    convert: Option<Target>,
    allow_skipped: bool,
    failed: bool,
    unreadable: bool,
    report: Vec<String>,
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
    fn file(&mut self, path: &Path) {
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
    fn folder(&mut self, folder: &Path) {
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
                if stats.longest_gives_answers_away() {
                    // A warning, so `--quiet` shows it too: teachers' banks have this problem.
                    self.report.push(format!(
                        "{name}: warning: {}; candidates can guess by length",
                        stats.longest_sentence()
                    ));
                }
                if !self.quiet {
                    self.report.push(stats.to_string());
                }
                if let Some(target) = self.convert {
                    print!("{}", target.write(&bank));
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

/// `--index`: writes the folder's index.json with every listed bank's figures.
fn write_index(folder: &Path, allow_skipped: bool) -> ExitCode {
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
                figures: None,
            })
        })
        .collect())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Whether a file in a folder is a bank to check (not the index or the schema).
fn is_bank_file(path: &Path) -> bool {
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
