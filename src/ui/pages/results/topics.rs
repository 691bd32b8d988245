//! The results page's table of correct answers per topic, each with its bar.

use yew::prelude::*;

use crate::ui::text::Texts;

use crate::engine::results::Results;
use crate::ui::components::percent_bar;

/// Correct answers per topic, under its heading.
pub fn topic_table(text: &Texts, results: &Results) -> Html {
    html! {
        <>
            <h3>{ "By topic" }</h3>
            <div class="table-scroll"><table class="topic-table">
                <caption>{ "Correct answers per topic" }</caption>
                <thead><tr><th scope="col">{ "Topic" }</th><th scope="col">{ "Correct" }</th><th scope="col">{ "Score" }</th></tr></thead>
                <tbody>
                    { for results.per_topic.iter().map(|t| html! {
                        <tr><th scope="row">{ t.topic.clone() }</th><td>{ format!("{} of {}", t.correct, t.total) }</td><td>{ percent_bar(text, t.percent() / 100.0, None) }</td></tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}
