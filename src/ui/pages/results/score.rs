//! The top of the results page: the score against the pass mark and the figures behind it.

use yew::prelude::*;

use crate::engine::results::Results;
use crate::engine::session::{Accommodation, ESL_EXTRA_MINUTES, FinishReason};
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

fn minutes_and_seconds(text: &Texts, ms: u64) -> String {
    let s = ms / 1000;
    let seconds = s % 60;
    // Two digits, in the language's own digits: "05".
    let seconds = if seconds < 10 {
        format!("{}{}", text.number(0.0), text.number(seconds as f64))
    } else {
        text.number(seconds as f64)
    };
    text.get(Msg::ResultsTimeUsed {
        minutes: (s / 60).into(),
        seconds: seconds.into(),
    })
}

/// What extra time the candidate had, when they had any.
fn accommodation_note(text: &Texts, accommodation: Accommodation) -> Option<String> {
    let note = match accommodation {
        Accommodation::Standard => return None,
        Accommodation::Extended150 => Msg::ResultsExtendedTime150,
        Accommodation::Extended200 => Msg::ResultsExtendedTime200,
        Accommodation::Esl30 => Msg::ResultsExtraTimeEsl {
            minutes: ESL_EXTRA_MINUTES.into(),
        },
        Accommodation::Untimed => Msg::ResultsUntimed,
    };
    Some(text.get(note))
}

/// The score, pass or fail, the counts, the time used and any accommodation.
pub fn score(text: &Texts, results: &Results) -> Html {
    let verdict = text.get(if results.passed {
        Msg::ResultsPass
    } else {
        Msg::ResultsFail
    });
    let pass_mark = text.percent(f64::from(results.pass_mark.percent()) / 100.0);
    html! {
        <>
            if results.finish_reason == Some(FinishReason::TimeRanOut) {
                <p class="notice" role="status">{ text.get(Msg::ResultsTimeRanOut) }</p>
            }
            <p class={ classes!("score", if results.passed { "pass" } else { "fail" }) }>
                <span class="score-figure">{ text.percent(results.percent() / 100.0) }</span>
                { " " }<strong>{ verdict }</strong>
                { " " }<span class="pass-mark">{ text.get(Msg::ResultsPassMark { percent: pass_mark.into() }) }</span>
            </p>
            <dl class="figures">
                <div><dt>{ text.get(Msg::ResultsFigureCorrect) }</dt><dd>{ results.correct }</dd></div>
                <div><dt>{ text.get(Msg::ResultsFigureWrong) }</dt><dd>{ results.wrong }</dd></div>
                <div><dt>{ text.get(Msg::ResultsFigureUnanswered) }</dt><dd>{ results.unanswered }</dd></div>
                <div><dt>{ text.get(Msg::ResultsFigureFlagged) }</dt><dd>{ results.flagged }</dd></div>
                <div><dt>{ text.get(Msg::ResultsFigureTimeUsed) }</dt><dd>{ minutes_and_seconds(text, results.time_used_ms) }</dd></div>
            </dl>
            if let Some(note) = accommodation_note(text, results.accommodation) { <p>{ note }</p> }
        </>
    }
}
