//! Attempt history per bank: one line per finished exam, saved as versioned JSON.

use serde::{Deserialize, Serialize};

use super::results::Results;
use super::session::{Mode, Session};
use super::versioned::{self, RecordError, RecordFormat};

/// The history format version this build reads and writes.
pub const HISTORY_FORMAT: u32 = 1;

/// What a saved history says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: None,
    version: HISTORY_FORMAT,
};

/// The most attempts kept per bank; older ones drop off so storage stays small.
pub const MAX_ATTEMPTS: usize = 200;

/// One finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// When the exam started (ms since the epoch); also identifies the attempt.
    pub started_at_ms: u64,
    pub mode: Mode,
    pub correct: usize,
    pub total: usize,
    pub passed: bool,
}

impl Attempt {
    pub fn of(session: &Session, results: &Results) -> Attempt {
        Attempt {
            started_at_ms: session.started_at_ms(),
            mode: results.mode,
            correct: results.correct,
            total: results.total,
            passed: results.passed,
        }
    }

    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 * 100.0 / self.total as f64
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    attempts: Vec<Attempt>,
}

/// The attempts of one bank, oldest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History(Vec<Attempt>);

impl History {
    /// Reads saved history; anything unreadable is an error for the caller to report and set aside.
    pub fn from_json(json: &str) -> Result<History, String> {
        let stored: Stored = versioned::read(json, FORMAT).map_err(|error| match error {
            RecordError::Version(version) => format!("history format {version} is unknown"),
            other => other.to_string(),
        })?;
        Ok(History(stored.attempts))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&Stored {
            format: HISTORY_FORMAT,
            attempts: self.0.clone(),
        })
        .expect("attempts hold only numbers and flags")
    }

    pub fn attempts(&self) -> &[Attempt] {
        &self.0
    }

    /// Adds an attempt once: recording the same exam again (e.g. after a reload) changes nothing.
    pub fn record(&mut self, attempt: Attempt) -> bool {
        if self
            .0
            .iter()
            .any(|a| a.started_at_ms == attempt.started_at_ms)
        {
            return false;
        }
        self.0.push(attempt);
        if self.0.len() > MAX_ATTEMPTS {
            self.0.remove(0);
        }
        true
    }

    /// Takes in attempts from another history (a progress file): those not already here are
    /// added, in time order, keeping the latest [`MAX_ATTEMPTS`]. Returns how many were added.
    pub fn merge(&mut self, other: History) -> usize {
        let before = self.0.len();
        for attempt in other.0 {
            if !self
                .0
                .iter()
                .any(|a| a.started_at_ms == attempt.started_at_ms)
            {
                self.0.push(attempt);
            }
        }
        let added = self.0.len() - before;
        self.0.sort_by_key(|a| a.started_at_ms);
        let excess = self.0.len().saturating_sub(MAX_ATTEMPTS);
        self.0.drain(..excess);
        added
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(at: u64, correct: usize) -> Attempt {
        Attempt {
            started_at_ms: at,
            mode: Mode::Exam,
            correct,
            total: 10,
            passed: correct >= 7,
        }
    }

    #[test]
    fn an_attempt_is_recorded_once_even_if_reported_twice() {
        let mut h = History::default();
        assert!(h.record(attempt(1, 5)));
        assert!(!h.record(attempt(1, 5)));
        assert!(h.record(attempt(2, 8)));
        assert_eq!(h.attempts().len(), 2);
    }

    #[test]
    fn history_round_trips_through_json_with_its_version() {
        let mut h = History::default();
        h.record(attempt(1, 5));
        let json = h.to_json();
        assert!(json.starts_with("{\"format\":1"));
        assert_eq!(History::from_json(&json).unwrap(), h);
        assert!(History::from_json("{\"format\":9,\"attempts\":[]}").is_err());
        assert!(History::from_json("garbage").is_err());
    }

    #[test]
    fn only_the_latest_attempts_are_kept() {
        let mut h = History::default();
        for i in 0..(MAX_ATTEMPTS as u64 + 5) {
            h.record(attempt(i, 1));
        }
        assert_eq!(h.attempts().len(), MAX_ATTEMPTS);
        assert_eq!(h.attempts()[0].started_at_ms, 5);
    }
}
