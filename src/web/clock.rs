//! The wall clock, read in one place: milliseconds since the epoch, handed to the pure session.

/// Milliseconds since the Unix epoch now, as the browser's clock says.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}
