//! The kiosk's heartbeat: a small JSON file a monitoring agent (or the service manager's
//! watchdog) reads to know the wall is alive and what it shows: the page, the last successful
//! sync of the data on screen, the oldest value's age, the process's memory and how many frames
//! went over budget. Written every [`HEARTBEAT_EVERY_MS`] by a thread of its own, into a
//! temporary file renamed over the old one, so a reader never sees half a file.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use serde::{Deserialize, Serialize};

/// How often the heartbeat is written.
pub const HEARTBEAT_EVERY_MS: i64 = 1_000;
/// A frame that takes longer than this (logic and drawing) is over budget.
pub const FRAME_BUDGET_MS: f64 = 50.0;

/// What the heartbeat file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heartbeat {
    /// Wall-clock time of writing, UTC milliseconds.
    pub written_at_ms: i64,
    pub pid: u32,
    /// `page 2 of 7: map`, or `alert: <id>`.
    pub screen: String,
    /// Pages and alerts put on screen since the start.
    pub pages_shown: u64,
    /// When the data on screen was last synced successfully (the overview's last success).
    pub shown_last_sync_ms: Option<i64>,
    /// Whether the last sync reached the server; `None` before the first.
    pub reachable: Option<bool>,
    pub offline_since_ms: Option<i64>,
    /// The age of the oldest KPI value on the page, in seconds.
    pub oldest_data_age_secs: Option<i64>,
    /// Resident memory of the process (the writer's thread reads it).
    pub rss_bytes: Option<u64>,
    pub frames: u64,
    pub frames_over_budget: u64,
    pub slowest_frame_ms: f64,
}

/// Counts frames and their cost between heartbeats' readers.
#[derive(Debug, Default, Clone, Copy)]
pub struct FrameStats {
    pub frames: u64,
    pub over_budget: u64,
    pub slowest_ms: f64,
}

impl FrameStats {
    pub fn record(&mut self, frame_ms: f64) {
        self.frames += 1;
        if frame_ms > FRAME_BUDGET_MS {
            self.over_budget += 1;
        }
        self.slowest_ms = self.slowest_ms.max(frame_ms);
    }
}

/// Writes heartbeats on its own thread; dropping it ends the thread.
pub struct HeartbeatWriter {
    sender: mpsc::Sender<Heartbeat>,
}

impl HeartbeatWriter {
    /// Starts the writer for `path`; `None` if its thread cannot start (the wall plays on).
    pub fn start(path: PathBuf) -> Option<HeartbeatWriter> {
        let (sender, receiver) = mpsc::channel::<Heartbeat>();
        std::thread::Builder::new()
            .name("citydash-heartbeat".into())
            .spawn(move || {
                while let Ok(mut heartbeat) = receiver.recv() {
                    // Only the newest of any that queued up is worth writing.
                    while let Ok(newer) = receiver.try_recv() {
                        heartbeat = newer;
                    }
                    // Read here, off the frame: /proc is a file read.
                    heartbeat.rss_bytes = rss_bytes();
                    if let Err(error) = write_atomically(&path, &heartbeat) {
                        tracing::warn!("could not write the heartbeat {}: {error}", path.display());
                    }
                }
            })
            .map_err(|error| tracing::warn!("the heartbeat writer did not start: {error}"))
            .ok()?;
        Some(HeartbeatWriter { sender })
    }

    pub fn send(&self, heartbeat: Heartbeat) {
        let _ = self.sender.send(heartbeat);
    }
}

/// Writes `heartbeat` to `path` through a temporary file beside it and a rename.
pub fn write_atomically(path: &Path, heartbeat: &Heartbeat) -> std::io::Result<()> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".tmp");
    let temporary = PathBuf::from(temporary);
    let json = serde_json::to_vec_pretty(heartbeat).map_err(std::io::Error::other)?;
    std::fs::write(&temporary, json)?;
    std::fs::rename(&temporary, path)
}

/// The resident memory of this process, from `/proc/self/status` (Linux); `None` elsewhere.
pub fn rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_heartbeat_is_written_whole_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wall").join("heartbeat.json");
        let heartbeat = Heartbeat {
            written_at_ms: 1,
            pid: std::process::id(),
            screen: "page 1 of 7: city-now".into(),
            pages_shown: 3,
            shown_last_sync_ms: Some(5),
            reachable: Some(true),
            offline_since_ms: None,
            oldest_data_age_secs: Some(120),
            rss_bytes: rss_bytes(),
            frames: 10,
            frames_over_budget: 1,
            slowest_frame_ms: 61.0,
        };
        write_atomically(&path, &heartbeat).unwrap();
        let read: Heartbeat = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(read, heartbeat);
        assert!(
            read.rss_bytes.unwrap() > 1_000_000,
            "a process holds more than a megabyte"
        );
        assert!(!dir.path().join("wall").join("heartbeat.json.tmp").exists());
    }

    #[test]
    fn frames_over_budget_are_counted() {
        let mut stats = FrameStats::default();
        for ms in [3.0, 12.0, 51.0, 80.0] {
            stats.record(ms);
        }
        assert_eq!((stats.frames, stats.over_budget), (4, 2));
        assert_eq!(stats.slowest_ms, 80.0);
    }
}
