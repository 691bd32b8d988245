//! The running exam both modules show: one reducer over the session and the behaviour every
//! runner has (the seed in the address, saving, focus moves, shortcuts), and its layout as the
//! question card, the countdown, the actions, the submit panel and the navigator. What the whole
//! app adds around it (results, history, review, the LMS) is in [`super::runner`].

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::text::{Texts, use_text};

use super::action_bar::{Bar, action_bar};
use super::countdown::Countdown;
use super::hooks::{use_act, use_focus_moves, use_keyboard, use_save, use_seed_in_address};
use super::keyboard_help::keyboard_help;
use super::navigator::{CellState, Navigator};
use super::passages::use_painted_highlights;
use super::question_card::{Card, question_card};
use super::state::ExamState;
use super::submit_panel::SubmitPanel;
use crate::engine::bank::Bank;
use crate::engine::session::{Action, Mode, Session, Slot};
use crate::ui::messages::Msg;
use crate::ui::refusals;
use crate::web::clock;

#[derive(Properties, PartialEq, Clone)]
pub struct RunnerProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub notice: Option<String>,
    /// Whether to save the session as it changes (false while unreadable saved progress that
    /// could not be set aside still sits in its record).
    pub save: bool,
}

/// A running exam's state and handles, as [`use_running_exam`] gives them to a runner.
pub struct RunningExam {
    pub state: UseReducerHandle<ExamState>,
    pub act: Callback<Action>,
    pub save_problem: Option<String>,
    confirming: UseStateHandle<bool>,
    spoken_time: UseStateHandle<String>,
    speak: Callback<String>,
    go_to: Callback<usize>,
    heading: NodeRef,
    /// The interface's words.
    pub text: Texts,
}

/// The exam's reducer and the behaviour every runner has.
#[hook]
pub fn use_running_exam(props: &RunnerProps) -> RunningExam {
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
    use_seed_in_address(&state);
    let save_problem = use_save(&props.bank, &state, props.save);
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
    use_painted_highlights(
        &heading,
        state.session.current_index(),
        state.session.current(),
    );
    let text = use_text();
    RunningExam {
        text,
        state,
        act,
        save_problem,
        confirming,
        spoken_time,
        speak,
        go_to,
        heading,
    }
}

/// The exam while it runs: the question, its countdown and actions, and the navigator.
pub fn running_exam(exam: &RunningExam, notice: Option<&str>) -> Html {
    let state = &exam.state;
    let act = &exam.act;
    let session = &state.session;
    let bank = &state.bank;
    let index = session.current_index();
    let slot = session.current();
    let total = session.slots().len();
    let text = &exam.text;
    let Some(question) = bank.question(slot.question_id()) else {
        return html! { <p role="alert">{ text.get(Msg::ExamQuestionMissing) }</p> };
    };
    let countdown = session.countdown().map(|clock| {
        let time_up = act.reform(|()| Action::Tick);
        html! { <Countdown {clock} on_time_up={ time_up } on_speak={ exam.speak.clone() } /> }
    });
    let submit_panel = (*exam.confirming).then(|| submit_panel(session, act, &exam.confirming));
    let open_submit_panel = {
        let confirming = exam.confirming.clone();
        Callback::from(move |()| confirming.set(true))
    };
    let message = state
        .message
        .as_ref()
        .map(|why| refusals::rejected(text, why));
    let comes_back = !slot.is_again()
        && session
            .slots()
            .iter()
            .any(|s| s.is_again() && s.question_id() == slot.question_id());

    html! {
        <div class="exam">
            <div class="exam-main">
                if let Some(notice) = notice { <div role="status" class="notice">{ notice }</div> }
                if let Some(problem) = &exam.save_problem { <div role="status" class="notice">{ text.get(Msg::ExamSaveProblem { problem: problem.as_str().into() }) }</div> }
                <div class="exam-bar">
                    <p class="progress">{ text.get(Msg::ExamQuestionOf { number: (index + 1).into(), total: total.into() }) }</p>
                    { countdown.unwrap_or_default() }
                </div>
                <div class="sr-only" aria-live="assertive" aria-atomic="true">{ (*exam.spoken_time).clone() }</div>
                { question_card(Card {
                    bank,
                    question,
                    slot,
                    index,
                    message: message.as_deref(),
                    heading: exam.heading.clone(),
                    act: act.clone(),
                    text,
                    comes_back,
                }) }
                { action_bar(Bar {
                    index,
                    total,
                    can_check: session.mode() == Mode::Practice && !slot.is_checked(),
                    flagged: slot.is_flagged(),
                    act: act.clone(),
                    on_submit: open_submit_panel,
                    text,
                }) }
                { submit_panel.unwrap_or_default() }
                { keyboard_help(text) }
            </div>
            <Navigator cells={ navigator_cells(session) } current={ index } on_go={ exam.go_to.clone() } />
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
