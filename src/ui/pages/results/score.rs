//! The top of the results page: the score against the pass mark and the figures behind it.

use yew::prelude::*;

use crate::engine::results::Results;
use crate::engine::session::{Accommodation, FinishReason};

fn minutes_and_seconds(ms: u64) -> String {
    let s = ms / 1000;
    format!("{} min {:02} s", s / 60, s % 60)
}

/// What extra time the candidate had, when they had any.
fn accommodation_note(accommodation: Accommodation) -> Option<&'static str> {
    match accommodation {
        Accommodation::Standard => None,
        Accommodation::Extended150 => Some("Extended time (1.5×) was used."),
        Accommodation::Extended200 => Some("Extended time (2×) was used."),
        Accommodation::Untimed => Some("The exam was taken untimed."),
    }
}

/// The score, pass or fail, the counts, the time used and any accommodation.
pub fn score(results: &Results) -> Html {
    let verdict = if results.passed { "PASS" } else { "FAIL" };
    html! {
        <>
            if results.finish_reason == Some(FinishReason::TimeRanOut) {
                <p class="notice" role="status">{ "Time ran out: the exam was submitted automatically." }</p>
            }
            <p class={ classes!("score", if results.passed { "pass" } else { "fail" }) }>
                <span class="score-figure">{ format!("{:.0} %", results.percent()) }</span>
                { " " }<strong>{ verdict }</strong>
                { " " }<span class="pass-mark">{ format!("(pass mark {} %)", results.pass_mark.percent()) }</span>
            </p>
            <dl class="figures">
                <div><dt>{ "Correct" }</dt><dd>{ results.correct }</dd></div>
                <div><dt>{ "Wrong" }</dt><dd>{ results.wrong }</dd></div>
                <div><dt>{ "Unanswered" }</dt><dd>{ results.unanswered }</dd></div>
                <div><dt>{ "Flagged" }</dt><dd>{ results.flagged }</dd></div>
                <div><dt>{ "Time used" }</dt><dd>{ minutes_and_seconds(results.time_used_ms) }</dd></div>
            </dl>
            if let Some(note) = accommodation_note(results.accommodation) { <p>{ note }</p> }
        </>
    }
}
