//! The cached city the dashboard figures run on: every layer, 400 days of series and the
//! basemap tiles, synced once from the simulator on loopback into Cargo's `target/tmp/` and
//! reused while it is complete and recent.

use std::path::{Path, PathBuf};
use std::time::Instant;

use offline_cache::store::{Reader, now_ms};
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan, sync_once};
use opscenter_sim::SimConfig;

/// Days of history in the cached city.
const HISTORY_DAYS: i64 = 400;
/// A cache synced longer ago than this is built again, so "the last year" still ends near now.
const MAX_AGE_MS: i64 = 7 * 86_400_000;

/// The cache file and a line saying what it holds.
pub struct CityCache {
    pub path: PathBuf,
    pub summary: String,
}

/// The full city cache, built now unless a complete one is already there.
pub fn full_city_cache() -> CityCache {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dashboard-bench");
    std::fs::create_dir_all(&dir).expect("the bench folder under target/tmp can be made");
    let path = dir.join("city.gpkg");
    // A cache kept from an older build is brought to this build's schema (as the sync would).
    if path.exists() {
        drop(offline_cache::store::upgrade(&path));
    }
    if let Some(summary) = complete(&path) {
        return CityCache {
            summary: format!("reused {} ({summary})", path.display()),
            path,
        };
    }
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        if file.exists() {
            std::fs::remove_file(&file).expect("an incomplete cache can be removed");
        }
    }
    println!("  building the city cache (first run only; this takes a minute) ...");
    let sim = opscenter_sim::spawn_on_loopback(SimConfig {
        speed: 0.0,
        history_days: HISTORY_DAYS,
        token: None,
        ..SimConfig::default()
    })
    .expect("the simulator starts on loopback");
    let mut config = SyncConfig::new(sim.url(), None, &path);
    config.layers = LayerSelection::All;
    config.tiles = Some(TilePlan::default());
    config.history_days = HISTORY_DAYS;
    let started = Instant::now();
    let report = sync_once(&config).expect("the city sync runs");
    assert!(report.is_success(), "the city sync failed: {report:#?}");
    let sync_secs = started.elapsed().as_secs_f64();
    let summary = complete(&path).expect("a cache just synced in full is complete");
    CityCache {
        summary: format!("built {} in {sync_secs:.0} s ({summary})", path.display()),
        path,
    }
}

/// What a complete, recent cache at `path` holds, or `None` when it must be built again.
fn complete(path: &Path) -> Option<String> {
    let reader = Reader::open(path).ok()?;
    let health = reader.sync_health().ok()?;
    let last_success_ms = health.last_success_ms?;
    if !health.errors.is_empty()
        || health.last_attempt_ms != Some(last_success_ms)
        || now_ms() - last_success_ms > MAX_AGE_MS
    {
        return None;
    }
    let catalog = reader.catalog().ok()??;
    let layers = reader.layers(now_ms()).ok()?;
    let tiles = reader.tile_stats().ok()?;
    let observations = reader.observation_count(None).ok()?;
    let first = reader.series("EN03", i64::MIN, i64::MAX, 1).ok()?;
    let history_days = (last_success_ms - first.first()?.t_ms) / 86_400_000;
    let every_layer = !catalog.layers.is_empty() && layers.len() == catalog.layers.len();
    (every_layer && tiles.count > 0 && history_days >= HISTORY_DAYS - 2).then(|| {
        format!(
            "{} layers, {} KPIs, {observations} observations over {history_days} days, {} tiles",
            layers.len(),
            catalog.kpis.len(),
            tiles.count
        )
    })
}
