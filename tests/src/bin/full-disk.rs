//! A cache on a disk that fills up: syncs the simulated city into a cache in FOLDER (a small
//! file system of its own, such as the tmpfs `scripts/full-disk` mounts), fills what space is
//! left, lets the city move on and syncs again. That sync must fail saying the disk is full (in
//! English and Vietnamese, not SQLite's words), and the cache must hold exactly what it held,
//! whole, and readable while the disk stays full. Once space is freed, the next sync must store
//! the new data. Then the same with a little room left, where the disk fills in the middle of
//! writing the map's layers and tiles: the sync must name the full disk, keep the cache whole,
//! and the next sync after freeing space must clear what was cut off and store the map. Prints the figures last; exits non-zero when any check fails.
//!
//! usage: full-disk FOLDER

// A harness: set-up failures end the run with their reason.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use citydash_e2e::{TEST_TOKEN, integrity_check, snapshot, staging_tables, sync_config};
use citydash_views::failure::error_text;
use citydash_views::{I18n, Lang};
use offline_cache::store::{Reader, now_ms};
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan, sync_once};
use opscenter_sim::SimConfig;

/// Fills the file system with one file until a write fails, then gives back `room` bytes;
/// returns the filler's size.
fn fill(filler: &Path, room: u64) -> u64 {
    let mut file = std::fs::File::create(filler).expect("the filler file is created");
    let block = vec![0u8; 64 * 1024];
    let mut written = 0u64;
    // Smaller and smaller writes take the last bytes too.
    for size in [block.len(), 4096, 512, 1] {
        while file.write_all(&block[..size]).is_ok() {
            written += size as u64;
        }
    }
    let kept = written.saturating_sub(room);
    file.set_len(kept).expect("the filler gives room back");
    let _ = file.sync_all();
    kept
}

fn cache_bytes(cache: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let mut path = cache.as_os_str().to_owned();
            path.push(suffix);
            std::fs::metadata(PathBuf::from(path)).ok()
        })
        .map(|metadata| metadata.len())
        .sum()
}

/// Room left for the layer round: enough to open the cache, not to store the map.
const ROOM_FOR_A_FEW_PAGES: u64 = 1024 * 1024;

/// The disk fills while the map's layers and tiles are written: the sync names the full disk,
/// no staging table is left, the cache is whole, and once space is freed the map is stored.
fn fill_midway(
    config: &SyncConfig,
    folder: &Path,
    filler: &Path,
    failures: &mut Vec<String>,
) -> String {
    let mut config = config.clone();
    config.cache_path = folder.join("layers.gpkg");
    let first = sync_once(&config).expect("the layer round's first sync runs");
    assert!(first.is_success(), "{first:#?}");
    fill(filler, ROOM_FOR_A_FEW_PAGES);
    // Every layer and the basemap to zoom 11: megabytes, where the disk has one left.
    config.layers = LayerSelection::All;
    config.tiles = Some(TilePlan {
        max_zoom: 11,
        ..TilePlan::default()
    });
    let said = match sync_once(&config) {
        Ok(report) => {
            let full: Vec<_> = report
                .errors
                .iter()
                .filter(|error| error.message.contains("full"))
                .map(|error| error.resource.to_string())
                .collect();
            if full.is_empty() {
                failures.push(format!("midway: no disk-full error: {:?}", report.errors));
            }
            format!("failed for a full disk: {}", full.join(", "))
        }
        Err(error) if error.is_disk_full() => format!("the sync stopped whole: {error}"),
        Err(error) => {
            failures.push(format!("midway: not said as a full disk: {error}"));
            error.to_string()
        }
    };
    std::fs::remove_file(filler).expect("the filler goes");
    // A layer cut off by the full disk leaves its staging table (dropping it needs room too);
    // the next sync clears it.
    let left_while_full = staging_tables(&config.cache_path).len();
    let check = integrity_check(&config.cache_path);
    if check != "ok" {
        failures.push(format!("midway: integrity check: {check}"));
    }
    let recovered = sync_once(&config).expect("the sync after freeing space runs");
    let wards = Reader::open(&config.cache_path)
        .and_then(|reader| reader.layers(now_ms()))
        .map(|layers| {
            layers
                .iter()
                .find(|layer| layer.layer_id == "wards")
                .map_or(0, |layer| layer.feature_count)
        })
        .unwrap_or(0);
    let leftovers = staging_tables(&config.cache_path);
    if !leftovers.is_empty() {
        failures.push(format!("midway: left behind after recovery: {leftovers:?}"));
    }
    if !recovered.is_success() || wards == 0 {
        failures.push(format!(
            "midway: no recovery ({wards} wards): {:?}",
            recovered.errors
        ));
    }
    format!(
        "map round ({} KB left): {said}; staging tables left while full: {left_while_full}, \
         after the next sync: {}; after freeing: {wards} wards stored",
        ROOM_FOR_A_FEW_PAGES / 1024,
        leftovers.len()
    )
}

fn main() -> ExitCode {
    let folder = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: full-disk FOLDER (a small file system of its own)"),
    );
    let cache = folder.join("cache.gpkg");
    let filler = folder.join("filler");
    let _ = std::fs::remove_file(&filler);
    let sim = opscenter_sim::spawn_on_loopback(SimConfig {
        history_days: 2,
        // An hour of simulated time a second: the second sync has new data to store.
        speed: 3_600.0,
        token: Some(TEST_TOKEN.into()),
        ..SimConfig::default()
    })
    .expect("the simulator starts on loopback");
    let config = sync_config(&sim, &cache, 2);
    let mut failures = Vec::new();

    let first = sync_once(&config).expect("the first sync runs");
    assert!(first.is_success(), "the first sync is clean: {first:#?}");
    let stored_bytes = cache_bytes(&cache);
    let before = snapshot(&cache);
    let filled = fill(&filler, 0);
    std::thread::sleep(Duration::from_millis(2_000));

    let said = match sync_once(&config) {
        Ok(report) => {
            let full = report
                .errors
                .iter()
                .filter(|error| error.message.contains("full"))
                .count();
            if full == 0 {
                failures.push(format!(
                    "the sync on a full disk said no disk-full: {report:#?}"
                ));
            }
            format!("{full} resources failed: {:?}", report.errors.first())
        }
        Err(error) => {
            let english = error_text(&error, &I18n::new(Lang::En));
            let vietnamese = error_text(&error, &I18n::new(Lang::Vi));
            if !error.is_disk_full() || !english.contains("the disk that holds the cache is full") {
                failures.push(format!("not said as a full disk: {error} / {english}"));
            }
            println!("on a full disk, in English: {english}");
            println!("on a full disk, in Vietnamese: {vietnamese}");
            "the sync stopped whole".to_owned()
        }
    };
    // The dashboard still reads the cache while the disk is full.
    let shown = Reader::open(&cache)
        .and_then(|reader| reader.overview(now_ms()))
        .map(|overview| {
            overview
                .kpis
                .iter()
                .filter(|kpi| kpi.latest.is_some())
                .count()
        });
    match &shown {
        Ok(0) | Err(_) => failures.push(format!(
            "the cache cannot be read on a full disk: {shown:?}"
        )),
        Ok(_) => {}
    }

    std::fs::remove_file(&filler).expect("the filler goes");
    let after = snapshot(&cache);
    if after != before {
        failures.push("the sync on a full disk changed the stored data".into());
    }
    let check = integrity_check(&cache);
    if check != "ok" {
        failures.push(format!("integrity check after the full disk: {check}"));
    }
    let recovered = sync_once(&config).expect("the sync after freeing space runs");
    if !recovered.is_success() {
        failures.push(format!("no recovery: {:?}", recovered.errors));
    }
    let now = snapshot(&cache);
    if now.observation_count <= before.observation_count || now.latest == before.latest {
        failures.push("the sync after freeing space stored nothing new".into());
    }
    let check = integrity_check(&cache);
    if check != "ok" {
        failures.push(format!("integrity check after recovery: {check}"));
    }

    let midway = fill_midway(&config, &folder, &filler, &mut failures);

    for failure in &failures {
        println!("FAILED: {failure}");
    }
    println!(
        "\ncache {:.1} MB, filler {:.1} MB; on the full disk: {said}; data unchanged: {}; \
         KPIs with a value shown while full: {}; after freeing: {} observations (was {}), \
         recovered: {}",
        stored_bytes as f64 / 1e6,
        filled as f64 / 1e6,
        after == before,
        shown.map_or_else(|error| error.to_string(), |count| count.to_string()),
        now.observation_count,
        before.observation_count,
        recovered.is_success()
    );
    println!("{midway}");
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
