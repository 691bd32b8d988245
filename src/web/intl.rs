//! The browser's `Intl`: a language's plural rules, numbers, percents and dates, so the page
//! ships no locale data of its own; and the languages the browser prefers.

use catalogue::{Locale, PluralCategory};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// A language's rules as the browser knows them.
pub struct BrowserLocale {
    plurals: Intl::PluralRules,
    numbers: Intl::NumberFormat,
    hundredths: Intl::NumberFormat,
    percents: Intl::NumberFormat,
    tag: String,
}

impl BrowserLocale {
    pub fn new(tag: &str) -> BrowserLocale {
        let locales = Array::of1(&JsValue::from_str(tag));
        let percent = Object::new();
        let _ = Reflect::set(&percent, &"style".into(), &"percent".into());
        let _ = Reflect::set(&percent, &"maximumFractionDigits".into(), &0.into());
        let hundredths = Object::new();
        let _ = Reflect::set(&hundredths, &"minimumFractionDigits".into(), &2.into());
        let _ = Reflect::set(&hundredths, &"maximumFractionDigits".into(), &2.into());
        BrowserLocale {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            numbers: Intl::NumberFormat::new(&locales, &Object::new()),
            hundredths: Intl::NumberFormat::new(&locales, &hundredths),
            percents: Intl::NumberFormat::new(&locales, &percent),
            tag: tag.to_owned(),
        }
    }

    /// A share from 0 to 1 as a whole percent, written as the language writes one ("42 %").
    pub fn percent(&self, share: f64) -> String {
        call_format(&self.percents, share)
    }

    /// A figure with exactly two decimals, as the language writes one ("1.50", "1,50").
    pub fn hundredths(&self, n: f64) -> String {
        call_format(&self.hundredths, n)
    }

    /// A moment (milliseconds since the epoch) as a date and time of day.
    pub fn date_time(&self, ms: f64) -> String {
        let date = js_sys::Date::new(&JsValue::from_f64(ms));
        String::from(date.to_locale_string(&self.tag, &JsValue::UNDEFINED))
    }

    /// A moment as a date alone.
    pub fn date(&self, ms: f64) -> String {
        let date = js_sys::Date::new(&JsValue::from_f64(ms));
        String::from(date.to_locale_date_string(&self.tag, &JsValue::UNDEFINED))
    }
}

impl Locale for BrowserLocale {
    fn plural_category(&self, n: f64) -> PluralCategory {
        let name = String::from(self.plurals.select(n));
        PluralCategory::from_name(&name).unwrap_or(PluralCategory::Other)
    }

    fn number(&self, n: f64) -> String {
        call_format(&self.numbers, n)
    }
}

fn call_format(format: &Intl::NumberFormat, n: f64) -> String {
    format
        .format()
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(n))
        .ok()
        .and_then(|text| text.as_string())
        // JavaScript's own String(n): Rust's float formatting would add kilobytes for a fallback.
        .or_else(|| {
            js_sys::Number::from(n)
                .to_string_with_radix(10)
                .ok()
                .map(String::from)
        })
        .unwrap_or_default()
}

/// The languages the browser says its user prefers, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if languages.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        languages
    }
}
