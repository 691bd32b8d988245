//! The interface's language: the one the candidate chose (remembered), else the LMS's, else the
//! first of the browser's that ships, else English; its catalogue fetched when it is not English
//! (built in), and `<html lang dir>` kept in step.

use std::rc::Rc;

use catalogue::{Catalogue, choose_language};
use yew::prelude::*;

use crate::ui::messages::LANGUAGES;
use crate::ui::text::Texts;
use crate::web::fetch::FetchError;
use crate::web::{fetch, intl, page, storage};

/// The language the views show, and a way to change it.
#[derive(Clone, PartialEq)]
pub struct LanguageStore {
    /// What the views show now: the chosen language once its catalogue is here, English until.
    pub texts: Texts,
    /// The tag chosen, whose catalogue may still be on its way.
    pub chosen: AttrValue,
    /// Whether the chosen language shows (or could not be had, and English shows instead).
    pub settled: bool,
    /// Why the chosen language's catalogue could not be had.
    pub failed: Option<Rc<LanguageProblem>>,
    pub choose: Callback<String>,
}

/// Why a language's catalogue could not be had.
#[derive(Debug, Clone, PartialEq)]
pub enum LanguageProblem {
    /// It could not be fetched: the browser's reason.
    NotFetched(FetchError),
    /// It is not a catalogue: serde's words for why.
    Unreadable(String),
}

/// Every shipped language's tag, English first.
pub fn shipped() -> Vec<&'static str> {
    LANGUAGES.iter().map(|(tag, _)| *tag).collect()
}

/// Where a shipped language's compiled catalogue is, relative to the page.
pub fn catalogue_url(tag: &str) -> String {
    format!("{}{tag}.json", catalogue::COMPILED_FOLDER)
}

/// The interface's language. `given` is the LMS's (a package's learner preference or its
/// packaging option), which a candidate's own choice still overrides. The first module passes
/// `pass_on` true: the catalogue it fetched is left for the whole app (`fetch::pass_on`), which
/// then does not ask the network for it again before it can take over.
#[hook]
pub fn use_language_store(given: Option<String>, pass_on: bool) -> LanguageStore {
    let chosen = use_state(|| {
        let saved = storage::read(storage::LANGUAGE_KEY).ok().flatten();
        let mut preferred = intl::preferred_languages();
        if let Some(given) = given {
            preferred.insert(0, given);
        }
        let tag = choose_language(saved.as_deref(), &preferred, &shipped());
        AttrValue::Static(tag)
    });
    let texts = use_state(Texts::english);
    let failed = use_state(|| None::<Rc<LanguageProblem>>);
    // The latest choice, so a catalogue that arrives after another choice is not shown.
    let latest = use_mut_ref(String::new);
    {
        let texts = texts.clone();
        let failed = failed.clone();
        use_effect_with((*chosen).clone(), move |tag| {
            let tag = tag.to_string();
            latest.borrow_mut().clone_from(&tag);
            if tag == Texts::english().language() {
                texts.set(Texts::english());
                failed.set(None);
            } else {
                yew::platform::spawn_local(async move {
                    let result = load(&tag, pass_on).await;
                    if *latest.borrow() != tag {
                        return;
                    }
                    match result {
                        Ok(loaded) => {
                            texts.set(loaded);
                            failed.set(None);
                        }
                        Err(problem) => failed.set(Some(Rc::new(problem))),
                    }
                });
            }
        });
    }
    use_effect_with((*texts).clone(), |texts| {
        page::set_language(texts.language(), texts.dir());
    });
    let choose = {
        let chosen = chosen.clone();
        use_callback((), move |tag: String, ()| {
            // A choice that cannot be kept still applies to this visit.
            let _ = storage::write(storage::LANGUAGE_KEY, &tag);
            if let Some(tag) = shipped().into_iter().find(|shipped| *shipped == tag) {
                chosen.set(AttrValue::Static(tag));
            }
        })
    };
    let settled = texts.language() == chosen.as_str() || failed.is_some();
    LanguageStore {
        texts: (*texts).clone(),
        chosen: (*chosen).clone(),
        settled,
        failed: (*failed).clone(),
        choose,
    }
}

/// Fetches and reads a shipped language's catalogue.
async fn load(tag: &str, pass_on: bool) -> Result<Texts, LanguageProblem> {
    let url = catalogue_url(tag);
    let bytes = fetch::fetch_bytes(&url)
        .await
        .map_err(LanguageProblem::NotFetched)?;
    if pass_on {
        fetch::pass_on(&url, &bytes);
    }
    let catalogue: Catalogue = serde_json::from_slice(&bytes)
        .map_err(|error| LanguageProblem::Unreadable(error.to_string()))?;
    Ok(Texts::new(catalogue))
}
