//! The bank page's notice of an exam in progress for this bank, with a link to resume it.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::deep_link::ExamLink;
use crate::engine::session::Session;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::text::use_text;
use crate::web::storage::{self, Record};

#[derive(Properties, PartialEq)]
pub struct ResumeNoticeProps {
    pub bank: Rc<Bank>,
}

/// Says an exam is in progress and links to it; nothing when there is none.
#[component]
pub fn ResumeNotice(props: &ResumeNoticeProps) -> Html {
    let text = use_text();
    // Read once per page: the set-up form re-renders on every change and need not touch storage.
    let running = use_state(|| {
        storage::read(&storage::key(props.bank.id().as_str(), Record::Session))
            .ok()
            .flatten()
            .and_then(|json| Session::restore(&json, &props.bank).ok())
            .filter(|s| !s.is_finished())
    });
    let Some(session) = &*running else {
        return html! {};
    };
    let resume = Route::Exam {
        bank: props.bank.id().clone(),
        link: ExamLink {
            seed: Some(session.seed()),
            ..ExamLink::default()
        },
    };
    html! {
        <div class="notice" role="status">
            <p>{ text.get(Msg::BankResumeInProgress { count: session.slots().len().into() }) }</p>
            <a class="button" href={ resume.href() }>{ text.get(Msg::BankResumeButton) }</a>
        </div>
    }
}
