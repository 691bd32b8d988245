//! `questions/index.json`: figures worked out from each listed bank, read back, and old indexes.

use exam_engine::catalog::{catalog_json, parse_catalog, with_figures};

use crate::common::bank_json;

fn bytes_of(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap()
}

#[test]
fn an_index_written_by_hand_without_figures_still_reads() {
    let entries =
        parse_catalog(br#"{"banks": [{"path": "a.json", "id": "a", "title": "A"}]}"#).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].figures, None);
}

#[test]
fn figures_come_from_the_bank_file_and_survive_a_round_trip() {
    let mut bank = bank_json();
    bank["default_question_count"] = 4.into();
    bank["default_time_limit_minutes"] = 9.into();
    bank["pass_mark_percent"] = 65.into();
    bank["description"] = "Practice **Lambda**.".into();
    let id = bank["id"].as_str().unwrap().to_owned();
    let index = format!(r#"{{"banks": [{{"path": "b.json", "id": "{id}", "title": "Listed"}}]}}"#);
    let entries = parse_catalog(index.as_bytes()).unwrap();
    let (entries, problems) = with_figures(&entries, |path| {
        assert_eq!(path, "b.json");
        Ok(bytes_of(&bank))
    });
    assert_eq!(problems, Vec::<String>::new());
    let figures = entries[0]
        .figures
        .clone()
        .expect("figures for a valid bank");
    assert_eq!(figures.questions, 6);
    assert_eq!(figures.questions_in_file, 6);
    assert_eq!(figures.left_out(), 0);
    assert_eq!(figures.exam_questions, 4);
    assert_eq!(figures.exam_minutes, 9);
    assert_eq!(figures.pass_percent, 65);
    assert_eq!(figures.description, "Practice **Lambda**.");
    assert_eq!(figures.topics.len(), 2);
    // The index's own title is kept, whatever the bank calls itself.
    assert_eq!(entries[0].title, "Listed");

    let again = parse_catalog(catalog_json(&entries).as_bytes()).unwrap();
    assert_eq!(again, entries);
}

#[test]
fn a_bank_with_a_bad_question_gets_figures_for_the_rest_and_its_problem_is_reported() {
    let mut bank = bank_json();
    bank["questions"][1]["answer"] = "z".into();
    let id = bank["id"].as_str().unwrap().to_owned();
    let entries = parse_catalog(
        format!(r#"{{"banks": [{{"path": "b.json", "id": "{id}", "title": "B"}}]}}"#).as_bytes(),
    )
    .unwrap();
    let (entries, problems) = with_figures(&entries, |_| Ok(bytes_of(&bank)));
    let figures = entries[0].figures.clone().unwrap();
    assert_eq!((figures.questions, figures.questions_in_file), (5, 6));
    assert_eq!(figures.left_out(), 1);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("b.json:"), "{}", problems[0]);
    assert!(problems[0].contains("\"z\""), "{}", problems[0]);
}

#[test]
fn a_missing_or_broken_bank_gets_no_figures_and_every_problem_is_reported() {
    let entries = parse_catalog(
        br#"{"banks": [
            {"path": "gone.json", "id": "gone", "title": "Gone", "figures": {"questions": 3,
             "questions_in_file": 3, "exam_questions": 3, "exam_minutes": 5, "pass_percent": 70,
             "topics": ["T"], "description": "stale"}},
            {"path": "bad.json", "id": "bad", "title": "Bad"}
        ]}"#,
    )
    .unwrap();
    assert!(entries[0].figures.is_some(), "read as written");
    let (entries, problems) = with_figures(&entries, |path| match path {
        "bad.json" => Ok(b"{ not json".to_vec()),
        _ => Err("no such file".to_owned()),
    });
    assert!(
        entries.iter().all(|e| e.figures.is_none()),
        "stale figures are dropped"
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("gone.json: could not be loaded: no such file"));
    assert!(problems[1].starts_with("bad.json:1:"), "{}", problems[1]);
}

#[test]
fn an_index_with_an_unknown_field_in_its_figures_is_refused() {
    let problem = parse_catalog(
        br#"{"banks": [{"path": "a.json", "id": "a", "title": "A", "figures": {"questions": 1,
            "questions_in_file": 1, "exam_questions": 1, "exam_minutes": 1, "pass_percent": 1,
            "topics": [], "description": "", "colour": "red"}}]}"#,
    )
    .unwrap_err();
    assert!(problem.contains("unknown field `colour`"), "{problem}");
}

#[test]
fn an_index_entry_gives_a_language_to_a_bank_that_names_none_and_the_figures_carry_it() {
    let gift =
        b"::Q1:: Quelle est la bonne r\xc3\xa9ponse ? {=Celle-ci ~Celle-l\xc3\xa0}\n".to_vec();
    let index = br#"{"banks": [{"path": "s.gift", "id": "s", "title": "S", "language": "fr"}]}"#;
    let entries = parse_catalog(index).unwrap();
    let (entries, problems) = with_figures(&entries, |_| Ok(gift.clone()));
    assert_eq!(problems, Vec::<String>::new());
    let figures = entries[0].figures.as_ref().expect("figures");
    assert_eq!(figures.language.as_deref(), Some("fr"));
    let mut json = bank_json();
    json["language"] = "de".into();
    let index = format!(
        r#"{{"banks": [{{"path": "b.json", "id": "{}", "title": "B", "language": "fr"}}]}}"#,
        json["id"].as_str().unwrap()
    );
    let entries = parse_catalog(index.as_bytes()).unwrap();
    let (entries, _) = with_figures(&entries, |_| Ok(bytes_of(&json)));
    assert_eq!(
        entries[0].figures.as_ref().unwrap().language.as_deref(),
        Some("de"),
        "the bank's own field wins"
    );
}
