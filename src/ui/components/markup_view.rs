//! Renders parsed bank markup as DOM nodes; bank text only ever becomes text nodes.

use yew::prelude::*;

use crate::engine::markup::{Block, Inline, Markup};

/// Renders block markup (paragraphs, lists, code blocks).
pub fn blocks(markup: &Markup) -> Html {
    markup.blocks().iter().map(block).collect()
}

/// Renders markup as one inline run, for choice texts and other short labels.
pub fn inlines(markup: &Markup) -> Html {
    inline_run(&markup.inlines())
}

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph(content) => html! { <p>{ inline_run(content) }</p> },
        Block::Code(code) => html! { <pre><code>{ code.clone() }</code></pre> },
        Block::List {
            ordered: true,
            items,
        } => html! { <ol>{ for items.iter().map(|i| html! { <li>{ inline_run(i) }</li> }) }</ol> },
        Block::List {
            ordered: false,
            items,
        } => html! { <ul>{ for items.iter().map(|i| html! { <li>{ inline_run(i) }</li> }) }</ul> },
    }
}

fn inline_run(content: &[Inline]) -> Html {
    content.iter().map(inline).collect()
}

fn inline(inline: &Inline) -> Html {
    match inline {
        Inline::Text(text) => html! { { text.clone() } },
        Inline::Strong(inner) => html! { <strong>{ inline_run(inner) }</strong> },
        Inline::Emphasis(inner) => html! { <em>{ inline_run(inner) }</em> },
        Inline::Code(code) => html! { <code>{ code.clone() }</code> },
        // Only http(s) targets reach here (the parser drops others); a new tab, no opener.
        Inline::Link { label, href } => html! {
            <a href={ href.clone() } target="_blank" rel="noopener noreferrer">{ inline_run(label) }</a>
        },
    }
}
