//! The basemap within its byte budget: the overview zooms are kept and the deepest given up,
//! repeated runs fetch nothing again, eviction takes the deepest and oldest tiles first, and
//! requests that cannot be met (zooms the cache or the basemap does not hold, millions of
//! tiles) are refused with a clear message before anything is fetched.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use citydash_e2e::{frozen_sim, tile_sync_config};
use offline_cache::model::BoundingBox;
use offline_cache::store::{Resource, TileId, tile_range};
use offline_cache::sync::{SyncConfig, SyncReport, TilePlan, sync_once};
use opscenter_sim::SimHandle;
use rusqlite::Connection;

/// The city centre, Ben Thanh to Thu Thiem.
const CENTRE: BoundingBox = BoundingBox {
    min_lon: 106.68,
    min_lat: 10.76,
    max_lon: 106.73,
    max_lat: 10.80,
};

/// Stored tiles by zoom: how many, and their bytes.
fn levels(cache: &Path) -> BTreeMap<u8, (u64, u64)> {
    let connection = Connection::open(cache).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT zoom_level, count(*), sum(bytes) FROM basemap_tile_info GROUP BY zoom_level",
        )
        .unwrap();
    statement
        .query_map([], |row| {
            let (count, bytes): (i64, i64) = (row.get(1)?, row.get(2)?);
            Ok((row.get::<_, u8>(0)?, (count as u64, bytes as u64)))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn stored_tiles(cache: &Path) -> Vec<TileId> {
    let connection = Connection::open(cache).unwrap();
    let mut statement = connection
        .prepare("SELECT zoom_level, tile_column, tile_row FROM basemap_tile_info ORDER BY 1, 2, 3")
        .unwrap();
    statement
        .query_map([], |row| {
            Ok(TileId {
                z: row.get(0)?,
                x: row.get(1)?,
                y: row.get(2)?,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn tiles_over_centre(z: u8) -> u64 {
    let b = CENTRE;
    let ((x0, x1), (y0, y1)) = tile_range(z, b.min_lon, b.min_lat, b.max_lon, b.max_lat);
    u64::from(x1 - x0 + 1) * u64::from(y1 - y0 + 1)
}

fn tile_requests(sim: &SimHandle) -> usize {
    sim.requests()
        .iter()
        .filter(|request| request.path.starts_with("/tiles/"))
        .count()
}

fn with_budget(config: &SyncConfig, budget_bytes: u64) -> SyncConfig {
    let mut config = config.clone();
    if let Some(plan) = &mut config.tiles {
        plan.budget_bytes = budget_bytes;
    }
    config
}

/// The bytes zooms 10-13 over the centre take, measured by syncing them into a cache of their
/// own with no budget to speak of.
fn level_bytes(sim: &SimHandle) -> BTreeMap<u8, (u64, u64)> {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("measure.gpkg");
    let report = sync_once(&tile_sync_config(sim, &cache, 10..=13, CENTRE)).unwrap();
    assert!(report.is_success(), "{report:#?}");
    levels(&cache)
}

fn tiles_error(report: &SyncReport) -> String {
    report
        .errors
        .iter()
        .find(|error| error.resource == Resource::Tiles)
        .unwrap_or_else(|| panic!("no tiles error: {report:#?}"))
        .message
        .clone()
}

#[test]
fn a_tight_budget_keeps_the_overview_zooms_and_later_runs_fetch_nothing_again() {
    let sim = frozen_sim(1);
    let sizes = level_bytes(&sim);
    // Room for zooms 10-12 and half of 13.
    let budget: u64 = (10..=12).map(|z| sizes[&z].1).sum::<u64>() + sizes[&13].1 / 2;

    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = with_budget(&tile_sync_config(&sim, &cache, 10..=13, CENTRE), budget);
    let first = sync_once(&config).unwrap();
    assert!(first.is_success(), "{first:#?}");
    assert_eq!(first.tiles_skipped_zooms, Some((13, 13)), "{first:#?}");
    // Fetching stops at the first tile past the budget; what goes to make room is of zoom 13.
    assert!(
        first
            .tiles_evicted_zooms
            .is_none_or(|zooms| zooms == (13, 13)),
        "{first:#?}"
    );
    let kept = levels(&cache);
    for z in 10..=12 {
        assert_eq!(
            kept.get(&z).map(|l| l.0),
            Some(tiles_over_centre(z)),
            "zoom {z}"
        );
    }
    // Zoom 13 may be kept in part, never whole, and never beyond the budget.
    assert!(
        kept.get(&13).is_none_or(|l| l.0 < tiles_over_centre(13)),
        "{kept:?}"
    );
    assert!(kept.values().map(|l| l.1).sum::<u64>() <= budget);
    let after_first = stored_tiles(&cache);

    for run in 2..=3 {
        sim.clear_requests();
        let again = sync_once(&config).unwrap();
        assert!(again.is_success(), "run {run}: {again:#?}");
        assert_eq!(tile_requests(&sim), 0, "run {run} fetched tiles again");
        assert_eq!(
            (again.tiles_written, again.tiles_evicted),
            (0, 0),
            "run {run}"
        );
        assert_eq!(again.tiles_skipped_zooms, Some((13, 13)));
        assert_eq!(stored_tiles(&cache), after_first, "run {run}");
    }
}

#[test]
fn over_budget_the_deepest_tiles_go_first_and_the_overview_stays() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let roomy = tile_sync_config(&sim, &cache, 10..=13, CENTRE);
    assert!(sync_once(&roomy).unwrap().is_success());
    let sizes = levels(&cache);
    let budget: u64 = (10..=11).map(|z| sizes[&z].1).sum::<u64>() + sizes[&12].1 / 3;

    let tight = with_budget(&roomy, budget);
    let report = sync_once(&tight).unwrap();
    assert!(report.is_success(), "{report:#?}");
    assert_eq!(report.tiles_evicted_zooms.map(|(_, high)| high), Some(13));
    assert_eq!(report.tiles_skipped_zooms, Some((12, 13)), "{report:#?}");
    let kept = levels(&cache);
    assert_eq!(kept.get(&10).map(|l| l.0), Some(tiles_over_centre(10)));
    assert_eq!(kept.get(&11).map(|l| l.0), Some(tiles_over_centre(11)));
    assert!(!kept.contains_key(&13), "{kept:?}");
    assert!(kept.values().map(|l| l.1).sum::<u64>() <= budget);
    assert_eq!(
        report.tiles_evicted,
        sizes.values().map(|l| l.0).sum::<u64>() - kept.values().map(|l| l.0).sum::<u64>()
    );

    sim.clear_requests();
    let again = sync_once(&tight).unwrap();
    assert_eq!(tile_requests(&sim), 0, "{again:#?}");
    assert_eq!(again.tiles_evicted, 0);
}

#[test]
fn a_budget_of_nothing_stores_and_reports_no_tiles() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let config = with_budget(&tile_sync_config(&sim, &cache, 10..=12, CENTRE), 0);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    assert_eq!(report.tiles_written, 0);
    assert_eq!(report.tiles_skipped_zooms, Some((10, 12)));
    assert_eq!(tile_requests(&sim), 0);
    assert!(stored_tiles(&cache).is_empty());
}

#[test]
fn absurd_zooms_are_refused_at_once_without_fetching() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let template = format!("{}/tiles/{{z}}/{{x}}/{{y}}.png", sim.url());
    let over_the_city = |min_zoom, max_zoom| {
        let mut config = tile_sync_config(&sim, &cache, 8..=8, CENTRE);
        config.tiles = Some(TilePlan {
            min_zoom,
            max_zoom,
            template: Some(template.clone()),
            ..TilePlan::default()
        });
        config
    };

    // Zoom 22 with a template: about 200 million tiles over the city, beyond the pyramid.
    let started = Instant::now();
    let report = sync_once(&over_the_city(8, 22)).unwrap();
    assert!(tiles_error(&report).contains("zooms 0-20"), "{report:#?}");
    // Zoom 20 fits the pyramid but not one run: refused by counting, naming what would fit.
    let report = sync_once(&over_the_city(8, 20)).unwrap();
    let message = tiles_error(&report);
    assert!(
        message.contains("more than 250000 tiles") && message.contains("(zooms 8-"),
        "{message}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(tile_requests(&sim), 0);
    assert!(stored_tiles(&cache).is_empty());
    // A refused request is this run's mistake, not a state of the cache that lingers.
    let health = offline_cache::store::Reader::open(&cache)
        .unwrap()
        .sync_health()
        .unwrap();
    assert!(health.errors.is_empty(), "{health:#?}");
}

#[test]
fn zooms_outside_the_basemap_are_named_not_silently_dropped() {
    let sim = frozen_sim(1);
    let basemap = sim.catalog().basemap.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");

    let beyond = basemap.max_zoom + 1;
    let config = tile_sync_config(&sim, &cache, beyond..=beyond + 2, CENTRE);
    let report = sync_once(&config).unwrap();
    assert!(!report.is_success());
    let message = tiles_error(&report);
    assert!(
        message.contains(&format!(
            "serves zooms {}-{}",
            basemap.min_zoom, basemap.max_zoom
        )),
        "{message}"
    );

    let low = basemap.min_zoom - 2;
    let config = tile_sync_config(&sim, &cache, low..=basemap.min_zoom + 1, CENTRE);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    let notice = &report.notices.first().unwrap().message;
    assert!(
        notice.contains(&format!(
            "fetching {}-{}",
            basemap.min_zoom,
            basemap.min_zoom + 1
        )),
        "{notice}"
    );
    assert_eq!(
        levels(&cache).keys().copied().collect::<Vec<_>>(),
        vec![basemap.min_zoom, basemap.min_zoom + 1]
    );
}
