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
fn chance(x: f64) -> String {
    let p = x * 100.0;
    if p > 0.0 && p < 0.5 {
        "under 1 %".to_owned()
    } else if (99.5..100.0).contains(&p) {
        "over 99 %".to_owned()
    } else {
        format!("about {p:.0} %")
    }
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
            <td>{ format!("{} of {}", topic.first_right, topic.first_answers) }</td>
            <td>
                // With no first answer yet, a topic's mastery is only borrowed from the other
                // topics, which would read as learnt; the cell says there is nothing to go on.
                if topic.first_answers == 0 {
                    { "No answers yet" }
                } else {
                    { percent_bar(text, topic.mastery, Some(format!("Mastery {}", percent(text, topic.mastery)))) }
                }
            </td>
            <td>{ topic.on_exam }</td>
            <td><a href={ practise_topic_href(bank, &topic.topic) } aria-label={ format!("Practise this topic: {}", topic.topic) }>{ "Practise this topic" }</a></td>
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
                    { format!(
                        "Not enough evidence yet. This estimate reads only your first answer to each question, so it needs at least {} such answers (you have {}), including at least {} in every topic.",
                        MIN_FIRST_ANSWERS.min(bank.questions().len()), readiness.first_answers, MIN_FIRST_ANSWERS_PER_TOPIC
                    ) }
                    if !thin.is_empty() { { format!(" Topics that need more: {}.", thin.join(", ")) } }
                </p>
            }
        }
        Some(estimate) => html! {
            <p class={ classes!("readiness-verdict", verdict_class(estimate.verdict)) }>
                <strong>{ verdict_label(&text, estimate.verdict) }</strong>
                { format!(
                    ": your chance of passing the {}-question exam ({} right needed) is {} (80 % band: {} to {}).",
                    estimate.exam_questions, estimate.right_needed, chance(estimate.probability),
                    percent(&text, estimate.low), percent(&text, estimate.high)
                ) }
            </p>
        },
    };
    let weights_source = if bank.has_topic_weights() {
        "the bank's topic weights"
    } else {
        "each topic's share of the bank's questions"
    };
    html! {
        <div class="readiness" role="group" aria-labelledby="readiness-heading">
            <h3 id="readiness-heading">{ "Am I ready?" }</h3>
            { summary }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ "Mastery by topic, from first answers" }</caption>
                <thead><tr>
                    <th scope="col">{ "Topic" }</th><th scope="col">{ "First answers right" }</th>
                    <th scope="col">{ "Mastery" }</th><th scope="col">{ "Questions on the exam" }</th><th scope="col">{ "Practice" }</th>
                </tr></thead>
                <tbody>{ for readiness.topics.iter().map(|t| topic_row(&text, bank, t)) }</tbody>
            </table></div>
            <details>
                <summary>{ "How this is worked out" }</summary>
                <p>{ format!(
                    "Only your first answer to each question counts: retries and reviews would flatter you. Each topic's chance of a right answer is estimated from your first answers in it, pulled towards your overall level by as much as your topics are seen to differ from each other (a topic with few answers leans more on the others). The app then imagines {DRAWS} candidates whose topic chances are drawn from what your answers allow, works out exactly how likely each is to get at least {} of the exam's {} questions right when they are spread over the topics by {weights_source}, and reports the average, with the middle 80 % of those chances as the band. Tried on thousands of simulated candidates, the band held the true chance for 8 in 10 of them. \"Likely\" means even the low end of the band is at least 50 %; \"Not yet\" means even the high end is below it; otherwise it is borderline.",
                    readiness.estimate.map_or_else(|| "the pass mark".to_owned(), |e| e.right_needed.to_string()),
                    bank.default_question_count()
                ) }</p>
            </details>
        </div>
    }
}
