//! Class results: result files graded again against the bank, and the statistics of a small
//! class worked out by hand.

use exam_engine::class_results::{ClassResults, point_biserial};
use exam_engine::fingerprint::bank_fingerprint;
use exam_engine::result_file::ResultFile;
use exam_engine::results::Results;
use exam_engine::results_csv::results_csv;
use exam_engine::session::{Action, ExamConfig, Session};
use serde_json::json;

use super::common;

/// A result file answering q1–q4 of the sample bank with one choice each.
fn result(name: &str, picks: [&str; 4]) -> (String, String) {
    let bank = common::bank();
    let answers: Vec<_> = ["q1", "q2", "q3", "q4"]
        .iter()
        .zip(picks)
        .map(|(q, pick)| json!({"question": q, "shown": ["a", "b", "c", "d"], "selected": [pick], "time_ms": 4000}))
        .collect();
    let file = json!({
        "kind": "exam-practice-result", "format": 1,
        "bank_id": "sample", "bank_title": "Sample bank", "bank_fingerprint": bank_fingerprint(&bank),
        "candidate": name, "seed": 1, "mode": "exam", "time_limit_ms": 360000,
        "started_at_ms": 1, "time_used_ms": 60000, "finish_reason": "submitted",
        "answers": answers,
    });
    (format!("{name}.json"), file.to_string())
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn a_small_class_is_graded_again_with_its_statistics_as_worked_out_by_hand() {
    let bank = common::bank();
    // Answers: q1 a, q2 b, q3 c, q4 d.
    let mut ben = result("Ben", ["a", "c", "a", "a"]);
    // An edited score counts for nothing: the file is graded again.
    ben.1 = ben.1.replacen('{', "{\"score\":100,\"correct\":4,", 1);
    let files = vec![
        result("Ann", ["a", "b", "c", "a"]),
        ben,
        result("Cat", ["b", "b", "c", "d"]),
        result("Dan", ["a", "c", "c", "a"]),
    ];
    let class = ClassResults::of(&bank, &files);
    assert!(class.left_out.is_empty(), "{:?}", class.left_out);
    let scores: Vec<(&str, usize, bool)> = class
        .candidates
        .iter()
        .map(|c| (c.name.as_str(), c.correct, c.passed))
        .collect();
    assert_eq!(
        scores,
        [
            ("Ann", 3, true),
            ("Ben", 1, false),
            ("Cat", 3, true),
            ("Dan", 2, false)
        ]
    );

    // Scores 75, 25, 75, 50: mean 56.25, population SD 20.73.
    let q = |id: &str| {
        class
            .questions
            .iter()
            .find(|q| q.question.as_str() == id)
            .unwrap()
    };
    assert_eq!((q("q1").asked, q("q1").right), (4, 3));
    assert!(
        close(q("q1").point_biserial, -0.5222329678670935),
        "{:?}",
        q("q1").point_biserial
    );
    assert!(close(q("q2").point_biserial, 0.9045340337332908));
    assert!(close(q("q3").point_biserial, 0.8703882797784892));
    assert!(close(q("q4").point_biserial, 0.5222329678670935));
    assert_eq!(q("q2").most_chosen_wrong, Some((common_id("c"), 2)));
    assert_eq!(q("q4").most_chosen_wrong, Some((common_id("a"), 3)));
    assert_eq!(q("q1").share_right(), 0.75);
    assert!(
        class.questions.iter().all(|q| q.question.as_str() != "q5"),
        "never asked"
    );

    let csv = class.questions_csv(&bank);
    assert!(csv.starts_with("question,topic,asked,right,share right,point-biserial"));
    assert!(
        csv.contains("q1,Lambda,4,3,0.75,-0.52,Bravo,1\r\n"),
        "{csv}"
    );
    assert!(
        class
            .scores_csv()
            .contains("Ben,Ben.json,1,4,25.0,no,60\r\n")
    );
}

fn common_id(s: &str) -> exam_engine::bank::Id {
    exam_engine::bank::Id::parse(s).unwrap()
}

#[test]
fn files_for_another_bank_or_version_and_damaged_files_are_listed_and_the_rest_still_count() {
    let bank = common::bank();
    let good = result("Ann", ["a", "b", "c", "d"]);
    let other_bank = (
        "x.json".to_owned(),
        good.1
            .replace("\"bank_id\":\"sample\"", "\"bank_id\":\"other\""),
    );
    let other_version = (
        "v.json".to_owned(),
        good.1.replace(&bank_fingerprint(&bank), "0000000000000000"),
    );
    let unknown_question = ("u.json".to_owned(), good.1.replace("\"q4\"", "\"q99\""));
    let files = vec![
        good.clone(),
        other_bank,
        other_version,
        unknown_question,
        ("notes.json".to_owned(), "not json".to_owned()),
    ];
    let class = ClassResults::of(&bank, &files);
    assert_eq!(class.candidates.len(), 1);
    assert_eq!(class.candidates[0].correct, 4);
    assert_eq!(class.left_out.len(), 4, "{:?}", class.left_out);
    assert!(
        class.left_out[0]
            .to_string()
            .starts_with("x.json: a result for another bank")
    );
    assert!(
        class.left_out[1]
            .to_string()
            .starts_with("v.json: a result for another version of this bank")
    );
    assert!(
        class.left_out[2]
            .to_string()
            .contains("question \"q99\" is not in the bank")
    );
    assert!(
        class.left_out[3]
            .to_string()
            .starts_with("notes.json: not a result file")
    );
}

#[test]
fn the_point_biserial_is_undefined_when_everyone_agrees() {
    assert_eq!(point_biserial(&[(true, 50.0), (true, 80.0)]), None);
    assert_eq!(point_biserial(&[(true, 50.0), (false, 50.0)]), None);
    assert_eq!(point_biserial(&[(true, 50.0)]), None);
}

#[test]
fn a_session_gives_a_result_file_without_a_score_and_a_csv_of_its_answers() {
    let bank = common::bank();
    let config = ExamConfig {
        shuffle_questions: false,
        shuffle_choices: false,
        question_count: 2,
        ..ExamConfig::defaults_for(&bank, 9)
    };
    let mut session = Session::start(&bank, &config, 1_000).unwrap();
    session
        .apply(1_000, Action::Select(common_id("a")))
        .unwrap();
    session.apply(4_000, Action::Next).unwrap();
    session
        .apply(5_000, Action::Select(common_id("a")))
        .unwrap();
    session.apply(6_000, Action::ToggleFlag).unwrap();
    session.apply(11_000, Action::Submit).unwrap();
    let file = ResultFile::of(&session, &bank, Some("  Zoë "), 11_000);
    let text = file.to_json();
    assert!(
        !text.contains("score") && !text.contains("correct"),
        "{text}"
    );
    assert_eq!(ResultFile::read("r.json", &text).unwrap(), file);
    assert_eq!(file.candidate.as_deref(), Some("Zoë"));
    assert_eq!(file.answers[0].time_ms, 3_000);
    assert_eq!(file.answers[1].time_ms, 7_000);
    let class = ClassResults::of(&bank, &[("r.json".to_owned(), text)]);
    assert_eq!(class.candidates[0].correct, 1);

    let csv = results_csv(&session, &bank, &Results::of(&session, &bank, 11_000));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "number,question,topic,your answer,right answer,result,flagged,confidence,time (s)"
    );
    assert_eq!(lines[1], "1,q1,Lambda,Alpha,Alpha,right,no,,3");
    assert_eq!(lines[2], "2,q2,Lambda,Alpha,Bravo,wrong,yes,,7");
}

#[test]
fn a_result_file_is_told_apart_from_other_files_and_from_a_newer_version() {
    let (_, text) = result("Ann", ["a", "b", "c", "d"]);
    let newer = text.replacen("\"format\":1", "\"format\":2", 1);
    assert_ne!(newer, text, "the fixture text has the expected layout");
    // A later version may change the file's shape: its version is named, not its shape.
    let reshaped = newer.replacen("\"answers\"", "\"responses\"", 1);
    assert_eq!(
        ResultFile::read("new.json", &reshaped)
            .unwrap_err()
            .to_string(),
        "new.json: result format 2 is not one this version reads (1)"
    );
    let progress = text.replacen("exam-practice-result", "exam-practice-progress", 1);
    assert_eq!(
        ResultFile::read("p.json", &progress)
            .unwrap_err()
            .to_string(),
        "p.json: not a result file (its kind is \"exam-practice-progress\")"
    );
    assert!(
        ResultFile::read("h.json", "{\"format\":1,\"attempts\":[]}")
            .unwrap_err()
            .to_string()
            .starts_with("h.json: not a result file")
    );
}
