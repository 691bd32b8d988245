//! The candidate's text size and colours: chosen in every page's header, remembered, and shown
//! as attributes of `<html>` (`data-text-size`, `data-colours`) that `styles/app.css` follows.
//!
//! `<html>` is the one place the choice is: index.html's start-up script sets it there from
//! storage before the first paint (ignoring a saved word it does not know), and each module
//! reads it from there when it starts. Reading storage again could disagree with what shows:
//! when storage refuses a write, a choice made in the first module lives only on `<html>`, and
//! the whole app, which starts after it, must show that choice when it takes over, not the
//! stale saved one.

use yew::prelude::*;

use crate::web::{page, storage};

/// How large the interface's text is, as a share of the browser's own root font size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Larger,
    Largest,
}

/// The colours the page is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Colours {
    /// Light or dark, as the device is set (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
    /// Light text on black, at 7:1 or more (WCAG's AAA), with strong borders and focus rings.
    HighContrast,
}

/// One of the two settings: its values, the word each is saved and set as, and where.
pub trait Setting: Copy + PartialEq + Default + 'static {
    /// Every value, in the order the menu lists them.
    const ALL: &'static [Self];
    /// The storage key it is kept under (also read by index.html's start-up script).
    const KEY: &'static str;
    /// The attribute of `<html>` that `styles/app.css` reads; absent for the default.
    const ATTRIBUTE: &'static str;
    /// The word it is saved as, the value of its `<option>` and of its attribute.
    fn word(self) -> &'static str;

    /// The value whose word is `word`, if any.
    fn from_word(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.word() == word)
    }

    /// The value `<html>` shows now; the default when it shows none or one this build does not
    /// know.
    fn shown() -> Self {
        page::root_attribute(Self::ATTRIBUTE)
            .and_then(|word| Self::from_word(&word))
            .unwrap_or_default()
    }

    /// Shows this value on `<html>` and remembers it (a value that cannot be kept still applies
    /// to this visit).
    fn apply(self) {
        page::set_root_attribute(
            Self::ATTRIBUTE,
            (self != Self::default()).then(|| self.word()),
        );
        let _ = storage::write(Self::KEY, self.word());
    }
}

impl Setting for TextSize {
    const ALL: &'static [Self] = &[Self::Standard, Self::Large, Self::Larger, Self::Largest];
    const KEY: &'static str = storage::TEXT_SIZE_KEY;
    const ATTRIBUTE: &'static str = "data-text-size";
    fn word(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Large => "large",
            Self::Larger => "larger",
            Self::Largest => "largest",
        }
    }
}

impl Setting for Colours {
    const ALL: &'static [Self] = &[Self::System, Self::Light, Self::Dark, Self::HighContrast];
    const KEY: &'static str = storage::COLOURS_KEY;
    const ATTRIBUTE: &'static str = "data-colours";
    fn word(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
            Self::HighContrast => "contrast",
        }
    }
}

/// A text size and colours together, as the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Display {
    pub size: TextSize,
    pub colours: Colours,
}

impl Display {
    /// What `<html>` shows now.
    pub fn shown() -> Display {
        Display {
            size: TextSize::shown(),
            colours: Colours::shown(),
        }
    }
}

/// The text size and colours the page shows, and a way to change them.
#[derive(Clone, PartialEq)]
pub struct DisplayStore {
    pub shown: Display,
    /// Shows a text size and colours on the whole page at once and remembers them.
    pub choose: Callback<Display>,
}

/// The display settings as `<html>` shows them, changed at once on the whole page when chosen.
#[hook]
pub fn use_display_store() -> DisplayStore {
    let shown = use_state_eq(Display::shown);
    let choose = use_callback(shown.setter(), |chosen: Display, shown| {
        chosen.size.apply();
        chosen.colours.apply();
        shown.set(Display::shown());
    });
    DisplayStore {
        shown: *shown,
        choose,
    }
}
