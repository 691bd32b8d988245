//! The running exam: one reducer over the session, laid out as the question card, the
//! countdown, the actions, the submit panel and the navigator; the results once it ends.

use std::rc::Rc;

use yew::prelude::*;

use super::countdown::Countdown;
use super::hooks::{
    use_act, use_focus_moves, use_history_record, use_keyboard, use_lms_report, use_results,
    use_review_record, use_save, use_seed_in_address,
};
use super::navigator::{CellState, Navigator};
use super::question_card::{Card, question_card};
use super::state::ExamState;
use super::submit_panel::SubmitPanel;
use crate::engine::bank::Bank;
use crate::engine::session::{Action, Mode, Session};
use crate::ui::pages::results::ResultsView;
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
        return html! {
            <>
                if let Some(problem) = &save_problem { <div role="status" class="notice">{ format!("These results cannot be saved in this browser ({problem}); a reload will lose them.") }</div> }
                if let Some(problem) = &history_problem { <div role="status" class="notice">{ format!("This attempt cannot be added to your history in this browser ({problem}).") }</div> }
                if let Some(Ok(sent)) = &lms_report { <div role="status" class="notice notice-ok">{ sent.clone() }</div> }
                if let Some(Err(problem)) = &lms_report { <div role="alert" class="notice notice-error">{ format!("Your result could not be sent to your course's LMS ({problem}). Tell your teacher, and keep this page open.") }</div> }
                if let Some(problem) = &review_problem { <div role="status" class="notice">{ format!("These answers cannot be kept for review in this browser ({problem}).") }</div> }
                <ResultsView bank={ bank.clone() } session={ session.clone() } { results } now_ms={ state.now_ms } />
            </>
        };
    }

    let index = session.current_index();
    let slot = session.current();
    let total = session.slots().len();
    let Some(question) = bank.question(slot.question_id()) else {
        return html! { <p role="alert">{ "This question is missing from the bank." }</p> };
    };
    let locked = slot.is_checked();
    let practice = session.mode() == Mode::Practice;

    let cells: Rc<[CellState]> = session
        .slots()
        .iter()
        .map(|s| CellState {
            answered: s.is_answered(),
            flagged: s.is_flagged(),
        })
        .collect();
    let countdown = session.countdown().map(|clock| {
        let time_up = act.reform(|()| Action::Tick);
        html! { <Countdown {clock} on_time_up={ time_up } on_speak={ speak.clone() } /> }
    });
    let submit_panel = (*confirming).then(|| {
        let positions = |keep: fn(&crate::engine::session::Slot) -> bool| {
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
        html! {
            <SubmitPanel unanswered={ positions(|s| !s.is_answered()) } flagged={ positions(|s| s.is_flagged()) }
                {on_go} on_submit={ act.reform(|()| Action::Submit) } {on_cancel} />
        }
    });
    let button = |action: Action| act.reform(move |_: MouseEvent| action.clone());

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
                    comes_back: !slot.is_again() && session.slots().iter().any(|s| s.is_again() && s.question_id() == slot.question_id()),
                }) }
                <div class="actions">
                    <button type="button" disabled={ index == 0 } onclick={ button(Action::Previous) }>{ "Previous" }</button>
                    if practice && !locked {
                        <button type="button" class="primary" onclick={ button(Action::Check) }>{ "Check" }</button>
                    }
                    <button type="button" disabled={ index + 1 >= total } onclick={ button(Action::Next) }>{ "Next" }</button>
                    <button type="button" aria-pressed={ slot.is_flagged().to_string() } onclick={ button(Action::ToggleFlag) }>{ "Flag for review" }</button>
                    <button type="button" onclick={ { let confirming = confirming.clone(); Callback::from(move |_| confirming.set(true)) } }>{ "Submit" }</button>
                </div>
                { submit_panel.unwrap_or_default() }
            </div>
            <Navigator { cells } current={ index } on_go={ go_to } />
        </div>
    }
}
