//! Where focus goes after an action on the exam page: one place at most per action.
//!
//! Each `focus()` makes the browser lay the page out at once, so an action that changed several
//! things (moving to a question that was already checked, say) must still move focus only once.
//! The decision is a pure function of what the page showed before and after, tested natively.

/// What the exam page shows that decides where focus goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub index: usize,
    pub checked: bool,
    pub confirming: bool,
    pub finished: bool,
}

/// The element focus moves to, so a screen reader reads what just appeared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The question's heading, after moving to another question (or on opening the page).
    Question,
    /// The verdict, once the current question's answer is checked.
    Feedback,
    /// The submit confirmation, when it opens.
    Confirmation,
    /// The results, when the exam ends.
    Results,
}

impl FocusTarget {
    /// The id of the element this target focuses; the question's heading is found by reference.
    pub fn element_id(self) -> Option<&'static str> {
        match self {
            FocusTarget::Question => None,
            FocusTarget::Feedback => Some("feedback-heading"),
            FocusTarget::Confirmation => Some("confirm-heading"),
            FocusTarget::Results => Some("results-heading"),
        }
    }
}

/// Where focus moves when the page goes from `before` (none on the first render) to `now`: what
/// just appeared, the most important first, and nowhere when nothing new appeared.
pub fn focus_target(before: Option<Shown>, now: Shown) -> Option<FocusTarget> {
    let Some(before) = before else {
        return Some(if now.finished {
            FocusTarget::Results
        } else {
            FocusTarget::Question
        });
    };
    if now.finished {
        return (!before.finished).then_some(FocusTarget::Results);
    }
    if now.confirming && !before.confirming {
        return Some(FocusTarget::Confirmation);
    }
    if now.index != before.index {
        return Some(FocusTarget::Question);
    }
    (now.checked && !before.checked).then_some(FocusTarget::Feedback)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST: Shown = Shown {
        index: 0,
        checked: false,
        confirming: false,
        finished: false,
    };

    #[test]
    fn opening_the_page_focuses_the_question() {
        assert_eq!(focus_target(None, FIRST), Some(FocusTarget::Question));
    }

    #[test]
    fn moving_to_a_question_already_checked_focuses_only_its_heading() {
        let checked_second = Shown {
            index: 1,
            checked: true,
            ..FIRST
        };
        assert_eq!(
            focus_target(Some(FIRST), checked_second),
            Some(FocusTarget::Question)
        );
    }

    #[test]
    fn checking_an_answer_focuses_the_verdict_once() {
        let checked = Shown {
            checked: true,
            ..FIRST
        };
        assert_eq!(
            focus_target(Some(FIRST), checked),
            Some(FocusTarget::Feedback)
        );
        assert_eq!(focus_target(Some(checked), checked), None);
    }

    #[test]
    fn opening_the_confirmation_and_finishing_focus_what_appeared() {
        let confirming = Shown {
            confirming: true,
            ..FIRST
        };
        assert_eq!(
            focus_target(Some(FIRST), confirming),
            Some(FocusTarget::Confirmation)
        );
        let finished = Shown {
            finished: true,
            ..FIRST
        };
        assert_eq!(
            focus_target(Some(confirming), finished),
            Some(FocusTarget::Results)
        );
        assert_eq!(focus_target(Some(finished), finished), None);
        assert_eq!(focus_target(None, finished), Some(FocusTarget::Results));
    }

    #[test]
    fn a_change_that_shows_nothing_new_moves_no_focus() {
        let closed = Shown {
            confirming: false,
            ..FIRST
        };
        assert_eq!(
            focus_target(
                Some(Shown {
                    confirming: true,
                    ..FIRST
                }),
                closed
            ),
            None
        );
    }
}
