//! Huge and hostile inputs are refused with a clear message instead of exhausting memory.

#![cfg(not(target_arch = "wasm32"))]

use exam_engine::import::{Imported, import};
use exam_engine::validate::{MAX_CHOICES, MAX_QUESTIONS};
use serde_json::json;

fn errors(imported: &Imported) -> Vec<String> {
    match &imported.bank {
        Ok(_) => panic!("expected the input to be refused"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_50_megabyte_file_is_refused_before_it_is_read() {
    let huge = vec![b'{'; 50 * 1024 * 1024];
    for name in ["huge.json", "huge.gift", "huge.md", "huge.txt"] {
        let refused = errors(&import(name, &huge));
        assert_eq!(
            refused,
            [format!(
                "{name}: the file is 50 MB; the largest question file this app reads is 20 MB"
            )]
        );
    }
}

#[test]
fn a_question_with_100000_choices_is_refused_with_the_limit() {
    let choices: Vec<_> = (0..100_000)
        .map(|i| json!({"id": format!("c{i}"), "text": format!("choice {i}")}))
        .collect();
    let bank = json!({
        "format": 1, "id": "wide", "title": "Wide", "description": "d", "topics": ["T"],
        "questions": [{"id": "q1", "topic": "T", "prompt": "Pick", "choices": choices,
            "answer": "c0", "explanation": "e"}]
    });
    let refused = errors(&import("wide.json", bank.to_string().as_bytes()));
    assert_eq!(
        refused,
        [
            format!(
                "wide.json:1: question \"q1\" (#1): choices has 100000 choices; a question may offer at most {MAX_CHOICES}"
            ),
            "wide.json:1: the file's only question cannot be used".to_owned(),
        ]
    );
}

#[test]
fn a_bank_over_the_question_limit_is_refused_with_the_limit() {
    let question = r#"{"id":"q","topic":"T","prompt":"P","choices":[{"id":"a","text":"A"},{"id":"b","text":"B"}],"answer":"a","explanation":"E"}"#;
    let questions = vec![question; MAX_QUESTIONS + 1].join(",");
    let text = format!(
        r#"{{"format":1,"id":"many","title":"Many","description":"d","topics":["T"],"questions":[{questions}]}}"#
    );
    let refused = errors(&import("many.json", text.as_bytes()));
    assert_eq!(refused.len(), 1, "one message, not one per duplicate id");
    assert!(
        refused[0].contains(&format!(
            "questions has {} questions; a bank may hold at most {MAX_QUESTIONS}",
            MAX_QUESTIONS + 1
        )),
        "{refused:?}"
    );
}

#[test]
fn deeply_nested_json_is_refused_with_a_clear_message() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let in_unknown_field = format!(r#"{{"format": 1, "notes": {deep}}}"#);
    let refused = errors(&import("deep.json", in_unknown_field.as_bytes()));
    assert!(
        refused
            .iter()
            .any(|e| e.starts_with("deep.json:1: notes is not a field of the bank format")),
        "{refused:?}"
    );
    let in_typed_field = format!(r#"{{"format": 1, "topics": {deep}}}"#);
    let refused = errors(&import("deep.json", in_typed_field.as_bytes()));
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].starts_with("deep.json:1:")
            && refused[0].contains("invalid type: sequence, expected a string"),
        "{refused:?}"
    );
    let unclosed = format!(r#"{{"format": 1, "notes": {}"#, "[".repeat(100_000));
    let refused = errors(&import("deep.json", unclosed.as_bytes()));
    assert_eq!(refused, ["deep.json:1:100023: EOF while parsing a list"]);
}

#[test]
fn a_gift_question_without_blank_lines_for_a_megabyte_is_refused() {
    let text = format!(
        "Start {{=a ~b}}\n{}",
        "more text on the next line\n".repeat(40_000)
    );
    let refused = errors(&import("run-on.gift", text.as_bytes()));
    assert!(
        refused.iter().any(|e| e.starts_with(
            "run-on.gift:1: question \"q1\" (#1): this question runs on for 1054 KB without a blank line"
        )),
        "{refused:?}"
    );
    assert!(
        refused.contains(&"run-on.gift: the file's only question cannot be used".to_owned()),
        "{refused:?}"
    );
}
