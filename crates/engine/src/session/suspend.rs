//! A session in a few characters, for an LMS's `cmi.suspend_data` (SCORM 1.2 keeps at most
//! 4,096): everything the exam's seed and settings do not already fix.
//!
//! `S1|<bank fingerprint>|<started>|<latest>|<shown>|<current>|<finish>|<slot>;<slot>;…` where
//! the finish is `-`, `s<ms>` (submitted) or `t<ms>` (time ran out) and each slot is
//! `<chosen>.<marks>.<seconds>`, then `.<struck>` when choices are ruled out: the chosen
//! choices as letters of their place on screen, the marks `f` (flagged), `c` (checked) and
//! `G`/`U`/`S` (confidence), the whole seconds on screen, and the struck choices as letters. Reading it back starts the same exam from its settings and lays the answers over it,
//! then checks the result like any saved session. Questions asked again in practice are not
//! kept.

use std::rc::Rc;

use super::saved::check_consistency;
use super::{ExamConfig, Finish, FinishReason, RestoreError, Session};
use crate::bank::{Bank, Id};
use crate::certainty::Confidence;
use crate::fingerprint::bank_fingerprint;
use crate::versioned::check_version;

/// The suspend data version this build reads and writes, written after an `S`.
const SUSPEND_FORMAT: u32 = 1;

fn letter(position: usize) -> char {
    char::from(b'a' + position as u8)
}

impl Session {
    /// The session as suspend data.
    pub fn to_suspend_data(&self) -> String {
        let fields = &self.0;
        let finish = match fields.finish {
            None => "-".to_owned(),
            Some(Finish {
                at_ms,
                reason: FinishReason::Submitted,
            }) => format!("s{at_ms}"),
            Some(Finish {
                at_ms,
                reason: FinishReason::TimeRanOut,
            }) => format!("t{at_ms}"),
        };
        let slots: Vec<String> = fields
            .slots
            .iter()
            .filter(|slot| !slot.again)
            .map(|slot| {
                let letters = |ids: &[Id]| -> String {
                    slot.choices
                        .iter()
                        .enumerate()
                        .filter(|(_, id)| ids.contains(id))
                        .map(|(i, _)| letter(i))
                        .collect()
                };
                let chosen = letters(&slot.selected);
                let mut marks = String::new();
                if slot.flagged {
                    marks.push('f');
                }
                if slot.checked {
                    marks.push('c');
                }
                marks.extend(slot.confidence.map(|c| match c {
                    Confidence::Guess => 'G',
                    Confidence::Unsure => 'U',
                    Confidence::Sure => 'S',
                }));
                let seconds = slot.time_ms / 1000;
                match letters(&slot.struck) {
                    struck if struck.is_empty() => format!("{chosen}.{marks}.{seconds}"),
                    struck => format!("{chosen}.{marks}.{seconds}.{struck}"),
                }
            })
            .collect();
        format!(
            "S{SUSPEND_FORMAT}|{}|{}|{}|{}|{}|{finish}|{}",
            &fields.bank_fingerprint[..8.min(fields.bank_fingerprint.len())],
            fields.started_at_ms,
            fields.latest_ms,
            fields.shown_at_ms.unwrap_or(fields.latest_ms),
            fields.current.min(fields.slots.len() - 1),
            slots.join(";")
        )
    }

    /// Reads suspend data back for the exam `config` of `bank` fixes.
    pub fn from_suspend_data(
        text: &str,
        bank: &Bank,
        config: &ExamConfig,
    ) -> Result<Session, RestoreError> {
        let corrupt = |what: &str| RestoreError::Corrupt(what.to_owned());
        let parts: Vec<&str> = text.trim().split('|').collect();
        let [
            version,
            fingerprint,
            started,
            latest,
            shown,
            current,
            finish,
            slots,
        ] = parts[..]
        else {
            return Err(corrupt("it does not have the parts of suspend data"));
        };
        let known = version
            .strip_prefix('S')
            .is_some_and(|number| check_version(number, SUSPEND_FORMAT).is_ok());
        if !known {
            return Err(RestoreError::UnknownFormat(version.to_owned()));
        }
        if !bank_fingerprint(bank).starts_with(fingerprint) || fingerprint.len() != 8 {
            return Err(RestoreError::BankChanged);
        }
        let number = |text: &str, what: &str| {
            text.parse::<u64>()
                .map_err(|_| corrupt(&format!("its {what} is not a number")))
        };
        let started = number(started, "start")?;
        let mut session =
            Session::start(bank, config, started).map_err(|e| corrupt(&e.to_string()))?;
        let fields = &mut session.0;
        fields.latest_ms = number(latest, "latest time")?;
        fields.shown_at_ms = Some(number(shown, "time shown")?);
        fields.current = number(current, "current question")? as usize;
        fields.finish = match finish.split_at_checked(1) {
            Some(("-", "")) => None,
            Some(("s", at)) => Some(Finish {
                at_ms: number(at, "finish")?,
                reason: FinishReason::Submitted,
            }),
            Some(("t", at)) => Some(Finish {
                at_ms: number(at, "finish")?,
                reason: FinishReason::TimeRanOut,
            }),
            _ => return Err(corrupt("its finish is unreadable")),
        };
        let slots: Vec<&str> = slots.split(';').collect();
        if slots.len() != fields.slots.len() {
            return Err(RestoreError::Inconsistent(format!(
                "it has {} questions, the exam {}",
                slots.len(),
                fields.slots.len()
            )));
        }
        for (n, (text, slot)) in slots.iter().zip(fields.slots.iter_mut()).enumerate() {
            let (chosen, marks, seconds, struck) = match text.split('.').collect::<Vec<_>>()[..] {
                [chosen, marks, seconds] => (chosen, marks, seconds, ""),
                [chosen, marks, seconds, struck] => (chosen, marks, seconds, struck),
                _ => return Err(corrupt(&format!("question {} is unreadable", n + 1))),
            };
            let slot = Rc::make_mut(slot);
            let choices = |letters: &str| -> Result<Vec<Id>, RestoreError> {
                letters
                    .bytes()
                    .map(|b| {
                        slot.choices
                            .get(usize::from(b.wrapping_sub(b'a')))
                            .cloned()
                            .ok_or_else(|| corrupt(&format!("question {} names no choice", n + 1)))
                    })
                    .collect()
            };
            slot.selected = choices(chosen)?;
            slot.struck = choices(struck)?;
            slot.flagged = marks.contains('f');
            slot.checked = marks.contains('c');
            slot.confidence = marks.chars().find_map(|c| match c {
                'G' => Some(Confidence::Guess),
                'U' => Some(Confidence::Unsure),
                'S' => Some(Confidence::Sure),
                _ => None,
            });
            slot.time_ms = number(seconds, "time on a question")?.saturating_mul(1000);
        }
        check_consistency(&session.0, bank).map_err(RestoreError::Inconsistent)?;
        Ok(session)
    }
}
