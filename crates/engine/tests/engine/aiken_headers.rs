//! The Aiken reader on files from converters: header lines and text that no choices follow are
//! warned about at their line and left out, never glued into a question's text.

use exam_engine::import::{Imported, import};

fn prompts(imported: &Imported) -> Vec<String> {
    match &imported.bank {
        Ok(bank) => bank
            .questions()
            .iter()
            .map(|q| q.prompt().source().to_owned())
            .collect(),
        Err(errors) => panic!("expected a bank, got:\n{errors}"),
    }
}

/// The warnings about text outside questions; Aiken files always have the one about missing
/// explanations too, which these tests leave aside.
fn warnings(imported: &Imported) -> Vec<String> {
    imported
        .warnings
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.contains("to no question"))
        .collect()
}

/// A typed-Aiken export as converters write it: a category header, a question-type marker before
/// each question and feedback after its answer line.
const CONVERTED: &str = "category
CORE
Por defecto en CORE

multichoice
¿Qué servicio ejecuta contenedores sin servidores que gestionar?
A. Amazon EC2
B. AWS Fargate
ANSWER: B
Feedback: Fargate no tiene instancias que gestionar.

multichoice
¿Qué servicio guarda imágenes de contenedores?
A. Amazon ECR
B. AWS Batch
ANSWER: A
";

#[test]
fn aiken_leaves_a_converter_s_header_lines_out_of_the_questions() {
    let imported = import("converted.txt", CONVERTED.as_bytes());
    assert_eq!(
        prompts(&imported),
        [
            "¿Qué servicio ejecuta contenedores sin servidores que gestionar?",
            "¿Qué servicio guarda imágenes de contenedores?"
        ]
    );
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
}

#[test]
fn aiken_warns_about_each_header_at_its_line() {
    let imported = import("converted.txt", CONVERTED.as_bytes());
    let warnings = warnings(&imported);
    for (line, start) in [
        (
            1,
            "converted.txt:1: warning: \"category\" and the lines after it belong to no question (3 lines)",
        ),
        (
            5,
            "converted.txt:5: warning: \"multichoice\" belongs to no question",
        ),
        (
            10,
            "converted.txt:10: warning: \"Feedback: Fargate no tiene instancias que gestionar.\" belongs to no question",
        ),
        (
            12,
            "converted.txt:12: warning: \"multichoice\" belongs to no question",
        ),
    ] {
        assert!(
            warnings.iter().any(|w| w.starts_with(start)),
            "line {line}: {warnings:#?}"
        );
    }
    assert_eq!(warnings.len(), 4, "{warnings:#?}");
}

#[test]
fn aiken_ends_question_text_at_a_blank_line_and_warns_about_text_no_choices_follow() {
    let text = "An introduction to the quiz.\nIt has two lines.\n\nWhich runs functions?\nA. AWS Lambda\nB. Amazon ECR\nANSWER: A\n";
    let imported = import("intro.txt", text.as_bytes());
    assert_eq!(prompts(&imported), ["Which runs functions?"]);
    assert_eq!(
        warnings(&imported),
        [
            "intro.txt:1: warning: \"An introduction to the quiz.\" and the line after it belong to no question: an Aiken question is the text just before its choices; left out"
        ]
    );
}

#[test]
fn aiken_still_reads_a_question_over_several_lines_without_a_blank_line() {
    let text =
        "A team wants no servers.\nWhich service fits?\nA. AWS Lambda\nB. Amazon EC2\nANSWER: A\n";
    let imported = import("lines.txt", text.as_bytes());
    assert_eq!(
        prompts(&imported),
        ["A team wants no servers.\nWhich service fits?"]
    );
    assert!(warnings(&imported).is_empty());
}

#[test]
fn aiken_keeps_a_question_open_across_feedback_between_its_choices_and_its_answer() {
    let text = "Which stores images?\nA. Amazon ECR\nB. AWS Batch\nFeedback: ECR is a registry.\nANSWER: A\n";
    let imported = import("between.txt", text.as_bytes());
    assert_eq!(prompts(&imported), ["Which stores images?"]);
    assert_eq!(warnings(&imported).len(), 1, "{:?}", warnings(&imported));
}

#[test]
fn aiken_quotes_a_long_stray_line_only_in_part() {
    let long = "x".repeat(100);
    let text = format!("{long}\n\nQ?\nA. One\nB. Two\nANSWER: A\n");
    let imported = import("long.txt", text.as_bytes());
    let warnings = warnings(&imported);
    assert!(
        warnings[0].starts_with(&format!(
            "long.txt:1: warning: \"{}…\" belongs",
            "x".repeat(60)
        )),
        "{warnings:?}"
    );
}
