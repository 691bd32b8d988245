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

impl CalendarDate {
    /// Midnight UTC at the start of this date, in milliseconds since the epoch.
    pub fn start_ms(self) -> u64 {
        // Howard Hinnant's days-from-civil: the year starts in March, so leap days fall last.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year =
            (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let days = era * 146_097 + day_of_era - 719_468;
        // Years from 1000 on can fall before 1970; such dates are in the past for any clock.
        u64::try_from(days * 86_400_000).unwrap_or(0)
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
    fn a_date_starts_at_its_utc_midnight() {
        let at = |text| CalendarDate::parse(text).unwrap().start_ms();
        assert_eq!(at("1970-01-01"), 0);
        assert_eq!(at("2000-03-01"), 951_868_800_000);
        assert_eq!(at("2026-11-23"), 1_795_392_000_000);
        assert_eq!(at("1969-12-31"), 0, "before the epoch counts as the epoch");
    }

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
