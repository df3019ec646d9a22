//! How fresh a value is: its age and whether it is stale (older than twice its interval).

use serde::{Deserialize, Serialize};

/// The age of a value at a moment, judged against its KPI's expected interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Freshness {
    /// Seconds between the measurement and `now`; never negative.
    pub age_secs: i64,
    pub stale: bool,
}

impl Freshness {
    /// Freshness of a value measured at `t_ms`, seen at `now_ms`, for a KPI expected every
    /// `interval_secs`.
    pub fn at(t_ms: i64, now_ms: i64, interval_secs: i64) -> Self {
        let age_secs = (now_ms.saturating_sub(t_ms) / 1000).max(0);
        Self {
            age_secs,
            stale: age_secs > interval_secs.saturating_mul(2),
        }
    }
}

/// A short language-neutral age: `45 s`, `5 min`, `3 h`, `12 d`, `2 y`. The faces wrap it in
/// translated sentences ("5 min ago", "stale: 3 d").
pub fn format_age(age_secs: i64) -> String {
    let age = age_secs.max(0);
    match age {
        0..60 => format!("{age} s"),
        60..3_600 => format!("{} min", age / 60),
        3_600..172_800 => format!("{} h", age / 3_600),
        172_800..63_072_000 => format!("{} d", age / 86_400),
        _ => format!("{} y", age / 31_536_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_past_twice_the_interval() {
        let now = 10_000_000;
        assert!(!Freshness::at(now - 600_000, now, 300).stale);
        assert!(Freshness::at(now - 601_000, now, 300).stale);
        assert_eq!(Freshness::at(now + 5_000, now, 300).age_secs, 0);
    }

    #[test]
    fn ages_read_naturally() {
        assert_eq!(format_age(42), "42 s");
        assert_eq!(format_age(300), "5 min");
        assert_eq!(format_age(7_200), "2 h");
        assert_eq!(format_age(3 * 86_400), "3 d");
        assert_eq!(format_age(800 * 86_400), "2 y");
    }
}
