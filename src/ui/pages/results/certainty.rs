//! The results page's certainty section: the certainty-based score, and the questions answered
//! sure but wrong or right by a guess, each linking to its review item.

use yew::prelude::*;

use crate::engine::results::{QuestionResult, Results};

/// How sure the candidate was, when they said so for any question; nothing otherwise.
pub fn certainty(results: &Results) -> Html {
    let Some(certainty) = &results.certainty else {
        return html! {};
    };
    html! {
        <section class="certainty" aria-labelledby="certainty-heading">
            <h3 id="certainty-heading">{ "How sure you were" }</h3>
            <p>{ format!(
                "Certainty-based score: {} of a possible {} ({:.2} a question, on a scale from −6 to 3). Sure and right earns 3, sure and wrong costs 6; unsure earns 2 or costs 2; a guess earns 1 or nothing. Questions with no confidence count as guesses. Your exam score above is unchanged.",
                certainty.marks, certainty.best, certainty.average()
            ) }</p>
            { question_links("Sure but wrong", "Misconceptions: these come first in your next review.", results.sure_but_wrong()) }
            { question_links("Right, but guessed", "Luck, not yet knowledge: these come back sooner than the answers you were sure of.", results.right_but_guessed()) }
        </section>
    }
}

/// A list of questions linking to their review items, under a heading; nothing when empty.
fn question_links<'a>(
    heading: &str,
    why: &str,
    questions: impl Iterator<Item = &'a QuestionResult>,
) -> Html {
    let items: Vec<Html> = questions
        .map(|q| {
            html! { <li><a href={ format!("#review-{}", q.index) } onclick={ jump_to(q.index) }>{ format!("Question {}", q.index + 1) }</a></li> }
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="certainty-list">
            <h4>{ format!("{heading} ({})", items.len()) }</h4>
            <p>{ why }</p>
            <ul>{ for items }</ul>
        </div>
    }
}

/// The page's address is the route, so an in-page link scrolls and moves focus by hand.
fn jump_to(index: usize) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&format!("review-{index}")));
        if let Some(heading) = target {
            heading.scroll_into_view();
            let _ = heading.set_attribute("tabindex", "-1");
            if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                let _ = heading.focus();
            }
        }
    })
}
