//! The page an exam address with settings that do not work shows: every problem, listed.

use yew::prelude::*;

use crate::ui::components::problem_list;

/// Says the exam link does not work, and why.
pub fn bad_exam_link(problems: &[String]) -> Html {
    html! {
        <>
            <h1>{ "This exam link does not work" }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ "This exam link has settings that do not work:" }</p>
                { problem_list("errors", None, problems) }
            </div>
        </>
    }
}
