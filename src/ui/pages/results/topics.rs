//! The results page's table of correct answers per topic, each with its bar.

use yew::prelude::*;

use crate::ui::messages::Msg;
use crate::ui::text::Texts;

use crate::engine::results::Results;
use crate::ui::components::percent_bar;

/// Correct answers per topic, under its heading.
pub fn topic_table(text: &Texts, results: &Results) -> Html {
    html! {
        <>
            <h3>{ text.get(Msg::ResultsTopicsHeading) }</h3>
            <div class="table-scroll"><table class="topic-table">
                <caption>{ text.get(Msg::ResultsTopicsCaption) }</caption>
                <thead><tr><th scope="col">{ text.get(Msg::ResultsTopicsTopic) }</th><th scope="col">{ text.get(Msg::ResultsTopicsCorrect) }</th><th scope="col">{ text.get(Msg::ResultsTopicsScore) }</th></tr></thead>
                <tbody>
                    { for results.per_topic.iter().map(|t| html! {
                        <tr><th scope="row">{ t.topic.clone() }</th><td>{ text.get(Msg::ResultsTopicsCorrectOf { correct: t.correct.into(), total: t.total.into() }) }</td><td>{ percent_bar(text, t.percent() / 100.0, None) }</td></tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}
