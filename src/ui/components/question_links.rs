//! A question's outward links: where to read more, and where to report a problem with it.

use yew::prelude::*;

use crate::engine::bank::{Bank, Question, Reference};
use crate::ui::messages::Msg;
use crate::ui::text::use_text;

/// The reference links of a question, opening in a new tab.
pub fn references(references: &[Reference]) -> Html {
    if references.is_empty() {
        return html! {};
    }
    html! { <References references={ references.to_vec() } /> }
}

#[derive(Properties, PartialEq)]
struct ReferencesProps {
    references: Vec<Reference>,
}

/// [`references`] in the interface's language.
#[component]
fn References(props: &ReferencesProps) -> Html {
    let text = use_text();
    html! {
        <div class="references">
            <h4>{ text.get(Msg::CommonReadMore) }</h4>
            <ul>{ for props.references.iter().map(|r| html! {
                <li><a href={ r.url().to_owned() } target="_blank" rel="noopener noreferrer">{ r.title() }</a></li>
            }) }</ul>
        </div>
    }
}

/// "Report a problem with this question", where the bank gives a report address.
pub fn report_problem(bank: &Bank, question: &Question) -> Html {
    match bank.report_address(question) {
        Some(href) => html! { <ReportProblem href={ AttrValue::from(href) } /> },
        None => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct ReportProblemProps {
    href: AttrValue,
}

/// [`report_problem`] in the interface's language.
#[component]
fn ReportProblem(props: &ReportProblemProps) -> Html {
    let text = use_text();
    html! {
        <p class="report-problem">
            <a href={ props.href.clone() } target="_blank" rel="noopener noreferrer">{ text.get(Msg::CommonReportProblem) }</a>
        </p>
    }
}
