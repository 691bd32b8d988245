//! The importers: each format read into the one checked bank, with line numbers and warnings.

use crate::common;

use exam_engine::bank::{Bank, Id};
use exam_engine::export::to_json;
use exam_engine::import::{Format, Imported, detect, import};
use exam_engine::validate::parse_bank;

use crate::common::import_fixture as fixture;

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

/// The problems that left questions out of a bank that is still usable.
fn skipped_of(imported: &Imported) -> Vec<String> {
    bank_of(imported);
    imported.skipped.iter().map(ToString::to_string).collect()
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
fn gift_skips_unclosed_blocks_and_missing_right_answers_by_line_and_keeps_the_rest() {
    let text = "::One::First? {=a ~b}\n\n::Two::Second? {~a ~b}\n\n::Three::Third? {=a ~b\n";
    let imported = import_text("broken.gift", text);
    let skipped = skipped_of(&imported);
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped[0].starts_with("broken.gift:3: question \"two\" (#2): \"Two\" has no right answer")
            && skipped[0].ends_with("; the question is skipped"),
        "{skipped:?}"
    );
    assert!(
        skipped[1].starts_with(
            "broken.gift:5: question \"q3\" (#3): the answer block opened with { is never closed"
        ),
        "{skipped:?}"
    );
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 1);
    assert_eq!(bank.questions()[0].id().as_str(), "one");
    assert_eq!(
        (imported.questions_in_file, imported.skipped_questions()),
        (3, 2)
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
fn aiken_skips_a_question_without_answer_line_or_with_an_unknown_letter_and_keeps_the_rest() {
    let imported = import("lightsail-aiken.txt", &fixture("lightsail-aiken.txt"));
    assert_eq!(
        skipped_of(&imported),
        [
            "lightsail-aiken.txt:14: question \"q3\" (#3): this question has no ANSWER: line after its choices; the question is skipped",
            "lightsail-aiken.txt:22: question \"q4\" (#4): answer \"e\" is not one of the choices a, b; the question is skipped",
        ]
    );
    assert_eq!(bank_of(&imported).questions().len(), 2);
    assert_eq!(imported.questions_in_file, 4);
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
        errors
            .iter()
            .any(|e| e.starts_with("order.txt:1: choice A comes before any question text")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("order.txt:5: question \"q1\" (#1): choice C is out of order")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e == "order.txt: the file's only question cannot be used"),
        "nothing usable is left, so the file is refused: {errors:?}"
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
fn markdown_answers_skips_questions_without_answers_or_with_unknown_letters() {
    let imported = import("practice-answers.md", &fixture("practice-answers.md"));
    let skipped = skipped_of(&imported);
    assert!(skipped.iter().any(|e| e.starts_with("practice-answers.md:43: question \"q4\" (#4): answer \"c\" is not one of the choices a, b")), "{skipped:?}");
    assert!(skipped.iter().any(|e| e == "practice-answers.md:46: question \"q5\" (#5): this question has no \"Correct answer: …\" line; the question is skipped"), "{skipped:?}");
    assert_eq!(bank_of(&imported).questions().len(), 3);
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
fn task_list_skips_a_question_with_nothing_ticked() {
    let imported = import("quiz-tasks.md", &fixture("quiz-tasks.md"));
    assert_eq!(
        skipped_of(&imported),
        [
            "quiz-tasks.md:41: question \"q4\" (#4): this question has no right option: tick one with - [x]; the question is skipped"
        ]
    );
    assert_eq!(bank_of(&imported).questions().len(), 3);
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
fn a_json_bank_that_is_not_utf8_or_is_utf16_is_refused_with_a_reason() {
    // A Latin-1 "é" inside a string on the third line.
    let mut bytes = b"{\n  \"id\": \"x\",\n  \"title\": \"caf".to_vec();
    bytes.extend(b"\xe9\"\n}");
    assert_eq!(
        errors_of(&import("latin1.json", &bytes)),
        ["latin1.json:3: the file is not valid UTF-8 text here; save it as UTF-8"]
    );
    let errors = errors_of(&import("wide.json", b"\xff\xfe{\0}\0"));
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
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/questions/aws-other-compute.json"
    ))
    .unwrap();
    assert_round_trip(&parse_bank("bundled.json", &bundled).unwrap());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let big = vec![b' '; exam_engine::import::MAX_FILE_BYTES + 1];
    let errors = errors_of(&import("huge.json", &big));
    assert!(
        errors[0].contains("the largest question file this app reads is 20 MB"),
        "{errors:?}"
    );
}

// What real files hold: each variant is read, or its question skipped with a reason.

/// The prompts of a bank, for short assertions.
fn prompts(bank: &Bank) -> Vec<String> {
    bank.questions()
        .iter()
        .map(|q| q.prompt().source().to_owned())
        .collect()
}

#[test]
fn gift_reads_a_question_on_the_line_right_after_its_category() {
    let text = "$CATEGORY: $course$/top/Containers\n::Q1::Which registry? {=Amazon ECR ~Amazon S3}\n\n$CATEGORY: Lambda\nWhat runs code without servers? {=AWS Lambda ~Amazon EC2}\n";
    let bank_import = import_text("cat.gift", text);
    let bank = bank_of(&bank_import);
    assert_eq!(bank.questions().len(), 2);
    assert_eq!(bank.topic_name(&bank.questions()[0]), "Containers");
    assert_eq!(bank.topic_name(&bank.questions()[1]), "Lambda");
}

#[test]
fn gift_keeps_blank_lines_inside_an_answer_block_in_one_question() {
    let text = "Which service runs containers without servers? {\n=AWS Fargate\n\n~Amazon EC2\n\n~Amazon S3\n}\n\nNext one? {=Yes ~No}";
    let imported = import_text("blank.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 2, "{:?}", imported.skipped);
    assert_eq!(texts(bank, 0), ["AWS Fargate", "Amazon EC2", "Amazon S3"]);
}

#[test]
fn gift_reads_mixed_line_endings_no_final_newline_and_spacing_variants() {
    let text = "Cats {~is=are} animals.\r\n\r\nAnother line of the same file? {=a ~b}\n// a comment\r\n\r\nThe sky is blue. { TRUE }\n\nWater is dry.{F}";
    let imported = import_text("spacing.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 4, "{:?}", imported.skipped);
    assert_eq!(texts(bank, 0), ["is", "are"]);
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(answer(bank, 2), ["a"], "{{ TRUE }} is true");
    assert_eq!(answer(bank, 3), ["b"], "{{F}} is false");
}

#[test]
fn gift_reads_the_tilde_equals_idiom_as_one_right_answer() {
    let text = "Which is a container orchestrator? {~=Amazon ECS ~Amazon S3 ~Amazon RDS}";
    let imported = import_text("idiom.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(texts(bank, 0), ["Amazon ECS", "Amazon S3", "Amazon RDS"]);
    assert_eq!(answer(bank, 0), ["a"]);
}

#[test]
fn gift_reads_weights_only_multi_answers_and_one_where_every_option_is_right_with_a_warning() {
    let text = "Which THREE are compute? {~%33.33333%EC2 ~%33.33333%Lambda ~%33.33333%Fargate ~%-100%S3}\n\nSelect all that apply. {~%50%One ~%50%Two}\n";
    let imported = import_text("weights.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 2, "{:?}", imported.skipped);
    assert_eq!(answer(bank, 0), ["a", "b", "c"]);
    assert_eq!(answer(bank, 1), ["a", "b"]);
    assert!(
        warnings_of(&imported).iter().any(|w| w.starts_with(
            "weights.gift:3: warning: question \"q2\": every choice is right, so \"Choose 2\" tells candidates the answer"
        )),
        "{:?}",
        warnings_of(&imported)
    );
}

#[test]
fn gift_skips_a_question_with_two_answer_blocks_and_keeps_the_others() {
    let text = "The {=cat ~dog} sat on the {=mat ~hat}.\n\nOne block? {=Yes ~No}\n";
    let imported = import_text("two.gift", text);
    assert_eq!(prompts(bank_of(&imported)), ["One block?"]);
    assert_eq!(
        skipped_of(&imported),
        [
            "two.gift:1: question \"q1\" (#1): this question has a second answer block {…}; a question may have only one; the question is skipped"
        ]
    );
}

#[test]
fn gift_reads_feedback_and_general_feedback_running_over_lines() {
    let text = "::Fargate::Who patches the hosts of Fargate tasks? {\n=AWS#Right: AWS runs\nthe hosts.\n~You#No: with Fargate\nthere are no hosts to manage.\n####Fargate is serverless\nfor containers.\n}";
    let imported = import_text("feedback.gift", text);
    let bank = bank_of(&imported);
    let q = &bank.questions()[0];
    assert_eq!(
        q.choices()[0].explanation().map(|e| e.source()),
        Some("Right: AWS runs\nthe hosts.")
    );
    assert_eq!(
        q.explanation().source(),
        "Fargate is serverless\nfor containers."
    );
}

#[test]
fn gift_drops_format_tags_on_answers_and_reads_a_title_alone_on_its_line() {
    let text = "::Title alone::\n[markdown]Which runs **functions**? {\n=[html]AWS Lambda#[moodle]Yes\n~[plain]Amazon EC2\n}";
    let imported = import_text("tags.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions()[0].id().as_str(), "title-alone");
    assert_eq!(prompts(bank), ["Which runs **functions**?"]);
    assert_eq!(texts(bank, 0), ["AWS Lambda", "Amazon EC2"]);
    assert_eq!(
        bank.questions()[0].choices()[0]
            .explanation()
            .map(|e| e.source()),
        Some("Yes")
    );
}

#[test]
fn gift_reads_cyrillic_french_spanish_and_typographic_quotes() {
    let text = "::Вопрос::Какой сервис запускает код без серверов? {=AWS Lambda ~Amazon EC2}\n\nQuel service «sans serveur» exécute des conteneurs ? {=AWS Fargate ~Amazon EC2}\n\n¿Qué servicio es un “registro” de contenedores? {=Amazon ECR ~Amazon SNS}\n";
    let imported = import_text("langs.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 3, "{:?}", imported.skipped);
    assert_eq!(
        prompts(bank)[2],
        "¿Qué servicio es un “registro” de contenedores?"
    );
    assert_eq!(bank.questions()[1].id().as_str(), "q2");
}

#[test]
fn aiken_reads_both_label_styles_labels_without_a_space_punctuation_options_and_lower_case_answers()
{
    let text = "Which is serverless?\r\nA) Amazon EC2\r\nB)AWS Lambda\r\nC. Amazon Lightsail\r\nanswer: B\r\n\r\nPick the symbol for \"and\".\nA. &\nB. |\nC. ...\nAnswer: a\n";
    let imported = import_text("labels.txt", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 2, "{:?}", imported.skipped);
    assert_eq!(
        texts(bank, 0),
        ["Amazon EC2", "AWS Lambda", "Amazon Lightsail"]
    );
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(texts(bank, 1), ["&", "|", "..."]);
    assert_eq!(answer(bank, 1), ["a"]);
}

#[test]
fn aiken_imports_the_good_questions_of_a_file_with_broken_ones() {
    let text = "Good one?\nA. Yes\nB. No\nANSWER: A\n\nNo answer line?\nA. Yes\nB. No\n\nLetter out of range?\nA. Yes\nB. No\nANSWER: F\n\nGood two?\nA. Yes\nB. No\nANSWER: B\n";
    let imported = import_text("mixed.txt", text);
    assert_eq!(prompts(bank_of(&imported)), ["Good one?", "Good two?"]);
    assert_eq!(imported.skipped_questions(), 2);
    assert_eq!(imported.questions_in_file, 4);
}

#[test]
fn markdown_answers_reads_joined_and_listed_answer_letters() {
    let text = "1. Which TWO?\n    - A. One\n    - B. Two\n    - C. Three\n    - D. Four\n    - E. Five\n\n    Correct answer: B, E\n\n2. Which TWO again?\n    - A. One\n    - B. Two\n    - C. Three\n\n    Correct Answer: AC\n\n3. And once more?\n    - A. One\n    - B. Two\n    - C. Three\n    - D. Four\n    - E. Five\n\n    Correct Answer: BE\n";
    let imported = import_text("letters.md", text);
    let bank = bank_of(&imported);
    assert_eq!(answer(bank, 0), ["b", "e"]);
    assert_eq!(answer(bank, 1), ["a", "c"]);
    assert_eq!(answer(bank, 2), ["b", "e"]);
}

#[test]
fn markdown_answers_does_not_read_letters_from_the_explanation_after_the_answer() {
    let text = "1. Which runs containers without servers?\n    - A. Amazon EC2\n    - B. AWS Fargate\n    - C. Amazon S3\n\n    <details markdown=\"span\"><summary markdown='span'>Answer</summary>\n\n      Correct answer: B\n        Explanation: A and C are not container services.\n\n    </details>\n";
    let imported = import_text("explained.md", text);
    let bank = bank_of(&imported);
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(
        bank.questions()[0].explanation().source(),
        "A and C are not container services."
    );
}

#[test]
fn markdown_answers_turns_line_break_tags_into_new_lines() {
    let text = "1. First line<br/>second line<br>third<BR />\n    - A. One<br/>more\n    - B. Two\n\n    Correct answer: A\n";
    let imported = import_text("breaks.md", text);
    let bank = bank_of(&imported);
    assert_eq!(prompts(bank), ["First line\nsecond line\nthird"]);
    assert_eq!(texts(bank, 0)[0], "One\nmore");
}

#[test]
fn markdown_answers_puts_shuffled_letters_in_order_and_skips_gaps() {
    let text = "1. Shuffled?\n    - B. Two\n    - A. One\n    - C. Three\n\n    Correct answer: B\n\n2. With a gap?\n    - A. One\n    - C. Three\n\n    Correct answer: A\n";
    let imported = import_text("order.md", text);
    let bank = bank_of(&imported);
    assert_eq!(texts(bank, 0), ["One", "Two", "Three"]);
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(
        skipped_of(&imported),
        [
            "order.md:9: question \"q2\" (#2): the options are lettered A, C: each letter from A on must appear once; the question is skipped"
        ]
    );
}

#[test]
fn markdown_answers_reads_front_matter_and_skips_an_introduction() {
    let text = "---\ntitle: Week 3 quiz\npass_mark_percent: 80\n---\n\nThese questions cover containers. Read the notes first.\n\n1. Which is a registry?\n    - A. Amazon ECR\n    - B. Amazon SQS\n\n    Correct answer: A\n";
    let imported = import_text("intro.md", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.title(), "Week 3 quiz");
    assert_eq!(bank.pass_mark().percent(), 80);
    assert_eq!(prompts(bank), ["Which is a registry?"]);
}

#[test]
fn task_list_reads_crlf_a_preamble_with_links_and_images_before_options() {
    let text = "# Practice\r\n\r\nContents:\r\n- [Lambda](#lambda)\r\n- [Containers](#containers)\r\n\r\nSee [the guide](https://example.com) first.\r\n\r\n### Which service is shown?\r\n![diagram](images/diagram.png)\r\n- [ ] Amazon S3\r\n- [X] AWS Lambda\r\n";
    let imported = import_text("crlf.md", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 1, "{:?}", imported.skipped);
    assert_eq!(answer(bank, 0), ["b"]);
    assert!(prompts(bank)[0].contains("![diagram](images/diagram.png)"));
}

#[test]
fn task_list_reads_empty_boxes_and_skips_a_question_with_an_unclear_box() {
    let text =
        "### One?\n- [] Wrong\n- [x] Right\n\n### Two?\n- [ ] Wrong\n- [c] Typo\n- [x] Right\n";
    let imported = import_text("boxes.md", text);
    let bank = bank_of(&imported);
    assert_eq!(prompts(bank), ["One?"]);
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(
        skipped_of(&imported),
        [
            "boxes.md:7: question \"q2\" (#2): the option box [c] is neither [x] (right) nor [ ] (wrong); the question is skipped"
        ]
    );
}

#[test]
fn task_list_takes_indented_code_under_an_option_as_its_text() {
    let text = "### Which prints 2?\n- [ ] :\n    ```python\n    if True:\n        print(1)\n    ```\n- [x] :\n        print(2)\n- [ ] Neither\n";
    let imported = import_text("code.md", text);
    let bank = bank_of(&imported);
    assert_eq!(
        texts(bank, 0),
        [
            "```python\nif True:\n    print(1)\n```",
            "```\nprint(2)\n```",
            "Neither"
        ]
    );
    assert_eq!(answer(bank, 0), ["b"]);
}

#[test]
fn task_list_reads_past_an_unclosed_code_fence_and_a_file_ending_mid_question() {
    let text = "### First?\n```\n- [x] Yes\n- [ ] No\n\n### Second?\n- [x] Yes\n- [ ] No\n\n### Third, cut off?\n";
    let imported = import_text("fence.md", text);
    let bank = bank_of(&imported);
    assert_eq!(prompts(bank).len(), 2, "{:?}", imported.skipped);
    assert!(
        warnings_of(&imported)
            .iter()
            .any(|w| w.contains("fence.md:2: warning: this code fence is never closed")),
        "{:?}",
        warnings_of(&imported)
    );
}

#[test]
fn task_list_reads_quizdown_wrapped_in_a_directive_or_a_code_block() {
    for text in [
        ":::{quizdown}\n---\ntitle: Wrapped\n---\n### Which?\n- [x] Right\n- [ ] Wrong\n:::\n",
        "Some page text.\n\n```quizdown\n---\ntitle: Wrapped\n---\n### Which?\n- [x] Right\n- [ ] Wrong\n```\n",
    ] {
        let imported = import_text("wrapped.md", text);
        let bank = bank_of(&imported);
        assert_eq!(bank.title(), "Wrapped", "{text}");
        assert_eq!(answer(bank, 0), ["a"], "{text}");
    }
}

#[test]
fn a_question_with_the_same_choice_text_twice_is_skipped_with_a_reason() {
    let text = "Which box?\nA. Box 1: Yes Box 2: No\nB. Box 1: Yes Box 2: No\nC. Box 1: No Box 2: No\nANSWER: A\n\nGood?\nA. Yes\nB. No\nANSWER: A\n";
    let imported = import_text("boxes.txt", text);
    assert_eq!(prompts(bank_of(&imported)), ["Good?"]);
    let skipped = skipped_of(&imported);
    assert!(
        skipped[0].contains("choices[1].text \"Box 1: Yes Box 2: No\" repeats another choice; the question is skipped"),
        "{skipped:?}"
    );
}

#[test]
fn a_hosted_json_bank_keeps_its_good_questions_and_lowers_a_default_count_it_no_longer_has() {
    let mut bank = common::bank_json();
    bank["questions"][1]["answer"] = serde_json::json!("zz");
    bank["default_question_count"] = serde_json::json!(6);
    let imported = import("typo.json", bank.to_string().as_bytes());
    let checked = bank_of(&imported);
    assert_eq!(checked.questions().len(), 5);
    assert_eq!(checked.default_question_count(), 5);
    assert!(checked.question(&Id::parse("q2").unwrap()).is_none());
    assert!(
        checked.question(&Id::parse("q3").unwrap()).is_some(),
        "the others are found by id"
    );
    assert!(
        warnings_of(&imported)
            .iter()
            .any(|w| w.contains("default_question_count 6 is more than the 5 usable questions")),
        "{:?}",
        warnings_of(&imported)
    );
}

#[test]
fn markdown_answers_reads_a_first_option_glued_to_its_question_line() {
    let text = "31. Who patches the guest OS of EC2 instances?    - A. AWS\n    - B. The customer\n\n    Correct Answer: B\n";
    let imported = import_text("glued.md", text);
    let bank = bank_of(&imported);
    assert_eq!(
        prompts(bank),
        ["Who patches the guest OS of EC2 instances?"]
    );
    assert_eq!(texts(bank, 0), ["AWS", "The customer"]);
    assert_eq!(answer(bank, 0), ["b"]);
}

#[test]
fn markdown_answers_skips_an_answer_line_without_option_letters_and_says_what_it_read() {
    let text = "1. Which TWO?\n    - A. One\n    - B. Two\n    - C. Three\n\n    Correct Answer: Ac\n\n2. Good?\n    - A. Yes\n    - B. No\n\n    Correct Answer: A\n";
    let imported = import_text("typo.md", text);
    assert_eq!(prompts(bank_of(&imported)), ["Good?"]);
    assert_eq!(
        skipped_of(&imported),
        [
            "typo.md:6: question \"q1\" (#1): the answer line \"Ac\" names no option letter (A, B, …); the question is skipped"
        ]
    );
}

#[test]
fn task_list_folds_a_run_of_numbered_lines_without_boxes_into_one_warning() {
    let text = "## Put these in order\n\n1. One\n2. Two\n3. Three\n\n### Which?\n- [x] Right\n- [ ] Wrong\n";
    let imported = import_text("sequence.md", text);
    assert_eq!(prompts(bank_of(&imported)), ["Which?"]);
    let warnings = warnings_of(&imported);
    assert_eq!(
        warnings[0],
        "sequence.md:3: warning: numbered lines 3 to 5 have no [x] or [ ] options below them; not read as questions"
    );
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.contains("numbered line"))
            .count(),
        1,
        "{warnings:?}"
    );
}

#[test]
fn front_matter_names_when_facts_were_checked_and_where_to_report_a_problem() {
    let text = "---\ntitle: Week 3\nfacts_checked: 2026-11-01\nreport_url: mailto:teacher@example.org?subject={bank}%20{question}\n---\n### Which?\n- [x] Right\n- [ ] Wrong\n";
    let imported = import_text("week3.md", text);
    let bank = bank_of(&imported);
    assert_eq!(
        bank.facts_checked().map(|d| d.to_string()).as_deref(),
        Some("2026-11-01")
    );
    assert_eq!(
        bank.report_address(&bank.questions()[0]).as_deref(),
        Some("mailto:teacher@example.org?subject=week3%20q1")
    );
}

#[test]
fn gift_ends_an_answer_block_never_closed_at_the_next_question_after_a_blank_line() {
    let text = "First? {=Yes ~No\n\nSecond? {=Right ~Wrong}\n\nThird? {\n=A\n\n~B\n}\n";
    let imported = import_text("unclosed.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(prompts(bank), ["Second?", "Third?"]);
    assert_eq!(
        texts(bank, 1),
        ["A", "B"],
        "answers after a blank line still belong"
    );
    let skipped = skipped_of(&imported);
    assert!(
        skipped[0].starts_with(
            "unclosed.gift:1: question \"q1\" (#1): the answer block opened with { is never closed"
        ),
        "{skipped:?}"
    );
}

#[test]
fn a_repeated_prompt_after_a_skipped_question_is_warned_about_at_its_own_line() {
    let text = "Which service runs containers?\nA. Amazon ECS\nB. Amazon S3\n\n\
                Which service runs functions?\nA. AWS Lambda\nB. Amazon S3\nANSWER: A\n\n\
                Which service runs functions?\nA. AWS Lambda\nB. Amazon EC2\nANSWER: A\n";
    let imported = import_text("repeats.txt", text);
    assert_eq!(bank_of(&imported).questions().len(), 2);
    let repeats: Vec<String> = warnings_of(&imported)
        .into_iter()
        .filter(|w| w.contains("repeats the prompt"))
        .collect();
    assert_eq!(
        repeats,
        ["repeats.txt:10: warning: question \"q3\" repeats the prompt of question \"q2\" (line 5)"]
    );
}

#[test]
fn a_json_repeated_prompt_after_a_question_the_checks_skipped_is_warned_about_at_its_own_line() {
    let text = r#"{
  "format": 1,
  "id": "repeats",
  "title": "Repeats",
  "description": "Prompts said twice.",
  "topics": ["Compute"],
  "questions": [
    {
      "id": "broken",
      "topic": "Compute",
      "prompt": "Which service runs containers?",
      "choices": [{"id": "a", "text": "Amazon ECS"}, {"id": "b", "text": "Amazon S3"}],
      "answer": "z",
      "explanation": "ECS runs containers."
    },
    {
      "id": "first",
      "topic": "Compute",
      "prompt": "Which service runs functions?",
      "choices": [{"id": "a", "text": "AWS Lambda"}, {"id": "b", "text": "Amazon S3"}],
      "answer": "a",
      "explanation": "Lambda runs functions."
    },
    {
      "id": "again",
      "topic": "Compute",
      "prompt": "Which service runs functions?",
      "choices": [{"id": "a", "text": "AWS Lambda"}, {"id": "b", "text": "Amazon EC2"}],
      "answer": "a",
      "explanation": "Lambda runs functions."
    }
  ]
}"#;
    let imported = import_text("repeats.json", text);
    assert_eq!(bank_of(&imported).questions().len(), 2);
    assert_eq!(
        warnings_of(&imported),
        [
            "repeats.json:24: warning: question \"again\" repeats the prompt of question \"first\" (line 16)"
        ]
    );
}

#[test]
fn an_import_passed_as_text_between_worker_and_page_arrives_whole() {
    use exam_engine::import::transfer;
    for (file, bytes) in [
        ("containers.gift", fixture("containers.gift")),
        ("quiz-tasks.md", fixture("quiz-tasks.md")),
        ("broken.gift", b"::q1:: no answer block here\n".to_vec()),
    ] {
        let imported = import(file, &bytes);
        let arrived = transfer::read(file, &transfer::write(&imported)).unwrap();
        assert_eq!(arrived.format, imported.format, "{file}");
        // Problems and warnings travel in words, and the page shows exactly those words.
        let words = |imported: &Imported| {
            let problems = match &imported.bank {
                Ok(_) => Vec::new(),
                Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
            };
            let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
            let skipped: Vec<String> = imported.skipped.iter().map(ToString::to_string).collect();
            (problems, warnings, skipped)
        };
        assert_eq!(words(&arrived), words(&imported), "{file}");
        assert_eq!(
            arrived.bank.as_ref().ok(),
            imported.bank.as_ref().ok(),
            "{file}"
        );
        assert!(
            !words(&imported).1.is_empty()
                || !words(&imported).2.is_empty()
                || imported.bank.is_err(),
            "{file}: the fixtures show problems or warnings travel"
        );
        assert_eq!(
            arrived.questions_in_file, imported.questions_in_file,
            "{file}"
        );
    }
    let nonsense = transfer::Parts {
        summary: "{\"format\": 1}".to_owned(),
        questions: Vec::new(),
    };
    assert!(transfer::read("x.gift", &nonsense).is_err());
}

#[test]
fn a_large_import_passes_in_parts_and_is_checked_again_whole() {
    use exam_engine::import::transfer::{self, QUESTIONS_PER_PART};
    let block = String::from_utf8(fixture("containers.gift")).unwrap();
    // The fixture's questions, renamed, many times over: more questions than one part holds.
    let text: String = (0..80)
        .map(|copy| block.replace("::", &format!("::c{copy}-")))
        .collect::<Vec<_>>()
        .join("\n\n");
    let imported = import("many.gift", text.as_bytes());
    let bank = bank_of(&imported);
    assert!(
        bank.questions().len() > 2 * QUESTIONS_PER_PART,
        "{}",
        bank.questions().len()
    );
    let parts = transfer::write(&imported);
    assert_eq!(
        parts.questions.len(),
        bank.questions().len().div_ceil(QUESTIONS_PER_PART)
    );
    let arrived = transfer::read("many.gift", &parts).unwrap();
    assert_eq!(arrived.bank, imported.bank);

    // A part that went missing is found: the bank is checked again against its own count.
    let mut short = transfer::write(&imported);
    short.questions.pop();
    let problem = transfer::read("many.gift", &short).unwrap_err();
    assert!(problem.contains("questions arrived"), "{problem}");
}

#[test]
fn only_json_banks_are_read_by_the_page_itself() {
    use exam_engine::import::{import_json, is_json};
    assert!(is_json("bank.json", b"{}"));
    assert!(is_json("bank.txt", b"  {\"format\": 1}"));
    assert!(!is_json("week3.gift", &fixture("containers.gift")));
    assert!(!is_json("lightsail.txt", &fixture("lightsail-aiken.txt")));
    assert!(!is_json("quiz.md", &fixture("quiz-tasks.md")));
    let json = to_json(bank_of(&import(
        "containers.gift",
        &fixture("containers.gift"),
    )));
    assert_eq!(
        import_json("c.json", json.as_bytes()).bank,
        import("c.json", json.as_bytes()).bank
    );
}

#[test]
fn gift_reads_arrows_inside_multiple_choice_answers_as_text_not_as_matching() {
    let text = "::Coffee::How do you make instant coffee?{~go to starbucks -> order a coffee =get coffee powder -> add water}\n\n::Menu::¿Dónde se configura la página?{=archivo->configurar página ~insertar->tabla ~ver->zoom}\n\n::Pairs::Match the service to its use.{=Lambda -> functions =Fargate -> containers}\n";
    let imported = import_text("arrows.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 2, "{:?}", warnings_of(&imported));
    assert_eq!(
        texts(bank, 0),
        [
            "go to starbucks -> order a coffee",
            "get coffee powder -> add water"
        ]
    );
    assert_eq!(answer(bank, 0), ["b"]);
    assert_eq!(
        texts(bank, 1),
        ["archivo->configurar página", "insertar->tabla", "ver->zoom"]
    );
    assert!(
        warnings_of(&imported)
            .iter()
            .any(|w| w.starts_with("arrows.gift:5: warning: \"Pairs\" is a matching question")),
        "{:?}",
        warnings_of(&imported)
    );
}

#[test]
fn gift_reads_html_from_moodle_as_markup_with_no_tag_or_reference_left() {
    let imported = import("moodle-html.gift", &fixture("moodle-html.gift"));
    let bank = bank_of(&imported);
    assert_eq!(bank.questions().len(), 5, "{:?}", imported.skipped);
    assert_eq!(
        prompts(bank)[0],
        "¿En qué\u{a0}supuestos puede actuar la **policía local** *fuera* de su término municipal?"
    );
    assert_eq!(
        texts(bank, 0),
        [
            "Cuando lo requiera la autoridad competente",
            "Nunca, en ningún caso",
            "Solo los días festivos"
        ]
    );
    let first = &bank.questions()[0];
    assert_eq!(
        first.choices()[0].explanation().map(|e| e.source()),
        Some("Correcto, así lo prevé la ley.")
    );
    assert_eq!(
        first.explanation().source(),
        "La ley permite actuar fuera del término cuando lo pide la *autoridad competente*."
    );
    assert_eq!(texts(bank, 1)[0], "archivo->configurar página");
    assert_eq!(
        prompts(bank)[2],
        "Dans une étude *cas-témoins*, quelle mesure d'association calcule-t-on\u{a0}?\n\n- une seule réponse"
    );
    assert_eq!(texts(bank, 2)[1], "L'**odds ratio**");
    assert_eq!(
        prompts(bank)[4],
        "Une cohorte suit des sujets\n\nexposés et non exposés.\n\nQue mesure-t-on ?",
        "[moodle] keeps its line ends"
    );
    for question in bank.questions() {
        let mut shown = vec![
            question.prompt().plain_text(),
            question.explanation().plain_text(),
        ];
        shown.extend(question.choices().iter().map(|c| c.text().plain_text()));
        for text in shown {
            assert!(
                !text.contains('<') && !text.contains("&nbsp;") && !text.contains("&eacute;"),
                "{text}"
            );
        }
    }
    assert_eq!(
        warnings_of(&imported),
        [
            "moodle-html.gift:32: warning: a picture (\"courbe épidémique\") is left out of this text, since this app cannot show pictures yet"
        ]
    );
}

#[test]
fn gift_answers_share_the_question_format_unless_they_name_their_own() {
    let text = "[html]<p>Pick <b>one</b></p>{=<i>right</i>#<p>yes&nbsp;!</p> ~[plain]<i>as written</i> ~[markdown]**bold**}";
    let imported = import_text("own.gift", text);
    let bank = bank_of(&imported);
    assert_eq!(prompts(bank), ["Pick **one**"]);
    assert_eq!(texts(bank, 0), ["*right*", "<i>as written</i>", "**bold**"]);
    assert_eq!(
        bank.questions()[0].choices()[0]
            .explanation()
            .map(|e| e.source()),
        Some("yes\u{a0}!")
    );
}

#[test]
fn a_bank_says_its_language_in_json_or_front_matter_and_keeps_it_through_an_export() {
    let mut json = common::bank_json();
    json["language"] = "pt-BR".into();
    let imported = import_text("sample.json", &json.to_string());
    let bank = bank_of(&imported);
    assert_eq!(bank.language().map(|tag| tag.as_str()), Some("pt-BR"));
    assert_eq!(
        bank_of(&import_text("again.json", &to_json(bank)))
            .language()
            .map(|tag| tag.as_str()),
        Some("pt-BR")
    );
    let text =
        "---\ntitle: Semaine 3\nlanguage: fr\n---\n### Lequel ?\n- [x] Celui-ci\n- [ ] Celui-là\n";
    let markdown = import_text("semaine3.md", text);
    assert_eq!(
        bank_of(&markdown).language().map(|tag| tag.as_str()),
        Some("fr")
    );
}

#[test]
fn a_language_that_is_no_tag_is_noted_and_the_bank_is_used_without_one() {
    let mut json = common::bank_json();
    json["language"] = "French".into();
    let imported = import_text("sample.json", &json.to_string());
    let bank = bank_of(&imported);
    assert_eq!(bank.language(), None);
    let noted: Vec<String> = skipped_of(&imported)
        .into_iter()
        .chain(warnings_of(&imported))
        .collect();
    assert!(
        noted
            .iter()
            .any(|message| message.contains(r#"language "French" is not a BCP 47"#)),
        "{noted:?}"
    );
}
