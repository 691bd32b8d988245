//! Writes the interface's message types from the catalogues in `src/locales/`: `Msg` (one variant
//! per English message, a field per variable), English's compiled catalogue (built in) and the
//! list of shipped languages. English that Fluent cannot read stops the build; every language's
//! full check runs in the test command (`catalogue check`).

use std::path::Path;

fn main() {
    let dir = Path::new("src/locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let set = catalogue::compile::read_dir(dir).unwrap_or_else(|error| panic!("{error}"));
    let english_problems = &set.english.read.problems;
    if !english_problems.is_empty() {
        for problem in english_problems {
            println!("cargo::warning={problem}");
        }
        panic!(
            "{} problems in {}",
            english_problems.len(),
            set.english.file
        );
    }
    let languages: Vec<(String, String)> = std::iter::once(&set.english)
        .chain(&set.others)
        .map(|file| {
            (
                file.tag.clone(),
                file.name().unwrap_or_else(|| file.tag.clone()),
            )
        })
        .collect();
    let source = catalogue::compile::rust_source(&set.english.read, &languages);
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(&out, source).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
