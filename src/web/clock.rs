//! The exam clock, read in one place: wall-clock milliseconds that never run backwards.
//!
//! `Date.now()` follows the system clock, which can be set back (by hand or by a time server);
//! `performance.now()` never goes back but may stand still while a laptop sleeps. Each reading
//! takes the later of the wall clock and the last reading plus the monotonic time since, so a
//! clock set back changes nothing and time slept still counts.

use std::cell::Cell;

thread_local! {
    /// The last reading and the `performance.now()` it was taken at.
    static LAST: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
}

fn monotonic_ms() -> Option<f64> {
    Some(web_sys::window()?.performance()?.now())
}

/// Milliseconds since the Unix epoch now, never earlier than a previous reading in this page.
pub fn now_ms() -> u64 {
    let wall = js_sys::Date::now();
    let now = match (LAST.get(), monotonic_ms()) {
        (Some((last, last_mono)), Some(mono)) => wall.max(last + (mono - last_mono).max(0.0)),
        (Some((last, _)), None) => wall.max(last),
        (None, _) => wall,
    };
    LAST.set(Some((now, monotonic_ms().unwrap_or(0.0))));
    now.max(0.0) as u64
}

/// Sets a `performance.mark`, so benchmarks can time what the candidate sees (see `bench/`).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
