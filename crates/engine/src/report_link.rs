//! Where candidates report a problem with a question: a bank's `report_url` template.
//!
//! The template is an `https://` address or a `mailto:` address in which `{bank}` and
//! `{question}` stand for the ids. Ids hold only letters, digits, `-`, `_` and `.`, which are
//! safe in a URL as they are, so filling the template needs no encoding.

use super::bank::Id;

/// A checked report address template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLink {
    template: String,
}

/// What a `report_url` holds where the reported question's id goes.
pub const QUESTION_PLACEHOLDER: &str = "{question}";

/// Why a `report_url` was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReportLinkProblem {
    Scheme,
    Spaces,
    NoQuestion,
}

impl ReportLink {
    pub fn parse(template: &str) -> Result<ReportLink, ReportLinkProblem> {
        let lower = template.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("mailto:")) {
            return Err(ReportLinkProblem::Scheme);
        }
        if template
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(ReportLinkProblem::Spaces);
        }
        if !template.contains(QUESTION_PLACEHOLDER) {
            return Err(ReportLinkProblem::NoQuestion);
        }
        Ok(ReportLink {
            template: template.to_owned(),
        })
    }

    /// The template as the bank file wrote it.
    pub fn template(&self) -> &str {
        &self.template
    }

    /// The address for reporting one question of one bank.
    pub fn for_question(&self, bank: &Id, question: &Id) -> String {
        self.template
            .replace("{bank}", bank.as_str())
            .replace(QUESTION_PLACEHOLDER, question.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::{ReportLink, ReportLinkProblem};
    use crate::bank::Id;

    #[test]
    fn a_template_is_filled_with_the_bank_and_question_ids() {
        let link = ReportLink::parse(
            "https://github.com/org/banks/issues/new?title={bank}%3A%20{question}",
        )
        .unwrap();
        let (bank, question) = (Id::parse("aws").unwrap(), Id::parse("q-1").unwrap());
        assert_eq!(
            link.for_question(&bank, &question),
            "https://github.com/org/banks/issues/new?title=aws%3A%20q-1"
        );
        let mail = ReportLink::parse("mailto:teacher@example.org?subject={question}").unwrap();
        assert_eq!(
            mail.for_question(&bank, &question),
            "mailto:teacher@example.org?subject=q-1"
        );
    }

    #[test]
    fn only_web_and_mail_addresses_naming_the_question_are_taken() {
        assert_eq!(
            ReportLink::parse("javascript:alert('{question}')"),
            Err(ReportLinkProblem::Scheme)
        );
        assert_eq!(
            ReportLink::parse("http://example.org/{question}"),
            Err(ReportLinkProblem::Scheme)
        );
        assert_eq!(
            ReportLink::parse("https://example.org/a b/{question}"),
            Err(ReportLinkProblem::Spaces)
        );
        assert_eq!(
            ReportLink::parse("https://example.org/issues"),
            Err(ReportLinkProblem::NoQuestion)
        );
    }
}
