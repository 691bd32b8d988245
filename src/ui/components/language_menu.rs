//! The language menu every page shows: each shipped language under its own name, so a speaker of
//! any of them finds theirs whatever the interface's language is now.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::ui::messages::{LANGUAGES, Msg};
use crate::ui::stores::language::LanguageStore;
use crate::ui::text::{Texts, use_text};

#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    pub store: LanguageStore,
}

#[component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let text = use_text();
    let onchange = {
        let choose = props.store.choose.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            choose.emit(select.value());
        })
    };
    let label = text.get(Msg::LanguageMenuLabel);
    // The word in English too, beside another language's, as the one most candidates know,
    // marked as English so it is read as English.
    let english = Texts::english();
    let in_english = (text.language() != english.language()).then(|| {
        html! { <>{ " · " }<span lang={ english.language().to_owned() }>{ english.get(Msg::LanguageMenuLabel) }</span></> }
    });
    html! {
        <div class="language-menu">
            <label for="language-menu">
                <span class="language-icon" aria-hidden="true">{ "🌐" }</span>
                { label }
                { in_english }
            </label>
            <select id="language-menu" { onchange }>
                { for LANGUAGES.iter().map(|(tag, name)| html! {
                    <option value={ *tag } lang={ *tag } selected={ props.store.chosen == *tag }>{ *name }</option>
                }) }
            </select>
        </div>
    }
}
