//! "Submit your answers?": the questions still unanswered or flagged, each a way back.

use yew::prelude::*;

use crate::ui::messages::Msg;
use crate::ui::text::use_text;

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
    let text = use_text();
    let list = |title: fn(usize) -> Msg, items: &[usize]| {
        if items.is_empty() {
            return html! {};
        }
        let links = items.iter().map(|&i| {
            let go = props.on_go.reform(move |_: MouseEvent| i);
            html! {
                <li><button type="button" class="link-button" onclick={ go }>{ text.get(Msg::ExamGoToQuestion { number: (i + 1).into() }) }</button></li>
            }
        });
        html! {
            <div><h3>{ text.get(title(items.len())) }</h3>
            <ul class="jump-list">{ for links }</ul></div>
        }
    };
    let submit = props.on_submit.reform(|_: MouseEvent| ());
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let all_done = props.unanswered.is_empty() && props.flagged.is_empty();
    html! {
        <section class="confirm" role="region" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading" tabindex="-1">{ text.get(Msg::ExamConfirmHeading) }</h2>
            <p>{ text.get(if all_done { Msg::ExamConfirmAllDone } else { Msg::ExamConfirmGoBack }) }</p>
            { list(|count| Msg::ExamUnansweredCount { count: count.into() }, &props.unanswered) }
            { list(|count| Msg::ExamFlaggedCount { count: count.into() }, &props.flagged) }
            <div class="actions">
                <button type="button" class="primary" onclick={ submit }>{ text.get(Msg::ExamSubmitNow) }</button>
                <button type="button" onclick={ cancel }>{ text.get(Msg::ExamKeepWorking) }</button>
            </div>
        </section>
    }
}
