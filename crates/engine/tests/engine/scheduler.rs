//! The FSRS scheduler against values written by the reference implementation.

use exam_engine::fsrs::{Memory, Rating, days_ms, whole_days_between};
use serde::Deserialize;

#[derive(Deserialize)]
struct Reference {
    desired_retention: f64,
    cases: Vec<Vec<Step>>,
}

#[derive(Deserialize)]
struct Step {
    at_ms: u64,
    rating: u8,
    stability: f64,
    difficulty: f64,
    due_ms: u64,
}

fn rating(grade: u8) -> Rating {
    match grade {
        1 => Rating::Again,
        2 => Rating::Hard,
        3 => Rating::Good,
        4 => Rating::Easy,
        other => panic!("the fixture has rating {other}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn the_scheduler_matches_the_reference_implementation_review_by_review() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/fsrs/reference.json"
    ))
    .expect("the reference fixture is in the repository");
    let reference: Reference = serde_json::from_str(&text).expect("the fixture is JSON");
    assert_eq!(
        reference.desired_retention,
        exam_engine::fsrs::DESIRED_RETENTION
    );
    assert!(reference.cases.len() >= 40);
    let mut reviews = 0;
    for (n, case) in reference.cases.iter().enumerate() {
        let mut memory: Option<Memory> = None;
        let mut last_ms = 0;
        for (i, step) in case.iter().enumerate() {
            let grade = rating(step.rating);
            let next = match memory {
                None => Memory::first(grade),
                Some(m) => m.next(whole_days_between(last_ms, step.at_ms), grade),
            };
            let due_ms = step.at_ms + days_ms(next.interval_days());
            assert!(
                close(next.stability, step.stability)
                    && close(next.difficulty, step.difficulty)
                    && due_ms == step.due_ms,
                "sequence {n}, review {i}: got S={} D={} due {due_ms}, the reference has S={} D={} due {}",
                next.stability,
                next.difficulty,
                step.stability,
                step.difficulty,
                step.due_ms
            );
            memory = Some(next);
            last_ms = step.at_ms;
            reviews += 1;
        }
    }
    assert!(reviews > 150, "{reviews} reviews compared");
}
