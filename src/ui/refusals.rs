//! The words for what was refused, in one place: the engine's refusals of an action, an exam
//! link's problems, and what the browser refused (storage, the network, files, downloads, the
//! LMS). The engine and `web` give typed values, with no words; each becomes a message here, in
//! the interface's language.

use crate::engine::deep_link::{LinkProblem, LinkSetting, MAX_TIME_LIMIT_MINUTES};
use crate::engine::session::{MAX_HIGHLIGHTS, MAX_NOTE_CHARS, Rejected, StartError};
use crate::ui::messages::Msg;
use crate::ui::text::Texts;
use crate::web::download::DownloadError;
use crate::web::fetch::FetchError;
use crate::web::file::FileError;
use crate::web::handover::first::LoadError;
use crate::web::scorm::{LmsError, SUSPEND_DATA_LIMIT};
use crate::web::storage::StorageError;
use crate::web::teacher_tools::ToolsError;

/// Why the exam refused an action, shown beside the question.
pub fn rejected(text: &Texts, rejected: &Rejected) -> String {
    text.get(match rejected {
        Rejected::Finished => Msg::RefusalFinished,
        Rejected::TooManyChoices { choose } => Msg::RefusalTooManyChoices {
            choose: (*choose).into(),
        },
        Rejected::NotAChoice(id) => Msg::RefusalNotAChoice {
            choice: id.as_str().into(),
        },
        Rejected::Locked => Msg::RefusalLocked,
        Rejected::NoSuchQuestion(index) => Msg::RefusalNoSuchQuestion {
            number: (index + 1).into(),
        },
        Rejected::AtFirstQuestion => Msg::RefusalAtFirstQuestion,
        Rejected::AtLastQuestion => Msg::RefusalAtLastQuestion,
        Rejected::NothingSelected => Msg::RefusalNothingSelected,
        Rejected::NotPracticeMode => Msg::RefusalNotPracticeMode,
        Rejected::NoteTooLong => Msg::RefusalNoteTooLong {
            max: MAX_NOTE_CHARS.into(),
        },
        Rejected::TooManyHighlights => Msg::RefusalTooManyHighlights {
            max: MAX_HIGHLIGHTS.into(),
        },
        Rejected::NotAPassage => Msg::RefusalNotAPassage,
    })
}

/// One problem of an exam link, as a line of the page's list.
pub fn link_problem(text: &Texts, problem: &LinkProblem) -> String {
    let parameter = problem.parameter().into();
    text.get(match problem {
        LinkProblem::BadValue { setting, .. } => match setting {
            LinkSetting::Mode => Msg::LinkBadMode { parameter },
            LinkSetting::Count => Msg::LinkBadCount { parameter },
            LinkSetting::Seed => Msg::LinkBadSeed { parameter },
            LinkSetting::Shuffle => Msg::LinkBadShuffle { parameter },
            // As a link writes it, not as a number of the language.
            LinkSetting::Time => Msg::LinkBadTime {
                parameter,
                max: MAX_TIME_LIMIT_MINUTES.to_string().into(),
            },
            LinkSetting::Extra => Msg::LinkBadExtra { parameter },
            LinkSetting::Draw => Msg::LinkBadDraw { parameter },
        },
        LinkProblem::UnknownSetting(_) => Msg::LinkUnknownSetting { parameter },
        LinkProblem::UnknownQuestion(_) => Msg::LinkUnknownQuestion { parameter },
        LinkProblem::UnknownTopic(_) => Msg::LinkUnknownTopic { parameter },
    })
}

/// Every problem of an exam link, as the page lists them.
pub fn link_problems(text: &Texts, problems: &[LinkProblem]) -> Vec<String> {
    problems
        .iter()
        .map(|problem| link_problem(text, problem))
        .collect()
}

/// Why the exam a link asks for cannot be made.
pub fn start_error(text: &Texts, error: &StartError) -> String {
    text.get(match error {
        StartError::UnknownTopic(topic) => Msg::LinkNoSuchTopic {
            topic: topic.as_str().into(),
        },
        StartError::NoQuestions => Msg::LinkNoMatchingQuestions,
        StartError::ZeroQuestions => Msg::LinkNoQuestions,
    })
}

/// Why the browser's storage refused.
pub fn storage_error(text: &Texts, error: StorageError) -> String {
    text.get(match error {
        StorageError::NoWindow => Msg::BrowserStorageNoWindow,
        StorageError::AccessRefused => Msg::BrowserStorageAccessRefused,
        StorageError::NoLocalStorage => Msg::BrowserStorageNone,
        StorageError::ReadFailed => Msg::BrowserStorageReadFailed,
        StorageError::WriteRefused => Msg::BrowserStorageFull,
        StorageError::RemoveFailed => Msg::BrowserStorageRemoveFailed,
    })
}

/// Why a file could not be fetched from the site.
pub fn fetch_error(text: &Texts, error: &FetchError) -> String {
    let detail = |detail: &Option<String>| match detail {
        Some(message) => message.clone(),
        None => text.get(Msg::BrowserFetchNoDetail),
    };
    match error {
        FetchError::NoWindow => text.get(Msg::BrowserFetchNoWindow),
        FetchError::RequestFailed(message) => text.get(Msg::BrowserFetchFailed {
            detail: detail(message).into(),
        }),
        FetchError::Status { code, text: status } => text.get(Msg::BrowserFetchStatus {
            // A code, not a number of the language.
            code: code.to_string().into(),
            status: status.as_str().into(),
        }),
        // The browser's own words are all there is to say.
        FetchError::Unreadable(message) => detail(message),
    }
}

/// What the course's LMS refused.
pub fn lms_error(text: &Texts, error: &LmsError) -> String {
    text.get(match error {
        LmsError::Missing(function) => Msg::BrowserLmsMissing {
            function: (*function).into(),
        },
        LmsError::Threw(function) => Msg::BrowserLmsThrew {
            function: (*function).into(),
        },
        LmsError::Refused {
            call,
            code,
            text: reason,
        } => Msg::BrowserLmsRefused {
            call: call.as_str().into(),
            code: code.as_str().into(),
            reason: reason.as_str().into(),
        },
        LmsError::TooLong(length) => Msg::BrowserLmsTooLong {
            length: (*length).into(),
            limit: SUSPEND_DATA_LIMIT.into(),
        },
    })
}

/// Why a download could not start.
pub fn download_error(text: &Texts, error: DownloadError) -> String {
    text.get(match error {
        DownloadError::NoFile => Msg::BrowserDownloadNoFile,
        DownloadError::NoPage => Msg::BrowserDownloadNoPage,
        DownloadError::NotStarted => Msg::BrowserDownloadNotStarted,
    })
}

/// Why a file the user picked could not be read.
pub fn file_error(text: &Texts, error: FileError) -> String {
    text.get(match error {
        FileError::TooLarge {
            megabytes,
            limit_megabytes,
        } => Msg::BrowserFileTooLarge {
            size: megabytes.into(),
            limit: limit_megabytes.into(),
        },
        FileError::Unreadable => Msg::BrowserFileUnreadable,
    })
}

/// Why the rest of the app could not load.
pub fn load_error(text: &Texts, error: &LoadError) -> String {
    match error {
        LoadError::NoLoader => text.get(Msg::BrowserAppNoLoader),
        // The browser's own words, when it gave any.
        LoadError::NotDownloaded(Some(message)) => message.clone(),
        LoadError::NotDownloaded(None) => text.get(Msg::BrowserAppNotDownloaded),
    }
}

/// Why the reader of teachers' formats could not read a file.
pub fn tools_error(text: &Texts, error: &ToolsError) -> String {
    text.get(match error {
        ToolsError::NotLoaded => Msg::ToolsNotLoaded,
        ToolsError::Failed(Some(message)) => Msg::ToolsFailed {
            message: message.as_str().into(),
        },
        ToolsError::Failed(None) => Msg::ToolsFailedSilently,
        ToolsError::NoAnswer => Msg::ToolsNoAnswer,
        ToolsError::AnswerUnreadable(detail) => Msg::ToolsAnswerUnreadable {
            detail: detail.as_str().into(),
        },
    })
}
