//! The teachers' Class results page: many result files at once, graded again against their
//! bank, with each candidate's score, per-question statistics and CSV downloads.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::class_results::ClassResults;
use crate::engine::result_file::ResultFile;
use crate::ui::components::problem_list;
use crate::ui::route::Route;
use crate::web::{download, file};

#[derive(Properties, PartialEq)]
pub struct ClassResultsProps {
    /// Every bank this page can grade against: the site's and those kept in this browser.
    pub banks: Rc<Vec<Rc<Bank>>>,
}

/// The files read, grouped by the bank they name.
#[derive(Clone, PartialEq, Default)]
struct Read {
    by_bank: BTreeMap<String, Vec<(String, String)>>,
    problems: Vec<String>,
}

fn csv_button(label: &str, file_name: String, text: String) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        let _ = download::save_text(&file_name, &text, "text/csv");
    });
    html! { <button type="button" {onclick}>{ label.to_owned() }</button> }
}

fn bank_section(bank: &Bank, class: &ClassResults) -> Html {
    let heading_id = format!("class-{}", bank.id());
    let question_rows = class.questions.iter().map(|q| {
        let question = bank.question(&q.question);
        let prompt = question.map(|q| q.prompt().plain_text()).unwrap_or_default();
        let wrong = q.most_chosen_wrong.as_ref().and_then(|(id, n)| {
            Some(format!("{} ({n})", question?.choice(id)?.text().plain_text()))
        });
        html! {
            <tr>
                <th scope="row"><span class="question-id">{ q.question.to_string() }</span>{ " " }<span class="prompt-start">{ prompt.chars().take(80).collect::<String>() }</span></th>
                <td>{ q.topic.clone() }</td>
                <td>{ format!("{} of {}", q.right, q.asked) }</td>
                <td>{ format!("{:.0} %", q.share_right() * 100.0) }</td>
                <td>{ q.point_biserial.map_or("–".to_owned(), |r| format!("{r:.2}")) }</td>
                <td>{ wrong.unwrap_or_else(|| "–".to_owned()) }</td>
            </tr>
        }
    });
    html! {
        <section class="class-bank" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ bank.title() }</h2>
            if !class.left_out.is_empty() {
                <div role="alert" class="notice notice-error">
                    { problem_list("errors", Some("Files left out:".to_owned()), &class.left_out) }
                </div>
            }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ format!("Candidates ({}), graded again against the bank", class.candidates.len()) }</caption>
                <thead><tr><th scope="col">{ "Candidate" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Result" }</th><th scope="col">{ "Time used" }</th></tr></thead>
                <tbody>{ for class.candidates.iter().map(|c| html! {
                    <tr>
                        <th scope="row">{ c.name.clone() }</th>
                        <td>{ format!("{:.0} % ({} of {})", c.percent(), c.correct, c.total) }</td>
                        <td>{ if c.passed { "PASS" } else { "FAIL" } }</td>
                        <td>{ format!("{} min", c.time_used_ms / 60_000) }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <div class="table-scroll"><table class="topic-table">
                <caption>{ "Questions: share right, discrimination (point-biserial: how well the question separates stronger from weaker candidates), and the wrong choice picked most" }</caption>
                <thead><tr>
                    <th scope="col">{ "Question" }</th><th scope="col">{ "Topic" }</th><th scope="col">{ "Right" }</th>
                    <th scope="col">{ "Share right" }</th><th scope="col">{ "Discrimination" }</th><th scope="col">{ "Most chosen wrong choice" }</th>
                </tr></thead>
                <tbody>{ for question_rows }</tbody>
            </table></div>
            <div class="actions">
                { csv_button("Download scores (CSV)", format!("{}-scores.csv", bank.id()), class.scores_csv()) }
                { csv_button("Download question statistics (CSV)", format!("{}-questions.csv", bank.id()), class.questions_csv(bank)) }
            </div>
        </section>
    }
}

/// Reads the picked files and groups them by the bank they name; what cannot be read is a
/// problem of its own, and the other files still count.
async fn read_result_files(picked: Vec<web_sys::File>) -> Read {
    let mut out = Read::default();
    for f in picked {
        let name = f.name();
        let text = match file::read_bytes(&f).await.map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Ok(Err(_)) => {
                out.problems
                    .push(format!("{name}: not a result file (it is not UTF-8 text)"));
                continue;
            }
            Err(why) => {
                out.problems.push(format!("{name}: {why}"));
                continue;
            }
        };
        match ResultFile::bank_of(&name, &text) {
            Ok(bank) => out.by_bank.entry(bank).or_default().push((name, text)),
            Err(why) => out.problems.push(why),
        }
    }
    out
}

/// The files read, graded bank by bank; files for a bank this page lacks join the problems.
fn graded(read: &Read, banks: &[Rc<Bank>]) -> Html {
    let mut problems = read.problems.clone();
    let sections: Vec<Html> = read
        .by_bank
        .iter()
        .filter_map(|(id, files)| {
            let Some(bank) = banks.iter().find(|b| b.id().as_str() == id) else {
                problems.extend(files.iter().map(|(name, _)| {
                    format!("{name}: a result for bank \"{id}\", which this site does not have; open that bank first")
                }));
                return None;
            };
            Some(bank_section(bank, &ClassResults::of(bank, files)))
        })
        .collect();
    html! {
        <>
            if !problems.is_empty() {
                <div role="alert" class="notice notice-error">{ problem_list("errors", Some("Files that could not be used:".to_owned()), &problems) }</div>
            }
            { for sections }
        </>
    }
}

/// The result files picked so far, graded against their banks.
#[component]
pub fn ClassResultsPage(props: &ClassResultsProps) -> Html {
    let read = use_state(|| None::<Read>);
    let on_files = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let picked = file::files(input.files());
            input.set_value("");
            let read = read.clone();
            wasm_bindgen_futures::spawn_local(async move {
                read.set(Some(read_result_files(picked).await));
            });
        })
    };
    let sections = read.as_ref().map(|read| graded(read, &props.banks));
    html! {
        <section class="class-results" aria-labelledby="class-heading">
            <p><a href={ Route::Home.href() }>{ "← All question banks" }</a></p>
            <h1 id="class-heading">{ "Class results" }</h1>
            <p>{ "Open your candidates' result files (from \"Download a result file for your teacher\" on their results page). Each is graded again against the bank, so a score edited in a file counts for nothing. Nothing is uploaded: the files are read in this page." }</p>
            <div class="field">
                <label for="result-files">{ "Result files" }</label>
                <input type="file" id="result-files" multiple=true accept=".json,application/json" onchange={ on_files } />
            </div>
            { sections.unwrap_or_default() }
        </section>
    }
}
