//! The whole app's exam runner: the running exam, plus what the whole app keeps of it (the
//! history, the spaced-review records, the LMS report) and the results once it ends.

use yew::prelude::*;

use super::finished::{Finished, finished_exam};
use super::hooks::{
    use_history_record, use_lms_progress, use_lms_report, use_results, use_review_record,
};
use super::running::{RunnerProps, running_exam, use_running_exam};
use crate::web::handover;

#[component]
pub fn Runner(props: &RunnerProps) -> Html {
    let exam = use_running_exam(props);
    let bank = props.bank.clone();
    let state = &exam.state;
    let lms_problem = use_lms_progress(&bank, state, props.save);
    let results = use_results(&bank, state);
    let history_problem = use_history_record(&bank, state, &results);
    let review_problem = use_review_record(&bank, state);
    let lms_report = use_lms_report(&bank, state, &results);
    // Taking over from the first module: the exam is drawn as it was there, so it is shown now,
    // with focus and scroll where the candidate left them.
    let finished = state.session.is_finished();
    use_effect_with((), move |_| handover::reveal(!finished));

    if let Some(results) = results {
        return finished_exam(Finished {
            bank: bank.clone(),
            session: state.session.clone(),
            results,
            now_ms: state.now_ms,
            save_problem: exam.save_problem.clone(),
            history_problem,
            lms_report,
            review_problem,
        });
    }
    let notice = match (&props.notice, lms_problem) {
        (None, None) => None,
        (notice, lms_problem) => Some(
            notice
                .iter()
                .cloned()
                .chain(lms_problem.map(|problem| {
                    format!("Your course's LMS could not keep this attempt ({problem}); it is still saved in this browser.")
                }))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    };
    running_exam(&exam, notice.as_deref())
}
