//! A bank's review records in the browser: reading them, recording answers, the exam date.

use crate::engine::bank::Bank;
use crate::engine::calendar_date::CalendarDate;
use crate::engine::review::{Answer, ReviewBook};
use crate::engine::session::{Session, Slot};
use crate::ui::stores::saved::{self, Kind, Loaded, SaveProblem};
use crate::web::storage::Record;

/// Reads a bank's review records; unreadable data is set aside and reported.
pub fn load(bank_id: &str) -> Loaded<ReviewBook> {
    saved::load(bank_id, Record::Review, ReviewBook::from_json, Kind::Review)
}

/// Changes a bank's review records with `change` and saves them.
pub fn update(
    bank_id: &str,
    change: impl FnOnce(&mut ReviewBook) -> bool,
) -> Result<(), SaveProblem> {
    saved::update(
        bank_id,
        Record::Review,
        ReviewBook::from_json,
        ReviewBook::to_json,
        Kind::Review,
        change,
    )
}

/// Records the answers of `slots` (answered, first asks only) at `now_ms`.
pub fn record_answers<'a>(
    bank: &Bank,
    session: &Session,
    slots: impl IntoIterator<Item = &'a Slot>,
    now_ms: u64,
) -> Result<(), SaveProblem> {
    let answers: Vec<_> = slots
        .into_iter()
        .filter(|slot| slot.is_answered() && !slot.is_again())
        .filter_map(|slot| {
            let question = bank.question(slot.question_id())?;
            let answer = Answer {
                right: question.is_right(slot.selected()),
                confidence: slot.confidence(),
                session_ms: session.started_at_ms(),
                at_ms: now_ms,
            };
            Some((question, answer))
        })
        .collect();
    if answers.is_empty() {
        return Ok(());
    }
    update(bank.id().as_str(), |book| {
        answers
            .into_iter()
            .fold(false, |changed, (question, answer)| {
                book.record(question, answer) || changed
            })
    })
}

/// Sets (or clears) the candidate's exam date for a bank.
pub fn set_exam_date(bank_id: &str, date: Option<CalendarDate>) -> Result<(), SaveProblem> {
    update(bank_id, |book| {
        let changed = book.exam_date() != date;
        book.set_exam_date(date);
        changed
    })
}
