//! The checked question bank: types whose invariants the validator has established.
//!
//! Fields are private and there are no public constructors outside [`crate::validate`],
//! so a `Bank` in hand always has unique ids, answers that name real choices, known topics and
//! a pass mark within 0–100.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::calendar_date::CalendarDate;
use super::language_tag::LanguageTag;
use super::markup::Markup;
use super::report_link::ReportLink;

/// The bank file format version this build reads and writes.
pub const BANK_FORMAT: i64 = 1;

/// A stable identifier: letters, digits, `-`, `_` and `.`, at most 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// The longest id accepted, so ids stay usable in links and storage keys.
    pub const MAX_LEN: usize = 64;

    /// Checks the id's spelling; the validator and the session reader both use this.
    pub fn parse(text: &str) -> Result<Id, IdProblem> {
        Self::check(text)?;
        Ok(Id(text.to_owned()))
    }

    /// Like [`Id::parse`], keeping the string it is given instead of copying it; a refused
    /// string comes back with the problem, for the message that quotes it.
    pub fn parse_owned(text: String) -> Result<Id, (IdProblem, String)> {
        match Self::check(&text) {
            Ok(()) => Ok(Id(text)),
            Err(problem) => Err((problem, text)),
        }
    }

    /// Whether `text` may be an id, and if not, why.
    pub fn check(text: &str) -> Result<(), IdProblem> {
        if text.is_empty() {
            return Err(IdProblem::Empty);
        }
        if text.len() > Self::MAX_LEN {
            return Err(IdProblem::TooLong);
        }
        if !text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        {
            return Err(IdProblem::BadCharacter);
        }
        Ok(())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a piece of text is not a valid id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IdProblem {
    Empty,
    TooLong,
    BadCharacter,
}

/// A pass mark in whole percent, 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PassMark(u8);

impl PassMark {
    pub fn new(percent: i64) -> Option<PassMark> {
        u8::try_from(percent)
            .ok()
            .filter(|p| *p <= 100)
            .map(PassMark)
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    /// Whether `correct` out of `total` meets the mark, in exact integer arithmetic.
    pub fn is_met_by(self, correct: usize, total: usize) -> bool {
        total > 0 && correct * 100 >= usize::from(self.0) * total
    }
}

/// A link to further reading; the URL is always `http` or `https`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub(super) title: String,
    pub(super) url: String,
}

impl Reference {
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// One choice of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub(super) id: Id,
    pub(super) text: Markup,
    pub(super) explanation: Option<Markup>,
}

impl Choice {
    pub fn id(&self) -> &Id {
        &self.id
    }
    pub fn text(&self) -> &Markup {
        &self.text
    }
    /// Why this choice is right or wrong, when the bank says.
    pub fn explanation(&self) -> Option<&Markup> {
        self.explanation.as_ref()
    }
}

/// One checked question: what every kind has (its id, topic, prompt, explanation and
/// references), and its [`QuestionKind`], which says how it is answered and graded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub(super) id: Id,
    pub(super) topic: usize,
    pub(super) prompt: Markup,
    pub(super) kind: QuestionKind,
    pub(super) explanation: Markup,
    pub(super) references: Vec<Reference>,
    pub(super) level: Level,
}

/// How far a question goes beyond what its exam expects. An exam draws going-further questions
/// only when it asks for more than the foundational ones that match, so a bank can keep
/// associate-level detail for those who want it without raising the level of the default exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    #[default]
    Foundational,
    GoingFurther,
}

impl Level {
    /// The level a bank file names, or `None` for a word the format does not know.
    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "foundational" => Some(Level::Foundational),
            "going-further" => Some(Level::GoingFurther),
            _ => None,
        }
    }

    /// The level as a bank file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Level::Foundational => "foundational",
            Level::GoingFurther => "going-further",
        }
    }
}

/// How a question is answered. A new kind of question is a new variant here: the compiler then
/// names every place that must learn it (grading, the question card, the exports).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick from listed choices: one right ("choose 1") or several ("Choose N").
    Choice(ChoiceAnswer),
}

/// A choice question's choices and its right ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceAnswer {
    pub(super) choices: Vec<Choice>,
    /// The correct choice ids, in the order the choices are listed.
    pub(super) answer: Vec<Id>,
}

impl ChoiceAnswer {
    pub fn choices(&self) -> &[Choice] {
        &self.choices
    }
    /// The correct choice ids, in the order the choices are listed.
    pub fn answer(&self) -> &[Id] {
        &self.answer
    }
    /// The grading rule of a choice question: right when it chooses exactly the right choices,
    /// in whatever order they were chosen or shown (a shuffled question lists its choices, and
    /// so a candidate's picks, in another order than the bank's answer).
    pub fn is_right(&self, selected: &[Id]) -> bool {
        selected.len() == self.answer.len() && self.answer.iter().all(|id| selected.contains(id))
    }
}

impl Question {
    pub fn id(&self) -> &Id {
        &self.id
    }
    /// The index of this question's topic in [`Bank::topics`].
    pub fn topic_index(&self) -> usize {
        self.topic
    }
    pub fn prompt(&self) -> &Markup {
        &self.prompt
    }
    /// How the question is answered.
    pub fn kind(&self) -> &QuestionKind {
        &self.kind
    }
    fn choice_answer(&self) -> &ChoiceAnswer {
        match &self.kind {
            QuestionKind::Choice(choice) => choice,
        }
    }
    pub fn choices(&self) -> &[Choice] {
        self.choice_answer().choices()
    }
    pub fn choice(&self, id: &Id) -> Option<&Choice> {
        self.choices().iter().find(|c| &c.id == id)
    }
    pub fn answer(&self) -> &[Id] {
        self.choice_answer().answer()
    }
    /// The grading rule, the only one: each kind says when an answer to it is right.
    pub fn is_right(&self, selected: &[Id]) -> bool {
        match &self.kind {
            QuestionKind::Choice(choice) => choice.is_right(selected),
        }
    }
    /// How many choices make a full answer: 1 for single answer, N for "Choose N".
    pub fn choose(&self) -> usize {
        self.answer().len()
    }
    pub fn is_correct_choice(&self, id: &Id) -> bool {
        self.answer().contains(id)
    }
    pub fn explanation(&self) -> &Markup {
        &self.explanation
    }
    pub fn references(&self) -> &[Reference] {
        &self.references
    }
    pub fn level(&self) -> Level {
        self.level
    }
}

/// A whole checked bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bank {
    pub(super) id: Id,
    pub(super) title: String,
    pub(super) description: Markup,
    pub(super) topics: Vec<String>,
    pub(super) default_question_count: usize,
    pub(super) default_time_limit_minutes: u32,
    pub(super) pass_mark: PassMark,
    pub(super) shuffle: bool,
    pub(super) language: Option<LanguageTag>,
    pub(super) facts_checked: Option<CalendarDate>,
    pub(super) report_link: Option<ReportLink>,
    pub(super) topic_weights: Option<TopicWeights>,
    pub(super) questions: Vec<Question>,
    pub(super) by_id: HashMap<Id, usize>,
}

/// Each topic's share of the real exam, in the bank's topic order: finite, from 0, not all 0.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicWeights(pub(super) Vec<f64>);

// The validator admits only finite weights, so equality is total.
impl Eq for TopicWeights {}

impl TopicWeights {
    pub fn as_slice(&self) -> &[f64] {
        &self.0
    }
}

impl Bank {
    /// Each topic's weight on the real exam, in topic order: the bank's `topic_weights`, or
    /// else each topic's count of questions.
    pub fn topic_weights(&self) -> Vec<f64> {
        match &self.topic_weights {
            Some(weights) => weights.0.clone(),
            None => {
                let mut counts = vec![0.0; self.topics.len()];
                for question in &self.questions {
                    counts[question.topic] += 1.0;
                }
                counts
            }
        }
    }

    /// Whether the bank gives its own topic weights.
    pub fn has_topic_weights(&self) -> bool {
        self.topic_weights.is_some()
    }

    /// The same bank under another id (a checked [`Id`], so the invariants still hold); used
    /// when a bank opened in the browser would otherwise shadow one the site hosts.
    pub fn with_id(mut self, id: Id) -> Bank {
        self.id = id;
        self
    }
    pub fn id(&self) -> &Id {
        &self.id
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn description(&self) -> &Markup {
        &self.description
    }
    pub fn topics(&self) -> &[String] {
        &self.topics
    }
    pub fn default_question_count(&self) -> usize {
        self.default_question_count
    }
    pub fn default_time_limit_minutes(&self) -> u32 {
        self.default_time_limit_minutes
    }
    pub fn pass_mark(&self) -> PassMark {
        self.pass_mark
    }
    /// Whether exams shuffle questions and choices unless the candidate or link says otherwise.
    pub fn shuffle(&self) -> bool {
        self.shuffle
    }
    /// The language the bank's text is written in, if it says.
    pub fn language(&self) -> Option<&LanguageTag> {
        self.language.as_ref()
    }
    /// When the bank's facts were last checked against their sources, if it says.
    pub fn facts_checked(&self) -> Option<CalendarDate> {
        self.facts_checked
    }
    /// The bank's report address template, if it has one.
    pub fn report_link(&self) -> Option<&ReportLink> {
        self.report_link.as_ref()
    }
    /// Where to report a problem with one of this bank's questions, if the bank says.
    pub fn report_address(&self, question: &Question) -> Option<String> {
        self.report_link
            .as_ref()
            .map(|link| link.for_question(&self.id, question.id()))
    }
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
    pub fn question(&self, id: &Id) -> Option<&Question> {
        self.by_id.get(id).map(|&i| &self.questions[i])
    }
    pub fn topic_name(&self, question: &Question) -> &str {
        &self.topics[question.topic]
    }
}
