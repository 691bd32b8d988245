//! The bank page's exam set-up form: the candidate's choices, turned into an exam link on submit.

mod fields;
mod form;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::text::use_text;
use crate::web::storage::{self, Record};
use crate::web::{clock, location};
use fields::{
    accommodation_field, count_field, mode_field, order_fields, time_field, topics_field,
};
use form::Form;

#[derive(Properties, PartialEq)]
pub struct SetupFormProps {
    pub bank: Rc<Bank>,
}

/// The set-up form for one bank; starting goes to the exam its choices describe.
#[component]
pub fn SetupForm(props: &SetupFormProps) -> Html {
    let bank = &props.bank;
    let text = use_text();
    let form = use_state(|| Form::for_bank(bank));
    let start = {
        let form = form.clone();
        let bank = bank.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let link = form.link(&bank, clock::now_ms());
            // Starting afresh replaces any exam in progress for this bank.
            let _ = storage::remove(&storage::key(bank.id().as_str(), Record::Session));
            location::go(
                &Route::Exam {
                    bank: bank.id().clone(),
                    link,
                }
                .fragment(),
            );
        })
    };
    html! {
        <form class="setup" onsubmit={ start } aria-labelledby="setup-heading">
            <h2 id="setup-heading">{ text.get(Msg::BankSetupHeading) }</h2>
            { mode_field(&text, &form) }
            { count_field(&text, &form, bank.questions().len()) }
            { time_field(&text, &form, bank) }
            { accommodation_field(&text, &form) }
            { topics_field(&text, &form, bank) }
            { order_fields(&text, &form) }
            <button type="submit" class="primary" disabled={ form.topics.is_empty() }>{ text.get(Msg::BankSetupStart) }</button>
        </form>
    }
}
