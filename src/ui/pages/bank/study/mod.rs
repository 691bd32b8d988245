//! The bank page's study section: what is due for review, the exam date, "Am I ready?", and the
//! progress file. Reads the bank's review records once per change, in an effect.

mod progress_file;
mod readiness_panel;
mod review_panel;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::review::ReviewBook;
use crate::ui::messages::Msg;
use crate::ui::stores::history;
use crate::ui::stores::review;
use crate::ui::stores::saved::{Loaded, Notice};
use crate::ui::text::use_text;
use crate::web::clock;
use crate::web::persist::{self, Persistence};

pub use progress_file::ProgressFile;
use readiness_panel::ReadinessPanel;
use review_panel::ReviewPanel;

#[derive(Properties, PartialEq)]
pub struct StudyPanelProps {
    pub bank: Rc<Bank>,
    /// Bumped when saved progress changed under the page (a progress file was loaded).
    pub version: u32,
}

/// What the study section shows, read at one moment.
#[derive(Clone, PartialEq)]
struct Snapshot {
    book: Rc<ReviewBook>,
    notice: Option<Notice>,
    now_ms: u64,
}

/// Spaced review, readiness, and (once there is history) a request to keep the data for good.
#[component]
pub fn StudyPanel(props: &StudyPanelProps) -> Html {
    let text = use_text();
    let snapshot = use_state(|| None::<Snapshot>);
    let reload = use_state(|| 0u32);
    {
        let snapshot = snapshot.clone();
        let bank_id = props.bank.id().to_string();
        use_effect_with((bank_id, props.version, *reload), move |(bank_id, _, _)| {
            let Loaded { value, notice, .. } = review::load(bank_id);
            snapshot.set(Some(Snapshot {
                book: Rc::new(value),
                notice,
                now_ms: clock::now_ms(),
            }));
        });
    }
    let persistence = use_state(|| None::<Persistence>);
    {
        let persistence = persistence.clone();
        let bank_id = props.bank.id().to_string();
        use_effect_with((bank_id, props.version), move |(bank_id, _)| {
            if history::has_attempts(bank_id) {
                wasm_bindgen_futures::spawn_local(async move {
                    persistence.set(Some(persist::request().await));
                });
            }
        });
    }
    let Some(snapshot) = &*snapshot else {
        return html! {};
    };
    let changed = {
        let reload = reload.clone();
        Callback::from(move |()| reload.set(*reload + 1))
    };
    html! {
        <section class="study" aria-labelledby="study-heading">
            <h2 id="study-heading">{ text.get(Msg::BankStudyHeading) }</h2>
            if let Some(notice) = &snapshot.notice { <p role="status" class="notice">{ notice.describe(&text) }</p> }
            <ReviewPanel bank={ props.bank.clone() } book={ snapshot.book.clone() } now_ms={ snapshot.now_ms } on_change={ changed } />
            <ReadinessPanel bank={ props.bank.clone() } book={ snapshot.book.clone() } />
            if *persistence == Some(Persistence::Refused) {
                <p class="notice">{ text.get(Msg::BankStudyPersistenceRefused) }</p>
            }
        </section>
    }
}
