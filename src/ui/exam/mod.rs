//! The exam page: the gate that keeps an exam to one tab, opening a link, and the running exam
//! in its parts (state, runner, question card, countdown, submit panel, hooks).

mod countdown;
mod focus;
mod gate;
mod hooks;
mod opening;
mod question_card;
mod runner;
mod state;
mod submit_panel;

pub use gate::ExamPage;
pub use opening::ExamPageProps;
pub use runner::{Runner, RunnerProps};
