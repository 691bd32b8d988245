//! The text size and colours every page's header offers: a button that shows or hides the two
//! menus, each applied to the whole page as soon as it is chosen.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::focus_element;
use crate::ui::messages::Msg;
use crate::ui::stores::display::{Colours, Display, DisplayStore, Setting, TextSize};
use crate::ui::text::Texts;

/// The button and the two menus it shows while `open`. A function of the header's, not a
/// component of its own, as a component costs the first module more code than this does.
pub fn display_menu(text: &Texts, store: &DisplayStore, open: &UseStateHandle<bool>) -> Html {
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape closes the menus and puts focus back on their button, as a disclosure does, so a
    // keyboard user is not left inside a hidden panel.
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                open.set(false);
                focus_element("display-button");
            }
        })
    };
    let shown = store.shown;
    // Each menu changes its own setting and keeps the other as it is.
    let choose = |change: fn(&mut Display, &str)| {
        let choose = store.choose.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let mut chosen = shown;
            change(&mut chosen, &select.value());
            choose.emit(chosen);
        })
    };
    let sizes = TextSize::ALL
        .iter()
        .map(|size| (size.word(), size_name(text, *size)));
    let colours = Colours::ALL
        .iter()
        .map(|colours| (colours.word(), colours_name(text, *colours)));
    html! {
        <>
            <button type="button" id="display-button" class="display-button"
                aria-expanded={ open.to_string() } aria-controls="display-options" onclick={ toggle }>
                <span class="display-icon" aria-hidden="true">{ "Aa" }</span>
                { text.get(Msg::DisplayMenuLabel) }
            </button>
            <div id="display-options" class="display-options" role="group"
                aria-labelledby="display-button" hidden={ !**open } { onkeydown }>
                { menu("text-size", text.get(Msg::DisplayTextSize), sizes.collect(), shown.size.word(),
                    choose(|chosen, word| chosen.size = TextSize::from_word(word).unwrap_or_default())) }
                { menu("colours", text.get(Msg::DisplayColours), colours.collect(), shown.colours.word(),
                    choose(|chosen, word| chosen.colours = Colours::from_word(word).unwrap_or_default())) }
            </div>
        </>
    }
}

/// One labelled menu: each option's word and name, the word `chosen` selected.
fn menu(
    id: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    chosen: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="display-field">
            <label for={ id }>{ label }</label>
            <select { id } { onchange }>
                { for options.into_iter().map(|(word, name)| html! {
                    <option value={ word } selected={ word == chosen }>{ name }</option>
                }) }
            </select>
        </div>
    }
}

fn size_name(text: &Texts, size: TextSize) -> String {
    text.get(match size {
        TextSize::Standard => Msg::DisplaySizeStandard,
        TextSize::Large => Msg::DisplaySizeLarge,
        TextSize::Larger => Msg::DisplaySizeLarger,
        TextSize::Largest => Msg::DisplaySizeLargest,
    })
}

fn colours_name(text: &Texts, colours: Colours) -> String {
    text.get(match colours {
        Colours::System => Msg::DisplayColoursSystem,
        Colours::Light => Msg::DisplayColoursLight,
        Colours::Dark => Msg::DisplayColoursDark,
        Colours::HighContrast => Msg::DisplayColoursContrast,
    })
}
