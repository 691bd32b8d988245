//! The whole app's exam runner: the running exam, plus what the whole app keeps of it (the
//! history, the spaced-review records, the LMS report) and the results once it ends.

use yew::prelude::*;

use super::finished::{Finished, finished_exam};
use super::hooks::{
    use_history_record, use_lms_progress, use_lms_report, use_results, use_review_record,
};
use super::running::{RunnerProps, running_exam, use_running_exam};
use crate::engine::session::Session;
use crate::ui::messages::Msg;
use crate::web::handover;
use crate::web::storage::{self, Record};

/// The whole app's runner. Taking an exam over from the first module, it shows the newest
/// progress: the first module runs on until the whole app's page is drawn, and what the candidate
/// did meanwhile is read again from the saved session, in a fresh runner, before either shows.
#[component]
pub fn Runner(props: &RunnerProps) -> Html {
    let newer = use_state(|| None::<(u64, Session)>);
    let on_newer = {
        let newer = newer.clone();
        use_callback((), move |session: Session, ()| {
            let generation = newer.as_ref().map_or(1, |(g, _)| g + 1);
            newer.set(Some((generation, session)));
        })
    };
    let (generation, session) = match &*newer {
        Some((generation, session)) => (*generation, session.clone()),
        None => (0, props.session.clone()),
    };
    let runner = RunnerProps {
        session,
        ..props.clone()
    };
    html! { <WholeRunner key={ generation } {runner} {on_newer} {generation} /> }
}

#[derive(Properties, PartialEq)]
struct WholeRunnerProps {
    /// The exam to run: the one opened, or newer progress in its place.
    runner: RunnerProps,
    /// Told of newer progress the first module saved while this runner was drawn.
    on_newer: Callback<Session>,
    /// 0 for the runner as opened, 1 for the one drawn again with newer progress.
    generation: u64,
}

#[component]
fn WholeRunner(whole: &WholeRunnerProps) -> Html {
    let props = &whole.runner;
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
    let shown = use_state(|| false);
    {
        let state = state.clone();
        let bank = bank.clone();
        let on_newer = whole.on_newer.clone();
        let first_draw = whole.generation == 0;
        let shown = shown.clone();
        use_effect_with((), move |_| {
            if !handover::is_hidden() {
                return;
            }
            // The first module's latest session (it saved it too, where it could).
            let latest = handover::take_over().or_else(|| {
                let key = storage::key(bank.id().as_str(), Record::Session);
                storage::read(&key).ok().flatten()
            });
            let newer = latest
                .filter(|latest| first_draw && *latest != state.session.to_json())
                .and_then(|latest| Session::restore(&latest, &bank).ok());
            match newer {
                Some(session) => on_newer.emit(session),
                None => {
                    handover::reveal(!state.session.is_finished());
                    // Drawn again now it shows, so the first save happens (`use_save`).
                    shown.set(true);
                }
            }
        });
    }

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
            text: exam.text.clone(),
        });
    }
    let notice = match (&props.notice, lms_problem) {
        (None, None) => None,
        (notice, lms_problem) => Some(
            notice
                .iter()
                .cloned()
                .chain(lms_problem.map(|problem| {
                    exam.text.get(Msg::ExamLmsProgressProblem {
                        problem: problem.into(),
                    })
                }))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    };
    running_exam(&exam, notice.as_deref())
}
