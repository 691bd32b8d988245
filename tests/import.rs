//! The importers: each format read into the one checked bank, with line numbers and warnings.

mod common;

use exam_practice::engine::bank::Bank;
use exam_practice::engine::export::to_json;
use exam_practice::engine::import::{Format, Imported, detect, import};
use exam_practice::engine::validate::parse_bank;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn import_text(file: &str, text: &str) -> Imported {
    import(file, text.as_bytes())
}

fn bank_of(imported: &Imported) -> &Bank {
    match &imported.bank {
        Ok(bank) => bank,
        Err(errors) => panic!("expected a bank, got:\n{errors}"),
    }
}

fn errors_of(imported: &Imported) -> Vec<String> {
    match &imported.bank {
        Ok(_) => panic!("expected errors, got a bank"),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

fn warnings_of(imported: &Imported) -> Vec<String> {
    imported.warnings.iter().map(ToString::to_string).collect()
}

fn texts(bank: &Bank, index: usize) -> Vec<String> {
    bank.questions()[index]
        .choices()
        .iter()
        .map(|c| c.text().source().to_owned())
        .collect()
}

fn answer(bank: &Bank, index: usize) -> Vec<&str> {
    bank.questions()[index]
        .answer()
        .iter()
        .map(|id| id.as_str())
        .collect()
}

fn assert_round_trip(bank: &Bank) {
    let text = to_json(bank);
    let again = parse_bank("again.json", text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(&again, bank);
}

// GIFT

#[test]
fn gift_reads_titles_categories_feedback_and_weights() {
    let imported = import("containers.gift", &fixture("containers.gift"));
    assert_eq!(imported.format, Some(Format::Gift));
    let bank = bank_of(&imported);
    let ids: Vec<&str> = bank.questions().iter().map(|q| q.id().as_str()).collect();
    assert_eq!(
        ids,
        [
            "fargate-servers",
            "registry",
            "escapes",
            "lambda-pay",
            "lambda-weights",
            "serverless-tf",
            "gap",
            "fargate-servers-copy"
        ]
    );
    assert_eq!(bank.topics(), ["Containers", "Lambda"]);
    let first = &bank.questions()[0];
    assert_eq!(bank.topic_name(first), "Containers");
    assert_eq!(
        first.explanation().source(),
        "Fargate is the serverless way to run ECS (and EKS) tasks."
    );
    assert_eq!(
        first.choices()[1].explanation().map(|e| e.source()),
        Some("EC2 gives you virtual machines that you patch and scale yourself.")
    );
    assert_eq!(answer(bank, 0), ["a"]);
    assert_eq!(answer(bank, 3), ["a", "b"], "positive weights are right");
    assert_eq!(
        answer(bank, 4),
        ["a", "b"],
        "weights adding to 80 still count"
    );
}

#[test]
fn gift_resolves_escapes() {
    let imported = import("containers.gift", &fixture("containers.gift"));
    let bank = bank_of(&imported);
    assert_eq!(
        bank.questions()[2].prompt().source(),
        "Which of these is a literal brace pair {} and an equals sign =?"
    );
    assert_eq!(texts(bank, 2)[0], "The characters { } and =");
    assert_eq!(
        bank.questions()[2].choices()[0]
            .explanation()
            .map(|e| e.source()),
        Some("They were escaped with a backslash: \\ stays.")
    );
}

#[test]
fn gift_turns_true_false_into_two_choices_and_keeps_missing_word_gaps() {
    let imported = import("containers.gift", &fixture("containers.gift"));
    let bank = bank_of(&imported);
    assert_eq!(texts(bank, 5), ["True", "False"]);
    assert_eq!(answer(bank, 5), ["a"]);
    assert_eq!(
        bank.questions()[5].choices()[1]
            .explanation()
            .map(|e| e.source()),
        Some("The limit is 15 minutes."),
        "the first feedback is the one a wrong answer sees"
    );
    assert_eq!(
        bank.questions()[6].prompt().source(),
        "AWS _____ runs code in response to events."
    );
}

#[test]
fn gift_skips_kinds_it_cannot_take_with_a_warning_naming_each() {
    let imported = import("containers.gift", &fixture("containers.gift"));
    let warnings = warnings_of(&imported).join("\n");
    for expected in [
        "containers.gift:36: warning: \"Essay\" is an essay question",
        "containers.gift:38: warning: \"Number\" is a numerical question",
        "containers.gift:40: warning: \"Short\" is a short answer question",
        "containers.gift:42: warning: \"Match\" is a matching question",
        "containers.gift:46: warning: \"A description without any answers.\" has no answer block",
        "containers.gift:28: warning: \"Lambda weights\": the weights of the right answers add up to 80%",
        "containers.gift:48: warning: question \"fargate-servers-copy\" repeats the prompt of question \"fargate-servers\" (line 6)",
    ] {
        assert!(
            warnings.contains(expected),
            "missing {expected:?} in\n{warnings}"
        );
    }
}

#[test]
fn gift_reports_unclosed_blocks_and_missing_right_answers_by_line() {
    let text = "::One::First? {=a ~b}\n\n::Two::Second? {~a ~b}\n\n::Three::Third? {=a ~b\n";
    let errors = errors_of(&import_text("broken.gift", text));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("broken.gift:3: \"Two\" has no right answer"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("broken.gift:5: the answer block opened with { is never closed"),
        "{errors:?}"
    );
}

#[test]
fn gift_partial_credit_beside_a_right_answer_counts_as_wrong_with_a_warning() {
    let text = "Pick the best. {=Best ~%50%Half right ~Wrong}";
    let imported = import_text("partial.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(answer(bank, 0), ["a"]);
    assert!(warnings_of(&imported)[0].contains("partial credit (50%) for \"Half right\""));
}

// Aiken

#[test]
fn aiken_reads_a_file_with_a_byte_order_mark_and_windows_line_endings() {
    let imported = import("bom-crlf-aiken.txt", &fixture("bom-crlf-aiken.txt"));
    assert_eq!(imported.format, Some(Format::Aiken));
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 2);
    assert_eq!(
        bank.questions()[0].prompt().source(),
        "Which AWS service runs code without servers?"
    );
    assert_eq!(
        texts(bank, 0),
        ["Amazon EC2", "AWS Lambda", "Amazon Lightsail"]
    );
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(answer(bank, 1), ["a"]);
    assert_eq!(bank.id().as_str(), "bom-crlf-aiken");
    assert!(
        warnings_of(&imported)[0].contains("2 of 2 questions have no explanation"),
        "Aiken has no explanations, and the teacher is told"
    );
}

#[test]
fn aiken_reports_a_missing_answer_line_and_an_unknown_letter_with_their_lines() {
    let errors = errors_of(&import(
        "lightsail-aiken.txt",
        &fixture("lightsail-aiken.txt"),
    ));
    assert_eq!(
        errors,
        [
            "lightsail-aiken.txt:14: this question has no ANSWER: line after its choices",
            "lightsail-aiken.txt:22: question \"q3\" (#3): answer \"e\" is not one of the choices a, b",
        ]
    );
}

#[test]
fn aiken_takes_several_answer_letters_as_choose_n() {
    let text = "Which TWO?\nA. One\nB. Two\nC. Three\nANSWER: A, C\n";
    let bank_import = import_text("two.txt", text);
    assert_eq!(answer(bank_of(&bank_import), 0), ["a", "c"]);
}

#[test]
fn aiken_reports_choices_out_of_order_and_before_any_question() {
    let text = "A. Orphan\n\nQuestion?\nA. One\nC. Three\nANSWER: A\n";
    let errors = errors_of(&import_text("order.txt", text));
    assert!(
        errors[0].starts_with("order.txt:1: choice A comes before any question text"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("order.txt:5: choice C is out of order"),
        "{errors:?}"
    );
}

// Markdown with answer blocks

#[test]
fn markdown_answers_reads_details_blocks_topics_and_tolerated_variations() {
    let text = String::from_utf8(fixture("practice-answers.md")).unwrap();
    let clean: String = text.split("\n4. ").next().unwrap().to_owned();
    let imported = import_text("practice-answers.md", &clean);
    assert_eq!(imported.format, Some(Format::MarkdownAnswers));
    let bank = bank_of(&imported);
    assert_eq!(bank.title(), "Other Compute practice exam");
    assert_eq!(bank.topics(), ["Containers", "Lambda"]);
    assert_eq!(bank.questions().len(), 3);
    assert_eq!(texts(bank, 0)[0], "Amazon ECR");
    assert_eq!(
        bank.questions()[0].explanation().source(),
        "ECR is the container registry that ECS and Fargate pull images from."
    );
    assert_eq!(
        answer(bank, 1),
        ["a", "b"],
        "**Correct Answer:** A, B and B) options"
    );
    assert_eq!(
        bank.questions()[1].explanation().source(),
        "Fargate is serverless; the EC2 launch type runs tasks on instances you manage."
    );
    assert_eq!(answer(bank, 2), ["b"], "an answer line outside <details>");
    assert_eq!(bank.topic_name(&bank.questions()[2]), "Lambda");
}

#[test]
fn markdown_answers_reports_questions_without_answers_or_with_unknown_letters() {
    let errors = errors_of(&import(
        "practice-answers.md",
        &fixture("practice-answers.md"),
    ));
    assert!(errors.iter().any(|e| e.starts_with("practice-answers.md:43: question \"q4\" (#4): answer \"c\" is not one of the choices a, b")), "{errors:?}");
    assert!(errors.iter().any(|e| e == "practice-answers.md:46: this question has no \"Correct answer: …\" line"), "{errors:?}");
}

// Task-list Markdown

#[test]
fn task_list_reads_front_matter_ticks_quotes_and_numbered_options() {
    let text = String::from_utf8(fixture("quiz-tasks.md")).unwrap();
    let clean = text.split("### A question nobody ticked").next().unwrap();
    let imported = import_text("quiz-tasks.md", clean);
    assert_eq!(imported.format, Some(Format::MarkdownTaskList));
    let bank = bank_of(&imported);
    assert_eq!(bank.title(), "Serverless quick quiz");
    assert_eq!(bank.pass_mark().percent(), 60);
    assert!(!bank.shuffle(), "shuffle_questions: false keeps the order");
    assert_eq!(bank.topics(), ["API Gateway", "Lambda"]);
    let first = &bank.questions()[0];
    assert_eq!(
        first.choices()[0].explanation().map(|e| e.source()),
        Some("It handles routing, throttling and authorisation.")
    );
    assert_eq!(
        first.explanation().source(),
        "Think of the front door of a serverless app."
    );
    assert_eq!(answer(bank, 1), ["a", "b"]);
    assert_eq!(answer(bank, 2), ["b"], "1. [x] numbered options");
    assert!(
        bank.questions()[2]
            .prompt()
            .source()
            .contains("```text\nmemory: ? GB\n```")
    );
    assert!(warnings_of(&imported)[0].contains("primary_color is a quizdown display option"));
}

#[test]
fn task_list_reports_a_question_with_nothing_ticked() {
    let errors = errors_of(&import("quiz-tasks.md", &fixture("quiz-tasks.md")));
    assert_eq!(
        errors,
        ["quiz-tasks.md:41: this question has no right option: tick one with - [x]"]
    );
}

// Detection, decoding and round trips

#[test]
fn the_format_is_told_from_the_extension_and_the_content() {
    assert_eq!(detect("a.json", "{}"), Some(Format::Json));
    assert_eq!(
        detect("a.txt", "Q?\nA. x\nB. y\nANSWER: A"),
        Some(Format::Aiken)
    );
    assert_eq!(detect("a.txt", "Q? {=x ~y}"), Some(Format::Gift));
    assert_eq!(detect("a.gift", "Q? {=x ~y}"), Some(Format::Gift));
    assert_eq!(
        detect("a.md", "### Q?\n- [x] y\n- [ ] z"),
        Some(Format::MarkdownTaskList)
    );
    assert_eq!(
        detect("a.md", "1. Q?\n    - A. y"),
        Some(Format::MarkdownAnswers)
    );
    assert_eq!(detect("a.bin", "just words"), None);
}

#[test]
fn a_file_that_is_not_utf8_or_is_utf16_is_refused_with_a_reason() {
    let errors = errors_of(&import("bad.gift", b"Q? {=caf\xe9 ~b}"));
    assert_eq!(
        errors,
        ["bad.gift:1: the file is not valid UTF-8 text here; save it as UTF-8"]
    );
    let errors = errors_of(&import("wide.txt", b"\xff\xfeQ\0"));
    assert!(errors[0].contains("UTF-16"), "{errors:?}");
}

#[test]
fn a_json_bank_with_a_byte_order_mark_is_read() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(common::bank_json().to_string().as_bytes());
    bank_of(&import("bom.json", &bytes));
}

#[test]
fn json_bank_problems_carry_the_line_of_their_field() {
    let mut bank = common::bank_json();
    bank["questions"][1]["choices"][2]["text"] = serde_json::json!("");
    bank["pass_mark_percent"] = serde_json::json!(150);
    let text = serde_json::to_string_pretty(&bank).unwrap();
    let line_of = |needle: &str, from: usize| {
        text.lines()
            .enumerate()
            .skip(from)
            .find(|(_, l)| l.contains(needle))
            .map(|(i, _)| i + 1)
            .unwrap()
    };
    let empty_text = line_of("\"text\": \"\"", 0);
    let pass_mark = line_of("\"pass_mark_percent\"", 0);
    let errors = errors_of(&import("lines.json", text.as_bytes()));
    assert!(
        errors.contains(&format!(
            "lines.json:{empty_text}: question \"q2\" (#2): choices[2].text is empty"
        )),
        "{errors:?}"
    );
    assert!(
        errors.contains(&format!(
            "lines.json:{pass_mark}: pass_mark_percent 150 is outside 0–100"
        )),
        "{errors:?}"
    );
}

#[test]
fn every_imported_bank_and_the_bundled_bank_survive_a_round_trip_through_json() {
    let text = String::from_utf8(fixture("quiz-tasks.md")).unwrap();
    let tasks = import_text(
        "quiz-tasks.md",
        text.split("### A question nobody").next().unwrap(),
    );
    let answers_text = String::from_utf8(fixture("practice-answers.md")).unwrap();
    let answers = import_text("a.md", answers_text.split("\n4. ").next().unwrap());
    let gift = import("containers.gift", &fixture("containers.gift"));
    let aiken = import("bom-crlf-aiken.txt", &fixture("bom-crlf-aiken.txt"));
    for imported in [&tasks, &answers, &gift, &aiken] {
        assert_round_trip(bank_of(imported));
    }
    assert_round_trip(&common::bank());
    let bundled = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/aws-other-compute.json"
    ))
    .unwrap();
    assert_round_trip(&parse_bank("bundled.json", &bundled).unwrap());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let big = vec![b' '; exam_practice::engine::import::MAX_FILE_BYTES + 1];
    let errors = errors_of(&import("huge.json", &big));
    assert!(
        errors[0].contains("the largest question file this app reads is 20 MB"),
        "{errors:?}"
    );
}
