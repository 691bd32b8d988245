//! Formatting a compiled message: its text, its arguments, and the case each selection takes.

use crate::compiled::{Key, Part, Pattern};

/// A message's argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

/// CLDR's plural categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// The category's CLDR name, as a Fluent case names it.
    pub fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// The category a CLDR name stands for.
    pub fn from_name(name: &str) -> Option<PluralCategory> {
        PluralCategory::ALL
            .into_iter()
            .find(|category| category.name() == name)
    }
}

/// What formatting needs from the language: its plural rule and its way of writing numbers. The
/// page gives the browser's `Intl`; tests give a rule of their own.
pub trait Locale {
    fn plural_category(&self, n: f64) -> PluralCategory;
    fn number(&self, n: f64) -> String;

    /// Writes a text argument into the message; a right-to-left language isolates it, so a
    /// title in another direction keeps its own order (Fluent's placeable isolation).
    fn text(&self, text: &str, out: &mut String) {
        out.push_str(text);
    }
}

/// Writes `pattern` with `args` to `out`. A variable the arguments lack is written as `{$name}`,
/// as Fluent does, so the gap shows rather than vanishing.
pub fn format(pattern: &Pattern, args: &[(&str, &Arg)], locale: &dyn Locale, out: &mut String) {
    for part in pattern {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var { var } => match find(args, var) {
                Some(Arg::Number(n)) => out.push_str(&locale.number(*n)),
                Some(Arg::Text(text)) => locale.text(text, out),
                None => {
                    out.push_str("{$");
                    out.push_str(var);
                    out.push('}');
                }
            },
            Part::Select {
                select,
                cases,
                other,
            } => {
                let arg = find(args, select);
                let category = match arg {
                    Some(Arg::Number(n)) => Some(locale.plural_category(*n)),
                    _ => None,
                };
                let chosen = cases.iter().find(|case| match (&case.key, arg) {
                    (Key::Number(key), Some(Arg::Number(n))) => key == n,
                    (Key::Name(name), Some(Arg::Number(_))) => {
                        category.is_some_and(|category| category.name() == name)
                    }
                    (Key::Name(name), Some(Arg::Text(text))) => name == text,
                    _ => false,
                });
                format(chosen.map_or(other, |case| &case.value), args, locale, out);
            }
        }
    }
}

fn find<'a>(args: &[(&str, &'a Arg)], name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(arg_name, _)| *arg_name == name)
        .map(|(_, arg)| *arg)
}
