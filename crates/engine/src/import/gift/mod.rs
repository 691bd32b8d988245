//! Moodle's GIFT format: the multiple-choice kinds become questions, the rest are skipped with a
//! warning that names them.
//!
//! Read: `::title::`, `[markdown]`/`[plain]`/`[moodle]`/`[html]` text formats (HTML through
//! [`crate::import::html`]; answers and feedback share the question's format unless they name
//! their own), `{=right ~wrong}`,
//! `~%50%a ~%50%b ~%-100%c` weighted multiple answers, `#feedback` per choice, `####general
//! feedback`, `// comment` lines, `$CATEGORY:` lines (their last part becomes the topic),
//! missing-word questions (text after the `}` is kept, the gap shown as `_____`), `\` escapes of
//! `~ = # { } : \` and `\n`, and true/false, turned into a two-choice question.
//! Skipped with a warning: essay `{}`, numerical `{#…}`, short answer (only `=` answers),
//! matching (every answer `=a -> b`) and description items (no answer block).

mod answers;
mod block;
mod text_format;
mod units;

use super::draft::DraftBank;
use super::numbered_lines;
use block::read_block;
// Moodle XML names the same text formats, so its reader turns them into markup alike.
pub(in crate::import) use text_format::TextFormat;

/// Reads a GIFT file.
pub fn read(text: &str) -> DraftBank {
    let mut bank = DraftBank::default();
    let mut topic: Option<String> = None;
    let mut block: Vec<(usize, &str)> = Vec::new();
    // Unclosed `{` in the block so far: a blank line inside an answer block does not end the
    // question (real files put blank lines between answers).
    let mut open_braces = 0usize;
    // A blank line was met inside an answer block: whether it ended the question depends on
    // the next line.
    let mut blank_inside = false;
    for (number, line) in numbered_lines(text) {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        let new_question = trimmed.starts_with("::") || trimmed.starts_with("$CATEGORY:");
        // After a blank line inside an answer block, a line that goes on with answers (`=`,
        // `~`, `#`, `}`) continues it; any other line starts the next question, so a block
        // never closed does not swallow the rest of the file.
        let starts_next =
            blank_inside && !trimmed.is_empty() && !trimmed.starts_with(['=', '~', '#', '}', '%']);
        if !trimmed.is_empty() {
            blank_inside = false;
        }
        if open_braces > 0 && (new_question || starts_next) {
            // An answer block never closed: end it here rather than swallow the next question.
            open_braces = 0;
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
        }
        if let Some(path) = trimmed.strip_prefix("$CATEGORY:") {
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
            topic = category_topic(path);
            continue;
        }
        if trimmed.is_empty() && open_braces == 0 {
            read_block(&mut bank, &block, topic.as_deref());
            block.clear();
        } else if trimmed.is_empty() {
            blank_inside = true;
        } else {
            block.push((number, line));
            open_braces = brace_depth(open_braces, line);
        }
    }
    read_block(&mut bank, &block, topic.as_deref());
    bank
}

/// The count of unclosed `{` after a line, given the count before it (escaped braces ignored).
fn brace_depth(mut depth: usize, line: &str) -> usize {
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// The topic a `$CATEGORY:` path names: its last part (`$course$/top/Lambda` → `Lambda`).
/// A `//` in a path is a `/` inside a name, as Moodle writes it.
pub(in crate::import) fn category_topic(path: &str) -> Option<String> {
    let path = path.trim().replace("//", "\u{0}");
    let last = path.rsplit('/').find(|part| !part.trim().is_empty())?;
    let last = last.trim().replace('\u{0}', "/");
    (!last.starts_with('$')).then_some(last)
}
