//! The readiness study's figures for one scenario, its table and its reliability diagram.

use std::fmt::Write;

/// Bins of predicted pass chance, each a tenth wide.
pub const BINS: usize = 10;

/// One simulated candidate's estimate beside the truth.
#[derive(Debug, Clone, Copy)]
pub struct Outcome {
    pub predicted: f64,
    pub low: f64,
    pub high: f64,
    pub truth: f64,
}

/// One bin of the reliability diagram: how many candidates, their mean prediction and the mean
/// of their true pass chances.
#[derive(Debug, Clone, Copy, Default)]
pub struct Bin {
    pub candidates: usize,
    pub predicted: f64,
    pub observed: f64,
}

#[derive(Debug, Clone)]
pub struct Figures {
    /// The candidates' mean distance between prediction and truth, bin by bin, weighted by the
    /// bins' sizes (the expected calibration error over deciles of the prediction).
    pub calibration_error: f64,
    /// The expected Brier score against the exam's outcome, worked out from the true chance.
    pub brier: f64,
    /// The Brier score of always predicting the share who pass.
    pub base_rate_brier: f64,
    /// The share of candidates whose true pass chance lies inside their 80 % band.
    pub coverage: f64,
    pub mean_band_width: f64,
    pub bins: [Bin; BINS],
}

impl Figures {
    pub fn of(outcomes: &[Outcome]) -> Figures {
        let n = outcomes.len().max(1) as f64;
        let mut bins = [Bin::default(); BINS];
        for outcome in outcomes {
            let bin = &mut bins[((outcome.predicted * BINS as f64) as usize).min(BINS - 1)];
            bin.candidates += 1;
            bin.predicted += outcome.predicted;
            bin.observed += outcome.truth;
        }
        let mut calibration_error = 0.0;
        for bin in bins.iter_mut().filter(|b| b.candidates > 0) {
            bin.predicted /= bin.candidates as f64;
            bin.observed /= bin.candidates as f64;
            calibration_error += bin.candidates as f64 / n * (bin.predicted - bin.observed).abs();
        }
        let pass_rate = outcomes.iter().map(|o| o.truth).sum::<f64>() / n;
        // Expected over the exam's outcome: it is a pass with the true chance q, so a prediction
        // p scores q (1 − p)² + (1 − q) p².
        let brier = outcomes
            .iter()
            .map(|o| o.truth * (1.0 - o.predicted).powi(2) + (1.0 - o.truth) * o.predicted.powi(2))
            .sum::<f64>()
            / n;
        let inside = outcomes
            .iter()
            .filter(|o| o.low <= o.truth && o.truth <= o.high)
            .count();
        Figures {
            calibration_error,
            brier,
            base_rate_brier: pass_rate * (1.0 - pass_rate),
            coverage: inside as f64 / n,
            mean_band_width: outcomes.iter().map(|o| o.high - o.low).sum::<f64>() / n,
            bins,
        }
    }
}

/// The study's table in Markdown, one row per scenario.
pub fn table(rows: &[(String, Figures)]) -> String {
    let mut out = String::from(
        "| scenario | calibration error | Brier | base rate's Brier | inside the 80 % band | mean band width |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for (name, f) in rows {
        let _ = writeln!(
            out,
            "| {name} | {:.3} | {:.3} | {:.3} | {:.1} % | {:.2} |",
            f.calibration_error,
            f.brier,
            f.base_rate_brier,
            f.coverage * 100.0,
            f.mean_band_width
        );
    }
    out
}

const PLOT: f64 = 400.0;
const MARGIN: f64 = 50.0;

/// A reliability diagram: each scenario's bins as points joined by a line, predicted across and
/// observed up, beside the diagonal a calibrated estimate follows.
pub fn reliability_svg(title: &str, rows: &[(String, Figures)]) -> String {
    let size = PLOT + 2.0 * MARGIN;
    let x = |p: f64| MARGIN + p * PLOT;
    let y = |p: f64| MARGIN + (1.0 - p) * PLOT;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        size + 16.0 * rows.len() as f64
    );
    let _ = writeln!(svg, "<title>{title}</title>");
    let _ = writeln!(svg, "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    let _ = writeln!(
        svg,
        "<rect x=\"{MARGIN}\" y=\"{MARGIN}\" width=\"{PLOT}\" height=\"{PLOT}\" fill=\"none\" stroke=\"#888\"/>"
    );
    for tick in 0..=10 {
        let p = f64::from(tick) / 10.0;
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            x(p),
            y(0.0) + 16.0,
            tick * 10,
            x(0.0) - 6.0,
            y(p) + 4.0,
            tick * 10
        );
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/>",
        x(0.0),
        y(0.0),
        x(1.0),
        y(1.0)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">predicted pass chance (%)</text><text transform=\"translate(14 {}) rotate(-90)\" text-anchor=\"middle\">true pass chance (%)</text>",
        x(0.5),
        y(0.0) + 36.0,
        y(0.5)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">{title}</text>",
        x(0.5)
    );
    for (i, (name, figures)) in rows.iter().enumerate() {
        let hue = i * 360 / rows.len().max(1);
        let colour = format!("hsl({hue} 70% 40%)");
        let points: Vec<String> = figures
            .bins
            .iter()
            .filter(|b| b.candidates >= 20)
            .map(|b| format!("{:.1},{:.1}", x(b.predicted), y(b.observed)))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"/>",
            points.join(" ")
        );
        for point in &points {
            let (cx, cy) = point.split_once(',').unwrap_or_default();
            let _ = writeln!(
                svg,
                "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"2.5\" fill=\"{colour}\"/>"
            );
        }
        let legend_y = size + 16.0 * i as f64;
        let _ = writeln!(
            svg,
            "<line x1=\"{MARGIN}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"2\"/><text x=\"{}\" y=\"{legend_y}\">{name}</text>",
            legend_y - 4.0,
            MARGIN + 20.0,
            legend_y - 4.0,
            MARGIN + 26.0
        );
    }
    svg.push_str("</svg>\n");
    svg
}
