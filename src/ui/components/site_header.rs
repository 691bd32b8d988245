//! The header every page has, the first module's too: the site's name, home, and the language menu.

use yew::prelude::*;

use super::language_menu::LanguageMenu;
use crate::ui::messages::Msg;
use crate::ui::route::Route;
use crate::ui::stores::language::LanguageStore;
use crate::ui::text::use_text;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub language: LanguageStore,
}

#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let text = use_text();
    html! {
        <header class="site-header">
            <a class="brand" href={ Route::Home.href() }>{ text.get(Msg::SiteBrand) }</a>
            <LanguageMenu store={ props.language.clone() } />
        </header>
    }
}
