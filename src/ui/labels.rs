//! The words the interface shows for the engine's values, in one place: the engine's types say
//! what a value is, and ids, CSS classes and file values are fixed keys of their own, so putting
//! the interface into another language changes this text and nothing else.

use crate::engine::certainty::Confidence;
use crate::engine::readiness::Verdict;
use crate::engine::session::Mode;

/// A count with its noun, "1 problem" or "3 problems": English's plural rule in one place, so
/// a language with other rules changes it here.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A mode's name as pages show it.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "Practice",
        Mode::Exam => "Exam",
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_one_takes_the_singular_and_any_other_the_plural() {
        assert_eq!(count(0, "problem", "problems"), "0 problems");
        assert_eq!(count(1, "problem", "problems"), "1 problem");
        assert_eq!(count(2, "new attempt", "new attempts"), "2 new attempts");
    }

    #[test]
    fn verdict_classes_are_fixed_keys_whatever_the_label() {
        assert_eq!(verdict_class(Verdict::NotYet), "verdict-not-yet");
        assert_ne!(
            verdict_class(Verdict::Likely),
            verdict_label(Verdict::Likely)
        );
    }
}
