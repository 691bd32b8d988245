//! The Yew views: a thin layer that renders engine state and sends actions back to it.
//!
//! `app` routes and provides the stores; `pages` holds one module per route; `components` holds
//! the parts several pages share; `stores` holds state and storage adapters, apart from views.

pub mod app;
pub mod components;
pub mod file_problems;
pub mod labels;
pub mod messages;
pub mod pages;
pub mod record_problems;
pub mod refusals;
pub mod route;
pub mod stores;
pub mod text;

pub use app::App;
