//! The teachers' Class results page: many result files at once, graded again against their
//! bank, with each candidate's score, per-question statistics and CSV downloads.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::class_results::ClassResults;
use crate::engine::result_file::LeftOut;
use crate::engine::result_file::ResultFile;
use crate::ui::components::problem_list;
use crate::ui::messages::Msg;
use crate::ui::record_problems;
use crate::ui::refusals;
use crate::ui::route::Route;
use crate::ui::text::{Texts, use_text};
use crate::web::file::FileError;
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
    problems: Vec<FileProblem>,
}

/// Why a picked file was not read, written in the interface's language when shown.
#[derive(Clone, PartialEq)]
enum FileProblem {
    /// The file (by name) is not UTF-8 text.
    NotText(String),
    /// The browser could not read the file: its name and why.
    Unreadable { file: String, why: FileError },
    /// Not a result file, as the engine says.
    NotAResult(LeftOut),
}

impl FileProblem {
    fn said(&self, text: &Texts) -> String {
        match self {
            FileProblem::NotText(file) => text.get(Msg::ClassFileNotText {
                file: file.as_str().into(),
            }),
            FileProblem::Unreadable { file, why } => text.get(Msg::ClassFileUnreadable {
                file: file.as_str().into(),
                problem: refusals::file_error(text, *why).into(),
            }),
            FileProblem::NotAResult(why) => record_problems::left_out(text, why),
        }
    }
}

fn csv_button(label: String, file_name: String, text: String) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        let _ = download::save_text(&file_name, &text, "text/csv");
    });
    html! { <button type="button" {onclick}>{ label }</button> }
}

fn bank_section(text: &Texts, bank: &Bank, class: &ClassResults) -> Html {
    let heading_id = format!("class-{}", bank.id());
    let left_out: Vec<String> = class
        .left_out
        .iter()
        .map(|why| record_problems::left_out(text, why))
        .collect();
    let question_rows = class.questions.iter().map(|q| {
        let question = bank.question(&q.question);
        let prompt = question.map(|q| q.prompt().plain_text()).unwrap_or_default();
        let wrong = q.most_chosen_wrong.as_ref().and_then(|(id, n)| {
            let choice = question?.choice(id)?.text().plain_text();
            Some(text.get(Msg::ClassWrongChoice {
                choice: choice.into(),
                times: (*n).into(),
            }))
        });
        html! {
            <tr>
                <th scope="row"><span class="question-id">{ q.question.to_string() }</span>{ " " }<span class="prompt-start">{ prompt.chars().take(80).collect::<String>() }</span></th>
                <td>{ q.topic.clone() }</td>
                <td>{ text.get(Msg::ClassRightOf { right: q.right.into(), asked: q.asked.into() }) }</td>
                <td>{ text.percent(q.share_right()) }</td>
                <td>{ q.point_biserial.map_or("–".to_owned(), |r| text.hundredths(r)) }</td>
                <td>{ wrong.unwrap_or_else(|| "–".to_owned()) }</td>
            </tr>
        }
    });
    html! {
        <section class="class-bank" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ bank.title() }</h2>
            if !class.left_out.is_empty() {
                <div role="alert" class="notice notice-error">
                    { problem_list("errors", Some(text.get(Msg::ClassFilesLeftOut)), &left_out) }
                </div>
            }
            <div class="table-scroll"><table class="topic-table">
                <caption>{ text.get(Msg::ClassCandidatesCaption { count: class.candidates.len().into() }) }</caption>
                <thead><tr><th scope="col">{ text.get(Msg::ClassCandidate) }</th><th scope="col">{ text.get(Msg::ClassScore) }</th><th scope="col">{ text.get(Msg::ClassResult) }</th><th scope="col">{ text.get(Msg::ClassTimeUsed) }</th></tr></thead>
                <tbody>{ for class.candidates.iter().map(|c| html! {
                    <tr>
                        <th scope="row">{ c.name.clone() }</th>
                        <td>{ text.get(Msg::ClassScoreValue { percent: text.percent(c.percent() / 100.0).into(), correct: c.correct.into(), total: c.total.into() }) }</td>
                        <td>{ text.get(if c.passed { Msg::ClassPass } else { Msg::ClassFail }) }</td>
                        <td>{ text.get(Msg::ClassMinutes { minutes: (c.time_used_ms / 60_000).into() }) }</td>
                    </tr>
                }) }</tbody>
            </table></div>
            <div class="table-scroll"><table class="topic-table">
                <caption>{ text.get(Msg::ClassQuestionsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ text.get(Msg::ClassQuestion) }</th><th scope="col">{ text.get(Msg::ClassTopic) }</th><th scope="col">{ text.get(Msg::ClassRight) }</th>
                    <th scope="col">{ text.get(Msg::ClassShareRight) }</th><th scope="col">{ text.get(Msg::ClassDiscrimination) }</th><th scope="col">{ text.get(Msg::ClassMostChosenWrong) }</th>
                </tr></thead>
                <tbody>{ for question_rows }</tbody>
            </table></div>
            <div class="actions">
                { csv_button(text.get(Msg::ClassDownloadScores), format!("{}-scores.csv", bank.id()), class.scores_csv()) }
                { csv_button(text.get(Msg::ClassDownloadQuestions), format!("{}-questions.csv", bank.id()), class.questions_csv(bank)) }
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
                out.problems.push(FileProblem::NotText(name));
                continue;
            }
            Err(why) => {
                out.problems
                    .push(FileProblem::Unreadable { file: name, why });
                continue;
            }
        };
        match ResultFile::bank_of(&name, &text) {
            Ok(bank) => out.by_bank.entry(bank).or_default().push((name, text)),
            Err(why) => out.problems.push(FileProblem::NotAResult(why)),
        }
    }
    out
}

/// The files read, graded bank by bank; files for a bank this page lacks join the problems.
fn graded(text: &Texts, read: &Read, banks: &[Rc<Bank>]) -> Html {
    let mut problems: Vec<String> = read.problems.iter().map(|p| p.said(text)).collect();
    let sections: Vec<Html> = read
        .by_bank
        .iter()
        .filter_map(|(id, files)| {
            let Some(bank) = banks.iter().find(|b| b.id().as_str() == id) else {
                problems.extend(files.iter().map(|(name, _)| {
                    text.get(Msg::ClassFileOtherBank {
                        file: name.as_str().into(),
                        bank: id.as_str().into(),
                    })
                }));
                return None;
            };
            Some(bank_section(text, bank, &ClassResults::of(bank, files)))
        })
        .collect();
    html! {
        <>
            if !problems.is_empty() {
                <div role="alert" class="notice notice-error">{ problem_list("errors", Some(text.get(Msg::ClassFilesNotUsed)), &problems) }</div>
            }
            { for sections }
        </>
    }
}

/// The result files picked so far, graded against their banks.
#[component]
pub fn ClassResultsPage(props: &ClassResultsProps) -> Html {
    let text = use_text();
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
    let sections = read.as_ref().map(|read| graded(&text, read, &props.banks));
    html! {
        <section class="class-results" aria-labelledby="class-heading">
            <p><a href={ Route::Home.href() }>{ text.get(Msg::ClassAllBanks) }</a></p>
            <h1 id="class-heading">{ text.get(Msg::ClassHeading) }</h1>
            <p>{ text.get(Msg::ClassIntro { button: text.get(Msg::ResultsDownloadResultFile).into() }) }</p>
            <div class="field">
                <label for="result-files">{ text.get(Msg::ClassResultFiles) }</label>
                <input type="file" id="result-files" multiple=true accept=".json,application/json" onchange={ on_files } />
            </div>
            { sections.unwrap_or_default() }
        </section>
    }
}
