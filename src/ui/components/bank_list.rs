//! The start page's list of banks, drawn from `questions/index.json` alone (no bank is downloaded
//! for it), and the notices a hosted bank's page shows when its file has problems.

use std::rc::Rc;

use yew::prelude::*;

use super::bank_language::TextLanguage;
use super::markup_view;
use super::problem_list;
use crate::engine::bank::Id;
use crate::engine::catalog::INDEX_PATH;
use crate::engine::catalog::{BankFigures, CatalogEntry, LoadedBank};
use crate::engine::markup::Markup;
use crate::ui::labels::count;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct BankListProps {
    pub entries: Rc<Vec<CatalogEntry>>,
}

/// Lists every bank from `questions/index.json`, with its figures when the index has them.
#[component]
pub fn BankList(props: &BankListProps) -> Html {
    if props.entries.is_empty() {
        return html! { <p>{ "No question banks are listed in questions/index.json yet." }</p> };
    }
    html! {
        <ul class="bank-list" aria-label="Question banks">
            { for props.entries.iter().map(listed) }
        </ul>
    }
}

fn listed(entry: &CatalogEntry) -> Html {
    let id = match Id::parse(&entry.id) {
        Ok(id) => id,
        Err(problem) => {
            let reason = format!("{INDEX_PATH}: the id \"{}\" {problem}", entry.id);
            return html! {
                <li class="bank bank-failed">{ failed(&entry.id, &entry.title, &[reason]) }</li>
            };
        }
    };
    let heading_id = format!("bank-{id}");
    let TextLanguage { lang, dir } = TextLanguage::listed(
        entry
            .figures
            .as_ref()
            .and_then(|figures| figures.language.as_deref())
            .or(entry.language.as_deref()),
    );
    html! {
        <li class="bank">
            <article aria-labelledby={ heading_id.clone() }>
                <h2 id={ heading_id } {lang} {dir}>{ &entry.title }</h2>
                { match &entry.figures {
                    Some(figures) => figures_of(figures),
                    None => html! { <p>{ "Open the bank to see its questions." }</p> },
                } }
                <p><a class="button" href={ Route::Bank(id).href() }>{ format!("Open {}", entry.title) }</a></p>
            </article>
        </li>
    }
}

fn figures_of(figures: &BankFigures) -> Html {
    let left_out = figures.left_out();
    let TextLanguage { lang, dir } = TextLanguage::listed(figures.language.as_deref());
    html! {
        <>
            <div class="description" {lang} {dir}>{ markup_view::blocks(&Markup::new(figures.description.clone())) }</div>
            <dl class="figures">
                <div><dt>{ "Questions" }</dt><dd>{ figures.questions }</dd></div>
                <div><dt>{ "Default exam" }</dt><dd>{ format!(
                    "{} questions in {} minutes",
                    figures.exam_questions, figures.exam_minutes
                ) }</dd></div>
                <div><dt>{ "Pass mark" }</dt><dd>{ format!("{} %", figures.pass_percent) }</dd></div>
                <div class="topics"><dt>{ "Topics" }</dt><dd>{ figures.topics.join(", ") }</dd></div>
            </dl>
            if left_out > 0 {
                <p class="skipped">{ format!(
                    "{}; the bank's page lists why.",
                    left_out_summary(left_out, figures.questions_in_file)
                ) }</p>
            }
        </>
    }
}

/// "2 of 48 questions have problems and are left out".
fn left_out_summary(left_out: usize, questions_in_file: usize) -> String {
    match left_out {
        1 => format!("1 of {questions_in_file} questions has a problem and is left out"),
        n => format!("{n} of {questions_in_file} questions have problems and are left out"),
    }
}

/// A usable hosted bank's problems, on its page: what was left out and why, for the teacher.
pub fn skipped_notice(
    title: &str,
    skipped: &[String],
    left_out: usize,
    questions_in_file: usize,
) -> Html {
    if skipped.is_empty() {
        return Html::default();
    }
    let summary = match left_out {
        0 => format!(
            "{} in text outside the questions (left out)",
            count(skipped.len(), "problem", "problems")
        ),
        n => left_out_summary(n, questions_in_file),
    };
    html! {
        <details class="skipped">
            <summary>{ summary }</summary>
            { problem_list("errors", Some(format!("Problems in {title}")), skipped) }
        </details>
    }
}

/// The notice a hosted bank's page shows when its file had problems; nothing otherwise.
pub fn loaded_notice(loaded: Option<&LoadedBank>) -> Html {
    match loaded {
        Some(LoadedBank::Ready {
            bank,
            skipped,
            questions_in_file,
        }) => skipped_notice(
            bank.title(),
            skipped,
            questions_in_file.saturating_sub(bank.questions().len()),
            *questions_in_file,
        ),
        _ => Html::default(),
    }
}

/// A hosted bank that cannot be used, with every reason.
pub fn failed(id: &str, title: &str, errors: &[String]) -> Html {
    let heading_id = format!("bank-{id}");
    html! {
        <article class="bank-failed" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ title }</h2>
            <p class="problem" role="alert"><strong>{ "This bank cannot be used: " }</strong>
                { format!("{} found.", count(errors.len(), "problem", "problems")) }</p>
            { problem_list("errors", Some(format!("Problems in {title}")), errors) }
        </article>
    }
}
