//! The page an exam address with settings that do not work shows: every problem, listed.

use yew::prelude::*;

use crate::engine::deep_link::LinkProblem;
use crate::ui::components::problem_list;
use crate::ui::messages::Msg;
use crate::ui::refusals::link_problems;
use crate::ui::text::use_text;

/// Says the exam link does not work, and why.
pub fn bad_exam_link(problems: &[LinkProblem]) -> Html {
    html! { <BadExamLink problems={ problems.to_vec() } /> }
}

#[derive(Properties, PartialEq)]
struct BadExamLinkProps {
    problems: Vec<LinkProblem>,
}

/// The page itself, a component so it reads the interface's language.
#[component]
fn BadExamLink(props: &BadExamLinkProps) -> Html {
    let text = use_text();
    html! {
        <>
            <h1>{ text.get(Msg::ExamBadLinkHeading) }</h1>
            <div role="alert" class="notice notice-error">
                <p>{ text.get(Msg::ExamBadLinkIntro) }</p>
                { problem_list("errors", None, &link_problems(&text, &props.problems)) }
            </div>
        </>
    }
}
