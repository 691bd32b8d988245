//! The words for saved records and handed-in files that could not be read: a saved exam, the
//! banks kept in this browser, a progress file and a result file. The engine says what is wrong
//! as data; the JSON reader's own description, where it gives one, stays as it wrote it.

use crate::engine::library::NotRestored;
use crate::engine::progress::{
    NotProgress, PROGRESS_FORMAT, PROGRESS_KIND, ProgressProblem, ProgressRecord,
};
use crate::engine::result_file::{LeftOut, NotGraded, RESULT_FORMAT, RESULT_KIND};
use crate::engine::session::RestoreError;
use crate::ui::file_problems;
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// Why a saved exam (in this browser or the LMS) could not be resumed.
pub fn restore_error(text: &Texts, error: &RestoreError) -> String {
    text.get(match error {
        RestoreError::Corrupt(detail) => Msg::RestoreDamaged {
            detail: detail.as_str().into(),
        },
        RestoreError::UnknownFormat(found) => Msg::RestoreUnknownFormat {
            found: found.as_str().into(),
        },
        RestoreError::OtherBank { saved } => Msg::RestoreOtherBank {
            saved: saved.as_str().into(),
        },
        RestoreError::BankChanged => Msg::RestoreBankChanged,
        RestoreError::Inconsistent(detail) => Msg::RestoreInconsistent {
            detail: detail.as_str().into(),
        },
    })
}

/// What could not be read back of the banks kept in this browser.
pub fn not_restored(text: &Texts, problem: &NotRestored) -> String {
    text.get(match problem {
        NotRestored::Version(found) => Msg::KeptListVersion {
            found: found.as_str().into(),
        },
        NotRestored::Damaged(detail) => Msg::KeptListDamaged {
            detail: detail.as_str().into(),
        },
        NotRestored::BankLeftOut { source, errors } => Msg::KeptBankLeftOut {
            source: source.as_str().into(),
            problems: file_problems::problem_lines(text, &errors.0)
                .join("; ")
                .into(),
        },
    })
}

/// Why a progress file, or a part of one, could not be read.
pub fn progress_problem(text: &Texts, problem: &ProgressProblem) -> String {
    let file = || problem.file.as_str().into();
    text.get(match &problem.why {
        NotProgress::NotAProgressFile(detail) => Msg::ProgressNotAProgressFile {
            file: file(),
            detail: detail.as_str().into(),
        },
        NotProgress::NoKind => Msg::ProgressNoKind {
            file: file(),
            kind: PROGRESS_KIND.into(),
        },
        NotProgress::NoVersion => Msg::ProgressNoVersion { file: file() },
        NotProgress::Version(found) => Msg::ProgressVersion {
            file: file(),
            found: found.as_str().into(),
            reads: PROGRESS_FORMAT.to_string().into(),
        },
        NotProgress::PartUnreadable {
            bank,
            record,
            detail,
        } => {
            let (file, bank, detail) = (file(), bank.as_str().into(), detail.as_str().into());
            match record {
                None => Msg::ProgressPartUnreadable { file, bank, detail },
                Some(ProgressRecord::History) => {
                    Msg::ProgressHistoryUnreadable { file, bank, detail }
                }
                Some(ProgressRecord::Review) => {
                    Msg::ProgressReviewUnreadable { file, bank, detail }
                }
            }
        }
    })
}

/// Why the class results leave a result file out.
pub fn left_out(text: &Texts, left_out: &LeftOut) -> String {
    let file = || left_out.file.as_str().into();
    let question = |id: &str| id.into();
    text.get(match &left_out.why {
        NotGraded::NotAResult(detail) => Msg::ResultNotAResult {
            file: file(),
            detail: detail.as_str().into(),
        },
        NotGraded::OtherKind(found) => Msg::ResultOtherKind {
            file: file(),
            found: found.as_str().into(),
        },
        NotGraded::NoKind => Msg::ResultNoKind {
            file: file(),
            kind: RESULT_KIND.into(),
        },
        NotGraded::NoVersion => Msg::ResultNoVersion { file: file() },
        NotGraded::Version(found) => Msg::ResultVersion {
            file: file(),
            found: found.as_str().into(),
            reads: RESULT_FORMAT.to_string().into(),
        },
        NotGraded::NoAnswers => Msg::ResultNoAnswers { file: file() },
        NotGraded::OtherBank { title, id } => Msg::ResultOtherBank {
            file: file(),
            title: title.as_str().into(),
            id: id.as_str().into(),
        },
        NotGraded::OtherBankVersion => Msg::ResultOtherBankVersion { file: file() },
        NotGraded::UnknownQuestion {
            answer,
            question: id,
        } => Msg::ResultUnknownQuestion {
            file: file(),
            answer: (*answer).into(),
            question: question(id),
        },
        NotGraded::AnsweredTwice { question: id } => Msg::ResultAnsweredTwice {
            file: file(),
            question: question(id),
        },
        NotGraded::ImpossibleAnswer { question: id } => Msg::ResultImpossibleAnswer {
            file: file(),
            question: question(id),
        },
    })
}
