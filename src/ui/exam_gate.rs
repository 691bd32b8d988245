//! The exam page's gate: one tab at a time runs an exam. A second tab is told the exam is open
//! elsewhere and may take it over; the first then stops saving and says so.

use std::rc::Rc;

use yew::prelude::*;

use super::exam::{ExamPageProps, OwnedExam, SESSION_RECORD};
use crate::web::storage;
use crate::web::tab_lock::{Claim, LockUse, claim};

#[derive(Clone)]
enum Ownership {
    Asking,
    /// This tab runs the exam; the lock is released when the page leaves the exam.
    Owner(Rc<Option<LockUse>>),
    Elsewhere,
    /// Another tab took the exam over.
    Lost,
}

impl PartialEq for Ownership {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Ownership::Owner(a), Ownership::Owner(b)) => Rc::ptr_eq(a, b),
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

fn ask(lock_name: String, take_over: bool, ownership: UseStateHandle<Ownership>) {
    yew::platform::spawn_local(async move {
        let lost = {
            let ownership = ownership.clone();
            move || ownership.set(Ownership::Lost)
        };
        ownership.set(match claim(&lock_name, take_over, lost).await {
            Claim::Held(lock) => Ownership::Owner(Rc::new(lock)),
            Claim::Elsewhere => Ownership::Elsewhere,
        });
    });
}

/// The exam page for one bank and link.
#[component]
pub fn ExamPage(props: &ExamPageProps) -> Html {
    let lock_name = storage::key(props.bank.id().as_str(), SESSION_RECORD);
    let ownership = use_state(|| Ownership::Asking);
    {
        let ownership = ownership.clone();
        let lock_name = lock_name.clone();
        use_effect_with((), move |_| ask(lock_name, false, ownership));
    }
    let take_over = {
        let ownership = ownership.clone();
        Callback::from(move |_| ask(lock_name.clone(), true, ownership.clone()))
    };
    match &*ownership {
        Ownership::Asking => html! { <p role="status">{ "Opening the exam…" }</p> },
        Ownership::Owner(lock) => html! {
            // Keyed by the lock, so taking the exam back re-reads what the other tab saved.
            <OwnedExam key={ format!("{:p}", Rc::as_ptr(lock)) } bank={ props.bank.clone() } query={ props.query.clone() } />
        },
        Ownership::Elsewhere => html! {
            <div class="notice" role="alert">
                <p>{ "This exam is open in another tab or window. To go on here instead, take it over: the other one will stop saving and say so." }</p>
                <p><button type="button" class="primary" onclick={ take_over }>{ "Take over the exam here" }</button></p>
            </div>
        },
        Ownership::Lost => html! {
            <div class="notice" role="alert">
                <p>{ "This exam was taken over in another tab or window, so this page has stopped saving it. Nothing you did here is lost: it was saved before the other tab took over." }</p>
                <p><button type="button" class="primary" onclick={ take_over }>{ "Take the exam back" }</button></p>
            </div>
        },
    }
}
