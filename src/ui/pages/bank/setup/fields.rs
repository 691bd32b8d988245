//! The exam set-up form's fields, each with its handlers. The values are the words exam links
//! use, read by the same parsers.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::form::{Form, edit};
use crate::engine::bank::Bank;
use crate::engine::deep_link::{
    TimeLimit, accommodation_setting, parse_accommodation, scaled_minutes,
};
use crate::engine::session::{Accommodation, ESL_EXTRA_MINUTES, Mode};
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// The time limits offered besides the default, in minutes.
const MINUTES: [u32; 6] = [10, 20, 30, 45, 60, 90];

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// Practice or exam.
pub fn mode_field(text: &Texts, form: &UseStateHandle<Form>) -> Html {
    let to_practice = edit(form, |f, _: Event| f.set_mode(Mode::Practice));
    let to_exam = edit(form, |f, _: Event| f.set_mode(Mode::Exam));
    html! {
        <fieldset>
            <legend>{ text.get(Msg::BankMode) }</legend>
            <div><input type="radio" id="mode-practice" name="mode" value="practice" checked={ form.mode == Mode::Practice }
                onchange={ to_practice } />
                <label for="mode-practice">{ text.get(Msg::BankSetupModePractice) }</label></div>
            <div><input type="radio" id="mode-exam" name="mode" value="exam" checked={ form.mode == Mode::Exam }
                onchange={ to_exam } />
                <label for="mode-exam">{ text.get(Msg::BankSetupModeExam) }</label></div>
        </fieldset>
    }
}

/// How many questions, from one to all of the bank's.
pub fn count_field(text: &Texts, form: &UseStateHandle<Form>, total: usize) -> Html {
    let count = form.count.min(total);
    let set_count = edit(form, |f, e: Event| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        f.count = value.parse().unwrap_or(f.count).max(1);
    });
    html! {
        <div class="field">
            <label for="count">{ text.get(Msg::BankSetupCount { total: total.into() }) }</label>
            <input type="number" id="count" min="1" max={ total.to_string() } value={ count.to_string() }
                onchange={ set_count } />
        </div>
    }
}

/// The time limit: the default for the count, a fixed number of minutes, or (in practice) none.
pub fn time_field(text: &Texts, form: &UseStateHandle<Form>, bank: &Bank) -> Html {
    let count = form.count.min(bank.questions().len());
    let default_minutes = scaled_minutes(bank, count);
    let set_time = edit(form, |f, e: Event| {
        f.time = TimeLimit::parse(&select_value(&e))
    });
    html! {
        <div class="field">
            <label for="time">{ text.get(Msg::BankSetupTimeLimit) }</label>
            <select id="time" onchange={ set_time }>
                <option value="default" selected={ form.time.is_none() }>{ text.get(Msg::BankSetupTimeDefault { minutes: default_minutes.into(), count: count.into() }) }</option>
                { for MINUTES.iter().map(|m| html! {
                    <option value={ TimeLimit::Minutes(*m).as_setting() } selected={ form.time == Some(TimeLimit::Minutes(*m)) }>{ text.get(Msg::BankSetupTimeMinutes { minutes: (*m).into() }) }</option>
                }) }
                if form.mode == Mode::Practice {
                    <option value={ TimeLimit::Unlimited.as_setting() } selected={ form.time == Some(TimeLimit::Unlimited) }>{ text.get(Msg::BankSetupTimeNone) }</option>
                }
            </select>
        </div>
    }
}

/// The words the set-up form offers an accommodation with.
fn accommodation_label(accommodation: Accommodation) -> Msg {
    match accommodation {
        Accommodation::Standard => Msg::BankSetupAccommodationStandard,
        Accommodation::Extended150 => Msg::BankSetupAccommodationExtended {
            factor: 1.5_f64.into(),
        },
        Accommodation::Extended200 => Msg::BankSetupAccommodationExtended {
            factor: 2_u32.into(),
        },
        Accommodation::Esl30 => Msg::BankSetupAccommodationEsl {
            minutes: ESL_EXTRA_MINUTES.into(),
        },
        Accommodation::Untimed => Msg::BankSetupAccommodationUntimed,
    }
}

/// Extra time for candidates who are granted it: every accommodation the engine knows.
pub fn accommodation_field(text: &Texts, form: &UseStateHandle<Form>) -> Html {
    let set_extra = edit(form, |f, e: Event| {
        f.accommodation = parse_accommodation(&select_value(&e)).unwrap_or_default();
    });
    html! {
        <div class="field">
            <label for="extra">{ text.get(Msg::BankSetupAccommodation) }</label>
            <select id="extra" onchange={ set_extra }>
                { for Accommodation::ALL.into_iter().map(|accommodation| html! {
                    <option value={ accommodation_setting(accommodation) } selected={ form.accommodation == accommodation }>{ text.get(accommodation_label(accommodation)) }</option>
                }) }
            </select>
        </div>
    }
}

/// A checkbox per topic; the chosen topics stay in the bank's order.
pub fn topics_field(text: &Texts, form: &UseStateHandle<Form>, bank: &Bank) -> Html {
    let boxes = bank.topics().iter().enumerate().map(|(i, topic)| {
        let checked = form.topics.contains(topic);
        let onchange = {
            let topic = topic.clone();
            let all = bank.topics().to_vec();
            edit(form, move |f, e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                f.topics = all
                    .iter()
                    .filter(|t| if **t == topic { on } else { f.topics.contains(t) })
                    .cloned()
                    .collect();
            })
        };
        let id = format!("topic-{i}");
        html! { <li><input type="checkbox" id={ id.clone() } checked={ checked } onchange={ onchange } /><label for={ id }>{ topic.clone() }</label></li> }
    });
    html! {
        <fieldset>
            <legend>{ text.get(Msg::BankSetupTopics) }</legend>
            <ul class="topic-choices">{ for boxes }</ul>
        </fieldset>
    }
}

/// Whether to shuffle, and whether questions not yet answered come first.
pub fn order_fields(text: &Texts, form: &UseStateHandle<Form>) -> Html {
    let toggle_shuffle = edit(form, |f, _: Event| f.shuffle = !f.shuffle);
    let toggle_unseen_first = edit(form, |f, _: Event| f.unseen_first = !f.unseen_first);
    html! {
        <>
            <div class="field">
                <input type="checkbox" id="shuffle" checked={ form.shuffle } onchange={ toggle_shuffle } />
                <label for="shuffle">{ text.get(Msg::BankSetupShuffle) }</label>
            </div>
            <div class="field">
                <input type="checkbox" id="unseen-first" checked={ form.unseen_first } onchange={ toggle_unseen_first } />
                <label for="unseen-first">{ text.get(Msg::BankSetupUnseenFirst) }</label>
            </div>
        </>
    }
}
