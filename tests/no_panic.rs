//! Property tests: no input makes any importer or the JSON reader panic, and every input gives
#![cfg(not(target_arch = "wasm32"))]
//! either a bank or at least one located error.

use exam_practice::engine::import::import;
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
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

const EXTENSIONS: [&str; 5] = ["q.gift", "q.txt", "q.md", "q.json", "q.other"];

fn check(file: &str, bytes: &[u8]) {
    let imported = import(file, bytes);
    match imported.bank {
        Ok(bank) => assert!(!bank.questions().is_empty()),
        Err(errors) => assert!(!errors.0.is_empty()),
    }
}

fn fixtures() -> &'static [Vec<u8>] {
    static FILES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    FILES.get_or_init(read_fixtures)
}

fn read_fixtures() -> Vec<Vec<u8>> {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
    let mut files: Vec<Vec<u8>> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    files.push(
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
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
        for (at, byte, kind) in edits {
            if bytes.is_empty() {
                bytes.push(byte);
                continue;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        for file in EXTENSIONS {
            check(file, &bytes);
        }
    }
}
