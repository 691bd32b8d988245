//! Sessions: building exams from a seed, answering, flagging, moving, checking, submitting, timing out, saving.

use crate::common;

use exam_engine::bank::Id;
use exam_engine::session::{
    Accommodation, Action, ExamConfig, FinishReason, Highlight, MAX_HIGHLIGHTS, MAX_NOTE_CHARS,
    Mode, Passage, Rejected, RestoreError, Session,
};

const MINUTE: u64 = 60_000;
const T0: u64 = 1_700_000_000_000;

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn config(mode: Mode, seed: u64) -> ExamConfig {
    let mut c = ExamConfig::defaults_for(&common::bank(), seed);
    c.mode = mode;
    c
}

fn order(session: &Session) -> Vec<String> {
    session
        .slots()
        .iter()
        .map(|s| {
            let choices: Vec<&str> = s.choice_order().iter().map(Id::as_str).collect();
            format!("{}:{}", s.question_id(), choices.join(""))
        })
        .collect()
}

/// Finds the slot index of a question and moves there.
fn go_to(session: &mut Session, question: &str) {
    let index = session
        .slots()
        .iter()
        .position(|s| s.question_id().as_str() == question)
        .expect("question in exam");
    session.apply(T0, Action::GoTo(index)).unwrap();
}

fn unshuffled(mode: Mode) -> Session {
    let bank = common::bank();
    let mut c = config(mode, 1);
    c.shuffle_questions = false;
    c.shuffle_choices = false;
    c.question_count = 6;
    Session::start(&bank, &c, T0).unwrap()
}

#[test]
fn the_same_seed_gives_the_same_questions_and_choice_order() {
    let bank = common::bank();
    let a = Session::start(&bank, &config(Mode::Exam, 42), T0).unwrap();
    let b = Session::start(&bank, &config(Mode::Exam, 42), T0 + 5 * MINUTE).unwrap();
    assert_eq!(order(&a), order(&b));
}

#[test]
fn different_seeds_give_different_exams() {
    let bank = common::bank();
    let orders: std::collections::HashSet<Vec<String>> = (0..10)
        .map(|seed| order(&Session::start(&bank, &config(Mode::Exam, seed), T0).unwrap()))
        .collect();
    assert!(orders.len() > 5, "only {} distinct exams", orders.len());
}

#[test]
fn without_shuffling_questions_and_choices_keep_bank_order() {
    let session = unshuffled(Mode::Exam);
    assert_eq!(
        order(&session),
        [
            "q1:abcd", "q2:abcd", "q3:abcd", "q4:abcd", "q5:abcde", "q6:abcde"
        ]
    );
}

#[test]
fn the_question_count_is_taken_and_capped_at_what_exists() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 3);
    c.question_count = 2;
    assert_eq!(Session::start(&bank, &c, T0).unwrap().slots().len(), 2);
    c.question_count = 99;
    assert_eq!(Session::start(&bank, &c, T0).unwrap().slots().len(), 6);
    c.question_count = 0;
    assert!(Session::start(&bank, &c, T0).is_err());
}

#[test]
fn a_topic_filter_keeps_only_that_topic() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 9);
    c.question_count = 99;
    c.topics = vec!["Containers".into()];
    let session = Session::start(&bank, &c, T0).unwrap();
    assert_eq!(common::sorted_question_ids(&session), ["q3", "q4", "q6"]);
    c.topics = vec!["Nope".into()];
    assert!(Session::start(&bank, &c, T0).is_err());
}

#[test]
fn only_questions_restricts_the_exam_to_those_ids() {
    let bank = common::bank();
    let mut c = config(Mode::Practice, 9);
    c.only_questions = vec![id("q2"), id("q5")];
    let session = Session::start(&bank, &c, T0).unwrap();
    assert_eq!(common::sorted_question_ids(&session), ["q2", "q5"]);
}

#[test]
fn selecting_on_a_single_answer_question_replaces_the_answer() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0, Action::Select(id("a"))).unwrap();
    s.apply(T0, Action::Select(id("c"))).unwrap();
    assert_eq!(s.current().selected(), [id("c")]);
}

#[test]
fn choose_two_takes_two_and_refuses_a_third_until_one_is_cleared() {
    let mut s = unshuffled(Mode::Exam);
    go_to(&mut s, "q5");
    s.apply(T0, Action::Select(id("d"))).unwrap();
    s.apply(T0, Action::Select(id("a"))).unwrap();
    assert_eq!(
        s.apply(T0, Action::Select(id("b"))),
        Err(Rejected::TooManyChoices { choose: 2 })
    );
    assert_eq!(s.current().selected(), [id("a"), id("d")]);
    s.apply(T0, Action::Deselect(id("d"))).unwrap();
    s.apply(T0, Action::Select(id("b"))).unwrap();
    assert_eq!(s.current().selected(), [id("a"), id("b")]);
}

#[test]
fn striking_rules_a_choice_out_and_back_in_without_touching_the_answer() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0, Action::Select(id("c"))).unwrap();
    s.apply(T0, Action::ToggleStrike(id("d"))).unwrap();
    s.apply(T0, Action::ToggleStrike(id("a"))).unwrap();
    assert_eq!(
        s.current().struck(),
        [id("a"), id("d")],
        "kept in display order"
    );
    // Striking the chosen choice unpicks nothing; choosing a struck one unstrikes nothing.
    s.apply(T0, Action::ToggleStrike(id("c"))).unwrap();
    assert_eq!(s.current().selected(), [id("c")]);
    s.apply(T0, Action::Select(id("a"))).unwrap();
    assert_eq!(s.current().selected(), [id("a")]);
    assert!(s.current().is_struck(&id("a")));
    s.apply(T0, Action::ToggleStrike(id("a"))).unwrap();
    assert_eq!(s.current().struck(), [id("c"), id("d")]);
    assert_eq!(
        s.apply(T0, Action::ToggleStrike(id("zz"))),
        Err(Rejected::NotAChoice(id("zz")))
    );
}

#[test]
fn strikes_are_saved_and_refused_once_the_answer_is_locked() {
    let bank = common::bank();
    let mut s = unshuffled(Mode::Practice);
    s.apply(T0, Action::ToggleStrike(id("b"))).unwrap();
    let back = Session::restore(&s.to_json(), &bank).unwrap();
    assert_eq!(back, s);
    assert!(back.current().is_struck(&id("b")));
    s.apply(T0, Action::Select(id("a"))).unwrap();
    s.apply(T0, Action::Check).unwrap();
    assert_eq!(
        s.apply(T0, Action::ToggleStrike(id("c"))),
        Err(Rejected::Locked)
    );
    s.apply(T0, Action::Submit).unwrap();
    assert_eq!(
        s.apply(T0, Action::ToggleStrike(id("b"))),
        Err(Rejected::Finished)
    );
}

#[test]
fn a_saved_strike_of_a_choice_the_question_lacks_is_refused() {
    let bank = common::bank();
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0, Action::ToggleStrike(id("b"))).unwrap();
    let json = s
        .to_json()
        .replacen("\"struck\":[\"b\"]", "\"struck\":[\"zz\"]", 1);
    assert_ne!(json, s.to_json(), "the saved session names its strikes");
    assert!(matches!(
        Session::restore(&json, &bank),
        Err(RestoreError::Inconsistent(_))
    ));
}

fn highlight(passage: Passage, start: u32, end: u32, text: &str) -> Highlight {
    Highlight {
        passage,
        start,
        end,
        text: text.to_owned(),
    }
}

#[test]
fn highlights_and_a_note_are_kept_with_the_question_and_saved() {
    let bank = common::bank();
    let mut s = unshuffled(Mode::Practice);
    s.apply(
        T0,
        Action::Highlight(highlight(Passage::Prompt, 0, 5, "Which")),
    )
    .unwrap();
    s.apply(
        T0,
        Action::Highlight(highlight(Passage::Choice(id("b")), 2, 9, "runs on")),
    )
    .unwrap();
    // One that overlaps replaces it.
    s.apply(
        T0,
        Action::Highlight(highlight(Passage::Prompt, 3, 8, "ch se")),
    )
    .unwrap();
    assert_eq!(
        s.current().highlights(),
        [
            highlight(Passage::Choice(id("b")), 2, 9, "runs on"),
            highlight(Passage::Prompt, 3, 8, "ch se")
        ]
    );
    s.apply(T0, Action::SetNote("Billing is per request.".to_owned()))
        .unwrap();
    s.apply(T0, Action::Select(id("a"))).unwrap();
    s.apply(T0, Action::Check).unwrap();
    // Still the candidate's to change once the answer is checked.
    s.apply(T0, Action::SetNote("Checked: per request.".to_owned()))
        .unwrap();
    let back = Session::restore(&s.to_json(), &bank).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.current().note(), "Checked: per request.");
    s.apply(T0, Action::ClearHighlights).unwrap();
    assert!(s.current().highlights().is_empty());
}

#[test]
fn a_note_or_highlight_beyond_its_limits_is_refused() {
    let mut s = unshuffled(Mode::Exam);
    assert_eq!(
        s.apply(T0, Action::SetNote("x".repeat(MAX_NOTE_CHARS + 1))),
        Err(Rejected::NoteTooLong)
    );
    s.apply(T0, Action::SetNote("x".repeat(MAX_NOTE_CHARS)))
        .unwrap();
    assert_eq!(
        s.apply(
            T0,
            Action::Highlight(highlight(Passage::Choice(id("zz")), 0, 2, "no"))
        ),
        Err(Rejected::NotAPassage)
    );
    assert_eq!(
        s.apply(T0, Action::Highlight(highlight(Passage::Prompt, 4, 4, ""))),
        Err(Rejected::NotAPassage)
    );
    for n in 0..MAX_HIGHLIGHTS as u32 {
        s.apply(
            T0,
            Action::Highlight(highlight(Passage::Prompt, n * 2, n * 2 + 1, "w")),
        )
        .unwrap();
    }
    assert_eq!(
        s.apply(
            T0,
            Action::Highlight(highlight(Passage::Prompt, 100, 101, "w"))
        ),
        Err(Rejected::TooManyHighlights)
    );
}

#[test]
fn a_choice_from_another_question_is_refused() {
    let mut s = unshuffled(Mode::Exam);
    assert_eq!(
        s.apply(T0, Action::Select(id("e"))),
        Err(Rejected::NotAChoice(id("e")))
    );
}

#[test]
fn flags_toggle_and_stay_with_their_question() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0, Action::ToggleFlag).unwrap();
    s.apply(T0, Action::Next).unwrap();
    assert!(!s.current().is_flagged());
    s.apply(T0, Action::Previous).unwrap();
    assert!(s.current().is_flagged());
    s.apply(T0, Action::ToggleFlag).unwrap();
    assert!(!s.current().is_flagged());
}

#[test]
fn moving_stops_at_both_ends() {
    let mut s = unshuffled(Mode::Exam);
    assert_eq!(
        s.apply(T0, Action::Previous),
        Err(Rejected::AtFirstQuestion)
    );
    s.apply(T0, Action::GoTo(5)).unwrap();
    assert_eq!(s.apply(T0, Action::Next), Err(Rejected::AtLastQuestion));
    assert_eq!(s.current_index(), 5);
    assert_eq!(
        s.apply(T0, Action::GoTo(6)),
        Err(Rejected::NoSuchQuestion(6))
    );
}

#[test]
fn checking_in_practice_mode_locks_the_answer() {
    let mut s = unshuffled(Mode::Practice);
    assert_eq!(s.apply(T0, Action::Check), Err(Rejected::NothingSelected));
    s.apply(T0, Action::Select(id("b"))).unwrap();
    s.apply(T0, Action::Check).unwrap();
    assert!(s.current().is_checked());
    assert_eq!(s.apply(T0, Action::Select(id("a"))), Err(Rejected::Locked));
    assert_eq!(s.apply(T0, Action::Check), Err(Rejected::Locked));
    assert_eq!(s.current().selected(), [id("b")]);
}

#[test]
fn checking_is_refused_in_exam_mode() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0, Action::Select(id("b"))).unwrap();
    assert_eq!(s.apply(T0, Action::Check), Err(Rejected::NotPracticeMode));
}

#[test]
fn remaining_time_is_computed_from_the_deadline_not_counted() {
    let s = unshuffled(Mode::Exam);
    assert_eq!(s.deadline_ms(), Some(T0 + 6 * MINUTE));
    assert_eq!(s.remaining_ms(T0), Some(6 * MINUTE));
    assert_eq!(s.remaining_ms(T0 + 90_500), Some(6 * MINUTE - 90_500));
    assert_eq!(s.remaining_ms(T0 + 60 * MINUTE), Some(0));
}

#[test]
fn a_clock_before_the_start_never_adds_time() {
    let s = unshuffled(Mode::Exam);
    assert_eq!(s.remaining_ms(T0 - 10 * MINUTE), Some(6 * MINUTE));
    assert_eq!(s.time_used_ms(T0 - 10 * MINUTE), 0);
}

#[test]
fn an_action_after_the_deadline_is_refused_and_ends_the_exam_as_timed_out() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0 + MINUTE, Action::Select(id("a"))).unwrap();
    let late = T0 + 6 * MINUTE + 1;
    assert_eq!(
        s.apply(late, Action::Select(id("b"))),
        Err(Rejected::Finished)
    );
    let finish = s.finish().unwrap();
    assert_eq!(finish.reason, FinishReason::TimeRanOut);
    assert_eq!(finish.at_ms, T0 + 6 * MINUTE);
    assert_eq!(s.current().selected(), [id("a")]);
    assert_eq!(s.time_used_ms(late + MINUTE), 6 * MINUTE);
}

#[test]
fn a_tick_at_the_deadline_expires_the_exam_and_before_it_does_nothing() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0 + 6 * MINUTE - 1, Action::Tick).unwrap();
    assert!(!s.is_finished());
    s.apply(T0 + 6 * MINUTE, Action::Tick).unwrap();
    assert_eq!(s.finish().unwrap().reason, FinishReason::TimeRanOut);
}

#[test]
fn submitting_ends_the_exam_and_refuses_further_changes() {
    let mut s = unshuffled(Mode::Exam);
    s.apply(T0 + 2 * MINUTE, Action::Submit).unwrap();
    assert_eq!(s.finish().unwrap().reason, FinishReason::Submitted);
    assert_eq!(s.time_used_ms(T0 + 50 * MINUTE), 2 * MINUTE);
    assert_eq!(
        s.apply(T0, Action::Select(id("a"))),
        Err(Rejected::Finished)
    );
    assert_eq!(s.apply(T0, Action::Submit), Err(Rejected::Finished));
}

#[test]
fn accommodations_scale_the_time_limit_or_remove_it() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 1);
    c.time_limit_ms = Some(20 * MINUTE);
    for (accommodation, expected) in [
        (Accommodation::Standard, Some(20 * MINUTE)),
        (Accommodation::Extended150, Some(30 * MINUTE)),
        (Accommodation::Extended200, Some(40 * MINUTE)),
        (Accommodation::Esl30, Some(50 * MINUTE)),
        (Accommodation::Untimed, None),
    ] {
        c.accommodation = accommodation;
        let s = Session::start(&bank, &c, T0).unwrap();
        assert_eq!(s.time_limit_ms(), expected);
        assert_eq!(s.deadline_ms(), expected.map(|limit| T0 + limit));
        assert_eq!(s.accommodation(), accommodation);
    }
}

#[test]
fn esl_adds_thirty_minutes_to_any_limit_and_none_to_no_limit() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 1);
    assert_eq!(c.time_limit_ms, Some(6 * MINUTE), "the bank's own limit");
    c.accommodation = Accommodation::Esl30;
    // The bank's own limit, a short one of the candidate's choosing, the longest a link allows,
    // and none (practice): each gets thirty minutes more, nothing is capped, none stays none.
    for (limit, expected) in [
        (Some(6 * MINUTE), Some(36 * MINUTE)),
        (Some(MINUTE), Some(31 * MINUTE)),
        (Some(1440 * MINUTE), Some(1470 * MINUTE)),
        (None, None),
    ] {
        c.time_limit_ms = limit;
        let s = Session::start(&bank, &c, T0).unwrap();
        assert_eq!(s.time_limit_ms(), expected, "limit {limit:?}");
    }
}

#[test]
fn an_esl_exam_saves_and_restores_with_its_extra_time() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 4);
    c.accommodation = Accommodation::Esl30;
    let s = Session::start(&bank, &c, T0).unwrap();
    let json = s.to_json();
    assert!(json.contains(r#""accommodation":"esl30""#), "{json}");
    let restored = Session::restore(&json, &bank).unwrap();
    assert_eq!(restored.accommodation(), Accommodation::Esl30);
    assert_eq!(restored.time_limit_ms(), Some(36 * MINUTE));
    assert_eq!(restored, s);
}

#[test]
fn an_untimed_exam_never_runs_out() {
    let bank = common::bank();
    let mut c = config(Mode::Practice, 1);
    c.time_limit_ms = None;
    let mut s = Session::start(&bank, &c, T0).unwrap();
    assert_eq!(s.remaining_ms(T0 + 1000 * MINUTE), None);
    s.apply(T0 + 1000 * MINUTE, Action::Tick).unwrap();
    assert!(!s.is_finished());
}

fn played() -> Session {
    let mut s = Session::start(&common::bank(), &config(Mode::Practice, 77), T0).unwrap();
    let first = s.current().choice_order()[0].clone();
    s.apply(T0 + 1, Action::Select(first)).unwrap();
    s.apply(T0 + 2, Action::Check).unwrap();
    s.apply(T0 + 3, Action::Next).unwrap();
    s.apply(T0 + 4, Action::ToggleFlag).unwrap();
    s.apply(T0 + 5, Action::Next).unwrap();
    s
}

#[test]
fn a_saved_session_restores_equal_with_answers_flags_checks_and_position() {
    let bank = common::bank();
    let s = played();
    let restored = Session::restore(&s.to_json(), &bank).unwrap();
    assert_eq!(restored, s);
    assert_eq!(restored.current_index(), 2);
    assert!(restored.slots()[0].is_checked());
    assert!(restored.slots()[1].is_flagged());
    assert_eq!(restored.deadline_ms(), s.deadline_ms());
}

#[test]
fn a_saved_session_carries_its_format_version() {
    let json: serde_json::Value = serde_json::from_str(&played().to_json()).unwrap();
    assert_eq!(json["format"], 1);
}

#[test]
fn corrupt_or_truncated_saved_data_is_refused_as_corrupt() {
    let bank = common::bank();
    let json = played().to_json();
    for bad in ["", "not json", "{}", "[1,2]", &json[..json.len() / 2]] {
        match Session::restore(bad, &bank) {
            Err(RestoreError::Corrupt(_)) => {}
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
}

#[test]
fn saved_data_from_an_unknown_format_version_is_refused_as_such() {
    let bank = common::bank();
    let json = played()
        .to_json()
        .replacen("\"format\":1", "\"format\":99", 1);
    assert_eq!(
        Session::restore(&json, &bank),
        Err(RestoreError::UnknownFormat("99".into()))
    );
}

#[test]
fn a_format_version_that_is_not_the_whole_number_one_is_unknown_and_quoted_as_saved() {
    let bank = common::bank();
    for (saved, reported) in [
        ("1.0", "1.0"),
        ("\"1\"", "\"1\""),
        ("[1]", "[1]"),
        ("-1", "-1"),
    ] {
        let json = played()
            .to_json()
            .replacen("\"format\":1", &format!("\"format\":{saved}"), 1);
        assert_eq!(
            Session::restore(&json, &bank),
            Err(RestoreError::UnknownFormat(reported.into())),
            "{saved}"
        );
    }
    let without = played()
        .to_json()
        .replacen("\"format\":1", "\"format\":null", 1);
    assert!(matches!(
        Session::restore(&without, &bank),
        Err(RestoreError::Corrupt(_))
    ));
}

#[test]
fn a_session_for_a_changed_bank_is_refused() {
    let json = played().to_json();
    let mut changed = common::bank_json();
    changed["questions"][0]["answer"] = serde_json::json!("b");
    let changed = common::parse(&changed).unwrap();
    assert_eq!(
        Session::restore(&json, &changed),
        Err(RestoreError::BankChanged)
    );
}

#[test]
fn a_wording_fix_in_the_bank_keeps_saved_sessions() {
    let json = played().to_json();
    let mut edited = common::bank_json();
    edited["questions"][0]["explanation"] = serde_json::json!("A better explanation.");
    let edited = common::parse(&edited).unwrap();
    assert!(Session::restore(&json, &edited).is_ok());
}

#[test]
fn a_session_for_another_bank_is_refused() {
    let json = played().to_json();
    let mut other = common::bank_json();
    other["id"] = serde_json::json!("other");
    let other = common::parse(&other).unwrap();
    assert!(matches!(
        Session::restore(&json, &other),
        Err(RestoreError::OtherBank { .. })
    ));
}

#[test]
fn a_tampered_session_with_an_impossible_answer_is_refused() {
    let bank = common::bank();
    let s = played();
    let mut json: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    json["session"]["slots"][0]["selected"] = serde_json::json!(["zz"]);
    assert!(matches!(
        Session::restore(&json.to_string(), &bank),
        Err(RestoreError::Inconsistent(_))
    ));
    let mut json: serde_json::Value = serde_json::from_str(&s.to_json()).unwrap();
    json["session"]["current"] = serde_json::json!(99);
    assert!(matches!(
        Session::restore(&json.to_string(), &bank),
        Err(RestoreError::Inconsistent(_))
    ));
}

#[test]
fn a_clock_set_backwards_after_an_action_gives_no_time_back() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 1);
    c.time_limit_ms = Some(600_000);
    let mut session = Session::start(&bank, &c, 0).unwrap();
    session.apply(60_000, Action::ToggleFlag).unwrap();
    assert_eq!(session.remaining_ms(60_000), Some(540_000));
    assert_eq!(
        session.remaining_ms(30_000),
        Some(540_000),
        "half a minute back"
    );
    assert_eq!(session.remaining_ms(0), Some(540_000), "back to the start");
    session.apply(1_000, Action::Tick).unwrap();
    assert_eq!(session.time_used_ms(1_000), 60_000);
}

#[test]
fn a_clock_set_backwards_gives_no_time_back_after_a_reload_either() {
    let bank = common::bank();
    let mut c = config(Mode::Exam, 1);
    c.time_limit_ms = Some(600_000);
    let mut session = Session::start(&bank, &c, 0).unwrap();
    session.apply(120_000, Action::Next).unwrap();
    let restored = Session::restore(&session.to_json(), &bank).unwrap();
    assert_eq!(restored.remaining_ms(5_000), Some(480_000));
}

#[test]
fn a_session_saved_before_the_clock_floor_existed_still_reads_back() {
    let bank = common::bank();
    let session = Session::start(&bank, &config(Mode::Exam, 1), 0).unwrap();
    let old = session.to_json().replace(",\"latest_ms\":0", "");
    assert!(!old.contains("latest_ms"));
    assert_eq!(Session::restore(&old, &bank).unwrap(), session);
}

#[test]
fn the_countdown_value_agrees_with_the_session_until_the_exam_ends() {
    let bank = common::bank();
    let config = ExamConfig {
        time_limit_ms: Some(60_000),
        ..ExamConfig::defaults_for(&bank, 1)
    };
    let mut session = Session::start(&bank, &config, 1_000).unwrap();
    let countdown = session.countdown().expect("a timed exam has a countdown");
    for now in [0, 1_000, 30_999, 61_000, 90_000] {
        assert_eq!(
            Some(countdown.remaining_ms(now)),
            session.remaining_ms(now),
            "at {now}"
        );
    }
    session.apply(70_000, Action::Tick).unwrap_or(());
    assert!(session.is_finished());
    assert_eq!(session.countdown(), None, "an ended exam has none");
    let untimed = Session::start(
        &bank,
        &ExamConfig {
            time_limit_ms: None,
            ..ExamConfig::defaults_for(&bank, 1)
        },
        0,
    )
    .unwrap();
    assert_eq!(untimed.countdown(), None);
}
