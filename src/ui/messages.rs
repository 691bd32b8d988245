//! The interface's messages as types: `Msg`, one variant per message of `src/locales/en.ftl` with
//! a field per variable, English's compiled catalogue (built in) and the shipped languages, all
//! written by the build script (`build.rs`) from the catalogues.

pub use catalogue::Arg;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
