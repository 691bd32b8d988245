//! The start page's "Your own questions" section: open or drop a question file, see what it
//! came to, and the list of banks kept in this browser (each removable).

use yew::prelude::*;

use crate::engine::library::{Added, KeptBank};
use crate::ui::components::problem_list;
use crate::ui::labels::count;
use crate::ui::route::Route;
use crate::ui::stores::library::{LibraryAction, LibraryState, OpenOutcome};
use crate::web::file::{files, read_bytes};
use crate::web::teacher_tools::import_file;

/// The file types the picker offers; the importers tell GIFT from Aiken and the two Markdown
/// layouts apart by content.
const ACCEPT: &str = ".json,.gift,.txt,.md,.markdown";

#[derive(Properties, PartialEq)]
pub struct OwnBanksProps {
    /// The app's kept-banks state, read in place: the banks it holds are never copied for a render.
    pub library: UseReducerHandle<LibraryState>,
    pub dispatch: Callback<LibraryAction>,
}

/// Reads each file in the page and hands what it holds to the reducer.
fn open_files(list: Option<web_sys::FileList>, dispatch: Callback<LibraryAction>) {
    let picked = files(list);
    if picked.is_empty() {
        return;
    }
    dispatch.emit(LibraryAction::StartBatch);
    yew::platform::spawn_local(async move {
        for file in picked {
            let source = file.name();
            let imported = match read_bytes(&file).await {
                Ok(bytes) => import_file(&source, &bytes).await,
                Err(problem) => Err(problem),
            };
            match imported {
                Ok(imported) => dispatch.emit(LibraryAction::Opened {
                    imported: Box::new(imported),
                    source,
                    from_link: false,
                }),
                Err(problem) => dispatch.emit(LibraryAction::Unreadable { source, problem }),
            }
        }
    });
}

#[component]
pub fn OwnBanks(props: &OwnBanksProps) -> Html {
    let dragging = use_state(|| false);
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            open_files(input.files(), dispatch.clone());
            // Clearing the input lets the same file be opened again after the teacher edits it.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the dropped file instead of handing it over.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dispatch = props.dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            open_files(
                event.data_transfer().and_then(|d| d.files()),
                dispatch.clone(),
            );
        })
    };
    let state: &LibraryState = &props.library;
    html! {
        <section class="own-banks" aria-labelledby="own-banks-heading">
            <h2 id="own-banks-heading">{ "Your own questions" }</h2>
            <div class={ classes!("drop-zone", dragging.then_some("dragging")) }
                ondragover={ on_drag_over } ondragleave={ on_drag_leave } ondrop={ on_drop }>
                <label for="open-file">{ "Open a question file…" }</label>
                <input type="file" id="open-file" accept={ ACCEPT } multiple=true
                    aria-describedby="open-file-help" onchange={ on_change } />
                <p id="open-file-help" class="help">
                    { "A JSON bank, GIFT or Aiken (.gift, .txt) or Markdown (.md) file; you can also drop it here. \
                       It is read in this browser and never uploaded." }
                </p>
            </div>
            <div class="open-outcomes" aria-live="polite">
                { for state.fetching.iter().map(|url| html! {
                    <p role="status">{ format!("Loading the question bank from {url}…") }</p>
                }) }
                { for state.outcomes.iter().map(outcome) }
            </div>
            { kept_list(state, &props.dispatch) }
        </section>
    }
}

fn warning_list(label: String, warnings: &[String]) -> Html {
    problem_list("warnings", Some(label), warnings)
}

/// "Imported 158 of 161 questions; 3 skipped:", or the count of other text left out.
fn skipped_sentence(questions: usize, questions_in_file: usize, problems: usize) -> String {
    let left_out = questions_in_file.saturating_sub(questions);
    if left_out == 0 {
        return format!(
            "All {questions} questions imported; {} of other text skipped:",
            count(problems, "piece", "pieces")
        );
    }
    format!("Imported {questions} of {questions_in_file} questions; {left_out} skipped:")
}

fn outcome(outcome: &OpenOutcome) -> Html {
    match outcome {
        OpenOutcome::Opened {
            source,
            id,
            title,
            format,
            questions,
            questions_in_file,
            skipped,
            warnings,
            added,
            ..
        } => {
            let note = match added {
                Added::New => String::new(),
                Added::Replaced => " It replaces the copy kept earlier.".to_owned(),
                Added::Renamed(new_id) => format!(
                    " This site already has a bank with its id, so this copy is kept as \"{new_id}\"."
                ),
            };
            let warning_count = match warnings.len() {
                0 => String::new(),
                1 => " 1 warning:".to_owned(),
                n => format!(" {n} warnings:"),
            };
            html! {
                <div class="notice notice-ok">
                    <p>{ format!(
                        "Opened \"{title}\" from {source} ({format}): {}, kept in this browser.{note}{warning_count}",
                        count(*questions, "question", "questions")
                    ) }</p>
                    { warning_list(format!("Warnings for {source}"), warnings) }
                    if !skipped.is_empty() {
                        <p>{ skipped_sentence(*questions, *questions_in_file, skipped.len()) }</p>
                        { problem_list("errors", Some(format!("Skipped in {source}")), skipped) }
                    }
                    <p><a class="button" href={ Route::Bank(id.clone()).href() }>{ format!("Take {title}") }</a></p>
                </div>
            }
        }
        OpenOutcome::Failed {
            source,
            problems,
            warnings,
        } => html! {
            <div class="notice notice-error" role="alert">
                <p><strong>{ format!("{source} cannot be used: ") }</strong>
                    { format!("{} found.", count(problems.len(), "problem", "problems")) }</p>
                { problem_list("errors", Some(format!("Problems in {source}")), problems) }
                if !warnings.is_empty() { <p>{ "Warnings:" }</p> }
                { warning_list(format!("Warnings for {source}"), warnings) }
            </div>
        },
    }
}

fn kept_list(state: &LibraryState, dispatch: &Callback<LibraryAction>) -> Html {
    if state.library.banks.is_empty() {
        return html! {};
    }
    let items = state
        .library
        .banks
        .iter()
        .map(|kept| kept_item(kept, dispatch));
    html! {
        <>
            <h3 id="kept-heading">{ "Kept in this browser" }</h3>
            <ul class="bank-list kept" aria-labelledby="kept-heading">
                { for items }
            </ul>
        </>
    }
}

/// One kept bank: what it is, where it came from, and the ways to open or remove it.
fn kept_item(kept: &KeptBank, dispatch: &Callback<LibraryAction>) -> Html {
    let id = kept.bank.id().to_string();
    let title = kept.bank.title().to_owned();
    let remove = {
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |_| dispatch.emit(LibraryAction::Remove(id.clone())))
    };
    html! {
        <li class="bank" key={ id.clone() }>
            <p class="kept-title"><strong>{ title.clone() }</strong></p>
            <p class="help">{ format!(
                "{} questions, from {} ({})",
                kept.bank.questions().len(), kept.source, kept.format
            ) }</p>
            <p class="actions">
                <a class="button" href={ Route::Bank(kept.bank.id().clone()).href() }>{ format!("Open {title}") }</a>
                <button type="button" onclick={ remove }>{ format!("Remove {title}") }</button>
            </p>
        </li>
    }
}
