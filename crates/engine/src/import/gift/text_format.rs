//! GIFT's text formats (`[html]`, `[moodle]`, `[markdown]`, `[plain]`, or none) and how text in
//! each becomes the app's markup.

use crate::import::html::{FromHtml, LineEnds, html_to_markup, plain_to_markup};

/// The format a GIFT text is written in, named by a tag before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(in crate::import) enum TextFormat {
    /// No tag: the app's own markup, as hand-written GIFT banks for this app use it.
    #[default]
    Untagged,
    /// `[markdown]`: Moodle's Markdown, whose common core (bold, italics, code, lists, links)
    /// the app's markup is; `#` headings become bold paragraphs.
    Markdown,
    /// `[plain]`: shown exactly as written, each line on its own.
    Plain,
    /// `[moodle]`: Moodle's auto-format, HTML whose line ends are kept.
    Moodle,
    /// `[html]`: what Moodle's editor writes.
    Html,
}

/// Each tag and its format, as GIFT writes them.
const TAGS: [(&str, TextFormat); 4] = [
    ("[markdown]", TextFormat::Markdown),
    ("[plain]", TextFormat::Plain),
    ("[moodle]", TextFormat::Moodle),
    ("[html]", TextFormat::Html),
];

impl TextFormat {
    /// The format a text's leading tag names, if it has one, and the text after it. The tag may
    /// be in any case.
    pub(super) fn split_tag(text: &str) -> (Option<TextFormat>, &str) {
        for (tag, format) in TAGS {
            if text
                .get(..tag.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(tag))
            {
                return (Some(format), text[tag.len()..].trim());
            }
        }
        (None, text)
    }

    /// The format named by a tag at the start of `text` (written exactly), and the tag's length.
    pub(super) fn tag_at(text: &str) -> Option<(TextFormat, usize)> {
        TAGS.iter()
            .find(|(tag, _)| text.starts_with(tag))
            .map(|&(tag, format)| (format, tag.len()))
    }

    /// A text in this format as the app's markup, with the pictures it had to leave out.
    pub(in crate::import) fn to_markup(self, text: &str) -> FromHtml {
        let markup = match self {
            TextFormat::Html => return html_to_markup(text, LineEnds::Collapsed),
            TextFormat::Moodle => return html_to_markup(text, LineEnds::Kept),
            TextFormat::Plain => plain_to_markup(text),
            TextFormat::Markdown => markdown_headings_bold(text),
            TextFormat::Untagged => text.to_owned(),
        };
        FromHtml {
            markup,
            pictures: Vec::new(),
        }
    }
}

/// Markdown with each `#` heading line made a bold paragraph, the one Markdown block the app's
/// markup lacks and would otherwise show with its hashes. Lines inside a code fence are code (a
/// shell comment is no heading) and stay as written.
fn markdown_headings_bold(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || trimmed.starts_with("```") {
            out.push(line.to_owned());
            continue;
        }
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        let heading = trimmed[hashes..].trim();
        let is_heading = (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ');
        if is_heading && !heading.is_empty() && !heading.contains('*') {
            out.push(String::new());
            out.push(format!("**{}**", heading.trim_end_matches('#').trim()));
            out.push(String::new());
        } else {
            out.push(line.to_owned());
        }
    }
    out.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_in_any_case_and_the_text_after_them_kept() {
        assert_eq!(
            TextFormat::split_tag("[HTML]<p>a</p>"),
            (Some(TextFormat::Html), "<p>a</p>")
        );
        assert_eq!(TextFormat::split_tag("no tag"), (None, "no tag"));
    }

    #[test]
    fn each_format_becomes_markup_as_moodle_shows_it() {
        let markup = |format: TextFormat, text: &str| format.to_markup(text).markup;
        assert_eq!(markup(TextFormat::Html, "<p>a\nb</p>"), "a b");
        assert_eq!(markup(TextFormat::Moodle, "a\nb"), "a\n\nb");
        assert_eq!(markup(TextFormat::Plain, "a *b*\nc"), "a \\*b\\*\n\nc");
        assert_eq!(
            markup(TextFormat::Markdown, "## Heading ##\nSome **bold** text"),
            "**Heading**\n\nSome **bold** text"
        );
        assert_eq!(
            markup(
                TextFormat::Markdown,
                "Run:\n```\n# install it\npip install x\n```"
            ),
            "Run:\n```\n# install it\npip install x\n```",
            "a comment in code is no heading"
        );
        assert_eq!(markup(TextFormat::Untagged, "a\nb"), "a\nb");
    }
}
