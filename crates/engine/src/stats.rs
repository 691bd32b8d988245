//! Figures a teacher checks before publishing a bank: balance of topics, answer positions and
//! answer lengths, gaps in explanations, and questions that repeat one another.

use std::collections::HashMap;
use std::fmt;

use super::bank::{Bank, Id};
use super::import::draft::{MISSING_EXPLANATION, choice_id};

/// Prompts sharing at least this share of their distinct words are reported as near-duplicates.
pub const NEAR_DUPLICATE_SIMILARITY: f64 = 0.8;

/// Above this share (in percent) of single-answer questions whose right answer holds one length
/// rank (the longest choice, the second-longest, …), candidates can score by always picking the
/// choice of that rank, and the checker warns. With four choices a length-blind key gives about
/// 25 % at each rank.
pub const LENGTH_RANK_WARNING_PERCENT: usize = 35;

/// Too few single-answer questions make the shares noise; below this the checker does not warn.
pub const LENGTH_RANK_MIN_QUESTIONS: usize = 20;

/// Two questions whose prompts are nearly the same.
#[derive(Debug, Clone, PartialEq)]
pub struct NearDuplicate {
    /// Positions in the bank, the earlier first.
    pub first: usize,
    pub second: usize,
    /// Shared distinct words over all distinct words of the two prompts (Jaccard), 0–1.
    pub similarity: f64,
}

/// The figures for one bank.
#[derive(Debug, Clone, PartialEq)]
pub struct BankStats {
    pub title: String,
    pub questions: usize,
    pub per_topic: Vec<(String, usize)>,
    pub multi_answer: usize,
    /// Questions with one right answer.
    pub single_answer: usize,
    /// How many single-answer questions have their right answer at each length rank: index 0
    /// counts right answers no other choice is longer than, index 1 those with exactly one longer
    /// choice, and so on. A tie counts in the right answer's favour, so a right answer as long as
    /// the longest wrong one counts as the longest.
    pub right_by_length_rank: Vec<usize>,
    /// "Choose N" questions whose right answers are all strictly longer than every wrong choice.
    pub right_are_the_longest: Vec<Id>,
    /// How often the right answer is the choice at each position (A, B, C, …) as written.
    pub right_by_position: Vec<usize>,
    /// Questions where at least one choice has no explanation of its own.
    pub missing_choice_reasons: Vec<Id>,
    /// Questions whose file gave no explanation at all.
    pub missing_explanations: Vec<Id>,
    pub near_duplicates: Vec<NearDuplicate>,
    ids: Vec<Id>,
}

impl BankStats {
    pub fn of(bank: &Bank) -> BankStats {
        let questions = bank.questions();
        let mut per_topic: Vec<(String, usize)> =
            bank.topics().iter().map(|t| (t.clone(), 0)).collect();
        let mut right_by_position = Vec::new();
        let mut multi_answer = 0;
        let mut right_by_length_rank = Vec::new();
        let mut right_are_the_longest = Vec::new();
        let mut missing_choice_reasons = Vec::new();
        let mut missing_explanations = Vec::new();
        for question in questions {
            per_topic[question.topic_index()].1 += 1;
            if question.choose() > 1 {
                multi_answer += 1;
                if right_are_longest(question) {
                    right_are_the_longest.push(question.id().clone());
                }
            } else {
                let rank = right_length_rank(question);
                if right_by_length_rank.len() <= rank {
                    right_by_length_rank.resize(rank + 1, 0);
                }
                right_by_length_rank[rank] += 1;
            }
            for (position, choice) in question.choices().iter().enumerate() {
                if question.is_correct_choice(choice.id()) {
                    if right_by_position.len() <= position {
                        right_by_position.resize(position + 1, 0);
                    }
                    right_by_position[position] += 1;
                }
            }
            if question.choices().iter().any(|c| c.explanation().is_none()) {
                missing_choice_reasons.push(question.id().clone());
            }
            if question.explanation().source() == MISSING_EXPLANATION {
                missing_explanations.push(question.id().clone());
            }
        }
        let prompts: Vec<String> = questions.iter().map(|q| q.prompt().plain_text()).collect();
        BankStats {
            title: bank.title().to_owned(),
            questions: questions.len(),
            per_topic,
            multi_answer,
            single_answer: questions.len() - multi_answer,
            right_by_length_rank,
            right_are_the_longest,
            right_by_position,
            missing_choice_reasons,
            missing_explanations,
            near_duplicates: near_duplicates(&prompts, NEAR_DUPLICATE_SIMILARITY),
            ids: questions.iter().map(|q| q.id().clone()).collect(),
        }
    }

    /// The length rank (0 for the longest choice) that holds the right answer of so many
    /// single-answer questions that length gives it away, if one does. The most crowded rank is
    /// named when several are over the line.
    pub fn length_rank_giving_answers_away(&self) -> Option<usize> {
        if self.single_answer < LENGTH_RANK_MIN_QUESTIONS {
            return None;
        }
        let (rank, count) = self
            .right_by_length_rank
            .iter()
            .enumerate()
            .max_by_key(|(rank, count)| (**count, std::cmp::Reverse(*rank)))?;
        (count * 100 > self.single_answer * LENGTH_RANK_WARNING_PERCENT).then_some(rank)
    }

    /// "the right answer is the second-longest choice in N of M single-answer questions (P%)".
    pub fn length_rank_sentence(&self, rank: usize) -> String {
        let count = self.right_by_length_rank.get(rank).copied().unwrap_or(0);
        format!(
            "the right answer is the {} choice in {count} of {} single-answer questions ({})",
            rank_name(rank),
            self.single_answer,
            percent(count, self.single_answer)
        )
    }
}

/// "longest", "second-longest", "third-longest", then "5th-longest" and so on.
fn rank_name(rank: usize) -> String {
    match rank {
        0 => "longest".to_owned(),
        1 => "second-longest".to_owned(),
        2 => "third-longest".to_owned(),
        3 => "fourth-longest".to_owned(),
        n => format!("{}th-longest", n + 1),
    }
}

/// How long a choice reads, in characters of its plain text.
fn length(choice: &super::bank::Choice) -> usize {
    choice.text().plain_text().chars().count()
}

/// How many wrong choices are strictly longer, as read, than the one right choice.
fn right_length_rank(question: &super::bank::Question) -> usize {
    let right = question
        .choices()
        .iter()
        .filter(|c| question.is_correct_choice(c.id()))
        .map(length)
        .max()
        .unwrap_or(0);
    question
        .choices()
        .iter()
        .filter(|c| !question.is_correct_choice(c.id()) && length(c) > right)
        .count()
}

/// Whether every right choice is strictly longer, as read, than every wrong one.
fn right_are_longest(question: &super::bank::Question) -> bool {
    let (right, wrong): (Vec<_>, Vec<_>) = question
        .choices()
        .iter()
        .partition(|c| question.is_correct_choice(c.id()));
    let shortest_right = right.iter().map(|c| length(c)).min().unwrap_or(0);
    let longest_wrong = wrong.iter().map(|c| length(c)).max().unwrap_or(0);
    shortest_right > longest_wrong
}

fn percent(part: usize, whole: usize) -> String {
    let rounded = (part * 100 + whole / 2).checked_div(whole).unwrap_or(0);
    format!("{rounded}%")
}

/// A list of ids, shortened after ten.
fn id_list(ids: &[Id]) -> String {
    let mut text = ids
        .iter()
        .take(10)
        .map(Id::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > 10 {
        text.push_str(&format!(", … ({} more)", ids.len() - 10));
    }
    text
}

/// One line of the report: a count of questions and their ids, or "none".
fn id_line(f: &mut fmt::Formatter<'_>, label: &str, ids: &[Id]) -> fmt::Result {
    if ids.is_empty() {
        writeln!(f, "  {label}: none")
    } else {
        writeln!(f, "  {label}: {} ({})", ids.len(), id_list(ids))
    }
}

impl fmt::Display for BankStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.questions;
        writeln!(f, "  \"{}\": {n} questions", self.title)?;
        writeln!(f, "  questions per topic:")?;
        for (topic, count) in &self.per_topic {
            writeln!(f, "    {count:>5}  {topic}")?;
        }
        writeln!(
            f,
            "  multi-answer (\"Choose N\"): {} of {n} ({})",
            self.multi_answer,
            percent(self.multi_answer, n)
        )?;
        let positions = self
            .right_by_position
            .iter()
            .enumerate()
            .map(|(i, count)| {
                format!(
                    "{} {count} ({})",
                    choice_id(i).to_ascii_uppercase(),
                    percent(*count, n)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "  right answer by position: {positions}")?;
        let ranks = self
            .right_by_length_rank
            .iter()
            .enumerate()
            .map(|(rank, count)| {
                format!(
                    "{} {count} ({})",
                    rank_name(rank),
                    percent(*count, self.single_answer)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            f,
            "  right answer by length, in {} single-answer questions: {ranks}",
            self.single_answer
        )?;
        if let Some(rank) = self.length_rank_giving_answers_away() {
            writeln!(
                f,
                "  {}: more than {LENGTH_RANK_WARNING_PERCENT}%, so candidates can guess by length",
                self.length_rank_sentence(rank)
            )?;
        }
        if self.multi_answer > 0 {
            writeln!(
                f,
                "  \"Choose N\" questions whose right answers are the N longest choices: {} of {} ({})",
                self.right_are_the_longest.len(),
                self.multi_answer,
                percent(self.right_are_the_longest.len(), self.multi_answer)
            )?;
        }
        id_line(
            f,
            "questions without an explanation",
            &self.missing_explanations,
        )?;
        id_line(
            f,
            "questions missing per-choice reasons",
            &self.missing_choice_reasons,
        )?;
        if self.near_duplicates.is_empty() {
            write!(f, "  near-duplicate prompts: none")?;
        } else {
            write!(
                f,
                "  near-duplicate prompts: {}",
                self.near_duplicates.len()
            )?;
            for pair in &self.near_duplicates {
                write!(
                    f,
                    "\n    {} and {} ({:.0}% of words shared)",
                    self.ids[pair.first],
                    self.ids[pair.second],
                    pair.similarity * 100.0
                )?;
            }
        }
        Ok(())
    }
}

/// The distinct words of a text, ASCII letters folded to lower case. Non-ASCII characters count
/// as letters: that is enough to compare prompts, and it keeps Unicode case tables out of the app.
pub fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| c.is_ascii_punctuation() || c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Pairs of texts whose distinct words overlap by at least `threshold` (Jaccard similarity).
///
/// Uses prefix filtering so large banks need not compare every pair: with words ordered rarest
/// first, two sets this similar must share a word among the first `|x| - ⌈t·|x|⌉ + 1` of each.
pub fn near_duplicates(texts: &[String], threshold: f64) -> Vec<NearDuplicate> {
    let word_sets: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for set in &word_sets {
        for word in set {
            *frequency.entry(word.as_str()).or_default() += 1;
        }
    }
    // Number the words rarest first, so each set sorted by number starts with its rare words.
    let mut vocabulary: Vec<&str> = frequency.keys().copied().collect();
    vocabulary.sort_by(|a, b| frequency[a].cmp(&frequency[b]).then(a.cmp(b)));
    let rank: HashMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, w)| (*w, i))
        .collect();
    let sets: Vec<Vec<usize>> = word_sets
        .iter()
        .map(|set| {
            let mut ranks: Vec<usize> = set.iter().map(|w| rank[w.as_str()]).collect();
            ranks.sort_unstable();
            ranks
        })
        .collect();
    let mut index: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut pairs = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        if set.is_empty() {
            continue;
        }
        let prefix = set.len() - (threshold * set.len() as f64).ceil() as usize + 1;
        let mut candidates: Vec<usize> = set[..prefix.min(set.len())]
            .iter()
            .filter_map(|word| index.get(word))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for j in candidates {
            let similarity = jaccard(&sets[j], set);
            if similarity >= threshold {
                pairs.push(NearDuplicate {
                    first: j,
                    second: i,
                    similarity,
                });
            }
        }
        for word in &set[..prefix.min(set.len())] {
            index.entry(*word).or_default().push(i);
        }
    }
    pairs.sort_by_key(|p| (p.first, p.second));
    pairs
}

/// Shared over all, for two sorted lists of distinct numbers.
fn jaccard(a: &[usize], b: &[usize]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}
