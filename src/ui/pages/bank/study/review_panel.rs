//! What is due for review, the one-click review session, and the candidate's exam date.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::calendar_date::CalendarDate;
use crate::engine::deep_link::{DrawSetting, ExamLink, TimeLimit, seed_from_time};
use crate::engine::review::ReviewBook;
use crate::engine::session::Mode;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::stores::review;
use crate::ui::text::use_text;

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    pub bank: Rc<Bank>,
    pub book: Rc<ReviewBook>,
    pub now_ms: u64,
    /// Told when the exam date was changed and saved.
    pub on_change: Callback<()>,
}

#[component]
pub fn ReviewPanel(props: &ReviewPanelProps) -> Html {
    let text = use_text();
    let problem = use_state(|| None::<String>);
    let bank = &props.bank;
    let book = &props.book;
    // Due, or missed last time (a miss comes back at once): what a review session asks.
    let queue = book.review_queue(bank, props.now_ms);
    let missed = queue
        .iter()
        .filter_map(|id| book.card(bank.question(id)?))
        .filter(|card| !card.last_right)
        .count();
    let next_due = bank
        .questions()
        .iter()
        .filter_map(|q| book.card(q))
        .map(|card| card.due_ms)
        .filter(|&due_ms| due_ms > props.now_ms)
        .min();

    let review_href = Route::Exam {
        bank: bank.id().clone(),
        link: ExamLink {
            mode: Some(Mode::Practice),
            count: Some(queue.len().max(1)),
            seed: Some(seed_from_time(props.now_ms)),
            time: Some(TimeLimit::Unlimited),
            draw: Some(DrawSetting::Review),
            ..ExamLink::default()
        },
    }
    .href();

    let set_date = {
        let bank_id = bank.id().to_string();
        let problem = problem.clone();
        let on_change = props.on_change.clone();
        let text = text.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let date = CalendarDate::parse(&value);
            match review::set_exam_date(&bank_id, date) {
                Ok(()) => {
                    problem.set(None);
                    on_change.emit(());
                }
                Err(why) => problem.set(Some(why.describe(&text))),
            }
        })
    };

    html! {
        <div class="review-due">
            <h3>{ text.get(Msg::BankReviewHeading) }</h3>
            if book.is_empty() {
                <p>{ text.get(Msg::BankReviewIntro) }</p>
            } else {
                <p class="due-count">
                    { text.get(Msg::BankReviewDue { count: queue.len().into() }) }
                    // A sentence of its own after the first, hence the space.
                    if missed > 0 { { format!(" {}", text.get(Msg::BankReviewMissed { count: missed.into() })) } }
                </p>
                if !queue.is_empty() {
                    <a class="button primary" href={ review_href }>{ text.get(Msg::BankReviewNow { count: queue.len().into() }) }</a>
                } else if let Some(at) = next_due {
                    <p>{ text.get(Msg::BankReviewNext { date: text.date(at as f64).into() }) }</p>
                }
            }
            <div class="field">
                <label for="exam-date">{ text.get(Msg::BankReviewExamDate) }</label>
                <input type="date" id="exam-date" value={ book.exam_date().map(|d| d.to_string()).unwrap_or_default() } onchange={ set_date } />
                if book.exam_date().is_some() { <p class="hint">{ text.get(Msg::BankReviewExamDateHint) }</p> }
            </div>
            if let Some(problem) = &*problem { <p role="alert" class="notice notice-error">{ text.get(Msg::BankReviewExamDateNotSaved { reason: problem.clone().into() }) }</p> }
        </div>
    }
}
