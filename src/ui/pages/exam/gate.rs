//! The exam page's gate: one tab at a time runs an exam. A second tab is told the exam is open
//! elsewhere and may take it over; the first then stops saving and says so.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::kind::ExamKind;
use super::opening::{ExamPageProps, OwnedExam};
use crate::engine::session::Mode;
use crate::ui::labels::mode_name;
use crate::ui::messages::Msg;
use crate::ui::text::use_text;
use crate::web::storage::{self, Record};
use crate::web::tab_lock::{Claim, LockUse, claim};

#[derive(Clone, Copy, PartialEq)]
enum Ownership {
    Asking,
    /// This tab runs the exam; the number changes with each claim, so taking the exam back
    /// shows a fresh page that re-reads what the other tab saved.
    Owner(u64),
    Elsewhere,
    /// Another tab took the exam over.
    Lost,
}

/// The lock this page holds, kept outside the page's state: the browser-wide listener for a
/// take-over refers to that state, so a lock kept in it could never be dropped, and the exam
/// would stay locked after the page is left.
type HeldLock = Rc<RefCell<Option<LockUse>>>;

fn ask(lock_name: String, take_over: bool, ownership: UseStateHandle<Ownership>, held: HeldLock) {
    yew::platform::spawn_local(async move {
        let lost = {
            let ownership = ownership.clone();
            move || ownership.set(Ownership::Lost)
        };
        match claim(&lock_name, take_over, lost).await {
            Claim::Held(lock) => {
                // If the page has gone meanwhile, `held` is this task's alone and the lock is
                // dropped with it when the task ends.
                *held.borrow_mut() = lock;
                ownership.set(Ownership::Owner(claim_number()));
            }
            Claim::Elsewhere => ownership.set(Ownership::Elsewhere),
        }
    });
}

/// A number for each claim this tab makes, to key the exam it opens.
fn claim_number() -> u64 {
    thread_local! {
        static CLAIMS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    CLAIMS.with(|claims| {
        claims.set(claims.get() + 1);
        claims.get()
    })
}

/// The exam page for one bank and link, run by the module `K`.
#[component]
pub fn ExamPage<K: ExamKind>(props: &ExamPageProps) -> Html {
    let lock_name = storage::key(props.bank.id().as_str(), Record::Session);
    let ownership = use_state(|| Ownership::Asking);
    let held: HeldLock = use_mut_ref(|| None);
    {
        let ownership = ownership.clone();
        let lock_name = lock_name.clone();
        let held = held.clone();
        use_effect_with((), move |_| {
            let within_tab = K::takes_lock_within_tab(&lock_name);
            ask(lock_name, within_tab, ownership, held.clone());
            // Leaving the page gives the lock back (after a moment, so the next exam page of
            // this tab can take it on).
            move || drop(held.borrow_mut().take())
        });
    }
    let take_over = {
        let ownership = ownership.clone();
        let held = held.clone();
        Callback::from(move |_| ask(lock_name.clone(), true, ownership.clone(), held.clone()))
    };
    // An exam that cannot start (a link with bad settings) holds nothing another tab may need.
    let cannot_start = Callback::from(move |()| drop(held.borrow_mut().take()));
    // The page's one level-one heading: which bank, and whether answers are checked at once,
    // for a candidate who moves by headings or comes back to the tab later.
    let text = use_text();
    let mode = mode_name(&text, props.link.mode.unwrap_or(Mode::Exam));
    let title = html! { <h1 class="exam-title">{ text.get(Msg::ExamPageTitle { mode: mode.into(), title: props.bank.title().into() }) }</h1> };
    let content = match *ownership {
        Ownership::Asking => html! { <p role="status">{ text.get(Msg::ExamOpening) }</p> },
        Ownership::Owner(claim) => html! {
            <OwnedExam<K> key={ claim.to_string() } bank={ props.bank.clone() } link={ props.link.clone() } {cannot_start} />
        },
        Ownership::Elsewhere => html! {
            <div class="notice" role="alert">
                <p>{ text.get(Msg::ExamOpenElsewhere) }</p>
                <p><button type="button" class="primary" onclick={ take_over }>{ text.get(Msg::ExamTakeOver) }</button></p>
            </div>
        },
        Ownership::Lost => html! {
            <div class="notice" role="alert">
                <p>{ text.get(Msg::ExamTakenOver) }</p>
                <p><button type="button" class="primary" onclick={ take_over }>{ text.get(Msg::ExamTakeBack) }</button></p>
            </div>
        },
    };
    html! { <>{ title }{ content }</> }
}
