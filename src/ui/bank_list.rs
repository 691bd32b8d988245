//! The start page's list of banks: each valid bank with its figures, each broken one with its errors.

use std::rc::Rc;

use yew::prelude::*;

use super::components::problem_list;
use super::markup_view;
use super::route::Route;
use crate::engine::bank::Bank;
use crate::engine::catalog::LoadedBank;

#[derive(Properties, PartialEq)]
pub struct BankListProps {
    pub banks: Rc<Vec<LoadedBank>>,
}

/// Lists every bank from `questions/index.json`, valid or not.
#[component]
pub fn BankList(props: &BankListProps) -> Html {
    if props.banks.is_empty() {
        return html! { <p>{ "No question banks are listed in questions/index.json yet." }</p> };
    }
    html! {
        <ul class="bank-list" aria-label="Question banks">
            { for props.banks.iter().map(|loaded| match loaded {
                LoadedBank::Ready { bank, skipped, questions_in_file } => ready(bank, skipped, *questions_in_file),
                LoadedBank::Failed { entry, errors } => failed(&entry.id, &entry.title, errors),
            }) }
        </ul>
    }
}

fn ready(bank: &Bank, skipped: &[String], questions_in_file: usize) -> Html {
    let heading_id = format!("bank-{}", bank.id());
    let left_out = questions_in_file.saturating_sub(bank.questions().len());
    html! {
        <li class="bank">
            <article aria-labelledby={ heading_id.clone() }>
                <h2 id={ heading_id }>{ bank.title() }</h2>
                <div class="description">{ markup_view::blocks(bank.description()) }</div>
                <dl class="figures">
                    <div><dt>{ "Questions" }</dt><dd>{ bank.questions().len() }</dd></div>
                    <div><dt>{ "Default exam" }</dt><dd>{ format!(
                        "{} questions in {} minutes",
                        bank.default_question_count(),
                        bank.default_time_limit_minutes()
                    ) }</dd></div>
                    <div><dt>{ "Pass mark" }</dt><dd>{ format!("{} %", bank.pass_mark().percent()) }</dd></div>
                    <div class="topics"><dt>{ "Topics" }</dt><dd>{ bank.topics().join(", ") }</dd></div>
                </dl>
                if !skipped.is_empty() {
                    <details class="skipped">
                        <summary>{ skipped_summary(left_out, questions_in_file, skipped.len()) }</summary>
                        { problem_list("errors", Some(format!("Problems in {}", bank.title())), skipped) }
                    </details>
                }
                <p><a class="button" href={ Route::Bank(bank.id().clone()).href() }>{ format!("Open {}", bank.title()) }</a></p>
            </article>
        </li>
    }
}

/// "2 of 48 questions have problems and are left out", or about other text skipped.
fn skipped_summary(left_out: usize, questions_in_file: usize, problems: usize) -> String {
    match left_out {
        0 => format!(
            "{problems} problem{} in text outside the questions (left out)",
            if problems == 1 { "" } else { "s" }
        ),
        1 => format!("1 of {questions_in_file} questions has a problem and is left out"),
        n => format!("{n} of {questions_in_file} questions have problems and are left out"),
    }
}

fn failed(id: &str, title: &str, errors: &[String]) -> Html {
    let heading_id = format!("bank-{id}");
    html! {
        <li class="bank bank-failed">
            <article aria-labelledby={ heading_id.clone() }>
                <h2 id={ heading_id }>{ title }</h2>
                <p class="problem"><strong>{ "This bank cannot be used: " }</strong>
                    { format!("{} problem{} found.", errors.len(), if errors.len() == 1 { "" } else { "s" }) }</p>
                { problem_list("errors", Some(format!("Problems in {title}")), errors) }
            </article>
        </li>
    }
}
