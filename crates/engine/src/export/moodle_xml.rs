//! Writes a checked bank as Moodle XML, Moodle's own question format, for its quiz engine.
//!
//! It follows Moodle's documented `multichoice` question: one `category` question per topic
//! (under the bank's title), then per question its name and `idnumber` (the question id),
//! `questiontext` and `generalfeedback` in Markdown (the explanation, then the references as
//! links), `single` (true unless "Choose N"), `shuffleanswers`, `answernumbering`, and each
//! choice as an `answer` with its `fraction` (100 for the one right choice; an equal share for
//! each right choice of a "Choose N" question and −100 for each wrong one) and its reason as
//! `feedback`.

use std::fmt::Write;

use super::{by_topic, category_part, feedback_with_references, share_of_credit};
use crate::bank::{Bank, Question};

/// Text for an XML element or attribute.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and line breaks are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn text_element(out: &mut String, indent: &str, name: &str, format: Option<&str>, text: &str) {
    let format = format.map_or(String::new(), |f| format!(" format=\"{f}\""));
    let _ = writeln!(
        out,
        "{indent}<{name}{format}><text>{}</text></{name}>",
        xml(text)
    );
}

fn question(out: &mut String, bank: &Bank, q: &Question) {
    let multi = q.choose() > 1;
    let credit = share_of_credit(q.answer().len());
    out.push_str("  <question type=\"multichoice\">\n");
    text_element(out, "    ", "name", None, q.id().as_str());
    text_element(
        out,
        "    ",
        "questiontext",
        Some("markdown"),
        q.prompt().source(),
    );
    let general = feedback_with_references(q.explanation().source(), q.references());
    text_element(out, "    ", "generalfeedback", Some("markdown"), &general);
    out.push_str("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n");
    out.push_str("    <hidden>0</hidden>\n");
    let _ = writeln!(out, "    <idnumber>{}</idnumber>", xml(q.id().as_str()));
    let _ = writeln!(out, "    <single>{}</single>", !multi);
    let _ = writeln!(
        out,
        "    <shuffleanswers>{}</shuffleanswers>",
        bank.shuffle()
    );
    out.push_str("    <answernumbering>ABCD</answernumbering>\n");
    for choice in q.choices() {
        let fraction = match (multi, q.is_correct_choice(choice.id())) {
            (_, true) => credit.clone(),
            (false, false) => "0".to_owned(),
            (true, false) => "-100".to_owned(),
        };
        let _ = writeln!(
            out,
            "    <answer fraction=\"{fraction}\" format=\"markdown\">"
        );
        let _ = writeln!(out, "      <text>{}</text>", xml(choice.text().source()));
        if let Some(why) = choice.explanation() {
            text_element(out, "      ", "feedback", Some("markdown"), why.source());
        }
        out.push_str("    </answer>\n");
    }
    out.push_str("  </question>\n");
}

/// The bank as a Moodle XML quiz file.
pub fn to_moodle_xml(bank: &Bank) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<!-- {} (bank \"{}\"), exported by exam-check. Pass mark {} %. -->",
        xml(bank.title()).replace("--", "- -"),
        bank.id(),
        bank.pass_mark().percent()
    );
    out.push_str("<quiz>\n");
    for (topic, questions) in by_topic(bank) {
        out.push_str("  <question type=\"category\">\n");
        let path = format!(
            "$course$/top/{}/{}",
            category_part(bank.title()),
            category_part(topic)
        );
        text_element(&mut out, "    ", "category", None, &path);
        out.push_str("  </question>\n");
        for q in questions {
            question(&mut out, bank, q);
        }
    }
    out.push_str("</quiz>\n");
    out
}
