//! For the benchmark only: the app's exam page and nothing else. It reads the address, the index
//! and the listed bank as the app does and shows the same `ExamPage`, so the linker keeps only
//! what an exam link's first question needs (the exam with its results, the engine's reading and
//! checking of JSON, the service worker's registration, the stack). Its first load is the
//! smallest a split of the app into modules could reach; the benchmark measures it beside the
//! app, the baseline and the Yew floor.

use std::rc::Rc;

use exam_practice::engine::bank::Bank;
use exam_practice::engine::catalog::{LoadedBank, import_json_entry, loaded, parse_catalog};
use exam_practice::engine::import::Lint;
use exam_practice::ui::pages::exam::{ExamPage, WholeApp};
use exam_practice::ui::refusals::fetch_error;
use exam_practice::ui::route::Route;
use exam_practice::ui::text::Texts;
use exam_practice::web::fetch::fetch_bytes;
use exam_practice::web::location;
use yew::prelude::*;

/// The bank the address names, read and checked as the app reads a listed JSON bank.
async fn listed_bank(id: String) -> Result<Rc<Bank>, String> {
    let index = fetch_bytes("questions/index.json")
        .await
        .map_err(|e| fetch_error(&Texts::english(), &e))?;
    let entries = parse_catalog(&index)?;
    let entry = entries
        .iter()
        .find(|entry| entry.id == id)
        .ok_or_else(|| format!("{id} is not listed"))?;
    let bytes = fetch_bytes(&format!("questions/{}", entry.path))
        .await
        .map_err(|e| fetch_error(&Texts::english(), &e))?;
    match loaded(entry, Ok(import_json_entry(entry, &bytes, Lint::Skip))) {
        LoadedBank::Ready { bank, .. } => Ok(bank),
        LoadedBank::Failed { errors, .. } => Err(errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")),
    }
}

#[component]
fn ExamOnly() -> Html {
    let route = use_memo((), |_| Route::parse(&location::hash()));
    let bank = use_state(|| None::<Result<Rc<Bank>, String>>);
    {
        let bank = bank.clone();
        let id = match &*route {
            Route::Exam { bank: id, .. } => Some(id.to_string()),
            _ => None,
        };
        use_effect_with((), move |_| {
            if let Some(id) = id {
                yew::platform::spawn_local(async move { bank.set(Some(listed_bank(id).await)) });
            }
        });
    }
    let page = match (&*route, &*bank) {
        (Route::Exam { link, .. }, Some(Ok(bank))) => {
            html! { <ExamPage<WholeApp> bank={ bank.clone() } link={ link.clone() } /> }
        }
        (_, Some(Err(problem))) => html! { <p role="alert">{ problem.clone() }</p> },
        (Route::Exam { .. }, None) => html! { <p role="status">{ "Loading…" }</p> },
        _ => html! { <p role="alert">{ "Only exam links work here." }</p> },
    };
    html! {
        <>
            <header class="site-header"><span class="brand">{ "Exam Practice" }</span></header>
            <main id="main" class="page">{ page }</main>
        </>
    }
}

fn main() {
    // The app's service worker too, so the bound's repeat visit is measured as the app's is.
    exam_practice::web::offline::register();
    yew::Renderer::<ExamOnly>::new().render();
}
