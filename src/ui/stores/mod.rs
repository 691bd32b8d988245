//! State and storage adapters, apart from the views that show them.

pub mod hosted;
pub mod library;
pub mod package;
pub mod review;
pub mod saved;
