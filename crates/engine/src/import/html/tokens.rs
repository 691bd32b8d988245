//! Splits HTML into text, start tags and end tags, skipping comments, doctypes and the content
//! of scripts and styles, so nothing written as a tag can reach the text.

/// One piece of HTML.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Text between tags, its references not yet decoded.
    Text(&'a str),
    /// A start tag: its name in lower case and its attributes as written.
    Start {
        name: String,
        attributes: &'a str,
    },
    End {
        name: String,
    },
}

/// The pieces of `html` in order. A `<` that opens no tag (`a < b`) is text, as in a browser;
/// a tag never closed with `>` ends the text.
pub(super) fn tokens(html: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(at) = rest.find('<') else {
            out.push(Token::Text(rest));
            break;
        };
        let after = &rest[at + 1..];
        let opens_markup = after.starts_with(|c: char| c.is_ascii_alphabetic())
            || after.starts_with('!')
            || after.starts_with('?')
            || after.starts_with('/');
        if !opens_markup {
            // Kept whole up to and with this `<`; the search goes on after it.
            out.push(Token::Text(&rest[..at + 1]));
            rest = after;
            continue;
        }
        if at > 0 {
            out.push(Token::Text(&rest[..at]));
        }
        rest = match after.as_bytes()[0] {
            b'!' if after.starts_with("!--") => skip_past(&after[3..], "-->"),
            b'!' | b'?' => skip_past(after, ">"),
            b'/' => match after[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                true => {
                    let (name, _, left) = tag(&after[1..]);
                    out.push(Token::End { name });
                    left
                }
                // `</` and a non-letter, or `</>`, is a comment in a browser.
                false => skip_past(after, ">"),
            },
            _ => {
                let (name, attributes, left) = tag(after);
                let raw_text = matches!(name.as_str(), "script" | "style" | "template" | "title");
                out.push(Token::Start {
                    name: name.clone(),
                    attributes,
                });
                if raw_text {
                    // What a script or a style holds is code, never text to show.
                    let ends = find_end_tag(left, &name);
                    out.push(Token::End { name });
                    ends
                } else {
                    left
                }
            }
        };
    }
    out
}

/// The rest of `text` after the first `marker`, or nothing when it never comes.
fn skip_past<'a>(text: &'a str, marker: &str) -> &'a str {
    match text.find(marker) {
        Some(at) => &text[at + marker.len()..],
        None => "",
    }
}

/// Reads a tag from its name on: the lower-case name, the attributes and what follows the `>`.
/// A `>` inside a quoted attribute value does not end the tag.
fn tag(text: &str) -> (String, &str, &str) {
    let name_end = text
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .unwrap_or(text.len());
    let name = text[..name_end].to_ascii_lowercase();
    let mut quote: Option<char> = None;
    for (i, c) in text[name_end..].char_indices() {
        match (quote, c) {
            (Some(open), _) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => {
                let close = name_end + i;
                return (name, &text[name_end..close], &text[close + 1..]);
            }
            (None, _) => {}
        }
    }
    (name, &text[name_end..], "")
}

/// What follows the end tag `</name…>` in `text`, or nothing when it never comes.
fn find_end_tag<'a>(text: &'a str, name: &str) -> &'a str {
    let mut from = 0;
    while let Some(found) = text[from..].find("</") {
        let at = from + found + 2;
        let candidate = &text[at..];
        let matches_name = candidate
            .get(..name.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(name));
        if matches_name {
            return skip_past(&candidate[name.len()..], ">");
        }
        from = at;
    }
    ""
}

/// The value of the attribute `wanted` in a tag's attributes, references not yet decoded:
/// `href="…"`, `href='…'` or `href=…`.
pub(super) fn attribute<'a>(attributes: &'a str, wanted: &str) -> Option<&'a str> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, left) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let inner = &after[1..];
                        let end = inner.find(quote).unwrap_or(inner.len());
                        (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                    }
                    _ => {
                        let end = after
                            .find(|c: char| c.is_ascii_whitespace())
                            .unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                rest = left;
                value
            }
            None => "",
        };
        if name.eq_ignore_ascii_case(wanted) {
            return Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start<'a>(name: &str, attributes: &'a str) -> Token<'a> {
        Token::Start {
            name: name.to_owned(),
            attributes,
        }
    }

    fn end(name: &str) -> Token<'static> {
        Token::End {
            name: name.to_owned(),
        }
    }

    #[test]
    fn tags_comments_and_scripts_are_told_from_text() {
        assert_eq!(
            tokens("<P class=\"x>y\">a < b<!-- no --><script>if (a<b) x()</script></p>"),
            vec![
                start("p", " class=\"x>y\""),
                Token::Text("a <"),
                Token::Text(" b"),
                start("script", ""),
                end("script"),
                end("p"),
            ]
        );
    }

    #[test]
    fn a_tag_or_comment_never_closed_ends_the_text() {
        assert_eq!(tokens("a<b"), vec![Token::Text("a"), start("b", "")]);
        assert_eq!(tokens("a<!-- b"), vec![Token::Text("a")]);
        assert_eq!(tokens("a</b"), vec![Token::Text("a"), end("b")]);
    }

    #[test]
    fn attributes_are_found_quoted_or_not() {
        let attributes = " class=x href='https://a.example/?q=1' alt=\"a 'b'\" hidden";
        assert_eq!(
            attribute(attributes, "href"),
            Some("https://a.example/?q=1")
        );
        assert_eq!(attribute(attributes, "ALT"), Some("a 'b'"));
        assert_eq!(attribute(attributes, "class"), Some("x"));
        assert_eq!(attribute(attributes, "hidden"), Some(""));
        assert_eq!(attribute(attributes, "src"), None);
    }
}
