//! The basemap tile source over a real cache: tiles synced from the simulator load in the
//! background and stand in for deeper ones, missing and corrupt tiles are asked for once, and
//! with a server configured a tile missing from the cache is fetched, stored and shown.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used, clippy::disallowed_types)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use citydash::loader::DataSource;
use citydash::map::tiles::{CacheTiles, TileFetch};
use egui::{Rect, pos2};
use offline_cache::store::{self, FetchedTile, Reader, Store};
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan, sync_once};
use opscenter_sim::{Fault, Route, SimConfig, SimHandle};
use walkers::{TileId, TilePiece, Tiles};

const TOKEN: &str = "tiles-token";

/// Ben Thanh Market at zoom 11 (13/6523/3849 at zoom 13).
const BEN_THANH_11: TileId = TileId {
    x: 1630,
    y: 962,
    zoom: 11,
};

fn whole_tile() -> Rect {
    Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0))
}

fn start_sim() -> SimHandle {
    let config = SimConfig {
        history_days: 1,
        speed: 0.0,
        token: Some(TOKEN.into()),
        ..SimConfig::default()
    };
    opscenter_sim::spawn_on_loopback(config).unwrap()
}

/// A cache with the catalog and the basemap at zoom 10-11, synced from `sim`.
fn synced_cache(sim: &SimHandle, cache: &Path) {
    let mut config = SyncConfig::new(sim.url(), Some(TOKEN.into()), cache);
    config.layers = LayerSelection::Skip;
    config.history_days = 1;
    config.tiles = Some(TilePlan {
        min_zoom: 10,
        max_zoom: 11,
        ..TilePlan::default()
    });
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    assert!(report.tiles_written > 4, "{report:#?}");
}

/// A simulator and, in a fresh directory, a cache synced from it by [`synced_cache`].
fn synced_sim() -> (SimHandle, tempfile::TempDir, PathBuf) {
    let sim = start_sim();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    synced_cache(&sim, &cache);
    (sim, dir, cache)
}

/// The tile source over `cache` that fetches the tiles it lacks from `sim`.
fn fetching_tiles(ctx: &egui::Context, cache: &Path, sim: &SimHandle) -> CacheTiles {
    let fetch = TileFetch {
        server: sim.url(),
        token: Some(TOKEN.into()),
        template: None,
    };
    CacheTiles::new(ctx, &DataSource::Cache(cache.to_owned()), Some(fetch))
}

/// Calls `at` until it gives a piece (each call also takes what the loader delivered).
fn wait_for_piece(tiles: &mut CacheTiles, tile: TileId) -> TilePiece {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(piece) = tiles.at(tile) {
            return piece;
        }
        assert!(Instant::now() < deadline, "tile {tile:?} never arrived");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Calls `at` until `missing` tiles are known missing and nothing is pending.
fn wait_until_missing(tiles: &mut CacheTiles, tile: TileId, missing: usize) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        tiles.at(tile);
        if tiles.missing_count() == missing && tiles.stats().in_progress == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{tile:?} never counted as missing: {} missing, {} pending",
            tiles.missing_count(),
            tiles.stats().in_progress
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn tile_requests(sim: &SimHandle) -> Vec<String> {
    sim.requests()
        .into_iter()
        .map(|request| request.path)
        .filter(|path| path.starts_with("/tiles/"))
        .collect()
}

#[test]
fn cached_tiles_arrive_in_the_background_and_stand_in_for_deeper_ones() {
    let (_sim, _dir, cache) = synced_sim();
    let ctx = egui::Context::default();
    let mut tiles = CacheTiles::new(&ctx, &DataSource::Cache(cache.clone()), None);
    assert_eq!(tiles.tile_size(), 256);
    assert_eq!(tiles.attribution().text, "");

    assert!(tiles.at(BEN_THANH_11).is_none(), "nothing is loaded yet");
    let piece = wait_for_piece(&mut tiles, BEN_THANH_11);
    assert_eq!(piece.uv, whole_tile());

    // Past the deepest cached zoom the zoom-11 tile is drawn scaled up; nothing more is asked.
    let zoom_13 = TileId {
        x: 6523,
        y: 3849,
        zoom: 13,
    };
    let piece = tiles.at(zoom_13).unwrap();
    assert_eq!(
        piece.uv,
        Rect::from_min_max(pos2(0.75, 0.25), pos2(1.0, 0.5))
    );
    let zoom_12 = TileId {
        x: 3261,
        y: 1924,
        zoom: 12,
    };
    assert_eq!(
        tiles.at(zoom_12).unwrap().uv,
        Rect::from_min_max(pos2(0.5, 0.0), pos2(1.0, 0.5))
    );
    assert_eq!(tiles.stats().in_progress, 0);
    assert_eq!(tiles.missing_count(), 0);

    // A tile far from the city is missing, and so is its parent at zoom 10, the shallowest
    // cached: each is looked up once, and asking again queues nothing.
    let far_away = TileId {
        x: 0,
        y: 0,
        zoom: 11,
    };
    wait_until_missing(&mut tiles, far_away, 2);
    for _ in 0..20 {
        assert!(tiles.at(far_away).is_none());
        assert_eq!(tiles.stats().in_progress, 0);
    }
    assert_eq!(tiles.missing_count(), 2);
}

#[test]
fn a_corrupt_tile_is_missing_until_the_cache_changes() {
    let (sim, _dir, cache) = synced_sim();
    let ctx = egui::Context::default();
    let mut tiles = CacheTiles::new(&ctx, &DataSource::Cache(cache.clone()), None);
    let broken = TileId {
        x: 1,
        y: 1,
        zoom: 11,
    };
    let store_id = store::TileId { z: 11, x: 1, y: 1 };
    // The writer opens beside the tile source's reader, as a sync would.
    let mut writer = Store::open(&cache).unwrap();
    let garbage = FetchedTile {
        id: store_id,
        png: b"\x89PNG\r\n\x1a\nthis is not an image".to_vec(),
        etag: None,
    };
    writer.write_tiles(&[garbage], store::now_ms()).unwrap();

    // The broken tile and its parent 10/0/0 (outside the synced area) are missing; no panic.
    wait_until_missing(&mut tiles, broken, 2);
    assert!(tiles.at(broken).is_none());

    let good = FetchedTile {
        id: store_id,
        png: sim.tile_png(11, 1630, 962).unwrap(),
        etag: None,
    };
    writer.write_tiles(&[good], store::now_ms()).unwrap();
    assert!(tiles.at(broken).is_none(), "still known missing");
    tiles.cache_changed();
    assert_eq!(tiles.missing_count(), 0);
    assert_eq!(wait_for_piece(&mut tiles, broken).uv, whole_tile());
}

#[test]
fn a_tile_missing_from_the_cache_is_fetched_stored_and_shown() {
    let (sim, _dir, cache) = synced_sim();
    sim.clear_requests();
    let ctx = egui::Context::default();
    let mut tiles = fetching_tiles(&ctx, &cache, &sim);

    // A sync is writing while the tile is fetched: the fetched tile waits for its
    // transaction and is stored after it.
    let sync_writer = rusqlite::Connection::open(&cache).unwrap();
    sync_writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let writing = std::thread::Builder::new()
        .name("test-sync-writer".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            sync_writer.execute_batch("COMMIT").unwrap();
        })
        .unwrap();

    let zoom_12 = TileId {
        x: 3261,
        y: 1924,
        zoom: 12,
    };
    // Its parent may stand in while it is fetched; the tile itself arrives whole.
    let deadline = Instant::now() + Duration::from_secs(20);
    while tiles
        .at(zoom_12)
        .is_none_or(|piece| piece.uv != whole_tile())
    {
        assert!(Instant::now() < deadline, "the tile was never fetched");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(tile_requests(&sim), ["/tiles/12/3261/1924.png"]);
    writing.join().unwrap();
    let stored = Reader::open(&cache)
        .unwrap()
        .tile(store::TileId {
            z: 12,
            x: 3261,
            y: 1924,
        })
        .unwrap();
    assert_eq!(stored, sim.tile_png(12, 3261, 1924));

    // Beyond the basemap's deepest zoom (16) the zoom-16 tile is fetched and scaled up.
    let zoom_18 = TileId {
        x: 3261 * 64 + 5,
        y: 1924 * 64 + 9,
        zoom: 18,
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let piece = tiles.at(zoom_18);
        if piece.as_ref().is_some_and(|piece| piece.uv.width() == 0.25) {
            break;
        }
        assert!(Instant::now() < deadline, "the zoom-16 tile never arrived");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(
        tile_requests(&sim),
        ["/tiles/12/3261/1924.png", "/tiles/16/52177/30786.png"]
    );
}

#[test]
fn a_failing_server_is_not_asked_again_for_every_tile() {
    let (sim, _dir, cache) = synced_sim();
    sim.set_fault(Route::Tiles, Fault::Status(503));
    sim.clear_requests();
    let ctx = egui::Context::default();
    let mut tiles = fetching_tiles(&ctx, &cache, &sim);

    let first = TileId {
        x: 3261,
        y: 1924,
        zoom: 12,
    };
    wait_until_missing(&mut tiles, first, 1);
    // Its cached parent stands in.
    assert_eq!(
        tiles.at(first).unwrap().uv,
        Rect::from_min_max(pos2(0.5, 0.0), pos2(1.0, 0.5))
    );
    let asked = tile_requests(&sim).len();
    assert!((1..=2).contains(&asked), "{asked} requests");

    // While backing off, other missing tiles are not fetched at all.
    let second = TileId {
        x: 3260,
        y: 1924,
        zoom: 12,
    };
    wait_until_missing(&mut tiles, second, 2);
    assert_eq!(tile_requests(&sim).len(), asked);
    for _ in 0..20 {
        tiles.at(first);
        tiles.at(second);
    }
    assert_eq!(tiles.stats().in_progress, 0);
    assert_eq!(tile_requests(&sim).len(), asked);
}
