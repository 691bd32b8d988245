//! The words the interface shows for the engine's values, in one place: the engine's types say
//! what a value is, and ids, CSS classes and file values are fixed keys of their own, so the
//! interface's language changes this text and nothing else.

use crate::engine::certainty::Confidence;
use crate::engine::import::Format;
use crate::engine::readiness::Verdict;
use crate::engine::session::Mode;
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// A file format's name, as the start page says what a file was read as; `name` is the
/// format's stored name ([`Format::name`]), shown as it is when this version does not know it.
pub fn format_name(text: &Texts, name: &str) -> String {
    match Format::from_name(name) {
        Some(format) => text.get(match format {
            Format::Json => Msg::FormatJson,
            Format::Gift => Msg::FormatGift,
            Format::Aiken => Msg::FormatAiken,
            Format::MarkdownAnswers => Msg::FormatMarkdownAnswers,
            Format::MarkdownTaskList => Msg::FormatMarkdownTaskList,
            Format::MoodleXml => Msg::FormatMoodleXml,
        }),
        None => name.to_owned(),
    }
}

/// A mode's name as pages show it.
pub fn mode_name(text: &Texts, mode: Mode) -> String {
    text.get(match mode {
        Mode::Practice => Msg::ModePractice,
        Mode::Exam => Msg::ModeExam,
    })
}

/// How a confidence level reads beside its choice and in the review.
pub fn confidence_label(text: &Texts, level: Confidence) -> String {
    text.get(match level {
        Confidence::Guess => Msg::ConfidenceGuess,
        Confidence::Unsure => Msg::ConfidenceUnsure,
        Confidence::Sure => Msg::ConfidenceSure,
    })
}

/// How the readiness verdict reads.
pub fn verdict_label(text: &Texts, verdict: Verdict) -> String {
    text.get(match verdict {
        Verdict::NotYet => Msg::VerdictNotYet,
        Verdict::Borderline => Msg::VerdictBorderline,
        Verdict::Likely => Msg::VerdictLikely,
    })
}

/// The CSS class that colours the readiness verdict: a fixed key, whatever the label says.
pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::NotYet => "verdict-not-yet",
        Verdict::Borderline => "verdict-borderline",
        Verdict::Likely => "verdict-likely",
    }
}
