//! Exam links: the query part of `#/exam/<bank>?mode=exam&count=20&seed=42` to and from a config.
//!
//! A link with a seed fixes the exam completely, so a teacher can share it and every candidate
//! gets the same questions in the same order. Unknown or malformed parameters are reported, not
//! silently ignored, so a typo in a shared link is visible.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use super::bank::Bank;
use super::session::{Accommodation, Draw, ExamConfig, Mode};

/// Characters escaped in link values: everything that could end or split a parameter.
const VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b',')
    .add(b'=')
    .add(b'?')
    .add(b'<')
    .add(b'>');

/// A comma-separated list with each item escaped, so commas inside items survive.
fn encode_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| utf8_percent_encode(item, VALUE).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// The items of a comma-separated list, each unescaped.
fn decode_list(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(|item| percent_decode_str(item).decode_utf8_lossy().into_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

/// A link's `time=` setting: minutes, or none at all (practice only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLimit {
    Minutes(u32),
    Unlimited,
}

/// The longest time limit an exam may be given, in minutes (a day): links, the set-up form,
/// packages and the bank format all take 1 to this. It bounds the limit before any
/// accommodation, never the time a candidate is granted: 1440 minutes with 2× are 2880, and with
/// ESL +30 they are 1470.
pub const MAX_TIME_LIMIT_MINUTES: u32 = 1440;

impl TimeLimit {
    /// Reads `30` (1–1440 minutes) or `none`; the set-up form's values are the same words.
    pub fn parse(value: &str) -> Option<TimeLimit> {
        match value {
            "none" => Some(TimeLimit::Unlimited),
            v => v
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=MAX_TIME_LIMIT_MINUTES).contains(m))
                .map(TimeLimit::Minutes),
        }
    }

    /// The setting as a link and the set-up form write it.
    pub fn as_setting(self) -> String {
        match self {
            TimeLimit::Minutes(m) => m.to_string(),
            TimeLimit::Unlimited => "none".to_owned(),
        }
    }
}

/// Reads a mode as links and the set-up form write it: `practice` or `exam`.
pub fn parse_mode(value: &str) -> Option<Mode> {
    match value {
        "practice" => Some(Mode::Practice),
        "exam" => Some(Mode::Exam),
        _ => None,
    }
}

/// A mode as links and the set-up form write it.
pub fn mode_setting(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Exam => "exam",
    }
}

/// Reads extra time as links and the set-up form write it: `1`, `1.5`, `2`, `esl30` or
/// `untimed`.
pub fn parse_accommodation(value: &str) -> Option<Accommodation> {
    Accommodation::ALL
        .into_iter()
        .find(|accommodation| accommodation_setting(*accommodation) == value)
}

/// Extra time as links and the set-up form write it.
pub fn accommodation_setting(accommodation: Accommodation) -> &'static str {
    match accommodation {
        Accommodation::Standard => "1",
        Accommodation::Extended150 => "1.5",
        Accommodation::Extended200 => "2",
        Accommodation::Esl30 => "esl30",
        Accommodation::Untimed => "untimed",
    }
}

/// The seed of a new exam, from the time it is made: short enough to read in an address.
pub fn seed_from_time(now_ms: u64) -> u64 {
    now_ms % 1_000_000_007
}

/// A link's `draw=` setting: which questions come first, from this browser's saved progress.
/// Without it, the seed alone decides, so a shared link gives everyone the same exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrawSetting {
    /// `draw=unseen`: questions this candidate has not answered first, then the least recent.
    Unseen,
    /// `draw=review`: the questions due for review and those last missed, most urgent first.
    Review,
}

impl DrawSetting {
    pub fn parse(value: &str) -> Option<DrawSetting> {
        match value {
            "unseen" => Some(DrawSetting::Unseen),
            "review" => Some(DrawSetting::Review),
            _ => None,
        }
    }

    pub fn as_setting(self) -> &'static str {
        match self {
            DrawSetting::Unseen => "unseen",
            DrawSetting::Review => "review",
        }
    }
}

/// What a link says; anything left out falls back to the bank's defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExamLink {
    pub mode: Option<Mode>,
    pub count: Option<usize>,
    pub seed: Option<u64>,
    pub topics: Vec<String>,
    pub shuffle: Option<bool>,
    pub time: Option<TimeLimit>,
    pub accommodation: Option<Accommodation>,
    /// Only these question ids (e.g. "retry the ones I missed"); empty means the whole bank.
    pub only: Vec<String>,
    pub draw: Option<DrawSetting>,
}

/// A setting an exam link gives a value of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkSetting {
    Mode,
    Count,
    Seed,
    Shuffle,
    Time,
    Extra,
    Draw,
}

impl LinkSetting {
    /// The setting's key, as a link writes it.
    pub fn key(self) -> &'static str {
        match self {
            LinkSetting::Mode => "mode",
            LinkSetting::Count => "count",
            LinkSetting::Seed => "seed",
            LinkSetting::Shuffle => "shuffle",
            LinkSetting::Time => "time",
            LinkSetting::Extra => "extra",
            LinkSetting::Draw => "draw",
        }
    }
}

/// What is wrong with one parameter of an exam link; the interface says it in its language, and
/// [`fmt::Display`] in English (for tools and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// A value the setting does not take: the value as the link gives it, decoded.
    BadValue { setting: LinkSetting, value: String },
    /// A key no setting has, as the link writes it.
    UnknownSetting(String),
    /// An `only=` id no question of the bank has.
    UnknownQuestion(String),
    /// A `topics=` name that is not one of the bank's topics.
    UnknownTopic(String),
}

impl LinkProblem {
    /// The parameter as the link writes it (`mode=quiz`, or the key alone for an unknown one),
    /// for a problem list to start its line with.
    pub fn parameter(&self) -> String {
        match self {
            LinkProblem::BadValue { setting, value } => format!("{}={value}", setting.key()),
            LinkProblem::UnknownSetting(key) => key.clone(),
            LinkProblem::UnknownQuestion(id) => format!("only={id}"),
            LinkProblem::UnknownTopic(topic) => format!("topics={topic}"),
        }
    }
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parameter = self.parameter();
        match self {
            LinkProblem::BadValue { setting, .. } => {
                let what = match setting {
                    LinkSetting::Mode => "mode is practice or exam",
                    LinkSetting::Count => "count is a whole number from 1",
                    LinkSetting::Seed => "seed is a whole number",
                    LinkSetting::Shuffle => "shuffle is on or off",
                    LinkSetting::Time => {
                        return write!(
                            f,
                            "{parameter}: time is minutes from 1 to {MAX_TIME_LIMIT_MINUTES}, or none"
                        );
                    }
                    LinkSetting::Extra => "extra time is 1, 1.5, 2, esl30 or untimed",
                    LinkSetting::Draw => "draw is unseen or review",
                };
                write!(f, "{parameter}: {what}")
            }
            LinkProblem::UnknownSetting(_) => {
                write!(f, "{parameter}: not a setting an exam link knows")
            }
            LinkProblem::UnknownQuestion(_) => {
                write!(f, "{parameter}: no question of this bank has this id")
            }
            LinkProblem::UnknownTopic(_) => write!(f, "{parameter}: not a topic of this bank"),
        }
    }
}

/// The default time for `count` questions: the bank's default scaled to the count, whole minutes.
pub fn scaled_minutes(bank: &Bank, count: usize) -> u32 {
    let per_default = u64::from(bank.default_time_limit_minutes());
    let default_count = bank.default_question_count().max(1) as u64;
    let minutes = (per_default * count as u64).div_ceil(default_count);
    u32::try_from(minutes.max(1)).unwrap_or(u32::MAX)
}

impl ExamLink {
    /// Parses a query string (without the `?`). Every bad parameter is reported.
    pub fn parse(query: &str) -> Result<ExamLink, Vec<LinkProblem>> {
        let mut link = ExamLink::default();
        let mut problems = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode_str(raw).decode_utf8_lossy().into_owned();
            let bad = |setting: LinkSetting| LinkProblem::BadValue {
                setting,
                value: value.clone(),
            };
            match key {
                "mode" => match parse_mode(&value) {
                    Some(mode) => link.mode = Some(mode),
                    None => problems.push(bad(LinkSetting::Mode)),
                },
                "count" => match value.parse::<usize>() {
                    Ok(n) if n > 0 => link.count = Some(n),
                    _ => problems.push(bad(LinkSetting::Count)),
                },
                "seed" => match value.parse::<u64>() {
                    Ok(n) => link.seed = Some(n),
                    Err(_) => problems.push(bad(LinkSetting::Seed)),
                },
                "topics" => link.topics = decode_list(raw),
                "shuffle" => match value.as_str() {
                    "1" | "on" | "true" => link.shuffle = Some(true),
                    "0" | "off" | "false" => link.shuffle = Some(false),
                    _ => problems.push(bad(LinkSetting::Shuffle)),
                },
                "time" => match TimeLimit::parse(&value) {
                    Some(time) => link.time = Some(time),
                    None => problems.push(bad(LinkSetting::Time)),
                },
                "extra" => match parse_accommodation(&value) {
                    Some(extra) => link.accommodation = Some(extra),
                    None => problems.push(bad(LinkSetting::Extra)),
                },
                "only" => link.only = decode_list(raw),
                "draw" => match DrawSetting::parse(&value) {
                    Some(draw) => link.draw = Some(draw),
                    None => problems.push(bad(LinkSetting::Draw)),
                },
                _ => problems.push(LinkProblem::UnknownSetting(key.to_owned())),
            }
        }
        if problems.is_empty() {
            Ok(link)
        } else {
            Err(problems)
        }
    }

    /// The link, checked against the bank it opens: every `only=` id must name one of its
    /// questions and every `topics=` name one of its topics, or the link says which do not
    /// (rather than the exam failing later with a reason that misleads).
    pub fn for_bank(self, bank: &Bank) -> Result<ExamLink, Vec<LinkProblem>> {
        let mut problems = Vec::new();
        for id in &self.only {
            let known = super::bank::Id::parse(id)
                .ok()
                .is_some_and(|id| bank.question(&id).is_some());
            if !known {
                problems.push(LinkProblem::UnknownQuestion(id.clone()));
            }
        }
        for topic in &self.topics {
            if !bank.topics().contains(topic) {
                problems.push(LinkProblem::UnknownTopic(topic.clone()));
            }
        }
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }

    /// Writes the link's query string, with the parameters in a fixed order.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(mode) = self.mode {
            parts.push(format!("mode={}", mode_setting(mode)));
        }
        if let Some(count) = self.count {
            parts.push(format!("count={count}"));
        }
        if let Some(seed) = self.seed {
            parts.push(format!("seed={seed}"));
        }
        if !self.topics.is_empty() {
            parts.push(format!("topics={}", encode_list(&self.topics)));
        }
        if let Some(shuffle) = self.shuffle {
            parts.push(format!("shuffle={}", if shuffle { "on" } else { "off" }));
        }
        if let Some(time) = self.time {
            parts.push(format!("time={}", time.as_setting()));
        }
        if let Some(a) = self.accommodation {
            parts.push(format!("extra={}", accommodation_setting(a)));
        }
        if !self.only.is_empty() {
            parts.push(format!("only={}", encode_list(&self.only)));
        }
        if let Some(draw) = self.draw {
            parts.push(format!("draw={}", draw.as_setting()));
        }
        parts.join("&")
    }

    /// The exam this link asks for in `bank`, with `fallback_seed` when the link has none. Its
    /// draw is the seed's: a `draw=` setting is made real by the caller, who holds the saved
    /// progress it needs.
    /// An exam-mode link cannot drop the time limit except through the "untimed" accommodation.
    pub fn config(&self, bank: &Bank, fallback_seed: u64) -> ExamConfig {
        let mode = self.mode.unwrap_or(Mode::Exam);
        let count = self
            .count
            .unwrap_or(bank.default_question_count())
            .min(bank.questions().len());
        let minutes = match self.time {
            Some(TimeLimit::Unlimited) if mode == Mode::Practice => None,
            Some(TimeLimit::Minutes(m)) => Some(m),
            _ => Some(scaled_minutes(bank, count)),
        };
        let shuffle = self.shuffle.unwrap_or(bank.shuffle());
        ExamConfig {
            mode,
            question_count: count,
            topics: self.topics.clone(),
            only_questions: self
                .only
                .iter()
                .filter_map(|id| super::bank::Id::parse(id).ok())
                .collect(),
            shuffle_questions: shuffle,
            shuffle_choices: shuffle,
            seed: self.seed.unwrap_or(fallback_seed),
            time_limit_ms: minutes.map(|m| u64::from(m) * 60_000),
            accommodation: self.accommodation.unwrap_or_default(),
            draw: Draw::Seeded,
        }
    }
}
