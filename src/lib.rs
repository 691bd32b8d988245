//! Exam Practice: the pure exam engine, the browser edge modules and the Yew views built on them.

pub use exam_engine as engine;
pub mod ui;
pub mod web;
