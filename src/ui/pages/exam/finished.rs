//! A finished exam: what could not be kept or sent, above the results.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::LmsSent;
use crate::engine::bank::Bank;
use crate::engine::results::Results;
use crate::engine::session::Session;
use crate::ui::messages::Msg;
use crate::ui::pages::results::ResultsView;
use crate::ui::text::Texts;

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
    pub lms_report: Option<Result<LmsSent, String>>,
    /// Why the answers cannot be kept for review, if they cannot.
    pub review_problem: Option<String>,
    /// The interface's words.
    pub text: Texts,
}

/// The notices about keeping the results, then the results themselves.
pub fn finished_exam(props: Finished) -> Html {
    let text = &props.text;
    html! {
        <>
            if let Some(p) = &props.save_problem { <div role="status" class="notice">{ text.get(Msg::ExamResultsSaveProblem { problem: p.as_str().into() }) }</div> }
            if let Some(p) = &props.history_problem { <div role="status" class="notice">{ text.get(Msg::ExamHistoryProblem { problem: p.as_str().into() }) }</div> }
            if let Some(Ok(sent)) = &props.lms_report { <div role="status" class="notice notice-ok">{ lms_sent(text, *sent) }</div> }
            if let Some(Err(p)) = &props.lms_report { <div role="alert" class="notice notice-error">{ text.get(Msg::ExamLmsReportProblem { problem: p.as_str().into() }) }</div> }
            if let Some(p) = &props.review_problem { <div role="status" class="notice">{ text.get(Msg::ExamReviewProblem { problem: p.as_str().into() }) }</div> }
            <ResultsView bank={ props.bank } session={ props.session } results={ props.results } now_ms={ props.now_ms } />
        </>
    }
}

/// What the LMS was told: the score and whether it passed.
fn lms_sent(text: &Texts, sent: LmsSent) -> String {
    let score = text.percent(f64::from(sent.score) / 100.0).into();
    text.get(if sent.passed {
        Msg::ExamLmsSentPassed { score }
    } else {
        Msg::ExamLmsSentNotPassed { score }
    })
}
