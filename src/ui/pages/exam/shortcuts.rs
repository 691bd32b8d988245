//! Keyboard shortcuts of the exam page: which key stands for which session action. The mapping
//! itself is a pure function of the key and where focus is, tested natively; only reading the
//! browser's event touches the DOM.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use crate::engine::bank::Id;
use crate::engine::certainty::Confidence;
use crate::engine::session::Action;

/// Where a key was pressed, as far as shortcuts care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A field that takes typing (text input, select, text area): keys keep their meaning.
    TextField,
    /// A button, link or choice box: Enter and the arrows keep their meaning there.
    Control,
    Elsewhere,
}

/// One key press: the key's name as shortcuts read it (`"a"`, `"Enter"`, `"ArrowRight"`; see
/// [`shortcut_key`]), whether Ctrl, Alt or Meta was held (or an input method was composing),
/// where focus was, and whether the page runs right to left, where the arrows' meaning mirrors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub modified: bool,
    /// Shift was held: a choice's key then rules the choice out (or back in).
    pub shift: bool,
    pub focus: Focus,
    pub right_to_left: bool,
}

/// The key a shortcut reads: the character the key types, or, when that is not a Latin letter or
/// digit (a Russian, Arabic or Greek layout), the letter or digit at the same place on a US
/// layout (`KeyboardEvent.code` `"KeyN"` → `"N"`, read as `n` is), so the shortcuts work in every layout. A
/// French AZERTY key typing `a` stays `a`: the hint beside each choice names what the key types.
pub fn shortcut_key<'a>(key: &'a str, code: &'a str) -> &'a str {
    let mut chars = key.chars();
    let single_other = matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_ascii());
    if !single_other {
        return key;
    }
    code.strip_prefix("Key")
        .or_else(|| code.strip_prefix("Digit"))
        .filter(|rest| rest.len() == 1)
        .unwrap_or(key)
}

/// The key (lower case) that says how sure the candidate is: shown beside each level's label and
/// read back by `action_for`, so the hint and the shortcut cannot disagree.
pub fn confidence_key(level: Confidence) -> char {
    match level {
        Confidence::Guess => 'g',
        Confidence::Unsure => 'u',
        Confidence::Sure => 's',
    }
}

fn confidence_for_key(key: u8) -> Option<Confidence> {
    Confidence::ALL
        .into_iter()
        .find(|&level| confidence_key(level) as u32 == u32::from(key))
}

/// The action a key press stands for, if any: letters or digits pick choices (again, in a
/// "Choose N" question, to clear one) and with Shift rule them out (again to rule them back
/// in), N/P or the arrows move, F flags, Enter checks, and G, U and S say how sure you are
/// (Guess, Unsure, Sure).
pub fn action_for(
    press: &KeyPress<'_>,
    order: &[Id],
    selected: &[Id],
    multi: bool,
    can_check: bool,
) -> Option<Action> {
    if press.modified || press.focus == Focus::TextField {
        return None;
    }
    let on_control = press.focus == Focus::Control;
    let (forward, back) = if press.right_to_left {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    let pick = |i: usize| -> Option<Action> {
        let id = order.get(i)?.clone();
        Some(if press.shift {
            Action::ToggleStrike(id)
        } else if multi && selected.contains(&id) {
            Action::Deselect(id)
        } else {
            Action::Select(id)
        })
    };
    match press.key {
        k if k == forward && !on_control => Some(Action::Next),
        k if k == back && !on_control => Some(Action::Previous),
        "Enter" if !on_control && can_check => Some(Action::Check),
        k if k.chars().count() == 1 => match k.to_ascii_lowercase().as_bytes()[0] {
            b'n' => Some(Action::Next),
            b'p' => Some(Action::Previous),
            b'f' => Some(Action::ToggleFlag),
            c if confidence_for_key(c).is_some() => {
                Some(Action::SetConfidence(confidence_for_key(c)))
            }
            c @ b'1'..=b'9' => pick(usize::from(c - b'1')),
            c @ b'a'..=b'e' => pick(usize::from(c - b'a')),
            _ => None,
        },
        _ => None,
    }
}

/// Where the browser's key event happened.
fn focus_of(e: &KeyboardEvent) -> Focus {
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target
        .as_ref()
        .map(|t| t.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let choice_box = target.as_ref().is_some_and(|t| {
        matches!(
            t.get_attribute("type").as_deref(),
            Some("radio" | "checkbox")
        )
    });
    match tag.as_str() {
        "textarea" | "select" => Focus::TextField,
        "input" if !choice_box => Focus::TextField,
        "button" | "a" | "input" => Focus::Control,
        _ => Focus::Elsewhere,
    }
}

/// Whether the key was pressed in a field that takes typing, where every key types.
pub fn in_text_field(e: &KeyboardEvent) -> bool {
    focus_of(e) == Focus::TextField
}

/// Whether the page runs right to left (`<html dir="rtl">`, set from the interface's language).
fn page_runs_right_to_left() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("dir"))
        .is_some_and(|dir| dir.eq_ignore_ascii_case("rtl"))
}

/// The action a browser key event stands for, if any (see [`action_for`]).
pub fn shortcut(
    e: &KeyboardEvent,
    order: &[Id],
    selected: &[Id],
    multi: bool,
    can_check: bool,
) -> Option<Action> {
    let (key, code) = (e.key(), e.code());
    // Shift turns a digit into a symbol that differs from layout to layout ("!", "&", "1"), so
    // a shifted key is read from its place: the letter or digit a US layout has there.
    let key = if e.shift_key() {
        code.strip_prefix("Key")
            .or_else(|| code.strip_prefix("Digit"))
            .filter(|rest| rest.len() == 1)
            .unwrap_or(&key)
    } else {
        shortcut_key(&key, &code)
    };
    let press = KeyPress {
        key,
        modified: e.ctrl_key() || e.meta_key() || e.alt_key() || e.is_composing(),
        shift: e.shift_key(),
        focus: focus_of(e),
        right_to_left: page_runs_right_to_left(),
    };
    action_for(&press, order, selected, multi, can_check)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<Id> {
        list.iter().map(|id| Id::parse(id).unwrap()).collect()
    }

    fn press(key: &str, focus: Focus) -> KeyPress<'_> {
        KeyPress {
            key,
            modified: false,
            shift: false,
            focus,
            right_to_left: false,
        }
    }

    #[test]
    fn letters_and_digits_pick_choices_in_the_order_shown() {
        let order = ids(&["c", "a", "b"]);
        let pick = |key| action_for(&press(key, Focus::Elsewhere), &order, &[], false, false);
        assert_eq!(pick("a"), Some(Action::Select(order[0].clone())));
        assert_eq!(pick("B"), Some(Action::Select(order[1].clone())));
        assert_eq!(pick("3"), Some(Action::Select(order[2].clone())));
        assert_eq!(pick("4"), None, "there is no fourth choice");
        assert_eq!(pick("é"), None);
    }

    #[test]
    fn shift_with_a_choices_key_rules_it_out_or_back_in() {
        let order = ids(&["c", "a", "b"]);
        let strike = |key| {
            let press = KeyPress {
                shift: true,
                ..press(key, Focus::Elsewhere)
            };
            action_for(&press, &order, &order[..1], true, false)
        };
        assert_eq!(strike("A"), Some(Action::ToggleStrike(order[0].clone())));
        assert_eq!(strike("3"), Some(Action::ToggleStrike(order[2].clone())));
        assert_eq!(strike("4"), None, "there is no fourth choice");
        assert_eq!(
            strike("F"),
            Some(Action::ToggleFlag),
            "other keys keep their meaning"
        );
    }

    #[test]
    fn each_confidence_level_is_set_by_the_key_shown_beside_it() {
        for level in Confidence::ALL {
            let shown = confidence_key(level).to_ascii_uppercase().to_string();
            let action = action_for(&press(&shown, Focus::Elsewhere), &[], &[], false, false);
            assert_eq!(
                action,
                Some(Action::SetConfidence(Some(level))),
                "{level:?}"
            );
        }
    }

    #[test]
    fn in_a_choose_n_question_a_picked_choice_is_cleared_by_its_key() {
        let order = ids(&["a", "b", "c"]);
        let selected = ids(&["b"]);
        let action = action_for(
            &press("b", Focus::Elsewhere),
            &order,
            &selected,
            true,
            false,
        );
        assert_eq!(action, Some(Action::Deselect(order[1].clone())));
    }

    #[test]
    fn moving_flagging_and_checking_have_their_keys() {
        let order = ids(&["a", "b"]);
        let act =
            |key, focus, can_check| action_for(&press(key, focus), &order, &[], false, can_check);
        assert_eq!(act("n", Focus::Elsewhere, false), Some(Action::Next));
        assert_eq!(
            act("ArrowLeft", Focus::Elsewhere, false),
            Some(Action::Previous)
        );
        assert_eq!(act("f", Focus::Control, false), Some(Action::ToggleFlag));
        assert_eq!(
            act("S", Focus::Elsewhere, false),
            Some(Action::SetConfidence(Some(Confidence::Sure)))
        );
        assert_eq!(
            act("g", Focus::Control, false),
            Some(Action::SetConfidence(Some(Confidence::Guess)))
        );
        assert_eq!(act("Enter", Focus::Elsewhere, true), Some(Action::Check));
        assert_eq!(
            act("Enter", Focus::Elsewhere, false),
            None,
            "nothing to check"
        );
    }

    #[test]
    fn keys_keep_their_meaning_in_fields_on_controls_and_with_modifiers() {
        let order = ids(&["a", "b"]);
        let act = |p: KeyPress<'_>| action_for(&p, &order, &[], false, true);
        assert_eq!(act(press("a", Focus::TextField)), None, "typing in a field");
        assert_eq!(
            act(press("Enter", Focus::Control)),
            None,
            "Enter presses the button"
        );
        assert_eq!(
            act(press("ArrowRight", Focus::Control)),
            None,
            "arrows move between radios"
        );
        let ctrl_a = KeyPress {
            key: "a",
            modified: true,
            shift: false,
            focus: Focus::Elsewhere,
            right_to_left: false,
        };
        assert_eq!(act(ctrl_a), None, "Ctrl+A selects text");
    }

    #[test]
    fn right_to_left_the_arrows_move_the_way_they_point() {
        let rtl = |key| KeyPress {
            key,
            modified: false,
            shift: false,
            focus: Focus::Elsewhere,
            right_to_left: true,
        };
        assert_eq!(
            action_for(&rtl("ArrowLeft"), &[], &[], false, false),
            Some(Action::Next)
        );
        assert_eq!(
            action_for(&rtl("ArrowRight"), &[], &[], false, false),
            Some(Action::Previous)
        );
    }

    #[test]
    fn a_layout_typing_other_letters_reads_the_keys_at_the_latin_places() {
        assert_eq!(shortcut_key("т", "KeyN"), "N", "Russian: the N key types т");
        assert_eq!(shortcut_key("ش", "KeyA"), "A", "Arabic: the A key types ش");
        assert_eq!(
            shortcut_key("&", "Digit1"),
            "&",
            "AZERTY's 1 key types & (ASCII): kept"
        );
        assert_eq!(
            shortcut_key("a", "KeyQ"),
            "a",
            "AZERTY's A key is read as the a it types"
        );
        assert_eq!(shortcut_key("ArrowLeft", "ArrowLeft"), "ArrowLeft");
        assert_eq!(shortcut_key("é", "Digit2"), "2", "AZERTY's 2 key types é");
    }
}
