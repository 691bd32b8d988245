//! "Save my progress" and "Load progress": every bank's history and review records in one file,
//! downloaded and read back in the page, merged into what the browser already has.

use std::collections::{BTreeMap, BTreeSet};

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::progress::ProgressProblem;
use crate::engine::progress::{self, BankProgress};
use crate::ui::components::problem_list;
use crate::ui::messages::Msg;
use crate::ui::record_problems;
use crate::ui::refusals;
use crate::ui::stores::history;
use crate::ui::stores::review;
use crate::ui::text::{Texts, use_text};
use crate::web::download::DownloadError;
use crate::web::file::FileError;
use crate::web::storage::{self, Record};
use crate::web::{clock, download, file};

#[derive(Properties, PartialEq)]
pub struct ProgressFileProps {
    /// Told once a file has been merged in, so the page reads its saved data again.
    pub on_loaded: Callback<()>,
}

/// What the last save or load did, kept as facts and put in words when shown, so a change of
/// language rewrites it.
#[derive(Clone, PartialEq)]
enum Outcome {
    Saved {
        banks: usize,
        file: String,
    },
    Loaded {
        file: String,
        banks: usize,
        attempts: usize,
        records: usize,
        problems: Vec<Problem>,
    },
    Failed(Failure),
}

/// Why a save or load did nothing.
#[derive(Clone, PartialEq)]
enum Failure {
    NothingToSave,
    /// The download failed, for this reason (the browser's).
    NotSaved(DownloadError),
    /// The file is no progress file, for this reason (the engine's).
    NotRead(ProgressProblem),
    /// The browser could not read the file.
    Unreadable {
        file: String,
        reason: FileError,
    },
    NotText {
        file: String,
    },
}

/// A part of a loaded file left out.
#[derive(Clone, PartialEq)]
enum Problem {
    /// A part of the file the engine's reader could not read.
    Read(ProgressProblem),
    /// A bank's history or review records could not be stored.
    History {
        file: String,
        bank: String,
        reason: String,
    },
    Review {
        file: String,
        bank: String,
        reason: String,
    },
}

impl Failure {
    fn words(&self, text: &Texts) -> String {
        text.get(match self {
            Failure::NothingToSave => Msg::BankProgressNothingToSave,
            Failure::NotSaved(reason) => Msg::BankProgressNotSaved {
                reason: refusals::download_error(text, *reason).into(),
            },
            Failure::NotRead(reason) => Msg::BankProgressNotRead {
                reason: record_problems::progress_problem(text, reason).into(),
            },
            Failure::Unreadable { file, reason } => Msg::BankProgressUnreadable {
                file: file.clone().into(),
                reason: refusals::file_error(text, *reason).into(),
            },
            Failure::NotText { file } => Msg::BankProgressNotText {
                file: file.clone().into(),
            },
        })
    }
}

impl Problem {
    fn words(&self, text: &Texts) -> String {
        match self {
            Problem::Read(problem) => record_problems::progress_problem(text, problem),
            Problem::History { file, bank, reason } => text.get(Msg::BankProgressHistoryProblem {
                file: file.clone().into(),
                bank: bank.clone().into(),
                reason: reason.clone().into(),
            }),
            Problem::Review { file, bank, reason } => text.get(Msg::BankProgressReviewProblem {
                file: file.clone().into(),
                bank: bank.clone().into(),
                reason: reason.clone().into(),
            }),
        }
    }
}

/// Every bank's saved progress under this page's path.
fn collect() -> BTreeMap<String, BankProgress> {
    let ids: BTreeSet<String> = storage::banks_with(Record::History)
        .into_iter()
        .chain(storage::banks_with(Record::Review))
        .collect();
    ids.into_iter()
        .map(|id| {
            let history = history::load(&id).value;
            let review = review::load(&id).value;
            let progress = BankProgress {
                history: (!history.attempts().is_empty()).then_some(history),
                review: (!review.is_empty() || review.exam_date().is_some()).then_some(review),
            };
            (id, progress)
        })
        .collect()
}

fn save() -> Outcome {
    let banks = collect();
    if banks.is_empty() {
        return Outcome::Failed(Failure::NothingToSave);
    }
    let now = clock::now_ms();
    let day = String::from(
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64)).to_iso_string(),
    );
    let name = format!("exam-practice-progress-{}.json", &day[..10.min(day.len())]);
    match download::save_text(&name, &progress::write(now, &banks), "application/json") {
        Ok(()) => Outcome::Saved {
            banks: banks.len(),
            file: name,
        },
        Err(why) => Outcome::Failed(Failure::NotSaved(why)),
    }
}

/// Merges a read progress file into storage, bank by bank.
fn merge(texts: &Texts, name: &str, text: &str) -> Outcome {
    let loaded = match progress::read(name, text) {
        Ok(loaded) => loaded,
        Err(why) => return Outcome::Failed(Failure::NotRead(why)),
    };
    let mut problems: Vec<Problem> = loaded.problems.into_iter().map(Problem::Read).collect();
    let (mut attempts, mut records) = (0, 0);
    let banks = loaded.banks.len();
    for (id, part) in loaded.banks {
        if let Some(history) = part.history {
            let outcome = history::update(&id, |mine| {
                let added = mine.merge(history);
                attempts += added;
                added > 0
            });
            if let Err(why) = outcome {
                problems.push(Problem::History {
                    file: name.to_owned(),
                    bank: id.clone(),
                    reason: why.describe(texts),
                });
            }
        }
        if let Some(review) = part.review {
            let outcome = review::update(&id, |mine| {
                let date_before = mine.exam_date();
                let taken = mine.merge(review);
                records += taken;
                taken > 0 || mine.exam_date() != date_before
            });
            if let Err(why) = outcome {
                problems.push(Problem::Review {
                    file: name.to_owned(),
                    bank: id.clone(),
                    reason: why.describe(texts),
                });
            }
        }
    }
    Outcome::Loaded {
        file: name.to_owned(),
        banks,
        attempts,
        records,
        problems,
    }
}

#[component]
pub fn ProgressFile(props: &ProgressFileProps) -> Html {
    let text = use_text();
    let outcome = use_state(|| None::<Outcome>);
    let on_save = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| outcome.set(Some(save())))
    };
    let on_load = {
        let outcome = outcome.clone();
        let on_loaded = props.on_loaded.clone();
        let texts = text.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(picked) = file::files(input.files()).into_iter().next() else {
                return;
            };
            input.set_value("");
            let outcome = outcome.clone();
            let on_loaded = on_loaded.clone();
            let texts = texts.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = picked.name();
                let result = match file::read_bytes(&picked).await {
                    Err(why) => Outcome::Failed(Failure::Unreadable {
                        file: name,
                        reason: why,
                    }),
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Err(_) => Outcome::Failed(Failure::NotText { file: name }),
                        Ok(content) => merge(&texts, &name, &content),
                    },
                };
                if matches!(result, Outcome::Loaded { .. }) {
                    on_loaded.emit(());
                }
                outcome.set(Some(result));
            });
        })
    };
    html! {
        <section class="progress-file" aria-labelledby="progress-file-heading">
            <h2 id="progress-file-heading">{ text.get(Msg::BankProgressHeading) }</h2>
            <p>{ text.get(Msg::BankProgressIntro) }</p>
            <div class="actions">
                <button type="button" onclick={ on_save }>{ text.get(Msg::BankProgressSave) }</button>
                <label for="progress-load">{ text.get(Msg::BankProgressLoad) }</label>
                <input type="file" id="progress-load" accept=".json,application/json" onchange={ on_load } />
            </div>
            { match &*outcome {
                None => html! {},
                Some(Outcome::Saved { banks, file }) => html! {
                    <p role="status">{ text.get(Msg::BankProgressSaved { banks: (*banks).into(), file: file.clone().into() }) }</p>
                },
                Some(Outcome::Failed(failure)) => html! { <p role="alert" class="notice notice-error">{ failure.words(&text) }</p> },
                Some(Outcome::Loaded { file, banks, attempts, records, problems }) => {
                    let problems: Vec<String> = problems.iter().map(|p| p.words(&text)).collect();
                    html! {
                        <div role="status">
                            <p>{ text.get(Msg::BankProgressLoaded {
                                file: file.clone().into(),
                                banks: (*banks).into(),
                                attempts: (*attempts).into(),
                                records: (*records).into(),
                            }) }</p>
                            if !problems.is_empty() { { problem_list("errors", Some(text.get(Msg::BankProgressProblems)), &problems) } }
                        </div>
                    }
                }
            } }
        </section>
    }
}
