//! Answering and moving about: the actions a candidate takes and how a session applies them.

use std::fmt;
use std::rc::Rc;

use super::notes::{Highlight, MAX_HIGHLIGHTS, MAX_NOTE_CHARS};
use super::slot::note_fits;
use super::{Finish, FinishReason, Mode, Session, Slot};
use crate::bank::{Bank, Id};
use crate::certainty::Confidence;

/// A change the candidate asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Pick a choice: replaces the answer of a single-answer question, adds to a "Choose N" one.
    Select(Id),
    /// Take a choice back.
    Deselect(Id),
    /// Say how sure you are of the current answer (or take it back).
    SetConfidence(Option<Confidence>),
    ToggleFlag,
    /// Rule a choice out, or back in: it shows struck through and can still be chosen; picking
    /// or striking never changes the other.
    ToggleStrike(Id),
    /// Highlight a passage of the prompt or a choice; one it overlaps is replaced.
    Highlight(Highlight),
    /// Take back every highlight of the current question.
    ClearHighlights,
    /// Replace the current question's note ("" takes it away).
    SetNote(String),
    GoTo(usize),
    Next,
    Previous,
    /// Practice mode: judge the current answer now and lock it.
    Check,
    Submit,
    /// Nothing but the passing of time: ends the exam if the deadline has passed.
    Tick,
}

/// Why an action was refused; the session is unchanged (except that time may have run out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    Finished,
    TooManyChoices {
        choose: usize,
    },
    NotAChoice(Id),
    Locked,
    NoSuchQuestion(usize),
    /// Previous on the first question.
    AtFirstQuestion,
    /// Next on the last question.
    AtLastQuestion,
    NothingSelected,
    NotPracticeMode,
    /// A note longer than [`MAX_NOTE_CHARS`] characters.
    NoteTooLong,
    /// A highlight beyond [`MAX_HIGHLIGHTS`] on one question.
    TooManyHighlights,
    /// A highlight that is not of this question's text.
    NotAPassage,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::Finished => f.write_str("This exam has ended."),
            Rejected::TooManyChoices { choose } => write!(
                f,
                "Choose {choose}: clear one of your choices before picking another."
            ),
            Rejected::NotAChoice(id) => write!(f, "\"{id}\" is not a choice of this question."),
            Rejected::Locked => f.write_str("This answer has been checked and is locked."),
            Rejected::NoSuchQuestion(i) => write!(f, "There is no question {}.", i + 1),
            Rejected::AtFirstQuestion => f.write_str("This is the first question."),
            Rejected::AtLastQuestion => f.write_str("This is the last question."),
            Rejected::NothingSelected => f.write_str("Pick an answer before checking it."),
            Rejected::NotPracticeMode => {
                f.write_str("Answers are checked only at the end of an exam.")
            }
            Rejected::NoteTooLong => {
                write!(f, "A note can hold at most {MAX_NOTE_CHARS} characters.")
            }
            Rejected::TooManyHighlights => write!(
                f,
                "A question can have at most {MAX_HIGHLIGHTS} highlights; clear some first."
            ),
            Rejected::NotAPassage => {
                f.write_str("Only the question's own text can be highlighted.")
            }
        }
    }
}

impl Session {
    /// Applies one action at time `now_ms`. The deadline is enforced first, so an answer that
    /// arrives after time ran out is refused and the exam ends as timed out.
    pub fn apply(&mut self, now_ms: u64, action: Action) -> Result<(), Rejected> {
        let now_ms = now_ms.max(self.0.latest_ms);
        // Ticks only read the clock; recording them would make every tick a change to save.
        if action != Action::Tick && self.0.finish.is_none() {
            self.0.latest_ms = now_ms;
        }
        if self.0.finish.is_none()
            && let Some(deadline) = self.0.deadline_ms
            && now_ms >= deadline
        {
            self.leave_current(deadline);
            self.0.finish = Some(Finish {
                at_ms: deadline,
                reason: FinishReason::TimeRanOut,
            });
        }
        if action == Action::Tick {
            return Ok(());
        }
        if self.0.finish.is_some() {
            return Err(Rejected::Finished);
        }
        let count = self.0.slots.len();
        let mode = self.0.mode;
        match action {
            Action::Tick => {}
            Action::Select(id) => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                Self::check_editable(slot, &id)?;
                if slot.choose == 1 {
                    slot.selected = vec![id];
                } else if !slot.selected.contains(&id) {
                    if slot.selected.len() >= slot.choose {
                        return Err(Rejected::TooManyChoices {
                            choose: slot.choose,
                        });
                    }
                    slot.selected.push(id);
                    let order = &slot.choices;
                    slot.selected
                        .sort_by_key(|s| order.iter().position(|c| c == s));
                }
            }
            Action::Deselect(id) => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                Self::check_editable(slot, &id)?;
                slot.selected.retain(|s| s != &id);
            }
            Action::SetConfidence(confidence) => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                if slot.checked {
                    return Err(Rejected::Locked);
                }
                slot.confidence = confidence;
            }
            Action::ToggleFlag => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                slot.flagged = !slot.flagged;
            }
            Action::ToggleStrike(id) => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                Self::check_editable(slot, &id)?;
                if slot.struck.contains(&id) {
                    slot.struck.retain(|s| s != &id);
                } else {
                    slot.struck.push(id);
                    let order = &slot.choices;
                    slot.struck
                        .sort_by_key(|s| order.iter().position(|c| c == s));
                }
            }
            Action::Highlight(highlight) => {
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                if !highlight.fits(&slot.choices) {
                    return Err(Rejected::NotAPassage);
                }
                slot.highlights.retain(|h| !h.overlaps(&highlight));
                if slot.highlights.len() >= MAX_HIGHLIGHTS {
                    return Err(Rejected::TooManyHighlights);
                }
                slot.highlights.push(highlight);
            }
            Action::ClearHighlights => {
                Rc::make_mut(&mut self.0.slots[self.0.current])
                    .highlights
                    .clear();
            }
            Action::SetNote(note) => {
                if !note_fits(&note) {
                    return Err(Rejected::NoteTooLong);
                }
                Rc::make_mut(&mut self.0.slots[self.0.current]).note = note;
            }
            Action::GoTo(index) => {
                if index >= count {
                    return Err(Rejected::NoSuchQuestion(index));
                }
                self.move_to(index, now_ms);
            }
            Action::Next => {
                if self.0.current + 1 >= count {
                    return Err(Rejected::AtLastQuestion);
                }
                self.move_to(self.0.current + 1, now_ms);
            }
            Action::Previous => {
                if self.0.current == 0 {
                    return Err(Rejected::AtFirstQuestion);
                }
                self.move_to(self.0.current - 1, now_ms);
            }
            Action::Check => {
                if mode != Mode::Practice {
                    return Err(Rejected::NotPracticeMode);
                }
                let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
                if slot.checked {
                    return Err(Rejected::Locked);
                }
                if slot.selected.is_empty() {
                    return Err(Rejected::NothingSelected);
                }
                slot.checked = true;
            }
            Action::Submit => {
                self.leave_current(now_ms);
                self.0.finish = Some(Finish {
                    at_ms: now_ms.max(self.0.started_at_ms),
                    reason: FinishReason::Submitted,
                });
            }
        }
        Ok(())
    }

    /// Adds the time the current question has been on screen up to `at_ms` to it.
    fn leave_current(&mut self, at_ms: u64) {
        let shown = self.0.shown_at_ms.unwrap_or(self.0.latest_ms).min(at_ms);
        let slot = Rc::make_mut(&mut self.0.slots[self.0.current]);
        slot.time_ms = slot.time_ms.saturating_add(at_ms - shown);
        self.0.shown_at_ms = Some(at_ms);
    }

    fn move_to(&mut self, index: usize, now_ms: u64) {
        if index != self.0.current {
            self.leave_current(now_ms);
            self.0.current = index;
        }
    }

    /// Practice: after the current question is checked and found wrong, asks it once more at
    /// the end of the session (choices in the same order). Returns whether it was added. The
    /// session does not hold the answers, hence the bank.
    pub fn ask_again_if_missed(&mut self, bank: &Bank) -> bool {
        let slot = &self.0.slots[self.0.current];
        let missed = bank
            .question(&slot.question)
            .is_some_and(|q| !q.is_right(&slot.selected));
        let asked_again = self
            .0
            .slots
            .iter()
            .any(|s| s.again && s.question == slot.question);
        if !self.0.requeue_missed
            || self.0.finish.is_some()
            || !slot.checked
            || slot.again
            || !missed
            || asked_again
        {
            return false;
        }
        let again = Slot {
            question: slot.question.clone(),
            choices: slot.choices.clone(),
            choose: slot.choose,
            selected: Vec::new(),
            flagged: false,
            checked: false,
            confidence: None,
            again: true,
            time_ms: 0,
            struck: Vec::new(),
            highlights: Vec::new(),
            note: String::new(),
        };
        self.0.slots.push(Rc::new(again));
        true
    }

    fn check_editable(slot: &Slot, id: &Id) -> Result<(), Rejected> {
        if slot.checked {
            return Err(Rejected::Locked);
        }
        if !slot.choices.contains(id) {
            return Err(Rejected::NotAChoice(id.clone()));
        }
        Ok(())
    }
}
