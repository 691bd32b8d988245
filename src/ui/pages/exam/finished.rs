//! A finished exam: what could not be kept or sent, above the results.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::results::Results;
use crate::engine::session::Session;
use crate::ui::pages::results::ResultsView;

/// A finished exam, and what became of keeping and sending it.
pub struct Finished {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub results: Rc<Results>,
    pub now_ms: u64,
    /// Why the finished session cannot be saved, if it cannot.
    pub save_problem: Option<String>,
    /// Why the attempt cannot join the history, if it cannot.
    pub history_problem: Option<String>,
    /// In a package: what the LMS was told, or why it could not be.
    pub lms_report: Option<Result<String, String>>,
    /// Why the answers cannot be kept for review, if they cannot.
    pub review_problem: Option<String>,
}

/// The notices about keeping the results, then the results themselves.
pub fn finished_exam(props: Finished) -> Html {
    html! {
        <>
            if let Some(problem) = &props.save_problem { <div role="status" class="notice">{ format!("These results cannot be saved in this browser ({problem}); a reload will lose them.") }</div> }
            if let Some(problem) = &props.history_problem { <div role="status" class="notice">{ format!("This attempt cannot be added to your history in this browser ({problem}).") }</div> }
            if let Some(Ok(sent)) = &props.lms_report { <div role="status" class="notice notice-ok">{ sent.clone() }</div> }
            if let Some(Err(problem)) = &props.lms_report { <div role="alert" class="notice notice-error">{ format!("Your result could not be sent to your course's LMS ({problem}). Tell your teacher, and keep this page open.") }</div> }
            if let Some(problem) = &props.review_problem { <div role="status" class="notice">{ format!("These answers cannot be kept for review in this browser ({problem}).") }</div> }
            <ResultsView bank={ props.bank } session={ props.session } results={ props.results } now_ms={ props.now_ms } />
        </>
    }
}
