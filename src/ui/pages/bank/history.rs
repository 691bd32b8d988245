//! The bank page's attempt history: the list, a small score-over-time chart, and a way to clear
//! it (the history itself is kept by `stores::history`).

use yew::prelude::*;

use crate::engine::history::{Attempt, History};
use crate::ui::labels::mode_name;
use crate::ui::stores::history as history_store;
use crate::ui::stores::saved::Loaded;
use crate::ui::text::use_text;

fn date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

/// The scores over time as a line, oldest on the left, 0 % at the bottom and 100 % at the top.
fn score_chart(attempts: &[Attempt]) -> Html {
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
        <svg class="history-chart" viewBox={ format!("-4 -4 {} {}", width + 8.0, height + 8.0) } role="img" aria-label="Score over time">
            <polyline points={ points.join(" ") } />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct HistoryViewProps {
    pub bank_id: String,
    /// Bumped when saved progress changed under the page (a progress file was loaded).
    #[prop_or_default]
    pub version: u32,
}

/// The list and chart of past attempts for one bank.
#[component]
pub fn HistoryView(props: &HistoryViewProps) -> Html {
    let text = use_text();
    // Loading may set damaged history aside, which writes to storage: it happens in an effect,
    // since rendering writes nothing.
    let loaded = use_state(|| None::<Loaded<History>>);
    {
        let loaded = loaded.clone();
        let bank_id = props.bank_id.clone();
        use_effect_with((bank_id, props.version), move |(bank_id, _)| {
            loaded.set(Some(history_store::load(bank_id)))
        });
    }
    let Some(Loaded {
        value: history,
        notice,
        ..
    }) = &*loaded
    else {
        return html! {};
    };
    let clear = {
        let loaded = loaded.clone();
        let bank_id = props.bank_id.clone();
        Callback::from(move |_| {
            history_store::clear(&bank_id);
            loaded.set(Some(Loaded {
                value: History::default(),
                notice: None,
                writable: true,
            }));
        })
    };
    let attempts = history.attempts();
    if attempts.is_empty() && notice.is_none() {
        return html! {};
    }
    html! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ "Your attempts" }</h2>
            if let Some(notice) = notice { <p role="status" class="notice">{ text.get(notice.clone()) }</p> }
            if attempts.len() > 1 { { score_chart(attempts) } }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ "Past attempts, oldest first" }</caption>
                <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Mode" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Result" }</th></tr></thead>
                <tbody>{ for attempts.iter().map(|a| html! {
                    <tr>
                        <td>{ date(a.started_at_ms) }</td>
                        <td>{ mode_name(&text, a.mode) }</td>
                        <td>{ format!("{:.0} % ({} of {})", a.percent(), a.correct, a.total) }</td>
                        <td>{ if a.passed { "PASS" } else { "FAIL" } }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <button type="button" onclick={ clear }>{ "Clear history" }</button>
        </section>
    }
}
