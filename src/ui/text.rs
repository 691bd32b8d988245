//! The interface's words in the candidate's language: [`Texts`] writes a [`Msg`] with its
//! arguments, and numbers, percents and dates, by the language's rules (the browser's `Intl`).
//! The app provides one through a context; views read it with [`use_text`], so a change of
//! language draws every view again, with no reload.

use std::cell::OnceCell;
use std::rc::Rc;

use catalogue::{Catalogue, Locale, Pattern, PluralCategory};
use yew::prelude::*;

use super::messages::{ENGLISH, Msg};
use crate::engine::language_tag::{Direction, LanguageTag};
use crate::web::intl::BrowserLocale;

/// One language's messages, ready to write.
#[derive(Clone)]
pub struct Texts(Rc<Language>);

struct Language {
    tag: String,
    direction: Direction,
    /// By `Msg::index`; `None` where the language lacks a message, which English then gives.
    messages: Vec<Option<Pattern>>,
    locale: BrowserLocale,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

thread_local! {
    static ENGLISH_TEXTS: OnceCell<Texts> = const { OnceCell::new() };
}

impl Texts {
    /// English, built in.
    pub fn english() -> Texts {
        ENGLISH_TEXTS.with(|english| {
            english
                .get_or_init(|| {
                    // Read as bytes, as a fetched catalogue is, so one reader serves both.
                    let catalogue: Catalogue = serde_json::from_slice(ENGLISH.as_bytes())
                        .expect("the build wrote English's catalogue");
                    Texts::new(catalogue)
                })
                .clone()
        })
    }

    /// A language's compiled catalogue, as fetched.
    pub fn new(catalogue: Catalogue) -> Texts {
        let Catalogue {
            language,
            mut messages,
        } = catalogue;
        let patterns = Msg::IDS.iter().map(|id| messages.remove(*id)).collect();
        let direction =
            LanguageTag::parse(&language).map_or(Direction::LeftToRight, |tag| tag.direction());
        Texts(Rc::new(Language {
            locale: BrowserLocale::new(&language),
            tag: language,
            direction,
            messages: patterns,
        }))
    }

    /// The language's BCP 47 tag.
    pub fn language(&self) -> &str {
        &self.0.tag
    }

    /// The interface's direction in this language, as `dir` takes it.
    pub fn dir(&self) -> &'static str {
        self.0.direction.html_dir()
    }

    /// The message in this language, else in English.
    pub fn get(&self, msg: Msg) -> String {
        let args = msg.args();
        let index = msg.index();
        let mut out = String::new();
        match &self.0.messages[index] {
            Some(pattern) => catalogue::format(pattern, &args, &*self.0, &mut out),
            None => {
                let english = Texts::english();
                if let Some(pattern) = &english.0.messages[index] {
                    catalogue::format(pattern, &args, &*english.0, &mut out);
                }
            }
        }
        out
    }

    /// The message as an attribute value.
    pub fn attr(&self, msg: Msg) -> AttrValue {
        AttrValue::from(self.get(msg))
    }

    /// A number as the language writes it.
    pub fn number(&self, n: f64) -> String {
        self.0.locale.number(n)
    }

    /// A figure with exactly two decimals (an average, a correlation), as the language writes it.
    pub fn hundredths(&self, n: f64) -> String {
        self.0.locale.hundredths(n)
    }

    /// A share from 0 to 1 as a whole percent, as the language writes it.
    pub fn percent(&self, share: f64) -> String {
        self.0.locale.percent(share)
    }

    /// A moment (milliseconds since the epoch) as a date and a time of day.
    pub fn date_time(&self, ms: f64) -> String {
        self.0.locale.date_time(ms)
    }

    /// A moment as a date.
    pub fn date(&self, ms: f64) -> String {
        self.0.locale.date(ms)
    }
}

impl Locale for Language {
    fn plural_category(&self, n: f64) -> PluralCategory {
        self.locale.plural_category(n)
    }

    fn number(&self, n: f64) -> String {
        self.locale.number(n)
    }

    /// A bank's title or a file's name keeps its own direction inside a right-to-left sentence,
    /// as Fluent isolates its placeables; numbers need no isolating.
    fn text(&self, text: &str, out: &mut String) {
        if self.direction == Direction::RightToLeft {
            out.push('\u{2068}');
            out.push_str(text);
            out.push('\u{2069}');
        } else {
            out.push_str(text);
        }
    }
}

/// The interface's words in the language the candidate reads (English outside the app's
/// provider, as in a test of one view).
#[hook]
pub fn use_text() -> Texts {
    use_context::<Texts>().unwrap_or_else(Texts::english)
}
