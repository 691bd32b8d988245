//! An exam being taken: built from a bank with a seed, changed only through [`Session::apply`].
//!
//! The session is plain data. It holds its start and deadline in milliseconds since the epoch and
//! is told "now" with every action, so it never reads a clock, counts ticks or draws random
//! numbers itself: the same actions at the same times always give the same session. It
//! serialises to JSON with a format version and is read back only through [`Session::restore`],
//! which checks it against the bank.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::bank::{Bank, Id};
use super::certainty::Confidence;
use super::fingerprint::bank_fingerprint;
use super::shuffle::SeededRng;
use super::versioned::{self, RecordError, RecordFormat};

mod suspend;

/// The saved-session format version this build reads and writes.
pub const SESSION_FORMAT: u32 = 1;

/// What a saved session says about itself.
const FORMAT: RecordFormat = RecordFormat {
    kind: None,
    version: SESSION_FORMAT,
};

/// How answers are judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Each answer can be checked at once and is then locked.
    Practice,
    /// Timed; feedback only in the results.
    Exam,
}

/// Extra time granted before the start, as WCAG 2.2.1 asks; recorded in the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Accommodation {
    #[default]
    Standard,
    /// One and a half times the time limit.
    Extended150,
    /// Twice the time limit.
    Extended200,
    /// No time limit at all.
    Untimed,
}

impl Accommodation {
    /// The time limit after this accommodation, or `None` for no limit.
    pub fn apply_to(self, limit_ms: u64) -> Option<u64> {
        match self {
            Accommodation::Standard => Some(limit_ms),
            Accommodation::Extended150 => Some(limit_ms.saturating_mul(3) / 2),
            Accommodation::Extended200 => Some(limit_ms.saturating_mul(2)),
            Accommodation::Untimed => None,
        }
    }
}

/// What the candidate chose on the set-up form (or what a shared link fixed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamConfig {
    pub mode: Mode,
    /// How many questions to ask; more than are available means all of them.
    pub question_count: usize,
    /// Topic names to include; empty means every topic.
    pub topics: Vec<String>,
    /// Restrict the exam to these questions (e.g. "retry the ones I missed"); empty means all.
    pub only_questions: Vec<Id>,
    pub shuffle_questions: bool,
    pub shuffle_choices: bool,
    pub seed: u64,
    /// The time limit before any accommodation; `None` means untimed.
    pub time_limit_ms: Option<u64>,
    pub accommodation: Accommodation,
    /// Which questions are drawn first when the exam asks for fewer than match.
    pub draw: Draw,
}

/// How an exam picks its questions from those that match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Draw {
    /// In the seed's order: a shared link gives every candidate the same exam.
    #[default]
    Seeded,
    /// Questions never answered first, then the least recently answered (the value is when each
    /// question was last answered, in ms). Reproducible from the seed and these times.
    LeastRecentlySeen(HashMap<Id, u64>),
    /// These questions, in this order (a review, most urgent first); no others.
    Listed(Vec<Id>),
}

impl ExamConfig {
    /// The bank's defaults: exam mode, its question count and time limit, everything shuffled.
    pub fn defaults_for(bank: &Bank, seed: u64) -> ExamConfig {
        ExamConfig {
            mode: Mode::Exam,
            question_count: bank.default_question_count(),
            topics: Vec::new(),
            only_questions: Vec::new(),
            shuffle_questions: true,
            shuffle_choices: true,
            seed,
            time_limit_ms: Some(u64::from(bank.default_time_limit_minutes()) * 60_000),
            accommodation: Accommodation::Standard,
            draw: Draw::Seeded,
        }
    }
}

/// Why an exam could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError {
    UnknownTopic(String),
    NoQuestions,
    ZeroQuestions,
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::UnknownTopic(t) => write!(f, "the bank has no topic \"{t}\""),
            StartError::NoQuestions => f.write_str("no questions match the chosen topics"),
            StartError::ZeroQuestions => f.write_str("an exam needs at least one question"),
        }
    }
}

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

/// One question's place in the exam and the candidate's response to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    question: Id,
    /// Choice ids in the order they are shown.
    choices: Vec<Id>,
    /// How many choices make a full answer.
    choose: usize,
    /// Chosen ids, kept in display order.
    selected: Vec<Id>,
    flagged: bool,
    /// Practice mode: the answer was checked and is locked.
    checked: bool,
    /// How sure the candidate said they were, if they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    confidence: Option<Confidence>,
    /// A question missed earlier in this session, asked once more; it does not count in the
    /// score.
    #[serde(default, skip_serializing_if = "is_false")]
    again: bool,
    /// Milliseconds this question was on screen, over every visit.
    #[serde(default, skip_serializing_if = "is_zero")]
    time_ms: u64,
}

fn is_zero(ms: &u64) -> bool {
    *ms == 0
}

fn is_false(flag: &bool) -> bool {
    !flag
}

impl Slot {
    pub fn question_id(&self) -> &Id {
        &self.question
    }
    pub fn choice_order(&self) -> &[Id] {
        &self.choices
    }
    pub fn choose(&self) -> usize {
        self.choose
    }
    pub fn selected(&self) -> &[Id] {
        &self.selected
    }
    pub fn is_selected(&self, id: &Id) -> bool {
        self.selected.contains(id)
    }
    pub fn is_answered(&self) -> bool {
        !self.selected.is_empty()
    }
    pub fn is_flagged(&self) -> bool {
        self.flagged
    }
    pub fn is_checked(&self) -> bool {
        self.checked
    }
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }
    /// Whether this is a missed question asked again, outside the score.
    pub fn is_again(&self) -> bool {
        self.again
    }
    /// How long this question was on screen, over every visit, up to the last move away.
    pub fn time_ms(&self) -> u64 {
        self.time_ms
    }
}

/// Everything a session is; serialised as is inside [`Stored`].
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

#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    session: Fields,
}

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
        }
    }
}

/// Why saved data could not be resumed. The data is set aside, never half used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// Not JSON, or not shaped like a session.
    Corrupt(String),
    /// Written by another version of the app.
    UnknownFormat(String),
    /// Saved for a different bank.
    OtherBank { saved: String },
    /// The bank's questions, choices or answers changed since the session was saved.
    BankChanged,
    /// Shaped like a session but self-contradictory (e.g. an answer that is not a choice).
    Inconsistent(String),
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestoreError::Corrupt(e) => write!(f, "the saved exam is damaged ({e})"),
            RestoreError::UnknownFormat(v) => write!(
                f,
                "the saved exam was written in format {v}, which this version cannot read"
            ),
            RestoreError::OtherBank { saved } => {
                write!(f, "the saved exam belongs to another bank (\"{saved}\")")
            }
            RestoreError::BankChanged => {
                f.write_str("the question bank has changed since the exam was saved")
            }
            RestoreError::Inconsistent(e) => write!(f, "the saved exam does not add up ({e})"),
        }
    }
}

/// An exam in progress or finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session(Fields);

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
    /// Builds an exam: filters by topic, shuffles with the seed, takes the requested count.
    pub fn start(bank: &Bank, config: &ExamConfig, now_ms: u64) -> Result<Session, StartError> {
        if config.question_count == 0 {
            return Err(StartError::ZeroQuestions);
        }
        let mut wanted_topics = Vec::with_capacity(config.topics.len());
        for name in &config.topics {
            match bank.topics().iter().position(|t| t == name) {
                Some(i) => wanted_topics.push(i),
                None => return Err(StartError::UnknownTopic(name.clone())),
            }
        }
        let mut pool: Vec<usize> = bank
            .questions()
            .iter()
            .enumerate()
            .filter(|(_, q)| wanted_topics.is_empty() || wanted_topics.contains(&q.topic_index()))
            .filter(|(_, q)| {
                config.only_questions.is_empty() || config.only_questions.contains(q.id())
            })
            .map(|(i, _)| i)
            .collect();
        if pool.is_empty() {
            return Err(StartError::NoQuestions);
        }
        let mut rng = SeededRng::new(config.seed);
        match &config.draw {
            Draw::Seeded => {
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
                pool.truncate(config.question_count);
            }
            Draw::LeastRecentlySeen(last_seen) => {
                // Shuffled first, so questions seen at the same time (or never) are drawn in
                // the seed's order; the sort is stable.
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
                let questions = bank.questions();
                pool.sort_by_key(|&i| last_seen.get(questions[i].id()).copied().unwrap_or(0));
                pool.truncate(config.question_count);
                if config.shuffle_questions {
                    rng.shuffle(&mut pool);
                }
            }
            Draw::Listed(order) => {
                let questions = bank.questions();
                pool.retain(|&i| order.contains(questions[i].id()));
                pool.sort_by_key(|&i| order.iter().position(|id| id == questions[i].id()));
                pool.truncate(config.question_count);
            }
        }
        if pool.is_empty() {
            return Err(StartError::NoQuestions);
        }

        let slots = pool
            .into_iter()
            .map(|i| {
                let question = &bank.questions()[i];
                let mut choices: Vec<Id> =
                    question.choices().iter().map(|c| c.id().clone()).collect();
                if config.shuffle_choices {
                    rng.shuffle(&mut choices);
                }
                Rc::new(Slot {
                    question: question.id().clone(),
                    choices,
                    choose: question.choose(),
                    selected: Vec::new(),
                    flagged: false,
                    checked: false,
                    confidence: None,
                    again: false,
                    time_ms: 0,
                })
            })
            .collect();

        let time_limit_ms = config
            .time_limit_ms
            .and_then(|limit| config.accommodation.apply_to(limit));
        Ok(Session(Fields {
            bank_id: bank.id().clone(),
            bank_fingerprint: bank_fingerprint(bank),
            mode: config.mode,
            seed: config.seed,
            accommodation: config.accommodation,
            started_at_ms: now_ms,
            latest_ms: now_ms,
            time_limit_ms,
            deadline_ms: time_limit_ms.map(|limit| now_ms.saturating_add(limit)),
            current: 0,
            slots,
            finish: None,
            requeue_missed: config.mode == Mode::Practice,
            shown_at_ms: Some(now_ms),
        }))
    }

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

    /// The session as JSON, with the format version, for saving.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct StoredRef<'a> {
            format: u32,
            session: &'a Fields,
        }
        serde_json::to_string(&StoredRef {
            format: SESSION_FORMAT,
            session: &self.0,
        })
        .expect("a session always serialises: it holds only strings, numbers and lists")
    }

    /// Reads a saved session back and checks it against the bank it claims to belong to.
    pub fn restore(json: &str, bank: &Bank) -> Result<Session, RestoreError> {
        let stored: Stored = versioned::read(json, FORMAT).map_err(|error| match error {
            RecordError::Version(version) => RestoreError::UnknownFormat(version.to_string()),
            RecordError::NoVersion => RestoreError::Corrupt("no format version".to_owned()),
            other => RestoreError::Corrupt(other.to_string()),
        })?;
        let fields = stored.session;
        if &fields.bank_id != bank.id() {
            return Err(RestoreError::OtherBank {
                saved: fields.bank_id.to_string(),
            });
        }
        if fields.bank_fingerprint != bank_fingerprint(bank) {
            return Err(RestoreError::BankChanged);
        }
        check_consistency(&fields, bank).map_err(RestoreError::Inconsistent)?;
        Ok(Session(fields))
    }
}

fn check_consistency(fields: &Fields, bank: &Bank) -> Result<(), String> {
    if fields.slots.is_empty() {
        return Err("it has no questions".to_owned());
    }
    if fields.current >= fields.slots.len() {
        return Err("its current question is out of range".to_owned());
    }
    if fields.time_limit_ms.is_some() != fields.deadline_ms.is_some() {
        return Err("its time limit and deadline disagree".to_owned());
    }
    if let (Some(limit), Some(deadline)) = (fields.time_limit_ms, fields.deadline_ms)
        && fields.started_at_ms.checked_add(limit) != Some(deadline)
    {
        return Err("its deadline does not match its start and time limit".to_owned());
    }
    let mut seen = std::collections::HashSet::new();
    let mut asked_again = std::collections::HashSet::new();
    for (i, slot) in fields.slots.iter().enumerate() {
        let n = i + 1;
        let question = bank
            .question(&slot.question)
            .ok_or_else(|| format!("question {n} is not in the bank"))?;
        let first_time = if slot.again {
            fields.mode == Mode::Practice
                && seen.contains(&slot.question)
                && asked_again.insert(&slot.question)
        } else {
            seen.insert(&slot.question)
        };
        if !first_time {
            return Err(format!("question {n} appears twice"));
        }
        let mut shown = slot.choices.clone();
        shown.sort();
        let mut real: Vec<Id> = question.choices().iter().map(|c| c.id().clone()).collect();
        real.sort();
        if shown != real {
            return Err(format!("question {n} has other choices than the bank"));
        }
        if slot.choose != question.choose() {
            return Err(format!("question {n} expects another number of answers"));
        }
        if slot.selected.len() > slot.choose
            || slot.selected.iter().any(|s| !slot.choices.contains(s))
        {
            return Err(format!("question {n} has an impossible answer"));
        }
        if slot.checked && (fields.mode != Mode::Practice || slot.selected.is_empty()) {
            return Err(format!("question {n} is checked without an answer"));
        }
    }
    Ok(())
}
