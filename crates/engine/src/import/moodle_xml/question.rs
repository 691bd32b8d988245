//! Reads one Moodle XML `<question>`: a multiple-choice or true/false question, a question
//! refused with its reason, or a warning that names a type this app does not take.

use roxmltree::{Document, Node};

use super::{child_text, line_of, text_inside};
use crate::import::draft::{DraftBank, DraftChoice, DraftQuestion, question_label};
use crate::import::gift::TextFormat;
use crate::problem::{ReaderProblem, WarningKind};

/// A whole mark, in hundredths of a percent, as fractions are compared.
const FULL: i64 = 10_000;

/// One answer as the file gives it.
struct Answer {
    line: usize,
    text: String,
    feedback: Option<String>,
    /// The fraction of the mark it earns, in hundredths of a percent; `None` when not a number.
    hundredths: Option<i64>,
    fraction: String,
}

/// One `<question>` being read, and the bank its question or warnings go to.
pub(super) struct QuestionReader<'a, 'input> {
    bank: &'a mut DraftBank,
    document: &'a Document<'input>,
    element: Node<'a, 'input>,
    topic: Option<&'a str>,
    line: usize,
}

impl<'a, 'input> QuestionReader<'a, 'input> {
    pub(super) fn new(
        bank: &'a mut DraftBank,
        document: &'a Document<'input>,
        element: Node<'a, 'input>,
        topic: Option<&'a str>,
    ) -> Self {
        let line = line_of(document, element);
        QuestionReader {
            bank,
            document,
            element,
            topic,
            line,
        }
    }

    /// Reads the question as its `type` says.
    pub(super) fn read(mut self, kind: &str) {
        let title = child_text(self.element, "name").filter(|t| !t.is_empty());
        if !matches!(kind, "multichoice" | "truefalse") {
            // A question left out warns once, for its type, not for the pictures in its text.
            let prompt = self
                .element
                .children()
                .find(|n| n.has_tag_name("questiontext"))
                .map(|text| format_of(text).to_markup(&text_inside(text)).markup)
                .unwrap_or_default();
            let label = question_label(title.as_deref(), &prompt);
            let kind = if kind.is_empty() { "?" } else { kind }.to_owned();
            return self.warn(
                self.line,
                WarningKind::UnsupportedMoodleType { label, kind },
            );
        }
        let prompt = self.text_of(self.element, "questiontext");
        let label = question_label(title.as_deref(), &prompt);
        let answers: Vec<Answer> = self
            .element
            .children()
            .filter(|n| n.has_tag_name("answer"))
            .map(|answer| self.answer(answer))
            .collect::<Vec<_>>();
        let general = self.text_of(self.element, "generalfeedback");
        let mut question = DraftQuestion {
            line: self.line,
            title,
            topic: self.topic.map(str::to_owned),
            prompt,
            answer_line: answers.first().map(|a| a.line),
            explanation: (!general.is_empty()).then_some(general),
            ..DraftQuestion::default()
        };
        for answer in &answers {
            if answer.hundredths.is_none() {
                let problem = ReaderProblem::FractionNotANumber {
                    label: label.clone(),
                    text: answer.fraction.clone(),
                };
                question.problem(answer.line, problem);
            }
        }
        let single = kind == "truefalse" || self.single();
        question.answer = if single {
            self.single_answer(&label, &answers)
        } else {
            self.several_answers(&label, &answers)
        };
        if question.answer.is_empty() && question.problems.is_empty() {
            let line = question.answer_line.unwrap_or(self.line);
            question.problem(line, ReaderProblem::NoRightFraction { label });
        }
        question.choices = answers
            .into_iter()
            .map(|a| DraftChoice {
                line: a.line,
                text: if kind == "truefalse" {
                    true_false_text(&a.text)
                } else {
                    a.text
                },
                explanation: a.feedback,
            })
            .collect();
        self.bank.questions.push(question);
    }

    /// One `<answer>`: its text, its feedback and the fraction of the mark it earns.
    fn answer(&mut self, answer: Node) -> Answer {
        let line = line_of(self.document, answer);
        let fraction = answer
            .attribute("fraction")
            .unwrap_or("0")
            .trim()
            .to_owned();
        let hundredths = fraction
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite() && f.abs() <= 1_000.0)
            .map(|f| (f * 100.0).round() as i64);
        let text = self.markup(answer, line);
        let feedback = answer
            .children()
            .find(|n| n.has_tag_name("feedback"))
            .map(|feedback| self.markup(feedback, line))
            .filter(|f| !f.is_empty());
        Answer {
            line,
            text,
            feedback,
            hundredths,
            fraction,
        }
    }

    /// Whether a multiple-choice question takes one answer (`<single>`, true unless it says
    /// otherwise, as in Moodle).
    fn single(&self) -> bool {
        let single = self
            .element
            .children()
            .find(|n| n.has_tag_name("single"))
            .and_then(|n| n.text())
            .unwrap_or("true")
            .trim()
            .to_ascii_lowercase();
        !matches!(single.as_str(), "false" | "0")
    }

    /// The right answers of a one-answer question: those worth the whole mark. One worth part
    /// of it counts as wrong, with a warning.
    fn single_answer(&mut self, label: &str, answers: &[Answer]) -> Vec<usize> {
        let mut right = Vec::new();
        for (i, answer) in answers.iter().enumerate() {
            match answer.hundredths {
                Some(h) if h >= FULL => right.push(i),
                Some(h) if h > 0 => self.warn(
                    answer.line,
                    WarningKind::PartialCredit {
                        label: label.to_owned(),
                        hundredths: h,
                        choice: answer.text.clone(),
                    },
                ),
                _ => {}
            }
        }
        right
    }

    /// The right answers of a several-answer question: those with a positive fraction, all of
    /// which the app asks for. Moodle gives part marks by fraction, so fractions that do not
    /// share the mark evenly, or do not add up to it, are warned about.
    fn several_answers(&mut self, label: &str, answers: &[Answer]) -> Vec<usize> {
        let right: Vec<usize> = (0..answers.len())
            .filter(|&i| answers[i].hundredths.is_some_and(|h| h > 0))
            .collect();
        let fractions: Vec<i64> = right
            .iter()
            .filter_map(|&i| answers[i].hundredths)
            .collect();
        let total: i64 = fractions.iter().sum();
        let (low, high) = (fractions.iter().min(), fractions.iter().max());
        // Within one percent, so thirds written as 33.33333 count as even.
        if let (Some(low), Some(high)) = (low, high) {
            if (total - FULL).abs() > 100 {
                let label = label.to_owned();
                self.warn(
                    self.line,
                    WarningKind::WeightsNotHundred {
                        label,
                        hundredths: total,
                    },
                );
            } else if high - low > 100 {
                let label = label.to_owned();
                self.warn(self.line, WarningKind::UnevenCredit { label });
            }
        }
        right
    }

    /// The text of the named child of `node`, in the app's markup.
    fn text_of(&mut self, node: Node, child: &str) -> String {
        match node.children().find(|n| n.has_tag_name(child)) {
            Some(child) => {
                let line = line_of(self.document, child);
                self.markup(child, line)
            }
            None => String::new(),
        }
    }

    /// A text element's `<text>` in the app's markup, read in the format its `format`
    /// attribute names, with a warning at `line` for each picture left out.
    fn markup(&mut self, node: Node, line: usize) -> String {
        let converted = format_of(node).to_markup(&text_inside(node));
        for alt in converted.pictures {
            self.warn(line, WarningKind::PictureLeftOut { alt });
        }
        converted.markup
    }

    fn warn(&mut self, line: usize, warning: WarningKind) {
        self.bank.warn(line, warning);
    }
}

/// The format a text element's `format` attribute names; HTML when it names none, as Moodle
/// reads it.
fn format_of(node: Node) -> TextFormat {
    match node.attribute("format").unwrap_or("html") {
        "moodle_auto_format" => TextFormat::Moodle,
        "plain_text" => TextFormat::Plain,
        "markdown" => TextFormat::Markdown,
        _ => TextFormat::Html,
    }
}

/// A true/false answer's text as a choice: Moodle writes `true` and `false`.
fn true_false_text(text: &str) -> String {
    match text.to_ascii_lowercase().as_str() {
        "true" => "True".to_owned(),
        "false" => "False".to_owned(),
        _ => text.to_owned(),
    }
}
