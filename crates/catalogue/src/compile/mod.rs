//! Reading, checking and compiling the Fluent catalogues: what the build script, the `catalogue`
//! tool and the tests run natively. The page never carries it.

mod check;
mod generate;
mod plurals;
mod problem;
mod read;
mod set;

pub use check::{check_against_english, check_file, unused_in_code, unused_in_dirs};
pub use generate::rust_source;
pub use plurals::plural_categories;
pub use problem::{Problem, ProblemKind};
pub use read::{Read, read};
pub use set::{CatalogueSet, LanguageFile, read_dir};
