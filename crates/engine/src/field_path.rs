//! The path of a field inside a bank file, such as `choices[2].text`, as data.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One step of a [`FieldPath`]: a key of an object or a position in a list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Segment {
    /// A key such as `choices` or `text`.
    Key(String),
    /// A 0-based position in a list, such as the `2` of `choices[2]`.
    Index(usize),
}

/// Where a field sits inside its object (the bank, or one question): `answer`,
/// `choices[2].text`, `pass_mark_percent`. Empty for a problem with the file as a whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    /// The path of no field: the problem is with the file as a whole.
    pub fn none() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// The path of one key of the object itself, such as `answer`.
    pub fn key(name: impl Into<String>) -> FieldPath {
        FieldPath(vec![Segment::Key(name.into())])
    }

    /// This path followed by a key: `choices[2]` then `text` gives `choices[2].text`.
    pub fn then(mut self, name: impl Into<String>) -> FieldPath {
        self.0.push(Segment::Key(name.into()));
        self
    }

    /// This path followed by a position in its list: `choices` then `2` gives `choices[2]`.
    pub fn at(mut self, index: usize) -> FieldPath {
        self.0.push(Segment::Index(index));
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The path one step shorter (`choices[2].text` → `choices[2]` → `choices`), or `None`
    /// for a path of one step or none.
    pub fn parent(&self) -> Option<FieldPath> {
        (self.0.len() > 1).then(|| FieldPath(self.0[..self.0.len() - 1].to_vec()))
    }
}

impl From<&str> for FieldPath {
    fn from(name: &str) -> FieldPath {
        FieldPath::key(name)
    }
}

impl fmt::Display for FieldPath {
    /// Writes keys joined by `.` and positions in brackets: `choices[2].text`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(name) if i == 0 => write!(f, "{name}")?,
                Segment::Key(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::FieldPath;

    #[test]
    fn a_path_is_written_with_dots_between_keys_and_brackets_round_positions() {
        assert_eq!(
            FieldPath::key("choices").at(2).then("text").to_string(),
            "choices[2].text"
        );
        assert_eq!(FieldPath::key("topics").at(0).to_string(), "topics[0]");
        assert_eq!(FieldPath::key("answer").to_string(), "answer");
        assert_eq!(FieldPath::none().to_string(), "");
    }

    #[test]
    fn a_parent_drops_the_last_step() {
        let text = FieldPath::key("choices").at(2).then("text");
        let item = text.parent().unwrap();
        assert_eq!(item, FieldPath::key("choices").at(2));
        assert_eq!(item.parent(), Some(FieldPath::key("choices")));
        assert_eq!(FieldPath::key("choices").parent(), None);
    }
}
