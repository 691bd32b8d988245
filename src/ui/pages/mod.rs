//! The app's pages: one module per route, and the results a finished exam shows; each holds the
//! sections only it shows.

pub mod bank;
pub mod class_results;
pub mod exam;
pub mod home;
pub mod not_found;
pub mod results;
