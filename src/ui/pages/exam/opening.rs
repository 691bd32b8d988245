//! Opening an exam link: checking it against the bank, resuming saved progress or setting aside
//! what cannot be read, and starting the exam.

use std::rc::Rc;

use yew::prelude::*;

use super::kind::ExamKind;
use crate::engine::bank::Bank;
use crate::engine::deep_link::{ExamLink, seed_from_time};
use crate::engine::session::{Action, Session};
use crate::ui::components::problem_list;
use crate::ui::messages::Msg;
use crate::ui::record_problems;
use crate::ui::refusals::{self, link_problems};
use crate::ui::text::{Texts, use_text};
use crate::web::clock;
use crate::web::storage::{self, Record};

#[derive(Properties, PartialEq)]
pub struct ExamPageProps {
    pub bank: Rc<Bank>,
    /// The exam link, as the address gave it (checked against the bank when the exam opens).
    pub link: ExamLink,
}

/// What opening an exam link found: a session to run (new or resumed), and any notice.
struct Opened {
    session: Session,
    notice: Option<String>,
    /// False when unreadable saved progress could not be set aside and is still in the session
    /// record: saving this exam would write over it.
    save: bool,
}

fn open_session<K: ExamKind>(text: &Texts, bank: &Bank, link: &ExamLink) -> Result<Opened, String> {
    let now = clock::now_ms();
    let key = storage::key(bank.id().as_str(), Record::Session);
    let mut notice = None;
    let mut save = true;
    match K::resume_from_lms(text, bank, link, now) {
        Ok(Some(session)) => {
            return Ok(Opened {
                session,
                notice: None,
                save: true,
            });
        }
        Ok(None) => {}
        Err(problem) => notice = Some(problem),
    }
    // An LMS that launches with no suspend data starts a new attempt: a finished exam kept in
    // this browser is then the last attempt's, not this one's.
    let new_lms_attempt = K::new_lms_attempt();
    match storage::read(&key) {
        Ok(Some(saved)) => match Session::restore(&saved, bank) {
            Ok(mut session)
                if link.seed.is_none_or(|seed| seed == session.seed())
                    && !(new_lms_attempt && session.is_finished()) =>
            {
                // An exam whose deadline passed while the page was closed ends now, as timed out.
                let _ = session.apply(now, Action::Tick);
                return Ok(Opened {
                    session,
                    notice: None,
                    save: true,
                });
            }
            Ok(_) => {}
            Err(problem) => {
                notice = Some(
                    match storage::set_aside(bank.id().as_str(), Record::Session, &saved) {
                        storage::SetAside::Moved => text.get(Msg::ExamProgressSetAside {
                            problem: record_problems::restore_error(text, &problem).into(),
                        }),
                        storage::SetAside::LeftInPlace(why) => {
                            save = false;
                            text.get(Msg::ExamProgressLeftInPlace {
                                problem: record_problems::restore_error(text, &problem).into(),
                                why: refusals::storage_error(text, why).into(),
                            })
                        }
                    },
                );
            }
        },
        Ok(None) => {}
        Err(problem) => {
            notice = Some(text.get(Msg::ExamProgressUnavailable {
                problem: refusals::storage_error(text, problem).into(),
            }));
        }
    }
    let seed = link.seed.unwrap_or(seed_from_time(now));
    let mut config = link.config(bank, seed);
    // A draw from saved progress: the seed and the review records at this moment fix the exam,
    // which is then saved as it is.
    if let Some(setting) = link.draw {
        config.draw = K::draw_from_records(text, bank, setting, now)?;
    }
    let session =
        Session::start(bank, &config, now).map_err(|e| refusals::start_error(text, &e))?;
    Ok(Opened {
        session,
        notice,
        save,
    })
}

#[derive(Properties, PartialEq)]
pub struct OwnedExamProps {
    pub bank: Rc<Bank>,
    pub link: ExamLink,
    /// Told once when the exam cannot start, so the page holds no lock for it.
    pub cannot_start: Callback<()>,
}

/// The exam itself, once this tab holds the exam (see [`super::gate`]).
#[component]
pub fn OwnedExam<K: ExamKind>(props: &OwnedExamProps) -> Html {
    // Opening reads and may set aside saved data, which writes to storage: it happens once per
    // page, in an effect, since rendering writes nothing.
    let text = use_text();
    let opened = use_state(|| None);
    {
        let opened = opened.clone();
        let text = text.clone();
        let bank = props.bank.clone();
        let link = props.link.clone();
        let cannot_start = props.cannot_start.clone();
        use_effect_with((), move |_| {
            K::before_opening(&bank);
            let mut outcome = link
                .for_bank(&bank)
                .map(|link| open_session::<K>(&text, &bank, &link));
            if let Ok(Ok(opened)) = &mut outcome {
                K::opened(&mut opened.notice);
            }
            if !matches!(outcome, Ok(Ok(_))) {
                cannot_start.emit(());
            }
            opened.set(Some(outcome));
        });
    }
    let Some(opened) = &*opened else {
        return html! { <p role="status">{ text.get(Msg::ExamOpening) }</p> };
    };
    match opened {
        Err(problems) => html! {
            <div role="alert" class="notice notice-error">
                <p>{ text.get(Msg::ExamBadLinkIntro) }</p>
                { problem_list("errors", None, &link_problems(&text, problems)) }
            </div>
        },
        Ok(Ok(opened)) => html! {
            <K::Runner bank={ props.bank.clone() } session={ opened.session.clone() } notice={ opened.notice.clone() } save={ opened.save } />
        },
        Ok(Err(problem)) => html! {
            <div role="alert" class="notice notice-error"><p>{ text.get(Msg::ExamCannotStart { problem: problem.as_str().into() }) }</p></div>
        },
    }
}
