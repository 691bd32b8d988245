//! The question navigator: one memoised, keyed button per question, so an answer re-renders one cell.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::messages::Msg;
use crate::ui::text::use_text;

/// What a navigator cell shows about its question.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CellState {
    pub answered: bool,
    pub flagged: bool,
}

#[derive(Properties, PartialEq)]
pub struct NavigatorProps {
    /// One entry per question, in exam order; shared so an unchanged list compares by pointer.
    pub cells: Rc<[CellState]>,
    pub current: usize,
    /// Receives the index of the question to go to; must be stable across renders (memoised),
    /// or every cell would re-render.
    pub on_go: Callback<usize>,
}

#[component]
pub fn Navigator(props: &NavigatorProps) -> Html {
    let text = use_text();
    html! {
        <nav aria-label={ text.attr(Msg::ExamNavigatorLabel) } class="navigator">
            <ol>{ for props.cells.iter().enumerate().map(|(index, cell)| html! {
                <NavCell key={ index } { index } state={ *cell } current={ index == props.current } on_go={ props.on_go.clone() } />
            }) }</ol>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct NavCellProps {
    index: usize,
    state: CellState,
    current: bool,
    on_go: Callback<usize>,
}

#[component]
fn NavCell(props: &NavCellProps) -> Html {
    let NavCellProps {
        index,
        state,
        current,
        ..
    } = *props;
    let text = use_text();
    let number = (index + 1).into();
    let label = text.attr(match (state.answered, state.flagged) {
        (true, false) => Msg::ExamNavAnswered { number },
        (false, false) => Msg::ExamNavUnanswered { number },
        (true, true) => Msg::ExamNavAnsweredFlagged { number },
        (false, true) => Msg::ExamNavUnansweredFlagged { number },
    });
    let onclick = props.on_go.reform(move |_: MouseEvent| index);
    html! {
        <li>
            <button type="button" class={ classes!("nav-cell", state.answered.then_some("answered"), state.flagged.then_some("flagged")) }
                aria-label={ label } aria-current={ current.then_some("step") } { onclick }>
                { text.number((index + 1) as f64) }{ if state.flagged { "⚑" } else { "" } }
            </button>
        </li>
    }
}
