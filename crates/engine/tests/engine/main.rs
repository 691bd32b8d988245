//! The engine's tests, one binary: each module covers one part, on the bundled and fixture
//! banks at the repository root (`questions/`, `tests/fixtures/`).

mod common;

mod aiken_headers;
mod bundled_bank;
mod catalog;
mod class_results;
mod deep_link;
mod export;
mod html;
mod import;
mod levels;
mod library;
mod limits;
mod moodle_xml;
mod no_panic;
mod readiness_study;
mod results;
mod saved_records;
mod scheduler;
mod session;
mod study;
mod suspend;
mod validation;
mod worker_protocol;
