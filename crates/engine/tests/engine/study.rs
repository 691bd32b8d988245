//! The study system: spaced review, unseen-first drawing, missed questions asked again,
//! confidence and its score, readiness and the progress file.

use std::collections::BTreeMap;

use exam_engine::bank::{Bank, Id};
use exam_engine::calendar_date::CalendarDate;
use exam_engine::certainty::Confidence;
use exam_engine::history::{Attempt, History};
use exam_engine::progress::{self, BankProgress};
use exam_engine::readiness::{Readiness, Verdict};
use exam_engine::results::Results;
use exam_engine::review::{Answer, ReviewBook};
use exam_engine::session::{Action, Draw, ExamConfig, Mode, Session};

use super::common;

const DAY: u64 = 86_400_000;
const T0: u64 = 1_790_000_000_000;

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn answer(right: bool, confidence: Option<Confidence>, session_ms: u64, at_ms: u64) -> Answer {
    Answer {
        right,
        confidence,
        session_ms,
        at_ms,
    }
}

fn question<'a>(bank: &'a Bank, name: &str) -> &'a exam_engine::bank::Question {
    bank.question(&id(name)).unwrap()
}

/// How many of `bank`'s questions have a review record due at `now_ms`.
fn due_count(book: &ReviewBook, bank: &Bank, now_ms: u64) -> usize {
    bank.questions()
        .iter()
        .filter(|q| book.card(q).is_some_and(|c| c.due_ms <= now_ms))
        .count()
}

#[test]
fn a_right_answer_comes_due_after_its_interval_and_a_missed_one_is_queued_at_once() {
    let bank = common::bank();
    let mut book = ReviewBook::default();
    assert!(book.record(question(&bank, "q1"), answer(true, None, T0, T0)));
    assert!(book.record(question(&bank, "q2"), answer(false, None, T0, T0)));
    assert_eq!(due_count(&book, &bank, T0), 0);
    assert_eq!(
        book.review_queue(&bank, T0),
        vec![id("q2")],
        "missed: reviewed now"
    );
    let q1 = book.card(question(&bank, "q1")).unwrap().clone();
    assert!(q1.due_ms > T0 + DAY, "Good on a new question waits days");
    assert_eq!(
        due_count(&book, &bank, q1.due_ms - 1),
        1,
        "q2 is due after a day"
    );
    assert_eq!(due_count(&book, &bank, q1.due_ms), 2);
    assert_eq!(
        book.review_queue(&bank, q1.due_ms),
        vec![id("q2"), id("q1")]
    );
}

#[test]
fn a_question_counts_once_per_session_and_starts_afresh_when_its_content_changes() {
    let bank = common::bank();
    let mut book = ReviewBook::default();
    assert!(book.record(question(&bank, "q1"), answer(false, None, T0, T0)));
    assert!(
        !book.record(question(&bank, "q1"), answer(true, None, T0, T0 + 60_000)),
        "asked again in the same session: the first answer stands"
    );
    assert!(!book.card(question(&bank, "q1")).unwrap().last_right);

    let mut edited = common::bank_json();
    edited["questions"][0]["prompt"] = "A reworded prompt?".into();
    let edited = common::parse(&edited).unwrap();
    assert!(book.card(question(&edited, "q1")).is_none());
    assert_eq!(book.review_queue(&edited, T0), Vec::<Id>::new());
    assert!(book.record(
        question(&edited, "q1"),
        answer(true, None, T0 + DAY, T0 + DAY)
    ));
    let card = book.card(question(&edited, "q1")).unwrap();
    assert!(card.first_right, "the new content's first answer");
    assert_eq!(card.answers, 1);
}

#[test]
fn confidence_grades_a_right_answer_and_sure_but_wrong_is_reviewed_first() {
    let bank = common::bank();
    let mut book = ReviewBook::default();
    for (name, right, confidence) in [
        ("q1", true, Some(Confidence::Guess)),
        ("q2", true, Some(Confidence::Sure)),
        ("q3", false, None),
        ("q4", false, Some(Confidence::Sure)),
    ] {
        book.record(question(&bank, name), answer(right, confidence, T0, T0));
    }
    let due = |name| book.card(question(&bank, name)).unwrap().due_ms;
    assert!(
        due("q2") > due("q1"),
        "sure and right waits longer than a guess"
    );
    assert_eq!(book.review_queue(&bank, T0), vec![id("q4"), id("q3")]);
}

#[test]
fn no_interval_runs_past_the_exam_date() {
    let bank = common::bank();
    let mut book = ReviewBook::default();
    let exam = CalendarDate::parse("2026-09-20").unwrap();
    let now = exam.start_ms() - 3 * DAY;
    book.set_exam_date(Some(exam));
    // Sure and right, reviewed twice: the interval the model wants is weeks long.
    book.record(
        question(&bank, "q1"),
        answer(true, Some(Confidence::Sure), 1, now - 20 * DAY),
    );
    book.record(
        question(&bank, "q1"),
        answer(true, Some(Confidence::Sure), 2, now),
    );
    assert_eq!(
        book.card(question(&bank, "q1")).unwrap().due_ms,
        exam.start_ms()
    );
    // An exam date already past limits nothing.
    book.set_exam_date(CalendarDate::parse("2020-01-01"));
    book.record(
        question(&bank, "q2"),
        answer(true, Some(Confidence::Sure), 3, now),
    );
    assert!(book.card(question(&bank, "q2")).unwrap().due_ms > exam.start_ms());
}

#[test]
fn the_review_book_round_trips_and_bad_records_are_refused() {
    let bank = common::bank();
    let mut book = ReviewBook::default();
    book.set_exam_date(CalendarDate::parse("2027-01-15"));
    book.record(
        question(&bank, "q1"),
        answer(true, Some(Confidence::Unsure), T0, T0),
    );
    let json = book.to_json();
    assert_eq!(ReviewBook::from_json(&json).unwrap(), book);
    assert!(ReviewBook::from_json("{\"format\":2,\"cards\":{}}").is_err());
    assert!(ReviewBook::from_json("{\"format\":1,\"exam_date\":\"soon\",\"cards\":{}}").is_err());
    let broken = json.replace("\"stability\":", "\"stability\":-");
    assert!(
        ReviewBook::from_json(&broken)
            .unwrap_err()
            .contains("cards.q1")
    );
}

#[test]
fn an_exam_drawn_unseen_first_takes_unseen_questions_then_the_least_recent() {
    let bank = common::bank();
    let last_answered: std::collections::HashMap<Id, u64> =
        [("q1", T0), ("q2", T0 + 1), ("q3", T0 + 2), ("q4", T0 + 3)]
            .into_iter()
            .map(|(q, at)| (id(q), at))
            .collect();
    let config = |seed| ExamConfig {
        question_count: 3,
        draw: Draw::LeastRecentlySeen(last_answered.clone()),
        ..ExamConfig::defaults_for(&bank, seed)
    };
    for seed in 0..20 {
        let session = Session::start(&bank, &config(seed), T0).unwrap();
        assert_eq!(
            common::sorted_question_ids(&session),
            vec!["q1", "q5", "q6"],
            "seed {seed}"
        );
        let again = Session::start(&bank, &config(seed), T0).unwrap();
        assert_eq!(session, again, "the seed and the progress fix the exam");
    }
}

#[test]
fn a_review_draw_asks_the_listed_questions_in_their_order() {
    let bank = common::bank();
    let config = ExamConfig {
        mode: Mode::Practice,
        question_count: 10,
        draw: Draw::Listed(vec![id("q4"), id("q2")]),
        ..ExamConfig::defaults_for(&bank, 3)
    };
    let session = Session::start(&bank, &config, T0).unwrap();
    let asked: Vec<&str> = session
        .slots()
        .iter()
        .map(|s| s.question_id().as_str())
        .collect();
    assert_eq!(asked, ["q4", "q2"]);
}

fn practice(bank: &Bank) -> Session {
    let config = ExamConfig {
        mode: Mode::Practice,
        shuffle_questions: false,
        shuffle_choices: false,
        question_count: 2,
        ..ExamConfig::defaults_for(bank, 1)
    };
    Session::start(bank, &config, T0).unwrap()
}

#[test]
fn in_practice_a_missed_question_comes_back_once_outside_the_score() {
    let bank = common::bank();
    let mut session = practice(&bank);
    // q1's answer is a; b is wrong.
    session.apply(T0, Action::Select(id("b"))).unwrap();
    session.apply(T0, Action::Check).unwrap();
    assert!(session.ask_again_if_missed(&bank));
    assert!(!session.ask_again_if_missed(&bank), "once only");
    assert_eq!(session.slots().len(), 3);
    assert!(session.slots()[2].is_again());
    assert_eq!(session.slots()[2].question_id().as_str(), "q1");
    // Right the second time; the score still counts the first answer.
    session.apply(T0, Action::GoTo(2)).unwrap();
    session.apply(T0, Action::Select(id("a"))).unwrap();
    session.apply(T0, Action::Check).unwrap();
    assert!(!session.ask_again_if_missed(&bank));
    let results = Results::of(&session, &bank, T0);
    assert_eq!((results.total, results.correct), (2, 0));
    // The saved session with its repeat reads back.
    assert_eq!(
        Session::restore(&session.to_json(), &bank).unwrap(),
        session
    );
    let doubled = session
        .to_json()
        .replace("\"again\":true", "\"again\":false");
    assert!(
        Session::restore(&doubled, &bank).is_err(),
        "a plain duplicate is refused"
    );
}

#[test]
fn a_right_answer_or_an_exam_asks_nothing_again() {
    let bank = common::bank();
    let mut session = practice(&bank);
    session.apply(T0, Action::Select(id("a"))).unwrap();
    session.apply(T0, Action::Check).unwrap();
    assert!(!session.ask_again_if_missed(&bank));
    let mut exam = Session::start(&bank, &ExamConfig::defaults_for(&bank, 1), T0).unwrap();
    exam.apply(T0, Action::Select(exam.current().choice_order()[0].clone()))
        .unwrap();
    assert!(!exam.ask_again_if_missed(&bank));
}

#[test]
fn confidence_is_kept_per_question_locked_once_checked_and_scored_beside_the_exam_score() {
    let bank = common::bank();
    let mut session = practice(&bank);
    session.apply(T0, Action::Select(id("a"))).unwrap();
    session
        .apply(T0, Action::SetConfidence(Some(Confidence::Guess)))
        .unwrap();
    session.apply(T0, Action::Check).unwrap();
    assert!(session.apply(T0, Action::SetConfidence(None)).is_err());
    session.apply(T0, Action::Next).unwrap();
    session.apply(T0, Action::Select(id("a"))).unwrap();
    session
        .apply(T0, Action::SetConfidence(Some(Confidence::Sure)))
        .unwrap();
    session.apply(T0, Action::Check).unwrap();
    session.apply(T0, Action::Submit).unwrap();
    let results = Results::of(&session, &bank, T0);
    assert_eq!(results.correct, 1, "the exam score is unchanged");
    let certainty = results.certainty.expect("confidence was given");
    assert_eq!((certainty.marks, certainty.best), (1 - 6, 6));
    let ids = |it: &mut dyn Iterator<Item = &exam_engine::results::QuestionResult>| {
        it.map(|q| q.question_id.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&mut results.sure_but_wrong()), ["q2"]);
    assert_eq!(ids(&mut results.right_but_guessed()), ["q1"]);

    let unmarked = practice(&bank);
    assert_eq!(Results::of(&unmarked, &bank, T0).certainty, None);
}

fn bank_with_weights(weights: serde_json::Value) -> Result<Bank, Vec<String>> {
    let mut json = common::bank_json();
    json["topic_weights"] = weights;
    common::parse(&json)
}

#[test]
fn topic_weights_are_checked_and_default_to_each_topics_share() {
    assert_eq!(common::bank().topic_weights(), vec![3.0, 3.0]);
    let weighted = bank_with_weights(serde_json::json!({"Lambda": 3, "Containers": 1})).unwrap();
    assert_eq!(weighted.topic_weights(), vec![3.0, 1.0]);
    let errors = bank_with_weights(serde_json::json!({"Lambda": -1, "Storage": 2})).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("\"Storage\", which is not")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("\"Lambda\" is -1")),
        "{errors:?}"
    );
    let exported = exam_engine::export::to_json(&weighted);
    let again = exam_engine::validate::parse_bank("again.json", exported.as_bytes()).unwrap();
    assert_eq!(again.topic_weights(), vec![3.0, 1.0]);
}

#[test]
fn readiness_says_nothing_until_every_topic_has_first_answers() {
    let bank = common::bank();
    // Six questions: the minimum is every question, and each topic's three.
    let partial = Readiness::of(&bank, &[(3, 3), (1, 2)], 1);
    assert_eq!(partial.estimate, None);
    assert_eq!(partial.needed, 1);
    assert!(!partial.topics[1].enough);
    let full = Readiness::of(&bank, &[(3, 3), (3, 3)], 1).estimate.unwrap();
    assert!(full.low <= full.probability && full.probability <= full.high);
    assert_eq!(full.exam_questions, 4);
    assert_eq!(full.right_needed, 3);
    let weak = Readiness::of(&bank, &[(0, 3), (0, 3)], 1).estimate.unwrap();
    assert_eq!(weak.verdict, Verdict::NotYet);
}

#[test]
fn readiness_is_likely_for_strong_first_answers_and_follows_topic_weights() {
    let mut json = common::bank_json();
    json["default_question_count"] = 20.into();
    let many = (0..100).map(|i| {
        let mut q = json["questions"][i % 4].clone();
        q["id"] = format!("extra{i}").into();
        q
    });
    let mut questions = json["questions"].as_array().unwrap().clone();
    questions.extend(many);
    json["questions"] = questions.into();
    let bank = common::parse(&json).unwrap();
    // Sixty first answers is the least the calibration study allows a verdict on.
    let strong = Readiness::of(&bank, &[(38, 40), (40, 40)], 9)
        .estimate
        .unwrap();
    assert_eq!(strong.verdict, Verdict::Likely, "{strong:?}");
    // Strong in Lambda, weak in Containers: the weights decide.
    let evidence = [(40, 40), (8, 40)];
    json["topic_weights"] = serde_json::json!({"Lambda": 9, "Containers": 1});
    let lambda_heavy = Readiness::of(&common::parse(&json).unwrap(), &evidence, 9);
    json["topic_weights"] = serde_json::json!({"Lambda": 1, "Containers": 9});
    let containers_heavy = Readiness::of(&common::parse(&json).unwrap(), &evidence, 9);
    let p = |r: &Readiness| r.estimate.unwrap().probability;
    assert!(p(&lambda_heavy) > 0.5 && p(&containers_heavy) < 0.05);
}

#[test]
fn progress_round_trips_and_a_damaged_part_costs_only_itself() {
    let bank = common::bank();
    let mut history = History::default();
    history.record(Attempt {
        started_at_ms: T0,
        mode: Mode::Exam,
        correct: 3,
        total: 4,
        passed: true,
    });
    let mut review = ReviewBook::default();
    review.record(
        question(&bank, "q1"),
        answer(true, Some(Confidence::Sure), T0, T0),
    );
    review.set_exam_date(CalendarDate::parse("2027-02-01"));
    let mut banks = BTreeMap::new();
    banks.insert(
        "sample".to_owned(),
        BankProgress {
            history: Some(history.clone()),
            review: Some(review.clone()),
        },
    );
    banks.insert(
        "other".to_owned(),
        BankProgress {
            history: Some(history.clone()),
            review: None,
        },
    );
    let text = progress::write(T0, &banks);
    let loaded = progress::read("progress.json", &text).unwrap();
    assert_eq!(loaded.banks, banks);
    assert!(loaded.problems.is_empty());

    let damaged = text.replacen(
        "{\"format\":1,\"attempts\"",
        "{\"format\":7,\"attempts\"",
        1,
    );
    assert_ne!(damaged, text, "the fixture text has the expected layout");
    let loaded = progress::read("progress.json", &damaged).unwrap();
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    assert!(
        loaded.problems[0]
            .to_string()
            .starts_with("progress.json: bank \"other\": history:")
    );
    assert_eq!(loaded.banks["sample"], banks["sample"]);

    assert!(
        progress::read("notes.txt", "hello")
            .unwrap_err()
            .to_string()
            .starts_with("notes.txt: not a progress file")
    );
    assert!(progress::read("bank.json", "{\"format\":1,\"banks\":{}}").is_err());
}

#[test]
fn merging_progress_keeps_the_newer_record_and_every_attempt_once() {
    let bank = common::bank();
    let attempt = |at| Attempt {
        started_at_ms: at,
        mode: Mode::Practice,
        correct: 1,
        total: 2,
        passed: false,
    };
    let mut here = History::default();
    here.record(attempt(T0 + 2));
    let mut saved = History::default();
    saved.record(attempt(T0 + 1));
    saved.record(attempt(T0 + 2));
    assert_eq!(here.merge(saved), 1);
    let starts: Vec<u64> = here.attempts().iter().map(|a| a.started_at_ms).collect();
    assert_eq!(starts, [T0 + 1, T0 + 2]);

    let mut mine = ReviewBook::default();
    mine.record(
        question(&bank, "q1"),
        answer(true, None, T0 + DAY, T0 + DAY),
    );
    let mut theirs = ReviewBook::default();
    theirs.record(question(&bank, "q1"), answer(false, None, T0, T0));
    theirs.record(question(&bank, "q2"), answer(false, None, T0, T0));
    theirs.set_exam_date(CalendarDate::parse("2027-03-01"));
    assert_eq!(mine.merge(theirs), 1, "only q2 is newer there");
    assert!(mine.card(question(&bank, "q1")).unwrap().last_right);
    assert!(mine.card(question(&bank, "q2")).is_some());
    assert_eq!(mine.exam_date(), CalendarDate::parse("2027-03-01"));
}
