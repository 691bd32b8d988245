//! Browser edge modules: each wraps one browser API so the rest of the app stays testable.

pub mod clock;
pub mod download;
pub mod fetch;
pub mod file;
pub mod frame;
pub mod handover;
pub mod highlight;
pub mod intl;
pub mod js_error;
pub mod location;
pub mod offline;
pub mod page;
pub mod persist;
pub mod scorm;
pub mod storage;
pub mod tab_lock;
pub mod teacher_tools;
