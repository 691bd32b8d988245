//! The FSRS-6 memory model with its published default parameters: how well a question is
//! remembered (stability, difficulty) after each answer, and when to ask it again.
//!
//! It follows the reference scheduler (the `fsrs` package on PyPI) set up without learning
//! steps and without fuzz: the short term (a missed question coming back in the same session)
//! is the app's own rule, as FSRS's authors advise, and intervals stay reproducible. The tests
//! compare it with values the reference wrote (`tests/fixtures/fsrs/reference.json`).
//!
//! Written out rather than taken from a crate: it is a few dozen lines of arithmetic. The `fsrs`
//! crate is built on the Burn training library for its parameter optimiser, and `rs-fsrs`, the
//! scheduler alone, keeps its times as `chrono` dates, where this engine passes milliseconds.

use serde::{Deserialize, Serialize};

/// The FSRS-6 default parameters, w0 … w20.
const W: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

/// The share of questions a candidate should still know when they come due.
pub const DESIRED_RETENTION: f64 = 0.9;

/// The longest interval, in days.
pub const MAXIMUM_INTERVAL_DAYS: u32 = 36_500;

const STABILITY_MIN: f64 = 0.001;
const MS_PER_DAY: u64 = 86_400_000;

/// How an answer went, in FSRS's four grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    fn grade(self) -> f64 {
        f64::from(self as u8)
    }
}

/// A question's memory state after at least one answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    /// Days until the chance of recalling it falls to 90 %.
    pub stability: f64,
    /// From 1 (easy) to 10 (hard).
    pub difficulty: f64,
}

fn decay() -> f64 {
    -W[20]
}

fn factor() -> f64 {
    0.9f64.powf(1.0 / decay()) - 1.0
}

fn clamp_stability(s: f64) -> f64 {
    s.max(STABILITY_MIN)
}

fn clamp_difficulty(d: f64) -> f64 {
    d.clamp(1.0, 10.0)
}

fn initial_difficulty(rating: Rating) -> f64 {
    W[4] - (W[5] * (rating.grade() - 1.0)).exp() + 1.0
}

impl Memory {
    /// The state after the first answer to a question.
    pub fn first(rating: Rating) -> Memory {
        Memory {
            stability: clamp_stability(W[rating as usize - 1]),
            difficulty: clamp_difficulty(initial_difficulty(rating)),
        }
    }

    /// The chance of recalling it `elapsed_days` whole days after the last answer.
    pub fn retrievability(&self, elapsed_days: u64) -> f64 {
        (1.0 + factor() * elapsed_days as f64 / self.stability).powf(decay())
    }

    /// The state after another answer, `elapsed_days` whole days after the previous one (0 for
    /// the same day, which uses FSRS's short-term formula).
    pub fn next(&self, elapsed_days: u64, rating: Rating) -> Memory {
        let stability = if elapsed_days < 1 {
            self.short_term_stability(rating)
        } else {
            let r = self.retrievability(elapsed_days);
            clamp_stability(match rating {
                Rating::Again => self.forget_stability(r),
                _ => self.recall_stability(r, rating),
            })
        };
        Memory {
            stability,
            difficulty: self.next_difficulty(rating),
        }
    }

    /// Whole days until it should be asked again, at the desired retention.
    pub fn interval_days(&self) -> u32 {
        let days = (self.stability / factor() * (DESIRED_RETENTION.powf(1.0 / decay()) - 1.0))
            .round_ties_even();
        // The cast saturates; the clamp then keeps it within one day and the maximum.
        (days as u32).clamp(1, MAXIMUM_INTERVAL_DAYS)
    }

    fn short_term_stability(&self, rating: Rating) -> f64 {
        let mut increase =
            (W[17] * (rating.grade() - 3.0 + W[18])).exp() * self.stability.powf(-W[19]);
        if rating != Rating::Again {
            increase = increase.max(1.0);
        }
        clamp_stability(self.stability * increase)
    }

    fn forget_stability(&self, r: f64) -> f64 {
        let long_term = W[11]
            * self.difficulty.powf(-W[12])
            * ((self.stability + 1.0).powf(W[13]) - 1.0)
            * ((1.0 - r) * W[14]).exp();
        let short_term = self.stability / (W[17] * W[18]).exp();
        long_term.min(short_term)
    }

    fn recall_stability(&self, r: f64, rating: Rating) -> f64 {
        let hard_penalty = if rating == Rating::Hard { W[15] } else { 1.0 };
        let easy_bonus = if rating == Rating::Easy { W[16] } else { 1.0 };
        self.stability
            * (1.0
                + W[8].exp()
                    * (11.0 - self.difficulty)
                    * self.stability.powf(-W[9])
                    * (((1.0 - r) * W[10]).exp() - 1.0)
                    * hard_penalty
                    * easy_bonus)
    }

    fn next_difficulty(&self, rating: Rating) -> f64 {
        let delta = -(W[6] * (rating.grade() - 3.0));
        let damped = self.difficulty + (10.0 - self.difficulty) * delta / 9.0;
        clamp_difficulty(W[7] * initial_difficulty(Rating::Easy) + (1.0 - W[7]) * damped)
    }
}

/// Whole days between two instants, rounded down, as the reference counts them.
pub fn whole_days_between(earlier_ms: u64, later_ms: u64) -> u64 {
    later_ms.saturating_sub(earlier_ms) / MS_PER_DAY
}

/// Milliseconds in `days` days.
pub fn days_ms(days: u32) -> u64 {
    u64::from(days) * MS_PER_DAY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lapse_makes_the_memory_less_stable_and_a_success_more() {
        let learned = Memory::first(Rating::Good);
        let later = learned.interval_days() as u64;
        assert!(learned.next(later, Rating::Good).stability > learned.stability);
        assert!(learned.next(later, Rating::Again).stability < learned.stability);
        assert!(learned.next(later, Rating::Again).difficulty > learned.difficulty);
    }

    #[test]
    fn an_interval_is_at_least_a_day_and_recall_at_it_is_about_the_desired_retention() {
        assert_eq!(Memory::first(Rating::Again).interval_days(), 1);
        let memory = Memory {
            stability: 40.0,
            difficulty: 5.0,
        };
        let r = memory.retrievability(u64::from(memory.interval_days()));
        assert!((r - DESIRED_RETENTION).abs() < 0.01, "{r}");
    }
}
