//! Class results without a server: many candidates' result files graded again against the
//! bank, each candidate's score, and per question the share right, its discrimination
//! (point-biserial) and the most chosen wrong choice, with CSV downloads.
//!
//! A file for another bank, or another version of this one (its fingerprint differs), is
//! listed as such; a damaged or self-contradictory file is named with its reason; the rest
//! still count.

use std::collections::HashMap;

use super::bank::{Bank, Id};
use super::csv;
use super::fingerprint::bank_fingerprint;
use super::result_file::{LeftOut, NotGraded, ResultFile};

/// One candidate, graded again.
#[derive(Debug, Clone, PartialEq)]
pub struct GradedCandidate {
    pub name: String,
    pub file: String,
    pub correct: usize,
    pub total: usize,
    pub passed: bool,
    pub time_used_ms: u64,
    /// Per question asked: its position in the bank, whether it was right, and the choices.
    answers: Vec<(usize, bool, Vec<Id>)>,
}

impl GradedCandidate {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 * 100.0 / self.total as f64
        }
    }
}

/// One question across the class.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionStats {
    pub question: Id,
    pub topic: String,
    pub asked: usize,
    pub right: usize,
    /// The correlation between getting this question right and the candidate's score; `None`
    /// when it cannot be told (fewer than two candidates, all right or all wrong, or every
    /// score the same).
    pub point_biserial: Option<f64>,
    /// The wrong choice picked most often, and how often.
    pub most_chosen_wrong: Option<(Id, usize)>,
}

impl QuestionStats {
    pub fn share_right(&self) -> f64 {
        if self.asked == 0 {
            0.0
        } else {
            self.right as f64 / self.asked as f64
        }
    }
}

/// The class: graded candidates, per-question statistics, and the files left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClassResults {
    pub candidates: Vec<GradedCandidate>,
    /// Questions asked at least once, in bank order.
    pub questions: Vec<QuestionStats>,
    /// Each file left out, and why.
    pub left_out: Vec<LeftOut>,
}

fn grade(bank: &Bank, file: &str, result: &ResultFile) -> Result<GradedCandidate, LeftOut> {
    let left_out = |why| LeftOut {
        file: file.to_owned(),
        why,
    };
    let mut answers = Vec::with_capacity(result.answers.len());
    let mut seen = std::collections::HashSet::new();
    for (n, answer) in result.answers.iter().enumerate() {
        let position = bank
            .questions()
            .iter()
            .position(|q| q.id() == &answer.question)
            .ok_or_else(|| {
                left_out(NotGraded::UnknownQuestion {
                    answer: n + 1,
                    question: answer.question.to_string(),
                })
            })?;
        if !seen.insert(position) {
            return Err(left_out(NotGraded::AnsweredTwice {
                question: answer.question.to_string(),
            }));
        }
        let question = &bank.questions()[position];
        if answer
            .selected
            .iter()
            .any(|id| question.choice(id).is_none())
            || answer.selected.len() > question.choose()
        {
            return Err(left_out(NotGraded::ImpossibleAnswer {
                question: answer.question.to_string(),
            }));
        }
        let mut chosen = answer.selected.clone();
        chosen.sort_by_key(|id| question.choices().iter().position(|c| c.id() == id));
        let right = question.is_right(&chosen);
        answers.push((position, right, chosen));
    }
    let correct = answers.iter().filter(|(_, right, _)| *right).count();
    Ok(GradedCandidate {
        name: result.label(file),
        file: file.to_owned(),
        correct,
        total: answers.len(),
        passed: bank.pass_mark().is_met_by(correct, answers.len()),
        time_used_ms: result.time_used_ms,
        answers,
    })
}

/// The point-biserial correlation of right (1) or wrong (0) with `scores`.
pub fn point_biserial(pairs: &[(bool, f64)]) -> Option<f64> {
    let n = pairs.len() as f64;
    let right: Vec<f64> = pairs.iter().filter(|(r, _)| *r).map(|(_, s)| *s).collect();
    let wrong: Vec<f64> = pairs.iter().filter(|(r, _)| !*r).map(|(_, s)| *s).collect();
    if pairs.len() < 2 || right.is_empty() || wrong.is_empty() {
        return None;
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let all: Vec<f64> = pairs.iter().map(|(_, s)| *s).collect();
    let overall = mean(&all);
    let sd = (all.iter().map(|s| (s - overall).powi(2)).sum::<f64>() / n).sqrt();
    if sd == 0.0 {
        return None;
    }
    let p = right.len() as f64 / n;
    Some((mean(&right) - mean(&wrong)) / sd * (p * (1.0 - p)).sqrt())
}

impl ClassResults {
    /// Grades `files` (name, text) against `bank`.
    pub fn of(bank: &Bank, files: &[(String, String)]) -> ClassResults {
        let fingerprint = bank_fingerprint(bank);
        let mut class = ClassResults::default();
        for (file, text) in files {
            let result = match ResultFile::read(file, text) {
                Ok(result) => result,
                Err(why) => {
                    class.left_out.push(why);
                    continue;
                }
            };
            if result.bank_id != bank.id().as_str() {
                class.left_out.push(LeftOut {
                    file: file.clone(),
                    why: NotGraded::OtherBank {
                        title: result.bank_title.clone(),
                        id: result.bank_id.clone(),
                    },
                });
                continue;
            }
            if result.bank_fingerprint != fingerprint {
                class.left_out.push(LeftOut {
                    file: file.clone(),
                    why: NotGraded::OtherBankVersion,
                });
                continue;
            }
            match grade(bank, file, &result) {
                Ok(candidate) => class.candidates.push(candidate),
                Err(why) => class.left_out.push(why),
            }
        }
        class.questions = class.statistics(bank);
        class
    }

    fn statistics(&self, bank: &Bank) -> Vec<QuestionStats> {
        bank.questions()
            .iter()
            .enumerate()
            .filter_map(|(position, question)| {
                let mut pairs = Vec::new();
                let mut wrong_picks: HashMap<&Id, usize> = HashMap::new();
                for candidate in &self.candidates {
                    let Some((_, right, chosen)) =
                        candidate.answers.iter().find(|(p, _, _)| *p == position)
                    else {
                        continue;
                    };
                    pairs.push((*right, candidate.percent()));
                    for id in chosen.iter().filter(|id| !question.is_correct_choice(id)) {
                        *wrong_picks.entry(id).or_default() += 1;
                    }
                }
                if pairs.is_empty() {
                    return None;
                }
                // Ties go to the choice listed first.
                let most_chosen_wrong = question
                    .choices()
                    .iter()
                    .filter_map(|c| Some((c.id().clone(), *wrong_picks.get(c.id())?)))
                    .fold(None, |best: Option<(Id, usize)>, (id, count)| match best {
                        Some((_, most)) if most >= count => best,
                        _ => Some((id, count)),
                    });
                Some(QuestionStats {
                    question: question.id().clone(),
                    topic: bank.topic_name(question).to_owned(),
                    asked: pairs.len(),
                    right: pairs.iter().filter(|(r, _)| *r).count(),
                    point_biserial: point_biserial(&pairs),
                    most_chosen_wrong,
                })
            })
            .collect()
    }

    /// One line per candidate.
    pub fn scores_csv(&self) -> String {
        let mut out = csv::header(&[
            "candidate",
            "file",
            "correct",
            "questions",
            "percent",
            "passed",
            "time used (s)",
        ]);
        for c in &self.candidates {
            out.push_str(&csv::line(&[
                csv::text(&c.name),
                csv::text(&c.file),
                c.correct.to_string(),
                c.total.to_string(),
                format!("{:.1}", c.percent()),
                (if c.passed { "yes" } else { "no" }).to_owned(),
                (c.time_used_ms / 1000).to_string(),
            ]));
        }
        out
    }

    /// One line per question asked.
    pub fn questions_csv(&self, bank: &Bank) -> String {
        let mut out = csv::header(&[
            "question",
            "topic",
            "asked",
            "right",
            "share right",
            "point-biserial",
            "most chosen wrong choice",
            "times chosen",
        ]);
        for q in &self.questions {
            let wrong_text = q.most_chosen_wrong.as_ref().and_then(|(id, _)| {
                Some(bank.question(&q.question)?.choice(id)?.text().plain_text())
            });
            out.push_str(&csv::line(&[
                csv::text(q.question.as_str()),
                csv::text(&q.topic),
                q.asked.to_string(),
                q.right.to_string(),
                format!("{:.2}", q.share_right()),
                q.point_biserial
                    .map_or(String::new(), |r| format!("{r:.2}")),
                csv::text(&wrong_text.unwrap_or_default()),
                q.most_chosen_wrong
                    .as_ref()
                    .map_or(String::new(), |(_, n)| n.to_string()),
            ]));
        }
        out
    }
}
