//! The Moodle XML reader, on Moodle's own test exports (tests/fixtures/import/moodle-*.xml, from
//! moodle/moodle question/format/xml/tests/fixtures, GPL test data) and on small exports
//! written here for what those do not cover.

use exam_engine::bank::Bank;
use exam_engine::import::{Format, Imported, import};
use exam_engine::problem::ProblemKind;
use exam_engine::problem::{ReaderProblem, WarningKind};

use crate::common::import_fixture as fixture;

fn imported(name: &str) -> Imported {
    import(name, &fixture(name))
}

fn bank_of(imported: &Imported) -> &Bank {
    match &imported.bank {
        Ok(bank) => bank,
        Err(errors) => panic!("expected a bank, got:\n{errors}"),
    }
}

fn warnings_of(imported: &Imported) -> Vec<String> {
    imported.warnings.iter().map(ToString::to_string).collect()
}

fn answer(bank: &Bank, index: usize) -> Vec<&str> {
    bank.questions()[index]
        .answer()
        .iter()
        .map(|id| id.as_str())
        .collect()
}

fn texts(bank: &Bank, index: usize) -> Vec<&str> {
    bank.questions()[index]
        .choices()
        .iter()
        .map(|c| c.text().source())
        .collect()
}

/// A Moodle export holding the given questions.
fn quiz(questions: &str) -> Vec<u8> {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n{questions}\n</quiz>\n")
        .into_bytes()
}

#[test]
fn a_multiple_choice_export_gives_its_right_answer_and_each_choices_feedback() {
    let imported = imported("moodle-multichoice.xml");
    assert_eq!(imported.format, Some(Format::MoodleXml));
    let bank = bank_of(&imported);
    assert_eq!(bank.topics(), ["Multichoice"]);
    let question = &bank.questions()[0];
    assert_eq!(question.id().as_str(), "greeting");
    assert_eq!(bank.topic_name(question), "Multichoice");
    assert_eq!(
        question.prompt().source(),
        "Listen to this greeting:\n\nWhat language is being spoken?"
    );
    assert_eq!(texts(bank, 0), ["English", "French", "German", "Danish"]);
    assert_eq!(answer(bank, 0), ["b"]);
    let notes: Vec<Option<&str>> = question
        .choices()
        .iter()
        .map(|c| c.explanation().map(|e| e.source()))
        .collect();
    assert_eq!(
        notes,
        [
            Some("Sorry, listen again."),
            Some("Yes, well done!"),
            Some("Sorry, listen again."),
            Some("Sorry, listen again.")
        ]
    );
    // Without general feedback the right choice's feedback explains the question.
    assert_eq!(question.explanation().source(), "Yes, well done!");
}

#[test]
fn pictures_are_left_out_with_a_warning_at_their_line() {
    let imported = imported("moodle-multichoice.xml");
    let pictures: Vec<(Option<usize>, &WarningKind)> = imported
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, WarningKind::PictureLeftOut { .. }))
        .map(|w| (w.line, &w.kind))
        .collect();
    let alt = |text: &str| WarningKind::PictureLeftOut {
        alt: Some(text.into()),
    };
    assert_eq!(
        pictures,
        [
            (Some(39), &alt("British Flag")),
            (Some(45), &alt("French flag")),
            (Some(51), &alt("German flag")),
            (Some(57), &alt("Denmark flag")),
        ]
    );
}

#[test]
fn a_true_false_export_gives_two_choices_with_their_feedback_and_the_general_feedback() {
    let imported = imported("moodle-truefalse.xml");
    let bank = bank_of(&imported);
    assert_eq!(bank.topics(), ["TrueFalse"]);
    assert_eq!(texts(bank, 0), ["True", "False"]);
    assert_eq!(answer(bank, 0), ["b"]);
    let question = &bank.questions()[0];
    assert_eq!(
        question.prompt().source(),
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Education."
    );
    assert_eq!(
        question.explanation().source(),
        "For further information, see the [documentation about Moodle](http://docs.moodle.org/en/About_Moodle)."
    );
    assert_eq!(
        question.choices()[0].explanation().map(|e| e.source()),
        Some("Your answer is incorrect.")
    );
    let warnings = warnings_of(&imported);
    assert_eq!(warnings.len(), 4, "{warnings:#?}");
    assert!(warnings[0].contains("\"Moodle logo\""), "{warnings:#?}");
}

#[test]
fn categories_become_topics_and_other_types_are_skipped_by_name_and_type() {
    let imported = imported("moodle-nested-categories-with-questions.xml");
    let bank = bank_of(&imported);
    assert_eq!(bank.topics(), ["Iota", "Kappa", "Lambda", "Mu"]);
    let topics: Vec<&str> = bank
        .questions()
        .iter()
        .map(|q| bank.topic_name(q))
        .collect();
    assert_eq!(topics, ["Iota", "Kappa", "Lambda", "Mu"]);
    let skipped: Vec<_> = imported
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, WarningKind::UnsupportedMoodleType { .. }))
        .collect();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].line, Some(56));
    assert_eq!(
        skipped[0].kind,
        WarningKind::UnsupportedMoodleType {
            label: "Kappa Essay Question".into(),
            kind: "essay".into()
        }
    );
    assert_eq!(
        skipped[0].to_string(),
        "moodle-nested-categories-with-questions.xml:56: warning: \"Kappa Essay Question\" is a Moodle \"essay\" question, which this app does not take; skipped"
    );
}

#[test]
fn a_file_of_only_cloze_questions_is_refused_and_says_why_without_picture_warnings() {
    let imported = imported("moodle-multianswer.xml");
    assert!(imported.bank.is_err());
    let kinds: Vec<&WarningKind> = imported.warnings.iter().map(|w| &w.kind).collect();
    assert_eq!(
        kinds,
        [&WarningKind::UnsupportedMoodleType {
            label: "cloze with images".into(),
            kind: "cloze".into()
        }]
    );
}

#[test]
fn several_answers_count_every_positive_fraction_and_uneven_shares_are_warned_about() {
    let even = r#"<question type="multichoice"><name><text>Even</text></name>
  <questiontext format="html"><text>Pick two</text></questiontext>
  <single>false</single>
  <answer fraction="50"><text>A</text></answer>
  <answer fraction="-100"><text>B</text></answer>
  <answer fraction="50"><text>C</text></answer>
</question>"#;
    let thirds = r#"<question type="multichoice"><name><text>Thirds</text></name>
  <questiontext format="html"><text>Pick three</text></questiontext>
  <single>false</single>
  <answer fraction="33.33333"><text>A</text></answer>
  <answer fraction="33.33333"><text>B</text></answer>
  <answer fraction="33.33333"><text>C</text></answer>
  <answer fraction="0"><text>D</text></answer>
</question>"#;
    let uneven = r#"<question type="multichoice"><name><text>Uneven</text></name>
  <questiontext format="html"><text>Pick two again</text></questiontext>
  <single>false</single>
  <answer fraction="70"><text>A</text></answer>
  <answer fraction="30"><text>B</text></answer>
  <answer fraction="0"><text>C</text></answer>
</question>"#;
    let short = r#"<question type="multichoice"><name><text>Short</text></name>
  <questiontext format="html"><text>Pick one more</text></questiontext>
  <single>false</single>
  <answer fraction="40"><text>A</text></answer>
  <answer fraction="40"><text>B</text></answer>
  <answer fraction="0"><text>C</text></answer>
</question>"#;
    let imported = import("q.xml", &quiz(&[even, thirds, uneven, short].join("\n")));
    let bank = bank_of(&imported);
    assert_eq!(answer(bank, 0), ["a", "c"]);
    assert_eq!(answer(bank, 1), ["a", "b", "c"]);
    assert_eq!(answer(bank, 2), ["a", "b"]);
    assert_eq!(answer(bank, 3), ["a", "b"]);
    let kinds: Vec<&WarningKind> = imported
        .warnings
        .iter()
        .map(|w| &w.kind)
        .filter(|k| !matches!(k, WarningKind::NoExplanations { .. }))
        .collect();
    assert_eq!(
        kinds,
        [
            &WarningKind::UnevenCredit {
                label: "Uneven".into()
            },
            &WarningKind::WeightsNotHundred {
                label: "Short".into(),
                hundredths: 8000
            },
        ]
    );
}

#[test]
fn a_one_answer_question_takes_the_whole_mark_and_warns_of_partial_credit() {
    let partial = r#"<question type="multichoice"><name><text>Partial</text></name>
  <questiontext format="plain_text"><text>Which *one*?</text></questiontext>
  <generalfeedback format="markdown"><text>Because **A**.</text></generalfeedback>
  <answer fraction="100"><text>A</text></answer>
  <answer fraction="50"><text>B</text></answer>
  <answer fraction="0"><text>C</text></answer>
</question>"#;
    let imported = import("q.xml", &quiz(partial));
    let bank = bank_of(&imported);
    assert_eq!(answer(bank, 0), ["a"]);
    assert_eq!(bank.questions()[0].prompt().source(), "Which \\*one\\*?");
    assert_eq!(bank.questions()[0].explanation().source(), "Because **A**.");
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    assert_eq!(imported.warnings[0].line, Some(7));
    assert_eq!(
        imported.warnings[0].kind,
        WarningKind::PartialCredit {
            label: "Partial".into(),
            hundredths: 5000,
            choice: "B".into()
        }
    );
}

#[test]
fn a_question_without_a_right_answer_or_with_a_bad_fraction_is_skipped_at_its_line() {
    let none = r#"<question type="multichoice"><name><text>None right</text></name>
  <questiontext><text>Which?</text></questiontext>
  <answer fraction="0"><text>A</text></answer>
  <answer fraction="0"><text>B</text></answer>
</question>"#;
    let bad = r#"<question type="multichoice"><name><text>Bad fraction</text></name>
  <questiontext><text>Which one?</text></questiontext>
  <answer fraction="lots"><text>A</text></answer>
  <answer fraction="100"><text>B</text></answer>
</question>"#;
    let good = r#"<question type="truefalse"><name><text>Good</text></name>
  <questiontext><text>True?</text></questiontext>
  <answer fraction="100"><text>true</text></answer>
  <answer fraction="0"><text>false</text></answer>
</question>"#;
    let imported = import("q.xml", &quiz(&[none, bad, good].join("\n")));
    assert_eq!(bank_of(&imported).questions().len(), 1);
    let skipped: Vec<String> = imported.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(
        skipped,
        [
            "q.xml:5: question \"none-right\" (#1): \"None right\" has no right answer: no answer has a positive fraction; the question is skipped",
            "q.xml:10: question \"bad-fraction\" (#2): \"Bad fraction\": the answer's fraction \"lots\" is not a number; the question is skipped",
        ]
    );
}

#[test]
fn broken_xml_is_refused_with_its_line_and_another_xml_file_is_named_for_what_it_is() {
    let imported = import(
        "q.xml",
        b"<quiz>\n<question type=\"truefalse\">\n<name>\n</quiz>\n",
    );
    let errors = imported.bank.unwrap_err();
    assert_eq!(errors.0.len(), 1);
    assert_eq!(errors.0[0].line, Some(4));
    assert!(
        matches!(
            errors.0[0].kind,
            ProblemKind::Reader(ReaderProblem::XmlSyntax { .. })
        ),
        "{errors}"
    );
    let imported = import("feed.xml", b"<rss>\n</rss>\n");
    let errors = imported.bank.unwrap_err();
    assert_eq!(
        errors.to_string().trim(),
        "feed.xml:1: this XML file is not a Moodle question export: it holds <rss>, not <quiz>"
    );
}

#[test]
fn an_export_is_told_by_its_quiz_element_whatever_its_extension() {
    let imported = import("export.txt", &fixture("moodle-truefalse.xml"));
    assert_eq!(imported.format, Some(Format::MoodleXml));
    assert!(imported.bank.is_ok());
}

#[test]
fn a_bank_exported_as_moodle_xml_reads_back_with_its_topics_choices_answers_and_explanations() {
    let bank = crate::common::bank();
    let xml = exam_engine::export::moodle_xml::to_moodle_xml(&bank);
    let imported = import("bank.xml", xml.as_bytes());
    let again = bank_of(&imported);
    assert_eq!(again.topics(), bank.topics());
    assert_eq!(again.questions().len(), bank.questions().len());
    // The export lists questions topic by topic, so they are matched by id.
    for after in again.questions() {
        let before = bank.question(after.id()).expect("the same ids");
        assert_eq!(again.topic_name(after), bank.topic_name(before));
        assert_eq!(after.prompt(), before.prompt());
        assert_eq!(after.answer(), before.answer(), "{}", before.id());
        assert_eq!(after.choices(), before.choices(), "{}", before.id());
        assert!(
            after
                .explanation()
                .source()
                .starts_with(before.explanation().source())
        );
    }
    assert!(
        imported.warnings.iter().all(|w| !matches!(
            w.kind,
            WarningKind::UnevenCredit { .. } | WarningKind::WeightsNotHundred { .. }
        )),
        "{:?}",
        imported.warnings
    );
}
