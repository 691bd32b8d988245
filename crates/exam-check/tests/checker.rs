//! The `exam-check` program and the JSON Schema it prints, run as a teacher would run them.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use exam_engine::schema::bank_schema_text;

/// The repository root: the checker is run from there, as a teacher would run it.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_exam-check"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("exam-check runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_schema_file_is_the_one_generated_from_the_rust_types() {
    let file = std::fs::read_to_string(format!("{ROOT}/questions/bank.schema.json")).unwrap();
    assert!(
        file == bank_schema_text(),
        "questions/bank.schema.json is out of date: run `cargo run -p exam-check -- --schema > questions/bank.schema.json`"
    );
}

#[test]
fn the_schema_requires_the_fields_the_validator_requires_and_refuses_unknown_ones() {
    let schema: serde_json::Value = serde_json::from_str(&bank_schema_text()).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        required,
        [
            "format",
            "id",
            "title",
            "description",
            "topics",
            "questions"
        ]
    );
    assert_eq!(schema["additionalProperties"], false);
    let question = &schema["definitions"]["RawQuestion"];
    assert_eq!(question["additionalProperties"], false);
    assert_eq!(question["properties"]["choices"]["minItems"], 2);
    assert!(
        !bank_schema_text().contains("\"null\""),
        "no field accepts null"
    );
}

#[test]
fn every_bundled_bank_points_at_the_schema() {
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{ROOT}/questions/index.json")).unwrap())
            .unwrap();
    for entry in index["banks"].as_array().unwrap() {
        let path = entry["path"].as_str().unwrap();
        let bank: serde_json::Value =
            serde_json::from_slice(&std::fs::read(format!("{ROOT}/questions/{path}")).unwrap())
                .unwrap();
        assert_eq!(bank["$schema"], "bank.schema.json", "{path}");
    }
}

#[test]
fn the_checker_passes_the_bundled_banks_without_warnings() {
    let (code, out, _) = run(&["--quiet", "questions/"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("questions/aws-other-compute.json: OK, JSON bank, "),
        "{out}"
    );
    assert!(!out.contains("warning"), "{out}");
}

#[test]
fn the_checker_prints_a_folder_s_statistics() {
    let (code, out, _) = run(&["tests/fixtures/e2e/questions/"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "tests/fixtures/e2e/questions/fixture-compute.json: OK, JSON bank, 46 questions"
        ),
        "{out}"
    );
    assert!(out.contains("questions per topic:"), "{out}");
    assert!(
        out.contains("multi-answer (\"Choose N\"): 9 of 46"),
        "{out}"
    );
    assert!(out.contains("right answer by position: A "), "{out}");
    assert!(
        out.contains("right answer by length, in 37 single-answer questions: longest "),
        "{out}"
    );
    assert!(
        out.contains("\"Choose N\" questions whose right answers are the N longest choices: "),
        "{out}"
    );
    assert!(
        out.contains("questions missing per-choice reasons: none"),
        "{out}"
    );
    assert!(out.contains("near-duplicate prompts: none"), "{out}");
}

#[test]
fn the_checker_prints_each_problem_as_file_line_message_and_fails() {
    let (code, out, _) = run(&[
        "tests/fixtures/import/lightsail-aiken.txt",
        "tests/fixtures/import/containers.gift",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("tests/fixtures/import/lightsail-aiken.txt:14: question \"q3\" (#3): this question has no ANSWER: line after its choices; the question is skipped"), "{out}");
    assert!(
        out.contains(
            "tests/fixtures/import/lightsail-aiken.txt: OK, Aiken, 2 of 4 questions (2 skipped)"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "tests/fixtures/import/containers.gift:36: warning: \"Essay\" is an essay question"
        ),
        "{out}"
    );
    assert!(
        out.contains("tests/fixtures/import/containers.gift: OK, GIFT, 8 questions"),
        "{out}"
    );
    assert!(
        out.contains("near-duplicate prompts: 1\n    fargate-servers and fargate-servers-copy"),
        "{out}"
    );
}

#[test]
fn the_checker_reads_moodle_xml_exports_and_names_the_types_it_skips() {
    let (_, out, _) = run(&["tests/fixtures/import/moodle-nested-categories-with-questions.xml"]);
    assert!(
        out.contains("tests/fixtures/import/moodle-nested-categories-with-questions.xml:56: warning: \"Kappa Essay Question\" is a Moodle \"essay\" question"),
        "{out}"
    );
    assert!(
        out.contains(
            "tests/fixtures/import/moodle-nested-categories-with-questions.xml: OK, Moodle XML, 4 questions"
        ),
        "{out}"
    );
}

#[test]
fn the_checker_converts_a_file_to_a_json_bank_on_standard_output() {
    let (code, out, err) = run(&["--to-json", "tests/fixtures/import/bom-crlf-aiken.txt"]);
    assert_eq!(code, 0, "{err}");
    let bank: serde_json::Value = serde_json::from_str(&out).expect("standard output is JSON");
    assert_eq!(bank["$schema"], "bank.schema.json");
    assert_eq!(bank["questions"][0]["answer"], "b");
    assert!(err.contains("OK, Aiken, 2 questions"), "{err}");
}

#[test]
fn the_checker_converts_a_bank_to_gift_and_to_moodle_xml_for_an_lms() {
    let (code, gift, err) = run(&["--to", "gift", "tests/fixtures/import/bom-crlf-aiken.txt"]);
    assert_eq!(code, 0, "{err}");
    assert!(gift.contains("$CATEGORY: $course$/top/"), "{gift}");
    assert!(gift.contains("::q1::[markdown]"), "{gift}");
    let (code, xml, err) = run(&[
        "--to=moodle-xml",
        "tests/fixtures/import/bom-crlf-aiken.txt",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{xml}"
    );
    assert!(xml.contains("<question type=\"multichoice\">"), "{xml}");
    assert!(err.contains("OK, Aiken, 2 questions"), "{err}");
}

#[test]
fn the_checker_refuses_misuse_with_its_usage() {
    let (code, _, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage: exam-check"), "{err}");
    let (code, _, err) = run(&["--to-json", "a.gift", "b.gift"]);
    assert_eq!(code, 2);
    assert!(err.contains("--to converts exactly one file"), "{err}");
    let (code, _, err) = run(&["--to", "pdf", "a.gift"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--to takes json, gift or moodle-xml, not \"pdf\""),
        "{err}"
    );
    let (code, out, _) = run(&["no/such/file.gift"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("no/such/file.gift: could not be read"),
        "{out}"
    );
}

#[test]
fn the_checker_reports_an_index_entry_whose_file_or_id_is_wrong() {
    let folder = std::env::temp_dir().join(format!("exam-check-index-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("index.json"),
        r#"{"banks": [
            {"path": "quiz.gift", "id": "quiz", "title": "Quiz"},
            {"path": "bank.json", "id": "other-id", "title": "Bank"},
            {"path": "gone.md", "id": "gone", "title": "Gone"}
        ]}"#,
    )
    .unwrap();
    std::fs::write(folder.join("quiz.gift"), "Q? {=a ~b}\n").unwrap();
    let bundled = std::fs::read(format!("{ROOT}/questions/aws-other-compute.json")).unwrap();
    std::fs::write(folder.join("bank.json"), bundled).unwrap();
    let (code, out, _) = run(&[folder.to_str().unwrap()]);
    std::fs::remove_dir_all(&folder).ok();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("bank \"gone\" is listed at gone.md but there is no such file"),
        "{out}"
    );
    assert!(out.contains("bank.json: the bank's id is \"aws-other-compute\" but questions/index.json lists it as \"other-id\""), "{out}");
    assert!(out.contains("quiz.gift: OK, GIFT, 1 question"), "{out}");
}

#[test]
fn skipped_questions_fail_the_check_unless_allowed_and_the_rest_converts() {
    let file = "tests/fixtures/import/lightsail-aiken.txt";
    let (code, out, _) = run(&["--quiet", file]);
    assert_eq!(code, 1, "a publish step stays strict: {out}");
    assert!(
        out.contains("OK, Aiken, 2 of 4 questions (2 skipped)"),
        "{out}"
    );

    let (code, out, _) = run(&["--quiet", "--allow-skipped", file]);
    assert_eq!(code, 0, "{out}");

    let (code, json, err) = run(&["--to-json", "--allow-skipped", file]);
    assert_eq!(code, 0, "{err}");
    let bank: serde_json::Value = serde_json::from_str(&json).expect("standard output is JSON");
    assert_eq!(bank["questions"].as_array().map(Vec::len), Some(2));
    assert!(err.contains("the question is skipped"), "{err}");
}

/// An Aiken file with one question per entry of `ranks`, four choices of different lengths
/// each, whose right answer is the choice with that many longer choices (0 for the longest).
fn aiken_with_right_answers_at_length_ranks(ranks: &[usize]) -> String {
    ranks
        .iter()
        .enumerate()
        .map(|(i, &rank)| {
            let choices: Vec<String> = (0..4)
                .map(|k| format!("Choice{}", "e".repeat(12 - 3 * k)))
                .collect();
            let letter = ["A", "B", "C", "D"][rank];
            format!(
                "Question {i}?\nA. {}\nB. {}\nC. {}\nD. {}\nANSWER: {letter}\n\n",
                choices[0], choices[1], choices[2], choices[3]
            )
        })
        .collect()
}

#[test]
fn the_checker_warns_when_one_length_rank_holds_too_many_right_answers() {
    let dir = std::env::temp_dir().join(format!("exam-check-longest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let giveaway = dir.join("giveaway.txt");
    let balanced = dir.join("balanced.txt");
    // Eight of twenty right answers are the second-longest choice: 40 %.
    let mut ranks = vec![1; 8];
    ranks.extend([0, 2, 3].iter().flat_map(|&r| [r; 4]));
    std::fs::write(&giveaway, aiken_with_right_answers_at_length_ranks(&ranks)).unwrap();
    let spread: Vec<usize> = (0..20).map(|i| i % 4).collect();
    std::fs::write(&balanced, aiken_with_right_answers_at_length_ranks(&spread)).unwrap();

    let (_, out, _) = run(&["--quiet", giveaway.to_str().unwrap()]);
    assert!(
        out.contains("giveaway.txt: warning: the right answer is the second-longest choice in 8 of 20 single-answer questions (40%); candidates can guess by length"),
        "{out}"
    );
    let (_, out, _) = run(&[balanced.to_str().unwrap()]);
    assert!(
        out.contains(
            "  right answer by length, in 20 single-answer questions: longest 5 (25%), second-longest 5 (25%), third-longest 5 (25%), fourth-longest 5 (25%)\n"
        ),
        "{out}"
    );
    assert!(!out.contains("guess by length"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_checker_does_not_warn_about_length_below_twenty_single_answer_questions() {
    let dir = std::env::temp_dir().join(format!("exam-check-few-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let few = dir.join("few.txt");
    std::fs::write(&few, aiken_with_right_answers_at_length_ranks(&[1; 19])).unwrap();
    let (_, out, _) = run(&[few.to_str().unwrap()]);
    assert!(out.contains("second-longest 19 (100%)"), "{out}");
    assert!(!out.contains("guess by length"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A scratch folder holding copies of the given files, empty of anything else.
fn scratch_folder(name: &str, files: &[(&str, &[u8])]) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("exam-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    for (file, bytes) in files {
        std::fs::write(folder.join(file), bytes).unwrap();
    }
    folder
}

#[test]
fn index_writes_each_listed_banks_figures_into_the_index() {
    let bank = std::fs::read(format!(
        "{ROOT}/tests/fixtures/e2e/questions/fixture-compute.json"
    ))
    .unwrap();
    let index = std::fs::read(format!("{ROOT}/tests/fixtures/e2e/questions/index.json")).unwrap();
    let folder = scratch_folder(
        "figures",
        &[("fixture-compute.json", &bank), ("index.json", &index)],
    );
    let (code, out, err) = run(&["--index", folder.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1 bank listed, figures for 1"), "{out}");
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("index.json")).unwrap()).unwrap();
    let figures = &written["banks"][0]["figures"];
    assert_eq!(figures["questions"], 46);
    assert_eq!(figures["exam_questions"], 20);
    assert_eq!(figures["exam_minutes"], 30);
    assert_eq!(figures["pass_percent"], 70);
    assert_eq!(written["banks"][0]["title"], "Fixture bank: Other Compute");
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn index_lists_every_bank_file_of_a_folder_without_one_and_reports_a_broken_bank() {
    let gift =
        b"::q1:: Which service runs containers without servers? {=AWS Fargate ~Amazon EC2}\n";
    let folder = scratch_folder(
        "new-index",
        &[("week3.gift", gift), ("broken.json", b"{ oops")],
    );
    let (code, out, err) = run(&["--index", folder.to_str().unwrap()]);
    assert_eq!(
        code, 1,
        "a bank that cannot be used fails the run: {out}{err}"
    );
    assert!(out.contains("2 banks listed, figures for 1"), "{out}");
    assert!(
        err.contains("broken.json:1:"),
        "the problem names file and line: {err}"
    );
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("index.json")).unwrap()).unwrap();
    let banks = written["banks"].as_array().unwrap();
    assert_eq!(banks[0]["path"], "broken.json");
    assert!(banks[0].get("figures").is_none());
    assert_eq!(banks[1]["path"], "week3.gift");
    assert_eq!(banks[1]["figures"]["questions"], 1);
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn index_accepts_a_bank_with_skipped_questions_when_allow_skipped_follows_the_folder() {
    let aiken = std::fs::read(format!("{ROOT}/tests/fixtures/import/lightsail-aiken.txt")).unwrap();
    let folder = scratch_folder("index-allow-skipped", &[("lightsail.txt", &aiken)]);
    let folder_arg = folder.to_str().unwrap();

    let (code, out, err) = run(&["--index", folder_arg]);
    assert_eq!(code, 1, "skipped questions fail a strict run: {out}{err}");
    assert!(err.contains("the question is skipped"), "{err}");

    // A teacher adds the flag at the end of the line they just ran; it must count there too.
    let (code, out, err) = run(&["--index", folder_arg, "--allow-skipped"]);
    assert_eq!(code, 0, "--allow-skipped after the folder: {out}{err}");
    assert!(out.contains("1 bank listed, figures for 1"), "{out}");
    let (code, _, err) = run(&["--allow-skipped", "--index", folder_arg]);
    assert_eq!(code, 0, "--allow-skipped before --index: {err}");

    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("index.json")).unwrap()).unwrap();
    assert_eq!(written["banks"][0]["figures"]["questions"], 2);
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn the_checker_counts_choose_n_questions_answered_by_their_n_longest_choices() {
    let dir = std::env::temp_dir().join(format!("exam-check-choose-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("choose.txt");
    std::fs::write(
        &file,
        "Which two?\nA. The longer right one\nB. Short\nC. Another long right one\nANSWER: A, C\n\nWhich two again?\nA. Right\nB. A much longer wrong choice\nC. Right too\nANSWER: A, C\n",
    )
    .unwrap();
    let (_, out, _) = run(&[file.to_str().unwrap()]);
    assert!(
        out.contains(
            "  \"Choose N\" questions whose right answers are the N longest choices: 1 of 2 (50%)\n"
        ),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
