//! The words the interface shows for the engine's values, in one place: the engine's types say
//! what a value is, and ids, CSS classes and file values are fixed keys of their own, so putting
//! the interface into another language changes this text and nothing else.

use crate::engine::certainty::Confidence;
use crate::engine::readiness::Verdict;

/// How a confidence level reads beside its choice and in the review.
pub fn confidence_label(level: Confidence) -> &'static str {
    match level {
        Confidence::Guess => "Guess",
        Confidence::Unsure => "Unsure",
        Confidence::Sure => "Sure",
    }
}

/// How the readiness verdict reads.
pub fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::NotYet => "Not yet",
        Verdict::Borderline => "Borderline",
        Verdict::Likely => "Likely",
    }
}

/// The CSS class that colours the readiness verdict: a fixed key, whatever the label says.
pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::NotYet => "verdict-not-yet",
        Verdict::Borderline => "verdict-borderline",
        Verdict::Likely => "verdict-likely",
    }
}
