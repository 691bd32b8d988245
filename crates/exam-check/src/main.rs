//! `exam-check`: checks question files before a teacher publishes them, and converts them to
//! JSON, or to GIFT or Moodle XML for an LMS's own quiz engine.
//!
//! It runs the very import and validation code the app runs, so it reports every problem the
//! app would show, as `file:line: message`, plus statistics about each bank.

mod args;
mod banks;
mod check;
mod index;

use std::process::ExitCode;

use exam_engine::schema::bank_schema_text;

use args::{Args, Misuse, USAGE};

fn main() -> ExitCode {
    match Args::parse(std::env::args().skip(1)) {
        Err(Misuse(message)) => {
            eprintln!("exam-check: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Ok(Args::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Args::Schema) => {
            print!("{}", bank_schema_text());
            ExitCode::SUCCESS
        }
        Ok(Args::Index {
            folder,
            allow_skipped,
        }) => index::write_index(&folder, allow_skipped),
        Ok(Args::Check {
            paths,
            convert,
            quiet,
            allow_skipped,
        }) => check::run(&paths, convert, quiet, allow_skipped),
    }
}
