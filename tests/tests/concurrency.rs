//! Two or three syncs of one cache at the same moment (a wall's own sync and a manual one, two
//! dashboards): one writes while the others wait for it, and every layer table agrees with its
//! catalog row afterwards, round after round.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Barrier;
use std::time::Duration;

use citydash_e2e::{frozen_sim, staging_tables, sync_config, wards_config};
use offline_cache::Error;
use offline_cache::store::{SyncLock, lock_path};
use offline_cache::sync::{LayerSelection, SyncConfig, sync_once};
use rusqlite::{Connection, OpenFlags};

/// Rounds of simultaneous syncs; each starts from a fresh cache synced without layers, where a
/// lost race used to leave a layer table missing or empty on one try in a few.
const ROUNDS: usize = 6;
const SYNCS_AT_ONCE: usize = 3;

/// Every way a layer table and its `layer` row could disagree, and any staging table left.
fn disagreements(cache: &Path) -> Vec<String> {
    let connection = Connection::open_with_flags(cache, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut problems = Vec::new();
    let rows: Vec<(String, String, i64)> = connection
        .prepare("SELECT layer_id, table_name, feature_count FROM layer ORDER BY layer_id")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (layer_id, table, feature_count) in &rows {
        let counted: Result<i64, _> =
            connection.query_row(&format!(r#"SELECT count(*) FROM "{table}""#), [], |row| {
                row.get(0)
            });
        match counted {
            Ok(count) if count == *feature_count && count > 0 => {}
            Ok(count) => problems.push(format!(
                "{layer_id}: the catalog row says {feature_count}, {table} holds {count}"
            )),
            Err(error) => problems.push(format!("{layer_id}: {table} unreadable: {error}")),
        }
        let registered: bool = connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = ?1)",
                [table],
                |row| row.get(0),
            )
            .unwrap();
        if !registered {
            problems.push(format!("{layer_id}: {table} not in gpkg_contents"));
        }
    }
    problems.extend(
        staging_tables(cache)
            .into_iter()
            .map(|name| format!("left behind: {name}")),
    );
    problems
}

fn all_layers(config: &SyncConfig) -> SyncConfig {
    let mut config = config.clone();
    config.layers = LayerSelection::All;
    config.lock_wait = Duration::from_secs(120);
    config
}

#[test]
fn simultaneous_syncs_take_turns_and_every_layer_matches_its_catalog_row() {
    let sim = frozen_sim(1);
    let catalog_layers = sim.catalog().layers.len();
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache.gpkg");
        let without_layers = sync_config(&sim, &cache, 1);
        assert!(sync_once(&without_layers).unwrap().is_success());

        let config = all_layers(&without_layers);
        let start = Barrier::new(SYNCS_AT_ONCE);
        let reports: Vec<_> = std::thread::scope(|scope| {
            let runs: Vec<_> = (0..SYNCS_AT_ONCE)
                .map(|_| {
                    scope.spawn(|| {
                        start.wait();
                        sync_once(&config)
                    })
                })
                .collect();
            runs.into_iter().map(|run| run.join().unwrap()).collect()
        });
        for report in reports {
            let report = report.unwrap();
            assert!(report.is_success(), "round {round}: {report:#?}");
        }
        let problems = disagreements(&cache);
        assert!(problems.is_empty(), "round {round}: {problems:#?}");
        let layers = Connection::open(&cache)
            .unwrap()
            .query_row("SELECT count(*) FROM layer", [], |row| row.get::<_, i64>(0))
            .unwrap();
        assert_eq!(layers as usize, catalog_layers, "round {round}");
    }
}

#[test]
fn a_sync_that_may_not_wait_says_another_holds_the_cache_and_touches_nothing() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = sync_config(&sim, &cache, 1);
    assert!(sync_once(&config).unwrap().is_success());
    let before = std::fs::read(&cache).unwrap();

    let held = SyncLock::acquire(&cache, Duration::ZERO, &mut |_| true).unwrap();
    assert!(lock_path(&cache).exists());
    match sync_once(&config) {
        Err(error @ Error::SyncInProgress { .. }) => {
            let message = error.to_string();
            assert!(
                message.contains(&format!("process {}", std::process::id())),
                "{message}"
            );
        }
        other => panic!("expected SyncInProgress, got {other:?}"),
    }
    assert_eq!(std::fs::read(&cache).unwrap(), before);
    drop(held);
    assert!(sync_once(&config).unwrap().is_success());
}

#[test]
fn staging_tables_an_interrupted_sync_left_are_cleared_by_the_next() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = wards_config(&sim, &cache);
    assert!(sync_once(&config).unwrap().is_success());
    // What a kill mid-layer leaves: a staging table and its R*Tree, and a run without an end.
    Connection::open(&cache)
        .unwrap()
        .execute_batch(
            r#"CREATE TABLE "layer_incidents__staging" (fid INTEGER PRIMARY KEY, geom BLOB);
               CREATE VIRTUAL TABLE "rtree_layer_incidents__staging_geom"
                   USING rtree(id, minx, maxx, miny, maxy);
               INSERT INTO sync_run (server_url, started_ms) VALUES ('http://killed', 1);"#,
        )
        .unwrap();
    assert!(sync_once(&config).unwrap().is_success());
    assert_eq!(disagreements(&cache), Vec::<String>::new());
    let unfinished: i64 = Connection::open(&cache)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sync_run WHERE finished_ms IS NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(unfinished, 0);
}
