//! "Submit your answers?": the questions still unanswered or flagged, each a way back.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SubmitPanelProps {
    /// Positions (0-based) of the questions with no answer.
    pub unanswered: Vec<usize>,
    /// Positions (0-based) of the questions flagged for review.
    pub flagged: Vec<usize>,
    pub on_go: Callback<usize>,
    pub on_submit: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The confirmation before submitting, with a way back to each question left open.
#[component]
pub fn SubmitPanel(props: &SubmitPanelProps) -> Html {
    let list = |title: &str, items: &[usize]| {
        if items.is_empty() {
            return html! {};
        }
        let links = items.iter().map(|&i| {
            let go = props.on_go.reform(move |_: MouseEvent| i);
            html! {
                <li><button type="button" class="link-button" onclick={ go }>{ format!("Go to question {}", i + 1) }</button></li>
            }
        });
        html! {
            <div><h3>{ format!("{title} ({})", items.len()) }</h3>
            <ul class="jump-list">{ for links }</ul></div>
        }
    };
    let submit = props.on_submit.reform(|_: MouseEvent| ());
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let all_done = props.unanswered.is_empty() && props.flagged.is_empty();
    html! {
        <section class="confirm" role="region" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading" tabindex="-1">{ "Submit your answers?" }</h2>
            <p>{ if all_done { "Every question is answered and none is flagged." } else { "You can still go back to these questions:" } }</p>
            { list("Unanswered", &props.unanswered) }
            { list("Flagged for review", &props.flagged) }
            <div class="actions">
                <button type="button" class="primary" onclick={ submit }>{ "Submit now" }</button>
                <button type="button" onclick={ cancel }>{ "Keep working" }</button>
            </div>
        </section>
    }
}
