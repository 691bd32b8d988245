//! The exam set-up form's values, and the one way its fields change them.

use yew::prelude::*;

use crate::engine::bank::Bank;
use crate::engine::deep_link::{DrawSetting, ExamLink, TimeLimit, seed_from_time};
use crate::engine::session::{Accommodation, Mode};

/// What the candidate has chosen so far.
#[derive(Clone, PartialEq)]
pub struct Form {
    pub mode: Mode,
    pub count: usize,
    /// `None`: the default for the count.
    pub time: Option<TimeLimit>,
    pub topics: Vec<String>,
    pub shuffle: bool,
    /// Questions not yet answered in this browser first.
    pub unseen_first: bool,
    pub accommodation: Accommodation,
}

impl Form {
    /// The bank's own defaults: practice, its usual count, every topic.
    pub fn for_bank(bank: &Bank) -> Form {
        Form {
            mode: Mode::Practice,
            count: bank.default_question_count(),
            time: None,
            topics: bank.topics().to_vec(),
            shuffle: bank.shuffle(),
            unseen_first: true,
            accommodation: Accommodation::Standard,
        }
    }

    /// Changes the mode; an exam always has a time limit, so "No limit" falls back to the default.
    pub fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
        if mode == Mode::Exam && self.time == Some(TimeLimit::Unlimited) {
            self.time = None;
        }
    }

    /// The exam link these choices make, with a fresh seed taken at `now_ms`.
    pub fn link(&self, bank: &Bank, now_ms: u64) -> ExamLink {
        // Every topic is the link's default, so the link names topics only when some are left out.
        let topics = if self.topics.len() == bank.topics().len() {
            Vec::new()
        } else {
            self.topics.clone()
        };
        ExamLink {
            mode: Some(self.mode),
            count: Some(self.count.min(bank.questions().len())),
            seed: Some(seed_from_time(now_ms)),
            topics,
            shuffle: Some(self.shuffle),
            time: self.time,
            accommodation: (self.accommodation != Accommodation::Standard)
                .then_some(self.accommodation),
            only: Vec::new(),
            draw: self.unseen_first.then_some(DrawSetting::Unseen),
        }
    }
}

/// A field's handler: changes a copy of the form with `change`, given the event, and sets it.
pub fn edit<E: 'static>(
    form: &UseStateHandle<Form>,
    change: impl Fn(&mut Form, E) + 'static,
) -> Callback<E> {
    let form = form.clone();
    Callback::from(move |event: E| {
        let mut next = (*form).clone();
        change(&mut next, event);
        form.set(next);
    })
}
