//! The exam page: the gate that keeps an exam to one tab, opening a link, and the running exam
//! in its parts (state, runner, question card, countdown, navigator, submit panel, hooks); and
//! the page an exam link with bad settings shows.

mod action_bar;
mod bad_link;
mod countdown;
mod finished;
mod focus;
mod gate;
mod hooks;
mod navigator;
mod opening;
mod question_card;
mod runner;
mod shortcuts;
mod state;
mod submit_panel;
mod timer;

pub use bad_link::bad_exam_link;
pub use gate::ExamPage;
pub use opening::ExamPageProps;
pub use runner::{Runner, RunnerProps};
