//! The exam page's list of keyboard shortcuts, folded away under its heading: every key
//! `shortcuts::action_for` reads, with the arrows the way they point in the interface's
//! direction.

use yew::prelude::*;

use super::shortcuts::confidence_key;
use crate::engine::certainty::Confidence;
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// The shortcuts, as a list of keys and what they do.
pub fn keyboard_help(text: &Texts) -> Html {
    let (forward, back) = if text.dir() == "rtl" {
        ("←", "→")
    } else {
        ("→", "←")
    };
    let shift = text.get(Msg::ExamKeysShift);
    let confidence: Vec<String> = Confidence::ALL
        .iter()
        .map(|&level| confidence_key(level).to_ascii_uppercase().to_string())
        .collect();
    let rows: [(Vec<String>, Msg); 8] = [
        (vec!["A–E".into(), "1–9".into()], Msg::ExamKeysPick),
        (
            vec![format!("{shift} + A–E"), format!("{shift} + 1–9")],
            Msg::ExamKeysStrike,
        ),
        (
            vec!["N".into(), "P".into(), forward.into(), back.into()],
            Msg::ExamKeysMove,
        ),
        (vec!["F".into()], Msg::ExamKeysFlag),
        (confidence, Msg::ExamKeysConfidence),
        (vec!["H".into()], Msg::ExamKeysHighlight),
        (vec!["Enter".into()], Msg::ExamKeysCheck),
        (vec!["T".into()], Msg::ExamKeysTime),
    ];
    html! {
        <details class="keyboard-help">
            <summary>{ text.get(Msg::ExamKeysHeading) }</summary>
            <dl>
                { for rows.into_iter().map(|(keys, what)| html! {
                    <div>
                        <dt>{ for keys.into_iter().enumerate().map(|(n, key)| html! {
                            <>{ if n > 0 { " " } else { "" } }<kbd>{ key }</kbd></>
                        }) }</dt>
                        <dd>{ text.get(what) }</dd>
                    </div>
                }) }
            </dl>
        </details>
    }
}
