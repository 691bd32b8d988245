//! The checks every catalogue passes: its plural selections against its language's forms, a
//! translation against English (the same messages, the same variables), and English against the
//! code (no message that nothing uses).

use std::collections::BTreeSet;
use std::path::Path;

use super::plurals::PluralForms;
use super::problem::{Problem, ProblemKind};
use super::read::Read;

/// The messages the build itself uses rather than the code: the language menu's names.
pub const USED_BY_THE_BUILD: &[&str] = &["language-name"];

/// The problems every file can have on its own, English's too: a language CLDR does not know,
/// plural selections against the language's `forms`, and no `language-name`.
pub fn check_file(read: &Read, file: &str, forms: Option<&PluralForms>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let problem = |line: usize, message: &str, kind: ProblemKind| Problem {
        file: file.to_owned(),
        line,
        message: Some(message.to_owned()),
        kind,
    };
    match forms {
        None => problems.push(Problem {
            file: file.to_owned(),
            line: 0,
            message: None,
            kind: ProblemKind::UnknownLanguage,
        }),
        Some(forms) => {
            for facts in &read.order {
                for cases in &facts.plural_cases {
                    for case in cases {
                        if !forms.all.contains(case.as_str()) {
                            problems.push(problem(
                                facts.line,
                                &facts.id,
                                ProblemKind::UnknownPluralCategory {
                                    category: case.clone(),
                                },
                            ));
                        }
                    }
                    let missing: Vec<String> = forms
                        .counts
                        .iter()
                        .filter(|form| !cases.iter().any(|case| case == *form))
                        .map(|form| (*form).to_owned())
                        .collect();
                    if !missing.is_empty() {
                        problems.push(problem(
                            facts.line,
                            &facts.id,
                            ProblemKind::MissingPluralForms {
                                categories: missing,
                            },
                        ));
                    }
                }
            }
        }
    }
    if read.facts("language-name").is_none() {
        problems.push(Problem {
            file: file.to_owned(),
            line: 0,
            message: None,
            kind: ProblemKind::NoLanguageName,
        });
    }
    problems
}

/// The problems of `read`, a translation, measured against `english`: a message missing or not
/// in English, and variables that differ.
pub fn check_against_english(english: &Read, read: &Read, file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let problem = |line: usize, message: &str, kind: ProblemKind| Problem {
        file: file.to_owned(),
        line,
        message: Some(message.to_owned()),
        kind,
    };
    for facts in &english.order {
        let Some(here) = read.facts(&facts.id) else {
            problems.push(Problem {
                file: file.to_owned(),
                line: 0,
                message: Some(facts.id.clone()),
                kind: ProblemKind::Missing,
            });
            continue;
        };
        if here.variables != facts.variables && facts.id != "language-name" {
            problems.push(problem(
                here.line,
                &facts.id,
                ProblemKind::Placeholders {
                    english: facts.variables.iter().cloned().collect(),
                    here: here.variables.iter().cloned().collect(),
                },
            ));
        }
    }
    for facts in &read.order {
        if english.facts(&facts.id).is_none() {
            problems.push(problem(facts.line, &facts.id, ProblemKind::NotInEnglish));
        }
    }
    problems
}

/// English's messages that no source in `sources` names (as `Msg::TheirName`).
pub fn unused_in_code(english: &Read, file: &str, sources: &[String]) -> Vec<Problem> {
    let used: BTreeSet<String> = sources.iter().flat_map(|source| named_in(source)).collect();
    english
        .order
        .iter()
        .filter(|facts| !USED_BY_THE_BUILD.contains(&facts.id.as_str()))
        .filter(|facts| !used.contains(&super::generate::variant_name(&facts.id)))
        .map(|facts| Problem {
            file: file.to_owned(),
            line: facts.line,
            message: Some(facts.id.clone()),
            kind: ProblemKind::Unused,
        })
        .collect()
}

/// English's messages that no `.rs` file under `dirs` names.
pub fn unused_in_dirs(english: &Read, file: &str, dirs: &[&Path]) -> std::io::Result<Vec<Problem>> {
    let mut sources = Vec::new();
    for dir in dirs {
        rust_sources(dir, &mut sources)?;
    }
    Ok(unused_in_code(english, file, &sources))
}

/// The text of every `.rs` file under `dir`.
fn rust_sources(dir: &Path, sources: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_sources(&path, sources)?;
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            sources.push(std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}

/// The names after each `Msg::` in `source`.
fn named_in(source: &str) -> Vec<String> {
    source
        .match_indices("Msg::")
        .map(|(at, prefix)| {
            source[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}
