//! A bank's page: its description, an exam in progress, the study and history sections, the exam
//! set-up form (which produces an exam link) and the progress file.

mod history;
mod resume_notice;
mod setup;
mod study;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::ui::components::bank_language::TextLanguage;
use crate::ui::components::markup_view;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::text::use_text;
use history::HistoryView;
use resume_notice::ResumeNotice;
use setup::SetupForm;
use study::{ProgressFile, StudyPanel};

#[derive(Properties, PartialEq)]
pub struct BankPageProps {
    pub bank: Rc<Bank>,
}

/// Everything about one bank, and the way to start an exam of it.
#[component]
pub fn BankPage(props: &BankPageProps) -> Html {
    let bank = &props.bank;
    let text = use_text();
    // Bumped when a progress file is loaded, so the history and study sections read again.
    let version = use_state(|| 0u32);
    let on_progress_loaded = {
        let version = version.clone();
        Callback::from(move |()| version.set(*version + 1))
    };
    let TextLanguage { lang, dir } = TextLanguage::of(bank.language());
    html! {
        <section class="bank-page" aria-labelledby="bank-heading">
            <p><a href={ Route::Home.href() }>{ text.get(Msg::BankAllBanksLink) }</a></p>
            <h1 id="bank-heading" lang={ lang.clone() } dir={ dir.clone() }>{ bank.title() }</h1>
            <div class="description" {lang} {dir}>{ markup_view::blocks(bank.description()) }</div>
            if let Some(date) = bank.facts_checked() {
                <p class="facts-checked">{ text.get(Msg::BankFactsChecked { date: date.to_string().into() }) }</p>
            }
            <ResumeNotice bank={ bank.clone() } />
            <StudyPanel bank={ bank.clone() } version={ *version } />
            <HistoryView bank_id={ bank.id().to_string() } version={ *version } />
            <SetupForm bank={ bank.clone() } />
            <ProgressFile on_loaded={ on_progress_loaded } />
        </section>
    }
}
