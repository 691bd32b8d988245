//! Taking an exam: one question at a time, practice feedback, the countdown, and saving every change.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::history_view as history_store;
use super::markup_view;
use super::navigator::{CellState, Navigator};
use super::results_view::ResultsView;
use super::route::Route;
use super::shortcuts::shortcut;
use super::timer::{format_clock, reads_the_same, time_warning};
use crate::engine::bank::Bank;
use crate::engine::deep_link::ExamLink;
use crate::engine::history::Attempt;
use crate::engine::results::Results;
use crate::engine::session::{Action, Mode, Session};
use crate::web::{clock, frame, location, storage};

/// The record name under which the running session is saved for a bank.
pub const SESSION_RECORD: &str = "session";
/// Where unreadable saved data is moved, so it is set aside rather than lost.
pub const SET_ASIDE_RECORD: &str = "session-set-aside";

/// The reducer's state: the session plus what the view needs to show about the last action.
#[derive(Clone, PartialEq)]
pub struct ExamState {
    session: Session,
    /// Why the last action was refused, shown next to the question.
    message: Option<String>,
    /// The clock reading of the last action, so rendering stays a pure function of state.
    now_ms: u64,
    /// Bumped whenever the session changes, to trigger exactly one save per change.
    version: u64,
}

pub struct Act {
    pub action: Action,
    pub now_ms: u64,
}

impl Reducible for ExamState {
    type Action = Act;

    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        // A tick that neither ends the exam nor changes what the countdown reads changes nothing
        // on screen, so the state stays as it is and nothing renders: otherwise each of the four
        // ticks a second would render the whole question again.
        if act.action == Action::Tick {
            let before = self.session.remaining_ms(self.now_ms);
            let after = self.session.remaining_ms(act.now_ms);
            if after != Some(0) && reads_the_same(before, after) {
                return self;
            }
        }
        let mut session = self.session.clone();
        let outcome = session.apply(act.now_ms, act.action.clone());
        let changed = session != self.session;
        let message = match (&act.action, outcome) {
            (Action::Tick, _) => self.message.clone(),
            (_, Ok(())) => None,
            (_, Err(rejected)) => Some(rejected.to_string()),
        };
        Rc::new(ExamState {
            session,
            message,
            now_ms: act.now_ms,
            version: self.version + u64::from(changed),
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct ExamPageProps {
    pub bank: Rc<Bank>,
    /// The exam link's query string (`mode=exam&count=20&seed=42`).
    pub query: String,
}

/// What opening an exam link found: a session to run (new or resumed), and any notice.
struct Opened {
    session: Session,
    notice: Option<String>,
    /// False when unreadable saved progress could not be set aside and is still in the session
    /// record: saving this exam would write over it.
    save: bool,
}

fn open_session(bank: &Bank, link: &ExamLink) -> Result<Opened, String> {
    let now = clock::now_ms();
    let key = storage::key(bank.id().as_str(), SESSION_RECORD);
    let mut notice = None;
    let mut save = true;
    match storage::read(&key) {
        Ok(Some(saved)) => match Session::restore(&saved, bank) {
            Ok(mut session) if link.seed.is_none_or(|seed| seed == session.seed()) => {
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
                let aside = storage::key(bank.id().as_str(), SET_ASIDE_RECORD);
                notice = Some(match storage::set_aside(&key, &aside, &saved) {
                    storage::SetAside::Moved => format!(
                        "Saved progress could not be resumed and was set aside (a copy is kept in this browser): {problem}. A new exam has started."
                    ),
                    storage::SetAside::LeftInPlace(why) => {
                        save = false;
                        format!(
                            "Saved progress could not be resumed ({problem}), and it could not be set aside either ({why}), so it is left as it was. A new exam has started, which will not be saved."
                        )
                    }
                });
            }
        },
        Ok(None) => {}
        Err(problem) => {
            notice = Some(format!(
                "Progress cannot be kept in this browser ({problem}); the exam still runs, but a reload will lose it."
            ));
        }
    }
    let seed = link.seed.unwrap_or(now ^ 0x5eed);
    let session = Session::start(bank, &link.config(bank, seed), now).map_err(|e| e.to_string())?;
    Ok(Opened {
        session,
        notice,
        save,
    })
}

#[derive(Properties, PartialEq)]
pub struct OwnedExamProps {
    pub bank: Rc<Bank>,
    pub query: String,
    /// Told once when the exam cannot start, so the page holds no lock for it.
    pub cannot_start: Callback<()>,
}

/// The exam itself, once this tab holds the exam (see [`super::exam_gate`]).
#[component]
pub fn OwnedExam(props: &OwnedExamProps) -> Html {
    // Opening reads and may set aside saved data, so it happens once per page, not per render.
    let opened = {
        let bank = props.bank.clone();
        let query = props.query.clone();
        use_state(move || {
            ExamLink::parse(&query)
                .and_then(|link| link.for_bank(&bank))
                .map(|link| open_session(&bank, &link))
        })
    };
    {
        let failed = !matches!(&*opened, Ok(Ok(_)));
        let cannot_start = props.cannot_start.clone();
        use_effect_with(failed, move |failed| {
            if *failed {
                cannot_start.emit(());
            }
        });
    }
    match &*opened {
        Err(problems) => html! {
            <div role="alert" class="notice notice-error">
                <p>{ "This exam link has settings that do not work:" }</p>
                <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.clone() }</code></li> }) }</ul>
            </div>
        },
        Ok(Ok(opened)) => html! {
            <Runner bank={ props.bank.clone() } session={ opened.session.clone() } notice={ opened.notice.clone() } save={ opened.save } />
        },
        Ok(Err(problem)) => html! {
            <div role="alert" class="notice notice-error"><p>{ format!("This exam cannot start: {problem}.") }</p></div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct RunnerProps {
    bank: Rc<Bank>,
    session: Session,
    notice: Option<String>,
    /// Whether to save the session as it changes (see [`Opened::save`]).
    save: bool,
}

#[component]
fn Runner(props: &RunnerProps) -> Html {
    let state = use_reducer({
        let session = props.session.clone();
        move || ExamState {
            session,
            message: None,
            now_ms: clock::now_ms(),
            version: 0,
        }
    });
    let confirming = use_state(|| false);
    let timer_hidden = use_state(|| false);
    let spoken_time = use_state(String::new);
    let heading = use_node_ref();
    let bank = props.bank.clone();

    // Fix the seed in the address, so a reload (or a copied link) gives this same exam.
    // Effects below read the session through the reducer handle (a cheap `Rc`), so a render
    // (four a second while the clock runs) copies or serialises nothing they do not use.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let session = &state.session;
            if let Route::Exam { bank, query } = Route::parse(&location::hash()) {
                let mut link = ExamLink::parse(&query).unwrap_or_default();
                if link.seed.is_none() {
                    link.seed = Some(session.seed());
                    link.mode = Some(session.mode());
                    location::replace(
                        &Route::Exam {
                            bank,
                            query: link.to_query(),
                        }
                        .to_fragment(),
                    );
                }
            }
        });
    }

    // Save on every change of the session; a failure becomes a notice, never a crash. The notice
    // state is compared before it is set, so a successful save does not render the exam again.
    let save_problem = use_state_eq(|| None::<String>);
    {
        let key = storage::key(bank.id().as_str(), SESSION_RECORD);
        let save_problem = save_problem.clone();
        let state = state.clone();
        let save = props.save;
        use_effect_with(state.version, move |_| {
            if save {
                save_problem.set(storage::write(&key, &state.session.to_json()).err());
            }
        });
    }

    // The clock: re-read now every quarter second while timed, and whenever the tab shows again,
    // since browsers slow timers in hidden tabs. The deadline decides; nothing counts ticks. An
    // untimed exam has no countdown, so nothing needs the clock until the next action.
    {
        let dispatcher = state.dispatcher();
        let running = !state.session.is_finished() && state.session.time_limit_ms().is_some();
        use_effect_with(running, move |running| {
            let tick = {
                let dispatcher = dispatcher.clone();
                move || {
                    dispatcher.dispatch(Act {
                        action: Action::Tick,
                        now_ms: clock::now_ms(),
                    })
                }
            };
            let interval = running.then(|| Interval::new(250, tick.clone()));
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| EventListener::new(&d, "visibilitychange", move |_| tick()));
            move || drop((interval, visible))
        });
    }

    // Record a finished exam in the bank's history once (a reload of the results adds nothing);
    // if it cannot be kept, the results still show and say so.
    let history_problem = use_state_eq(|| None::<String>);
    {
        let finished = state.session.is_finished();
        let bank = bank.clone();
        let state = state.clone();
        let history_problem = history_problem.clone();
        use_effect_with(finished, move |finished| {
            if *finished {
                let results = Results::of(&state.session, &bank, state.now_ms);
                let attempt = Attempt::of(&state.session, &results);
                history_problem.set(history_store::record(bank.id().as_str(), attempt).err());
            }
        });
    }

    // The first question is on screen and its choices can be clicked.
    use_effect_with((), |_| clock::mark("first-question-interactive"));

    // Focus the question heading after moving to another question (in the next frame: see
    // `frame::next`).
    {
        let heading = heading.clone();
        use_effect_with(state.session.current_index(), move |_| {
            frame::next(move || {
                if let Some(el) = heading.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            });
        });
    }

    // Once an answer is checked, move focus to the verdict so it is read out next.
    {
        let checked = state.session.current().is_checked();
        let index = state.session.current_index();
        use_effect_with((index, checked), move |(_, checked)| {
            if *checked {
                focus_element("feedback-heading");
            }
        });
    }
    // The submit confirmation and the results take focus when they appear.
    {
        let open = *confirming;
        use_effect_with(open, move |open| {
            if *open {
                focus_element("confirm-heading");
            }
        });
        let finished = state.session.is_finished();
        use_effect_with(finished, move |finished| {
            if *finished {
                focus_element("results-heading");
            }
        });
    }

    // Memoised, so the navigator's cells (which hold it) compare equal from one render to the next.
    let act = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(Act {
            action,
            now_ms: clock::now_ms(),
        })
    });
    let go_to = use_callback(act.clone(), |index: usize, act| {
        act.emit(Action::GoTo(index))
    });

    // Keyboard shortcuts, listened to on the whole document so they work wherever focus is:
    // letters or digits pick choices, N/P or the arrows move, F flags, Enter checks. The listener
    // is added once and reads the latest state when a key is pressed, so an answer costs no
    // re-registration and no copy of the session.
    {
        let latest = use_mut_ref(|| state.clone());
        *latest.borrow_mut() = state.clone();
        let act = act.clone();
        let spoken_time = spoken_time.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| {
                    EventListener::new(&document, "keydown", move |event| {
                        let state = latest.borrow().clone();
                        let session = &state.session;
                        let Some(e) = event
                            .dyn_ref::<KeyboardEvent>()
                            .filter(|_| !session.is_finished())
                        else {
                            return;
                        };
                        if e.key().eq_ignore_ascii_case("t") && !e.ctrl_key() && !e.meta_key() {
                            if let Some(ms) = session.remaining_ms(clock::now_ms()) {
                                spoken_time.set(format!("{} left.", format_clock(ms)));
                            }
                            return;
                        }
                        let slot = session.current();
                        let can_check = session.mode() == Mode::Practice && !slot.is_checked();
                        if let Some(action) = shortcut(
                            e,
                            slot.choice_order(),
                            slot.selected(),
                            slot.choose() > 1,
                            can_check,
                        ) {
                            e.prevent_default();
                            act.emit(action);
                        }
                    })
                });
            move || drop(listener)
        });
    }

    let session = &state.session;
    if session.is_finished() {
        return html! {
            <>
                if let Some(problem) = &*save_problem { <div role="status" class="notice">{ format!("These results cannot be saved in this browser ({problem}); a reload will lose them.") }</div> }
                if let Some(problem) = &*history_problem { <div role="status" class="notice">{ format!("This attempt cannot be added to your history in this browser ({problem}).") }</div> }
                <ResultsView bank={ bank.clone() } session={ session.clone() } now_ms={ state.now_ms } />
            </>
        };
    }

    let index = session.current_index();
    let slot = session.current();
    let total = session.slots().len();
    let Some(question) = bank.question(slot.question_id()) else {
        return html! { <p role="alert">{ "This question is missing from the bank." }</p> };
    };
    let remaining = session.remaining_ms(state.now_ms);
    let multi = slot.choose() > 1;
    let locked = slot.is_checked();
    let practice = session.mode() == Mode::Practice;

    let choice_label = |i: usize| -> String { ((b'A' + i as u8) as char).to_string() };

    let choices = slot.choice_order().iter().enumerate().map(|(i, id)| {
        let Some(choice) = question.choice(id) else { return html! {} };
        let checked = slot.is_selected(id);
        let correct = question.is_correct_choice(id);
        let full = multi && !checked && slot.selected().len() >= slot.choose();
        let onchange = {
            let act = act.clone();
            let id = id.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
                let on = input.checked();
                if full {
                    // The reducer refuses a choice beyond N; untick the box the browser ticked.
                    input.set_checked(false);
                }
                act.emit(if on || !multi { Action::Select(id.clone()) } else { Action::Deselect(id.clone()) });
            })
        };
        let verdict = locked.then(|| {
            if correct {
                html! { <span class="verdict verdict-right">{ "✓ Correct answer" }</span> }
            } else if checked {
                html! { <span class="verdict verdict-wrong">{ "✗ Your choice, not right" }</span> }
            } else {
                html! {}
            }
        });
        let reason = locked
            .then(|| choice.explanation().map(|why| html! { <div class="choice-reason">{ markup_view::blocks(why) }</div> }))
            .flatten();
        let input_id = format!("choice-{}-{}", index, id);
        html! {
            <li class={ classes!("choice", checked.then_some("selected"), (locked && correct).then_some("right")) }>
                <input type={ if multi { "checkbox" } else { "radio" } } id={ input_id.clone() }
                    name={ format!("q{index}") } checked={ checked } disabled={ locked } onchange={ onchange } />
                <label for={ input_id }>
                    <span class="choice-letter" aria-hidden="true">{ choice_label(i) }</span>
                    <span class="choice-text">{ markup_view::inlines(choice.text()) }</span>
                </label>
                { verdict.unwrap_or_default() }
                { reason.unwrap_or_default() }
            </li>
        }
    });

    let feedback = locked.then(|| {
        let right = slot.selected() == question.answer();
        html! {
            <section class={ classes!("feedback", if right { "feedback-right" } else { "feedback-wrong" }) } aria-labelledby="feedback-heading">
                <h3 id="feedback-heading" tabindex="-1">{ if right { "✓ Good job!" } else { "✗ Incorrect" } }</h3>
                { (!right).then(|| html! {
                    <p class="right-answer">{ "The right answer: " }
                        { for question.answer().iter().enumerate().map(|(n, id)| {
                            let text = question.choice(id).map(|c| c.text().plain_text()).unwrap_or_default();
                            html! { <>{ if n > 0 { ", " } else { "" } }<strong>{ text }</strong></> }
                        }) }
                    </p>
                }) }
                <div class="explanation">{ markup_view::blocks(question.explanation()) }</div>
                { references(question.references()) }
                { report_problem(&bank, question) }
            </section>
        }
    });

    let cells: Rc<[CellState]> = session
        .slots()
        .iter()
        .map(|s| CellState {
            answered: s.is_answered(),
            flagged: s.is_flagged(),
        })
        .collect();

    let submit_panel = (*confirming).then(|| {
        let unanswered: Vec<usize> = session.slots().iter().enumerate().filter(|(_, s)| !s.is_answered()).map(|(i, _)| i).collect();
        let flagged: Vec<usize> = session.slots().iter().enumerate().filter(|(_, s)| s.is_flagged()).map(|(i, _)| i).collect();
        let jump = |i: usize| {
            let act = act.clone();
            let confirming = confirming.clone();
            Callback::from(move |_| { confirming.set(false); act.emit(Action::GoTo(i)); })
        };
        let list = |title: &str, items: &[usize]| if items.is_empty() { html! {} } else { html! {
            <div><h3>{ format!("{title} ({})", items.len()) }</h3>
            <ul class="jump-list">{ for items.iter().map(|&i| html! {
                <li><button type="button" class="link-button" onclick={ jump(i) }>{ format!("Go to question {}", i + 1) }</button></li>
            }) }</ul></div>
        }};
        let submit = { let act = act.clone(); Callback::from(move |_| act.emit(Action::Submit)) };
        let cancel = { let confirming = confirming.clone(); Callback::from(move |_| confirming.set(false)) };
        html! {
            <section class="confirm" role="region" aria-labelledby="confirm-heading">
                <h2 id="confirm-heading" tabindex="-1">{ "Submit your answers?" }</h2>
                <p>{ if unanswered.is_empty() && flagged.is_empty() { "Every question is answered and none is flagged.".to_owned() }
                     else { "You can still go back to these questions:".to_owned() } }</p>
                { list("Unanswered", &unanswered) }
                { list("Flagged for review", &flagged) }
                <div class="actions">
                    <button type="button" class="primary" onclick={ submit }>{ "Submit now" }</button>
                    <button type="button" onclick={ cancel }>{ "Keep working" }</button>
                </div>
            </section>
        }
    });

    let timer = remaining.map(|ms| {
        let toggle = { let timer_hidden = timer_hidden.clone(); Callback::from(move |_| timer_hidden.set(!*timer_hidden)) };
        let speak = {
            let spoken_time = spoken_time.clone();
            Callback::from(move |_| spoken_time.set(format!("{} left.", format_clock(ms))))
        };
        html! {
            <div class="timer">
                if !*timer_hidden {
                    <span class="timer-label" aria-hidden="true">{ "Time left" }</span>
                    <span role="timer" aria-label="Time left">{ format_clock(ms) }</span>
                }
                <button type="button" onclick={ toggle } aria-pressed={ (*timer_hidden).to_string() }>{ if *timer_hidden { "Show timer" } else { "Hide timer" } }</button>
                <button type="button" onclick={ speak } aria-keyshortcuts="t">{ "Read time left" }</button>
            </div>
        }
    });

    html! {
        <div class="exam">
            <div class="exam-main">
                if let Some(notice) = &props.notice { <div role="status" class="notice">{ notice.clone() }</div> }
                if let Some(problem) = &*save_problem { <div role="status" class="notice">{ format!("Progress cannot be saved in this browser ({problem}); the exam still runs.") }</div> }
                <div class="exam-bar">
                    <p class="progress">{ format!("Question {} of {}", index + 1, total) }</p>
                    { timer.unwrap_or_default() }
                </div>
                <div class="sr-only" aria-live="polite" aria-atomic="true">{ time_warning(remaining) }</div>
                <div class="sr-only" aria-live="assertive" aria-atomic="true">{ (*spoken_time).clone() }</div>
                <article class="question" aria-labelledby="question-heading">
                    <p class="topic">{ bank.topic_name(question) }</p>
                    <h2 id="question-heading" tabindex="-1" ref={ heading }>{ format!("Question {}", index + 1) }</h2>
                    <div class="prompt">{ markup_view::blocks(question.prompt()) }</div>
                    <fieldset class="choices">
                        <legend>{ if multi { format!("Choose {}", slot.choose()) } else { "Choose one".to_owned() } }</legend>
                        <ul>{ for choices }</ul>
                    </fieldset>
                    if let Some(message) = &state.message { <p class="message" role="status">{ message.clone() }</p> }
                    { feedback.unwrap_or_default() }
                </article>
                <div class="actions">
                    <button type="button" disabled={ index == 0 } onclick={ { let act = act.clone(); Callback::from(move |_| act.emit(Action::Previous)) } }>{ "Previous" }</button>
                    if practice && !locked {
                        <button type="button" class="primary" onclick={ { let act = act.clone(); Callback::from(move |_| act.emit(Action::Check)) } }>{ "Check" }</button>
                    }
                    <button type="button" disabled={ index + 1 >= total } onclick={ { let act = act.clone(); Callback::from(move |_| act.emit(Action::Next)) } }>{ "Next" }</button>
                    <button type="button" aria-pressed={ slot.is_flagged().to_string() } onclick={ { let act = act.clone(); Callback::from(move |_| act.emit(Action::ToggleFlag)) } }>{ "Flag for review" }</button>
                    <button type="button" onclick={ { let confirming = confirming.clone(); Callback::from(move |_| confirming.set(true)) } }>{ "Submit" }</button>
                </div>
                { submit_panel.unwrap_or_default() }
            </div>
            <Navigator { cells } current={ index } on_go={ go_to } />
        </div>
    }
}

/// Moves focus to the element with this id, so screen readers read what just appeared; in the
/// next frame, so the click's own task stays short (see `frame::next`).
fn focus_element(id: &'static str) {
    frame::next(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// The reference links of a question, opening in a new tab.
pub fn references(references: &[crate::engine::bank::Reference]) -> Html {
    if references.is_empty() {
        return html! {};
    }
    html! {
        <div class="references">
            <h4>{ "Read more" }</h4>
            <ul>{ for references.iter().map(|r| html! {
                <li><a href={ r.url().to_owned() } target="_blank" rel="noopener noreferrer">{ r.title() }</a></li>
            }) }</ul>
        </div>
    }
}

/// "Report a problem with this question", where the bank gives a report address.
pub fn report_problem(bank: &Bank, question: &crate::engine::bank::Question) -> Html {
    match bank.report_address(question) {
        Some(href) => html! {
            <p class="report-problem">
                <a {href} target="_blank" rel="noopener noreferrer">{ "Report a problem with this question" }</a>
            </p>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::session::ExamConfig;
    use crate::engine::validate::parse_bank;

    fn state_at(time_limit_ms: Option<u64>, now_ms: u64) -> Rc<ExamState> {
        let bank = parse_bank(
            "fixture-compute.json",
            include_bytes!("../../tests/fixtures/e2e/questions/fixture-compute.json"),
        )
        .expect("the fixture bank is valid");
        let config = ExamConfig {
            time_limit_ms,
            ..ExamConfig::defaults_for(&bank, 7)
        };
        Rc::new(ExamState {
            session: Session::start(&bank, &config, now_ms).expect("the exam starts"),
            message: None,
            now_ms,
            version: 0,
        })
    }

    fn tick(state: &Rc<ExamState>, now_ms: u64) -> Rc<ExamState> {
        state.clone().reduce(Act {
            action: Action::Tick,
            now_ms,
        })
    }

    #[test]
    fn a_tick_in_an_untimed_exam_keeps_the_state_so_nothing_renders() {
        let state = state_at(None, 1_000);
        assert!(Rc::ptr_eq(&state, &tick(&state, 61_000)));
    }

    #[test]
    fn a_tick_renders_only_when_the_countdown_reads_another_second_or_time_runs_out() {
        let state = state_at(Some(10_000), 1_000);
        // 10 s left at 1.000 s; at 1.400 s 9.6 s are left, which still reads 00:10.
        assert!(Rc::ptr_eq(&state, &tick(&state, 1_400)));
        let next_second = tick(&state, 2_100);
        assert!(!Rc::ptr_eq(&state, &next_second));
        assert_eq!(next_second.now_ms, 2_100);
        let ran_out = tick(&next_second, 11_000);
        assert!(ran_out.session.is_finished());
    }
}
