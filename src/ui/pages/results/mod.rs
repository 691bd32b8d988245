//! The results page: score against the pass mark, per-topic bars with a table, and a full review.

mod actions;
mod certainty;
mod review;
mod score;
mod topics;

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::messages::Msg;
use crate::ui::text::use_text;

use crate::engine::bank::Bank;
use crate::engine::results::Results;
use crate::engine::session::Session;
use actions::ResultActions;
use certainty::certainty;
use review::Review;
use score::score;
use topics::topic_table;

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    /// The session's results, worked out once when it finished.
    pub results: Rc<Results>,
    pub now_ms: u64,
}

/// Scores and reviews a finished session.
#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let text = use_text();
    let results = &props.results;
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{ text.get(Msg::ResultsHeading) }</h2>
            { score(&text, results) }
            { certainty(&text, results) }
            { topic_table(&text, results) }
            <ResultActions bank={ props.bank.clone() } session={ props.session.clone() } results={ results.clone() } now_ms={ props.now_ms } />
            <Review bank={ props.bank.clone() } session={ props.session.clone() } results={ results.clone() } />
        </section>
    }
}
