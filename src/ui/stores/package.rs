//! Running as an LMS package (see `scorm-package`): the exam the page's meta tag fixes, saved
//! data kept apart, no service worker, and the LMS told how the exam went. Without the tag,
//! nothing changes.

use std::cell::RefCell;

use crate::engine::package::PackageConfig;
use crate::ui::route::Route;
use crate::web::scorm::{self, Connection, LmsError};
use crate::web::{location, page, storage};

thread_local! {
    static PACKAGE: RefCell<Option<PackageConfig>> = const { RefCell::new(None) };
    static PROBLEM: RefCell<Option<PackageProblem>> = const { RefCell::new(None) };
}

/// What went wrong starting the package, for every page to say.
#[derive(Clone, Debug, PartialEq)]
pub enum PackageProblem {
    /// The package's exam settings do not work: each problem, in the engine's words.
    Settings(Vec<String>),
    /// The LMS did not start the attempt: its (or the browser's) reason.
    Lms(LmsError),
}

/// The meta tag the package tool writes.
pub use crate::engine::package::META_NAME;

/// Reads the package's exam once, at start-up; connects to the LMS and opens the exam. Returns
/// whether the page is a package.
pub fn start() -> bool {
    let Some(text) = page::meta_content(META_NAME) else {
        return false;
    };
    let config = match PackageConfig::parse(&text) {
        Ok(config) => config,
        Err(problems) => {
            PROBLEM.with(|p| *p.borrow_mut() = Some(PackageProblem::Settings(problems)));
            return true;
        }
    };
    storage::set_package(config.package.as_str());
    if let Connection::Failed(problem) = scorm::connect() {
        PROBLEM.with(|p| *p.borrow_mut() = Some(PackageProblem::Lms(problem)));
    }
    if location::hash().is_empty() {
        location::replace(
            &Route::Exam {
                bank: config.bank.clone(),
                link: config.link.clone(),
            }
            .fragment(),
        );
    }
    PACKAGE.with(|p| *p.borrow_mut() = Some(config));
    true
}

/// The package's exam, when the page is a package.
pub fn config() -> Option<PackageConfig> {
    PACKAGE.with(|p| p.borrow().clone())
}

/// The interface's language a package asks for: the learner's, when the LMS gives it, else the
/// one it was packaged with; `None` outside a package.
pub fn language() -> Option<String> {
    scorm::learner_language().or_else(|| config()?.language.map(|tag| tag.to_string()))
}

/// What went wrong starting the package, to show on the page.
pub fn problem() -> Option<PackageProblem> {
    PROBLEM.with(|p| p.borrow().clone())
}
