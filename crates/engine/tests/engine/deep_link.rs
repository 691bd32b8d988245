//! Exam links: parsing, writing, and the exam a link fixes.

use crate::common;

use exam_engine::deep_link::{ExamLink, TimeLimit, scaled_minutes};
use exam_engine::session::{Accommodation, Mode, Session};

#[test]
fn a_link_with_a_seed_gives_every_candidate_the_same_exam() {
    let bank = common::bank();
    let link = ExamLink::parse("mode=exam&count=4&seed=42").unwrap();
    let a = Session::start(&bank, &link.config(&bank, 1), 1000).unwrap();
    let b = Session::start(&bank, &link.config(&bank, 999), 5000).unwrap();
    let ids = |s: &Session| {
        s.slots()
            .iter()
            .map(|x| (x.question_id().clone(), x.choice_order().to_vec()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(a.slots().len(), 4);
}

#[test]
fn a_link_round_trips_through_its_query_string() {
    let link = ExamLink::parse(
        "mode=practice&count=3&seed=7&topics=AWS%20Lambda,Docker%2C%20ECS&shuffle=off&time=none&extra=1.5",
    )
    .unwrap();
    assert_eq!(link.mode, Some(Mode::Practice));
    assert_eq!(link.topics, ["AWS Lambda", "Docker, ECS"]);
    assert_eq!(link.time, Some(TimeLimit::Unlimited));
    assert_eq!(link.accommodation, Some(Accommodation::Extended150));
    assert_eq!(ExamLink::parse(&link.to_query()).unwrap(), link);
}

#[test]
fn an_esl_link_round_trips_and_gives_the_limit_plus_thirty_minutes() {
    let bank = common::bank();
    let link = ExamLink::parse("mode=exam&count=4&seed=9&extra=esl30").unwrap();
    assert_eq!(link.accommodation, Some(Accommodation::Esl30));
    assert_eq!(link.to_query(), "mode=exam&count=4&seed=9&extra=esl30");
    let session = Session::start(&bank, &link.config(&bank, 0), 0).unwrap();
    assert_eq!(session.time_limit_ms(), Some((6 + 30) * 60_000));
    // A limit the link sets is extended the same way, the longest one too.
    let longest = ExamLink::parse("time=1440&extra=esl30").unwrap();
    assert_eq!(ExamLink::parse(&longest.to_query()).unwrap(), longest);
    let session = Session::start(&bank, &longest.config(&bank, 0), 0).unwrap();
    assert_eq!(session.time_limit_ms(), Some(1470 * 60_000));
    // Practice without a limit stays without one.
    let untimed = ExamLink::parse("mode=practice&time=none&extra=esl30").unwrap();
    let session = Session::start(&bank, &untimed.config(&bank, 0), 0).unwrap();
    assert_eq!(session.time_limit_ms(), None);
    assert_eq!(
        ExamLink::parse("extra=esl")
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["extra=esl: extra time is 1, 1.5, 2, esl30 or untimed"]
    );
}

#[test]
fn every_bad_parameter_is_reported() {
    let problems = ExamLink::parse("mode=quiz&count=0&seed=x&colour=red").unwrap_err();
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems[0].to_string().starts_with("mode=quiz"));
    assert!(problems[3].to_string().starts_with("colour"));
}

#[test]
fn leaving_everything_out_gives_the_bank_defaults_in_exam_mode() {
    let bank = common::bank();
    let config = ExamLink::parse("").unwrap().config(&bank, 5);
    assert_eq!(config.mode, Mode::Exam);
    assert_eq!(config.question_count, 4);
    assert_eq!(config.time_limit_ms, Some(6 * 60_000));
    assert_eq!(config.seed, 5);
    assert!(config.shuffle_questions && config.shuffle_choices);
}

#[test]
fn the_default_time_scales_with_the_question_count() {
    let bank = common::bank();
    assert_eq!(scaled_minutes(&bank, 4), 6);
    assert_eq!(scaled_minutes(&bank, 2), 3);
    assert_eq!(scaled_minutes(&bank, 1), 2, "rounded up to whole minutes");
    let config = ExamLink::parse("count=2").unwrap().config(&bank, 0);
    assert_eq!(config.time_limit_ms, Some(3 * 60_000));
}

#[test]
fn no_time_limit_is_allowed_in_practice_mode_only() {
    let bank = common::bank();
    let practice = ExamLink::parse("mode=practice&time=none").unwrap();
    assert_eq!(practice.config(&bank, 0).time_limit_ms, None);
    let exam = ExamLink::parse("mode=exam&time=none").unwrap();
    assert_eq!(exam.config(&bank, 0).time_limit_ms, Some(6 * 60_000));
}

#[test]
fn a_count_above_the_bank_size_is_capped() {
    let bank = common::bank();
    let config = ExamLink::parse("count=500").unwrap().config(&bank, 0);
    assert_eq!(config.question_count, 6);
}

#[test]
fn a_link_can_restrict_the_exam_to_listed_questions() {
    let bank = common::bank();
    let link = ExamLink::parse("only=q2,q5&seed=3").unwrap();
    assert_eq!(ExamLink::parse(&link.to_query()).unwrap(), link);
    let session = Session::start(&bank, &link.config(&bank, 0), 0).unwrap();
    assert_eq!(common::sorted_question_ids(&session), ["q2", "q5"]);
}

#[test]
fn a_link_naming_questions_or_topics_the_bank_lacks_says_which() {
    let bank = common::bank();
    let link = ExamLink::parse("only=q2,no-such-question,bad%20id&topics=Nope").unwrap();
    assert_eq!(
        link.for_bank(&bank)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "only=no-such-question: no question of this bank has this id",
            "only=bad id: no question of this bank has this id",
            "topics=Nope: not a topic of this bank",
        ]
    );
    let fine = ExamLink::parse("only=q2,q5").unwrap();
    assert_eq!(fine.clone().for_bank(&bank), Ok(fine));
}

#[test]
fn the_form_and_links_read_and_write_settings_the_same_way() {
    use exam_engine::deep_link::{
        accommodation_setting, mode_setting, parse_accommodation, parse_mode,
    };
    for mode in [Mode::Practice, Mode::Exam] {
        assert_eq!(parse_mode(mode_setting(mode)), Some(mode));
    }
    for extra in Accommodation::ALL {
        assert_eq!(
            parse_accommodation(accommodation_setting(extra)),
            Some(extra)
        );
    }
    let settings: Vec<&str> = Accommodation::ALL
        .into_iter()
        .map(accommodation_setting)
        .collect();
    assert_eq!(settings, ["1", "1.5", "2", "esl30", "untimed"]);
    assert_eq!(parse_accommodation("esl"), None);
    assert_eq!(parse_accommodation("ESL30"), None);
    for time in [
        TimeLimit::Minutes(1),
        TimeLimit::Minutes(1440),
        TimeLimit::Unlimited,
    ] {
        assert_eq!(TimeLimit::parse(&time.as_setting()), Some(time));
    }
    assert_eq!(TimeLimit::parse("0"), None);
    assert_eq!(TimeLimit::parse("1441"), None);
    assert_eq!(parse_mode("quiz"), None);
}
