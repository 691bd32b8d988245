//! The notices every page shows above its content: a package that did not start, problems with
//! keeping banks in this browser, and a `?bank=` link that could not be used; and the words for
//! the stores' problems, which the stores give as values.

use yew::prelude::*;

use crate::ui::file_problems;
use crate::ui::messages::Msg;
use crate::ui::record_problems;
use crate::ui::refusals;
use crate::ui::route::Route;
use crate::ui::stores::app_store::AppStore;
use crate::ui::stores::catalog::{INDEX_URL, IndexProblem};
use crate::ui::stores::kept_banks::KeptNotice;
use crate::ui::stores::library::{FileProblem, OpenOutcome};
use crate::ui::stores::package::{self, PackageProblem};
use crate::ui::text::Texts;

/// The app's own problems, as alerts; the start page (`route` is the page shown) reports a
/// failed opening itself.
pub fn site_notices(text: &Texts, store: &AppStore, route: &Route) -> Html {
    let failed_link = store.library.outcomes.iter().find_map(|o| match o {
        OpenOutcome::Failed {
            source, problems, ..
        } if *route != Route::Home => Some((source.clone(), problems.clone())),
        _ => None,
    });
    html! {
        <>
            if let Some(problem) = package::problem() { <div class="notice notice-error" role="alert"><p>{ package_problem(text, &problem) }</p></div> }
            { for store.notices.iter().map(|n| html! {
                <div class="notice notice-error" role="alert"><p>{ kept_notice(text, n) }</p></div>
            }) }
            { for failed_link.map(|(source, problems)| html! {
                <div class="notice notice-error" role="alert">
                    <p>{ text.get(Msg::CommonFileCannotBeUsed { name: source.as_str().into() }) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li><code>{ problem_line(text, &source, p) }</code></li> }) }</ul>
                </div>
            }) }
        </>
    }
}

/// What went wrong starting the package.
fn package_problem(text: &Texts, problem: &PackageProblem) -> String {
    match problem {
        PackageProblem::Settings(problems) => text.get(Msg::NoticePackageSettings {
            problems: problems.join("; ").into(),
        }),
        PackageProblem::Lms(problem) => text.get(Msg::NoticePackageLms {
            problem: refusals::lms_error(text, problem).into(),
        }),
    }
}

/// A problem with keeping banks in this browser.
fn kept_notice(text: &Texts, notice: &KeptNotice) -> String {
    match notice {
        KeptNotice::LeftOut(problem) => record_problems::not_restored(text, problem),
        KeptNotice::Damaged {
            problem,
            set_aside: true,
        } => text.get(Msg::NoticeKeptSetAside {
            problem: record_problems::not_restored(text, problem).into(),
        }),
        KeptNotice::Damaged {
            problem,
            set_aside: false,
        } => text.get(Msg::NoticeKeptNotSetAside {
            problem: record_problems::not_restored(text, problem).into(),
        }),
        KeptNotice::Unavailable(problem) => text.get(Msg::NoticeKeptUnavailable {
            problem: refusals::storage_error(text, *problem).into(),
        }),
        KeptNotice::NotSaved(problem) => text.get(Msg::NoticeKeptNotSaved {
            problem: refusals::storage_error(text, *problem).into(),
        }),
        KeptNotice::TooLarge {
            title,
            questions,
            source,
        } => text.get(Msg::NoticeKeptTooLarge {
            title: title.as_str().into(),
            questions: (*questions).into(),
            source: source.as_str().into(),
        }),
    }
}

/// Why the bank index could not be had, as the start page shows it.
pub fn index_problem(text: &Texts, problem: &IndexProblem) -> String {
    match problem {
        IndexProblem::NotLoaded(problem) => text.get(Msg::NoticeIndexNotLoaded {
            file: INDEX_URL.into(),
            problem: refusals::fetch_error(text, problem).into(),
        }),
        IndexProblem::Unreadable(problem) => problem.clone(),
    }
}

/// One line of the list of why the file or address `source` cannot be used.
pub fn problem_line(text: &Texts, source: &str, problem: &FileProblem) -> String {
    match problem {
        FileProblem::Found(problem) => file_problems::problem_line(text, problem),
        // The same `file: message` form as the importer's own lines beside it.
        FileProblem::Unread(problem) => {
            format!("{source}: {}", refusals::tools_error(text, problem))
        }
        FileProblem::NotOpened(problem) => {
            format!("{source}: {}", refusals::file_error(text, *problem))
        }
        FileProblem::NotLoaded(problem) => text.get(Msg::NoticeAddressNotLoaded {
            address: source.into(),
            problem: refusals::fetch_error(text, problem).into(),
        }),
    }
}
