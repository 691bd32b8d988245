//! Reads a question file in any supported format into a checked bank, with warnings and lines.
//!
//! Every format goes the same way: bytes → text ([`decode`]) → a raw bank and its line map
//! (JSON directly, the others through [`draft`]) → the one validator → [`Imported`]. The
//! `exam-check` program and the app's teachers' tools worker call [`import`], so the checker
//! reports exactly what the app would show; the page itself reads JSON banks only
//! ([`import_json`]), so the other readers stay out of the candidate's download.

// The readers of the teachers' formats, behind the `readers` feature: the page's crate graph
// leaves it off, so the candidate's download cannot link them (see Cargo.toml).
#[cfg(feature = "readers")]
pub mod aiken;
pub mod draft;
#[cfg(feature = "readers")]
mod draft_bank;
#[cfg(feature = "readers")]
pub mod gift;
#[cfg(feature = "readers")]
pub mod html;
mod line_shapes;
#[cfg(feature = "readers")]
pub mod markdown;
#[cfg(feature = "readers")]
pub mod moodle_xml;
#[cfg(feature = "readers")]
pub mod task_list;
pub mod transfer;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::bank::Bank;
use super::error::{BankError, BankErrors, Location, Outcome};
use super::field_path::FieldPath;
use super::problem::{ProblemKind, WarningKind};
use super::raw::RawBank;
use super::source_lines::SourceLines;
use super::stats::words;
use super::validate::{CheckedBank, check_bank, json_syntax_error, not_skipped};

/// The file formats the importers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// The app's own bank format.
    Json,
    /// Moodle's GIFT text format.
    Gift,
    /// Moodle's Aiken text format.
    Aiken,
    /// Numbered questions, `- A.` options and a `<details>` block with "Correct answer: C".
    MarkdownAnswers,
    /// Headings or numbered questions with `- [x]` / `- [ ]` options, as quizdown writes them.
    MarkdownTaskList,
    /// Moodle's XML export of a question bank.
    MoodleXml,
}

impl Format {
    /// Every format, as [`Format::from_name`] looks them up.
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Gift,
        Format::Aiken,
        Format::MarkdownAnswers,
        Format::MarkdownTaskList,
        Format::MoodleXml,
    ];

    /// The format read back from its [`Format::name`], as kept banks store it.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// The format's name in English, as the checker writes it and kept banks store it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "JSON bank",
            Format::Gift => "GIFT",
            Format::Aiken => "Aiken",
            Format::MarkdownAnswers => "Markdown with answer blocks",
            Format::MarkdownTaskList => "Markdown task list",
            Format::MoodleXml => "Moodle XML",
        }
    }
}

/// Something worth a teacher's attention that does not stop the bank from working, shown as
/// `file:line: warning: message` (see [`crate::problem_text`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub kind: WarningKind,
}

/// A file read into a raw bank but not yet validated.
#[derive(Debug, Clone)]
pub struct Draft {
    pub format: Format,
    pub raw: RawBank,
    /// Where each question and field is; `None` for a JSON bank, whose lines are found from its
    /// bytes only when a problem or a warning needs them (most banks need neither).
    pub lines: Option<SourceLines>,
    pub warnings: Vec<Warning>,
    /// Problems the reader found in the file's syntax, in line order: in a question it could not
    /// take (listed in `rejected`) or in text outside any question. None of them refuses the file.
    pub problems: Vec<BankError>,
    /// The 0-based positions, in order, of the questions the reader could not take.
    pub rejected: Vec<usize>,
}

/// The outcome of importing one file.
#[derive(Debug, Clone)]
pub struct Imported {
    pub format: Option<Format>,
    /// The usable questions as a bank, or every reason the file cannot be used at all.
    pub bank: Result<Bank, BankErrors>,
    pub warnings: Vec<Warning>,
    /// With a usable bank: each problem that left a question (or a piece of text) out, in line
    /// order. Empty when the file is refused: its errors list them.
    pub skipped: Vec<BankError>,
    /// How many questions the file holds, usable or not (as far as its reader could tell).
    pub questions_in_file: usize,
}

impl Imported {
    /// A file refused before any question was read.
    pub fn refused(errors: BankErrors) -> Imported {
        Imported {
            format: None,
            bank: Err(errors),
            warnings: Vec::new(),
            skipped: Vec::new(),
            questions_in_file: 0,
        }
    }

    /// How many questions were left out of a usable bank.
    pub fn skipped_questions(&self) -> usize {
        match &self.bank {
            Ok(bank) => self.questions_in_file - bank.questions().len(),
            Err(_) => 0,
        }
    }
}

/// The largest file the importers read, so a wrong file cannot exhaust the page's memory.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Reads and checks one file of any supported format. `file` names it in every message and
/// its extension helps tell the format.
#[cfg(feature = "readers")]
pub fn import(file: &str, bytes: &[u8]) -> Imported {
    match read_draft(file, bytes) {
        Ok(draft) => finish(file, draft, Lint::Warn, bytes),
        Err(errors) => Imported::refused(errors),
    }
}

/// Reads and checks a file known to be a JSON bank (see [`is_json`]), as [`import`] would.
pub fn import_json(file: &str, bytes: &[u8]) -> Imported {
    match read_json_draft(file, bytes) {
        Ok(draft) => finish(file, draft, Lint::Warn, bytes),
        Err(errors) => Imported::refused(errors),
    }
}

/// Whether a file is a JSON bank, told as [`import`] tells it. A file that cannot be read as
/// text counts as one, so that the JSON reader says why.
pub fn is_json(file: &str, bytes: &[u8]) -> bool {
    match decode(bytes) {
        Ok(text) => detect(file, text) == Some(Format::Json),
        Err(_) => true,
    }
}

/// Whether to look for things worth a warning in a valid bank (repeated prompts). Teachers see
/// warnings when they open or check a file; candidates never do, so the app's start-up skips it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lint {
    Warn,
    Skip,
}

/// Validates a draft and gives every problem its line. `source` is the file's bytes, scanned
/// for lines only when a JSON bank has a problem or a warning to place.
pub fn finish(file: &str, draft: Draft, lint: Lint, source: &[u8]) -> Imported {
    let Draft {
        format,
        raw,
        mut lines,
        mut warnings,
        problems,
        rejected,
    } = draft;
    // A JSON bank's lines are scanned at most once, and only when something needs placing.
    let json_lines = || SourceLines::of_json(source);
    let questions_in_file = raw.questions.as_ref().map_or(0, Vec::len);
    let (bank, skipped, file_positions) = match check_bank(file, raw, &rejected) {
        Ok(CheckedBank {
            bank,
            mut skipped,
            mut notes,
            file_positions,
            ..
        }) => {
            if !skipped.is_empty() {
                lines.get_or_insert_with(json_lines).locate(&mut skipped);
            }
            if !notes.is_empty() {
                lines.get_or_insert_with(json_lines).locate(&mut notes);
            }
            warnings.extend(notes.into_iter().map(|note| Warning {
                kind: WarningKind::Note {
                    question: match note.location {
                        Location::Question { id, .. } => id,
                        _ => None,
                    },
                    field: note.field,
                    kind: note.kind,
                },
                file: note.file,
                line: note.line,
            }));
            (Ok(bank), merge_by_line(problems, skipped), file_positions)
        }
        Err(BankErrors(mut more)) => {
            lines.get_or_insert_with(json_lines).locate(&mut more);
            let mut all = merge_by_line(problems, more);
            not_skipped(&mut all);
            (Err(BankErrors(all)), Vec::new(), Vec::new())
        }
    };
    if let (Ok(bank), Lint::Warn) = (&bank, lint) {
        let lines = lines.get_or_insert_with(json_lines);
        warnings.extend(repeated_questions(file, bank, &file_positions, lines));
    }
    Imported {
        format: Some(format),
        bank,
        warnings,
        skipped,
        questions_in_file,
    }
}

/// Merges two lists of problems, each already in line order (problems without a line stay
/// where they are; on a tie the first list's problem comes first). A merge rather than a sort
/// keeps the app small.
fn merge_by_line(first: Vec<BankError>, second: Vec<BankError>) -> Vec<BankError> {
    let mut merged = Vec::with_capacity(first.len() + second.len());
    let mut second = second.into_iter().peekable();
    for error in first {
        while let Some(next) = second.next_if(|n| n.line.unwrap_or(0) < error.line.unwrap_or(0)) {
            merged.push(next);
        }
        merged.push(error);
    }
    merged.extend(second);
    merged
}

/// A warning for each question whose prompt has exactly the words of an earlier one.
/// `file_positions` gives each bank question's place in the file, where its lines are.
fn repeated_questions(
    file: &str,
    bank: &Bank,
    file_positions: &[usize],
    lines: &SourceLines,
) -> Vec<Warning> {
    let line_of = |i: usize| {
        let position = *file_positions.get(i)?;
        lines.questions.get(position).map(|q| q.start)
    };
    let mut first_with: HashMap<Vec<String>, usize> = HashMap::new();
    let mut pairs = Vec::new();
    for (i, question) in bank.questions().iter().enumerate() {
        let words = words(&question.prompt().plain_text());
        match first_with.get(&words) {
            Some(&first) => pairs.push((first, i)),
            None => {
                first_with.insert(words, i);
            }
        }
    }
    pairs
        .into_iter()
        .map(|(first, second)| {
            let (first_index, second_index) = (first, second);
            let first = &bank.questions()[first_index];
            let second = &bank.questions()[second_index];
            Warning {
                file: file.to_owned(),
                line: line_of(second_index),
                kind: WarningKind::RepeatedPrompt {
                    id: second.id().to_string(),
                    earlier_id: first.id().to_string(),
                    earlier_line: line_of(first_index),
                },
            }
        })
        .collect()
}

/// A problem with the file as a whole.
fn file_error(file: &str, line: Option<usize>, kind: ProblemKind) -> BankErrors {
    BankErrors(vec![BankError {
        file: file.to_owned(),
        location: Location::Bank,
        field: FieldPath::none(),
        line,
        kind,
        outcome: Outcome::Refused,
    }])
}

/// The file's text, when it is not too large and is UTF-8.
fn text_of<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, BankErrors> {
    within_size(file, bytes)?;
    decode(bytes).map_err(|(line, kind)| file_error(file, line, kind))
}

/// Refuses a file larger than this app reads.
fn within_size(file: &str, bytes: &[u8]) -> Result<(), BankErrors> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(file_error(
            file,
            None,
            ProblemKind::FileTooLarge {
                megabytes: bytes.len().div_ceil(1024 * 1024),
                limit_megabytes: MAX_FILE_BYTES / (1024 * 1024),
            },
        ));
    }
    Ok(())
}

/// Reads a JSON bank into a raw bank without validating it.
pub fn read_json_draft(file: &str, bytes: &[u8]) -> Result<Draft, BankErrors> {
    // The text is not checked as UTF-8 before it is parsed: serde_json checks every string it
    // reads, and anything outside strings must be JSON's ASCII, so a file that parses is UTF-8.
    // That saves a whole pass over the file; a file that does not parse is checked, so its
    // message still says "not UTF-8" where it is not.
    within_size(file, bytes)?;
    let body = unmarked(bytes).map_err(|(line, kind)| file_error(file, line, kind))?;
    // From bytes, like `parse_bank`, so the app carries one copy of the bank reader, not a
    // second one specialised for `&str`.
    let mut raw: RawBank = serde_json::from_slice(body).map_err(|e| {
        text_of(file, bytes)
            .err()
            .unwrap_or_else(|| BankErrors(vec![json_syntax_error(file, &e)]))
    })?;
    // The question list grew by quarters as it was read, so up to a fifth of it is spare room;
    // it is given back before checking, while the file and the raw bank are both still held
    // (the most memory reading a bank ever takes).
    if let Some(questions) = raw.questions.as_mut() {
        questions.shrink_to_fit();
    }
    Ok(Draft {
        format: Format::Json,
        raw,
        lines: None,
        warnings: Vec::new(),
        problems: Vec::new(),
        rejected: Vec::new(),
    })
}

/// Reads a file of any supported format into a raw bank without validating it.
#[cfg(feature = "readers")]
pub fn read_draft(file: &str, bytes: &[u8]) -> Result<Draft, BankErrors> {
    let text = text_of(file, bytes)?;
    let format =
        detect(file, text).ok_or_else(|| file_error(file, None, ProblemKind::FormatUnknown))?;
    Ok(match format {
        Format::Json => return read_json_draft(file, bytes),
        Format::Gift => gift::read(text).into_draft(file, format),
        Format::Aiken => aiken::read(text).into_draft(file, format),
        Format::MarkdownAnswers => markdown::read(text).into_draft(file, format),
        Format::MarkdownTaskList => task_list::read(text).into_draft(file, format),
        Format::MoodleXml => moodle_xml::read(text)
            .map_err(|(line, problem)| file_error(file, line, problem.into()))?
            .into_draft(file, format),
    })
}

/// The file's bytes with a leading UTF-8 byte-order mark dropped; a UTF-16 file is refused.
fn unmarked(bytes: &[u8]) -> Result<&[u8], (Option<usize>, ProblemKind)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err((None, ProblemKind::Utf16));
    }
    Ok(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// The file's text: UTF-8, with a leading byte-order mark dropped.
pub fn decode(bytes: &[u8]) -> Result<&str, (Option<usize>, ProblemKind)> {
    let bytes = unmarked(bytes)?;
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
        (Some(line), ProblemKind::NotUtf8)
    })
}

/// Tells the format from the file's extension, and from its content where the extension is
/// shared (`.txt` for GIFT and Aiken, `.md` for both Markdown layouts) or unknown; an `.xml`
/// file, or one whose text starts with a tag and holds `<quiz`, is Moodle XML.
pub fn detect(file: &str, text: &str) -> Option<Format> {
    let extension = draft::base_name(file)
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    let markdown = || {
        if text.lines().any(line_shapes::is_option_line) {
            Format::MarkdownTaskList
        } else {
            Format::MarkdownAnswers
        }
    };
    match extension.as_str() {
        "json" => Some(Format::Json),
        "md" | "markdown" => Some(markdown()),
        "gift" => Some(Format::Gift),
        "xml" => Some(Format::MoodleXml),
        _ => {
            let start = text.trim_start();
            if start.starts_with('{') {
                Some(Format::Json)
            } else if start.starts_with('<') && text.contains("<quiz") {
                // Checked before GIFT's braces, which Moodle's HTML may hold.
                Some(Format::MoodleXml)
            } else if text.lines().any(line_shapes::is_answer_line) {
                Some(Format::Aiken)
            } else if text.contains('{') {
                Some(Format::Gift)
            } else if text.lines().any(line_shapes::is_option_line)
                || text.contains("<details")
                || text.to_ascii_lowercase().contains("correct answer")
            {
                Some(markdown())
            } else {
                None
            }
        }
    }
}

/// Splits text into numbered lines (1-based), accepting `\n` and `\r\n` endings.
pub fn numbered_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, line)| (i + 1, line))
}
