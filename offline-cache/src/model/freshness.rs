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

/// The unit an age is best read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgeUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Years,
}

impl AgeUnit {
    /// A stable key for translation catalogs (`age.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            AgeUnit::Seconds => "seconds",
            AgeUnit::Minutes => "minutes",
            AgeUnit::Hours => "hours",
            AgeUnit::Days => "days",
            AgeUnit::Years => "years",
        }
    }
}

/// An age as a whole number of the unit it reads best in: `45 s`, `5 min`, `3 h` (up to two
/// days), `12 d`, `2 y`. The faces put it into words in the user's language.
pub fn age_parts(age_secs: i64) -> (i64, AgeUnit) {
    let age = age_secs.max(0);
    match age {
        0..60 => (age, AgeUnit::Seconds),
        60..3_600 => (age / 60, AgeUnit::Minutes),
        3_600..172_800 => (age / 3_600, AgeUnit::Hours),
        172_800..63_072_000 => (age / 86_400, AgeUnit::Days),
        _ => (age / 31_536_000, AgeUnit::Years),
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
        assert_eq!(age_parts(-5), (0, AgeUnit::Seconds));
        assert_eq!(age_parts(42), (42, AgeUnit::Seconds));
        assert_eq!(age_parts(300), (5, AgeUnit::Minutes));
        assert_eq!(age_parts(7_200), (2, AgeUnit::Hours));
        assert_eq!(age_parts(47 * 3_600), (47, AgeUnit::Hours));
        assert_eq!(age_parts(3 * 86_400), (3, AgeUnit::Days));
        assert_eq!(age_parts(800 * 86_400), (2, AgeUnit::Years));
    }
}
