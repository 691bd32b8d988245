//! The `lang` and `dir` a bank's own text carries, so a French bank inside an English interface
//! is read, hyphenated and spoken by French rules, and an Arabic one runs right to left.

use yew::AttrValue;

use crate::engine::language_tag::LanguageTag;

/// The attributes for an element holding a bank's text; both absent when the bank names no
/// language, so the text takes the page's.
#[derive(Clone, Default, PartialEq)]
pub struct TextLanguage {
    pub lang: Option<AttrValue>,
    pub dir: Option<AttrValue>,
}

impl TextLanguage {
    pub fn of(tag: Option<&LanguageTag>) -> TextLanguage {
        tag.map_or_else(TextLanguage::default, |tag| TextLanguage {
            lang: Some(AttrValue::from(tag.to_string())),
            dir: Some(AttrValue::Static(tag.direction().html_dir())),
        })
    }

    /// For a bank listed in the index, from its figures' language (already checked when the
    /// index was written, and checked again here).
    pub fn listed(tag: Option<&str>) -> TextLanguage {
        TextLanguage::of(tag.and_then(LanguageTag::parse).as_ref())
    }
}
