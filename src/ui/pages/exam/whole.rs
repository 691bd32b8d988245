//! The whole app's exam pages: resumed from the LMS in a package, drawn from the review
//! records, run by [`Runner`] with its results and records, and taking over from the first
//! module when it ran the exam first.

use super::kind::ExamKind;
use super::runner::Runner;
use crate::engine::bank::Bank;
use crate::engine::deep_link::{DrawSetting, ExamLink};
use crate::engine::session::{Action, Draw, Session};
use crate::ui::messages::Msg;
use crate::ui::record_problems;
use crate::ui::stores::package;
use crate::ui::stores::review as review_store;
use crate::ui::text::Texts;
use crate::web::handover;
use crate::web::scorm;
use crate::web::storage::{self, Record};

/// The whole app.
pub struct WholeApp;

impl ExamKind for WholeApp {
    type Runner = Runner;

    fn resume_from_lms(
        text: &Texts,
        bank: &Bank,
        link: &ExamLink,
        now_ms: u64,
    ) -> Result<Option<Session>, String> {
        lms_attempt(text, bank, link, now_ms)
    }

    fn new_lms_attempt() -> bool {
        scorm::is_connected() && scorm::launch_suspend_data().is_none()
    }

    fn draw_from_records(
        text: &Texts,
        bank: &Bank,
        setting: DrawSetting,
        now_ms: u64,
    ) -> Result<Draw, String> {
        let book = review_store::load(bank.id().as_str()).value;
        match setting {
            DrawSetting::Unseen => Ok(Draw::LeastRecentlySeen(book.last_answered(bank))),
            DrawSetting::Review => {
                let queue = book.review_queue(bank, now_ms);
                if queue.is_empty() {
                    return Err(text.get(Msg::ExamNothingDue));
                }
                Ok(Draw::Listed(queue))
            }
        }
    }

    fn takes_lock_within_tab(lock_name: &str) -> bool {
        handover::first_module_holds(lock_name)
    }

    fn before_opening(_: &Bank) {}

    fn opened(notice: &mut Option<String>) {
        if notice.is_none() {
            *notice = handover::taken_notice();
        }
    }
}

/// In a package, the attempt the LMS kept (its suspend data), when this is the package's exam.
/// Data that cannot be resumed is copied aside in this browser and reported.
fn lms_attempt(
    text: &Texts,
    bank: &Bank,
    link: &ExamLink,
    now: u64,
) -> Result<Option<Session>, String> {
    let Some(config) = package::config() else {
        return Ok(None);
    };
    let Some(data) = scorm::launch_suspend_data() else {
        return Ok(None);
    };
    if &config.bank != bank.id() || link.seed != config.link.seed {
        return Ok(None);
    }
    let seed = link.seed.unwrap_or_default();
    match Session::from_suspend_data(&data, bank, &link.config(bank, seed)) {
        Ok(mut session) => {
            let _ = session.apply(now, Action::Tick);
            Ok(Some(session))
        }
        Err(problem) => {
            let kept = storage::write(
                &storage::key(bank.id().as_str(), Record::SessionSetAside),
                &data,
            );
            let problem = record_problems::restore_error(text, &problem).into();
            Err(text.get(if kept.is_ok() {
                Msg::ExamLmsResumeProblemKept { problem }
            } else {
                Msg::ExamLmsResumeProblem { problem }
            }))
        }
    }
}
