//! Moodle's XML export: multiple-choice (one or several right answers) and true/false
//! questions become questions, categories become topics, and every other type is skipped with a
//! warning that names the question and its type.
//!
//! Read: `<question type="category">` (the last part of its path becomes the topic of the
//! questions after it), `<name>` (the question's id and its name in messages), `<questiontext>`,
//! each `<answer fraction="…">` with its `<feedback>` (the choice's explanation), and
//! `<generalfeedback>` (the question's explanation), each text in the format its `format`
//! attribute names (HTML through [`crate::import::html`]). Pictures cannot be shown yet: each
//! is left out with a warning, and the files Moodle embeds for them are kept aside by
//! [`read_with_files`] for the step that will show them.

mod files;
mod question;

use roxmltree::{Document, Node};

use super::draft::DraftBank;
use super::gift::category_topic;
use crate::problem::ReaderProblem;
pub use files::{EmbeddedFile, EmbeddedFiles};
use question::QuestionReader;

/// Why a file could not be read as a Moodle XML export at all, at its line.
pub type Refusal = (Option<usize>, ReaderProblem);

/// Reads a Moodle XML export.
pub fn read(text: &str) -> Result<DraftBank, Refusal> {
    read_with_files(text).map(|(bank, _)| bank)
}

/// Reads a Moodle XML export, with the files (pictures, sounds) embedded in its texts.
pub fn read_with_files(text: &str) -> Result<(DraftBank, EmbeddedFiles), Refusal> {
    let document = Document::parse(text).map_err(|error| {
        let position = error.pos();
        // The line is given apart from the message, so the position is not said twice.
        let description = error.to_string().replace(&format!(" at {position}"), "");
        (
            Some(position.row as usize),
            ReaderProblem::XmlSyntax { description },
        )
    })?;
    let root = document.root_element();
    if root.tag_name().name() != "quiz" {
        let line = line_of(&document, root);
        let root = root.tag_name().name().to_owned();
        return Err((Some(line), ReaderProblem::NotAMoodleQuiz { root }));
    }
    let mut bank = DraftBank::default();
    let mut files = EmbeddedFiles::default();
    let mut topic: Option<String> = None;
    for element in root.children().filter(|n| n.has_tag_name("question")) {
        let kind = element.attribute("type").unwrap_or_default();
        if kind == "category" {
            topic = child_text(element, "category").and_then(|path| moodle_topic(&path));
            continue;
        }
        files.collect(element);
        QuestionReader::new(&mut bank, &document, element, topic.as_deref()).read(kind);
    }
    // A question's credit warnings are at its first line but found after its answers' own;
    // the draft expects warnings in line order (a stable sort keeps each line's in file order).
    bank.warnings.sort_by_key(|(line, _)| *line);
    Ok((bank, files))
}

/// The topic a category path names: its last part. Moodle writes `$course$/top` for a
/// course's top category, which names no topic.
fn moodle_topic(path: &str) -> Option<String> {
    let topic = category_topic(path)?;
    let parts: Vec<&str> = path.trim().split('/').filter(|p| !p.is_empty()).collect();
    let top_level = parts.len() <= 2 && parts.first().is_some_and(|p| p.starts_with('$'));
    (!(top_level && topic == "top")).then_some(topic)
}

/// The 1-based line a node starts on.
fn line_of(document: &Document, node: Node) -> usize {
    document.text_pos_at(node.range().start).row as usize
}

/// The text of the `<text>` inside the named child, as Moodle nests it:
/// `<name><text>…</text></name>`.
fn child_text(node: Node, child: &str) -> Option<String> {
    let child = node.children().find(|n| n.has_tag_name(child))?;
    Some(text_inside(child))
}

/// The text of a node's own `<text>` child (its text and CDATA sections, joined).
fn text_inside(node: Node) -> String {
    node.children()
        .find(|n| n.has_tag_name("text"))
        .map(|text| {
            text.descendants()
                .filter(Node::is_text)
                .filter_map(|n| n.text())
                .collect::<String>()
        })
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_names_its_last_part_and_the_top_category_none() {
        assert_eq!(moodle_topic("$course$/top"), None);
        assert_eq!(
            moodle_topic("$course$/top/Iota/Kappa"),
            Some("Kappa".into())
        );
        assert_eq!(moodle_topic("$course$/Iota"), Some("Iota".into()));
        assert_eq!(moodle_topic("$course$/top/a//b"), Some("a/b".into()));
    }

    #[test]
    fn broken_xml_is_refused_at_its_line() {
        let (line, problem) = read("<quiz>\n<question>\n</quiz>").unwrap_err();
        assert_eq!(line, Some(3));
        assert!(
            matches!(problem, ReaderProblem::XmlSyntax { .. }),
            "{problem:?}"
        );
    }

    #[test]
    fn another_root_element_is_refused() {
        let (_, problem) = read("<?xml version=\"1.0\"?>\n<rss></rss>").unwrap_err();
        assert_eq!(
            problem,
            ReaderProblem::NotAMoodleQuiz { root: "rss".into() }
        );
    }

    #[test]
    fn warnings_come_in_line_order_though_a_questions_credit_is_judged_after_its_answers() {
        let xml = "<quiz>\n<question type=\"multichoice\"><name><text>N</text></name>\n\
            <questiontext><text>Which?</text></questiontext><single>false</single>\n\
            <answer fraction=\"70\"><text>&lt;img alt=\"x\"&gt; A</text></answer>\n\
            <answer fraction=\"30\"><text>B</text></answer>\n</question></quiz>";
        let bank = read(xml).unwrap();
        let lines: Vec<Option<usize>> = bank.warnings.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [Some(2), Some(4)], "{:?}", bank.warnings);
    }

    #[test]
    fn embedded_files_are_kept_by_name_with_their_type() {
        let xml = r#"<quiz><question type="truefalse"><name><text>N</text></name>
            <questiontext format="html"><text>Is it?</text>
            <file name="logo.jpg" encoding="base64">/9j/4A==</file></questiontext>
            <answer fraction="100"><text>true</text></answer>
            <answer fraction="0"><text>false</text></answer></question></quiz>"#;
        let (_, files) = read_with_files(xml).unwrap();
        let logo = files.get("logo.jpg").unwrap();
        assert_eq!(logo.mime, "image/jpeg");
        assert_eq!(logo.base64, "/9j/4A==");
    }
}
