//! Shared fixtures for the native engine tests: a small valid bank as JSON, easy to break.
#![allow(dead_code)]

use exam_engine::bank::Bank;
use exam_engine::session::Session;
use exam_engine::validate::parse_bank;
use serde_json::{Value, json};

/// A valid bank with six questions over two topics; q5 and q6 are "Choose 2".
pub fn bank_json() -> Value {
    let single = |id: &str, topic: &str, answer: &str| {
        json!({
            "id": id,
            "topic": topic,
            "prompt": format!("Prompt of {id}?"),
            "choices": [
                {"id": "a", "text": "Alpha", "explanation": "Alpha because."},
                {"id": "b", "text": "Bravo"},
                {"id": "c", "text": "Charlie"},
                {"id": "d", "text": "Delta"}
            ],
            "answer": answer,
            "explanation": format!("Why {id}."),
        })
    };
    let multi = |id: &str, topic: &str, answer: [&str; 2]| {
        json!({
            "id": id,
            "topic": topic,
            "prompt": format!("Prompt of {id}? (Choose 2)"),
            "choices": [
                {"id": "a", "text": "Alpha"},
                {"id": "b", "text": "Bravo"},
                {"id": "c", "text": "Charlie"},
                {"id": "d", "text": "Delta"},
                {"id": "e", "text": "Echo"}
            ],
            "answer": answer,
            "explanation": format!("Why {id}."),
            "references": [{"title": "Docs", "url": "https://example.org/docs"}]
        })
    };
    json!({
        "format": 1,
        "id": "sample",
        "title": "Sample bank",
        "description": "A **small** bank for tests.",
        "topics": ["Lambda", "Containers"],
        "default_question_count": 4,
        "default_time_limit_minutes": 6,
        "pass_mark_percent": 70,
        "questions": [
            single("q1", "Lambda", "a"),
            single("q2", "Lambda", "b"),
            single("q3", "Containers", "c"),
            single("q4", "Containers", "d"),
            multi("q5", "Lambda", ["a", "c"]),
            multi("q6", "Containers", ["b", "e"]),
        ]
    })
}

pub fn parse(value: &Value) -> Result<Bank, Vec<String>> {
    parse_bank("sample.json", value.to_string().as_bytes())
        .map_err(|e| e.0.iter().map(ToString::to_string).collect())
}

pub fn bank() -> Bank {
    parse(&bank_json()).expect("the fixture bank is valid")
}

/// The ids of the questions in a session, sorted, to compare selections regardless of order.
pub fn sorted_question_ids(session: &Session) -> Vec<String> {
    let mut ids: Vec<String> = session
        .slots()
        .iter()
        .map(|s| s.question_id().to_string())
        .collect();
    ids.sort();
    ids
}

/// The bank the app ships, as the app reads it.
pub fn bundled_bank() -> Bank {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../questions/aws-other-compute.json"
    ))
    .expect("the bundled bank is in the repository");
    parse_bank("aws-other-compute.json", &bytes).expect("the bundled bank is valid")
}

/// A file of `tests/fixtures/import/`, as bytes.
pub fn import_fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
