//! What can be wrong with a catalogue, as data: the file, the line, the message and what is wrong.

use std::fmt;

/// One problem in a catalogue file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the problem is the file's as a whole.
    pub line: usize,
    /// The message it is about, when it is about one.
    pub message: Option<String>,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Fluent's own parser refused the text.
    Syntax(String),
    /// An id given twice.
    Duplicate,
    /// A message attribute (`.label = …`): the interface's messages are values only.
    Attribute(String),
    /// A function call (`NUMBER(…)`): numbers and plurals come from the page's `Intl` without one.
    Function(String),
    /// A reference to a term or a message the file does not define.
    UnknownReference(String),
    /// A message or term that refers back to itself through others.
    CyclicReference,
    /// A message English has and this language lacks.
    Missing,
    /// A message this language has and English does not.
    NotInEnglish,
    /// The variables differ from English's.
    Placeholders {
        english: Vec<String>,
        here: Vec<String>,
    },
    /// A plural case the language does not have (`[few]` in English).
    UnknownPluralCategory { category: String },
    /// Plural forms the language has that a plural selection does not name (its default counts
    /// by the name it has), so some counts would read in another form's grammar.
    MissingPluralForms { categories: Vec<String> },
    /// A language whose plural rules CLDR does not know.
    UnknownLanguage,
    /// A file without `language-name`, the language's name in itself for the language menu.
    NoLanguageName,
    /// An English message no code uses.
    Unused,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some(message) = &self.message {
            write!(f, ": message `{message}`")?;
        }
        write!(f, ": ")?;
        match &self.kind {
            ProblemKind::Syntax(error) => write!(f, "Fluent cannot read this: {error}"),
            ProblemKind::Duplicate => write!(f, "defined twice; the first one counts"),
            ProblemKind::Attribute(name) => write!(
                f,
                "has an attribute `.{name}`; give it a message of its own instead"
            ),
            ProblemKind::Function(name) => write!(
                f,
                "calls {name}(); write the variable alone: numbers and plurals follow the language by themselves"
            ),
            ProblemKind::UnknownReference(id) => {
                write!(f, "refers to `{id}`, which this file does not define")
            }
            ProblemKind::CyclicReference => write!(f, "refers back to itself"),
            ProblemKind::Missing => write!(f, "is in English and missing here"),
            ProblemKind::NotInEnglish => write!(
                f,
                "is not in English (a misspelt id, or one English dropped)"
            ),
            ProblemKind::Placeholders { english, here } => write!(
                f,
                "uses the variables {{{}}} where English uses {{{}}}",
                dollars(here),
                dollars(english)
            ),
            ProblemKind::UnknownPluralCategory { category } => write!(
                f,
                "has a plural case [{category}] this language does not have"
            ),
            ProblemKind::MissingPluralForms { categories } => write!(
                f,
                "lacks this language's plural forms [{}], so those counts would take another form",
                categories.join("], [")
            ),
            ProblemKind::UnknownLanguage => write!(
                f,
                "is named for a language whose plural rules are unknown; name it with a BCP 47 tag (fr.ftl, pt-BR.ftl)"
            ),
            ProblemKind::NoLanguageName => write!(
                f,
                "has no `language-name`, the language's name in itself, which the language menu shows"
            ),
            ProblemKind::Unused => write!(f, "is used by no code; remove it, or use it"),
        }
    }
}

fn dollars(names: &[String]) -> String {
    names
        .iter()
        .map(|name| format!("${name}"))
        .collect::<Vec<_>>()
        .join(", ")
}
