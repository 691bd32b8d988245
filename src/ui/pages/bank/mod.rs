//! A bank's page: its description and the exam set-up form, which produces an exam link.

mod history;
pub mod study;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::deep_link::{
    DrawSetting, ExamLink, TimeLimit, accommodation_setting, mode_setting, parse_accommodation,
    parse_mode, scaled_minutes, seed_from_time,
};
use crate::engine::session::{Accommodation, Mode, Session};
use crate::ui::components::markup_view;
use crate::ui::route::Route;
use crate::web::storage::{self, Record};
use crate::web::{clock, location};
use history::HistoryView;
use study::{ProgressFile, StudyPanel};

#[derive(Properties, PartialEq)]
pub struct BankPageProps {
    pub bank: Rc<Bank>,
}

#[derive(Clone, PartialEq)]
struct Form {
    mode: Mode,
    count: usize,
    /// `None`: the default for the count.
    time: Option<TimeLimit>,
    topics: Vec<String>,
    shuffle: bool,
    /// Questions not yet answered in this browser first.
    unseen_first: bool,
    accommodation: Accommodation,
}

/// The set-up form for one bank.
#[component]
pub fn BankPage(props: &BankPageProps) -> Html {
    let bank = props.bank.clone();
    let form = use_state(|| Form {
        mode: Mode::Practice,
        count: bank.default_question_count(),
        time: None,
        topics: bank.topics().to_vec(),
        shuffle: bank.shuffle(),
        unseen_first: true,
        accommodation: Accommodation::Standard,
    });
    // Bumped when a progress file is loaded, so the history and study sections read again.
    let version = use_state(|| 0u32);
    let on_progress_loaded = {
        let version = version.clone();
        Callback::from(move |()| version.set(*version + 1))
    };
    let key = storage::key(bank.id().as_str(), Record::Session);
    // Read once per page: the form re-renders on every change and need not touch storage.
    let running = use_state(|| {
        storage::read(&key)
            .ok()
            .flatten()
            .and_then(|json| Session::restore(&json, &bank).ok())
            .filter(|s| !s.is_finished())
    });

    let update = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            f(&mut next, value);
            form.set(next);
        })
    };
    let from_select = |cb: Callback<String>| {
        Callback::from(move |e: Event| {
            cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    // The form's values are the words exam links use, read by the same parsers.
    let set_mode = update(|f, v| {
        f.mode = parse_mode(&v).unwrap_or(Mode::Practice);
        if f.mode == Mode::Exam && f.time == Some(TimeLimit::Unlimited) {
            f.time = None;
        }
    });
    let set_count = update(|f, v| f.count = v.parse().unwrap_or(f.count).max(1));
    let set_minutes = update(|f, v| f.time = TimeLimit::parse(&v));
    let set_extra = update(|f, v| f.accommodation = parse_accommodation(&v).unwrap_or_default());

    let total = bank.questions().len();
    let count = form.count.min(total);
    let default_minutes = scaled_minutes(&bank, count);

    let start = {
        let form = form.clone();
        let bank = bank.clone();
        let key = key.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let topics = if form.topics.len() == bank.topics().len() {
                Vec::new()
            } else {
                form.topics.clone()
            };
            let link = ExamLink {
                mode: Some(form.mode),
                count: Some(form.count.min(bank.questions().len())),
                seed: Some(seed_from_time(clock::now_ms())),
                topics,
                shuffle: Some(form.shuffle),
                time: form.time,
                accommodation: (form.accommodation != Accommodation::Standard)
                    .then_some(form.accommodation),
                only: Vec::new(),
                draw: form.unseen_first.then_some(DrawSetting::Unseen),
            };
            // Starting afresh replaces any exam in progress for this bank.
            let _ = storage::remove(&key);
            location::go(
                &Route::Exam {
                    bank: bank.id().clone(),
                    link,
                }
                .fragment(),
            );
        })
    };

    let topic_boxes = bank.topics().iter().enumerate().map(|(i, topic)| {
        let checked = form.topics.contains(topic);
        let onchange = {
            let form = form.clone();
            let topic = topic.clone();
            let all = bank.topics().to_vec();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                let mut next = (*form).clone();
                next.topics = all.iter().filter(|t| if **t == topic { on } else { next.topics.contains(t) }).cloned().collect();
                form.set(next);
            })
        };
        let id = format!("topic-{i}");
        html! { <li><input type="checkbox" id={ id.clone() } checked={ checked } onchange={ onchange } /><label for={ id }>{ topic.clone() }</label></li> }
    });

    html! {
        <section class="bank-page" aria-labelledby="bank-heading">
            <p><a href={ Route::Home.href() }>{ "← All question banks" }</a></p>
            <h1 id="bank-heading">{ bank.title() }</h1>
            <div class="description">{ markup_view::blocks(bank.description()) }</div>
            if let Some(date) = bank.facts_checked() {
                <p class="facts-checked">{ format!("Facts last checked against their sources on {date}.") }</p>
            }
            if let Some(session) = &*running {
                <div class="notice" role="status">
                    <p>{ format!("You have an exam in progress ({} questions).", session.slots().len()) }</p>
                    <a class="button" href={ Route::Exam { bank: bank.id().clone(), link: ExamLink { seed: Some(session.seed()), ..ExamLink::default() } }.href() }>{ "Resume exam" }</a>
                </div>
            }
            <StudyPanel bank={ bank.clone() } version={ *version } />
            <HistoryView bank_id={ bank.id().to_string() } version={ *version } />
            <form class="setup" onsubmit={ start } aria-labelledby="setup-heading">
                <h2 id="setup-heading">{ "Set up your exam" }</h2>
                <fieldset>
                    <legend>{ "Mode" }</legend>
                    <div><input type="radio" id="mode-practice" name="mode" value="practice" checked={ form.mode == Mode::Practice }
                        onchange={ { let cb = set_mode.clone(); Callback::from(move |_| cb.emit(mode_setting(Mode::Practice).into())) } } />
                        <label for="mode-practice">{ "Practice: each answer is checked at once" }</label></div>
                    <div><input type="radio" id="mode-exam" name="mode" value="exam" checked={ form.mode == Mode::Exam }
                        onchange={ { let cb = set_mode.clone(); Callback::from(move |_| cb.emit(mode_setting(Mode::Exam).into())) } } />
                        <label for="mode-exam">{ "Exam: timed, feedback at the end" }</label></div>
                </fieldset>
                <div class="field">
                    <label for="count">{ format!("Number of questions (1 to {total})") }</label>
                    <input type="number" id="count" min="1" max={ total.to_string() } value={ count.to_string() }
                        onchange={ { let cb = set_count.clone(); Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())) } } />
                </div>
                <div class="field">
                    <label for="time">{ "Time limit" }</label>
                    <select id="time" onchange={ from_select(set_minutes) }>
                        <option value="default" selected={ form.time.is_none() }>{ format!("{default_minutes} minutes (default for {count} questions)") }</option>
                        { for [10u32, 20, 30, 45, 60, 90].iter().map(|m| html! {
                            <option value={ TimeLimit::Minutes(*m).as_setting() } selected={ form.time == Some(TimeLimit::Minutes(*m)) }>{ format!("{m} minutes") }</option>
                        }) }
                        if form.mode == Mode::Practice {
                            <option value={ TimeLimit::Unlimited.as_setting() } selected={ form.time == Some(TimeLimit::Unlimited) }>{ "No limit" }</option>
                        }
                    </select>
                </div>
                <div class="field">
                    <label for="extra">{ "Time accommodation" }</label>
                    <select id="extra" onchange={ from_select(set_extra) }>
                        <option value={ accommodation_setting(Accommodation::Standard) } selected={ form.accommodation == Accommodation::Standard }>{ "Standard time" }</option>
                        <option value={ accommodation_setting(Accommodation::Extended150) } selected={ form.accommodation == Accommodation::Extended150 }>{ "Extended time (1.5×)" }</option>
                        <option value={ accommodation_setting(Accommodation::Extended200) } selected={ form.accommodation == Accommodation::Extended200 }>{ "Extended time (2×)" }</option>
                        <option value={ accommodation_setting(Accommodation::Untimed) } selected={ form.accommodation == Accommodation::Untimed }>{ "Untimed" }</option>
                    </select>
                </div>
                <fieldset>
                    <legend>{ "Topics to include" }</legend>
                    <ul class="topic-choices">{ for topic_boxes }</ul>
                </fieldset>
                <div class="field">
                    <input type="checkbox" id="shuffle" checked={ form.shuffle }
                        onchange={ { let form = form.clone(); Callback::from(move |_| { let mut f = (*form).clone(); f.shuffle = !f.shuffle; form.set(f); }) } } />
                    <label for="shuffle">{ "Shuffle questions and choices" }</label>
                </div>
                <div class="field">
                    <input type="checkbox" id="unseen-first" checked={ form.unseen_first }
                        onchange={ { let form = form.clone(); Callback::from(move |_| { let mut f = (*form).clone(); f.unseen_first = !f.unseen_first; form.set(f); }) } } />
                    <label for="unseen-first">{ "Questions I have not answered yet first" }</label>
                </div>
                <button type="submit" class="primary" disabled={ form.topics.is_empty() }>{ "Start exam" }</button>
            </form>
            <ProgressFile on_loaded={ on_progress_loaded } />
        </section>
    }
}
