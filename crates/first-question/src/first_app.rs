//! The first module's page: the exam an exam link names, drawn as the whole app draws it, and
//! nothing for any other address (the page's own start page shows, or the whole app soon will).

use std::rc::Rc;

use exam_practice::engine::bank::Bank;
use exam_practice::ui::components::site_header::SiteHeader;
use exam_practice::ui::messages::Msg;
use exam_practice::ui::pages::exam::ExamPage;
use exam_practice::ui::refusals::load_error;
use exam_practice::ui::route::Route;
use exam_practice::ui::stores::current_route::use_current_route;
use exam_practice::ui::stores::display::use_display_store;
use exam_practice::ui::stores::language::use_language_store;
use exam_practice::ui::text::Texts;
use exam_practice::web::handover::first::LoadError;
use exam_practice::web::{handover, location};
use yew::prelude::*;

use crate::first_runner::FirstModule;
use crate::listed_bank::{Found, listed_bank};

/// How the whole app's download is going, for the exam to say when it cannot come.
#[derive(Clone, PartialEq)]
pub struct WholeApp {
    /// Why the whole app could not load, once it could not.
    pub failed: Option<LoadError>,
    /// Asks for the whole app (once the first question is on screen).
    pub start: Callback<()>,
}

/// The bank an exam link names, when the first module runs it: a listed bank, with no draw
/// from saved progress (which the whole app's records decide) and outside a package.
fn exam_bank(route: &Route) -> Option<String> {
    match route {
        Route::Exam { bank, link }
            if link.draw.is_none() && location::query_param("bank").is_none() =>
        {
            Some(bank.to_string())
        }
        _ => None,
    }
}

#[component]
pub fn FirstApp() -> Html {
    let route = use_current_route();
    let language = use_language_store(None, true);
    let display = use_display_store();
    let bank = use_state(|| None::<Found>);
    let failed = use_state(|| None::<LoadError>);
    let start = {
        let failed = failed.clone();
        use_callback((), move |(), ()| {
            let failed = failed.clone();
            yew::platform::spawn_local(async move {
                if let Err(problem) = handover::first::load_whole_app().await {
                    failed.set(Some(problem));
                }
            });
        })
    };
    let id = exam_bank(&route);
    {
        let bank = bank.clone();
        let start = start.clone();
        let id = id.clone();
        use_effect_with((), move |_| match id {
            Some(id) => yew::platform::spawn_local(async move {
                let found = listed_bank(&id).await;
                if matches!(found, Found::ForTheWholeApp) {
                    start.emit(());
                }
                bank.set(Some(found));
            }),
            // Not an exam this module runs: the whole app is wanted at once.
            None => start.emit(()),
        });
    }
    let whole_app = WholeApp {
        failed: (*failed).clone(),
        start,
    };
    let page = match (&*route, &*bank) {
        (Route::Exam { link, .. }, Some(Found::Ready(bank))) if id.is_some() => {
            exam_page(bank, link.clone())
        }
        _ => return whole_app_status(&language.texts, whole_app.failed.as_ref()),
    };
    html! {
        <ContextProvider<Texts> context={ language.texts.clone() }>
        <ContextProvider<WholeApp> context={ whole_app }>
            <SiteHeader language={ language.clone() } { display } />
            <main id="main" class="page">{ if language.settled { page } else { Html::default() } }</main>
        </ContextProvider<WholeApp>>
        </ContextProvider<Texts>>
    }
}

fn exam_page(bank: &Rc<Bank>, link: exam_practice::engine::deep_link::ExamLink) -> Html {
    html! { <ExamPage<FirstModule> bank={ bank.clone() } {link} /> }
}

/// Nothing while the whole app loads (the page's start page, or nothing, shows meanwhile); why
/// there is nothing more, once it cannot load.
fn whole_app_status(text: &Texts, failed: Option<&LoadError>) -> Html {
    let Some(problem) = failed else {
        return Html::default();
    };
    html! {
        <main id="main" class="page">
            <div class="notice notice-error" role="alert">
                <p>{ text.get(Msg::ExamFirstAppFailed { problem: load_error(text, problem).into() }) }</p>
            </div>
        </main>
    }
}
