//! The bank validator: every kind of mistake is reported with file, question and field, all at once.

use crate::common;

use common::{bank_json, parse};
use exam_engine::error::Location;
use exam_engine::validate::parse_bank;
use serde_json::json;

fn errors_of(value: serde_json::Value) -> Vec<String> {
    parse(&value).expect_err("the bank should be refused")
}

#[test]
fn a_valid_bank_is_accepted_with_its_metadata() {
    let bank = common::bank();
    assert_eq!(bank.id().as_str(), "sample");
    assert_eq!(bank.title(), "Sample bank");
    assert_eq!(bank.questions().len(), 6);
    assert_eq!(bank.default_question_count(), 4);
    assert_eq!(bank.default_time_limit_minutes(), 6);
    assert_eq!(bank.pass_mark().percent(), 70);
    assert_eq!(bank.topics(), ["Lambda", "Containers"]);
    let q5 = &bank.questions()[4];
    assert_eq!(q5.choose(), 2);
    assert_eq!(q5.references()[0].url(), "https://example.org/docs");
    assert_eq!(
        bank.questions()[0].choices()[0]
            .explanation()
            .map(|m| m.source()),
        Some("Alpha because.")
    );
}

#[test]
fn an_answer_that_names_no_choice_is_reported_with_file_question_and_field() {
    let mut bank = bank_json();
    bank["questions"][2]["id"] = json!("lambda-pricing");
    bank["questions"][2]["answer"] = json!("e");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "lambda-pricing" (#3): answer "e" is not one of the choices a, b, c, d"#
        ]
    );
}

#[test]
fn unknown_fields_are_reported_everywhere_they_occur() {
    let mut bank = bank_json();
    bank["colour"] = json!("blue");
    bank["questions"][0]["hint"] = json!("x");
    bank["questions"][1]["choices"][0]["why"] = json!("y");
    let errors = errors_of(bank);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("sample.json: colour is not a field of the bank format"));
    assert!(errors[1].starts_with(r#"sample.json: question "q1" (#1): hint is not a field"#));
    assert!(
        errors[2].starts_with(r#"sample.json: question "q2" (#2): choices[0].why is not a field"#)
    );
}

#[test]
fn empty_text_is_reported_for_prompts_choices_and_explanations() {
    let mut bank = bank_json();
    bank["questions"][0]["prompt"] = json!("   ");
    bank["questions"][0]["choices"][1]["text"] = json!("");
    bank["questions"][0]["explanation"] = json!("");
    bank["questions"][0]["choices"][2]["explanation"] = json!(" ");
    let errors = errors_of(bank);
    assert_eq!(
        errors,
        [
            r#"sample.json: question "q1" (#1): prompt is empty"#,
            r#"sample.json: question "q1" (#1): explanation is empty"#,
            r#"sample.json: question "q1" (#1): choices[1].text is empty"#,
            r#"sample.json: question "q1" (#1): choices[2].explanation is empty; leave it out instead"#,
        ]
    );
}

#[test]
fn a_missing_required_field_is_reported_by_name() {
    let mut bank = bank_json();
    bank["questions"][3]
        .as_object_mut()
        .unwrap()
        .remove("explanation");
    bank.as_object_mut().unwrap().remove("title");
    assert_eq!(
        errors_of(bank),
        [
            "sample.json: title is missing",
            r#"sample.json: question "q4" (#4): explanation is missing"#
        ]
    );
}

#[test]
fn questions_null_is_missing_and_a_long_list_is_read_whole_in_order() {
    let mut bank = bank_json();
    bank["questions"] = serde_json::Value::Null;
    assert_eq!(errors_of(bank), ["sample.json: questions is missing"]);

    // Long enough for the question list to grow many times while it is read.
    let mut bank = bank_json();
    let first = bank["questions"][0].clone();
    let questions: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            let mut question = first.clone();
            question["id"] = serde_json::json!(format!("n{i}"));
            question["prompt"] = serde_json::json!(format!("Question number {i}?"));
            question
        })
        .collect();
    bank["questions"] = serde_json::json!(questions);
    bank["default_question_count"] = serde_json::json!(10);
    let bank = parse_bank("long.json", bank.to_string().as_bytes()).expect("the bank is valid");
    let ids: Vec<&str> = bank.questions().iter().map(|q| q.id().as_str()).collect();
    let expected: Vec<String> = (0..1000).map(|i| format!("n{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn duplicate_question_ids_name_the_first_use() {
    let mut bank = bank_json();
    bank["questions"][4]["id"] = json!("q2");
    assert_eq!(
        errors_of(bank),
        [r#"sample.json: question "q2" (#5): id "q2" is already used by question #2"#]
    );
}

#[test]
fn duplicate_choice_ids_and_texts_are_reported() {
    let mut bank = bank_json();
    bank["questions"][0]["choices"][1]["id"] = json!("a");
    bank["questions"][1]["choices"][2]["text"] = json!("Alpha");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "q1" (#1): choices[1].id "a" is used by another choice of this question"#,
            r#"sample.json: question "q2" (#2): choices[2].text "Alpha" repeats another choice"#,
        ]
    );
}

#[test]
fn a_topic_outside_the_topic_list_is_reported_with_the_list() {
    let mut bank = bank_json();
    bank["questions"][1]["topic"] = json!("Batch");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "q2" (#2): topic "Batch" is not in the bank's topic list (Lambda, Containers)"#
        ]
    );
}

#[test]
fn fewer_than_two_choices_is_reported() {
    let mut bank = bank_json();
    bank["questions"][0]["choices"] = json!([{"id": "a", "text": "Only"}]);
    assert_eq!(
        errors_of(bank),
        [r#"sample.json: question "q1" (#1): choices has 1 choice; a question needs at least two"#]
    );
}

#[test]
fn a_question_whose_every_choice_is_right_is_kept_with_a_warning() {
    let mut bank = bank_json();
    bank["questions"][0]["answer"] = json!(["a", "b", "c", "d"]);
    let imported = exam_engine::import::import("sample.json", bank.to_string().as_bytes());
    let checked = imported.bank.as_ref().expect("the bank is usable");
    assert_eq!(checked.questions()[0].answer().len(), 4);
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("sample.json:1: warning: question \"q1\": every choice is right, so \"Choose 4\" tells candidates the answer"),
        "{warnings:?}"
    );
}

#[test]
fn an_empty_or_repeated_answer_is_reported() {
    let mut bank = bank_json();
    bank["questions"][0]["answer"] = json!([]);
    bank["questions"][4]["answer"] = json!(["a", "a"]);
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "q1" (#1): answer is empty; name at least one choice"#,
            r#"sample.json: question "q5" (#5): answer "a" is listed twice"#,
        ]
    );
}

#[test]
fn a_pass_mark_outside_0_to_100_is_reported() {
    for bad in [-1, 101, 1000] {
        let mut bank = bank_json();
        bank["pass_mark_percent"] = json!(bad);
        assert_eq!(
            errors_of(bank),
            [format!(
                "sample.json: pass_mark_percent {bad} is outside 0–100"
            )]
        );
    }
}

#[test]
fn a_pass_mark_of_0_or_100_is_accepted() {
    for ok in [0, 100] {
        let mut bank = bank_json();
        bank["pass_mark_percent"] = json!(ok);
        assert!(parse(&bank).is_ok());
    }
}

#[test]
fn an_unsupported_or_missing_format_version_is_reported() {
    let mut bank = bank_json();
    bank["format"] = json!(2);
    assert_eq!(
        errors_of(bank.clone()),
        ["sample.json: format 2 is not supported; this version reads format 1"]
    );
    bank.as_object_mut().unwrap().remove("format");
    assert_eq!(
        errors_of(bank),
        [r#"sample.json: format is missing; add "format": 1"#]
    );
}

#[test]
fn ids_with_spaces_or_symbols_are_refused() {
    let mut bank = bank_json();
    bank["questions"][0]["id"] = json!("lambda pricing");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "lambda pricing" (#1): id "lambda pricing" may hold only letters, digits, '-', '_' and '.' (no spaces)"#
        ]
    );
}

#[test]
fn reference_links_must_be_web_addresses() {
    let mut bank = bank_json();
    bank["questions"][4]["references"][0]["url"] = json!("javascript:alert(1)");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: question "q5" (#5): references[0].url "javascript:alert(1)" must be an http:// or https:// address"#
        ]
    );
}

#[test]
fn a_default_question_count_above_the_bank_size_is_reported() {
    let mut bank = bank_json();
    bank["default_question_count"] = json!(7);
    assert_eq!(
        errors_of(bank),
        ["sample.json: default_question_count 7 is more than the 6 questions in the bank"]
    );
}

#[test]
fn every_error_in_a_file_is_reported_at_once_in_file_order() {
    let mut bank = bank_json();
    bank["pass_mark_percent"] = json!(150);
    bank["questions"][0]["answer"] = json!("z");
    bank["questions"][2]["topic"] = json!("Nope");
    bank["questions"][5]["prompt"] = json!("");
    let errors = errors_of(bank);
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(errors[0].contains("(#1): answer \"z\""));
    assert!(errors[1].contains("(#3): topic \"Nope\""));
    assert!(errors[2].contains("(#6): prompt is empty"));
    assert!(errors[3].contains("pass_mark_percent 150"));
}

#[test]
fn a_json_syntax_error_keeps_serde_line_and_column() {
    let text = "{\n  \"format\": 1,\n  \"id\": \"x\",,\n}";
    let errors = parse_bank("broken.json", text.as_bytes()).unwrap_err().0;
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].location,
        Location::Syntax {
            line: 3,
            column: 13
        }
    );
    assert!(
        errors[0].to_string().starts_with("broken.json:3:13: "),
        "{}",
        errors[0]
    );
}

#[test]
fn a_wrong_json_type_is_reported_with_line_and_column() {
    let text = "{\"format\": 1, \"questions\": [ {\"id\": 7} ]}";
    let error = &parse_bank("typed.json", text.as_bytes()).unwrap_err().0[0];
    assert!(matches!(error.location, Location::Syntax { line: 1, .. }));
    assert!(
        error.message().contains("invalid type: integer `7`"),
        "{}",
        error.message()
    );
}

#[test]
fn errors_carry_the_field_path_separately() {
    let mut bank = bank_json();
    bank["questions"][1]["choices"][3]["text"] = json!("");
    let errors = parse_bank("f.json", bank.to_string().as_bytes())
        .unwrap_err()
        .0;
    assert_eq!(errors[0].field.to_string(), "choices[3].text");
    assert_eq!(
        errors[0].location,
        Location::Question {
            number: 2,
            id: Some("q2".into())
        }
    );
}

#[test]
fn an_answer_listed_out_of_order_is_kept_in_choice_order() {
    let mut bank = bank_json();
    bank["questions"][4]["answer"] = json!(["c", "a"]);
    let bank = parse(&bank).unwrap();
    let answer: Vec<&str> = bank.questions()[4]
        .answer()
        .iter()
        .map(|i| i.as_str())
        .collect();
    assert_eq!(answer, ["a", "c"]);
}

#[test]
fn a_field_name_written_with_escapes_is_still_recognised() {
    let text = common::bank_json()
        .to_string()
        .replacen("\"title\"", "\"tit\\u006ce\"", 1);
    assert!(text.contains("tit\\u006ce"));
    let bank = parse_bank("escaped.json", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(bank.title(), common::bank().title());
}

#[test]
fn facts_checked_and_report_url_are_read_checked_and_written_back() {
    let mut bank = bank_json();
    bank["facts_checked"] = json!("2026-11-23");
    bank["report_url"] = json!("https://example.org/issues/new?title={bank}%20{question}");
    let text = bank.to_string();
    let checked = parse_bank("sample.json", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        checked.facts_checked().map(|d| d.to_string()).as_deref(),
        Some("2026-11-23")
    );
    assert_eq!(
        checked.report_address(&checked.questions()[1]).as_deref(),
        Some("https://example.org/issues/new?title=sample%20q2")
    );
    let again = exam_engine::export::to_json(&checked);
    assert_eq!(parse_bank("again.json", again.as_bytes()).unwrap(), checked);
}

#[test]
fn a_bad_facts_checked_date_or_report_url_is_reported_by_field() {
    let mut bank = bank_json();
    bank["facts_checked"] = json!("2026-02-30");
    bank["report_url"] = json!("javascript:alert('{question}')");
    assert_eq!(
        errors_of(bank),
        [
            r#"sample.json: facts_checked "2026-02-30" must be a real date written YYYY-MM-DD"#,
            r#"sample.json: report_url "javascript:alert('{question}')" must start with https:// or mailto:"#,
        ]
    );
}
