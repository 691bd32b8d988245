//! The runner's behaviour that is not drawing: the seed kept in the address, saving, the
//! history and review records, focus moves and keyboard shortcuts, each a hook.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::focus::{Shown, focus_target};
use super::passages::highlight_selection;
use super::shortcuts::{in_text_field, shortcut, shortcut_key};
use super::state::{Act, ExamState};
use super::timer::format_clock;
use crate::engine::bank::Bank;
use crate::engine::history::Attempt;
use crate::engine::results::Results;
use crate::engine::session::{Action, Mode};
use crate::ui::components::focus_element;
use crate::ui::messages::Msg;
use crate::ui::refusals;
use crate::ui::route::Route;
use crate::ui::stores::history as history_store;
use crate::ui::stores::package;
use crate::ui::stores::review as review_store;
use crate::ui::text::use_text;
use crate::web::scorm::LmsError;
use crate::web::storage::{self, Record, StorageError};
use crate::web::{clock, frame, handover, location, scorm};

/// Fixes the seed in the address, so a reload (or a copied link) gives this same exam.
#[hook]
pub fn use_seed_in_address(state: &UseReducerHandle<ExamState>) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let session = &state.session;
        if let Route::Exam { bank, mut link } = Route::parse(&location::hash())
            && link.seed.is_none()
        {
            link.seed = Some(session.seed());
            link.mode = Some(session.mode());
            location::replace(&Route::Exam { bank, link }.fragment());
        }
    });
}

/// Saves the session on every change (unless `save` is off); a failure comes back as a problem
/// to show, never a crash. The problem is compared before it is set, so a successful save does
/// not render the exam again.
#[hook]
pub fn use_save(bank: &Bank, state: &UseReducerHandle<ExamState>, save: bool) -> Option<String> {
    let problem = use_state_eq(|| None::<StorageError>);
    let text = use_text();
    {
        let key = storage::key(bank.id().as_str(), Record::Session);
        let problem = problem.clone();
        let state = state.clone();
        // Drawn behind the first module, which still runs and saves, nothing is written (it
        // would undo what the candidate did meanwhile); the first save comes as the page shows.
        let hidden = handover::is_hidden();
        use_effect_with((state.version, hidden), move |&(_, hidden)| {
            if save && !hidden {
                let outcome = storage::write(&key, &state.session.to_json());
                problem.set(outcome.err());
            }
        });
    }
    problem.map(|why| refusals::storage_error(&text, why))
}

/// In a package, the LMS keeps the running attempt too, on every change, so another computer
/// resumes it; a failure comes back as a problem to show.
#[hook]
pub fn use_lms_progress(
    bank: &Bank,
    state: &UseReducerHandle<ExamState>,
    save: bool,
) -> Option<String> {
    let problem = use_state_eq(|| None::<LmsError>);
    let text = use_text();
    {
        let problem = problem.clone();
        let state = state.clone();
        let in_package = package::config().is_some_and(|p| &p.bank == bank.id());
        use_effect_with(state.version, move |_| {
            if save && in_package && !state.session.is_finished() && scorm::is_connected() {
                problem.set(scorm::save_progress(&state.session.to_suspend_data()).err());
            }
        });
    }
    problem.as_ref().map(|why| refusals::lms_error(&text, why))
}

/// A finished session's results, worked out once when it finishes and shared by the history,
/// the LMS report and the results page; `None` while the exam runs.
#[hook]
pub fn use_results(bank: &Rc<Bank>, state: &UseReducerHandle<ExamState>) -> Option<Rc<Results>> {
    let finished = state.session.is_finished();
    let results = use_memo(
        (finished, state.version, state.now_ms),
        |&(finished, _, now_ms)| {
            finished.then(|| Rc::new(Results::of(&state.session, bank, now_ms)))
        },
    );
    (*results).clone()
}

/// Records a finished exam in the bank's history once (a reload of the results adds nothing);
/// returns why it could not be kept, if it could not.
#[hook]
pub fn use_history_record(
    bank: &Rc<Bank>,
    state: &UseReducerHandle<ExamState>,
    results: &Option<Rc<Results>>,
) -> Option<String> {
    let problem = use_state_eq(|| None::<String>);
    let text = use_text();
    {
        let finished = state.session.is_finished();
        let bank = bank.clone();
        let state = state.clone();
        let results = results.clone();
        let problem = problem.clone();
        use_effect_with(finished, move |_| {
            if let Some(results) = results {
                let attempt = Attempt::of(&state.session, &results);
                let outcome = history_store::record(bank.id().as_str(), attempt);
                problem.set(outcome.err().map(|why| why.describe(&text)));
            }
        });
    }
    (*problem).clone()
}

/// What the LMS was told of a finished exam, for the candidate to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LmsSent {
    /// The score sent, in whole percent.
    pub score: u32,
    pub passed: bool,
}

/// In a package, reports the finished exam to the LMS once: the score, passed or failed, the
/// time; returns what to tell the candidate (what was sent, or why it could not be).
#[hook]
pub fn use_lms_report(
    bank: &Rc<Bank>,
    state: &UseReducerHandle<ExamState>,
    results: &Option<Rc<Results>>,
) -> Option<Result<LmsSent, String>> {
    let outcome = use_state_eq(|| None::<Result<LmsSent, LmsError>>);
    let text = use_text();
    {
        let finished = state.session.is_finished();
        let bank = bank.clone();
        let state = state.clone();
        let results = results.clone();
        let outcome = outcome.clone();
        use_effect_with(finished, move |_| {
            let ours = package::config().is_some_and(|p| &p.bank == bank.id());
            if let Some(results) = results.filter(|_| ours && scorm::is_connected()) {
                let score = results.percent().round() as u32;
                let sent = scorm::report(score, results.passed, &state.session.to_suspend_data());
                outcome.set(Some(sent.map(|()| LmsSent {
                    score,
                    passed: results.passed,
                })));
            }
        });
    }
    outcome
        .as_ref()
        .map(|sent| sent.clone().map_err(|why| refusals::lms_error(&text, &why)))
}

/// Records answers for spaced review: a practice answer once it is checked, and every answer
/// when the exam ends. A question counts once per session, so a reload records nothing twice.
/// Returns why the records could not be kept, if they could not.
#[hook]
pub fn use_review_record(bank: &Rc<Bank>, state: &UseReducerHandle<ExamState>) -> Option<String> {
    let problem = use_state_eq(|| None::<String>);
    // Slots already recorded on this page: going back to a checked question reads and writes
    // nothing again.
    let recorded = use_mut_ref(std::collections::HashSet::<usize>::new);
    let text = use_text();
    let session = &state.session;
    let key = (
        session.current_index(),
        session.current().is_checked(),
        session.is_finished(),
    );
    {
        let bank = bank.clone();
        let state = state.clone();
        let problem = problem.clone();
        use_effect_with(key, move |&(_, _, finished)| {
            let session = &state.session;
            if finished {
                // Every answer, at once: the candidate may close the page on the results.
                problem.set(
                    review_store::record_answers(
                        &bank,
                        session,
                        session.slots().iter().map(|s| &**s),
                        state.now_ms,
                    )
                    .err()
                    .map(|why| why.describe(&text)),
                );
            } else {
                // Every checked answer not yet recorded on this page: the current one, and on
                // the first run those checked before, in the first module or before a reload
                // (the records count a question once per session, so none counts twice).
                let newly: Vec<usize> = session
                    .slots()
                    .iter()
                    .enumerate()
                    .filter(|(i, slot)| slot.is_checked() && !recorded.borrow().contains(i))
                    .map(|(i, _)| i)
                    .collect();
                if newly.is_empty() {
                    return;
                }
                recorded.borrow_mut().extend(newly.iter().copied());
                // A checked practice answer is recorded once its verdict is on screen: reading
                // and writing the records is nothing the candidate waits to see.
                frame::after_paint(move || {
                    let session = &state.session;
                    let slots = session.slots();
                    let outcome = review_store::record_answers(
                        &bank,
                        session,
                        newly.iter().map(|&i| &*slots[i]),
                        state.now_ms,
                    );
                    problem.set(outcome.err().map(|why| why.describe(&text)));
                });
            }
        });
    }
    (*problem).clone()
}

/// Moves focus so screen readers read what changed: to the question heading after moving to
/// another question, to the verdict once an answer is checked, and to the submit confirmation
/// and the results when they appear; once per action at most (`focus::focus_target`), since each
/// move makes the browser lay the page out.
#[hook]
pub fn use_focus_moves(state: &UseReducerHandle<ExamState>, heading: &NodeRef, confirming: bool) {
    let shown = Shown {
        index: state.session.current_index(),
        checked: state.session.current().is_checked(),
        confirming,
        finished: state.session.is_finished(),
    };
    let before = use_mut_ref(|| None::<Shown>);
    let heading = heading.clone();
    use_effect_with(shown, move |shown| {
        let previous = before.replace(Some(*shown));
        // Taking over a running exam from the first module: focus stays where the candidate
        // had it there (`handover::reveal` puts it back).
        if previous.is_none() && !shown.finished && handover::is_hidden() {
            return;
        }
        let Some(target) = focus_target(previous, *shown) else {
            return;
        };
        match target.element_id() {
            Some(id) => focus_element(id),
            None => frame::next(move || {
                if let Some(el) = heading.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }),
        }
    });
}

/// Keyboard shortcuts, listened to on the whole document so they work wherever focus is:
/// letters or digits pick choices, N/P or the arrows move, F flags, Enter checks, T reads the
/// time left (through `speak`). The listener is added once and reads the latest state when a
/// key is pressed, so an answer costs no re-registration and no copy of the session.
#[hook]
pub fn use_keyboard(
    state: &UseReducerHandle<ExamState>,
    act: &Callback<Action>,
    speak: &Callback<String>,
) {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    // The words too, in the language the candidate reads now.
    let text = use_text();
    let latest_text = use_mut_ref(|| text.clone());
    *latest_text.borrow_mut() = text;
    let act = act.clone();
    let speak = speak.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                // Not passive: a shortcut's key must not also scroll the page or type.
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let state = latest.borrow().clone();
                    let session = &state.session;
                    let Some(e) = event
                        .dyn_ref::<KeyboardEvent>()
                        .filter(|_| !session.is_finished())
                    else {
                        return;
                    };
                    let (key, code) = (e.key(), e.code());
                    let plain = !e.ctrl_key() && !e.meta_key() && !e.alt_key() && !in_text_field(e);
                    if plain && shortcut_key(&key, &code).eq_ignore_ascii_case("h") {
                        e.prevent_default();
                        act.emit(highlight_selection());
                        return;
                    }
                    if plain && shortcut_key(&key, &code).eq_ignore_ascii_case("t") {
                        if let Some(ms) = session.remaining_ms(clock::now_ms()) {
                            let text = latest_text.borrow().clone();
                            speak.emit(text.get(Msg::ExamTimeLeftSpoken {
                                time: format_clock(ms).into(),
                            }));
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

/// The dispatcher of actions, with "now" read at dispatch so the reducer stays pure. Memoised,
/// so the navigator's cells (which hold it) compare equal from one render to the next.
#[hook]
pub fn use_act(state: &UseReducerHandle<ExamState>) -> Callback<Action> {
    use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(Act {
            action,
            now_ms: clock::now_ms(),
        })
    })
}
