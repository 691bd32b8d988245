//! Hash routes: `#/`, `#/bank/<id>`, `#/exam/<id>?<link>`, `#/class`, read once from the fragment into
//! typed values (a checked bank id, a parsed exam link), and the one place hrefs are made.

use crate::engine::bank::Id;
use crate::engine::deep_link::{ExamLink, LinkProblem};

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A bank's page with the exam set-up form.
    Bank(Id),
    /// An exam of a bank, as its link describes it (see `engine::deep_link`).
    Exam {
        bank: Id,
        link: ExamLink,
    },
    /// An exam address with settings that do not work: every problem, for the page to list.
    BadExamLink {
        bank: Id,
        problems: Vec<LinkProblem>,
    },
    /// The teachers' page that grades a class's result files.
    Class,
    NotFound(String),
}

impl Route {
    /// Reads a fragment such as `/exam/aws-other-compute?mode=exam&seed=42` (no leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let not_found = || Route::NotFound(fragment.to_owned());
        match parts.as_slice() {
            [] => Route::Home,
            ["class"] => Route::Class,
            ["bank", id] => Id::parse(id).map_or_else(|_| not_found(), Route::Bank),
            ["exam", id] => match Id::parse(id) {
                Ok(bank) => match ExamLink::parse(query) {
                    Ok(link) => Route::Exam { bank, link },
                    Err(problems) => Route::BadExamLink { bank, problems },
                },
                Err(_) => not_found(),
            },
            _ => not_found(),
        }
    }

    /// The fragment for this route, without the `#` (for the location API).
    pub fn fragment(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Class => "/class".to_owned(),
            Route::Bank(id) => format!("/bank/{id}"),
            Route::Exam { bank, link } => {
                let query = link.to_query();
                if query.is_empty() {
                    format!("/exam/{bank}")
                } else {
                    format!("/exam/{bank}?{query}")
                }
            }
            Route::BadExamLink { bank, .. } => format!("/exam/{bank}"),
            Route::NotFound(f) => f.clone(),
        }
    }

    /// The link to this route, `#…`, for an `href`.
    pub fn href(&self) -> String {
        format!("#{}", self.fragment())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> Id {
        Id::parse(text).unwrap()
    }

    #[test]
    fn fragments_parse_into_typed_routes_and_back() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/bank/aws"), Route::Bank(id("aws")));
        let exam = Route::parse("/exam/aws?mode=exam&seed=42");
        let Route::Exam { bank, link } = &exam else {
            panic!("{exam:?}");
        };
        assert_eq!((bank.as_str(), link.seed), ("aws", Some(42)));
        assert_eq!(Route::parse(&exam.fragment()), exam);
        assert_eq!(exam.href(), "#/exam/aws?mode=exam&seed=42");
        assert!(matches!(Route::parse("/nope/x/y"), Route::NotFound(_)));
        assert!(matches!(
            Route::parse("/bank/not an id"),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn an_exam_address_with_bad_settings_keeps_every_problem() {
        let Route::BadExamLink { bank, problems } = Route::parse("/exam/aws?mode=quiz&count=0")
        else {
            panic!("a bad link");
        };
        assert_eq!(bank.as_str(), "aws");
        assert_eq!(problems.len(), 2, "{problems:?}");
    }
}
