//! HTML character references (`&nbsp;`, `&quot;`, `&#233;`, `&#xE9;`) decoded into characters.

/// The named references Moodle's editor and word processors write, mostly for Latin letters and
/// punctuation; any other name is kept as written, as a browser would show it.
const NAMED: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bull", '•'),
    ("middot", '·'),
    ("deg", '°'),
    ("euro", '€'),
    ("copy", '©'),
    ("reg", '®'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("sect", '§'),
    ("szlig", 'ß'),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("ugrave", 'ù'),
    ("Agrave", 'À'),
    ("Egrave", 'È'),
    ("acirc", 'â'),
    ("ecirc", 'ê'),
    ("icirc", 'î'),
    ("ocirc", 'ô'),
    ("ucirc", 'û'),
    ("Ecirc", 'Ê'),
    ("auml", 'ä'),
    ("euml", 'ë'),
    ("iuml", 'ï'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("oelig", 'œ'),
    ("OElig", 'Œ'),
    ("aelig", 'æ'),
];

/// The longest reference read, `&#x10FFFF;` or a name from [`NAMED`], so a stray `&` in a long
/// text is not searched past its next few characters.
const LONGEST_REFERENCE: usize = 10;

/// The text with every reference it holds decoded; an `&` that starts no known reference stays.
pub(super) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference_at(rest) {
            Some((decoded, length)) => {
                out.push(decoded);
                rest = &rest[length..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `text` (which starts with `&`) stands for, and the
/// bytes it takes, semicolon included.
fn reference_at(text: &str) -> Option<(char, usize)> {
    let end = text
        .char_indices()
        .take(LONGEST_REFERENCE + 2)
        .find(|&(_, c)| c == ';')?
        .0;
    let body = &text[1..end];
    let decoded = match body.strip_prefix('#') {
        Some(number) => {
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse::<u32>().ok()?,
            };
            // A number that is no character (zero, a surrogate, past the last) shows as the
            // replacement character, as in a browser.
            char::from_u32(value)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{fffd}')
        }
        None => NAMED.iter().find(|(name, _)| *name == body)?.1,
    };
    Some((decoded, end + 1))
}

#[cfg(test)]
mod tests {
    use super::decode_entities;

    #[test]
    fn named_and_numeric_references_become_their_characters() {
        assert_eq!(
            decode_entities("&iquest;Qu&eacute;&nbsp;es &quot;x&quot; &#233;&#xE9;&#X41; &amp;lt;"),
            "¿Qué\u{a0}es \"x\" ééA &lt;"
        );
    }

    #[test]
    fn an_ampersand_that_starts_no_known_reference_stays_as_written() {
        assert_eq!(
            decode_entities("R&D & co &bogus; &#; &#xZZ; &"),
            "R&D & co &bogus; &#; &#xZZ; &"
        );
        assert_eq!(
            decode_entities("&#0; &#xD800; &#99999999;"),
            "\u{fffd} \u{fffd} \u{fffd}"
        );
    }
}
