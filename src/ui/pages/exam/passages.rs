//! The question's highlightable passages as the page marks them (`data-passage`): one mark per
//! passage, written and read here alone, and the highlight a selection makes.

use yew::prelude::*;

use crate::engine::bank::Id;
use crate::engine::session::{Action, Highlight, Passage, Slot};
use crate::web::highlight;

/// The mark of a passage: `prompt`, or `choice:` and the choice's id.
pub fn mark(passage: &Passage) -> String {
    match passage {
        Passage::Prompt => "prompt".to_owned(),
        Passage::Choice(id) => format!("choice:{id}"),
    }
}

fn passage_of(mark: &str) -> Option<Passage> {
    match mark.strip_prefix("choice:") {
        Some(id) => Id::parse(id).ok().map(Passage::Choice),
        None => (mark == "prompt").then_some(Passage::Prompt),
    }
}

/// The action that highlights what the candidate selected. With nothing of the question
/// selected it is an empty highlight, which the session refuses with its reason.
pub fn highlight_selection() -> Action {
    let highlight = highlight::selected()
        .and_then(|selected| {
            Some(Highlight {
                passage: passage_of(&selected.passage)?,
                start: selected.start,
                end: selected.end,
                text: selected.text,
            })
        })
        .unwrap_or(Highlight {
            passage: Passage::Prompt,
            start: 0,
            end: 0,
            text: String::new(),
        });
    Action::Highlight(highlight)
}

/// Paints the current question's highlights after each render that changes them or the
/// question shown, in the question the runner draws (found from its heading).
#[hook]
pub fn use_painted_highlights(heading: &NodeRef, index: usize, slot: &Slot) {
    let painted: Vec<(String, u32, u32)> = slot
        .highlights()
        .iter()
        .map(|h| (mark(&h.passage), h.start, h.end))
        .collect();
    let heading = heading.clone();
    use_effect_with((index, painted), move |(_, painted)| {
        let question = heading
            .cast::<web_sys::Element>()
            .and_then(|heading| heading.closest("article").ok().flatten());
        if let Some(question) = question {
            highlight::paint(&question, painted);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passages_mark_reads_back_as_the_passage() {
        for passage in [Passage::Prompt, Passage::Choice(Id::parse("b.2").unwrap())] {
            assert_eq!(passage_of(&mark(&passage)), Some(passage));
        }
        assert_eq!(passage_of("choice:not an id"), None);
        assert_eq!(passage_of("explanation"), None);
    }
}
