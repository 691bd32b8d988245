//! The bank page's attempt history: the list, a small score-over-time chart, and a way to clear
//! it (the history itself is kept by `stores::history`).

use yew::prelude::*;

use crate::engine::history::{Attempt, History};
use crate::ui::labels::mode_name;
use crate::ui::messages::Msg;
use crate::ui::stores::history as history_store;
use crate::ui::stores::saved::Loaded;
use crate::ui::text::{Texts, use_text};

/// The scores over time as a line, oldest on the left, 0 % at the bottom and 100 % at the top.
fn score_chart(text: &Texts, attempts: &[Attempt]) -> Html {
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
        <svg class="history-chart" viewBox={ format!("-4 -4 {} {}", width + 8.0, height + 8.0) } role="img" aria-label={ text.attr(Msg::BankHistoryChartLabel) }>
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
            <h2 id="history-heading">{ text.get(Msg::BankHistoryHeading) }</h2>
            if let Some(notice) = notice { <p role="status" class="notice">{ notice.describe(&text) }</p> }
            if attempts.len() > 1 { { score_chart(&text, attempts) } }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ text.get(Msg::BankHistoryCaption) }</caption>
                <thead><tr><th scope="col">{ text.get(Msg::BankHistoryDate) }</th><th scope="col">{ text.get(Msg::BankMode) }</th>
                    <th scope="col">{ text.get(Msg::BankHistoryScore) }</th><th scope="col">{ text.get(Msg::BankHistoryResult) }</th></tr></thead>
                <tbody>{ for attempts.iter().map(|a| html! {
                    <tr>
                        <td>{ text.date_time(a.started_at_ms as f64) }</td>
                        <td>{ mode_name(&text, a.mode) }</td>
                        <td>{ text.get(Msg::BankHistoryScoreValue {
                            percent: text.percent(a.percent() / 100.0).into(),
                            correct: a.correct.into(),
                            total: a.total.into(),
                        }) }</td>
                        <td>{ text.get(if a.passed { Msg::BankHistoryPassed } else { Msg::BankHistoryFailed }) }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <button type="button" onclick={ clear }>{ text.get(Msg::BankHistoryClear) }</button>
        </section>
    }
}
