//! The results page: score against the pass mark, per-topic bars with a table, and a full review.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::deep_link::{ExamLink, TimeLimit, seed_from_time};
use crate::engine::result_file::ResultFile;
use crate::engine::results::{Outcome, QuestionResult, Results};
use crate::engine::results_csv::results_csv;
use crate::engine::session::{Accommodation, FinishReason, Mode, Session};
use crate::ui::components::markup_view;
use crate::ui::components::{percent_bar, references, report_problem};
use crate::ui::labels::confidence_label;
use crate::ui::route::Route;
use crate::web::download;

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub bank: Rc<Bank>,
    pub session: Session,
    pub now_ms: u64,
}

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Wrong,
    Flagged,
    Unanswered,
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

fn minutes_and_seconds(ms: u64) -> String {
    let s = ms / 1000;
    format!("{} min {:02} s", s / 60, s % 60)
}

/// Scores and reviews a finished session.
#[component]
pub fn ResultsView(props: &ResultsViewProps) -> Html {
    let results = Results::of(&props.session, &props.bank, props.now_ms);
    let filter = use_state(|| Filter::All);
    let candidate = use_state(String::new);
    let download_problem = use_state(|| None::<String>);
    let bank = &props.bank;
    // Files are named by bank and start time, so a candidate's downloads never overwrite
    // each other.
    let file_stem = format!("{}-{}", bank.id(), props.session.started_at_ms());
    // The CSV is written when it is asked for, not on every render of the review.
    let download_csv = {
        let session = props.session.clone();
        let bank = bank.clone();
        let now_ms = props.now_ms;
        let name = format!("results-{file_stem}.csv");
        let problem = download_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let text = results_csv(&session, &bank, &Results::of(&session, &bank, now_ms));
            problem.set(download::save_text(&name, &text, "text/csv").err())
        })
    };
    let download_result_file = {
        let session = props.session.clone();
        let bank = bank.clone();
        let now_ms = props.now_ms;
        let candidate = candidate.clone();
        let name = format!("result-{file_stem}.json");
        let problem = download_problem.clone();
        Callback::from(move |_: MouseEvent| {
            let file = ResultFile::of(&session, &bank, Some(candidate.as_str()), now_ms);
            problem.set(download::save_text(&name, &file.to_json(), "application/json").err())
        })
    };
    let on_name = {
        let candidate = candidate.clone();
        Callback::from(move |e: InputEvent| {
            candidate.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };

    let missed = results.missed();
    let retry_href = {
        let link = ExamLink {
            mode: Some(props.session.mode()),
            count: Some(missed.len().max(1)),
            seed: Some(seed_from_time(props.now_ms)),
            time: (props.session.mode() == Mode::Practice).then_some(TimeLimit::Unlimited),
            only: missed.iter().map(ToString::to_string).collect(),
            ..ExamLink::default()
        };
        Route::Exam {
            bank: bank.id().clone(),
            link,
        }
        .href()
    };

    let verdict = if results.passed { "PASS" } else { "FAIL" };
    let accommodation = match results.accommodation {
        Accommodation::Standard => None,
        Accommodation::Extended150 => Some("Extended time (1.5×) was used."),
        Accommodation::Extended200 => Some("Extended time (2×) was used."),
        Accommodation::Untimed => Some("The exam was taken untimed."),
    };

    let filter_button = |f: Filter, label: &str, count: usize| {
        let filter = filter.clone();
        let pressed = *filter == f;
        html! {
            <button type="button" aria-pressed={ pressed.to_string() } onclick={ Callback::from(move |_| filter.set(f)) }>
                { format!("{label} ({count})") }
            </button>
        }
    };

    let review = results.questions.iter().filter(|q| match *filter {
        Filter::All => true,
        Filter::Wrong => q.outcome == Outcome::Wrong,
        Filter::Flagged => q.flagged,
        Filter::Unanswered => q.outcome == Outcome::Unanswered,
    }).filter_map(|q| {
        let question = bank.question(&q.question_id)?;
        let slot = &props.session.slots()[q.index];
        let status = match q.outcome {
            Outcome::Correct => "✓ Correct",
            Outcome::Wrong => "✗ Wrong",
            Outcome::Unanswered => "– Unanswered",
        };
        let heading_id = format!("review-{}", q.index);
        Some(html! {
            <li key={ q.index }>
                <article class={ classes!("review-item", match q.outcome { Outcome::Correct => "right", Outcome::Wrong => "wrong", Outcome::Unanswered => "unanswered" }) } aria-labelledby={ heading_id.clone() }>
                    <h3 id={ heading_id }>{ format!("Question {}: {status}{}", q.index + 1, if q.flagged { ", flagged" } else { "" }) }</h3>
                    if let Some(confidence) = q.confidence { <p class="said-confidence">{ format!("You said: {}.", confidence_label(confidence)) }</p> }
                    <div class="prompt">{ markup_view::blocks(question.prompt()) }</div>
                    <ul class="review-choices">
                        { for slot.choice_order().iter().filter_map(|id| question.choice(id)).map(|c| {
                            let yours = slot.is_selected(c.id());
                            let right = question.is_correct_choice(c.id());
                            let mut tags = Vec::new();
                            if right { tags.push("✓ right answer"); }
                            if yours { tags.push("your answer"); }
                            html! {
                                <li class={ classes!(right.then_some("right"), (yours && !right).then_some("wrong")) }>
                                    <span>{ markup_view::inlines(c.text()) }</span>
                                    if !tags.is_empty() { <strong class="tag">{ format!(" ({})", tags.join(", ")) }</strong> }
                                    if let Some(why) = c.explanation() { <div class="choice-reason">{ markup_view::blocks(why) }</div> }
                                </li>
                            }
                        }) }
                    </ul>
                    <div class="explanation">{ markup_view::blocks(question.explanation()) }</div>
                    { references(question.references()) }
                    { report_problem(bank, question) }
                </article>
            </li>
        })
    });

    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{ "Results" }</h2>
            if results.finish_reason == Some(FinishReason::TimeRanOut) {
                <p class="notice" role="status">{ "Time ran out: the exam was submitted automatically." }</p>
            }
            <p class={ classes!("score", if results.passed { "pass" } else { "fail" }) }>
                <span class="score-figure">{ format!("{:.0} %", results.percent()) }</span>
                { " " }<strong>{ verdict }</strong>
                { " " }<span class="pass-mark">{ format!("(pass mark {} %)", results.pass_mark.percent()) }</span>
            </p>
            <dl class="figures">
                <div><dt>{ "Correct" }</dt><dd>{ results.correct }</dd></div>
                <div><dt>{ "Wrong" }</dt><dd>{ results.wrong }</dd></div>
                <div><dt>{ "Unanswered" }</dt><dd>{ results.unanswered }</dd></div>
                <div><dt>{ "Flagged" }</dt><dd>{ results.flagged }</dd></div>
                <div><dt>{ "Time used" }</dt><dd>{ minutes_and_seconds(results.time_used_ms) }</dd></div>
            </dl>
            if let Some(note) = accommodation { <p>{ note }</p> }
            if let Some(certainty) = results.certainty {
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
            <h3>{ "By topic" }</h3>
            <div class="table-scroll"><table class="topic-table">
                <caption>{ "Correct answers per topic" }</caption>
                <thead><tr><th scope="col">{ "Topic" }</th><th scope="col">{ "Correct" }</th><th scope="col">{ "Score" }</th></tr></thead>
                <tbody>
                    { for results.per_topic.iter().map(|t| html! {
                        <tr><th scope="row">{ t.topic.clone() }</th><td>{ format!("{} of {}", t.correct, t.total) }</td><td>{ percent_bar(t.percent() / 100.0, None) }</td></tr>
                    }) }
                </tbody>
            </table></div>
            <div class="actions">
                if !missed.is_empty() {
                    <a class="button" href={ retry_href }>{ format!("Retry the {} I missed", missed.len()) }</a>
                }
                <a class="button" href={ Route::Bank(bank.id().clone()).href() }>{ "New exam" }</a>
                <button type="button" onclick={ download_csv }>{ "Download results (CSV)" }</button>
            </div>
            <div class="for-teacher field">
                <label for="candidate-name">{ "Your name, for your teacher (optional)" }</label>
                <input type="text" id="candidate-name" autocomplete="name" value={ (*candidate).clone() } oninput={ on_name } />
                <button type="button" onclick={ download_result_file }>{ "Download a result file for your teacher" }</button>
                <p class="hint">{ "The file holds your answers and times, not a score: your teacher's page grades it again." }</p>
            </div>
            if let Some(problem) = &*download_problem { <p role="alert" class="notice notice-error">{ format!("The file could not be saved: {problem}.") }</p> }
            <h3>{ "Review" }</h3>
            <div class="filters" role="group" aria-label="Show questions">
                { filter_button(Filter::All, "All", results.total) }
                { filter_button(Filter::Wrong, "Wrong", results.wrong) }
                { filter_button(Filter::Flagged, "Flagged", results.flagged) }
                { filter_button(Filter::Unanswered, "Unanswered", results.unanswered) }
            </div>
            <ol class="review">{ for review }</ol>
        </section>
    }
}
