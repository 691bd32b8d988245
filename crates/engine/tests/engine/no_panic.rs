//! Property tests: no input makes any importer or the JSON reader panic, and every input gives
#![cfg(not(target_arch = "wasm32"))]
//! either a bank or at least one located error.

use crate::common;

use exam_engine::bank::Id;
use exam_engine::error::Location;
use exam_engine::history::History;
use exam_engine::import::import;
use exam_engine::library::Library;
use exam_engine::session::{Action, ExamConfig, Mode, Session};
use proptest::prelude::*;

/// Pieces of every supported syntax, so random files hit the readers' corners, not just prose.
const PIECES: &[&str] = &[
    "::",
    "{",
    "}",
    "=",
    "~",
    "#",
    "####",
    "%50%",
    "%-100%",
    "\\",
    "->",
    "$CATEGORY: a/b",
    "// note",
    "T",
    "[html]",
    "ANSWER: ",
    "A. ",
    "B) ",
    "- [x] ",
    "- [ ] ",
    "1. ",
    "> ",
    "    ",
    "---",
    "<details><summary>Answer</summary>",
    "</details>",
    "Correct answer: ",
    "## ",
    "```",
    "\"questions\": [",
    "\"choices\": [{\"id\": \"a\"",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\n",
    "\r\n",
    "\n\n",
    "\u{feff}",
    "Lambda",
    "ECS",
    "é",
    "🙂",
    "\u{202e}",
    "a b",
    "9",
    "x\u{301}",
    "~=",
    "- [] ",
    "- [c] ",
    "- [ ] :",
    ":::{quizdown}",
    ":::",
    "```quizdown",
    "<br/>",
    "Correct Answer: BE",
    "Explanation: ",
    "[moodle]",
    "[plain]",
    "<p>",
    "</p>",
    "<b>",
    "<img alt=x>",
    "&nbsp;",
    "A)x",
    "answer: a",
    "    ```python",
    "        ",
    "<?xml version=\"1.0\"?>",
    "<quiz>",
    "</quiz>",
    "<question type=\"multichoice\">",
    "<question type=\"truefalse\">",
    "<question type=\"category\"><category><text>$course$/top/A</text></category>",
    "</question>",
    "<single>false</single>",
    "<answer fraction=\"100\">",
    "<answer fraction=\"33.3\">",
    "</answer>",
    "<text>",
    "</text>",
    "<![CDATA[",
    "]]>",
    "<feedback>",
    "<questiontext format=\"html\">",
    "<file name=\"a.png\" encoding=\"base64\">",
    "&lt;",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

const EXTENSIONS: [&str; 6] = ["q.gift", "q.txt", "q.md", "q.json", "q.xml", "q.other"];

fn check(file: &str, bytes: &[u8]) {
    let imported = import(file, bytes);
    match &imported.bank {
        Ok(bank) => {
            assert!(!bank.questions().is_empty());
            // Every question left out is accounted for by at least one reported problem.
            let mut skipped_numbers: Vec<usize> = imported
                .skipped
                .iter()
                .filter_map(|e| match e.location {
                    Location::Question { number, .. } => Some(number),
                    _ => None,
                })
                .collect();
            skipped_numbers.sort_unstable();
            skipped_numbers.dedup();
            assert_eq!(
                skipped_numbers.len(),
                imported.skipped_questions(),
                "{:?}",
                imported.skipped
            );
            assert!(
                imported
                    .skipped
                    .iter()
                    .all(|e| e.to_string().ends_with("skipped"))
            );
        }
        Err(errors) => {
            assert!(!errors.0.is_empty());
            assert!(imported.skipped.is_empty());
            assert!(
                errors
                    .0
                    .iter()
                    .all(|e| !e.to_string().ends_with("the question is skipped")),
                "a refused file skips no question: {errors}"
            );
        }
    }
}

/// One random edit: where, which byte, and whether to overwrite, delete or insert.
type Edit = (prop::sample::Index, u8, u8);

/// Applies random overwrites, deletions and insertions to a file's bytes.
fn damage(bytes: &mut Vec<u8>, edits: Vec<Edit>) {
    for (at, byte, kind) in edits {
        if bytes.is_empty() {
            bytes.push(byte);
            continue;
        }
        let i = at.index(bytes.len());
        match kind {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            _ => bytes.insert(i, byte),
        }
    }
}

fn fixtures() -> &'static [Vec<u8>] {
    static FILES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    FILES.get_or_init(read_fixtures)
}

fn read_fixtures() -> Vec<Vec<u8>> {
    let folder = concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/tests/fixtures/import"
    );
    let mut files: Vec<Vec<u8>> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    files.push(
        std::fs::read(concat!(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
            "/questions/aws-other-compute.json"
        ))
        .unwrap(),
    );
    files
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn no_mix_of_format_pieces_makes_any_reader_panic(text in text()) {
        for file in EXTENSIONS {
            check(file, text.as_bytes());
        }
    }

    #[test]
    fn no_arbitrary_bytes_make_any_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for file in EXTENSIONS {
            check(file, &bytes);
        }
    }

}

proptest! {
    // Fewer cases: each one damages a whole file, the 66 KB bundled bank among them.
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn no_damage_to_a_real_file_makes_its_reader_panic(
        which in 0usize..16,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..20),
    ) {
        let files = fixtures();
        let mut bytes = files[which % files.len()].clone();
        damage(&mut bytes, edits);
        for file in EXTENSIONS {
            check(file, &bytes);
        }
    }
}

/// A saved practice session with answers, a flag and a check in it, as the app stores it.
fn saved_session() -> &'static str {
    static JSON: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    JSON.get_or_init(|| {
        let bank = common::bank();
        let mut config = ExamConfig::defaults_for(&bank, 7);
        config.mode = Mode::Practice;
        let mut session = Session::start(&bank, &config, 1_000).unwrap();
        let a = Id::parse("a").unwrap();
        let _ = session.apply(2_000, Action::Select(a));
        let _ = session.apply(3_000, Action::ToggleFlag);
        let _ = session.apply(4_000, Action::Check);
        let _ = session.apply(5_000, Action::Next);
        session.to_json()
    })
}

fn read_saved(text: &str) {
    let bank = common::bank();
    if let Ok(session) = Session::restore(text, &bank) {
        // A session that reads back must also be usable.
        let mut session = session;
        let _ = session.apply(10_000, Action::Tick);
        let _ = session.apply(10_000, Action::Next);
    }
    let _ = History::from_json(text);
    let _ = Library::restore(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn no_text_makes_a_saved_data_reader_panic(text in text()) {
        read_saved(&text);
    }

    #[test]
    fn no_damage_to_a_saved_session_makes_its_reader_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
    ) {
        let mut bytes = saved_session().as_bytes().to_vec();
        damage(&mut bytes, edits);
        read_saved(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn the_undamaged_saved_session_reads_back() {
    assert!(Session::restore(saved_session(), &common::bank()).is_ok());
}
