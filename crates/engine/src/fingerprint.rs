//! A fingerprint of what a saved session depends on in its bank: question ids, choices, answers.
//!
//! Wording fixes in prompts or explanations keep the fingerprint, so a teacher can correct a
//! typo without voiding every candidate's saved exam; adding, removing or re-keying questions
//! or choices changes it, and a saved session for the old bank is then set aside.

use super::bank::{Bank, Question};

/// FNV-1a, 64 bits: tiny and stable; this detects edits, it is not a security check.
fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

/// What a candidate answers in one question: its prompt, its choices' texts and its key, as 16
/// hex digits. Spaced review starts a question afresh when this changes; an edited explanation
/// keeps it.
pub fn question_fingerprint(question: &Question) -> String {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    fnv1a(&mut hash, question.prompt().source().as_bytes());
    for choice in question.choices() {
        fnv1a(&mut hash, b"\x1e");
        fnv1a(&mut hash, choice.id().as_str().as_bytes());
        fnv1a(&mut hash, b"\x1f");
        fnv1a(&mut hash, choice.text().source().as_bytes());
        let key: &[u8] = if question.is_correct_choice(choice.id()) {
            b"+"
        } else {
            b"-"
        };
        fnv1a(&mut hash, key);
    }
    format!("{hash:016x}")
}

/// The bank's structural fingerprint as 16 hex digits.
pub fn bank_fingerprint(bank: &Bank) -> String {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for question in bank.questions() {
        fnv1a(&mut hash, question.id().as_str().as_bytes());
        fnv1a(&mut hash, b"\x1e");
        for choice in question.choices() {
            fnv1a(&mut hash, choice.id().as_str().as_bytes());
            fnv1a(
                &mut hash,
                if question.is_correct_choice(choice.id()) {
                    b"+"
                } else {
                    b"-"
                },
            );
        }
        fnv1a(&mut hash, b"\x1f");
    }
    format!("{hash:016x}")
}
