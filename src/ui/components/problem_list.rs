//! A list of problems or warnings, as every page that reads a file reports them.

use yew::prelude::*;

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
