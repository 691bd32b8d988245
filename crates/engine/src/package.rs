//! An LMS package's fixed exam: which bank, the package's own id (its saved data is kept apart
//! from any other copy of the app on the same site), and the exam link every launch opens.
//!
//! The package tool writes it into the page as `bank=<id>&package=<id>&<exam link>`; the app
//! reads it once, here, into checked values.

use super::bank::Id;

/// The name of the page's meta tag that holds a package's exam: the package tool writes it, the
/// page's start-up script and the app read it.
pub const META_NAME: &str = "exam-practice-package";
use super::deep_link::ExamLink;
use super::language_tag::LanguageTag;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageConfig {
    pub bank: Id,
    /// Letters, digits, `-`, `_` and `.`: used in storage keys.
    pub package: Id,
    /// The exam; it always has a seed, so every launch (and every candidate) gets the same one.
    pub link: ExamLink,
    /// The interface's language when the LMS does not give the learner's.
    pub language: Option<LanguageTag>,
}

impl PackageConfig {
    /// Reads `bank=…&package=…&mode=exam&count=…&seed=…`; every problem is reported.
    pub fn parse(text: &str) -> Result<PackageConfig, Vec<String>> {
        let mut bank = None;
        let mut package = None;
        let mut language = None;
        let mut rest = Vec::new();
        let mut problems = Vec::new();
        for pair in text.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("bank", id)) => match Id::parse(id) {
                    Ok(id) => bank = Some(id),
                    Err(_) => problems.push(format!("bank={id}: not a bank id")),
                },
                Some(("package", id)) => match Id::parse(id) {
                    Ok(id) => package = Some(id),
                    Err(_) => problems.push(format!("package={id}: not a package id")),
                },
                Some(("language", tag)) => match LanguageTag::parse(tag) {
                    Some(tag) => language = Some(tag),
                    None => problems.push(format!("language={tag}: not a BCP 47 language tag")),
                },
                _ => rest.push(pair),
            }
        }
        let link = ExamLink::parse(&rest.join("&")).unwrap_or_else(|link_problems| {
            problems.extend(link_problems.iter().map(ToString::to_string));
            ExamLink::default()
        });
        if link.seed.is_none() {
            problems.push("seed: a package's exam needs a seed".to_owned());
        }
        match (bank, package) {
            (Some(bank), Some(package)) if problems.is_empty() => Ok(PackageConfig {
                bank,
                package,
                link,
                language,
            }),
            (bank, package) => {
                if bank.is_none() {
                    problems.push("bank: missing".to_owned());
                }
                if package.is_none() {
                    problems.push("package: missing".to_owned());
                }
                Err(problems)
            }
        }
    }

    pub fn to_text(&self) -> String {
        let language = self
            .language
            .as_ref()
            .map(|tag| format!("&language={tag}"))
            .unwrap_or_default();
        format!(
            "bank={}&package={}{language}&{}",
            self.bank,
            self.package,
            self.link.to_query()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_package_config_round_trips_and_names_what_is_wrong() {
        let text = "bank=week3&package=week3-2024&mode=exam&count=20&seed=2024&time=30";
        let config = PackageConfig::parse(text).unwrap();
        assert_eq!(config.bank.as_str(), "week3");
        assert_eq!(config.link.seed, Some(2024));
        assert_eq!(config.to_text(), text);
        let problems = PackageConfig::parse("package=p&count=0").unwrap_err();
        assert!(
            problems.iter().any(|p| p.starts_with("count=0")),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p == "bank: missing"));
        assert!(problems.iter().any(|p| p.starts_with("seed:")));
    }

    #[test]
    fn a_package_keeps_the_extra_time_it_grants_every_candidate() {
        use crate::session::Accommodation;
        let text = "bank=week3&package=p&mode=exam&count=20&seed=1&time=30&extra=esl30";
        let config = PackageConfig::parse(text).unwrap();
        assert_eq!(config.link.accommodation, Some(Accommodation::Esl30));
        assert_eq!(config.to_text(), text);
    }

    #[test]
    fn a_package_names_the_interface_language_it_falls_back_on() {
        let text = "bank=week3&package=p&language=fr-CA&mode=exam&count=20&seed=1";
        let config = PackageConfig::parse(text).unwrap();
        assert_eq!(
            config.language.as_ref().map(|tag| tag.as_str()),
            Some("fr-CA")
        );
        assert_eq!(config.to_text(), text);
        let problems =
            PackageConfig::parse("bank=b&package=p&language=no%20tag&seed=1").unwrap_err();
        assert!(
            problems.iter().any(|p| p.starts_with("language=")),
            "{problems:?}"
        );
    }
}
