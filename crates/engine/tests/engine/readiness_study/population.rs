//! Simulated candidates for the readiness study, whose answers follow an item-response model.

use exam_engine::readiness::pass_chance;
use exam_engine::shuffle::SeededRng;

/// How far candidates' abilities spread around the population's mean, in logits.
const ABILITY_SPREAD: f64 = 0.9;
/// How far one candidate's topics spread around their overall ability, in logits.
const TOPIC_SHIFT_SPREAD: f64 = 0.5;
/// Steps of the grid that averages a right answer's chance over the bank's difficulties, in
/// standard deviations: fine and wide enough that the average is exact to many places.
const DIFFICULTY_GRID_STEP: f64 = 0.1;
const DIFFICULTY_GRID_REACH: f64 = 6.0;

/// Who takes the exam and what the bank is like.
#[derive(Debug, Clone, Copy)]
pub struct Population {
    /// The mean of the candidates' abilities, in logits.
    pub ability_mean: f64,
    /// The mean of the questions' difficulties: above 0 is a hard bank.
    pub difficulty_mean: f64,
    /// How far the questions' difficulties spread.
    pub difficulty_spread: f64,
    /// How much each candidate's ability grows between their first answers and the exam.
    pub improvement: f64,
}

/// One simulated candidate: their first answers per topic, and the chance, worked out exactly
/// from their true abilities, that they pass the real exam.
pub struct Candidate {
    pub first_answers: Vec<(usize, usize)>,
    pub true_pass_chance: f64,
}

fn uniform(rng: &mut SeededRng) -> f64 {
    ((rng.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
}

fn standard_normal(rng: &mut SeededRng) -> f64 {
    loop {
        let (u, v) = (2.0 * uniform(rng) - 1.0, 2.0 * uniform(rng) - 1.0);
        let s = u * u + v * v;
        if s > 0.0 && s < 1.0 {
            return u * (-2.0 * s.ln() / s).sqrt();
        }
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Population {
    /// The chance that a candidate of `skill` answers a question new to them right, averaged
    /// over the bank's spread of difficulties (a fine grid over the normal density).
    fn right_chance_on_a_new_question(&self, skill: f64) -> f64 {
        let steps = (DIFFICULTY_GRID_REACH / DIFFICULTY_GRID_STEP) as i32;
        let (mut total, mut weight) = (0.0, 0.0);
        for i in -steps..=steps {
            let z = f64::from(i) * DIFFICULTY_GRID_STEP;
            let density = (-0.5 * z * z).exp();
            let difficulty = self.difficulty_mean + self.difficulty_spread * z;
            total += density * sigmoid(skill - difficulty);
            weight += density;
        }
        total / weight
    }

    /// A new candidate who gives `answered[t]` first answers in topic `t` and then sits an exam
    /// with `on_exam[t]` new questions in it, passing with `needed` right.
    pub fn candidate(
        &self,
        rng: &mut SeededRng,
        answered: &[usize],
        on_exam: &[usize],
        needed: usize,
    ) -> Candidate {
        let ability = self.ability_mean + ABILITY_SPREAD * standard_normal(rng);
        let mut first_answers = Vec::with_capacity(answered.len());
        let mut exam_chances = Vec::with_capacity(answered.len());
        for &answers in answered {
            let skill = ability + TOPIC_SHIFT_SPREAD * standard_normal(rng);
            let right = (0..answers)
                .filter(|_| {
                    let difficulty =
                        self.difficulty_mean + self.difficulty_spread * standard_normal(rng);
                    uniform(rng) < sigmoid(skill - difficulty)
                })
                .count();
            first_answers.push((right, answers));
            exam_chances.push(self.right_chance_on_a_new_question(skill + self.improvement));
        }
        Candidate {
            first_answers,
            true_pass_chance: pass_chance(on_exam, &exam_chances, needed),
        }
    }
}
