//! `scorm-package`: packs a built `dist/` and one bank as a SCORM 1.2 package of a fixed exam.
//!
//! The zip has `imsmanifest.xml` at its root (one SCO, every file listed), the app, and the
//! bank with the package's count, time and pass mark written into it. The page carries the
//! exam in a `<meta name="exam-practice-package">` tag, which turns the app into the package's
//! exam: it talks to the LMS, keeps its saved data apart, and registers no service worker (so
//! the package ships none). Nothing in the package asks for anything outside it.

mod manifest;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use exam_engine::bank::Id;
use exam_engine::catalog::{BANKS_FOLDER, INDEX_PATH};
use exam_engine::catalog::{BankFigures, CatalogEntry, catalog_json};
use exam_engine::deep_link::{
    ExamLink, MAX_TIME_LIMIT_MINUTES, TimeLimit, accommodation_setting, parse_accommodation,
    scaled_minutes,
};
use exam_engine::export::to_json;
use exam_engine::import::import;
use exam_engine::language_tag::LanguageTag;
use exam_engine::package::{META_NAME, PackageConfig};
use exam_engine::session::{Accommodation, Mode};
use exam_engine::validate::parse_bank;

const USAGE: &str = "\
Usage: scorm-package --dist DIR --bank FILE --out FILE.zip
                     [--count N] [--minutes M] [--extra X] [--pass P] [--seed S]
                     [--title TEXT] [--language TAG]

Packs the built app in DIR (bash scripts/build.sh makes dist/) and the bank in FILE (JSON,
GIFT, Aiken or Markdown) as a SCORM 1.2 package of one fixed exam: N questions (default: the
bank's), M minutes (default: the bank's time scaled to N), pass mark P % (default: the bank's),
drawn with seed S (default 1), so every candidate sits the same exam. X is extra time every
candidate of the package gets, as an exam link's extra= writes it: 1 (none, the default), 1.5
or 2 (times M), esl30 (M plus 30 minutes) or untimed. TEXT names it in the LMS
(default: the bank's title). TAG (a BCP 47 tag: fr, pt-BR) is the interface's language when the
LMS does not give the learner's (cmi.student_preference.language); without it, the browser's.";

struct Options {
    dist: PathBuf,
    bank: PathBuf,
    out: PathBuf,
    count: Option<usize>,
    minutes: Option<u32>,
    extra: Accommodation,
    pass: Option<u8>,
    seed: u64,
    title: Option<String>,
    language: Option<LanguageTag>,
}

fn parse_options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut dist, mut bank, mut out) = (None, None, None);
    let mut options = Options {
        dist: PathBuf::new(),
        bank: PathBuf::new(),
        out: PathBuf::new(),
        count: None,
        minutes: None,
        extra: Accommodation::Standard,
        pass: None,
        seed: 1,
        title: None,
        language: None,
    };
    while let Some(flag) = args.next() {
        if flag == "--help" || flag == "-h" {
            return Err(String::new());
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = |what: &str| -> Result<u64, String> {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag} {value}: {what}"))
        };
        match flag.as_str() {
            "--dist" => dist = Some(PathBuf::from(&value)),
            "--bank" => bank = Some(PathBuf::from(&value)),
            "--out" => out = Some(PathBuf::from(&value)),
            "--count" => match number("a whole number from 1")? {
                0 => return Err(format!("--count {value}: a whole number from 1")),
                n => options.count = Some(n as usize),
            },
            "--minutes" => {
                let m = number(&format!("minutes from 1 to {MAX_TIME_LIMIT_MINUTES}"))?;
                if !(1..=u64::from(MAX_TIME_LIMIT_MINUTES)).contains(&m) {
                    return Err(format!(
                        "--minutes {value}: minutes from 1 to {MAX_TIME_LIMIT_MINUTES}"
                    ));
                }
                options.minutes = Some(m as u32);
            }
            "--extra" => {
                options.extra = parse_accommodation(&value).ok_or_else(|| {
                    format!("--extra {value}: extra time is 1, 1.5, 2, esl30 or untimed")
                })?
            }
            "--pass" => {
                let p = number("a percentage from 0 to 100")?;
                if p > 100 {
                    return Err(format!("--pass {value}: a percentage from 0 to 100"));
                }
                options.pass = Some(p as u8);
            }
            "--seed" => options.seed = number("a whole number")?,
            "--title" => options.title = Some(value),
            "--language" => {
                options.language = Some(LanguageTag::parse(&value).ok_or_else(|| {
                    format!("--language {value}: a BCP 47 language tag, such as fr or pt-BR")
                })?)
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    options.dist = dist.ok_or("--dist is missing")?;
    options.bank = bank.ok_or("--bank is missing")?;
    options.out = out.ok_or("--out is missing")?;
    Ok(options)
}

/// Every file under `dir`, as paths relative to it with `/` separators, sorted.
fn files_under(dir: &Path) -> Result<Vec<String>, String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).map_err(|e| e.to_string())?;
                let parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `&`, `<`, `>` and `"` as HTML writes them in an attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page with the package's settings in a meta tag, placed before the start-up script (which
/// reads it to ask for the package's bank at once): just before the build's bank-paths tag,
/// which precedes that script, or else at the end of the head.
fn with_package_meta(page: &str, settings: &str) -> Result<String, String> {
    let meta = format!(
        "<meta name=\"{META_NAME}\" content=\"{}\">\n    ",
        attribute(settings)
    );
    let anchor = ["<meta name=\"exam-practice-bank-paths\"", "</head>"]
        .into_iter()
        .find(|anchor| page.contains(anchor))
        .ok_or("index.html has no </head>: is --dist a built app?")?;
    Ok(page.replacen(anchor, &format!("{meta}{anchor}"), 1))
}

fn run(options: &Options) -> Result<String, String> {
    let name = options.bank.display().to_string();
    let bytes = std::fs::read(&options.bank).map_err(|e| format!("{name}: {e}"))?;
    let imported = import(&name, &bytes);
    if !imported.skipped.is_empty() {
        let lines: Vec<String> = imported.skipped.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{}\n{name}: fix these questions first (exam-check shows the same)",
            lines.join("\n")
        ));
    }
    let bank = imported.bank.map_err(|errors| {
        let lines: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
        lines.join("\n")
    })?;
    let count = options
        .count
        .unwrap_or(bank.default_question_count())
        .min(bank.questions().len());
    let minutes = options.minutes.unwrap_or(scaled_minutes(&bank, count));
    let pass = options.pass.unwrap_or(bank.pass_mark().percent());
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| bank.title().to_owned());

    // The bank as the package serves it: the package's count, time and pass mark are its
    // defaults, so the page, the results and the LMS agree.
    let mut json: serde_json::Value =
        serde_json::from_str(&to_json(&bank)).map_err(|e| e.to_string())?;
    json["default_question_count"] = count.into();
    json["default_time_limit_minutes"] = minutes.into();
    json["pass_mark_percent"] = pass.into();
    let bank_text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    let packaged = parse_bank("package bank", bank_text.as_bytes())
        .map_err(|_| "the packaged bank does not validate".to_owned())?;

    // Extra time is part of the package's name, so a standard package and an ESL one of the same
    // exam on one LMS keep their saved data apart; a standard package keeps the name it had.
    let extra_suffix = match options.extra {
        Accommodation::Standard => String::new(),
        extra => format!("-x{}", accommodation_setting(extra)),
    };
    let mut package_id: String = format!("{}-s{}-n{count}{extra_suffix}", bank.id(), options.seed);
    package_id.truncate(Id::MAX_LEN);
    let config = PackageConfig {
        bank: bank.id().clone(),
        package: Id::parse(&package_id).map_err(|_| "the package id is not valid".to_owned())?,
        link: ExamLink {
            mode: Some(Mode::Exam),
            count: Some(count),
            seed: Some(options.seed),
            time: Some(TimeLimit::Minutes(minutes)),
            // The package's link grants the extra time, so every launch starts with it and the
            // results record it, as an exam link with `extra=` does; standard time needs no word.
            accommodation: (options.extra != Accommodation::Standard).then_some(options.extra),
            ..ExamLink::default()
        },
        language: options.language.clone(),
    };

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for path in files_under(&options.dist)? {
        // The package's own bank replaces the site's; a package registers no service worker.
        if path.starts_with(BANKS_FOLDER) || path == "sw.js" {
            continue;
        }
        let full = options.dist.join(&path);
        let mut content = std::fs::read(&full).map_err(|e| format!("{}: {e}", full.display()))?;
        if path == "index.html" {
            let page = String::from_utf8(content).map_err(|_| "index.html is not UTF-8")?;
            content = with_package_meta(&page, &config.to_text())?.into_bytes();
        }
        files.push((path, content));
    }
    if !files.iter().any(|(path, _)| path == "index.html") {
        return Err(format!(
            "{}: no index.html; build the app first (bash scripts/build.sh)",
            options.dist.display()
        ));
    }
    let index = CatalogEntry {
        path: format!("{}.json", bank.id()),
        id: bank.id().to_string(),
        title: bank.title().to_owned(),
        language: bank.language().map(ToString::to_string),
        figures: Some(BankFigures::of(&packaged, packaged.questions().len())),
    };
    files.push((INDEX_PATH.to_owned(), catalog_json(&[index]).into_bytes()));
    files.push((
        format!("{BANKS_FOLDER}{}.json", bank.id()),
        bank_text.into_bytes(),
    ));
    files.sort_by(|a, b| a.0.cmp(&b.0));

    let listed: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    let manifest = manifest::write(&package_id, &title, pass, &listed);
    write_zip(&options.out, &manifest, &files)?;
    let extra = match options.extra {
        Accommodation::Standard => String::new(),
        extra => format!(", extra time {}", accommodation_setting(extra)),
    };
    Ok(format!(
        "{}: SCORM 1.2 package of \"{title}\": {count} questions, {minutes} minutes{extra}, pass mark {pass} %, seed {} ({} files)",
        options.out.display(),
        options.seed,
        files.len() + 1
    ))
}

fn write_zip(out: &Path, manifest: &str, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", out.display());
    zip.start_file("imsmanifest.xml", options)
        .map_err(|e| fail(&e))?;
    zip.write_all(manifest.as_bytes()).map_err(|e| fail(&e))?;
    for (path, content) in files {
        zip.start_file(path.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(content).map_err(|e| fail(&e))?;
    }
    zip.finish().map_err(|e| fail(&e))?;
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(problem) if problem.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("scorm-package: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}
