//! The messages between the page and the teachers' tools worker: each kind survives the trip
//! through its buffer unchanged, and a damaged buffer is an error, never a panic or a wrong message.

use std::borrow::Cow;

use exam_engine::catalog::CatalogEntry;
use exam_engine::import::{import, transfer};
use exam_engine::worker_protocol::{FileToRead, FromTools, ProtocolError, ToolsRequest};

use crate::common::import_fixture as fixture;

fn listed_entry() -> CatalogEntry {
    serde_json::from_str(
        r#"{"path": "week3.gift", "id": "week-3", "title": "Week 3: \"containers\""}"#,
    )
    .unwrap()
}

#[test]
fn a_request_for_an_opened_or_a_listed_file_arrives_as_it_was_sent() {
    let bytes = fixture("containers.gift");
    for file in [
        FileToRead::Opened {
            name: "notes – week 3.gift".to_owned(),
        },
        FileToRead::Listed {
            entry: listed_entry(),
        },
    ] {
        let sent = ToolsRequest {
            id: 7,
            file,
            bytes: Cow::Borrowed(&bytes),
        };
        let buffer = sent.encode();
        assert_eq!(ToolsRequest::decode(&buffer).unwrap(), sent);
    }
}

#[test]
fn an_empty_file_and_the_largest_id_arrive_too() {
    let sent = ToolsRequest {
        id: u32::MAX,
        file: FileToRead::Opened {
            name: String::new(),
        },
        bytes: Cow::Borrowed(&[]),
    };
    assert_eq!(ToolsRequest::decode(&sent.encode()).unwrap(), sent);
}

#[test]
fn the_workers_signals_and_an_import_answer_arrive_as_they_were_sent() {
    for signal in [
        FromTools::Ready,
        FromTools::Unreadable {
            problem: "cut short".to_owned(),
        },
    ] {
        assert_eq!(FromTools::decode(&signal.encode()).unwrap(), signal);
    }
    for (file, bytes) in [
        ("containers.gift", fixture("containers.gift")),
        ("broken.gift", b"::q1:: no answer block here\n".to_vec()),
    ] {
        let sent = FromTools::Answer {
            id: 3,
            parts: transfer::write(&import(file, &bytes)),
        };
        assert_eq!(FromTools::decode(&sent.encode()).unwrap(), sent, "{file}");
    }
}

#[test]
fn a_cut_short_or_foreign_buffer_is_refused_with_a_reason() {
    let answer = FromTools::Answer {
        id: 1,
        parts: transfer::write(&import("containers.gift", &fixture("containers.gift"))),
    }
    .encode();
    for length in [0, 3, 10, answer.len() - 1] {
        assert_eq!(
            FromTools::decode(&answer[..length]),
            Err(ProtocolError::Truncated),
            "{length} bytes"
        );
    }
    let request = ToolsRequest {
        id: 1,
        file: FileToRead::Opened {
            name: "a.gift".to_owned(),
        },
        bytes: Cow::Borrowed(b"x"),
    }
    .encode();
    // A request is not an answer, and an answer is not a request.
    assert!(matches!(
        FromTools::decode(&request),
        Err(ProtocolError::Header(_))
    ));
    assert!(matches!(
        ToolsRequest::decode(&answer),
        Err(ProtocolError::Header(_))
    ));
    // Counted parts that are not there, and a part that is not text.
    let many = buffer(&[br#"{"Answer":{"id":1,"summary":"","parts":1000000}}"#]);
    assert_eq!(FromTools::decode(&many), Err(ProtocolError::Truncated));
    let not_text = buffer(&[
        br#"{"Answer":{"id":1,"summary":"","parts":1}}"#,
        &[0xff, 0xfe],
    ]);
    assert_eq!(FromTools::decode(&not_text), Err(ProtocolError::NotText));
}

/// A buffer written by hand: each section after its length as four little-endian bytes.
fn buffer(sections: &[&[u8]]) -> Vec<u8> {
    let mut buffer = Vec::new();
    for section in sections {
        buffer.extend_from_slice(&u32::try_from(section.len()).unwrap().to_le_bytes());
        buffer.extend_from_slice(section);
    }
    buffer
}
