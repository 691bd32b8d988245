//! An exam being taken: built from a bank with a seed, changed only through [`Session::apply`].
//!
//! The session is plain data. It holds its start and deadline in milliseconds since the epoch and
//! is told "now" with every action, so it never reads a clock, counts ticks or draws random
//! numbers itself: the same actions at the same times always give the same session. It
//! serialises to JSON with a format version and is read back only through [`Session::restore`],
//! which checks it against the bank.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::bank::Id;

mod action;
mod config;
mod notes;
mod saved;
mod slot;
mod start;
mod suspend;
mod timing;

pub use action::{Action, Rejected};
pub use config::{Accommodation, Draw, ESL_EXTRA_MINUTES, ExamConfig, Mode};
pub use notes::{Highlight, MAX_HIGHLIGHT_CHARS, MAX_HIGHLIGHTS, MAX_NOTE_CHARS, Passage};
pub use saved::{RestoreError, SESSION_FORMAT};
pub use slot::Slot;
pub use start::StartError;
pub use timing::{Countdown, Finish, FinishReason};

/// Everything a session is; saved as is, inside its versioned record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Fields {
    bank_id: Id,
    bank_fingerprint: String,
    mode: Mode,
    seed: u64,
    accommodation: Accommodation,
    started_at_ms: u64,
    /// The limit in force after any accommodation; `None` when untimed.
    time_limit_ms: Option<u64>,
    deadline_ms: Option<u64>,
    current: usize,
    /// Shared per slot, so the copy a reducer makes of a session before an action shares every
    /// slot but the one the action changes (copied on write with `Rc::make_mut`).
    slots: Vec<Rc<Slot>>,
    finish: Option<Finish>,
    /// The clock reading of the latest action. Time is never taken to be earlier than this, so
    /// a system clock set backwards cannot give time back, even across a reload. (Absent in
    /// sessions saved before it existed, hence the default.)
    #[serde(default)]
    latest_ms: u64,
    /// Practice: a question answered wrongly comes back once at the end of the session.
    #[serde(default)]
    requeue_missed: bool,
    /// When the current question was put on screen, to time each question. (Absent in
    /// sessions saved before it existed: their current question is timed from the latest
    /// action.)
    #[serde(default)]
    shown_at_ms: Option<u64>,
}

/// An exam in progress or finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session(Fields);

impl Session {
    pub fn bank_id(&self) -> &Id {
        &self.0.bank_id
    }
    pub fn mode(&self) -> Mode {
        self.0.mode
    }
    pub fn seed(&self) -> u64 {
        self.0.seed
    }
    pub fn accommodation(&self) -> Accommodation {
        self.0.accommodation
    }
    pub fn slots(&self) -> &[Rc<Slot>] {
        &self.0.slots
    }
    pub fn current_index(&self) -> usize {
        self.0.current
    }
    pub fn current(&self) -> &Slot {
        &self.0.slots[self.0.current]
    }
    pub fn started_at_ms(&self) -> u64 {
        self.0.started_at_ms
    }
    pub fn time_limit_ms(&self) -> Option<u64> {
        self.0.time_limit_ms
    }
    pub fn deadline_ms(&self) -> Option<u64> {
        self.0.deadline_ms
    }
    pub fn finish(&self) -> Option<Finish> {
        self.0.finish
    }
    pub fn is_finished(&self) -> bool {
        self.0.finish.is_some()
    }
}
