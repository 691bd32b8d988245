//! The header every page has, the first module's too: the site's name, home, the language menu,
//! and the text size and colours.

use yew::prelude::*;

use super::display_menu::display_menu;
use super::language_menu::LanguageMenu;
use crate::ui::messages::{LANGUAGES, Msg};
use crate::ui::refusals::fetch_error;
use crate::ui::route::Route;
use crate::ui::stores::display::DisplayStore;
use crate::ui::stores::language::{LanguageProblem, LanguageStore};
use crate::ui::text::use_text;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub language: LanguageStore,
    pub display: DisplayStore,
}

#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let text = use_text();
    let language = &props.language;
    let display_open = use_state_eq(|| false);
    let failed = language.failed.as_ref().map(|problem| {
        let name = LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == language.chosen.as_str())
            .map_or(language.chosen.as_str(), |(_, name)| *name);
        text.get(Msg::LanguageLoadFailed {
            language: name.into(),
            problem: match problem.as_ref() {
                LanguageProblem::NotFetched(error) => fetch_error(&text, error),
                LanguageProblem::Unreadable(why) => why.clone(),
            }
            .into(),
        })
    });
    html! {
        <>
            <header class="site-header">
                <a class="brand" href={ Route::Home.href() }>{ text.get(Msg::SiteBrand) }</a>
                <LanguageMenu store={ language.clone() } />
                { display_menu(&text, &props.display, &display_open) }
            </header>
            if let Some(failed) = failed { <p class="notice" role="status">{ failed }</p> }
        </>
    }
}
