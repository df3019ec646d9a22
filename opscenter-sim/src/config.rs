//! How a simulator is set up ([`SimConfig`]) and its simulated clock ([`SimClock`]).

use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Settings of one simulated operations center.
#[derive(Debug, Clone, PartialEq)]
pub struct SimConfig {
    /// Seed of the simulated data: the same seed gives the same city.
    pub seed: u64,
    /// Simulated time when the server starts, UTC milliseconds.
    pub start_ms: i64,
    /// Simulated milliseconds per wall millisecond: 1 real time, 60 an hour a minute, 0 frozen.
    pub speed: f64,
    /// Days of history served before the simulated now.
    pub history_days: i64,
    /// Bearer token clients must send; `None` accepts every request.
    pub token: Option<String>,
    /// Largest `limit` a series request may ask for.
    pub max_page_limit: usize,
    /// Points per series page when the request names no `limit`.
    pub default_page_limit: usize,
    /// Serve `PUT/DELETE /__sim/faults` so tests driving a separate process can inject faults.
    pub admin_faults: bool,
    /// Points in the `bench-points` collection (not in the catalog), generated page by page
    /// for load tests; 0 leaves the collection out.
    pub bench_points: usize,
    /// Serve hostile content (`api::hostile`): valid JSON whose texts, numbers, times and paging
    /// a client must not trust.
    pub hostile: bool,
}

impl Default for SimConfig {
    /// Seed 42, starting at the wall clock's now, real-time speed, 400 days of history, no token,
    /// no benchmark points.
    fn default() -> Self {
        Self {
            seed: 42,
            start_ms: wall_clock_ms(),
            speed: 1.0,
            history_days: 400,
            token: None,
            max_page_limit: 50_000,
            default_page_limit: 5_000,
            admin_faults: false,
            bench_points: 0,
            hostile: false,
        }
    }
}

/// The wall clock in UTC milliseconds (0 if the system clock is before 1970).
pub fn wall_clock_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX)
        })
}

/// Simulated time: `start_ms + wall elapsed × speed`.
#[derive(Debug, Clone, Copy)]
pub struct SimClock {
    start_ms: i64,
    speed: f64,
    started: Instant,
}

impl SimClock {
    pub fn new(start_ms: i64, speed: f64) -> Self {
        Self {
            start_ms,
            speed: if speed.is_finite() {
                speed.max(0.0)
            } else {
                1.0
            },
            started: Instant::now(),
        }
    }

    /// The simulated now, UTC milliseconds.
    pub fn now_ms(&self) -> i64 {
        if self.speed == 0.0 {
            return self.start_ms;
        }
        let elapsed_ms = self.started.elapsed().as_secs_f64() * 1_000.0 * self.speed;
        // Float-to-int casts saturate, so an absurd speed cannot wrap.
        self.start_ms.saturating_add(elapsed_ms as i64)
    }

    /// Wall seconds the clock takes from simulated `from_ms` to `to_ms` (infinite when frozen).
    pub fn wall_secs_between(&self, from_ms: i64, to_ms: i64) -> f64 {
        if self.speed == 0.0 {
            return f64::INFINITY;
        }
        (to_ms.saturating_sub(from_ms)) as f64 / 1_000.0 / self.speed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frozen_clock_stands_still_and_running_clock_moves() {
        let frozen = SimClock::new(1_000, 0.0);
        assert_eq!(frozen.now_ms(), 1_000);
        let fast = SimClock::new(1_000, 1_000_000.0);
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(fast.now_ms() > 1_000_000);
    }

    #[test]
    fn wall_time_between_simulated_times_follows_the_speed() {
        assert_eq!(SimClock::new(0, 60.0).wall_secs_between(0, 60_000), 1.0);
        assert_eq!(SimClock::new(0, 1.0).wall_secs_between(0, 60_000), 60.0);
        assert_eq!(
            SimClock::new(0, 0.0).wall_secs_between(0, 60_000),
            f64::INFINITY
        );
    }
}
