//! The `catalogue` tool: `catalogue check <dir> [<source dir>…]` checks every language's file
//! (and, given the code's folders, that English has no message the code does not use);
//! `catalogue compile <dir> <out dir>` checks them, then writes `<tag>.json` for each language
//! (English's too: the page has it built in and never fetches it, but tests and translators read
//! the compiled messages of every language alike).

use std::path::Path;
use std::process::ExitCode;

use catalogue::compile::{CatalogueSet, Problem, read_dir, unused_in_dirs};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, dir, sources @ ..] if command == "check" => {
            let set = match read_dir(Path::new(dir)) {
                Ok(set) => set,
                Err(error) => return fail(&error.to_string()),
            };
            let mut problems = set.problems();
            if !sources.is_empty() {
                let dirs: Vec<&Path> = sources.iter().map(Path::new).collect();
                match unused_in_dirs(&set.english.read, &set.english.file, &dirs) {
                    Ok(unused) => problems.extend(unused),
                    Err(error) => return fail(&format!("reading the code: {error}")),
                }
            }
            report(&problems, &set)
        }
        [command, dir, out] if command == "compile" => {
            let set = match read_dir(Path::new(dir)) {
                Ok(set) => set,
                Err(error) => return fail(&error.to_string()),
            };
            let problems = set.problems();
            if !problems.is_empty() {
                return report(&problems, &set);
            }
            if let Err(error) = std::fs::create_dir_all(out) {
                return fail(&format!("{out}: {error}"));
            }
            for file in std::iter::once(&set.english).chain(&set.others) {
                let path = Path::new(out).join(format!("{}.json", file.tag));
                let json = serde_json::to_string(&file.read.catalogue).unwrap_or_default();
                if let Err(error) = std::fs::write(&path, json) {
                    return fail(&format!("{}: {error}", path.display()));
                }
            }
            ExitCode::SUCCESS
        }
        _ => {
            fail("usage: catalogue check <dir> [<source dir>…] | catalogue compile <dir> <out dir>")
        }
    }
}

fn report(problems: &[Problem], set: &CatalogueSet) -> ExitCode {
    for problem in problems {
        eprintln!("error: {problem}");
    }
    if problems.is_empty() {
        println!(
            "{} messages in English; {} other languages, every one complete",
            set.english.read.order.len(),
            set.others.len()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problems in the catalogues", problems.len());
        ExitCode::FAILURE
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
