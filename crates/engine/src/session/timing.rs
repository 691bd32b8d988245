//! An exam's clock: how it ended, the time left and the time used, all from times it is told.

use serde::{Deserialize, Serialize};

use super::Session;

/// How an exam ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    Submitted,
    TimeRanOut,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finish {
    pub at_ms: u64,
    pub reason: FinishReason,
}

/// A running, timed exam's clock as data: the deadline, the limit, and the latest time the exam
/// saw (so a clock set backwards never adds time). Small and `Copy`, so a countdown can re-read
/// it as often as it likes without the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    deadline_ms: u64,
    limit_ms: u64,
    latest_ms: u64,
}

impl Countdown {
    /// Milliseconds left at `now_ms`: zero once the deadline has passed, never more than the
    /// limit.
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        self.deadline_ms
            .saturating_sub(now_ms.max(self.latest_ms))
            .min(self.limit_ms)
    }
}

impl Session {
    /// What a countdown needs to show this exam's time left, as a small value: `None` when the
    /// exam is untimed or has ended. Its [`Countdown::remaining_ms`] agrees with
    /// [`Session::remaining_ms`] until the next action.
    pub fn countdown(&self) -> Option<Countdown> {
        if self.0.finish.is_some() {
            return None;
        }
        Some(Countdown {
            deadline_ms: self.0.deadline_ms?,
            limit_ms: self.0.time_limit_ms?,
            latest_ms: self.0.latest_ms,
        })
    }

    /// Milliseconds left at `now_ms`: `None` when untimed, zero once the deadline has passed.
    /// Never more than the time limit, so a clock set backwards cannot add time.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        let now_ms = now_ms.max(self.0.latest_ms);
        let deadline = self.0.deadline_ms?;
        let limit = self.0.time_limit_ms?;
        let end = self.0.finish.map_or(now_ms, |finish| finish.at_ms);
        Some(deadline.saturating_sub(end).min(limit))
    }

    /// Time spent on the exam: up to `now_ms` while running, up to the finish once ended.
    pub fn time_used_ms(&self, now_ms: u64) -> u64 {
        let now_ms = now_ms.max(self.0.latest_ms);
        let end = self.0.finish.map_or(now_ms, |f| f.at_ms);
        let used = end.saturating_sub(self.0.started_at_ms);
        self.0.time_limit_ms.map_or(used, |limit| used.min(limit))
    }
}
