//! The start page: the site's question banks, the candidate's own, and the teachers' links.

mod own_banks;

use yew::prelude::*;

use crate::ui::components::bank_list::BankList;
use crate::ui::route::Route;
use crate::ui::stores::app_store::use_store;
use crate::ui::stores::catalog::Catalog;
use own_banks::OwnBanks;

/// The site's banks as far as the index has loaded, the candidate's own, and the teachers' links.
#[component]
pub fn HomePage() -> Html {
    let store = use_store();
    let hosted_list = match &*store.catalog {
        Catalog::Loading => html! { <p role="status">{ "Loading question banks…" }</p> },
        Catalog::Failed(message) => html! {
            <div role="alert" class="notice notice-error">
                <p>{ "The list of question banks could not be read." }</p>
                <p><code>{ message.clone() }</code></p>
            </div>
        },
        Catalog::Ready(entries) => html! { <BankList entries={ entries.clone() } /> },
    };
    html! {
        <>
            <h1>{ "Practice exams" }</h1>
            { hosted_list }
            <OwnBanks library={ store.library.clone() } dispatch={ store.dispatch() } />
            <section class="teachers" aria-labelledby="teachers-heading">
                <h2 id="teachers-heading">{ "For teachers" }</h2>
                <p><a href={ Route::Class.href() }>{ "Class results" }</a>{ ": grade your candidates' result files, with statistics per question." }</p>
            </section>
        </>
    }
}
