//! Layer sync speed beside GDAL, and the map queries, printed as figures from one run:
//!
//! - features stored per second for a 100,000-feature point layer and for the wards layer, from
//!   the simulator on loopback, side by side with GDAL's `ogr2ogr -f GPKG` pulling the same
//!   collection from the same server through its `OAPIF:` driver, with the same page size;
//! - a bbox query over the 100,000 features through the R*Tree (median microseconds);
//! - basemap tile lookups per second from the cache.
//!
//! Run with `cargo bench -p citydash-e2e --bench layer_sync` (GDAL's `ogr2ogr` must be installed
//! for the comparison; `./scripts/test` installs it).

// A benchmark that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used)]

use std::process::Command;
use std::time::{Duration, Instant};

use citydash_e2e::start_sim;
use offline_cache::model::BoundingBox;
use offline_cache::store::{Reader, TileId};
use offline_cache::sync::{LayerSelection, SourceKind, SyncConfig, TilePlan, sync_once};
use opscenter_sim::SimConfig;

const POINTS: usize = 100_000;
const PAGE: usize = 10_000;

fn main() {
    let sim = start_sim(SimConfig {
        history_days: 1,
        speed: 0.0,
        token: None,
        bench_points: POINTS,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().expect("temp dir");

    println!("layer_sync (simulator on loopback, pages of {PAGE})");
    for (layer_id, expected) in [("bench-points", POINTS), ("wards", 168)] {
        let cache = dir.path().join(format!("{layer_id}.gpkg"));
        let mut config = SyncConfig::new(sim.url(), None, &cache);
        config.source = SourceKind::OgcFeatures;
        config.layers = LayerSelection::Only(vec![layer_id.into()]);
        config.tiles = None;
        config.feature_page_limit = PAGE;
        let started = Instant::now();
        let report = sync_once(&config).expect("sync runs");
        let ours = started.elapsed();
        assert!(report.is_success(), "{report:#?}");
        let stored = Reader::open(&cache)
            .expect("cache")
            .layers(0)
            .expect("layers")[0]
            .feature_count;
        assert_eq!(stored, expected as u64);
        let gdal = ogr2ogr(
            &sim.url(),
            layer_id,
            &dir.path().join(format!("{layer_id}-gdal.gpkg")),
        );
        let rate = |elapsed: Duration| stored as f64 / elapsed.as_secs_f64();
        match gdal {
            Some(gdal) => println!(
                "  {layer_id:<13} {stored:>7} features: citydash {:.2} s ({:.0}/s), ogr2ogr {:.2} s ({:.0}/s): {:.1}x faster",
                ours.as_secs_f64(),
                rate(ours),
                gdal.as_secs_f64(),
                rate(gdal),
                gdal.as_secs_f64() / ours.as_secs_f64()
            ),
            None => println!(
                "  {layer_id:<13} {stored:>7} features: citydash {:.2} s ({:.0}/s); ogr2ogr not available",
                ours.as_secs_f64(),
                rate(ours)
            ),
        }
    }

    let reader = Reader::open(&dir.path().join("bench-points.gpkg")).expect("cache");
    let mut micros = Vec::new();
    let mut found = 0;
    for i in 0..500 {
        // A box of about 2 km around a point that moves across the city.
        let lon = 106.45 + (i % 25) as f64 * 0.03;
        let lat = 10.50 + (i / 25) as f64 * 0.025;
        let bbox = BoundingBox {
            min_lon: lon,
            min_lat: lat,
            max_lon: lon + 0.02,
            max_lat: lat + 0.02,
        };
        let started = Instant::now();
        found += reader
            .features_in_bbox("bench-points", bbox, 10_000)
            .expect("query")
            .len();
        micros.push(started.elapsed().as_secs_f64() * 1e6);
    }
    micros.sort_by(f64::total_cmp);
    println!(
        "  bbox query over {POINTS} points: median {:.0} us, p99 {:.0} us ({:.1} features per box)",
        micros[micros.len() / 2],
        micros[micros.len() * 99 / 100],
        found as f64 / micros.len() as f64
    );

    let tiles_cache = dir.path().join("tiles.gpkg");
    let mut config = SyncConfig::new(sim.url(), None, &tiles_cache);
    config.layers = LayerSelection::Skip;
    config.history_days = 1;
    config.tiles = Some(TilePlan {
        min_zoom: 8,
        max_zoom: 11,
        ..TilePlan::default()
    });
    let started = Instant::now();
    let report = sync_once(&config).expect("tile sync runs");
    let tile_sync = started.elapsed();
    let reader = Reader::open(&tiles_cache).expect("cache");
    let stats = reader.tile_stats().expect("stats");
    let ids: Vec<TileId> = reader
        .connection()
        .prepare("SELECT zoom_level, tile_column, tile_row FROM basemap_tiles")
        .expect("query")
        .query_map([], |row| {
            Ok(TileId {
                z: row.get(0)?,
                x: row.get(1)?,
                y: row.get(2)?,
            })
        })
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("ids");
    let lookups = 20_000;
    let started = Instant::now();
    for i in 0..lookups {
        let tile = reader.tile(ids[i % ids.len()]).expect("lookup");
        std::hint::black_box(tile);
    }
    let elapsed = started.elapsed();
    println!(
        "  basemap: {} tiles (zooms 8-11, {:.1} MiB) fetched in {:.2} s; {:.0} tile lookups/s ({} tiles written)",
        stats.count,
        stats.bytes as f64 / 1_048_576.0,
        tile_sync.as_secs_f64(),
        lookups as f64 / elapsed.as_secs_f64(),
        report.tiles_written
    );
}

/// Times `ogr2ogr -f GPKG` pulling the collection through GDAL's OAPIF driver, or `None` when
/// GDAL is not installed.
fn ogr2ogr(server: &str, layer_id: &str, out: &std::path::Path) -> Option<Duration> {
    Command::new("ogr2ogr").arg("--version").output().ok()?;
    let started = Instant::now();
    let output = Command::new("ogr2ogr")
        .args(["-f", "GPKG"])
        .arg(out)
        .arg(format!("OAPIF:{server}/collections/{layer_id}"))
        .args(["-oo", &format!("PAGE_SIZE={PAGE}")])
        .output()
        .expect("ogr2ogr runs");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "ogr2ogr failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(elapsed)
}
