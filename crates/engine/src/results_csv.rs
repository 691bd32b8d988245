//! A candidate's results as CSV: one line per question with its topic, their answer, the right
//! answer, right or wrong, flagged, their confidence and the time it was on screen.

use super::bank::{Bank, Id, Question};
use super::csv;
use super::results::{Outcome, Results};
use super::session::Session;

/// Choices by their text, in the order given, separated by " | ".
fn choices_text(question: &Question, ids: &[Id]) -> String {
    ids.iter()
        .filter_map(|id| question.choice(id))
        .map(|c| c.text().plain_text())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The results of `session` as CSV.
pub fn results_csv(session: &Session, bank: &Bank, results: &Results) -> String {
    let mut out = csv::header(&[
        "number",
        "question",
        "topic",
        "your answer",
        "right answer",
        "result",
        "flagged",
        "confidence",
        "time (s)",
    ]);
    for q in &results.questions {
        let (Some(question), Some(slot)) =
            (bank.question(&q.question_id), session.slots().get(q.index))
        else {
            continue;
        };
        let result = match q.outcome {
            Outcome::Correct => "right",
            Outcome::Wrong => "wrong",
            Outcome::Unanswered => "unanswered",
        };
        out.push_str(&csv::line(&[
            (q.index + 1).to_string(),
            csv::text(q.question_id.as_str()),
            csv::text(bank.topic_name(question)),
            csv::text(&choices_text(question, slot.selected())),
            csv::text(&choices_text(question, question.answer())),
            result.to_owned(),
            (if q.flagged { "yes" } else { "no" }).to_owned(),
            q.confidence.map_or("", |c| c.csv_value()).to_owned(),
            format!("{:.0}", slot.time_ms() as f64 / 1000.0),
        ]));
    }
    out
}
