//! Suspend data for an LMS: a session in a few characters, read back over the same exam.

use exam_engine::certainty::Confidence;
use exam_engine::session::{Action, ExamConfig, RestoreError, Session};

use super::common;

#[test]
fn suspend_data_reads_back_as_the_same_session() {
    let bank = common::bank();
    let config = ExamConfig::defaults_for(&bank, 2024);
    let mut session = Session::start(&bank, &config, 1_000).unwrap();
    let pick = |s: &Session, n: usize| s.current().choice_order()[n].clone();
    session
        .apply(2_000, Action::Select(pick(&session, 1)))
        .unwrap();
    session
        .apply(2_500, Action::SetConfidence(Some(Confidence::Sure)))
        .unwrap();
    session.apply(3_000, Action::ToggleFlag).unwrap();
    session
        .apply(3_500, Action::ToggleStrike(pick(&session, 3)))
        .unwrap();
    session
        .apply(3_600, Action::ToggleStrike(pick(&session, 0)))
        .unwrap();
    session.apply(9_000, Action::Next).unwrap();
    session
        .apply(9_500, Action::Select(pick(&session, 0)))
        .unwrap();
    let data = session.to_suspend_data();
    let back = Session::from_suspend_data(&data, &bank, &config).unwrap();
    assert_eq!(back, session);

    session.apply(20_000, Action::Submit).unwrap();
    let finished = Session::from_suspend_data(&session.to_suspend_data(), &bank, &config).unwrap();
    assert_eq!(finished, session);
}

#[test]
fn suspend_data_for_the_whole_bundled_bank_fits_scorm_12s_4096_characters() {
    let bank = common::bundled_bank();
    let config = ExamConfig {
        question_count: bank.questions().len(),
        time_limit_ms: None,
        ..ExamConfig::defaults_for(&bank, 7)
    };
    let mut session = Session::start(&bank, &config, 1_000).unwrap();
    for i in 0..session.slots().len() {
        let choose = session.current().choose();
        for n in 0..choose {
            let id = session.current().choice_order()[n].clone();
            session.apply(1_000 + i as u64, Action::Select(id)).unwrap();
        }
        // Every other choice ruled out: the most a question's strikes take.
        let others = session.current().choice_order()[choose..].to_vec();
        for id in others {
            session
                .apply(1_000 + i as u64, Action::ToggleStrike(id))
                .unwrap();
        }
        session.apply(1_000 + i as u64, Action::ToggleFlag).unwrap();
        session
            .apply(
                1_000 + i as u64,
                Action::SetConfidence(Some(Confidence::Unsure)),
            )
            .unwrap();
        // A long look at every question: its seconds take three digits.
        let _ = session.apply(1_000 + (i as u64 + 1) * 599_000, Action::Next);
    }
    let data = session.to_suspend_data();
    assert!(
        data.len() <= 4096,
        "{} questions take {} characters",
        bank.questions().len(),
        data.len()
    );
    assert_eq!(
        Session::from_suspend_data(&data, &bank, &config).unwrap(),
        session
    );
}

#[test]
fn suspend_data_for_another_bank_version_or_damaged_is_refused() {
    let bank = common::bank();
    let config = ExamConfig::defaults_for(&bank, 1);
    let session = Session::start(&bank, &config, 1_000).unwrap();
    let data = session.to_suspend_data();
    let mut edited = common::bank_json();
    edited["questions"][0]["answer"] = "b".into();
    let edited = common::parse(&edited).unwrap();
    assert_eq!(
        Session::from_suspend_data(&data, &edited, &config),
        Err(RestoreError::BankChanged)
    );
    assert!(matches!(
        Session::from_suspend_data("S1|garbage", &bank, &config),
        Err(RestoreError::Corrupt(_))
    ));
    let impossible = data.replacen("|..0", "|z..0", 1);
    assert_ne!(impossible, data);
    assert!(Session::from_suspend_data(&impossible, &bank, &config).is_err());
}

#[test]
fn suspend_data_of_another_format_version_is_refused_and_quoted_as_saved() {
    let bank = common::bank();
    let config = ExamConfig::defaults_for(&bank, 1);
    let data = Session::start(&bank, &config, 1_000)
        .unwrap()
        .to_suspend_data();
    for version in ["S2", "S0", "S01", "S+1", "S", "T1", "1"] {
        let other = data.replacen("S1", version, 1);
        assert_eq!(
            Session::from_suspend_data(&other, &bank, &config),
            Err(RestoreError::UnknownFormat(version.to_owned())),
            "{version}"
        );
    }
}
