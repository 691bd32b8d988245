//! A bank's attempt history: the list, a small score-over-time chart, and a way to clear it.

use yew::prelude::*;

use crate::engine::history::{Attempt, History};
use crate::engine::session::Mode;
use crate::web::storage::{self, Record};

/// A bank's saved history as read, with what to tell the candidate about it.
#[derive(Clone, PartialEq)]
pub struct Loaded {
    pub history: History,
    pub notice: Option<String>,
    /// False when unreadable history could not be set aside and is still in its record:
    /// writing there would destroy it.
    pub writable: bool,
}

/// Reads a bank's history; unreadable data is moved aside and reported, never thrown away.
pub fn load(bank_id: &str) -> Loaded {
    let key = storage::key(bank_id, Record::History);
    let fresh = |notice: Option<String>, writable: bool| Loaded {
        history: History::default(),
        notice,
        writable,
    };
    match storage::read(&key) {
        Ok(None) => fresh(None, true),
        Ok(Some(json)) => match History::from_json(&json) {
            Ok(history) => Loaded {
                history,
                notice: None,
                writable: true,
            },
            Err(problem) => match storage::set_aside(bank_id, Record::History, &json) {
                storage::SetAside::Moved => fresh(
                    Some(format!(
                        "Saved attempt history could not be read and was set aside ({problem})."
                    )),
                    true,
                ),
                storage::SetAside::LeftInPlace(why) => fresh(
                    Some(format!(
                        "Saved attempt history could not be read ({problem}) or set aside ({why}); it is left as it was, and new attempts are not added to it."
                    )),
                    false,
                ),
            },
        },
        Err(problem) => fresh(
            Some(format!("Attempt history is unavailable ({problem}).")),
            true,
        ),
    }
}

/// Adds one attempt to a bank's saved history.
pub fn record(bank_id: &str, attempt: Attempt) -> Result<(), String> {
    let Loaded {
        mut history,
        writable,
        ..
    } = load(bank_id);
    if !writable {
        return Err("the saved history could not be read, and is kept as it was".to_owned());
    }
    if history.record(attempt) {
        storage::write(&storage::key(bank_id, Record::History), &history.to_json())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

#[derive(Properties, PartialEq)]
pub struct HistoryViewProps {
    pub bank_id: String,
}

/// The list and chart of past attempts for one bank.
#[component]
pub fn HistoryView(props: &HistoryViewProps) -> Html {
    // Loading may set damaged history aside, which writes to storage: it happens in an effect,
    // since rendering writes nothing.
    let loaded = use_state(|| None::<Loaded>);
    {
        let loaded = loaded.clone();
        let bank_id = props.bank_id.clone();
        use_effect_with(bank_id, move |bank_id| loaded.set(Some(load(bank_id))));
    }
    let Some(Loaded {
        history, notice, ..
    }) = &*loaded
    else {
        return html! {};
    };
    let clear = {
        let loaded = loaded.clone();
        let key = storage::key(&props.bank_id, Record::History);
        Callback::from(move |_| {
            let _ = storage::remove(&key);
            loaded.set(Some(Loaded {
                history: History::default(),
                notice: None,
                writable: true,
            }));
        })
    };
    let attempts = history.attempts();
    if attempts.is_empty() && notice.is_none() {
        return html! {};
    }
    let width = 300.0;
    let height = 80.0;
    let step = if attempts.len() > 1 {
        width / (attempts.len() - 1) as f64
    } else {
        0.0
    };
    let points: Vec<String> = attempts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            format!(
                "{:.1},{:.1}",
                i as f64 * step,
                height - a.percent() * height / 100.0
            )
        })
        .collect();
    html! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ "Your attempts" }</h2>
            if let Some(notice) = notice { <p role="status" class="notice">{ notice.clone() }</p> }
            if attempts.len() > 1 {
                <svg class="history-chart" viewBox={ format!("-4 -4 {} {}", width + 8.0, height + 8.0) } role="img" aria-label="Score over time">
                    <polyline points={ points.join(" ") } />
                </svg>
            }
            <table class="topic-table">
                <caption>{ "Past attempts, oldest first" }</caption>
                <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Mode" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Result" }</th></tr></thead>
                <tbody>{ for attempts.iter().map(|a| html! {
                    <tr>
                        <td>{ date(a.started_at_ms) }</td>
                        <td>{ if a.mode == Mode::Practice { "Practice" } else { "Exam" } }</td>
                        <td>{ format!("{:.0} % ({} of {})", a.percent(), a.correct, a.total) }</td>
                        <td>{ if a.passed { "PASS" } else { "FAIL" } }</td>
                    </tr>
                }) }</tbody>
            </table>
            <button type="button" onclick={ clear }>{ "Clear history" }</button>
        </section>
    }
}
