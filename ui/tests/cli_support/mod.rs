//! What the command-line tests share: the simulator on loopback with a token, and `citydash`
//! run as a user runs it.

// Test helpers: a failed expectation here is a failed test.
#![allow(dead_code, clippy::unwrap_used, clippy::disallowed_types)]

use std::path::Path;
use std::process::{Command, Output};

use opscenter_sim::{SimConfig, SimHandle};

pub const TOKEN: &str = "cli-test-token";

pub fn sim(config: SimConfig) -> SimHandle {
    opscenter_sim::spawn_on_loopback(SimConfig {
        token: Some(TOKEN.into()),
        ..config
    })
    .unwrap()
}

pub fn citydash(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_citydash"));
    // What the machine's user set up must not leak into a test: no config file, no variables.
    command
        .args(args)
        .env("CITYDASH_CONFIG", "/nonexistent/citydash/config.toml")
        .env_remove("CITYDASH_TOKEN")
        .env_remove("CITYDASH_LANG")
        .env_remove("CITYDASH_SERVER")
        .env_remove("CITYDASH_CACHE");
    command
}

pub fn run(args: &[&str]) -> Output {
    citydash(args).output().unwrap()
}

/// `citydash sync --server url --token token --cache cache`, then `extra`.
pub fn sync_command(url: &str, token: &str, cache: &Path, extra: &[&str]) -> Command {
    let mut command = citydash(&["sync", "--server", url, "--token", token, "--cache"]);
    command.arg(cache).args(extra);
    command
}

pub fn run_sync(url: &str, token: &str, cache: &Path, extra: &[&str]) -> Output {
    sync_command(url, token, cache, extra).output().unwrap()
}

pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

pub fn observation_count(cache: &Path) -> i64 {
    rusqlite::Connection::open_with_flags(cache, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT count(*) FROM observation", [], |row| row.get(0)))
        .unwrap_or(0)
}

/// A simulator frozen on a day of history, and a cache path in a fresh folder.
pub fn frozen_day() -> (SimHandle, tempfile::TempDir, std::path::PathBuf) {
    let sim = sim(SimConfig {
        history_days: 1,
        speed: 0.0,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    (sim, dir, cache)
}
