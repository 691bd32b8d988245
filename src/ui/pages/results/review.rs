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
use crate::ui::messages::Msg;
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
    let filter_button = |f: Filter, label: Msg| {
        let pressed = *filter == f;
        let onclick = {
            let filter = filter.clone();
            Callback::from(move |_: MouseEvent| filter.set(f))
        };
        html! {
            <button type="button" aria-pressed={ pressed.to_string() } { onclick }>
                { ui.get(label) }
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
            <h3>{ ui.get(Msg::ResultsReviewHeading) }</h3>
            <div class="filters" role="group" aria-label={ ui.attr(Msg::ResultsReviewFilters) }>
                { filter_button(Filter::All, Msg::ResultsFilterAll { count: results.total.into() }) }
                { filter_button(Filter::Wrong, Msg::ResultsFilterWrong { count: results.wrong.into() }) }
                { filter_button(Filter::Flagged, Msg::ResultsFilterFlagged { count: results.flagged.into() }) }
                { filter_button(Filter::Unanswered, Msg::ResultsFilterUnanswered { count: results.unanswered.into() }) }
            </div>
            <ol class="review">{ for items }</ol>
        </>
    }
}

/// One question as answered: the prompt, each choice marked right or yours, and the explanation.
fn review_item(ui: &Texts, bank: &Bank, session: &Session, q: &QuestionResult) -> Option<Html> {
    let question = bank.question(&q.question_id)?;
    let slot = &session.slots()[q.index];
    let number = (q.index + 1).into();
    let (heading, class) = match (q.outcome, q.flagged) {
        (Outcome::Correct, false) => (Msg::ResultsItemCorrect { number }, "right"),
        (Outcome::Correct, true) => (Msg::ResultsItemCorrectFlagged { number }, "right"),
        (Outcome::Wrong, false) => (Msg::ResultsItemWrong { number }, "wrong"),
        (Outcome::Wrong, true) => (Msg::ResultsItemWrongFlagged { number }, "wrong"),
        (Outcome::Unanswered, false) => (Msg::ResultsItemUnanswered { number }, "unanswered"),
        (Outcome::Unanswered, true) => (Msg::ResultsItemUnansweredFlagged { number }, "unanswered"),
    };
    let text = TextLanguage::of(bank.language());
    let TextLanguage { lang, dir } = text.clone();
    let heading_id = format!("review-{}", q.index);
    Some(html! {
        <li key={ q.index }>
            <article class={ classes!("review-item", class) } aria-labelledby={ heading_id.clone() }>
                <h3 id={ heading_id }>{ ui.get(heading) }</h3>
                if let Some(confidence) = q.confidence { <p class="said-confidence">{ ui.get(Msg::ResultsSaidConfidence { confidence: confidence_label(ui, confidence).into() }) }</p> }
                <div class="prompt" lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::blocks(question.prompt()) }</div>
                <ul class="review-choices">
                    { for slot.choice_order().iter().filter_map(|id| question.choice(id)).map(|c| review_choice(ui, question, slot, c, &text)) }
                </ul>
                { own_marks(ui, slot, &text) }
                <div class="explanation" {lang} {dir}>{ markup_view::blocks(question.explanation()) }</div>
                { references(question.references()) }
                { report_problem(bank, question) }
            </article>
        </li>
    })
}

/// One choice in the review, tagged as the right answer, the candidate's, or both.
fn review_choice(
    ui: &Texts,
    question: &Question,
    slot: &Slot,
    choice: &Choice,
    text: &TextLanguage,
) -> Html {
    let TextLanguage { lang, dir } = text.clone();
    let yours = slot.is_selected(choice.id());
    let right = question.is_correct_choice(choice.id());
    let tag = match (right, yours) {
        (true, true) => Some(Msg::ResultsChoiceRightAndYours),
        (true, false) => Some(Msg::ResultsChoiceRight),
        (false, true) => Some(Msg::ResultsChoiceYours),
        (false, false) => None,
    };
    html! {
        <li class={ classes!(right.then_some("right"), (yours && !right).then_some("wrong")) }>
            <span lang={ lang.clone() } dir={ dir.clone() }>{ markup_view::inlines(choice.text()) }</span>
            if let Some(tag) = tag { <strong class="tag">{ format!(" {}", ui.get(tag)) }</strong> }
            if slot.is_struck(choice.id()) { <span class="tag struck-tag">{ format!(" {}", ui.get(Msg::ResultsChoiceRuledOut)) }</span> }
            if let Some(why) = choice.explanation() { <div class="choice-reason" {lang} {dir}>{ markup_view::blocks(why) }</div> }
        </li>
    }
}

/// What the candidate marked on the question for themselves: the passages they highlighted and
/// their note.
fn own_marks(ui: &Texts, slot: &Slot, text: &TextLanguage) -> Html {
    let TextLanguage { lang, dir } = text.clone();
    let highlights = slot.highlights();
    html! {
        <>
            if !highlights.is_empty() {
                <div class="your-highlights">
                    <p><strong>{ ui.get(Msg::ResultsYourHighlights) }</strong></p>
                    <ul>{ for highlights.iter().map(|h| html! { <li><mark lang={ lang.clone() } dir={ dir.clone() }>{ h.text.clone() }</mark></li> }) }</ul>
                </div>
            }
            if !slot.note().is_empty() {
                <div class="your-note">
                    <p><strong>{ ui.get(Msg::ResultsYourNote) }</strong></p>
                    <p class="note-text">{ slot.note().to_owned() }</p>
                </div>
            }
        </>
    }
}
