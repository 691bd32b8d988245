//! The results page's review: every question with the candidate's answer, the right one and why,
//! filtered to the wrong, flagged or unanswered ones on request.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::{Bank, Choice, Question};
use crate::engine::results::{Outcome, QuestionResult, Results};
use crate::engine::session::{Session, Slot};
use crate::ui::components::bank_language::TextLanguage;
use crate::ui::components::markup_view;
use crate::ui::components::{references, report_problem};
use crate::ui::labels::confidence_label;
use crate::ui::text::{Texts, use_text};

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub results: Rc<Results>,
}

/// Which questions the review shows.
#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Wrong,
    Flagged,
    Unanswered,
}

impl Filter {
    fn shows(self, q: &QuestionResult) -> bool {
        match self {
            Filter::All => true,
            Filter::Wrong => q.outcome == Outcome::Wrong,
            Filter::Flagged => q.flagged,
            Filter::Unanswered => q.outcome == Outcome::Unanswered,
        }
    }
}

/// The filter buttons and the questions they let through.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let filter = use_state(|| Filter::All);
    let ui = use_text();
    let results = &props.results;
    let filter_button = |f: Filter, label: &str, count: usize| {
        let pressed = *filter == f;
        let onclick = {
            let filter = filter.clone();
            Callback::from(move |_: MouseEvent| filter.set(f))
        };
        html! {
            <button type="button" aria-pressed={ pressed.to_string() } { onclick }>
                { format!("{label} ({count})") }
            </button>
        }
    };
    let items = results
        .questions
        .iter()
        .filter(|q| filter.shows(q))
        .filter_map(|q| review_item(&ui, &props.bank, &props.session, q));
    html! {
        <>
            <h3>{ "Review" }</h3>
            <div class="filters" role="group" aria-label="Show questions">
                { filter_button(Filter::All, "All", results.total) }
                { filter_button(Filter::Wrong, "Wrong", results.wrong) }
                { filter_button(Filter::Flagged, "Flagged", results.flagged) }
                { filter_button(Filter::Unanswered, "Unanswered", results.unanswered) }
            </div>
            <ol class="review">{ for items }</ol>
        </>
    }
}

/// One question as answered: the prompt, each choice marked right or yours, and the explanation.
fn review_item(ui: &Texts, bank: &Bank, session: &Session, q: &QuestionResult) -> Option<Html> {
    let question = bank.question(&q.question_id)?;
    let slot = &session.slots()[q.index];
    let (status, class) = match q.outcome {
        Outcome::Correct => ("✓ Correct", "right"),
        Outcome::Wrong => ("✗ Wrong", "wrong"),
        Outcome::Unanswered => ("– Unanswered", "unanswered"),
    };
    let text = TextLanguage::of(bank.language());
    let TextLanguage { lang, dir } = text.clone();
    let heading_id = format!("review-{}", q.index);
    Some(html! {
        <li key={ q.index }>
            <article class={ classes!("review-item", class) } aria-labelledby={ heading_id.clone() }>
                <h3 id={ heading_id }>{ format!("Question {}: {status}{}", q.index + 1, if q.flagged { ", flagged" } else { "" }) }</h3>
                if let Some(confidence) = q.confidence { <p class="said-confidence">{ format!("You said: {}.", confidence_label(ui, confidence)) }</p> }
                <div class="prompt" lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::blocks(question.prompt()) }</div>
                <ul class="review-choices">
                    { for slot.choice_order().iter().filter_map(|id| question.choice(id)).map(|c| review_choice(question, slot, c, &text)) }
                </ul>
                <div class="explanation" {lang} {dir}>{ markup_view::blocks(question.explanation()) }</div>
                { references(question.references()) }
                { report_problem(bank, question) }
            </article>
        </li>
    })
}

/// One choice in the review, tagged as the right answer, the candidate's, or both.
fn review_choice(question: &Question, slot: &Slot, choice: &Choice, text: &TextLanguage) -> Html {
    let TextLanguage { lang, dir } = text.clone();
    let yours = slot.is_selected(choice.id());
    let right = question.is_correct_choice(choice.id());
    let mut tags = Vec::new();
    if right {
        tags.push("✓ right answer");
    }
    if yours {
        tags.push("your answer");
    }
    html! {
        <li class={ classes!(right.then_some("right"), (yours && !right).then_some("wrong")) }>
            <span lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::inlines(choice.text()) }</span>
            if !tags.is_empty() { <strong class="tag">{ format!(" ({})", tags.join(", ")) }</strong> }
            if let Some(why) = choice.explanation() { <div class="choice-reason" {lang} {dir}>{ markup_view::blocks(why) }</div> }
        </li>
    }
}
