//! The start page: the site's question banks, the candidate's own, and the teachers' links.

mod own_banks;

use yew::prelude::*;

use crate::ui::components::bank_list::BankList;
use crate::ui::components::site_notices::index_problem;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::stores::app_store::use_store;
use crate::ui::stores::catalog::Catalog;
use crate::ui::text::use_text;
use own_banks::OwnBanks;

/// The site's banks as far as the index has loaded, the candidate's own, and the teachers' links.
#[component]
pub fn HomePage() -> Html {
    let store = use_store();
    let text = use_text();
    let hosted_list = match &*store.catalog {
        Catalog::Loading => {
            html! { <p role="status">{ text.get(Msg::HomeLoadingBanks) }</p> }
        }
        Catalog::Failed(problem) => html! {
            <div role="alert" class="notice notice-error">
                <p>{ text.get(Msg::HomeIndexUnreadable) }</p>
                <p><code>{ index_problem(&text, problem) }</code></p>
            </div>
        },
        Catalog::Ready(entries) => html! { <BankList entries={ entries.clone() } /> },
    };
    html! {
        <>
            <h1>{ text.get(Msg::HomeHeading) }</h1>
            { hosted_list }
            <OwnBanks library={ store.library.clone() } dispatch={ store.dispatch() } />
            <section class="teachers" aria-labelledby="teachers-heading">
                <h2 id="teachers-heading">{ text.get(Msg::HomeTeachersHeading) }</h2>
                <p><a href={ Route::Class.href() }>{ text.get(Msg::HomeClassResultsLink) }</a>{ text.get(Msg::HomeClassResultsDescription) }</p>
            </section>
        </>
    }
}
