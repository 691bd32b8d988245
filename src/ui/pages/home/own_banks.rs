//! The start page's "Your own questions" section: open or drop a question file, see what it
//! came to, and the list of banks kept in this browser (each removable).

use yew::prelude::*;

use crate::engine::import::Warning;
use crate::engine::library::{Added, KeptBank};
use crate::ui::components::problem_list;
use crate::ui::components::site_notices::problem_line;
use crate::ui::file_problems;
use crate::ui::labels;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::stores::library::{FileProblem, LibraryAction, LibraryState, OpenOutcome};
use crate::ui::text::{Texts, use_text};
use crate::web::file::{files, read_bytes};
use crate::web::teacher_tools::import_file;

/// The file types the picker offers; the importers tell GIFT from Aiken and the two Markdown
/// layouts apart by content.
const ACCEPT: &str = ".json,.gift,.txt,.md,.markdown,.xml";

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
                Ok(bytes) => import_file(&source, &bytes)
                    .await
                    .map_err(FileProblem::Unread),
                Err(problem) => Err(FileProblem::NotOpened(problem)),
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
    let text = use_text();
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
            <h2 id="own-banks-heading">{ text.get(Msg::HomeOwnHeading) }</h2>
            <div class={ classes!("drop-zone", dragging.then_some("dragging")) }
                ondragover={ on_drag_over } ondragleave={ on_drag_leave } ondrop={ on_drop }>
                <label for="open-file">{ text.get(Msg::HomeOpenFileLabel) }</label>
                <input type="file" id="open-file" accept={ ACCEPT } multiple=true
                    aria-describedby="open-file-help" onchange={ on_change } />
                <p id="open-file-help" class="help">{ text.get(Msg::HomeOpenFileHelp) }</p>
            </div>
            <div class="open-outcomes" aria-live="polite">
                { for state.fetching.iter().map(|url| html! {
                    <p role="status">{ text.get(Msg::HomeLoadingAddress { address: url.as_str().into() }) }</p>
                }) }
                { for state.outcomes.iter().map(|o| outcome(&text, o)) }
            </div>
            { kept_list(&text, state, &props.dispatch) }
        </section>
    }
}

fn warning_list(text: &Texts, source: &str, warnings: &[Warning]) -> Html {
    let label = text.get(Msg::HomeWarningsFor {
        source: source.into(),
    });
    problem_list(
        "warnings",
        Some(label),
        &file_problems::warning_lines(text, warnings),
    )
}

/// "Imported 158 of 161 questions; 3 skipped:", or the count of other text left out.
fn skipped_sentence(
    text: &Texts,
    questions: usize,
    questions_in_file: usize,
    problems: usize,
) -> String {
    let left_out = questions_in_file.saturating_sub(questions);
    if left_out == 0 {
        return text.get(Msg::HomeImportedAll {
            questions: questions.into(),
            pieces: problems.into(),
        });
    }
    text.get(Msg::HomeImportedSome {
        questions: questions.into(),
        total: questions_in_file.into(),
        skipped: left_out.into(),
    })
}

fn outcome(text: &Texts, outcome: &OpenOutcome) -> Html {
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
            // Whole sentences, one after another in the paragraph.
            let mut sentences = vec![text.get(Msg::HomeOpened {
                title: title.as_str().into(),
                source: source.as_str().into(),
                format: labels::format_name(text, format).into(),
                questions: (*questions).into(),
            })];
            match added {
                Added::New => {}
                Added::Replaced => sentences.push(text.get(Msg::HomeOpenedReplaced)),
                Added::Renamed(new_id) => sentences.push(text.get(Msg::HomeOpenedRenamed {
                    id: new_id.to_string().into(),
                })),
            }
            if !warnings.is_empty() {
                sentences.push(text.get(Msg::HomeOpenedWarnings {
                    count: warnings.len().into(),
                }));
            }
            let skipped_label = text.get(Msg::HomeSkippedIn {
                source: source.as_str().into(),
            });
            html! {
                <div class="notice notice-ok">
                    <p>{ sentences.join(" ") }</p>
                    { warning_list(text, source, warnings) }
                    if !skipped.is_empty() {
                        <p>{ skipped_sentence(text, *questions, *questions_in_file, skipped.len()) }</p>
                        { problem_list("errors", Some(skipped_label), &file_problems::problem_lines(text, skipped)) }
                    }
                    <p><a class="button" href={ Route::Bank(id.clone()).href() }>{ text.get(Msg::HomeTakeBank { title: title.as_str().into() }) }</a></p>
                </div>
            }
        }
        OpenOutcome::Failed {
            source,
            problems,
            warnings,
        } => {
            let lines: Vec<String> = problems
                .iter()
                .map(|problem| problem_line(text, source, problem))
                .collect();
            let label = text.get(Msg::CommonProblemsIn {
                name: source.as_str().into(),
            });
            html! {
                <div class="notice notice-error" role="alert">
                    <p><strong>{ text.get(Msg::CommonFileCannotBeUsed { name: source.as_str().into() }) }{ " " }</strong>
                        { text.get(Msg::CommonProblemsFound { count: problems.len().into() }) }</p>
                    { problem_list("errors", Some(label), &lines) }
                    if !warnings.is_empty() { <p>{ text.get(Msg::HomeWarnings) }</p> }
                    { warning_list(text, source, warnings) }
                </div>
            }
        }
    }
}

fn kept_list(text: &Texts, state: &LibraryState, dispatch: &Callback<LibraryAction>) -> Html {
    if state.library.banks.is_empty() {
        return html! {};
    }
    let items = state
        .library
        .banks
        .iter()
        .map(|kept| kept_item(text, kept, dispatch));
    html! {
        <>
            <h3 id="kept-heading">{ text.get(Msg::HomeKeptHeading) }</h3>
            <ul class="bank-list kept" aria-labelledby="kept-heading">
                { for items }
            </ul>
        </>
    }
}

/// One kept bank: what it is, where it came from, and the ways to open or remove it.
fn kept_item(text: &Texts, kept: &KeptBank, dispatch: &Callback<LibraryAction>) -> Html {
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
            <p class="help">{ text.get(Msg::HomeKeptFacts {
                questions: kept.bank.questions().len().into(),
                source: kept.source.as_str().into(),
                format: labels::format_name(text, &kept.format).into(),
            }) }</p>
            <p class="actions">
                <a class="button" href={ Route::Bank(kept.bank.id().clone()).href() }>{ text.get(Msg::CommonOpenBank { title: title.as_str().into() }) }</a>
                <button type="button" onclick={ remove }>{ text.get(Msg::HomeRemoveBank { title: title.as_str().into() }) }</button>
            </p>
        </li>
    }
}
