//! The exam page: the gate that keeps an exam to one tab, opening a link, and the running exam
//! in its parts (state, running, question card, countdown, navigator, submit panel, hooks),
//! generic over the module that runs it (`kind`: the whole app in `whole` and `runner`, or the
//! first module); and the page an exam link with bad settings shows.

mod action_bar;
mod bad_link;
mod countdown;
mod finished;
mod focus;
mod gate;
mod hooks;
mod keyboard_help;
mod kind;
mod navigator;
mod opening;
mod passages;
mod question_card;
mod runner;
mod running;
mod shortcuts;
mod state;
mod submit_panel;
mod timer;
mod whole;

pub use bad_link::bad_exam_link;
pub use gate::ExamPage;
pub use kind::ExamKind;
pub use opening::ExamPageProps;
pub use runner::Runner;
pub use running::{RunnerProps, RunningExam, running_exam, use_running_exam};
pub use whole::WholeApp;
