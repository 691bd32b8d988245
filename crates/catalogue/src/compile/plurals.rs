//! Which plural forms a language has, from CLDR's rules (natively, through `intl_pluralrules`):
//! the ones whole counts take, which a plural selection must name, and the ones any number
//! takes, beyond which a case names a form the language does not have.

use std::collections::BTreeSet;

use intl_pluralrules::{PluralCategory as Cldr, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// A language's plural forms.
#[derive(Clone, Debug, PartialEq)]
pub struct PluralForms {
    /// The forms whole counts (0, 1, 2, …) take.
    pub counts: BTreeSet<&'static str>,
    /// The forms any number takes (fractions too).
    pub all: BTreeSet<&'static str>,
}

/// The plural forms of the language `tag` (its region's rules, else its language's), or `None`
/// when CLDR does not know it.
pub fn plural_categories(tag: &str) -> Option<PluralForms> {
    let rules = candidates(tag)
        .into_iter()
        .find_map(|langid| PluralRules::create(langid, PluralRuleType::CARDINAL).ok())?;
    let mut counts = BTreeSet::new();
    for n in 0..=1_000_u64 {
        counts.insert(name(rules.select(n).ok()?));
    }
    for n in [1_000_000_u64, 1_000_001, 2_000_000] {
        counts.insert(name(rules.select(n).ok()?));
    }
    let mut all = counts.clone();
    for fraction in [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.1", "2.5", "5.5", "11.1", "1.25",
    ] {
        all.insert(name(rules.select(fraction).ok()?));
    }
    Some(PluralForms { counts, all })
}

fn candidates(tag: &str) -> Vec<LanguageIdentifier> {
    let mut candidates: Vec<LanguageIdentifier> = tag.parse().ok().into_iter().collect();
    if let Some(primary) = tag.split('-').next()
        && let Ok(langid) = primary.parse()
    {
        candidates.push(langid);
    }
    candidates
}

fn name(category: Cldr) -> &'static str {
    match category {
        Cldr::ZERO => "zero",
        Cldr::ONE => "one",
        Cldr::TWO => "two",
        Cldr::FEW => "few",
        Cldr::MANY => "many",
        Cldr::OTHER => "other",
    }
}
