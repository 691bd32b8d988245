//! The Yew views: a thin layer that renders engine state and sends actions back to it.

pub mod app;
pub mod bank_list;
pub mod markup_view;

pub use app::App;
