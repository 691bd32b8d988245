//! A bank's language: a well-formed BCP 47 tag (RFC 5646), and the direction its script is
//! written in, so the page can mark bank text with `lang` and `dir` and a screen reader reads a
//! French bank with French rules inside an English interface.
//!
//! Only the grammar is checked, not the IANA registry: the registry changes, a browser treats an
//! unknown but well-formed subtag as itself, and a page that must stay small cannot carry it.

use std::fmt;

/// A well-formed BCP 47 language tag, as the bank wrote it (case is kept; tags compare without
/// regard to case, as RFC 5646 says).
#[derive(Debug, Clone, Eq)]
pub struct LanguageTag(String);

/// The way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn html_dir(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// Scripts written right to left (ISO 15924 codes, lower case), for tags that name a script.
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &[
    "adlm", "arab", "aran", "armi", "avst", "cprt", "hebr", "khar", "mand", "mani", "mend", "nbat",
    "nkoo", "orkh", "palm", "phli", "phlp", "phnx", "prti", "rohg", "samr", "sarb", "sogd", "sogo",
    "syrc", "thaa", "yezi",
];

/// Languages whose usual script runs right to left, for tags that name no script.
const RIGHT_TO_LEFT_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "nqo", "pa-arab", "ps", "sd",
    "syr", "ug", "ur", "yi",
];

impl LanguageTag {
    /// Reads a tag, surrounding spaces aside; `None` when it is not a well-formed BCP 47 tag.
    pub fn parse(text: &str) -> Option<LanguageTag> {
        let text = text.trim();
        well_formed(text).then(|| LanguageTag(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tag's primary language subtag, lower case ("pt" for "pt-BR").
    pub fn primary(&self) -> String {
        self.0
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// The direction the language's text runs: its script's when the tag names one, else its
    /// language's usual script's.
    pub fn direction(&self) -> Direction {
        let lower = self.0.to_ascii_lowercase();
        let subtags: Vec<&str> = lower.split('-').collect();
        let script = subtags
            .iter()
            .skip(1)
            .take_while(|subtag| subtag.len() != 1)
            .find(|subtag| subtag.len() == 4 && subtag.bytes().all(|b| b.is_ascii_alphabetic()));
        let right_to_left = match script {
            Some(script) => RIGHT_TO_LEFT_SCRIPTS.contains(script),
            None => RIGHT_TO_LEFT_LANGUAGES.contains(&subtags[0]),
        };
        if right_to_left {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        }
    }
}

impl PartialEq for LanguageTag {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `text` matches RFC 5646's `Language-Tag` production: a private-use tag, one of the
/// grandfathered irregular tags, or `language ["-" script] ["-" region] *("-" variant)
/// *("-" extension) ["-" privateuse]`, where `language` is 2–3 letters with up to three
/// extended subtags.
fn well_formed(text: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "en-gb-oed",
        "i-ami",
        "i-bnn",
        "i-default",
        "i-enochian",
        "i-hak",
        "i-klingon",
        "i-lux",
        "i-mingo",
        "i-navajo",
        "i-pwn",
        "i-tao",
        "i-tay",
        "i-tsu",
        "sgn-be-fr",
        "sgn-be-nl",
        "sgn-ch-de",
    ];
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    if IRREGULAR.contains(&lower.as_str()) {
        return true;
    }
    let subtags: Vec<&str> = lower.split('-').collect();
    if subtags
        .iter()
        .any(|subtag| subtag.is_empty() || subtag.len() > 8)
    {
        return false;
    }
    if subtags[0] == "x" {
        return subtags.len() > 1;
    }
    let alpha = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = subtags.as_slice();
    let Some((language, tail)) = rest.split_first() else {
        return false;
    };
    rest = tail;
    if alpha(language, 2, 3) {
        let mut extlangs = 0;
        while let Some((subtag, tail)) = rest.split_first()
            && extlangs < 3
            && alpha(subtag, 3, 3)
        {
            extlangs += 1;
            rest = tail;
        }
    } else {
        // The grammar also allows 4 to 8 letters, but the registry holds no such language, and
        // refusing them catches "french" or "english" written for a tag.
        return false;
    }
    if let Some((subtag, tail)) = rest.split_first()
        && alpha(subtag, 4, 4)
    {
        rest = tail;
    }
    if let Some((subtag, tail)) = rest.split_first()
        && (alpha(subtag, 2, 2) || digits(subtag, 3))
    {
        rest = tail;
    }
    let variant =
        |s: &str| (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit());
    let mut variants: Vec<&str> = Vec::new();
    while let Some((subtag, tail)) = rest.split_first()
        && variant(subtag)
    {
        if variants.contains(subtag) {
            return false;
        }
        variants.push(subtag);
        rest = tail;
    }
    let mut singletons: Vec<&str> = Vec::new();
    while let Some((singleton, tail)) = rest.split_first() {
        if singleton.len() != 1 {
            return false;
        }
        if *singleton == "x" {
            return !tail.is_empty();
        }
        if singletons.contains(singleton) {
            return false;
        }
        singletons.push(singleton);
        let taken = tail.iter().take_while(|s| s.len() >= 2).count();
        if taken == 0 {
            return false;
        }
        rest = &tail[taken..];
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_tags_of_every_shape_are_taken() {
        for tag in [
            "fr",
            "pt-BR",
            "zh-Hant-TW",
            "sr-Latn-RS",
            "es-419",
            "de-CH-1996",
            "en-US-x-twain",
            "zh-yue-HK",
            "x-private",
            "i-klingon",
            "en-a-bbb-x-a-ccc",
        ] {
            assert!(LanguageTag::parse(tag).is_some(), "{tag}");
        }
    }

    #[test]
    fn malformed_tags_are_refused() {
        for tag in [
            "",
            "french",
            "f",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "en-US-",
            "de-1996-1996",
            "en-a-x",
            "en-a-bbb-a-ccc",
            "toolongsubtag",
            "en US",
            "1en",
        ] {
            assert!(LanguageTag::parse(tag).is_none(), "{tag}");
        }
    }

    #[test]
    fn direction_follows_the_script_then_the_language() {
        let dir = |tag: &str| LanguageTag::parse(tag).unwrap().direction();
        assert_eq!(dir("ar"), Direction::RightToLeft);
        assert_eq!(dir("he-IL"), Direction::RightToLeft);
        assert_eq!(dir("fa"), Direction::RightToLeft);
        assert_eq!(dir("fr"), Direction::LeftToRight);
        assert_eq!(dir("ja"), Direction::LeftToRight);
        assert_eq!(dir("az-Arab"), Direction::RightToLeft);
        assert_eq!(dir("ar-Latn"), Direction::LeftToRight);
    }

    #[test]
    fn tags_compare_without_regard_to_case() {
        assert_eq!(
            LanguageTag::parse("pt-br").unwrap(),
            LanguageTag::parse("PT-BR").unwrap()
        );
        assert_eq!(LanguageTag::parse(" pt-BR ").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("pt-BR").unwrap().primary(), "pt");
    }
}
