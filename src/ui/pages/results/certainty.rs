//! The results page's certainty section: the certainty-based score, and the questions answered
//! sure but wrong or right by a guess, each linking to its review item.

use yew::prelude::*;

use crate::engine::results::{QuestionResult, Results};
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// How sure the candidate was, when they said so for any question; nothing otherwise.
pub fn certainty(text: &Texts, results: &Results) -> Html {
    let Some(certainty) = &results.certainty else {
        return html! {};
    };
    // Two decimals, as the language writes them.
    let average = text.hundredths(certainty.average());
    html! {
        <section class="certainty" aria-labelledby="certainty-heading">
            <h3 id="certainty-heading">{ text.get(Msg::ResultsCertaintyHeading) }</h3>
            <p>{ text.get(Msg::ResultsCertaintyScore {
                marks: certainty.marks.into(),
                best: certainty.best.into(),
                average: average.into(),
            }) }</p>
            { question_links(text, |count| Msg::ResultsSureButWrong { count: count.into() }, Msg::ResultsSureButWrongWhy, results.sure_but_wrong()) }
            { question_links(text, |count| Msg::ResultsRightButGuessed { count: count.into() }, Msg::ResultsRightButGuessedWhy, results.right_but_guessed()) }
        </section>
    }
}

/// A list of questions linking to their review items, under a heading (the message for how many
/// there are); nothing when empty.
fn question_links<'a>(
    text: &Texts,
    heading: impl Fn(usize) -> Msg,
    why: Msg,
    questions: impl Iterator<Item = &'a QuestionResult>,
) -> Html {
    let items: Vec<Html> = questions
        .map(|q| {
            html! { <li><a href={ format!("#review-{}", q.index) } onclick={ jump_to(q.index) }>{ text.get(Msg::ResultsQuestionLink { number: (q.index + 1).into() }) }</a></li> }
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="certainty-list">
            <h4>{ text.get(heading(items.len())) }</h4>
            <p>{ text.get(why) }</p>
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
