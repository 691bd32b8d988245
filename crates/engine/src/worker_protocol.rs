//! The messages between the page and the teachers' tools worker, and the one codec both sides
//! use.
//!
//! Every message travels as one byte buffer, which the sender hands over rather than copies, so
//! neither side names a JavaScript property and the two cannot disagree about one. A buffer is a
//! header, the message's kind and small fields as JSON, followed by its payload: the file's bytes
//! for a request, the import's parts for an answer (each part length-prefixed, so question text
//! is never escaped a second time).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalog::CatalogEntry;
use crate::import::transfer::Parts;

/// The page asks the worker to read a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolsRequest<'a> {
    /// Pairs the answer with its request.
    pub id: u32,
    pub file: FileToRead,
    /// The file's content, borrowed from the buffer that carried it.
    pub bytes: Cow<'a, [u8]>,
}

/// Which file a request is about, and how it is to be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileToRead {
    /// A file the candidate or teacher opened: its format is told from its name and content.
    Opened { name: String },
    /// A bank listed in the site's index, read as the index describes it.
    Listed { entry: CatalogEntry },
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromTools {
    /// The worker's wasm has started: messages sent before that would be lost.
    Ready,
    /// The outcome of the request with this `id`.
    Answer { id: u32, parts: Parts },
    /// A message the worker could not read, so it cannot tell which request it was: the page
    /// gives up on every request still waiting.
    Unreadable { problem: String },
}

/// A buffer that is not a message of this protocol: only a bug, or a page and a worker from two
/// different builds, gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtocolError {
    /// The buffer ends before what its lengths announce.
    Truncated,
    /// The header is not one this build writes.
    Header(String),
    /// A part of an answer is not UTF-8 text.
    NotText,
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Truncated => write!(f, "the teachers' tools sent a message that was cut short"),
            Self::Header(problem) => {
                write!(
                    f,
                    "the teachers' tools sent a message this page cannot read ({problem})"
                )
            }
            Self::NotText => write!(f, "the teachers' tools sent a part that is not text"),
        }
    }
}

impl std::error::Error for ProtocolError {}

#[derive(Serialize, Deserialize)]
struct RequestHeader {
    id: u32,
    file: FileToRead,
}

#[derive(Serialize, Deserialize)]
enum AnswerHeader {
    Ready,
    Answer {
        id: u32,
        summary: String,
        parts: usize,
    },
    Unreadable {
        problem: String,
    },
}

impl ToolsRequest<'_> {
    /// The request as one buffer.
    pub fn encode(&self) -> Vec<u8> {
        let header = RequestHeader {
            id: self.id,
            file: self.file.clone(),
        };
        let mut buffer = Vec::with_capacity(self.bytes.len() + 256);
        write_section(&mut buffer, &json(&header));
        buffer.extend_from_slice(&self.bytes);
        buffer
    }
}

impl<'a> ToolsRequest<'a> {
    /// Reads a request back, borrowing the file's bytes from `buffer`.
    pub fn decode(buffer: &'a [u8]) -> Result<Self, ProtocolError> {
        let (header, rest) = read_section(buffer)?;
        let RequestHeader { id, file } =
            serde_json::from_slice(header).map_err(|e| ProtocolError::Header(e.to_string()))?;
        Ok(ToolsRequest {
            id,
            file,
            bytes: Cow::Borrowed(rest),
        })
    }
}

impl FromTools {
    /// The message as one buffer.
    pub fn encode(&self) -> Vec<u8> {
        let mut buffer = Vec::new();
        match self {
            Self::Ready => write_section(&mut buffer, &json(&AnswerHeader::Ready)),
            Self::Unreadable { problem } => {
                let header = AnswerHeader::Unreadable {
                    problem: problem.clone(),
                };
                write_section(&mut buffer, &json(&header));
            }
            Self::Answer { id, parts } => {
                let header = AnswerHeader::Answer {
                    id: *id,
                    summary: parts.summary.clone(),
                    parts: parts.questions.len(),
                };
                write_section(&mut buffer, &json(&header));
                for part in &parts.questions {
                    write_section(&mut buffer, part.as_bytes());
                }
            }
        }
        buffer
    }

    /// Reads a message back.
    pub fn decode(buffer: &[u8]) -> Result<Self, ProtocolError> {
        let (header, mut rest) = read_section(buffer)?;
        match serde_json::from_slice(header).map_err(|e| ProtocolError::Header(e.to_string()))? {
            AnswerHeader::Ready => Ok(Self::Ready),
            AnswerHeader::Unreadable { problem } => Ok(Self::Unreadable { problem }),
            AnswerHeader::Answer { id, summary, parts } => {
                // Each part takes at least its length prefix, so a count beyond that is a lie.
                let mut questions = Vec::with_capacity(parts.min(rest.len() / LENGTH_BYTES));
                for _ in 0..parts {
                    let (part, after) = read_section(rest)?;
                    let text = std::str::from_utf8(part).map_err(|_| ProtocolError::NotText)?;
                    questions.push(text.to_owned());
                    rest = after;
                }
                Ok(Self::Answer {
                    id,
                    parts: Parts { summary, questions },
                })
            }
        }
    }
}

/// Every section starts with its length as four little-endian bytes.
const LENGTH_BYTES: usize = 4;

fn json<T: Serialize>(value: &T) -> Vec<u8> {
    // These headers hold strings, numbers and enums only, which serde_json always writes.
    serde_json::to_vec(value).unwrap_or_default()
}

fn write_section(buffer: &mut Vec<u8>, section: &[u8]) {
    let length = u32::try_from(section.len()).unwrap_or(u32::MAX);
    buffer.extend_from_slice(&length.to_le_bytes());
    buffer.extend_from_slice(section);
}

/// The section at the start of `buffer`, and what follows it.
fn read_section(buffer: &[u8]) -> Result<(&[u8], &[u8]), ProtocolError> {
    let (length, rest) = buffer
        .split_first_chunk::<LENGTH_BYTES>()
        .ok_or(ProtocolError::Truncated)?;
    let length =
        usize::try_from(u32::from_le_bytes(*length)).map_err(|_| ProtocolError::Truncated)?;
    if rest.len() < length {
        return Err(ProtocolError::Truncated);
    }
    Ok(rest.split_at(length))
}
