//! Question levels: a bank marks associate-level detail "going-further", and exams draw such
//! questions only once every foundational question that matches is asked.

use crate::common;

use common::{bank_json, parse};
use exam_engine::bank::Level;
use exam_engine::export::to_json;
use exam_engine::session::{Draw, ExamConfig, Session};
use exam_engine::validate::parse_bank;
use serde_json::json;

const T0: u64 = 1_700_000_000_000;

/// The sample bank (six questions, exams of four by default) with its first two questions
/// marked going-further.
fn leveled_bank() -> exam_engine::bank::Bank {
    let mut value = bank_json();
    value["questions"][0]["level"] = json!("going-further");
    value["questions"][1]["level"] = json!("going-further");
    parse(&value).expect("levels are valid")
}

fn drawn(bank: &exam_engine::bank::Bank, config: &ExamConfig) -> Vec<Level> {
    let session = Session::start(bank, config, T0).unwrap();
    session
        .slots()
        .iter()
        .map(|slot| {
            bank.questions()
                .iter()
                .find(|q| q.id() == slot.question_id())
                .unwrap()
                .level()
        })
        .collect()
}

#[test]
fn a_question_without_a_level_is_foundational() {
    let bank = common::bank();
    assert!(
        bank.questions()
            .iter()
            .all(|q| q.level() == Level::Foundational)
    );
}

#[test]
fn a_default_exam_draws_only_foundational_questions_while_there_are_enough() {
    let bank = leveled_bank();
    for seed in 0..50 {
        let config = ExamConfig::defaults_for(&bank, seed);
        assert_eq!(
            drawn(&bank, &config),
            [Level::Foundational; 4],
            "seed {seed}"
        );
        let mut config = config;
        config.draw = Draw::LeastRecentlySeen(Default::default());
        assert_eq!(
            drawn(&bank, &config),
            [Level::Foundational; 4],
            "seed {seed}"
        );
    }
}

#[test]
fn an_exam_that_asks_for_more_than_the_foundational_questions_adds_going_further_ones() {
    let bank = leveled_bank();
    let mut config = ExamConfig::defaults_for(&bank, 7);
    config.question_count = 5;
    let levels = drawn(&bank, &config);
    assert_eq!(
        levels.iter().filter(|l| **l == Level::GoingFurther).count(),
        1
    );
}

#[test]
fn a_level_the_format_does_not_know_is_reported_with_its_field() {
    let mut value = bank_json();
    value["questions"][0]["level"] = json!("advanced");
    let errors = parse(&value).expect_err("an unknown level is refused");
    assert!(
        errors.iter().any(|e| e.contains("level")
            && e.contains("level \"advanced\" must be \"foundational\" or \"going-further\"")),
        "{errors:?}"
    );
}

#[test]
fn a_going_further_level_survives_a_round_trip_through_json() {
    let bank = leveled_bank();
    let text = to_json(&bank);
    assert_eq!(text.matches("\"level\": \"going-further\"").count(), 2);
    let again = parse_bank("again.json", text.as_bytes()).unwrap();
    assert_eq!(again, bank);
}
