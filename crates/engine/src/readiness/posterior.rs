//! The posterior of a candidate's chance of a right answer in each topic, pooled across topics:
//! each topic's chance sits near the candidate's overall level, by a spread learnt from the
//! answers themselves.
//!
//! On the logit scale, topic t's chance is `level + shift[t]`. The level's prior is wide (a
//! candidate's overall chance lies, most likely, between about 20 % and 94 % before any
//! answer); each shift is normal around 0 with a spread whose own prior is half-normal. The
//! posterior is worked out exactly on a grid: level on a lattice, shifts on the same lattice,
//! the spread on a few values. Because level and shifts share the lattice, each topic's likelihood is
//! computed once per lattice point and every pairing is a lookup.

use crate::shuffle::SeededRng;

/// The lattice's coarsest and finest steps in logits. The step is a third of the level's
/// spread from the answers alone, so the lattice is always fine beside the posterior: drawing
/// anywhere within a step's stretch widens the posterior by a twelfth of a step squared.
const COARSEST_STEP: f64 = 0.1;
const FINEST_STEP: f64 = 0.05;
/// The prior of the overall level in logits: normal, with this mean and spread. It is a start
/// that 60 first answers outweigh (the calibration study's minimum), not a belief about a bank.
const LEVEL_PRIOR_MEAN: f64 = 0.75;
const LEVEL_PRIOR_SPREAD: f64 = 1.0;
/// The spreads between topics considered, and the scale of their half-normal prior.
const TOPIC_SPREADS: [f64; 5] = [0.1, 0.25, 0.4, 0.6, 0.85];
const TOPIC_SPREAD_PRIOR_SCALE: f64 = 0.4;
/// A typical spread between topics, for sizing the level's lattice.
const TYPICAL_TOPIC_SPREAD: f64 = 0.6;
/// How many spreads out a shift may go: beyond three, a normal holds a quarter of one percent.
const SHIFT_REACH: f64 = 3.0;
/// How many posterior standard deviations the level's lattice reaches either side.
const LEVEL_REACH: f64 = 4.5;

fn log_sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        -(-x).exp().ln_1p()
    } else {
        x - x.exp().ln_1p()
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

pub(super) fn uniform(rng: &mut SeededRng) -> f64 {
    // 53 random bits, in (0, 1).
    ((rng.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
}

/// One spread between topics: its shifts' lattice weights (from −reach to +reach steps).
struct Spread {
    reach: usize,
    weights: Vec<f64>,
}

/// The grid posterior of one candidate's topic chances.
pub struct Posterior {
    step: f64,
    /// The level lattice's first point, in lattice steps; point `i` is `(first + i) · step`.
    first: i64,
    levels: usize,
    spreads: Vec<Spread>,
    /// The lattice the topics' likelihoods cover: from `first − widest reach`.
    lattice_first: i64,
    /// `likelihood[t][k]`: topic t's likelihood at lattice point k, scaled by its maximum.
    likelihood: Vec<Vec<f64>>,
    /// `cumulative[c]`: the running total of the posterior weights of the (level, spread) cells
    /// up to cell c, spread-major.
    cumulative: Vec<f64>,
    /// `marginal[c][t]`: topic t's likelihood averaged over its shift, in cell c.
    marginal: Vec<Vec<f64>>,
}

impl Posterior {
    /// The posterior from `evidence[t] = (right, answers)`.
    pub fn of(evidence: &[(usize, usize)]) -> Posterior {
        let right: usize = evidence.iter().map(|e| e.0).sum();
        let answers: usize = evidence.iter().map(|e| e.1).sum();
        let rate = (right as f64 + 0.5) / (answers as f64 + 1.0);
        let centre = (rate / (1.0 - rate)).ln();
        // A generous bound on the level's posterior spread: the answers' information plus a
        // typical topic spread's share, never wider than the prior.
        let information = answers as f64 * rate * (1.0 - rate);
        let spread_of_level = (1.0 / (information + LEVEL_PRIOR_SPREAD.powi(-2))
            + TYPICAL_TOPIC_SPREAD.powi(2) / evidence.len().max(1) as f64)
            .sqrt()
            .min(LEVEL_PRIOR_SPREAD);
        let step = ((information + LEVEL_PRIOR_SPREAD.powi(-2)).powf(-0.5) / 3.0)
            .clamp(FINEST_STEP, COARSEST_STEP);
        let half = (LEVEL_REACH * spread_of_level / step).ceil() as i64;
        let first = (centre / step).round() as i64 - half;
        let levels = (2 * half + 1) as usize;
        let spreads: Vec<Spread> = TOPIC_SPREADS
            .iter()
            .map(|&spread| {
                let reach = (SHIFT_REACH * spread / step).ceil() as usize;
                let raw: Vec<f64> = (0..=2 * reach)
                    .map(|d| {
                        let shift = (d as f64 - reach as f64) * step;
                        (-0.5 * (shift / spread).powi(2)).exp()
                    })
                    .collect();
                let total: f64 = raw.iter().sum();
                Spread {
                    reach,
                    weights: raw.into_iter().map(|w| w / total).collect(),
                }
            })
            .collect();
        let widest = spreads.iter().map(|s| s.reach).max().unwrap_or(0);
        let lattice_first = first - widest as i64;
        let lattice_len = levels + 2 * widest;
        let logs: Vec<(f64, f64)> = (0..lattice_len)
            .map(|k| {
                let x = (lattice_first + k as i64) as f64 * step;
                (log_sigmoid(x), log_sigmoid(-x))
            })
            .collect();
        let likelihood: Vec<Vec<f64>> = evidence
            .iter()
            .map(|&(right, answers)| {
                let wrong = answers.saturating_sub(right) as f64;
                let log: Vec<f64> = logs
                    .iter()
                    .map(|&(yes, no)| right as f64 * yes + wrong * no)
                    .collect();
                let top = log.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                log.into_iter().map(|l| (l - top).exp()).collect()
            })
            .collect();
        let mut log_weights = Vec::with_capacity(levels * spreads.len());
        let mut marginal = Vec::with_capacity(levels * spreads.len());
        for (j, spread) in spreads.iter().enumerate() {
            let spread_prior = -0.5 * (TOPIC_SPREADS[j] / TOPIC_SPREAD_PRIOR_SCALE).powi(2);
            for i in 0..levels {
                let level = (first + i as i64) as f64 * step;
                let mut log_weight =
                    spread_prior - 0.5 * ((level - LEVEL_PRIOR_MEAN) / LEVEL_PRIOR_SPREAD).powi(2);
                let offset = i + widest - spread.reach;
                let weights = &spread.weights;
                let mut per_topic = Vec::with_capacity(likelihood.len());
                for topic in &likelihood {
                    // Plain index loops: this is the estimate's hot spot, and they stay quick
                    // even unoptimised, as the tests run it.
                    let window = &topic[offset..offset + weights.len()];
                    let mut m = 0.0;
                    for d in 0..weights.len() {
                        m += weights[d] * window[d];
                    }
                    log_weight += m.ln();
                    per_topic.push(m);
                }
                log_weights.push(log_weight);
                marginal.push(per_topic);
            }
        }
        let top = log_weights
            .iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max);
        let mut running = 0.0;
        let cumulative = log_weights
            .iter()
            .map(|&l| {
                running += (l - top).exp();
                running
            })
            .collect();
        Posterior {
            step,
            first,
            levels,
            spreads,
            lattice_first,
            likelihood,
            cumulative,
            marginal,
        }
    }

    fn total(&self) -> f64 {
        self.cumulative.last().copied().unwrap_or(1.0)
    }

    /// Each topic's posterior mean chance of a right answer.
    pub fn topic_means(&self) -> Vec<f64> {
        let mut means = vec![0.0; self.likelihood.len()];
        let mut previous = 0.0;
        for (c, &running) in self.cumulative.iter().enumerate() {
            let weight = (running - previous) / self.total();
            previous = running;
            let (i, spread) = (c % self.levels, &self.spreads[c / self.levels]);
            let offset = self.offset(i, spread);
            let level = (self.first + i as i64) as f64 * self.step;
            for (t, mean) in means.iter_mut().enumerate() {
                let topic = &self.likelihood[t][offset..offset + spread.weights.len()];
                let expected: f64 = spread
                    .weights
                    .iter()
                    .zip(topic)
                    .enumerate()
                    .map(|(d, (w, l))| {
                        w * l * sigmoid(level + (d as f64 - spread.reach as f64) * self.step)
                    })
                    .sum();
                *mean += weight * expected / self.marginal[c][t];
            }
        }
        means
    }

    fn offset(&self, level: usize, spread: &Spread) -> usize {
        let widest = (self.first - self.lattice_first) as usize;
        level + widest - spread.reach
    }

    /// Draws every topic's chance into `chances`, the level's cell picked by `cell_uniform` in
    /// (0, 1) (so the caller may spread its draws evenly). Each lattice point stands for the
    /// stretch of a step around it, so the draw lands anywhere within that stretch.
    pub fn draw(&self, cell_uniform: f64, rng: &mut SeededRng, chances: &mut [f64]) {
        let target = cell_uniform * self.total();
        let c = self
            .cumulative
            .partition_point(|&w| w < target)
            .min(self.cumulative.len() - 1);
        let (i, spread) = (c % self.levels, &self.spreads[c / self.levels]);
        let offset = self.offset(i, spread);
        let level = ((self.first + i as i64) as f64 + uniform(rng) - 0.5) * self.step;
        for (t, chance) in chances.iter_mut().enumerate() {
            let topic = &self.likelihood[t][offset..offset + spread.weights.len()];
            let target = uniform(rng) * self.marginal[c][t];
            let weights = &spread.weights;
            let mut running = 0.0;
            let mut chosen = weights.len() - 1;
            for d in 0..weights.len() {
                running += weights[d] * topic[d];
                if running >= target {
                    chosen = d;
                    break;
                }
            }
            let shift = (chosen as f64 - spread.reach as f64 + uniform(rng) - 0.5) * self.step;
            *chance = sigmoid(level + shift);
        }
    }
}
