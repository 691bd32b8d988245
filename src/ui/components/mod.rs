//! View pieces shared by several pages: lists of problems, a question's links, percent bars, the
//! modes' names and focus moves.

pub mod bank_list;
pub mod markup_view;
pub mod site_notices;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::engine::bank::{Bank, Question, Reference};
use crate::engine::session::Mode;
use crate::web::frame;

/// A list of problems or warnings, each as `file:line: message` in code type. `label` names the
/// list for assistive technology ("Problems in week3.gift"); `class` is `errors` or `warnings`.
pub fn problem_list(class: &'static str, label: Option<String>, items: &[String]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <ul {class} aria-label={ label }>
            { for items.iter().map(|item| html! { <li><code>{ item.clone() }</code></li> }) }
        </ul>
    }
}

/// Moves focus to the element with this id, so screen readers read what just appeared; in the
/// next frame, so the click's own task stays short (see `frame::next`).
pub fn focus_element(id: &'static str) {
    frame::next(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

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

/// A share from 0 to 1 as a whole percent ("42 %").
pub fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// A share from 0 to 1 as a small horizontal bar (SVG, since the Content-Security-Policy allows
/// no inline styles), followed by its percent as text, the two kept on one line. `name` makes the
/// bar an image with that name; without one, the bar is hidden from assistive technology and the
/// text says it all.
pub fn percent_bar(share: f64, name: Option<String>) -> Html {
    let width = format!("{:.1}", share * 100.0);
    let (role, hidden) = match name {
        Some(_) => (Some("img"), None),
        None => (None, Some("true")),
    };
    html! {
        <span class="percent">
            <svg class="percent-bar" viewBox="0 0 100 10" preserveAspectRatio="none" {role}
                aria-label={ name } aria-hidden={ hidden }>
                <rect class="bar-track" x="0" y="0" width="100" height="10" />
                <rect class="bar" x="0" y="0" {width} height="10" />
            </svg>
            { format!(" {}", percent(share)) }
        </span>
    }
}

/// A mode's name as pages show it.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "Practice",
        Mode::Exam => "Exam",
    }
}
