//! A question's outward links: where to read more, and where to report a problem with it.

use yew::prelude::*;

use crate::engine::bank::{Bank, Question, Reference};

/// The reference links of a question, opening in a new tab.
pub fn references(references: &[Reference]) -> Html {
    if references.is_empty() {
        return html! {};
    }
    html! {
        <div class="references">
            <h4>{ "Read more" }</h4>
            <ul>{ for references.iter().map(|r| html! {
                <li><a href={ r.url().to_owned() } target="_blank" rel="noopener noreferrer">{ r.title() }</a></li>
            }) }</ul>
        </div>
    }
}

/// "Report a problem with this question", where the bank gives a report address.
pub fn report_problem(bank: &Bank, question: &Question) -> Html {
    match bank.report_address(question) {
        Some(href) => html! {
            <p class="report-problem">
                <a {href} target="_blank" rel="noopener noreferrer">{ "Report a problem with this question" }</a>
            </p>
        },
        None => html! {},
    }
}
