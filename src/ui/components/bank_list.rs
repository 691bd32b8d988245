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
use crate::engine::error::{BankError, Location, Outcome};
use crate::engine::field_path::FieldPath;
use crate::engine::markup::Markup;
use crate::engine::problem::ProblemKind;
use crate::ui::file_problems;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::text::{Texts, use_text};

#[derive(Properties, PartialEq)]
pub struct BankListProps {
    pub entries: Rc<Vec<CatalogEntry>>,
}

/// Lists every bank from `questions/index.json`, with its figures when the index has them.
#[component]
pub fn BankList(props: &BankListProps) -> Html {
    let text = use_text();
    if props.entries.is_empty() {
        return html! { <p>{ text.get(Msg::BankListNone { file: INDEX_PATH.into() }) }</p> };
    }
    html! {
        <ul class="bank-list" aria-label={ text.attr(Msg::BankListLabel) }>
            { for props.entries.iter().map(|entry| listed(&text, entry)) }
        </ul>
    }
}

fn listed(text: &Texts, entry: &CatalogEntry) -> Html {
    let id = match Id::parse(&entry.id) {
        Ok(id) => id,
        Err(problem) => {
            let reason = BankError {
                file: INDEX_PATH.to_owned(),
                location: Location::Bank,
                field: FieldPath::key("id"),
                line: None,
                kind: ProblemKind::BadId {
                    text: entry.id.clone(),
                    problem,
                },
                outcome: Outcome::Refused,
            };
            return html! {
                <li class="bank bank-failed">{ failed_in(text, &entry.id, &entry.title, &[reason]) }</li>
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
                    Some(figures) => figures_of(text, figures),
                    None => html! { <p>{ text.get(Msg::BankListOpenToSee) }</p> },
                } }
                <p><a class="button" href={ Route::Bank(id).href() }>{ text.get(Msg::CommonOpenBank { title: entry.title.as_str().into() }) }</a></p>
            </article>
        </li>
    }
}

fn figures_of(text: &Texts, figures: &BankFigures) -> Html {
    let left_out = figures.left_out();
    let TextLanguage { lang, dir } = TextLanguage::listed(figures.language.as_deref());
    html! {
        <>
            <div class="description" {lang} {dir}>{ markup_view::blocks(&Markup::new(figures.description.clone())) }</div>
            <dl class="figures">
                <div><dt>{ text.get(Msg::BankListQuestions) }</dt><dd>{ text.number(figures.questions as f64) }</dd></div>
                <div><dt>{ text.get(Msg::BankListDefaultExam) }</dt><dd>{ text.get(Msg::BankListDefaultExamValue {
                    questions: figures.exam_questions.into(),
                    minutes: figures.exam_minutes.into(),
                }) }</dd></div>
                <div><dt>{ text.get(Msg::BankListPassMark) }</dt><dd>{ text.percent(f64::from(figures.pass_percent) / 100.0) }</dd></div>
                <div class="topics"><dt>{ text.get(Msg::BankListTopics) }</dt><dd>{ figures.topics.join(", ") }</dd></div>
            </dl>
            if left_out > 0 {
                <p class="skipped">{ text.get(Msg::BankListLeftOutSeePage {
                    count: left_out.into(),
                    total: figures.questions_in_file.into(),
                }) }</p>
            }
        </>
    }
}

/// A usable hosted bank's problems, on its page: what was left out and why, for the teacher.
pub fn skipped_notice(
    title: &str,
    skipped: &[BankError],
    left_out: usize,
    questions_in_file: usize,
) -> Html {
    if skipped.is_empty() {
        return Html::default();
    }
    html! {
        <SkippedNotice title={ AttrValue::from(title.to_owned()) } skipped={ skipped.to_vec() }
            { left_out } { questions_in_file } />
    }
}

#[derive(Properties, PartialEq)]
struct SkippedNoticeProps {
    title: AttrValue,
    skipped: Vec<BankError>,
    left_out: usize,
    questions_in_file: usize,
}

/// [`skipped_notice`] in the interface's language.
#[component]
fn SkippedNotice(props: &SkippedNoticeProps) -> Html {
    let text = use_text();
    let summary = match props.left_out {
        0 => text.get(Msg::BankListOutsideQuestions {
            count: props.skipped.len().into(),
        }),
        n => text.get(Msg::BankListLeftOut {
            count: n.into(),
            total: props.questions_in_file.into(),
        }),
    };
    let label = text.get(Msg::CommonProblemsIn {
        name: props.title.as_str().into(),
    });
    html! {
        <details class="skipped">
            <summary>{ summary }</summary>
            { problem_list("errors", Some(label), &file_problems::problem_lines(&text, &props.skipped)) }
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
pub fn failed(id: &str, title: &str, errors: &[BankError]) -> Html {
    html! {
        <Failed id={ AttrValue::from(id.to_owned()) } title={ AttrValue::from(title.to_owned()) }
            errors={ errors.to_vec() } />
    }
}

#[derive(Properties, PartialEq)]
struct FailedProps {
    id: AttrValue,
    title: AttrValue,
    errors: Vec<BankError>,
}

/// [`failed`] in the interface's language.
#[component]
fn Failed(props: &FailedProps) -> Html {
    let text = use_text();
    failed_in(&text, &props.id, &props.title, &props.errors)
}

fn failed_in(text: &Texts, id: &str, title: &str, errors: &[BankError]) -> Html {
    let heading_id = format!("bank-{id}");
    let label = text.get(Msg::CommonProblemsIn { name: title.into() });
    html! {
        <article class="bank-failed" aria-labelledby={ heading_id.clone() }>
            <h2 id={ heading_id }>{ title }</h2>
            <p class="problem" role="alert"><strong>{ text.get(Msg::BankListBankCannotBeUsed) }{ " " }</strong>
                { text.get(Msg::CommonProblemsFound { count: errors.len().into() }) }</p>
            { problem_list("errors", Some(label), &file_problems::problem_lines(text, errors)) }
        </article>
    }
}
