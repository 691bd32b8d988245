//! State and storage adapters, apart from the views that show them.

pub mod app_store;
pub mod bank_link;
pub mod catalog;
pub mod current_route;
pub mod display;
pub mod history;
pub mod hosted;
pub mod kept_banks;
pub mod language;
pub mod library;
pub mod package;
pub mod review;
pub mod saved;
