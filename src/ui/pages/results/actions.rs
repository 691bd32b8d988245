//! What the candidate can do with finished results: retry the questions missed, start a new
//! exam, download the results as CSV, or download a result file for their teacher.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::{Bank, Id};
use crate::engine::deep_link::{ExamLink, TimeLimit, seed_from_time};
use crate::engine::result_file::ResultFile;
use crate::engine::results::Results;
use crate::engine::results_csv::results_csv;
use crate::engine::session::{Mode, Session};
use crate::ui::messages::Msg;
use crate::ui::refusals;
use crate::ui::route::Route;
use crate::ui::text::use_text;
use crate::web::download::{self, DownloadError};

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub results: Rc<Results>,
    pub now_ms: u64,
}

/// The link to an exam of only the questions missed, in the same mode.
fn retry_href(bank: &Bank, session: &Session, missed: &[Id], now_ms: u64) -> String {
    let link = ExamLink {
        mode: Some(session.mode()),
        count: Some(missed.len().max(1)),
        seed: Some(seed_from_time(now_ms)),
        time: (session.mode() == Mode::Practice).then_some(TimeLimit::Unlimited),
        only: missed.iter().map(ToString::to_string).collect(),
        ..ExamLink::default()
    };
    Route::Exam {
        bank: bank.id().clone(),
        link,
    }
    .href()
}

/// The results' buttons and links, the teacher's result file, and why a file was not saved.
#[component]
pub fn ResultActions(props: &ResultActionsProps) -> Html {
    let text = use_text();
    let candidate = use_state(String::new);
    let download_problem = use_state(|| None::<DownloadError>);
    let bank = &props.bank;
    // Files are named by bank and start time, so a candidate's downloads never overwrite
    // each other.
    let file_stem = format!("{}-{}", bank.id(), props.session.started_at_ms());
    // The CSV is written when it is asked for, not on every render of the review.
    let download_csv = {
        let session = props.session.clone();
        let bank = bank.clone();
        let results = props.results.clone();
        let name = format!("results-{file_stem}.csv");
        let problem = download_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = results_csv(&session, &bank, &results);
            problem.set(download::save_text(&name, &csv, "text/csv").err())
        })
    };
    let download_result_file = {
        let session = props.session.clone();
        let bank = bank.clone();
        let now_ms = props.now_ms;
        let candidate = candidate.clone();
        let name = format!("result-{file_stem}.json");
        let problem = download_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let file = ResultFile::of(&session, &bank, Some(candidate.as_str()), now_ms);
            problem.set(download::save_text(&name, &file.to_json(), "application/json").err())
        })
    };
    let on_name = {
        let candidate = candidate.clone();
        Callback::from(move |e: InputEvent| {
            candidate.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let missed = props.results.missed();
    let retry_href = retry_href(bank, &props.session, &missed, props.now_ms);
    html! {
        <>
            <div class="actions">
                if !missed.is_empty() {
                    <a class="button" href={ retry_href }>{ text.get(Msg::ResultsRetryMissed { count: missed.len().into() }) }</a>
                }
                <a class="button" href={ Route::Bank(bank.id().clone()).href() }>{ text.get(Msg::ResultsNewExam) }</a>
                <button type="button" onclick={ download_csv }>{ text.get(Msg::ResultsDownloadCsv) }</button>
            </div>
            <div class="for-teacher field">
                <label for="candidate-name">{ text.get(Msg::ResultsCandidateName) }</label>
                <input type="text" id="candidate-name" autocomplete="name" value={ (*candidate).clone() } oninput={ on_name } />
                <button type="button" onclick={ download_result_file }>{ text.get(Msg::ResultsDownloadResultFile) }</button>
                <p class="hint">{ text.get(Msg::ResultsResultFileHint) }</p>
            </div>
            if let Some(problem) = *download_problem { <p role="alert" class="notice notice-error">{ text.get(Msg::ResultsDownloadFailed { problem: refusals::download_error(&text, problem).into() }) }</p> }
        </>
    }
}
