//! The result file a candidate downloads for their teacher: which bank (id and fingerprint),
//! the seed and settings, every answer and the times, and never a score: the teacher's page
//! grades it again against the bank, so an edited score counts for nothing.

use serde::{Deserialize, Serialize};

use super::bank::{Bank, Id};
use super::certainty::Confidence;
use super::fingerprint::bank_fingerprint;
use super::session::{Accommodation, FinishReason, Mode, Session};
use super::versioned::{self, RecordError, RecordFormat};

/// The result file format version this build reads and writes.
pub const RESULT_FORMAT: u32 = 1;

/// The `kind` every file of this format names.
pub const RESULT_KIND: &str = "exam-practice-result";

/// What a result file says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: Some(RESULT_KIND),
    version: RESULT_FORMAT,
};

/// A result file the class results leave out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub file: String,
    pub why: NotGraded,
}

/// Why a result file cannot be graded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotGraded {
    /// Not JSON, or not shaped like a result: the JSON reader's own words.
    NotAResult(String),
    /// Another of the app's files (its `kind`), such as a progress file.
    OtherKind(String),
    NoKind,
    NoVersion,
    /// A format version this build does not read, as the file writes it.
    Version(String),
    NoAnswers,
    /// A result for another bank: its title and id.
    OtherBank {
        title: String,
        id: String,
    },
    /// A result for an earlier or later version of this bank.
    OtherBankVersion,
    /// Answer number `answer` (from 1) names a question the bank does not have.
    UnknownQuestion {
        answer: usize,
        question: String,
    },
    AnsweredTwice {
        question: String,
    },
    /// The answer names choices the question does not have, or more than it takes.
    ImpossibleAnswer {
        question: String,
    },
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = &self.file;
        match &self.why {
            NotGraded::NotAResult(e) => write!(f, "{file}: not a result file ({e})"),
            NotGraded::OtherKind(kind) => {
                write!(f, "{file}: not a result file (its kind is \"{kind}\")")
            }
            NotGraded::NoKind => {
                write!(
                    f,
                    "{file}: not a result file (it has no \"kind\": \"{RESULT_KIND}\")"
                )
            }
            NotGraded::NoVersion => {
                write!(f, "{file}: not a result file (it has no format version)")
            }
            NotGraded::Version(version) => write!(
                f,
                "{file}: result format {version} is not one this version reads ({RESULT_FORMAT})"
            ),
            NotGraded::NoAnswers => write!(f, "{file}: the result has no answers"),
            NotGraded::OtherBank { title, id } => {
                write!(f, "{file}: a result for another bank, \"{title}\" ({id})")
            }
            NotGraded::OtherBankVersion => write!(
                f,
                "{file}: a result for another version of this bank (its questions, choices or answers have changed since)"
            ),
            NotGraded::UnknownQuestion { answer, question } => write!(
                f,
                "{file}: answer {answer}: question \"{question}\" is not in the bank"
            ),
            NotGraded::AnsweredTwice { question } => {
                write!(f, "{file}: question \"{question}\" is answered twice")
            }
            NotGraded::ImpossibleAnswer { question } => write!(
                f,
                "{file}: question \"{question}\": the answer names choices the question does not have"
            ),
        }
    }
}

/// One question as the candidate met it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnsweredQuestion {
    pub question: Id,
    /// The choice ids as they were shown.
    pub shown: Vec<Id>,
    pub selected: Vec<Id>,
    #[serde(default)]
    pub flagged: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Milliseconds on screen.
    #[serde(default)]
    pub time_ms: u64,
}

/// A candidate's result, as the file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultFile {
    pub kind: String,
    pub format: u32,
    pub bank_id: String,
    pub bank_title: String,
    pub bank_fingerprint: String,
    /// The name the candidate gave, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<String>,
    pub seed: u64,
    pub mode: Mode,
    #[serde(default)]
    pub accommodation: Accommodation,
    pub time_limit_ms: Option<u64>,
    pub started_at_ms: u64,
    pub time_used_ms: u64,
    pub finish_reason: Option<FinishReason>,
    pub answers: Vec<AnsweredQuestion>,
}

impl ResultFile {
    /// The file for a finished (or running) session; questions asked again in practice are
    /// left out, as the score leaves them out.
    pub fn of(session: &Session, bank: &Bank, candidate: Option<&str>, now_ms: u64) -> ResultFile {
        ResultFile {
            kind: RESULT_KIND.to_owned(),
            format: RESULT_FORMAT,
            bank_id: bank.id().to_string(),
            bank_title: bank.title().to_owned(),
            bank_fingerprint: bank_fingerprint(bank),
            candidate: candidate
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
            seed: session.seed(),
            mode: session.mode(),
            accommodation: session.accommodation(),
            time_limit_ms: session.time_limit_ms(),
            started_at_ms: session.started_at_ms(),
            time_used_ms: session.time_used_ms(now_ms),
            finish_reason: session.finish().map(|f| f.reason),
            answers: session
                .slots()
                .iter()
                .filter(|slot| !slot.is_again())
                .map(|slot| AnsweredQuestion {
                    question: slot.question_id().clone(),
                    shown: slot.choice_order().to_vec(),
                    selected: slot.selected().to_vec(),
                    flagged: slot.is_flagged(),
                    confidence: slot.confidence(),
                    time_ms: slot.time_ms(),
                })
                .collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a result holds only strings, numbers and lists")
    }

    /// Reads a result file named `file`, or says why it is not one.
    pub fn read(file: &str, text: &str) -> Result<ResultFile, LeftOut> {
        let left_out = |why| LeftOut {
            file: file.to_owned(),
            why,
        };
        let result: ResultFile = versioned::read(text, FORMAT).map_err(|error| {
            left_out(match error {
                RecordError::NotJson(e) | RecordError::Damaged(e) => {
                    NotGraded::NotAResult(e.to_string())
                }
                RecordError::OtherKind(Some(kind)) => NotGraded::OtherKind(kind),
                RecordError::OtherKind(None) => NotGraded::NoKind,
                RecordError::NoVersion => NotGraded::NoVersion,
                RecordError::Version(version) => NotGraded::Version(version.to_string()),
            })
        })?;
        if result.answers.is_empty() {
            return Err(left_out(NotGraded::NoAnswers));
        }
        Ok(result)
    }

    /// The bank a result file is for, or why it cannot be read.
    pub fn bank_of(file: &str, text: &str) -> Result<String, LeftOut> {
        ResultFile::read(file, text).map(|result| result.bank_id)
    }

    /// A name for the candidate: the one they gave, or else the file's.
    pub fn label(&self, file: &str) -> String {
        self.candidate.clone().unwrap_or_else(|| file.to_owned())
    }
}
