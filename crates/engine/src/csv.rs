//! CSV as spreadsheets read it (RFC 4180), with text kept inert: a text cell that a spreadsheet
//! would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is
//! written with a leading `'`, so opening the file runs nothing. Numbers are written as they are.

/// A text cell, guarded against formulas and quoted when it holds a comma, a quote or a line
/// break.
pub fn text(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A line of cells already written (by [`text`], or numbers), ending in CRLF as RFC 4180 has it.
pub fn line(cells: &[String]) -> String {
    let mut out = cells.join(",");
    out.push_str("\r\n");
    out
}

/// A header line of plain names.
pub fn header(names: &[&str]) -> String {
    line(&names.iter().map(|n| text(n)).collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_quoted_only_when_needed_and_formulas_stay_text() {
        assert_eq!(text("plain"), "plain");
        assert_eq!(text("a, b"), "\"a, b\"");
        assert_eq!(text("say \"hi\"\nthen"), "\"say \"\"hi\"\"\nthen\"");
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(text("-rm"), "'-rm");
        assert_eq!(line(&["a".to_owned(), "-0.5".to_owned()]), "a,-0.5\r\n");
    }
}
