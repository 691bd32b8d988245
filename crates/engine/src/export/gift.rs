//! Writes a checked bank as Moodle's GIFT format, for an LMS's own quiz engine.
//!
//! Each topic becomes a `$CATEGORY:` under the bank's title, each question `::id::[markdown]`
//! with its choices, their reasons as `#feedback` and the explanation (with the references as
//! links) as `####` general feedback. A "Choose N" question gives each right choice an equal
//! share of the credit and each wrong one −100 %. Read back through this app's GIFT importer,
//! the questions come back equal, except that references are part of the explanation.

use std::fmt::Write;

use super::{by_topic, category_part, feedback_with_references, share_of_credit};
use crate::bank::{Bank, Question};

/// GIFT text: `~ = # { } :` and `\` are escaped with `\`, and line breaks written `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn question(out: &mut String, q: &Question) {
    let multi = q.choose() > 1;
    let credit = share_of_credit(q.answer().len());
    let _ = writeln!(
        out,
        "::{}::[markdown]{} {{",
        escape(q.id().as_str()),
        escape(q.prompt().source())
    );
    for choice in q.choices() {
        let right = q.is_correct_choice(choice.id());
        let mark = match (multi, right) {
            (false, true) => "=".to_owned(),
            (false, false) => "~".to_owned(),
            (true, true) => format!("~%{credit}%"),
            (true, false) => "~%-100%".to_owned(),
        };
        let _ = write!(out, "\t{mark}{}", escape(choice.text().source()));
        if let Some(why) = choice.explanation() {
            let _ = write!(out, "#{}", escape(why.source()));
        }
        out.push('\n');
    }
    let general = feedback_with_references(q.explanation().source(), q.references());
    let _ = writeln!(out, "\t####{}", escape(&general));
    out.push_str("}\n\n");
}

/// The bank as GIFT text.
pub fn to_gift(bank: &Bank) -> String {
    let mut out = format!(
        "// {} (bank \"{}\"), exported by exam-check. Pass mark {} %.\n\n",
        bank.title().replace('\n', " "),
        bank.id(),
        bank.pass_mark().percent()
    );
    for (topic, questions) in by_topic(bank) {
        let _ = writeln!(
            out,
            "$CATEGORY: $course$/top/{}/{}\n",
            category_part(bank.title()),
            category_part(topic)
        );
        for q in questions {
            question(&mut out, q);
        }
    }
    out
}
