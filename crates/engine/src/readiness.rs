//! "Am I ready?": the chance of reaching the pass mark on the bank's default exam, with an 80 %
//! band, from the candidate's first answers to questions they had not seen before.
//!
//! Each topic's chance of a right answer has a posterior pooled across topics (`posterior`):
//! near the candidate's overall level, by a spread the answers themselves suggest. A simulation
//! with the seeded generator draws a chance for every topic from it, works out exactly how
//! likely that candidate is to pass an exam of the default length whose questions are spread
//! over the topics by their weights, and repeats. The estimate is the mean of those pass
//! chances; the band runs from their 10th to their 90th percentile. The calibration study in
//! the engine's tests (`readiness_study`) checks both on simulated candidates and fixes the
//! minimum evidence.

use super::bank::{Bank, PassMark};
use super::shuffle::SeededRng;

mod posterior;

use posterior::Posterior;

/// Fewer first answers than this in a topic (or than the topic has questions) says too little.
/// Pooling lets a thin topic lean on the others: the calibration study meets its targets with
/// a topic holding just this many of the minimum's first answers.
pub const MIN_FIRST_ANSWERS_PER_TOPIC: usize = 3;
/// Fewer first answers than this in all (or than the bank has questions) says too little: the
/// calibration study's lowest step at which the estimate meets its targets for weak and strong
/// candidates, hard and easy banks alike (at 40 it misses them).
pub const MIN_FIRST_ANSWERS: usize = 60;
/// Simulated candidates per estimate.
pub const DRAWS: usize = 2_000;

/// What the estimate says, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Even the hopeful end of the band is below an even chance.
    NotYet,
    /// The band straddles an even chance.
    Borderline,
    /// Even the cautious end of the band is an even chance or better.
    Likely,
}

/// One topic's evidence and its share of the exam.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicMastery {
    pub topic: String,
    pub first_right: usize,
    pub first_answers: usize,
    /// Questions of this topic on the default exam.
    pub on_exam: usize,
    /// The posterior mean chance of a right first answer.
    pub mastery: f64,
    /// Whether the topic has enough first answers.
    pub enough: bool,
}

/// The readiness estimate, or why there is none yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    pub topics: Vec<TopicMastery>,
    pub first_answers: usize,
    /// First answers still needed in all, before any estimate.
    pub needed: usize,
    /// `None` until there is enough evidence.
    pub estimate: Option<Estimate>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// The chance of passing, 0–1.
    pub probability: f64,
    /// The 80 % band around it.
    pub low: f64,
    pub high: f64,
    pub verdict: Verdict,
    pub exam_questions: usize,
    pub right_needed: usize,
}

/// Splits `count` questions over topics in proportion to `weights` (largest remainders).
pub fn allocate(count: usize, weights: &[f64]) -> Vec<usize> {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| w / total * count as f64).collect();
    let mut shares: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (exact[a] - exact[a].floor(), exact[b] - exact[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let short = count.saturating_sub(shares.iter().sum());
    for &topic in order.iter().take(short) {
        shares[topic] += 1;
    }
    shares
}

/// The fewest right answers out of `total` that pass.
fn right_needed(pass_mark: PassMark, total: usize) -> usize {
    (0..=total)
        .find(|&k| pass_mark.is_met_by(k, total))
        .unwrap_or(total)
}

/// The exact chance of at least `needed` right answers when topic `t` has `questions[t]`
/// questions each answered right with chance `chances[t]`.
pub fn pass_chance(questions: &[usize], chances: &[f64], needed: usize) -> f64 {
    let total: usize = questions.iter().sum();
    let mut distribution = vec![0.0; total + 1];
    distribution[0] = 1.0;
    let mut asked = 0;
    for (&n, &p) in questions.iter().zip(chances) {
        for _ in 0..n {
            asked += 1;
            for k in (0..=asked).rev() {
                let right = if k > 0 { distribution[k - 1] * p } else { 0.0 };
                distribution[k] = distribution[k] * (1.0 - p) + right;
            }
        }
    }
    distribution[needed.min(total)..]
        .iter()
        .sum::<f64>()
        .min(1.0)
}

/// The pass chance's mean and 80 % band when topic `t` had `evidence[t] = (right, answers)`
/// first answers and has `questions[t]` questions on the exam.
pub fn pass_band(
    evidence: &[(usize, usize)],
    questions: &[usize],
    needed: usize,
    draws: usize,
    seed: u64,
) -> (f64, f64, f64) {
    let posterior = Posterior::of(evidence);
    let mut rng = SeededRng::new(seed);
    let mut chances = vec![0.0; evidence.len()];
    let draws = draws.max(1);
    // The level's cells are picked by evenly spread uniforms (one in each n-th of the unit
    // interval), so a few hundred draws cover the posterior as well as thousands at random.
    let mut outcomes: Vec<f64> = (0..draws)
        .map(|k| {
            let cell_uniform = (k as f64 + posterior::uniform(&mut rng)) / draws as f64;
            posterior.draw(cell_uniform, &mut rng, &mut chances);
            pass_chance(questions, &chances, needed)
        })
        .collect();
    outcomes.sort_by(f64::total_cmp);
    let mean = outcomes.iter().sum::<f64>() / outcomes.len() as f64;
    // The draws cover the posterior evenly (see above), so the k-th of n sorted draws stands
    // for the quantile (k − ½) / n; each end of the band interpolates between two draws.
    let at = |q: f64| {
        let position = (q * outcomes.len() as f64 - 0.5).clamp(0.0, (outcomes.len() - 1) as f64);
        let below = position.floor() as usize;
        let above = (below + 1).min(outcomes.len() - 1);
        let fraction = position - below as f64;
        outcomes[below] * (1.0 - fraction) + outcomes[above] * fraction
    };
    (mean, at(0.1), at(0.9))
}

impl Readiness {
    /// The estimate for `bank` from `first_answers[t] = (right, answers)` per topic (in the
    /// bank's topic order), simulated with `seed`.
    pub fn of(bank: &Bank, first_answers: &[(usize, usize)], seed: u64) -> Readiness {
        let weights = bank.topic_weights();
        let exam_questions = bank.default_question_count();
        let on_exam = allocate(exam_questions, &weights);
        let mut in_bank = vec![0; bank.topics().len()];
        for question in bank.questions() {
            in_bank[question.topic_index()] += 1;
        }
        let evidence: Vec<(usize, usize)> = (0..bank.topics().len())
            .map(|t| first_answers.get(t).copied().unwrap_or((0, 0)))
            .collect();
        let masteries = Posterior::of(&evidence).topic_means();
        let topics: Vec<TopicMastery> = bank
            .topics()
            .iter()
            .enumerate()
            .map(|(t, name)| {
                let (right, answers) = evidence[t];
                TopicMastery {
                    topic: name.clone(),
                    first_right: right,
                    first_answers: answers,
                    on_exam: on_exam[t],
                    mastery: masteries[t],
                    enough: weights[t] <= 0.0
                        || answers >= MIN_FIRST_ANSWERS_PER_TOPIC.min(in_bank[t]),
                }
            })
            .collect();
        let total: usize = topics.iter().map(|t| t.first_answers).sum();
        let needed = MIN_FIRST_ANSWERS
            .min(bank.questions().len())
            .saturating_sub(total);
        let enough = needed == 0 && topics.iter().all(|t| t.enough);
        let estimate = enough.then(|| {
            let right_needed = right_needed(bank.pass_mark(), exam_questions);
            let (probability, low, high) =
                pass_band(&evidence, &on_exam, right_needed, DRAWS, seed);
            let verdict = if high < 0.5 {
                Verdict::NotYet
            } else if low >= 0.5 {
                Verdict::Likely
            } else {
                Verdict::Borderline
            };
            Estimate {
                probability,
                low,
                high,
                verdict,
                exam_questions,
                right_needed,
            }
        });
        Readiness {
            topics,
            first_answers: total,
            needed,
            estimate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_allocated_by_weight_with_the_largest_remainders() {
        assert_eq!(allocate(10, &[1.0, 1.0, 1.0]), vec![4, 3, 3]);
        assert_eq!(allocate(65, &[34.0, 30.0, 26.0, 10.0]), vec![22, 20, 17, 6]);
        assert_eq!(allocate(5, &[0.0, 2.0]), vec![0, 5]);
    }

    #[test]
    fn the_exact_pass_chance_matches_the_binomial() {
        // Two questions at 0.5 each: both right with 1/4, at least one with 3/4.
        assert!((pass_chance(&[2], &[0.5], 2) - 0.25).abs() < 1e-12);
        assert!((pass_chance(&[1, 1], &[0.5, 0.5], 1) - 0.75).abs() < 1e-12);
        assert_eq!(pass_chance(&[3], &[1.0], 3), 1.0);
        assert_eq!(pass_chance(&[3], &[0.0], 1), 0.0);
    }

    #[test]
    fn a_thin_topic_leans_on_the_candidates_other_topics() {
        // Strong in three topics with forty answers each; the fourth has two right of three,
        // or nothing at all. Pooled, both sit near the strong level rather than at 67 % or 50 %.
        let thin = Posterior::of(&[(36, 40), (36, 40), (36, 40), (2, 3)]).topic_means();
        let empty = Posterior::of(&[(36, 40), (36, 40), (36, 40), (0, 0)]).topic_means();
        assert!(thin[3] > 0.75 && thin[3] < thin[0], "{thin:?}");
        assert!(empty[3] > 0.8 && empty[3] < empty[0] + 0.02, "{empty:?}");
    }

    #[test]
    fn more_answers_narrow_the_band() {
        let few = pass_band(&[(14, 20), (14, 20)], &[10, 10], 14, 999, 3);
        let many = pass_band(&[(140, 200), (140, 200)], &[10, 10], 14, 999, 3);
        assert!(few.1 <= few.0 && few.0 <= few.2);
        assert!(many.2 - many.1 < (few.2 - few.1) / 2.0, "{few:?} {many:?}");
    }
}
