//! Records saved by the app as it is now still read back, and write back byte for byte: users'
//! browsers and downloads hold them, and a change to a reader must not strand them.

use std::collections::BTreeMap;

use exam_engine::history::History;
use exam_engine::library::Library;
use exam_engine::progress;
use exam_engine::result_file::ResultFile;
use exam_engine::review::ReviewBook;
use exam_engine::session::{ExamConfig, Mode, Session};

use super::common;

/// A practice session three questions long, one answered sure, checked and timed, one flagged.
const SESSION: &str = r##"{"format":1,"session":{"bank_id":"sample","bank_fingerprint":"7d5b0c7849ed4c70","mode":"practice","seed":77,"accommodation":"standard","started_at_ms":1700000000000,"time_limit_ms":360000,"deadline_ms":1700000360000,"current":1,"slots":[{"question":"q6","choices":["d","b","e","a","c"],"choose":2,"selected":["d"],"flagged":false,"checked":true,"confidence":"sure","time_ms":3000},{"question":"q2","choices":["d","c","a","b"],"choose":1,"selected":[],"flagged":true,"checked":false},{"question":"q3","choices":["b","a","c","d"],"choose":1,"selected":[],"flagged":false,"checked":false}],"finish":null,"latest_ms":1700000004000,"requeue_missed":true,"shown_at_ms":1700000003000}}"##;

/// The same session as suspend data for an LMS.
const SUSPEND: &str =
    r##"S1|7d5b0c78|1700000000000|1700000004000|1700000003000|1|-|a.cS.3;.f.0;..0"##;

/// Two attempts: an exam passed, a practice run not.
const HISTORY: &str = r##"{"format":1,"attempts":[{"started_at_ms":1700000000000,"mode":"exam","correct":3,"total":4,"passed":true},{"started_at_ms":1700000000009,"mode":"practice","correct":1,"total":4,"passed":false}]}"##;

/// An exam date and two review cards, one right and sure, one missed.
const REVIEW: &str = r##"{"format":1,"exam_date":"2027-02-01","cards":{"q1":{"content":"45d355a4f2aabce9","memory":{"stability":8.2956,"difficulty":1.0},"last_answered_ms":1700000000005,"due_ms":1700691200005,"session_ms":1700000000000,"first_right":true,"last_right":true,"last_confidence":"sure","answers":1},"q2":{"content":"d000bf5c18b030de","memory":{"stability":0.212,"difficulty":6.4133},"last_answered_ms":1700000000006,"due_ms":1700086400006,"session_ms":1700000000000,"first_right":false,"last_right":false,"answers":1}}}"##;

/// The sample bank kept in the browser, opened from a GIFT file.
const LIBRARY: &str = r##"{"format":1,"banks":[{"source":"mine.gift","format":"GIFT","bank":"{\n  \"$schema\": \"bank.schema.json\",\n  \"format\": 1,\n  \"id\": \"sample\",\n  \"title\": \"Sample bank\",\n  \"description\": \"A **small** bank for tests.\",\n  \"topics\": [\n    \"Lambda\",\n    \"Containers\"\n  ],\n  \"default_question_count\": 4,\n  \"default_time_limit_minutes\": 6,\n  \"pass_mark_percent\": 70,\n  \"questions\": [\n    {\n      \"id\": \"q1\",\n      \"topic\": \"Lambda\",\n      \"prompt\": \"Prompt of q1?\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\",\n          \"explanation\": \"Alpha because.\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        }\n      ],\n      \"answer\": \"a\",\n      \"explanation\": \"Why q1.\"\n    },\n    {\n      \"id\": \"q2\",\n      \"topic\": \"Lambda\",\n      \"prompt\": \"Prompt of q2?\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\",\n          \"explanation\": \"Alpha because.\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        }\n      ],\n      \"answer\": \"b\",\n      \"explanation\": \"Why q2.\"\n    },\n    {\n      \"id\": \"q3\",\n      \"topic\": \"Containers\",\n      \"prompt\": \"Prompt of q3?\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\",\n          \"explanation\": \"Alpha because.\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        }\n      ],\n      \"answer\": \"c\",\n      \"explanation\": \"Why q3.\"\n    },\n    {\n      \"id\": \"q4\",\n      \"topic\": \"Containers\",\n      \"prompt\": \"Prompt of q4?\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\",\n          \"explanation\": \"Alpha because.\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        }\n      ],\n      \"answer\": \"d\",\n      \"explanation\": \"Why q4.\"\n    },\n    {\n      \"id\": \"q5\",\n      \"topic\": \"Lambda\",\n      \"prompt\": \"Prompt of q5? (Choose 2)\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        },\n        {\n          \"id\": \"e\",\n          \"text\": \"Echo\"\n        }\n      ],\n      \"answer\": [\n        \"a\",\n        \"c\"\n      ],\n      \"explanation\": \"Why q5.\",\n      \"references\": [\n        {\n          \"title\": \"Docs\",\n          \"url\": \"https://example.org/docs\"\n        }\n      ]\n    },\n    {\n      \"id\": \"q6\",\n      \"topic\": \"Containers\",\n      \"prompt\": \"Prompt of q6? (Choose 2)\",\n      \"choices\": [\n        {\n          \"id\": \"a\",\n          \"text\": \"Alpha\"\n        },\n        {\n          \"id\": \"b\",\n          \"text\": \"Bravo\"\n        },\n        {\n          \"id\": \"c\",\n          \"text\": \"Charlie\"\n        },\n        {\n          \"id\": \"d\",\n          \"text\": \"Delta\"\n        },\n        {\n          \"id\": \"e\",\n          \"text\": \"Echo\"\n        }\n      ],\n      \"answer\": [\n        \"b\",\n        \"e\"\n      ],\n      \"explanation\": \"Why q6.\",\n      \"references\": [\n        {\n          \"title\": \"Docs\",\n          \"url\": \"https://example.org/docs\"\n        }\n      ]\n    }\n  ]\n}\n"}]}"##;

/// The finished session as a result file for a teacher.
const RESULT: &str = r##"{
  "kind": "exam-practice-result",
  "format": 1,
  "bank_id": "sample",
  "bank_title": "Sample bank",
  "bank_fingerprint": "7d5b0c7849ed4c70",
  "candidate": "Ada",
  "seed": 77,
  "mode": "practice",
  "accommodation": "standard",
  "time_limit_ms": 360000,
  "started_at_ms": 1700000000000,
  "time_used_ms": 8000,
  "finish_reason": "submitted",
  "answers": [
    {
      "question": "q6",
      "shown": [
        "d",
        "b",
        "e",
        "a",
        "c"
      ],
      "selected": [
        "d"
      ],
      "flagged": false,
      "confidence": "sure",
      "time_ms": 3000
    },
    {
      "question": "q2",
      "shown": [
        "d",
        "c",
        "a",
        "b"
      ],
      "selected": [],
      "flagged": true,
      "time_ms": 5000
    },
    {
      "question": "q3",
      "shown": [
        "b",
        "a",
        "c",
        "d"
      ],
      "selected": [],
      "flagged": false,
      "time_ms": 0
    }
  ]
}"##;

/// A progress file with the history and the review book of one bank.
const PROGRESS: &str = r##"{
  "kind": "exam-practice-progress",
  "format": 1,
  "saved_at_ms": 1700000000010,
  "banks": {
    "sample": {
      "history": {"format":1,"attempts":[{"started_at_ms":1700000000000,"mode":"exam","correct":3,"total":4,"passed":true},{"started_at_ms":1700000000009,"mode":"practice","correct":1,"total":4,"passed":false}]},
      "review": {"format":1,"exam_date":"2027-02-01","cards":{"q1":{"content":"45d355a4f2aabce9","memory":{"stability":8.2956,"difficulty":1.0},"last_answered_ms":1700000000005,"due_ms":1700691200005,"session_ms":1700000000000,"first_right":true,"last_right":true,"last_confidence":"sure","answers":1},"q2":{"content":"d000bf5c18b030de","memory":{"stability":0.212,"difficulty":6.4133},"last_answered_ms":1700000000006,"due_ms":1700086400006,"session_ms":1700000000000,"first_right":false,"last_right":false,"answers":1}}}
    }
  }
}"##;

/// The exam the saved session and its suspend data were taken on.
fn config() -> ExamConfig {
    ExamConfig {
        mode: Mode::Practice,
        question_count: 3,
        ..ExamConfig::defaults_for(&common::bank(), 77)
    }
}

#[test]
fn a_saved_session_still_restores_and_saves_the_same() {
    let session = Session::restore(SESSION, &common::bank()).unwrap();
    assert_eq!(session.slots().len(), 3);
    assert!(session.slots()[0].is_checked());
    assert!(session.slots()[1].is_flagged());
    assert_eq!(session.to_json(), SESSION);
}

#[test]
fn saved_suspend_data_still_reads_back_and_suspends_the_same() {
    let bank = common::bank();
    let session = Session::from_suspend_data(SUSPEND, &bank, &config()).unwrap();
    assert_eq!(session.to_suspend_data(), SUSPEND);
    assert_eq!(session, Session::restore(SESSION, &bank).unwrap());
}

#[test]
fn a_saved_history_still_reads_back_and_saves_the_same() {
    let history = History::from_json(HISTORY).unwrap();
    assert_eq!(history.attempts().len(), 2);
    assert_eq!(history.to_json(), HISTORY);
}

#[test]
fn a_saved_review_book_still_reads_back_and_saves_the_same() {
    let book = ReviewBook::from_json(REVIEW).unwrap();
    assert!(book.exam_date().is_some());
    assert!(book.card(&common::bank().questions()[1]).is_some());
    assert_eq!(book.to_json(), REVIEW);
}

#[test]
fn a_saved_library_still_restores_and_saves_the_same() {
    let (library, problems) = Library::restore(LIBRARY).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(library.banks.len(), 1);
    assert_eq!(library.to_json(), LIBRARY);
}

#[test]
fn a_downloaded_result_file_still_reads_and_writes_the_same() {
    let result = ResultFile::read("ada.json", RESULT).unwrap();
    assert_eq!(result.candidate.as_deref(), Some("Ada"));
    assert_eq!(result.to_json(), RESULT);
}

#[test]
fn a_downloaded_progress_file_still_loads_whole_and_writes_the_same() {
    let loaded = progress::read("progress.json", PROGRESS).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let banks: BTreeMap<_, _> = loaded.banks;
    assert_eq!(progress::write(1_700_000_000_010, &banks), PROGRESS);
}

#[test]
fn every_accommodation_a_saved_session_or_result_file_names_still_reads_and_writes_the_same() {
    use exam_engine::session::Accommodation;
    // The values saved before ESL +30 existed, and its own; each must read back as the same
    // accommodation and write back byte for byte.
    for (saved, accommodation) in [
        ("standard", Accommodation::Standard),
        ("extended150", Accommodation::Extended150),
        ("extended200", Accommodation::Extended200),
        ("untimed", Accommodation::Untimed),
        ("esl30", Accommodation::Esl30),
    ] {
        let field = format!(r#""accommodation":"{saved}""#);
        let session_json = SESSION.replace(r#""accommodation":"standard""#, &field);
        let session = Session::restore(&session_json, &common::bank()).unwrap();
        assert_eq!(session.accommodation(), accommodation, "{saved}");
        assert_eq!(session.to_json(), session_json);

        let field = format!(r#""accommodation": "{saved}""#);
        let result_json = RESULT.replace(r#""accommodation": "standard""#, &field);
        let result = ResultFile::read("ada.json", &result_json).unwrap();
        assert_eq!(result.accommodation, accommodation, "{saved}");
        assert_eq!(result.to_json(), result_json);
    }
}
