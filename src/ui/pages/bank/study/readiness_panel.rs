//! "Am I ready?": the chance of passing the bank's default exam with its 80 % band, per-topic
//! mastery with a way to practise each topic, and how it was worked out. Silent (but for what
//! is still needed) until there is enough evidence.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::deep_link::{DrawSetting, ExamLink, TimeLimit};
use crate::engine::readiness::{
    DRAWS, MIN_FIRST_ANSWERS, MIN_FIRST_ANSWERS_PER_TOPIC, Readiness, TopicMastery,
};
use crate::engine::review::ReviewBook;
use crate::engine::session::Mode;
use crate::ui::components::{percent, percent_bar};
use crate::ui::labels::{verdict_class, verdict_label};
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::text::{Texts, use_text};

/// The simulation's seed: fixed, so the same evidence always reads the same.
const SEED: u64 = 20_261_123;

#[derive(Properties, PartialEq)]
pub struct ReadinessPanelProps {
    pub bank: Rc<Bank>,
    pub book: Rc<ReviewBook>,
}

/// A chance in words that never rounds a real chance to a certainty: "under 1 %", "about 35 %".
fn chance(text: &Texts, x: f64) -> String {
    let p = x * 100.0;
    text.get(if p > 0.0 && p < 0.5 {
        Msg::BankReadinessChanceUnder {
            percent: text.percent(0.01).into(),
        }
    } else if (99.5..100.0).contains(&p) {
        Msg::BankReadinessChanceOver {
            percent: text.percent(0.99).into(),
        }
    } else {
        Msg::BankReadinessChanceAbout {
            percent: text.percent(x).into(),
        }
    })
}

fn practise_topic_href(bank: &Bank, topic: &str) -> String {
    Route::Exam {
        bank: bank.id().clone(),
        link: ExamLink {
            mode: Some(Mode::Practice),
            count: Some(10),
            topics: vec![topic.to_owned()],
            time: Some(TimeLimit::Unlimited),
            draw: Some(DrawSetting::Unseen),
            ..ExamLink::default()
        },
    }
    .href()
}

fn topic_row(text: &Texts, bank: &Bank, topic: &TopicMastery) -> Html {
    html! {
        <tr>
            <th scope="row">{ topic.topic.clone() }</th>
            <td>{ text.get(Msg::BankReadinessRightOf { right: topic.first_right.into(), answers: topic.first_answers.into() }) }</td>
            <td>
                // With no first answer yet, a topic's mastery is only borrowed from the other
                // topics, which would read as learnt; the cell says there is nothing to go on.
                if topic.first_answers == 0 {
                    { text.get(Msg::BankReadinessNoAnswers) }
                } else {
                    { percent_bar(text, topic.mastery, Some(text.get(Msg::BankReadinessMasteryBar { percent: percent(text, topic.mastery).into() }))) }
                }
            </td>
            <td>{ text.number(topic.on_exam as f64) }</td>
            <td><a href={ practise_topic_href(bank, &topic.topic) } aria-label={ text.attr(Msg::BankReadinessPractiseTopicLabel { topic: topic.topic.clone().into() }) }>{ text.get(Msg::BankReadinessPractiseTopic) }</a></td>
        </tr>
    }
}

#[component]
pub fn ReadinessPanel(props: &ReadinessPanelProps) -> Html {
    let readiness = use_memo((props.bank.clone(), props.book.clone()), |(bank, book)| {
        Readiness::of(bank, &book.first_answers_by_topic(bank), SEED)
    });
    let bank = &props.bank;
    let text = use_text();
    let summary = match &readiness.estimate {
        None => {
            let thin: Vec<&str> = readiness
                .topics
                .iter()
                .filter(|t| !t.enough)
                .map(|t| t.topic.as_str())
                .collect();
            html! {
                <p class="readiness-waiting">
                    { text.get(Msg::BankReadinessWaiting {
                        needed: MIN_FIRST_ANSWERS.min(bank.questions().len()).into(),
                        have: readiness.first_answers.into(),
                        per_topic: MIN_FIRST_ANSWERS_PER_TOPIC.into(),
                    }) }
                    // A sentence of its own after the first, hence the space.
                    if !thin.is_empty() { { format!(" {}", text.get(Msg::BankReadinessThinTopics { topics: thin.join(", ").into() })) } }
                </p>
            }
        }
        Some(estimate) => html! {
            <p class={ classes!("readiness-verdict", verdict_class(estimate.verdict)) }>
                <strong>{ verdict_label(&text, estimate.verdict) }</strong>
                { text.get(Msg::BankReadinessChance {
                    questions: estimate.exam_questions.into(),
                    needed: estimate.right_needed.into(),
                    chance: chance(&text, estimate.probability).into(),
                    band: percent(&text, 0.8).into(),
                    low: percent(&text, estimate.low).into(),
                    high: percent(&text, estimate.high).into(),
                }) }
            </p>
        },
    };
    // Keys the method's message selects on, not words.
    let weights = if bank.has_topic_weights() {
        "topic-weights"
    } else {
        "question-shares"
    };
    html! {
        <div class="readiness" role="group" aria-labelledby="readiness-heading">
            <h3 id="readiness-heading">{ text.get(Msg::BankReadinessHeading) }</h3>
            { summary }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ text.get(Msg::BankReadinessCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ text.get(Msg::BankReadinessTopic) }</th><th scope="col">{ text.get(Msg::BankReadinessFirstRight) }</th>
                    <th scope="col">{ text.get(Msg::BankReadinessMastery) }</th><th scope="col">{ text.get(Msg::BankReadinessOnExam) }</th>
                    <th scope="col">{ text.get(Msg::BankReadinessPractice) }</th>
                </tr></thead>
                <tbody>{ for readiness.topics.iter().map(|t| topic_row(&text, bank, t)) }</tbody>
            </table></div>
            <details>
                <summary>{ text.get(Msg::BankReadinessMethodHeading) }</summary>
                <p>{ text.get(Msg::BankReadinessMethod {
                    draws: DRAWS.into(),
                    // "unknown": a key the message selects on, for the pass mark in words.
                    needed: readiness
                        .estimate
                        .map_or_else(|| "unknown".to_owned(), |e| text.number(e.right_needed as f64))
                        .into(),
                    questions: bank.default_question_count().into(),
                    weights: weights.into(),
                    band: percent(&text, 0.8).into(),
                    even: percent(&text, 0.5).into(),
                }) }</p>
            </details>
        </div>
    }
}
