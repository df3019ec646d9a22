//! Sync throughput and overview latency, printed as figures from one run:
//!
//! - a full first sync of every series from the simulator on loopback (observations per second
//!   stored end to end), beside the rate of bare prepared inserts of the same rows into the same
//!   table in one transaction (the ceiling on this machine), and the ratio of the two;
//! - the latency of the overview query (every latest value with its staleness).
//!
//! Run with `cargo bench -p citydash-e2e --bench sync_throughput`; `HISTORY_DAYS` (default 400)
//! sets how much history the simulated city has.

// A benchmark that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used)]

use std::time::{Duration, Instant};

use citydash_e2e::{frozen_sim, sync_config};
use offline_cache::store::{Reader, Store, now_ms};
use offline_cache::sync::sync_once;
use rusqlite::params;

fn main() {
    let history_days: i64 = std::env::var("HISTORY_DAYS")
        .ok()
        .and_then(|days| days.parse().ok())
        .unwrap_or(400);
    let sim = frozen_sim(history_days);
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = dir.path().join("bench.gpkg");

    let started = Instant::now();
    let report = sync_once(&sync_config(&sim, &cache, history_days)).expect("sync runs");
    let sync_elapsed = started.elapsed();
    assert!(report.is_success(), "{report:#?}");
    let stored = report.observations_written;
    let end_to_end_rate = stored as f64 / sync_elapsed.as_secs_f64();

    let rows = read_all_observations(&cache);
    assert_eq!(rows.len() as u64, stored);
    let ceiling_elapsed = bare_insert(&dir.path().join("ceiling.gpkg"), &rows);
    let ceiling_rate = rows.len() as f64 / ceiling_elapsed.as_secs_f64();

    let reader = Reader::open(&cache).expect("reader opens");
    let overview_micros = overview_latencies(&reader, 2_000);

    println!(
        "sync_throughput ({history_days} days of history, {} KPIs)",
        sim.catalog().kpis.len()
    );
    println!(
        "  full first sync:          {stored} observations in {:.2} s = {:.0} obs/s",
        sync_elapsed.as_secs_f64(),
        end_to_end_rate
    );
    println!(
        "  bare prepared inserts:    {} rows in {:.2} s = {:.0} rows/s",
        rows.len(),
        ceiling_elapsed.as_secs_f64(),
        ceiling_rate
    );
    println!(
        "  ceiling / end to end:     {:.2}x",
        ceiling_rate / end_to_end_rate
    );
    println!(
        "  overview query:           median {:.0} us, p99 {:.0} us ({} KPIs, {} runs)",
        percentile(&overview_micros, 0.5),
        percentile(&overview_micros, 0.99),
        reader.overview(now_ms()).expect("overview").kpis.len(),
        overview_micros.len()
    );
}

fn read_all_observations(cache: &std::path::Path) -> Vec<(String, i64, f64)> {
    let connection = rusqlite::Connection::open(cache).expect("cache opens");
    let mut statement = connection
        .prepare("SELECT kpi_id, t_ms, value FROM observation")
        .expect("query prepares");
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .expect("query runs")
        .collect::<Result<_, _>>()
        .expect("rows read")
}

/// Inserts `rows`, in the order the sync received them (by KPI, then time), into a fresh cache's
/// `observation` table with one prepared statement in one transaction.
fn bare_insert(path: &std::path::Path, rows: &[(String, i64, f64)]) -> Duration {
    drop(Store::open(path).expect("fresh cache"));
    let mut connection = rusqlite::Connection::open(path).expect("cache opens");
    connection
        .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .expect("pragmas");
    let started = Instant::now();
    let transaction = connection.transaction().expect("transaction");
    {
        let mut insert = transaction
            .prepare("INSERT INTO observation (kpi_id, t_ms, value) VALUES (?1, ?2, ?3)")
            .expect("insert prepares");
        for (kpi_id, t_ms, value) in rows {
            insert
                .execute(params![kpi_id, t_ms, value])
                .expect("row inserts");
        }
    }
    transaction.commit().expect("commit");
    started.elapsed()
}

fn overview_latencies(reader: &Reader, runs: usize) -> Vec<f64> {
    let mut micros: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let overview = reader.overview(now_ms()).expect("overview");
            std::hint::black_box(overview);
            started.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    micros
}

fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or(f64::NAN)
}
