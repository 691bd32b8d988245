//! The block parser: paragraphs, fenced code and lists, line by line.

use super::inlines::parse_inlines;
use super::tree::Block;

fn list_marker(line: &str) -> Option<(bool, &str)> {
    let trimmed = line.trim_start();
    if let Some(rest) = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "))
    {
        return Some((false, rest));
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 9 {
        let rest = &trimmed[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((true, rest));
        }
    }
    None
}

fn is_fence(line: &str) -> bool {
    line.trim_start().starts_with("```")
}

/// Parses a whole text into its blocks: blank lines end a paragraph or a list.
pub(super) fn parse_blocks(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            continue;
        }
        if is_fence(line) {
            let mut code: Vec<&str> = Vec::new();
            for next in lines.by_ref() {
                if is_fence(next) {
                    break;
                }
                code.push(next);
            }
            blocks.push(Block::Code(code.join("\n")));
            continue;
        }
        if let Some((ordered, first)) = list_marker(line) {
            let mut items = vec![first.trim().to_owned()];
            while let Some(next) = lines.peek() {
                if next.trim().is_empty() || is_fence(next) {
                    break;
                }
                match list_marker(next) {
                    Some((same, text)) if same == ordered => items.push(text.trim().to_owned()),
                    Some(_) => break,
                    None => {
                        // A line without a marker continues the item above it.
                        let last = items.last_mut().expect("a list starts with one item");
                        last.push(' ');
                        last.push_str(next.trim());
                    }
                }
                lines.next();
            }
            blocks.push(Block::List {
                ordered,
                items: items.iter().map(|t| parse_inlines(t, 0)).collect(),
            });
            continue;
        }
        let mut paragraph = line.trim().to_owned();
        while let Some(next) = lines.peek() {
            if next.trim().is_empty() || is_fence(next) || list_marker(next).is_some() {
                break;
            }
            paragraph.push(' ');
            paragraph.push_str(next.trim());
            lines.next();
        }
        blocks.push(Block::Paragraph(parse_inlines(&paragraph, 0)));
    }
    blocks
}
