//! One reader for the format version of every saved record, with a typed outcome.
//!
//! It reads a record's envelope, tells "not this format at all", "a version newer than this app
//! knows" and "a known version" apart, and only then reads the record, typed.
//!
//! A record is a JSON object with a whole-number `format` field and, for files a person hands
//! around, a `kind` field naming what the file is. Each format words the outcome itself: it
//! matches on [`RecordError`], so its messages stay its own.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// What a saved format's records must say about themselves to be read as that format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordFormat {
    /// The `kind` every record of this format carries, or `None` for a format without one.
    pub kind: Option<&'static str>,
    /// The one version this build reads (and writes).
    pub version: u32,
}

/// Why a saved version is not the one this build reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionError {
    /// A whole number above the version this build knows: a later version of the app wrote it.
    Newer(u64),
    /// A version no version of the app writes (not a whole number, or below the first), kept as
    /// it was saved so a message can quote it.
    Unknown(String),
}

/// Shows the version as it was saved, so a message can quote it.
impl fmt::Display for VersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VersionError::Newer(version) => write!(f, "{version}"),
            VersionError::Unknown(saved) => f.write_str(saved),
        }
    }
}

/// Why saved text could not be read as a record of a format.
#[derive(Debug)]
pub enum RecordError {
    /// Not this format at all: not JSON, or JSON that is not an object.
    NotJson(serde_json::Error),
    /// Not this format at all: it carries another `kind` (the one it carries, if it is text) or
    /// none.
    OtherKind(Option<String>),
    /// Not this format at all: it has no version, or a null one.
    NoVersion,
    /// A version this build does not read.
    Version(VersionError),
    /// A known version whose content does not fit it.
    Damaged(serde_json::Error),
}

/// A short reason, for formats that have no wording of their own for an outcome.
impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NotJson(error) | RecordError::Damaged(error) => write!(f, "{error}"),
            RecordError::OtherKind(Some(kind)) => write!(f, "its kind is \"{kind}\""),
            RecordError::OtherKind(None) => f.write_str("it names no kind"),
            RecordError::NoVersion => f.write_str("it has no format version"),
            RecordError::Version(version) => {
                write!(f, "format {version} is not one this version reads")
            }
        }
    }
}

impl std::error::Error for RecordError {}

/// Checks a version as saved (its text, e.g. `1`) against the one version `known`. Only the
/// plain decimal spelling counts as a number, so `01`, `+1` or `1.0` are unknown, not 1.
pub fn check_version(saved: &str, known: u32) -> Result<(), VersionError> {
    let number = saved
        .parse::<u64>()
        .ok()
        .filter(|number| number.to_string() == saved);
    match number {
        Some(number) if number == u64::from(known) => Ok(()),
        Some(number) if number > u64::from(known) => Err(VersionError::Newer(number)),
        _ => Err(VersionError::Unknown(saved.to_owned())),
    }
}

/// Reads `json` as a record of `format`: first its envelope (`kind`, then `format`), then, for
/// the known version only, the whole text as `T`. `T` is the record as stored, envelope fields
/// included, so a format that refuses unknown fields still can.
pub fn read<T: DeserializeOwned>(json: &str, format: RecordFormat) -> Result<T, RecordError> {
    // Read as bytes, as every other JSON in the app is: one reader kept in the wasm, not two.
    let bytes = json.as_bytes();
    // A map rather than a struct, so a JSON array is never taken for a record; the values stay
    // as their JSON text, so nothing but the top level is read twice.
    let envelope: BTreeMap<String, &RawValue> =
        serde_json::from_slice(bytes).map_err(RecordError::NotJson)?;
    if let Some(kind) = format.kind {
        let saved = envelope
            .get("kind")
            .and_then(|raw| serde_json::from_slice::<String>(raw.get().as_bytes()).ok());
        if saved.as_deref() != Some(kind) {
            return Err(RecordError::OtherKind(saved));
        }
    }
    let version = envelope
        .get("format")
        .map(|raw| raw.get())
        .filter(|text| *text != "null")
        .ok_or(RecordError::NoVersion)?;
    check_version(version, format.version).map_err(RecordError::Version)?;
    serde_json::from_slice(bytes).map_err(RecordError::Damaged)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// Whether the text is not a record of this format at all, as opposed to one of a version
    /// this build does not read or a damaged one.
    fn is_not_this_format(error: &RecordError) -> bool {
        matches!(
            error,
            RecordError::NotJson(_) | RecordError::OtherKind(_) | RecordError::NoVersion
        )
    }

    #[derive(Debug, PartialEq, Deserialize)]
    struct Note {
        format: u32,
        text: String,
    }

    const NOTE: RecordFormat = RecordFormat {
        kind: None,
        version: 2,
    };

    const LABELLED: RecordFormat = RecordFormat {
        kind: Some("note"),
        version: 2,
    };

    #[test]
    fn a_known_version_is_read_typed() {
        let note: Note = read(r#"{"format":2,"text":"hi"}"#, NOTE).unwrap();
        assert_eq!(
            note,
            Note {
                format: 2,
                text: "hi".to_owned()
            }
        );
    }

    #[test]
    fn a_later_whole_number_is_newer_and_anything_else_is_unknown_as_saved() {
        assert_eq!(check_version("2", 2), Ok(()));
        assert_eq!(check_version("3", 2), Err(VersionError::Newer(3)));
        for saved in ["1", "0", "-1", "2.0", "02", "+2", "\"2\"", "[2]", "2e0", ""] {
            assert_eq!(
                check_version(saved, 2),
                Err(VersionError::Unknown(saved.to_owned())),
                "{saved}"
            );
        }
        assert_eq!(VersionError::Newer(9).to_string(), "9");
    }

    #[test]
    fn a_newer_version_is_refused_before_its_content_is_read() {
        let newer = read::<Note>(r#"{"format":3,"words":["a new shape"]}"#, NOTE);
        assert!(matches!(
            newer,
            Err(RecordError::Version(VersionError::Newer(3)))
        ));
    }

    #[test]
    fn text_that_is_no_record_at_all_is_told_apart_from_a_version() {
        for text in ["", "garbage", "[2,\"hi\"]", "5", "{\"text\":\"hi\"}"] {
            let error = read::<Note>(text, NOTE).unwrap_err();
            assert!(is_not_this_format(&error), "{text}: {error:?}");
        }
        let null = read::<Note>(r#"{"format":null,"text":"hi"}"#, NOTE);
        assert!(matches!(null, Err(RecordError::NoVersion)));
    }

    #[test]
    fn a_known_version_that_does_not_fit_is_damaged() {
        let damaged = read::<Note>(r#"{"format":2,"text":5}"#, NOTE).unwrap_err();
        assert!(matches!(damaged, RecordError::Damaged(_)));
        assert!(!is_not_this_format(&damaged));
    }

    #[test]
    fn a_format_with_a_kind_refuses_records_of_another_kind_or_none() {
        let labelled = r#"{"kind":"note","format":2,"text":"hi"}"#;
        assert!(read::<Note>(labelled, LABELLED).is_ok());
        let other = read::<Note>(&labelled.replace("\"note\"", "\"memo\""), LABELLED);
        assert!(matches!(other, Err(RecordError::OtherKind(Some(kind))) if kind == "memo"));
        let unlabelled = read::<Note>(r#"{"format":2,"text":"hi"}"#, LABELLED);
        assert!(matches!(unlabelled, Err(RecordError::OtherKind(None))));
        let numbered = read::<Note>(r#"{"kind":5,"format":2,"text":"hi"}"#, LABELLED);
        assert!(matches!(numbered, Err(RecordError::OtherKind(None))));
    }

    #[test]
    fn the_kind_is_checked_before_the_version() {
        let foreign = read::<Note>(r#"{"kind":"memo","format":9}"#, LABELLED);
        assert!(matches!(foreign, Err(RecordError::OtherKind(_))));
    }
}
