//! "Save my progress" and "Load progress": every bank's history and review records in one file,
//! downloaded and read back in the page, merged into what the browser already has.

use std::collections::{BTreeMap, BTreeSet};

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::progress::{self, BankProgress};
use crate::ui::components::problem_list;
use crate::ui::labels::count;
use crate::ui::stores::history;
use crate::ui::stores::review;
use crate::ui::text::{Texts, use_text};
use crate::web::storage::{self, Record};
use crate::web::{clock, download, file};

#[derive(Properties, PartialEq)]
pub struct ProgressFileProps {
    /// Told once a file has been merged in, so the page reads its saved data again.
    pub on_loaded: Callback<()>,
}

/// What the last save or load did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Saved(String),
    Loaded {
        summary: String,
        problems: Vec<String>,
    },
    Failed(String),
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
        return Outcome::Failed("There is no progress to save yet.".to_owned());
    }
    let now = clock::now_ms();
    let day = String::from(
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64)).to_iso_string(),
    );
    let name = format!("exam-practice-progress-{}.json", &day[..10.min(day.len())]);
    match download::save_text(&name, &progress::write(now, &banks), "application/json") {
        Ok(()) => Outcome::Saved(format!(
            "Saved the progress of {} to {name}.",
            count(banks.len(), "bank", "banks")
        )),
        Err(why) => Outcome::Failed(format!("The file could not be saved: {why}.")),
    }
}

/// Merges a read progress file into storage, bank by bank.
fn merge(texts: &Texts, name: &str, text: &str) -> Outcome {
    let loaded = match progress::read(name, text) {
        Ok(loaded) => loaded,
        Err(why) => return Outcome::Failed(format!("{why}. Nothing was changed.")),
    };
    let mut problems = loaded.problems;
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
                problems.push(format!(
                    "{name}: bank \"{id}\": history: {}",
                    why.describe(texts)
                ));
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
                problems.push(format!(
                    "{name}: bank \"{id}\": review: {}",
                    why.describe(texts)
                ));
            }
        }
    }
    Outcome::Loaded {
        summary: format!(
            "Loaded {name}: {}, {} and {}.",
            count(banks, "bank", "banks"),
            count(attempts, "new attempt", "new attempts"),
            count(records, "newer review record", "newer review records"),
        ),
        problems,
    }
}

#[component]
pub fn ProgressFile(props: &ProgressFileProps) -> Html {
    let texts = use_text();
    let outcome = use_state(|| None::<Outcome>);
    let on_save = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| outcome.set(Some(save())))
    };
    let on_load = {
        let outcome = outcome.clone();
        let on_loaded = props.on_loaded.clone();
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
                    Err(why) => Outcome::Failed(format!("{name}: {why}. Nothing was changed.")),
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Err(_) => Outcome::Failed(format!(
                            "{name}: not a progress file (it is not UTF-8 text). Nothing was changed."
                        )),
                        Ok(text) => merge(&texts, &name, &text),
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
            <h2 id="progress-file-heading">{ "Keep your progress" }</h2>
            <p>{ "Browsers may clear a site's data after a while. Save your progress (attempts, review records, confidence, exam dates for every bank) to a file, and load it here on any browser." }</p>
            <div class="actions">
                <button type="button" onclick={ on_save }>{ "Save my progress" }</button>
                <label for="progress-load">{ "Load progress" }</label>
                <input type="file" id="progress-load" accept=".json,application/json" onchange={ on_load } />
            </div>
            { match &*outcome {
                None => html! {},
                Some(Outcome::Saved(text)) => html! { <p role="status">{ text.clone() }</p> },
                Some(Outcome::Failed(text)) => html! { <p role="alert" class="notice notice-error">{ text.clone() }</p> },
                Some(Outcome::Loaded { summary, problems }) => html! {
                    <div role="status">
                        <p>{ summary.clone() }</p>
                        if !problems.is_empty() { { problem_list("errors", Some("Parts that could not be read, left out:".to_owned()), problems) } }
                    </div>
                },
            } }
        </section>
    }
}
