//! Which module runs an exam page, as a type: the whole app (results, records, the LMS) or the
//! first module (the exam alone). The page is generic over it, so the first module's build links
//! none of what only the whole app does.

use yew::prelude::*;

use super::running::RunnerProps;
use crate::engine::bank::Bank;
use crate::engine::deep_link::{DrawSetting, ExamLink};
use crate::engine::session::{Draw, Session};
use crate::ui::text::Texts;

pub trait ExamKind: 'static {
    /// The component that runs the exam once it is open.
    type Runner: BaseComponent<Properties = RunnerProps>;

    /// In a package, the attempt the LMS kept, when this is the package's exam; data that
    /// cannot be resumed is reported, in the words of `text`.
    fn resume_from_lms(
        text: &Texts,
        bank: &Bank,
        link: &ExamLink,
        now_ms: u64,
    ) -> Result<Option<Session>, String>;

    /// Whether an LMS launched this attempt as a new one (a finished exam kept in this browser
    /// is then the last attempt's).
    fn new_lms_attempt() -> bool;

    /// The questions a draw from saved progress picks; why there are none, in the words of
    /// `text`.
    fn draw_from_records(
        text: &Texts,
        bank: &Bank,
        setting: DrawSetting,
        now_ms: u64,
    ) -> Result<Draw, String>;

    /// Whether the page takes the exam's lock over from another part of this same tab (the
    /// whole app taking over from the first module), rather than asking whether it is free.
    fn takes_lock_within_tab(lock_name: &str) -> bool;

    /// Called once as the exam opens, before saved progress is read.
    fn before_opening(bank: &Bank);

    /// Called once the exam is open, with what opening it found to tell the candidate (which the
    /// whole app takes over from the first module, where the first module opened it).
    fn opened(notice: &mut Option<String>);
}
