//! Scoring: exact-match answers, pass against the mark, per-topic figures, counts and time.

use crate::common;

use exam_engine::bank::Id;
use exam_engine::results::{Outcome, Results};
use exam_engine::session::{Action, ExamConfig, FinishReason, Mode, Session};

const T0: u64 = 1_000_000;

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

/// All six fixture questions in bank order: q1=a q2=b q3=c q4=d q5=a+c q6=b+e.
fn session() -> Session {
    let bank = common::bank();
    let mut c = ExamConfig::defaults_for(&bank, 1);
    c.mode = Mode::Exam;
    c.question_count = 6;
    c.shuffle_questions = false;
    c.shuffle_choices = false;
    Session::start(&bank, &c, T0).unwrap()
}

fn answer(s: &mut Session, index: usize, choices: &[&str]) {
    s.apply(T0, Action::GoTo(index)).unwrap();
    for c in choices {
        s.apply(T0, Action::Select(id(c))).unwrap();
    }
}

#[test]
fn a_single_answer_question_is_right_only_with_the_correct_choice() {
    let bank = common::bank();
    let mut s = session();
    answer(&mut s, 0, &["a"]);
    answer(&mut s, 1, &["c"]);
    let r = Results::of(&s, &bank, T0);
    assert_eq!(r.questions[0].outcome, Outcome::Correct);
    assert_eq!(r.questions[1].outcome, Outcome::Wrong);
    assert_eq!(r.questions[2].outcome, Outcome::Unanswered);
}

#[test]
fn a_choose_two_question_is_right_only_with_exactly_both_correct_choices() {
    let bank = common::bank();
    let mut s = session();
    answer(&mut s, 4, &["a"]);
    answer(&mut s, 5, &["b", "e"]);
    let r = Results::of(&s, &bank, T0);
    assert_eq!(
        r.questions[4].outcome,
        Outcome::Wrong,
        "half of the answer is not enough"
    );
    assert_eq!(r.questions[5].outcome, Outcome::Correct);

    let mut s = session();
    answer(&mut s, 4, &["c", "b"]);
    assert_eq!(
        Results::of(&s, &bank, T0).questions[4].outcome,
        Outcome::Wrong
    );
}

#[test]
fn the_score_counts_right_wrong_unanswered_and_flagged() {
    let bank = common::bank();
    let mut s = session();
    answer(&mut s, 0, &["a"]);
    answer(&mut s, 1, &["b"]);
    answer(&mut s, 2, &["a"]);
    s.apply(T0, Action::ToggleFlag).unwrap();
    answer(&mut s, 4, &["a", "c"]);
    let r = Results::of(&s, &bank, T0);
    assert_eq!(
        (r.total, r.correct, r.wrong, r.unanswered, r.flagged),
        (6, 3, 1, 2, 1)
    );
    assert!((r.percent() - 50.0).abs() < 1e-9);
    assert!(!r.passed);
    assert_eq!(r.missed(), [id("q3"), id("q4"), id("q6")]);
}

#[test]
fn passing_needs_the_pass_mark_exactly_or_more() {
    let mut json = common::bank_json();
    json["pass_mark_percent"] = serde_json::json!(50);
    let bank = common::parse(&json).unwrap();
    let mut s = session();
    answer(&mut s, 0, &["a"]);
    answer(&mut s, 1, &["b"]);
    answer(&mut s, 2, &["c"]);
    assert!(Results::of(&s, &bank, T0).passed, "3 of 6 meets 50 %");
    let mut s = session();
    answer(&mut s, 0, &["a"]);
    answer(&mut s, 1, &["b"]);
    assert!(!Results::of(&s, &bank, T0).passed, "2 of 6 misses 50 %");
}

#[test]
fn results_are_broken_down_per_topic_in_bank_order() {
    let bank = common::bank();
    let mut s = session();
    answer(&mut s, 0, &["a"]);
    answer(&mut s, 2, &["c"]);
    answer(&mut s, 3, &["d"]);
    let r = Results::of(&s, &bank, T0);
    let topics: Vec<(&str, usize, usize)> = r
        .per_topic
        .iter()
        .map(|t| (t.topic.as_str(), t.correct, t.total))
        .collect();
    assert_eq!(topics, [("Lambda", 1, 3), ("Containers", 2, 3)]);
}

#[test]
fn results_record_time_used_and_how_the_exam_ended() {
    let bank = common::bank();
    let mut s = session();
    s.apply(T0 + 125_000, Action::Submit).unwrap();
    let r = Results::of(&s, &bank, T0 + 999_999);
    assert_eq!(r.time_used_ms, 125_000);
    assert_eq!(r.finish_reason, Some(FinishReason::Submitted));

    let mut s = session();
    let limit = s.time_limit_ms().unwrap();
    s.apply(T0 + limit + 5, Action::Tick).unwrap();
    let r = Results::of(&s, &bank, T0 + limit * 3);
    assert_eq!(r.time_used_ms, limit);
    assert_eq!(r.finish_reason, Some(FinishReason::TimeRanOut));
}

/// The Choose 2 question q5 (a and c), with shuffled choices, from the first seed whose shown
/// order puts c before a, so the candidate's picks come in another order than the bank's answer.
fn shuffled_session_showing_c_before_a() -> Session {
    let bank = common::bank();
    (1..200)
        .find_map(|seed| {
            let mut c = ExamConfig::defaults_for(&bank, seed);
            c.mode = Mode::Exam;
            c.question_count = 6;
            c.shuffle_questions = false;
            c.shuffle_choices = true;
            let s = Session::start(&bank, &c, T0).unwrap();
            let order = s.slots()[4].choice_order();
            let at = |name: &str| order.iter().position(|c| c == &id(name));
            (at("c") < at("a")).then_some(s)
        })
        .expect("some seed shows c before a")
}

#[test]
fn a_choose_two_question_with_shuffled_choices_is_right_whatever_order_they_are_shown_in() {
    let bank = common::bank();
    let mut s = shuffled_session_showing_c_before_a();
    answer(&mut s, 4, &["a", "c"]);
    assert_eq!(
        Results::of(&s, &bank, T0).questions[4].outcome,
        Outcome::Correct
    );
    let question = bank.question(&id("q5")).unwrap();
    assert!(question.is_right(&[id("c"), id("a")]));
    assert!(!question.is_right(&[id("a")]), "a subset is wrong");
    assert!(
        !question.is_right(&[id("a"), id("c"), id("b")]),
        "a superset is wrong"
    );
    assert!(!question.is_right(&[]), "no answer is wrong");
}
