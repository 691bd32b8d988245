//! Confidence marking: how sure the candidate was of each answer, and the certainty-based score
//! in Moodle's scheme, shown beside the exam score and never instead of it.
//!
//! Moodle's three certainty levels: the lowest gives +1 right and 0 wrong, the middle +2 / −2,
//! the highest +3 / −6. A question with no confidence given counts at the lowest level.

use serde::{Deserialize, Serialize};

use super::fsrs::Rating;

/// How sure the candidate says they are of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Guess,
    Unsure,
    Sure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Guess, Confidence::Unsure, Confidence::Sure];

    /// The word naming this level in element ids and saved data: fixed, never shown, never
    /// translated (what a candidate reads is the interface's label for it).
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Guess => "guess",
            Confidence::Unsure => "unsure",
            Confidence::Sure => "sure",
        }
    }

    /// The value the results CSV gives this level: the English word, fixed whatever language
    /// the interface speaks, so a teacher's sheets read every candidate's file alike.
    pub fn csv_value(self) -> &'static str {
        match self {
            Confidence::Guess => "Guess",
            Confidence::Unsure => "Unsure",
            Confidence::Sure => "Sure",
        }
    }

    /// The marks Moodle's certainty-based marking gives a right and a wrong answer.
    fn marks(self) -> (i64, i64) {
        match self {
            Confidence::Guess => (1, 0),
            Confidence::Unsure => (2, -2),
            Confidence::Sure => (3, -6),
        }
    }
}

/// The grade an answer gives the memory model: a wrong answer is "again"; a right one is graded
/// by how sure the candidate was ("good" when they did not say).
pub fn rating(correct: bool, confidence: Option<Confidence>) -> Rating {
    match (correct, confidence) {
        (false, _) => Rating::Again,
        (true, Some(Confidence::Guess)) => Rating::Hard,
        (true, Some(Confidence::Unsure) | None) => Rating::Good,
        (true, Some(Confidence::Sure)) => Rating::Easy,
    }
}

/// The certainty-based score of a set of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CertaintyScore {
    pub marks: i64,
    /// The most a candidate could have: every answer right and sure.
    pub best: i64,
    pub questions: usize,
}

impl CertaintyScore {
    /// Scores `(answered right, confidence)` pairs; an unanswered question is wrong.
    pub fn of(answers: impl IntoIterator<Item = (bool, Option<Confidence>)>) -> CertaintyScore {
        let mut score = CertaintyScore {
            marks: 0,
            best: 0,
            questions: 0,
        };
        for (right, confidence) in answers {
            let (gain, loss) = confidence.unwrap_or(Confidence::Guess).marks();
            score.marks += if right { gain } else { loss };
            score.best += Confidence::Sure.marks().0;
            score.questions += 1;
        }
        score
    }

    /// Marks per question, from −6 to 3 (Moodle's "CBM average").
    pub fn average(&self) -> f64 {
        if self.questions == 0 {
            0.0
        } else {
            self.marks as f64 / self.questions as f64
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_follow_moodles_three_levels_and_no_choice_counts_as_the_lowest() {
        use Confidence::*;
        let score = |right, c| CertaintyScore::of([(right, c)]).marks;
        assert_eq!(
            [
                score(true, Some(Guess)),
                score(true, Some(Unsure)),
                score(true, Some(Sure))
            ],
            [1, 2, 3]
        );
        assert_eq!(
            [
                score(false, Some(Guess)),
                score(false, Some(Unsure)),
                score(false, Some(Sure))
            ],
            [0, -2, -6]
        );
        assert_eq!(score(true, None), 1);
        assert_eq!(score(false, None), 0);
    }

    #[test]
    fn the_score_adds_up_over_questions_with_its_best_and_average() {
        use Confidence::*;
        let score = CertaintyScore::of([
            (true, Some(Sure)),
            (false, Some(Sure)),
            (true, Some(Unsure)),
            (true, None),
        ]);
        assert_eq!(score.marks, 3 - 6 + 2 + 1);
        assert_eq!(score.best, 12);
        assert_eq!(score.average(), 0.0);
    }

    #[test]
    fn a_right_answer_is_graded_by_confidence_and_a_wrong_one_is_again() {
        assert_eq!(rating(false, Some(Confidence::Sure)), Rating::Again);
        assert_eq!(rating(true, Some(Confidence::Guess)), Rating::Hard);
        assert_eq!(rating(true, None), Rating::Good);
        assert_eq!(rating(true, Some(Confidence::Sure)), Rating::Easy);
    }
}
