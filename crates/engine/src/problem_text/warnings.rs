//! The English for warnings: things worth a teacher's attention that do not stop a bank.

use std::fmt;

use super::Sentence;
use crate::problem::{GiftKind, WarningKind};

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::PictureLeftOut { alt: Some(alt) } => write!(
                f,
                "a picture (\"{alt}\") is left out of this text, since this app cannot show pictures yet"
            ),
            WarningKind::PictureLeftOut { alt: None } => write!(
                f,
                "a picture with no alt text is left out of this text, since this app cannot show pictures yet"
            ),
            WarningKind::NoAnswerBlock { label } => write!(
                f,
                "\"{label}\" has no answer block {{…}} (a description in Moodle); skipped"
            ),
            WarningKind::UnsupportedGiftKind { label, kind } => {
                let kind = match kind {
                    GiftKind::Essay => "an essay",
                    GiftKind::Numerical => "a numerical",
                    GiftKind::Matching => "a matching",
                    GiftKind::ShortAnswer => "a short answer",
                };
                write!(
                    f,
                    "\"{label}\" is {kind} question, which this app does not take; skipped"
                )
            }
            WarningKind::PartialCredit {
                label,
                hundredths,
                choice,
            } => write!(
                f,
                "\"{label}\": partial credit ({}%) for \"{choice}\" is not supported; it counts as wrong",
                Percent(*hundredths)
            ),
            WarningKind::SeveralEqualsAnswers { label, count } => write!(
                f,
                "\"{label}\" marks {count} answers right with =; Moodle accepts any one of them, this app asks for all of them"
            ),
            WarningKind::WeightsNotHundred { label, hundredths } => write!(
                f,
                "\"{label}\": the weights of the right answers add up to {}%, not 100%; every answer with a positive weight counts as right",
                Percent(*hundredths)
            ),
            WarningKind::UnsupportedMoodleType { label, kind } => write!(
                f,
                "\"{label}\" is a Moodle \"{kind}\" question, which this app does not take; skipped"
            ),
            WarningKind::UnevenCredit { label } => write!(
                f,
                "\"{label}\": the right answers earn different shares of the mark in Moodle; here each counts as right and all of them are asked for"
            ),
            WarningKind::TextOutsideQuestion { text, lines } => {
                let text = Shortened(text);
                let more = match lines {
                    0 | 1 => "belongs",
                    2 => "and the line after it belong",
                    _ => "and the lines after it belong",
                };
                let after = if *lines > 2 {
                    format!(" ({lines} lines)")
                } else {
                    String::new()
                };
                write!(
                    f,
                    "\"{text}\" {more} to no question{after}: an Aiken question is the text just before its choices; left out"
                )
            }
            WarningKind::NumberedLineWithoutChoices => write!(
                f,
                "this numbered line has no lettered choices below it; not read as a question"
            ),
            WarningKind::FenceNotClosed => {
                write!(f, "this code fence is never closed; it is read as text")
            }
            WarningKind::NumberedLinesWithoutOptions { start, end } if start == end => write!(
                f,
                "this numbered line has no [x] or [ ] options below it; not read as a question"
            ),
            WarningKind::NumberedLinesWithoutOptions { start, end } => write!(
                f,
                "numbered lines {start} to {end} have no [x] or [ ] options below them; not read as questions"
            ),
            WarningKind::FrontMatterNotKeyValue { line } => {
                write!(f, "front matter line \"{line}\" is not key: value; ignored")
            }
            WarningKind::QuizdownDisplayOption { key } => write!(
                f,
                "front matter {key} is a quizdown display option; this app ignores it"
            ),
            WarningKind::FrontMatterUnused { key } => {
                write!(f, "front matter {key} is not used; ignored")
            }
            WarningKind::NoExplanations { missing: 1, usable } => write!(
                f,
                "1 of {usable} questions has no explanation (the first is here); candidates will see only the right answer"
            ),
            WarningKind::NoExplanations { missing, usable } => write!(
                f,
                "{missing} of {usable} questions have no explanation (the first is here); candidates will see only the right answer"
            ),
            WarningKind::RepeatedPrompt {
                id,
                earlier_id,
                earlier_line: Some(line),
            } => write!(
                f,
                "question \"{id}\" repeats the prompt of question \"{earlier_id}\" (line {line})"
            ),
            WarningKind::RepeatedPrompt {
                id,
                earlier_id,
                earlier_line: None,
            } => write!(
                f,
                "question \"{id}\" repeats the prompt of question \"{earlier_id}\""
            ),
            WarningKind::Note {
                question,
                field,
                kind,
            } => {
                if let Some(id) = question {
                    write!(f, "question \"{id}\": ")?;
                }
                write!(f, "{}", Sentence { kind, field })
            }
        }
    }
}

/// A line quoted in a warning, cut after 60 characters so that a long paragraph does not fill
/// the report.
pub struct Shortened<'a>(pub &'a str);

impl fmt::Display for Shortened<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(60) {
            Some((at, _)) => write!(f, "{}…", self.0[..at].trim_end()),
            None => f.write_str(self.0),
        }
    }
}

/// A GIFT weight in hundredths of a percent, written `50`, `33.33` or `-100`.
struct Percent(i64);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let value = self.0.abs();
        match value % 100 {
            0 => write!(f, "{sign}{}", value / 100),
            rest => write!(f, "{sign}{}.{rest:02}", value / 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Percent;

    #[test]
    fn weights_are_written_without_needless_decimals() {
        assert_eq!(Percent(5_000).to_string(), "50");
        assert_eq!(Percent(3_333).to_string(), "33.33");
        assert_eq!(Percent(-10_000).to_string(), "-100");
        assert_eq!(Percent(8_005).to_string(), "80.05");
    }
}
