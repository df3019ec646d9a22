//! Shared helpers for the end-to-end tests: a simulator on loopback, sync settings that retry
//! quickly, and snapshots of a cache's data tables to compare before and after.

// This crate only supports tests: a failed expectation here is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

pub mod pygeoapi;

use std::ops::RangeInclusive;
use std::path::Path;
use std::time::Duration;

use offline_cache::http::RetryPolicy;
use offline_cache::model::BoundingBox;
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan};
use opscenter_sim::{SimConfig, SimHandle};
use rusqlite::Connection;

/// The token every test simulator expects.
pub const TEST_TOKEN: &str = "test-token";

/// A simulator on 127.0.0.1 with a frozen clock and `history_days` of history.
pub fn frozen_sim(history_days: i64) -> SimHandle {
    sim_at_speed(history_days, 0.0)
}

/// A simulator on 127.0.0.1 expecting [`TEST_TOKEN`], with `history_days` of history and a
/// clock running `speed` simulated seconds per wall second.
pub fn sim_at_speed(history_days: i64, speed: f64) -> SimHandle {
    start_sim(SimConfig {
        history_days,
        speed,
        token: Some(TEST_TOKEN.into()),
        ..SimConfig::default()
    })
}

/// A simulator on 127.0.0.1 (port chosen by the system).
pub fn start_sim(config: SimConfig) -> SimHandle {
    opscenter_sim::spawn_on_loopback(config).expect("the simulator starts on loopback")
}

/// Sync settings for a KPI test: the whole simulated history, quick retries, short timeouts, no
/// map layers or tiles (the map tests ask for those).
pub fn sync_config(sim: &SimHandle, cache: &Path, history_days: i64) -> SyncConfig {
    let mut config = SyncConfig::new(sim.url(), sim.token().map(str::to_owned), cache);
    config.layers = LayerSelection::Skip;
    config.tiles = None;
    config.history_days = history_days;
    config.read_timeout = Duration::from_secs(2);
    config.retry = RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
    };
    config
}

/// Sync settings for a basemap test: [`sync_config`] with a day of history, plus the tiles of
/// `zooms` over `bbox`.
pub fn tile_sync_config(
    sim: &SimHandle,
    cache: &Path,
    zooms: RangeInclusive<u8>,
    bbox: BoundingBox,
) -> SyncConfig {
    let mut config = sync_config(sim, cache, 1);
    config.tiles = Some(TilePlan {
        min_zoom: *zooms.start(),
        max_zoom: *zooms.end(),
        bbox: Some(bbox),
        ..TilePlan::default()
    });
    config
}

/// The data tables of a cache, row by row, in a stable order (sync bookkeeping left out).
#[derive(Debug, Clone, PartialEq)]
pub struct DataSnapshot {
    pub catalog: Vec<String>,
    pub kpis: Vec<(String, String)>,
    pub latest: Vec<(String, i64, f64, String)>,
    pub observation_count: i64,
    /// Sum over all observations of a hash of (kpi, time, value), so any change shows.
    pub observation_digest: i64,
    pub alerts: Vec<(String, String)>,
}

pub fn snapshot(cache: &Path) -> DataSnapshot {
    let connection = Connection::open(cache).expect("cache opens");
    let rows = |sql: &str| -> Vec<Vec<rusqlite::types::Value>> {
        let mut statement = connection.prepare(sql).expect("query prepares");
        let width = statement.column_count();
        statement
            .query_map([], |row| (0..width).map(|i| row.get(i)).collect())
            .expect("query runs")
            .collect::<Result<_, _>>()
            .expect("rows read")
    };
    let text = |value: &rusqlite::types::Value| match value {
        rusqlite::types::Value::Text(text) => text.clone(),
        other => format!("{other:?}"),
    };
    let (observation_count, observation_digest) = connection
        .query_row(
            "SELECT count(*), coalesce(sum((unicode(kpi_id) * 1000003 + t_ms) % 1000000007
                                          + cast(value * 1000 AS INTEGER) % 1000000007), 0)
             FROM observation",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("observations counted");
    DataSnapshot {
        catalog: rows("SELECT city_json, data_notice_json, api_version FROM catalog_info")
            .iter()
            .flatten()
            .map(text)
            .collect(),
        kpis: rows("SELECT kpi_id, def_json FROM kpi ORDER BY position")
            .iter()
            .map(|row| (text(&row[0]), text(&row[1])))
            .collect(),
        latest: connection
            .prepare("SELECT kpi_id, t_ms, value, quality FROM latest_value ORDER BY kpi_id")
            .expect("query prepares")
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .expect("query runs")
            .collect::<Result<_, _>>()
            .expect("rows read"),
        observation_count,
        observation_digest,
        alerts: rows("SELECT alert_id, alert_json FROM alert ORDER BY alert_id")
            .iter()
            .map(|row| (text(&row[0]), text(&row[1])))
            .collect(),
    }
}

/// The first column of every row `sql` returns from the cache, as text.
pub fn strings(cache: &Path, sql: &str) -> Vec<String> {
    let connection = Connection::open(cache).expect("cache opens");
    let mut statement = connection.prepare(sql).expect("query prepares");
    statement
        .query_map([], |row| row.get(0))
        .expect("query runs")
        .collect::<Result<_, _>>()
        .expect("rows read")
}

/// What `PRAGMA integrity_check` says of a cache: `ok`, or what is wrong.
pub fn integrity_check(cache: &Path) -> String {
    Connection::open_with_flags(cache, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("cache opens")
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("the check runs")
}

/// The tables a layer sync left in staging (none, after any sync that ended).
pub fn staging_tables(cache: &Path) -> Vec<String> {
    strings(
        cache,
        "SELECT name FROM sqlite_master WHERE name LIKE '%staging%' ORDER BY name",
    )
}

/// [`sync_config`] syncing the wards layer (168 polygons) besides the KPIs.
pub fn wards_config(sim: &SimHandle, cache: &Path) -> SyncConfig {
    let mut config = sync_config(sim, cache, 1);
    config.layers = LayerSelection::Only(vec!["wards".into()]);
    config
}

/// A file's bytes, to show it was left exactly as it was.
pub fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("file reads")
}
