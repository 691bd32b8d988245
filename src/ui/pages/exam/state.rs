//! The exam's state and its reducer: pure, with the time of each action passed in.

use std::rc::Rc;

use yew::prelude::*;

use super::timer::reads_the_same;
use crate::engine::bank::Bank;
use crate::engine::session::{Action, Rejected, Session};

/// The reducer's state: the session plus what the view needs to show about the last action.
#[derive(Clone, PartialEq)]
pub struct ExamState {
    /// The bank the session is of: checking a practice answer needs its key.
    pub bank: Rc<Bank>,
    pub session: Session,
    /// Why the last action was refused, shown next to the question in the interface's words.
    pub message: Option<Rejected>,
    /// The clock reading of the last action, so rendering stays a pure function of state.
    pub now_ms: u64,
    /// Bumped whenever the session changes, to trigger exactly one save per change.
    pub version: u64,
}

pub struct Act {
    pub action: Action,
    pub now_ms: u64,
}

impl Reducible for ExamState {
    type Action = Act;

    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        // A tick that neither ends the exam nor changes what the countdown reads changes nothing
        // on screen, so the state stays as it is and nothing renders: otherwise each of the four
        // ticks a second would render the whole question again.
        if act.action == Action::Tick {
            let before = self.session.remaining_ms(self.now_ms);
            let after = self.session.remaining_ms(act.now_ms);
            if after != Some(0) && reads_the_same(before, after) {
                return self;
            }
        }
        let mut session = self.session.clone();
        let outcome = session.apply(act.now_ms, act.action.clone());
        if act.action == Action::Check && outcome.is_ok() {
            // Practice: a missed question comes back at the end of the session.
            session.ask_again_if_missed(&self.bank);
        }
        let changed = session != self.session;
        let message = match (&act.action, outcome) {
            (Action::Tick, _) => self.message.clone(),
            (_, Ok(())) => None,
            (_, Err(rejected)) => Some(rejected),
        };
        Rc::new(ExamState {
            bank: self.bank.clone(),
            session,
            message,
            now_ms: act.now_ms,
            version: self.version + u64::from(changed),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::session::ExamConfig;
    use crate::engine::validate::parse_bank;

    fn state_at(time_limit_ms: Option<u64>, now_ms: u64) -> Rc<ExamState> {
        let bank = parse_bank(
            "fixture-compute.json",
            include_bytes!("../../../../tests/fixtures/e2e/questions/fixture-compute.json"),
        )
        .expect("the fixture bank is valid");
        let config = ExamConfig {
            time_limit_ms,
            ..ExamConfig::defaults_for(&bank, 7)
        };
        Rc::new(ExamState {
            session: Session::start(&bank, &config, now_ms).expect("the exam starts"),
            bank: Rc::new(bank),
            message: None,
            now_ms,
            version: 0,
        })
    }

    fn tick(state: &Rc<ExamState>, now_ms: u64) -> Rc<ExamState> {
        state.clone().reduce(Act {
            action: Action::Tick,
            now_ms,
        })
    }

    #[test]
    fn a_tick_in_an_untimed_exam_keeps_the_state_so_nothing_renders() {
        let state = state_at(None, 1_000);
        assert!(Rc::ptr_eq(&state, &tick(&state, 61_000)));
    }

    #[test]
    fn a_tick_renders_only_when_the_countdown_reads_another_second_or_time_runs_out() {
        let state = state_at(Some(10_000), 1_000);
        // 10 s left at 1.000 s; at 1.400 s 9.6 s are left, which still reads 00:10.
        assert!(Rc::ptr_eq(&state, &tick(&state, 1_400)));
        let next_second = tick(&state, 2_100);
        assert!(!Rc::ptr_eq(&state, &next_second));
        assert_eq!(next_second.now_ms, 2_100);
        let ran_out = tick(&next_second, 11_000);
        assert!(ran_out.session.is_finished());
    }
}
