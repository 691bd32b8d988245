//! How the countdown reads: the clock face, and the only two warnings screen readers hear.

/// Remaining time as `mm:ss`, or `h:mm:ss` from an hour up; partial seconds round up, so the
/// face shows 00:00 only when no time is left.
pub fn format_clock(ms: u64) -> String {
    let seconds = ms.div_ceil(1000);
    let (h, m, s) = (seconds / 3600, (seconds / 60) % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// What screen readers hear about time, as the minutes it says are left: only at 5 minutes and
/// 1 minute left, never per second (`exam-time-warning` words it).
pub fn time_warning(remaining_ms: Option<u64>) -> Option<u64> {
    match remaining_ms {
        Some(0) => None,
        Some(ms) if ms <= 60_000 => Some(1),
        Some(ms) if ms <= 300_000 => Some(5),
        _ => None,
    }
}

/// Whether the countdown reads the same with `a` and with `b` milliseconds left (`None`:
/// untimed). The face and both warnings change only where the time left crosses a whole second,
/// so a clock reading within the same second needs no new render.
pub fn reads_the_same(a: Option<u64>, b: Option<u64>) -> bool {
    a.map(|ms| ms.div_ceil(1000)) == b.map(|ms| ms.div_ceil(1000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_that_read_the_same_show_the_same_face_and_warning() {
        // Every millisecond around the warnings and a few ordinary seconds, against its neighbours.
        let around = |at: u64| at.saturating_sub(1_500)..at + 1_500;
        let times: Vec<u64> = [0, 7_000, 60_000, 300_000, 3_600_000]
            .into_iter()
            .flat_map(around)
            .collect();
        for pair in times.windows(2) {
            let (a, b) = (Some(pair[0]), Some(pair[1]));
            let same_screen = format_clock(pair[0]) == format_clock(pair[1])
                && time_warning(a) == time_warning(b);
            assert_eq!(reads_the_same(a, b), same_screen, "{pair:?}");
        }
        assert!(reads_the_same(None, None));
        assert!(!reads_the_same(None, Some(5_000)));
    }

    #[test]
    fn the_clock_face_rounds_partial_seconds_up_and_shows_hours_only_when_needed() {
        assert_eq!(format_clock(0), "00:00");
        assert_eq!(format_clock(1), "00:01");
        assert_eq!(format_clock(60_000), "01:00");
        assert_eq!(format_clock(59_999), "01:00");
        assert_eq!(format_clock(3_600_000), "1:00:00");
        assert_eq!(format_clock(5_400_500), "1:30:01");
    }

    #[test]
    fn screen_readers_hear_only_the_five_and_one_minute_warnings() {
        assert_eq!(time_warning(None), None);
        assert_eq!(time_warning(Some(30 * 60_000)), None);
        assert_eq!(time_warning(Some(300_001)), None);
        assert_eq!(time_warning(Some(300_000)), Some(5));
        assert_eq!(time_warning(Some(60_001)), Some(5));
        assert_eq!(time_warning(Some(60_000)), Some(1));
        assert_eq!(time_warning(Some(1)), Some(1));
        assert_eq!(time_warning(Some(0)), None);
    }
}
