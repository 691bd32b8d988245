//! Exports for an LMS's own quiz engine: GIFT reads back equal through this app's importer, and
//! Moodle XML has the structure of Moodle's documented multichoice question.

use exam_engine::bank::Bank;
use exam_engine::export::feedback_with_references;
use exam_engine::export::gift::to_gift;
use exam_engine::export::moodle_xml::to_moodle_xml;
use exam_engine::import::import;

use super::common;

/// A bank whose text holds every character GIFT escapes, line breaks, a topic with a slash, and
/// a "Choose 3" question.
fn awkward() -> Bank {
    let mut json = common::bank_json();
    json["topics"] = serde_json::json!(["Lambda", "Containers / ECS"]);
    for q in json["questions"].as_array_mut().unwrap() {
        if q["topic"] == "Containers" {
            q["topic"] = "Containers / ECS".into();
        }
    }
    json["questions"][0]["prompt"] =
        "Which is `a = b`? {Choose}: ~one~ #tag\nSecond line \\ end.".into();
    json["questions"][0]["choices"][0]["text"] = "=right ~ish".into();
    json["questions"][0]["choices"][0]["explanation"] = "Because: 50% #1 {yes}".into();
    json["questions"][1]["explanation"] = "Line one.\n\nLine *two*.".into();
    json["questions"][4]["prompt"] = "Pick three. (Choose 3)".into();
    json["questions"][4]["answer"] = serde_json::json!(["a", "c", "d"]);
    common::parse(&json).unwrap()
}

fn assert_gift_round_trip(bank: &Bank) {
    let text = to_gift(bank);
    let imported = import("export.gift", text.as_bytes());
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    let back = imported.bank.unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert_eq!(back.questions().len(), bank.questions().len());
    for q in bank.questions() {
        let r = back
            .question(q.id())
            .expect("every question comes back under its id");
        assert_eq!(back.topic_name(r), bank.topic_name(q), "{}", q.id());
        assert_eq!(
            r.prompt().source(),
            q.prompt().source().trim(),
            "{}",
            q.id()
        );
        assert_eq!(r.answer(), q.answer(), "{}", q.id());
        assert_eq!(r.choose(), q.choose());
        let pairs = q.choices().iter().zip(r.choices());
        for (c, d) in pairs {
            assert_eq!(d.id(), c.id());
            assert_eq!(d.text().source(), c.text().source().trim());
            assert_eq!(
                d.explanation().map(|m| m.source()),
                c.explanation().map(|m| m.source().trim())
            );
        }
        let expected = feedback_with_references(q.explanation().source(), q.references());
        assert_eq!(r.explanation().source(), expected, "{}", q.id());
    }
}

#[test]
fn a_gift_export_reads_back_equal_through_the_importer() {
    assert_gift_round_trip(&common::bundled_bank());
    assert_gift_round_trip(&awkward());
}

#[test]
fn a_gift_export_gives_each_right_choice_of_a_choose_n_question_an_equal_share() {
    let text = to_gift(&awkward());
    assert!(text.contains("~%33.33333%"), "{text}");
    assert!(text.contains("~%-100%"));
    assert!(text.contains("$CATEGORY: $course$/top/Sample bank/Containers // ECS"));
}

fn child<'a, 'input>(q: &roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    q.children()
        .find(|n| n.has_tag_name(name))
        .unwrap_or_else(|| panic!("no <{name}>"))
}

#[test]
fn a_moodle_xml_export_has_moodles_multichoice_structure() {
    let bank = awkward();
    let text = to_moodle_xml(&bank);
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let quiz = doc.root_element();
    assert_eq!(quiz.tag_name().name(), "quiz");
    let questions: Vec<_> = quiz
        .children()
        .filter(|n| n.has_tag_name("question"))
        .collect();
    let categories: Vec<String> = questions
        .iter()
        .filter(|q| q.attribute("type") == Some("category"))
        .map(|q| {
            q.descendants()
                .find(|n| n.has_tag_name("text"))
                .unwrap()
                .text()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        categories,
        [
            "$course$/top/Sample bank/Lambda",
            "$course$/top/Sample bank/Containers // ECS"
        ]
    );
    let multichoice: Vec<_> = questions
        .iter()
        .filter(|q| q.attribute("type") == Some("multichoice"))
        .collect();
    assert_eq!(multichoice.len(), bank.questions().len());
    let text_of = |n: roxmltree::Node| {
        n.descendants()
            .find(|t| t.has_tag_name("text"))
            .and_then(|t| t.text())
            .unwrap_or("")
            .to_owned()
    };
    for q in &multichoice {
        let id = text_of(child(q, "name"));
        let source = bank
            .question(&exam_engine::bank::Id::parse(&id).unwrap())
            .unwrap();
        assert_eq!(child(q, "idnumber").text(), Some(id.as_str()));
        assert_eq!(
            child(q, "questiontext").attribute("format"),
            Some("markdown")
        );
        assert_eq!(text_of(child(q, "questiontext")), source.prompt().source());
        assert_eq!(
            text_of(child(q, "generalfeedback")),
            feedback_with_references(source.explanation().source(), source.references())
        );
        let single = child(q, "single").text() == Some("true");
        assert_eq!(single, source.choose() == 1);
        for name in ["shuffleanswers", "answernumbering", "defaultgrade"] {
            child(q, name);
        }
        let answers: Vec<_> = q.children().filter(|n| n.has_tag_name("answer")).collect();
        assert_eq!(answers.len(), source.choices().len());
        let fractions: Vec<f64> = answers
            .iter()
            .map(|a| a.attribute("fraction").unwrap().parse().unwrap())
            .collect();
        let right_total: f64 = fractions.iter().filter(|f| **f > 0.0).sum();
        assert!(
            (right_total - 100.0).abs() < 0.01,
            "{id}: right choices add up to {right_total}"
        );
        for (answer, choice) in answers.iter().zip(source.choices()) {
            assert_eq!(text_of(*answer), choice.text().source());
            let fraction: f64 = answer.attribute("fraction").unwrap().parse().unwrap();
            assert_eq!(
                fraction > 0.0,
                source.is_correct_choice(choice.id()),
                "{id}"
            );
            if let Some(why) = choice.explanation() {
                assert_eq!(text_of(child(answer, "feedback")), why.source());
            }
        }
    }
    assert!(
        text.contains("Which is `a = b`?"),
        "text stays as written, escaped for XML only"
    );
}

#[test]
fn a_large_bank_without_a_time_limit_is_written_as_json_that_reads_back() {
    // 1,000 questions at the default pace would be 1,500 minutes, past the longest limit a bank
    // may give: the limit worked out is capped, so the JSON written reads back (kept banks, the
    // teachers' tools' answers).
    let mut bank = common::bank_json();
    let first = bank["questions"][0].clone();
    bank["questions"] = (0..1000)
        .map(|i| {
            let mut q = first.clone();
            q["id"] = format!("q{i}").into();
            q["prompt"] = format!("Prompt {i}?").into();
            q
        })
        .collect::<Vec<_>>()
        .into();
    bank["topics"] = serde_json::json!([first["topic"].clone()]);
    let fields = bank.as_object_mut().unwrap();
    fields.remove("default_time_limit_minutes");
    fields.remove("default_question_count");
    let bank = exam_engine::validate::parse_bank("big.json", bank.to_string().as_bytes()).unwrap();
    assert_eq!(bank.default_time_limit_minutes(), 1440);
    let again = exam_engine::validate::parse_bank(
        "big.json",
        exam_engine::export::to_json(&bank).as_bytes(),
    )
    .unwrap();
    assert_eq!(again, bank);
}
