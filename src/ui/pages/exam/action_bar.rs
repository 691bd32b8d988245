//! The running exam's buttons: previous, check (in practice), next, flag, and submit.

use yew::prelude::*;

use crate::engine::session::Action;
use crate::ui::messages::Msg;
use crate::ui::text::Texts;

/// What the row of actions needs to know.
pub struct Bar<'a> {
    /// The current question's position, 0-based.
    pub index: usize,
    pub total: usize,
    /// Practice, with the current answer not yet checked.
    pub can_check: bool,
    pub flagged: bool,
    pub act: Callback<Action>,
    /// Opens the "Submit your answers?" panel.
    pub on_submit: Callback<()>,
    /// The interface's words.
    pub text: &'a Texts,
}

/// The row of actions under the question.
pub fn action_bar(props: Bar<'_>) -> Html {
    let text = props.text;
    let button = |action: Action| props.act.reform(move |_: MouseEvent| action.clone());
    let previous = button(Action::Previous);
    let check = button(Action::Check);
    let next = button(Action::Next);
    let flag = button(Action::ToggleFlag);
    let submit = props.on_submit.reform(|_: MouseEvent| ());
    html! {
        <div class="actions">
            <button type="button" disabled={ props.index == 0 } onclick={ previous }>{ text.get(Msg::ExamPrevious) }</button>
            if props.can_check {
                <button type="button" class="primary" onclick={ check }>{ text.get(Msg::ExamCheck) }</button>
            }
            <button type="button" disabled={ props.index + 1 >= props.total } onclick={ next }>{ text.get(Msg::ExamNext) }</button>
            <button type="button" aria-pressed={ props.flagged.to_string() } onclick={ flag }>{ text.get(Msg::ExamFlag) }</button>
            <button type="button" onclick={ submit }>{ text.get(Msg::ExamSubmit) }</button>
        </div>
    }
}
