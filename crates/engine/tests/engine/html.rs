//! Property tests of the HTML converter: any text converts without a panic, and no tag written
//! in the HTML survives into the markup or into the text the page shows.
#![cfg(not(target_arch = "wasm32"))]

use exam_engine::import::html::{LineEnds, html_to_markup};
use exam_engine::markup::{Block, Inline, Markup};
use proptest::prelude::*;

/// Pieces of the HTML Moodle's editor and word processors write, and of broken HTML.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<p style=\"text-align: justify;\">",
    "<b>",
    "</b>",
    "<strong>",
    "</strong>",
    "<em>",
    "</em>",
    "<i>",
    "<u>",
    "</u>",
    "<br>",
    "<br />",
    "<code>",
    "</code>",
    "<pre>",
    "</pre>",
    "<ul>",
    "</ul>",
    "<ol>",
    "<li>",
    "</li>",
    "<a href=\"https://moodle.example/x\">",
    "<a href='javascript:alert(1)'>",
    "</a>",
    "<img src=\"@@PLUGINFILE@@/a.png\" alt=\"pic\">",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "<h2>",
    "</h2>",
    "<span style=\"color: #ff6600;\">",
    "</span>",
    "<div class=\"x\">",
    "</div>",
    "<",
    ">",
    "</",
    "<a",
    "=\"",
    "\"",
    "'",
    "*",
    "**",
    "`",
    "```",
    "[",
    "]",
    "](",
    "(",
    ")",
    "\\",
    "- ",
    "1. ",
    "\n",
    "\n\n",
    " ",
    "\t",
    "texte",
    "¿Qué?",
    "é",
    "&nbsp;",
    "&quot;",
    "&lt;b&gt;",
    "&#233;",
    "&#x3C;",
    "&",
    ";",
];

fn html() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// Where `text` holds the start of a tag: a `<` before a letter, `/`, `!` or `?`.
fn tag_start(text: &str) -> Option<usize> {
    text.as_bytes().windows(2).position(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

/// The text the page shows for a markup text: every text and code run, without the marks.
fn shown(markup: &str) -> String {
    fn inlines(out: &mut String, runs: &[Inline]) {
        for run in runs {
            match run {
                Inline::Text(text) | Inline::Code(text) => out.push_str(text),
                Inline::Strong(inner) | Inline::Emphasis(inner) => inlines(out, inner),
                Inline::Link { label, .. } => inlines(out, label),
            }
            out.push('\u{1}');
        }
    }
    let mut out = String::new();
    for block in Markup::new(markup.to_owned()).blocks().iter() {
        match block {
            Block::Paragraph(runs) => inlines(&mut out, runs),
            Block::Code(code) => out.push_str(code),
            Block::List { items, .. } => items.iter().for_each(|item| inlines(&mut out, item)),
        }
        out.push('\u{1}');
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_converts_without_a_panic(text in html(), kept in any::<bool>()) {
        let line_ends = if kept { LineEnds::Kept } else { LineEnds::Collapsed };
        let converted = html_to_markup(&text, line_ends);
        // The page parses what the converter writes; that must not panic either.
        let _ = shown(&converted.markup);
    }

    #[test]
    fn no_tag_of_the_html_reaches_the_markup_or_the_page(text in html()) {
        // Without references no text can decode into a `<`, so any `<` left is the HTML's own
        // text (as in `a < b`), never a tag.
        let text = text.replace('&', "");
        let converted = html_to_markup(&text, LineEnds::Collapsed);
        prop_assert_eq!(tag_start(&converted.markup), None, "markup: {:?}", converted.markup);
        let page = shown(&converted.markup);
        prop_assert_eq!(tag_start(&page), None, "shown: {:?}", page);
    }
}

#[test]
fn deeply_nested_html_converts_without_exhausting_the_stack() {
    let html = "<b><i><a href=\"https://a.example\">".repeat(20_000) + "x";
    let converted = html_to_markup(&html, LineEnds::Collapsed);
    assert!(converted.markup.contains('x'));
}

/// HTML in the shapes Moodle's editors (Atto, TinyMCE) and a word processor's paste write, each
/// with the markup it must become.
const MOODLE_SHAPES: &[(&str, &str)] = &[
    (
        "<p dir=\"ltr\" style=\"text-align: left;\">Primera línea<br>segunda línea<br></p>",
        "Primera línea\n\nsegunda línea",
    ),
    (
        "<p><span lang=\"fr-FR\" style=\"font-size: 0.9375rem;\">Quel est le d&eacute;lai&nbsp;?</span></p>",
        "Quel est le délai\u{a0}?",
    ),
    (
        "<p class=\"MsoNormal\"><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->Texto pegado<o:p></o:p></p>",
        "Texto pegado",
    ),
    (
        "<p><img src=\"@@PLUGINFILE@@/esquema.png\" alt=\"\" role=\"presentation\" class=\"img-responsive\" width=\"300\"><br></p><p>¿Qué muestra el esquema?</p>",
        "¿Qué muestra el esquema?",
    ),
    (
        "<table class=\"table\"><caption>Tasas</caption><thead><tr><th scope=\"col\">Groupe</th><th scope=\"col\">Cas</th></tr></thead><tbody><tr><td>Exposés</td><td>30</td></tr></tbody></table>",
        "Tasas\n\nGroupe | Cas\n\nExposés | 30",
    ),
    (
        "<p><b><span style=\"color: rgb(255, 0, 0);\">¡Ojo!</span></b> Lea <a href=\"https://www.boe.es/\" target=\"_blank\">el BOE</a>.</p>",
        "**¡Ojo!** Lea [el BOE](https://www.boe.es/).",
    ),
];

#[test]
fn moodle_editor_html_becomes_markup_without_any_tag() {
    for (html, expected) in MOODLE_SHAPES {
        let converted = html_to_markup(html, LineEnds::Collapsed);
        assert_eq!(&converted.markup, expected, "{html}");
        assert_eq!(tag_start(&shown(&converted.markup)), None, "{html}");
    }
}
