//! The command line, read in two steps as ripgrep does: `RawArgs` is what was typed, in any
//! order, and `Args` is what to do, once the combinations are checked.

use std::path::PathBuf;

pub const USAGE: &str = "\
Usage: exam-check [--to json|gift|moodle-xml] [--quiet] [--allow-skipped] FILE_OR_FOLDER...
       exam-check --index FOLDER [--allow-skipped]
       exam-check --schema

Checks question bank files (.json, .gift, .txt, .md, Moodle's .xml) and prints every
problem as file:line: message, then statistics for each bank. A folder is checked file by file,
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

/// What `--to` converts a bank to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Target {
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
}

/// What to do, once the command line has been read and its combinations checked.
#[derive(Debug, PartialEq)]
pub enum Args {
    Help,
    Schema,
    Index {
        folder: PathBuf,
        allow_skipped: bool,
    },
    Check {
        paths: Vec<PathBuf>,
        convert: Option<Target>,
        quiet: bool,
        allow_skipped: bool,
    },
}

/// A misuse of the command line: the message the teacher sees above the usage.
#[derive(Debug, PartialEq)]
pub struct Misuse(pub String);

/// Every option as typed, before anything about their combination is known. Nothing here acts
/// on an option as it is read, so no option can cut the reading short and lose the ones after
/// it (as `--index FOLDER --allow-skipped` once lost `--allow-skipped`).
#[derive(Default)]
struct RawArgs {
    /// Each `--to` given, so two different ones can be refused rather than the last winning.
    convert: Vec<Target>,
    quiet: bool,
    allow_skipped: bool,
    schema: bool,
    help: bool,
    /// Each `--index` folder given.
    index: Vec<String>,
    paths: Vec<PathBuf>,
}

impl Args {
    /// Reads the arguments after the program's name.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, Misuse> {
        RawArgs::parse(args)?.check()
    }
}

impl RawArgs {
    fn parse(args: impl IntoIterator<Item = String>) -> Result<RawArgs, Misuse> {
        let mut raw = RawArgs::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let to = match arg.as_str() {
                "--to" => Some(args.next().unwrap_or_default()),
                flag => flag.strip_prefix("--to=").map(str::to_owned),
            };
            if let Some(name) = to {
                let target = Target::parse(&name).ok_or_else(|| {
                    Misuse(format!(
                        "--to takes json, gift or moodle-xml, not \"{name}\""
                    ))
                })?;
                raw.convert.push(target);
                continue;
            }
            match arg.as_str() {
                "--to-json" => raw.convert.push(Target::Json),
                "--quiet" | "-q" => raw.quiet = true,
                "--allow-skipped" => raw.allow_skipped = true,
                "--schema" => raw.schema = true,
                "--index" => match args.next() {
                    // An option right after `--index` means the folder was forgotten, not
                    // that the folder is named like an option.
                    Some(folder) if !folder.starts_with('-') => raw.index.push(folder),
                    _ => return Err(Misuse("--index needs a folder".to_owned())),
                },
                "--help" | "-h" => raw.help = true,
                flag if flag.starts_with('-') => {
                    return Err(Misuse(format!("unknown option {flag}")));
                }
                _ => raw.paths.push(PathBuf::from(arg)),
            }
        }
        Ok(raw)
    }

    /// Turns what was typed into one thing to do, refusing any option the chosen mode would
    /// otherwise ignore without a word.
    fn check(self) -> Result<Args, Misuse> {
        let misuse = |message: &str| Err(Misuse(message.to_owned()));
        if self.help {
            // Asking for help is never misuse, whatever else is on the line.
            return Ok(Args::Help);
        }
        let convert = match self.convert.as_slice() {
            [] => None,
            [first, rest @ ..] if rest.iter().all(|t| t == first) => Some(*first),
            _ => return misuse("--to names one format"),
        };
        if self.schema {
            if self.index.is_empty()
                && self.paths.is_empty()
                && convert.is_none()
                && !self.quiet
                && !self.allow_skipped
            {
                return Ok(Args::Schema);
            }
            return misuse("--schema takes no other option or file");
        }
        if !self.index.is_empty() {
            return match (self.index.as_slice(), convert, self.quiet) {
                ([_, _, ..], _, _) => misuse("--index takes one folder"),
                (_, Some(_), _) => misuse("--to cannot be combined with --index"),
                (_, _, true) => misuse("--quiet cannot be combined with --index"),
                ([folder], None, false) if self.paths.is_empty() => Ok(Args::Index {
                    folder: PathBuf::from(folder),
                    allow_skipped: self.allow_skipped,
                }),
                _ => misuse("--index takes one folder and no other file or folder"),
            };
        }
        if self.paths.is_empty() {
            return misuse("name at least one file or folder");
        }
        if convert.is_some() && self.paths.len() != 1 {
            return misuse("--to converts exactly one file");
        }
        Ok(Args::Check {
            paths: self.paths,
            convert,
            quiet: self.quiet,
            allow_skipped: self.allow_skipped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, Misuse> {
        Args::parse(args.iter().map(|a| (*a).to_owned()))
    }

    #[test]
    fn allow_skipped_counts_wherever_it_stands_beside_index() {
        let expected = Ok(Args::Index {
            folder: PathBuf::from("dist/questions"),
            allow_skipped: true,
        });
        assert_eq!(
            parse(&["--index", "dist/questions", "--allow-skipped"]),
            expected
        );
        assert_eq!(
            parse(&["--allow-skipped", "--index", "dist/questions"]),
            expected
        );
    }

    #[test]
    fn options_a_mode_would_ignore_are_refused() {
        let refused = |args: &[&str], message: &str| {
            assert_eq!(parse(args), Err(Misuse(message.to_owned())), "{args:?}");
        };
        refused(
            &["--index", "a", "b.gift"],
            "--index takes one folder and no other file or folder",
        );
        refused(
            &["--index", "a", "--index", "b"],
            "--index takes one folder",
        );
        refused(
            &["--index", "a", "--to-json"],
            "--to cannot be combined with --index",
        );
        refused(
            &["--index", "a", "--quiet"],
            "--quiet cannot be combined with --index",
        );
        refused(&["--index", "--quiet"], "--index needs a folder");
        refused(
            &["--schema", "a.gift"],
            "--schema takes no other option or file",
        );
        refused(
            &["--schema", "--index", "a"],
            "--schema takes no other option or file",
        );
        refused(
            &["--to", "gift", "--to-json", "a.gift"],
            "--to names one format",
        );
    }

    #[test]
    fn help_wins_and_a_repeated_format_is_one_format() {
        assert_eq!(parse(&["a.gift", "--help"]), Ok(Args::Help));
        assert!(matches!(
            parse(&["--to-json", "--to", "json", "a.gift"]),
            Ok(Args::Check {
                convert: Some(Target::Json),
                ..
            })
        ));
    }
}
