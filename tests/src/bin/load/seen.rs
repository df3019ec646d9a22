//! Each client's time to see a new value: every client's cache is read (read-only, one
//! connection each) for the newest stored time of one live KPI, and each new reading's first
//! sight in a cache is set against the wall time the simulator's clock reached the reading.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use opscenter_sim::SimHandle;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

/// Readings that come due later than this before the end are not timed: a client may still be
/// on its way to them.
const TAIL: Duration = Duration::from_secs(15);

pub struct Watcher {
    caches: Vec<PathBuf>,
    connections: Vec<Option<Connection>>,
    /// Per client, the newest reading time seen in its cache.
    newest_ms: Vec<Option<i64>>,
    kpi_id: String,
    step_ms: i64,
    /// A wall instant and the simulated time at it, and the clock's speed: when a simulated
    /// time came due.
    anchor: (Instant, i64),
    speed: f64,
    /// The readings timed: due between `timing.0` and `timing.1` less [`TAIL`].
    timing: Option<(Instant, Instant)>,
    /// Per client, (reading time, when it was first seen) for readings first seen while timing.
    sightings: Vec<Vec<(i64, Instant)>>,
}

/// Times to see a new value, in seconds, and the (client, reading) pairs never seen.
pub struct Delays {
    pub seen: Vec<f64>,
    pub unseen: usize,
}

impl Delays {
    /// The `p`th percentile (nearest rank), 0 when nothing was seen.
    pub fn percentile(&self, p: f64) -> f64 {
        if self.seen.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.seen.len() as f64).ceil() as usize;
        self.seen[rank.clamp(1, self.seen.len()) - 1]
    }
}

impl Watcher {
    pub fn open(
        caches: &[PathBuf],
        kpi_id: &str,
        sim: &SimHandle,
        speed: f64,
        step_ms: i64,
    ) -> Watcher {
        let anchor = (Instant::now(), sim.now_ms());
        Watcher {
            caches: caches.to_vec(),
            connections: caches.iter().map(|_| None).collect(),
            newest_ms: vec![None; caches.len()],
            kpi_id: kpi_id.to_owned(),
            step_ms,
            anchor,
            speed,
            timing: None,
            sightings: vec![Vec::new(); caches.len()],
        }
    }

    /// Whether every client's cache holds a value of the KPI.
    pub fn all_synced(&self) -> bool {
        self.newest_ms.iter().all(Option::is_some)
    }

    /// Times the readings due from `start` until `end` less [`TAIL`].
    pub fn start_timing(&mut self, start: Instant, end: Instant) {
        self.timing = Some((start, end));
    }

    /// Reads every client's newest stored time of the KPI and notes what is new.
    pub fn read(&mut self) {
        let at = Instant::now();
        for client in 0..self.caches.len() {
            let Some(t_ms) = self.newest(client) else {
                continue;
            };
            let previous = self.newest_ms[client];
            if previous.is_some_and(|previous| previous >= t_ms) {
                continue;
            }
            self.newest_ms[client] = Some(t_ms);
            if let (Some(previous), Some(_)) = (previous, self.timing) {
                // Every reading after the one it had is seen now, the skipped ones too.
                let mut reading_ms = previous + self.step_ms;
                while reading_ms <= t_ms {
                    self.sightings[client].push((reading_ms, at));
                    reading_ms += self.step_ms;
                }
            }
        }
    }

    fn newest(&mut self, client: usize) -> Option<i64> {
        if self.connections[client].is_none() {
            let path = &self.caches[client];
            if !path.exists() {
                return None;
            }
            let connection = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ok()?;
            connection.busy_timeout(Duration::from_secs(1)).ok()?;
            self.connections[client] = Some(connection);
        }
        let connection = self.connections[client].as_ref()?;
        connection
            .query_row(
                "SELECT t_ms FROM latest_value WHERE kpi_id = ?1",
                [&self.kpi_id],
                |row| row.get(0),
            )
            .optional()
            // A cache still being created has no table yet.
            .unwrap_or(None)
    }

    /// The wall instant the simulated time `t_ms` came due.
    fn due(&self, t_ms: i64) -> Instant {
        let wall_secs = (t_ms - self.anchor.1) as f64 / 1_000.0 / self.speed;
        if wall_secs >= 0.0 {
            self.anchor.0 + Duration::from_secs_f64(wall_secs)
        } else {
            self.anchor.0 - Duration::from_secs_f64(-wall_secs)
        }
    }

    /// The time each client took to see each reading due while timing, sorted. Grid times the
    /// sensor missed (the simulator serves no reading there) are not timed.
    pub fn delays(&self, sim: &SimHandle) -> Delays {
        let Some((start, end)) = self.timing else {
            return Delays {
                seen: Vec::new(),
                unseen: 0,
            };
        };
        let last_due = end - TAIL;
        let from_ms = self.anchor.1
            + ((start - self.anchor.0).as_secs_f64() * 1_000.0 * self.speed) as i64
            - self.step_ms;
        let to_ms = self.anchor.1
            + ((last_due - self.anchor.0).as_secs_f64() * 1_000.0 * self.speed) as i64;
        let timed: Vec<i64> = sim
            .series(&self.kpi_id, from_ms, to_ms)
            .iter()
            .map(|reading| reading.t_ms)
            .filter(|t_ms| {
                let due = self.due(*t_ms);
                due >= start && due <= last_due
            })
            .collect();
        let mut seen = Vec::new();
        let mut unseen = 0;
        for sightings in &self.sightings {
            for reading_ms in &timed {
                match sightings.iter().find(|(t_ms, _)| t_ms == reading_ms) {
                    Some((_, at)) => seen.push(
                        at.saturating_duration_since(self.due(*reading_ms))
                            .as_secs_f64(),
                    ),
                    None => unseen += 1,
                }
            }
        }
        seen.sort_by(f64::total_cmp);
        Delays { seen, unseen }
    }
}
