//! HTML text, as Moodle's editor writes it, turned into the app's own markup: no HTML ever
//! reaches the page, only text the markup parser reads.
//!
//! Kept: paragraphs and line breaks (each a paragraph, since the markup has no line break),
//! bold, italics (underline too, as emphasis), code and `pre`, lists, `http(s)` links, table
//! rows as lines of cells apart by ` | `, headings as bold paragraphs, and superscripts and
//! subscripts in their Unicode forms (`3²`, `H₂O`) or as `^(…)` and `_(…)`. References such as
//! `&nbsp;`, `&quot;` and `&#233;` are decoded. Styles, classes, comments and unknown tags are
//! dropped and their text kept; what scripts and styles hold is dropped. A picture cannot be
//! shown yet: it is left out and its alt text returned, so the reader can warn about it.

mod entities;
mod inline;
mod tokens;
mod writer;

use writer::{Writer, plain_lines};

/// What a line end in the HTML's text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnds {
    /// A space, as in HTML.
    Collapsed,
    /// A line break, as in Moodle's auto-format, whose text is HTML whose lines are kept.
    Kept,
}

/// A text converted from HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromHtml {
    /// The text in the app's markup.
    pub markup: String,
    /// Each picture left out, by its alt text when it has one.
    pub pictures: Vec<Option<String>>,
}

/// Converts HTML into the app's markup. Any text is accepted: what is not HTML stays text.
pub fn html_to_markup(html: &str, line_ends: LineEnds) -> FromHtml {
    Writer::new(line_ends).convert(html)
}

/// Plain text (Moodle's plain-text format) as markup: shown exactly as written, each line on
/// its own.
pub fn plain_to_markup(text: &str) -> String {
    plain_lines(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{Block, Inline, Markup};

    fn markup(html: &str) -> String {
        html_to_markup(html, LineEnds::Collapsed).markup
    }

    #[test]
    fn paragraphs_and_line_breaks_become_paragraphs() {
        assert_eq!(
            markup("<p>¿En qué\n  supuestos?</p><p>Uno<br>dos<br/>tres</p>"),
            "¿En qué supuestos?\n\nUno\n\ndos\n\ntres"
        );
    }

    #[test]
    fn bold_italics_underline_and_code_become_their_marks() {
        assert_eq!(
            markup(
                "<p><strong>Gras</strong>, <em>italique </em>, <u>souligné</u>, <code>ls -l</code></p>"
            ),
            "**Gras**, *italique* , *souligné*, `ls -l`"
        );
    }

    #[test]
    fn bold_set_back_to_normal_weight_by_its_style_shows_plain_as_in_a_browser() {
        // Google Docs pastes a whole answer inside such a <strong>; shown bold, that one wrong
        // choice would stand out from the others.
        assert_eq!(
            markup(
                "<p><strong id=\"docs-internal-guid-5\" style=\"font-weight: normal;\"><span style=\"font-weight: 400\">des câbles</span></strong></p>"
            ),
            "des câbles"
        );
        assert_eq!(
            markup(
                "<b style=\"FONT-WEIGHT: 400 !important\">a</b> <b style=\"font-weight: bold\">b</b> <strong style=\"font-weight:700\">c</strong>"
            ),
            "a **b** **c**"
        );
        assert_eq!(
            markup("<b>x <strong style=\"font-weight: normal\">y</strong> z</b>"),
            "**x y z**"
        );
    }

    #[test]
    fn styles_classes_and_unknown_tags_are_dropped_with_their_text_kept() {
        assert_eq!(
            markup(
                "<p style=\"margin:0\"><span style=\"color: #ff6600;\"><strong>Atención</strong></span> <font face=x>aquí</font><!-- nota --></p>"
            ),
            "**Atención** aquí"
        );
    }

    #[test]
    fn scripts_and_styles_are_dropped_with_what_they_hold() {
        assert_eq!(
            markup("<style>p { color: red }</style>Texte<script>alert('<b>x</b>')</script> sûr"),
            "Texte sûr"
        );
    }

    #[test]
    fn references_are_decoded_and_decoded_marks_stay_literal() {
        assert_eq!(
            markup("Caf&eacute;&nbsp;: &quot;5 &lt; 6&quot; &#42;not bold&#42; &#x60;x&#x60;"),
            "Café\u{a0}: \"5 < 6\" \\*not bold\\* \\`x\\`"
        );
    }

    #[test]
    fn lists_keep_their_items_and_kind() {
        let text = markup(
            "<p>Choose:</p><ol><li>one</li><li><p>two</p></li></ol><ul><li>a<br>b</li></ul>",
        );
        assert_eq!(text, "Choose:\n\n1. one\n2. two\n\n- a b");
        let blocks = Markup::new(text).blocks().into_owned();
        assert_eq!(blocks.len(), 3);
        assert!(matches!(&blocks[1], Block::List { ordered: true, items } if items.len() == 2));
    }

    #[test]
    fn only_web_links_become_links() {
        assert_eq!(
            markup(
                "<a href=\"https://moodle.org/?a=1&amp;b=2\">Moodle</a> <a href=\"javascript:alert(1)\">clic</a>"
            ),
            "[Moodle](https://moodle.org/?a=1&b=2) clic"
        );
    }

    #[test]
    fn headings_become_bold_paragraphs_and_table_rows_lines() {
        assert_eq!(
            markup(
                "<h3>Título</h3><table><tr><th>Año</th><th>Valor</th></tr><tr><td>2024</td><td>5</td></tr></table>"
            ),
            "**Título**\n\nAño | Valor\n\n2024 | 5"
        );
    }

    #[test]
    fn preformatted_text_becomes_a_code_block() {
        assert_eq!(
            markup("<pre>\nfn main() {\n    <b>x</b> &lt; 1\n}</pre>"),
            "```\nfn main() {\n    x < 1\n}\n```"
        );
    }

    #[test]
    fn superscripts_and_subscripts_keep_their_meaning_as_text() {
        assert_eq!(
            markup(
                "3<sup>2</sup> + 4<sup>2</sup> = 5<sup>2</sup>, H<sub>2</sub>O, 10<sup>-3</sup>, x<sup>n+1</sup>"
            ),
            "3² + 4² = 5², H₂O, 10⁻³, x^(n+1)"
        );
    }

    #[test]
    fn pictures_are_left_out_with_their_alt_text() {
        let converted = html_to_markup(
            "<p>Voir <img src=\"@@PLUGINFILE@@/a.png\" alt=\"une courbe\"> et <img src=b.png></p>",
            LineEnds::Collapsed,
        );
        assert_eq!(converted.markup, "Voir et");
        assert_eq!(converted.pictures, [Some("une courbe".to_owned()), None]);
    }

    #[test]
    fn text_that_only_looks_like_markup_or_a_list_stays_literal() {
        let text =
            markup("<p>1. not a list</p><p>- nor this</p><p>a [b](https://x.example) *c*</p>");
        assert_eq!(
            Markup::new(text).plain_text(),
            "1. not a list - nor this a [b](https://x.example) *c*"
        );
    }

    #[test]
    fn kept_line_ends_become_paragraphs() {
        let converted = html_to_markup("Line one\nline <b>two</b>\n\nthree", LineEnds::Kept);
        assert_eq!(converted.markup, "Line one\n\nline **two**\n\nthree");
    }

    #[test]
    fn plain_text_keeps_its_lines_and_its_marks() {
        assert_eq!(
            plain_to_markup("a *b*\n<i>c</i>\n- d"),
            "a \\*b\\*\n\n<i>c</i>\n\n\\- d"
        );
        let shown = Markup::new(plain_to_markup("a *b*\n<i>c</i>"))
            .blocks()
            .into_owned();
        assert_eq!(
            shown[0],
            Block::Paragraph(vec![Inline::Text("a *b*".to_owned())])
        );
    }
}
