//! The first module's exam: the running exam every module shows, with none of the whole app's
//! records, results or LMS; a submitted exam waits for the whole app to show its results.

use exam_practice::engine::bank::Bank;
use exam_practice::engine::deep_link::{DrawSetting, ExamLink};
use exam_practice::engine::session::{Draw, Session};
use exam_practice::ui::messages::Msg;
use exam_practice::ui::pages::exam::{ExamKind, RunnerProps, running_exam, use_running_exam};
use exam_practice::ui::refusals::load_error;
use exam_practice::ui::text::Texts;
use exam_practice::web::handover;
use exam_practice::web::storage::{self, Record};
use yew::prelude::*;

use crate::first_app::WholeApp;

/// The first module.
pub struct FirstModule;

impl ExamKind for FirstModule {
    type Runner = FirstRunner;

    fn resume_from_lms(
        _: &Texts,
        _: &Bank,
        _: &ExamLink,
        _: u64,
    ) -> Result<Option<Session>, String> {
        // The first module never runs a package's exam (see `first_app::exam_bank`).
        Ok(None)
    }

    fn new_lms_attempt() -> bool {
        false
    }

    fn draw_from_records(text: &Texts, _: &Bank, _: DrawSetting, _: u64) -> Result<Draw, String> {
        // Never asked: an exam link that draws from saved progress is the whole app's.
        Err(text.get(Msg::ExamFirstNeedsWholeApp))
    }

    fn takes_lock_within_tab(_: &str) -> bool {
        false
    }

    fn before_opening(bank: &Bank) {
        handover::first::running(&storage::key(bank.id().as_str(), Record::Session));
    }

    fn opened(notice: &mut Option<String>) {
        handover::first::opened_with(notice.clone());
    }
}

#[component]
pub fn FirstRunner(props: &RunnerProps) -> Html {
    let exam = use_running_exam(props);
    let whole_app = use_context::<WholeApp>();
    {
        // The first question is on screen: now the whole app may come.
        let start = whole_app.as_ref().map(|w| w.start.clone());
        use_effect_with((), move |_| {
            if let Some(start) = start {
                start.emit(());
            }
        });
    }
    {
        // The session as it is at the handover, for the whole app to take over even where
        // nothing can be saved.
        let state = exam.state.clone();
        use_effect_with(exam.state.version, move |_| {
            handover::first::latest_session(move || state.session.to_json())
        });
    }
    let text = &exam.text;
    let failed = whole_app
        .and_then(|w| w.failed)
        .map(|problem| load_error(text, &problem));
    if exam.state.session.is_finished() {
        return html! {
            <div class="notice" role="status">
                <h2 id="results-heading" tabindex="-1">{ text.get(Msg::ExamFirstSubmittedHeading) }</h2>
                <p>{ text.get(match &failed {
                    None => Msg::ExamFirstSubmittedWaiting,
                    Some(problem) => Msg::ExamFirstSubmittedFailed { problem: problem.as_str().into() },
                }) }</p>
            </div>
        };
    }
    let notice = failed.map(|problem| {
        text.get(Msg::ExamFirstWholeAppFailed {
            problem: problem.into(),
        })
    });
    let notice = [props.notice.clone(), notice]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    running_exam(
        &exam,
        (!notice.is_empty()).then(|| notice.join(" ")).as_deref(),
    )
}
