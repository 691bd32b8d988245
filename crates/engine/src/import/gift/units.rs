//! A GIFT question block as characters: each knows whether a backslash escaped it and its line,
//! so the reader finds GIFT's marks (`{`, `=`, `~`, `#`, `::`) without being fooled by escapes.

/// One character of a question block: whether a backslash escaped it, and its line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unit {
    pub(super) c: char,
    pub(super) escaped: bool,
    pub(super) line: usize,
}

/// Splits a block's lines into characters, resolving escapes.
pub(super) fn units(block: &[(usize, &str)]) -> Vec<Unit> {
    let mut out = Vec::new();
    for (i, (line, text)) in block.iter().enumerate() {
        if i > 0 {
            out.push(Unit {
                c: '\n',
                escaped: false,
                line: *line,
            });
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.peek().copied() {
                    Some(next @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\' | '%')) => {
                        chars.next();
                        out.push(Unit {
                            c: next,
                            escaped: true,
                            line: *line,
                        });
                    }
                    Some('n') => {
                        chars.next();
                        out.push(Unit {
                            c: '\n',
                            escaped: true,
                            line: *line,
                        });
                    }
                    _ => out.push(Unit {
                        c,
                        escaped: true,
                        line: *line,
                    }),
                }
            } else {
                out.push(Unit {
                    c,
                    escaped: false,
                    line: *line,
                });
            }
        }
    }
    out
}

/// The text of some characters, trimmed.
pub(super) fn text_of(units: &[Unit]) -> String {
    units
        .iter()
        .map(|u| u.c)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The position of the first unescaped `pattern` at or after `from`.
pub(super) fn find(units: &[Unit], from: usize, pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (from..units.len()).find(|&i| {
        pattern
            .iter()
            .enumerate()
            .all(|(k, &p)| units.get(i + k).is_some_and(|u| !u.escaped && u.c == p))
    })
}
