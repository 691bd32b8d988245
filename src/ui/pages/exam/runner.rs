//! The running exam: one reducer over the session, laid out as the question card, the
//! countdown, the actions, the submit panel and the navigator; the results once it ends.

use std::rc::Rc;

use yew::prelude::*;

use super::action_bar::{Bar, action_bar};
use super::countdown::Countdown;
use super::finished::{Finished, finished_exam};
use super::hooks::{
    use_act, use_focus_moves, use_history_record, use_keyboard, use_lms_report, use_results,
    use_review_record, use_save, use_seed_in_address,
};
use super::navigator::{CellState, Navigator};
use super::question_card::{Card, question_card};
use super::state::ExamState;
use super::submit_panel::SubmitPanel;
use crate::engine::bank::Bank;
use crate::engine::session::{Action, Mode, Session, Slot};
use crate::web::clock;

#[derive(Properties, PartialEq)]
pub struct RunnerProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub notice: Option<String>,
    /// Whether to save the session as it changes (false while unreadable saved progress that
    /// could not be set aside still sits in its record).
    pub save: bool,
}

#[component]
pub fn Runner(props: &RunnerProps) -> Html {
    let state = use_reducer({
        let session = props.session.clone();
        let bank = props.bank.clone();
        move || ExamState {
            bank,
            session,
            message: None,
            now_ms: clock::now_ms(),
            version: 0,
        }
    });
    let confirming = use_state(|| false);
    let spoken_time = use_state(String::new);
    let heading = use_node_ref();
    let bank = props.bank.clone();

    use_seed_in_address(&state);
    let save_problem = use_save(&bank, &state, props.save);
    let results = use_results(&bank, &state);
    let history_problem = use_history_record(&bank, &state, &results);
    let review_problem = use_review_record(&bank, &state);
    let lms_report = use_lms_report(&bank, &state, &results);
    // The first question is on screen and its choices can be clicked.
    use_effect_with((), |_| clock::mark("first-question-interactive"));
    use_focus_moves(&state, &heading, *confirming);
    let act = use_act(&state);
    let go_to = use_callback(act.clone(), |index: usize, act| {
        act.emit(Action::GoTo(index))
    });
    let speak = {
        let spoken_time = spoken_time.clone();
        use_callback((), move |text: String, ()| spoken_time.set(text))
    };
    use_keyboard(&state, &act, &speak);

    let session = &state.session;
    if let Some(results) = results {
        return finished_exam(Finished {
            bank: bank.clone(),
            session: session.clone(),
            results,
            now_ms: state.now_ms,
            save_problem,
            history_problem,
            lms_report,
            review_problem,
        });
    }

    let index = session.current_index();
    let slot = session.current();
    let total = session.slots().len();
    let Some(question) = bank.question(slot.question_id()) else {
        return html! { <p role="alert">{ "This question is missing from the bank." }</p> };
    };
    let countdown = session.countdown().map(|clock| {
        let time_up = act.reform(|()| Action::Tick);
        html! { <Countdown {clock} on_time_up={ time_up } on_speak={ speak.clone() } /> }
    });
    let submit_panel = (*confirming).then(|| submit_panel(session, &act, &confirming));
    let open_submit_panel = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(true))
    };
    let comes_back = !slot.is_again()
        && session
            .slots()
            .iter()
            .any(|s| s.is_again() && s.question_id() == slot.question_id());

    html! {
        <div class="exam">
            <div class="exam-main">
                if let Some(notice) = &props.notice { <div role="status" class="notice">{ notice.clone() }</div> }
                if let Some(problem) = &save_problem { <div role="status" class="notice">{ format!("Progress cannot be saved in this browser ({problem}); the exam still runs.") }</div> }
                <div class="exam-bar">
                    <p class="progress">{ format!("Question {} of {}", index + 1, total) }</p>
                    { countdown.unwrap_or_default() }
                </div>
                <div class="sr-only" aria-live="assertive" aria-atomic="true">{ (*spoken_time).clone() }</div>
                { question_card(Card {
                    bank: &bank,
                    question,
                    slot,
                    index,
                    message: state.message.as_deref(),
                    heading: heading.clone(),
                    act: act.clone(),
                    comes_back,
                }) }
                { action_bar(Bar {
                    index,
                    total,
                    can_check: session.mode() == Mode::Practice && !slot.is_checked(),
                    flagged: slot.is_flagged(),
                    act: act.clone(),
                    on_submit: open_submit_panel,
                }) }
                { submit_panel.unwrap_or_default() }
            </div>
            <Navigator cells={ navigator_cells(session) } current={ index } on_go={ go_to } />
        </div>
    }
}

/// What the navigator shows about each question.
fn navigator_cells(session: &Session) -> Rc<[CellState]> {
    session
        .slots()
        .iter()
        .map(|s| CellState {
            answered: s.is_answered(),
            flagged: s.is_flagged(),
        })
        .collect()
}

/// "Submit your answers?", with the questions still unanswered or flagged; going to one of them
/// or keeping on working closes it.
fn submit_panel(
    session: &Session,
    act: &Callback<Action>,
    confirming: &UseStateHandle<bool>,
) -> Html {
    let positions = |keep: fn(&Slot) -> bool| {
        session
            .slots()
            .iter()
            .enumerate()
            .filter(|(_, s)| keep(s))
            .map(|(i, _)| i)
            .collect::<Vec<usize>>()
    };
    let on_go = {
        let act = act.clone();
        let confirming = confirming.clone();
        Callback::from(move |i: usize| {
            confirming.set(false);
            act.emit(Action::GoTo(i));
        })
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |()| confirming.set(false))
    };
    let on_submit = act.reform(|()| Action::Submit);
    html! {
        <SubmitPanel unanswered={ positions(|s| !s.is_answered()) } flagged={ positions(|s| s.is_flagged()) }
            {on_go} {on_submit} {on_cancel} />
    }
}
