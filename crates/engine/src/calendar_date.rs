//! A calendar date written `YYYY-MM-DD`, checked to exist (a bank's `facts_checked`).

use std::fmt;

/// A real calendar date (the Gregorian calendar, years 1000–9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: u16,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// Reads `YYYY-MM-DD`; `None` for any other form or a day the month does not have.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1000 && (1..=days_in_month).contains(&day)).then_some(CalendarDate {
            year,
            month,
            day,
        })
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::CalendarDate;

    #[test]
    fn only_real_dates_in_the_iso_form_are_read() {
        assert_eq!(
            CalendarDate::parse("2026-11-23").map(|d| d.to_string()),
            Some("2026-11-23".to_owned())
        );
        assert!(CalendarDate::parse("2024-02-29").is_some(), "a leap day");
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-00-10",
            "2026-1-5",
            "23/11/2026",
            "2026-11-23T10:00",
            "+026-11-23",
            "",
        ] {
            assert_eq!(CalendarDate::parse(bad), None, "{bad}");
        }
    }
}
