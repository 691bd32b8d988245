//! Hash routes: `#/`, `#/bank/<id>`, `#/exam/<id>?<link>`; parsed purely from the fragment text.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// A bank's page with the exam set-up form.
    Bank(String),
    /// An exam of a bank, with its link query (see `engine::deep_link`).
    Exam {
        bank: String,
        query: String,
    },
    NotFound(String),
}

impl Route {
    /// Reads a fragment such as `/exam/aws-other-compute?mode=exam&seed=42` (no leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["bank", id] => Route::Bank((*id).to_owned()),
            ["exam", id] => Route::Exam {
                bank: (*id).to_owned(),
                query: query.to_owned(),
            },
            _ => Route::NotFound(fragment.to_owned()),
        }
    }

    /// The fragment for this route, without the `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Bank(id) => format!("/bank/{id}"),
            Route::Exam { bank, query } if query.is_empty() => format!("/exam/{bank}"),
            Route::Exam { bank, query } => format!("/exam/{bank}?{query}"),
            Route::NotFound(f) => f.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_parse_into_routes_and_back() {
        for (fragment, route) in [
            ("/", Route::Home),
            ("", Route::Home),
            ("/bank/aws", Route::Bank("aws".into())),
            (
                "/exam/aws?mode=exam&seed=42",
                Route::Exam {
                    bank: "aws".into(),
                    query: "mode=exam&seed=42".into(),
                },
            ),
        ] {
            assert_eq!(Route::parse(fragment), route);
        }
        let exam = Route::parse("/exam/aws?seed=1");
        assert_eq!(Route::parse(&exam.to_fragment()), exam);
        assert!(matches!(Route::parse("/nope/x/y"), Route::NotFound(_)));
    }
}
