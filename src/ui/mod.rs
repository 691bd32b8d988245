//! The Yew views: a thin layer that renders engine state and sends actions back to it.

pub mod app;
pub mod bank_list;
pub mod bank_page;
pub mod class_results_view;
pub mod components;
pub mod exam;
pub mod history_view;
pub mod hosted;
pub mod labels;
pub mod library_state;
pub mod markup_view;
pub mod navigator;
pub mod own_banks;
pub mod package;
pub mod results_view;
pub mod route;
pub mod saved;
pub mod shortcuts;
pub mod study;
pub mod timer;

pub use app::App;
