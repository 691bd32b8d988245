//! The exam engine: bank format, validation, sessions, timing and scoring, with no browser APIs.
//!
//! Data flows one way: raw file ([`raw`]) → checked bank ([`validate`] → [`bank`]) →
//! session ([`session`]) → results ([`results`]). Nothing here touches `yew`, `web-sys` or
//! `gloo`, so all of it is tested natively with `cargo test`.

pub mod bank;
pub mod calendar_date;
pub mod catalog;
pub mod certainty;
pub mod class_results;
pub mod csv;
pub mod deep_link;
pub mod error;
pub mod export;
pub mod field_path;
pub mod fingerprint;
pub mod fsrs;
pub mod history;
pub mod import;
pub mod language_tag;
pub mod lenient;
pub mod library;
pub mod markup;
pub mod package;
pub mod problem;
pub mod problem_text;
pub mod progress;
pub mod raw;
pub mod readiness;
pub mod report_link;
pub mod result_file;
pub mod results;
pub mod results_csv;
pub mod review;
pub mod schema;
pub mod session;
pub mod shuffle;
pub mod source_lines;
pub mod stats;
pub mod validate;
pub mod versioned;
pub mod worker_protocol;
