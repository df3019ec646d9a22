//! What the app's tests share: one signed week of the simulated city, made from the simulator
//! on loopback, with a KPI whose name is markup of every kind.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::path::PathBuf;
use std::sync::LazyLock;

use offline_cache::pack::{ExportOptions, PackInfo, Selection, SigningKey};
use offline_cache::sync::{SyncConfig, sync_once};

/// A KPI name that means something in HTML, script and typst: it must come back as data.
pub const HOSTILE_NAME: &str = "<img src=x onerror=alert(1)> #set text(red) *bold*";

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub pack: PathBuf,
    pub cache: PathBuf,
    pub key: SigningKey,
}

/// One signed week of the simulated city, made once for every test here.
pub static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let sim = opscenter_sim::spawn_on_loopback(opscenter_sim::SimConfig {
        start_ms: 1_795_143_600_000,
        history_days: 8,
        speed: 0.0,
        token: None,
        ..opscenter_sim::SimConfig::default()
    })
    .expect("the simulator starts");
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = SyncConfig::new(sim.url(), None, &cache);
    config.history_days = 8;
    config.layers = offline_cache::sync::LayerSelection::parse("wards,flood-sensors,incidents");
    config.tiles = None;
    assert!(sync_once(&config).unwrap().reachable);
    let as_of = sim.now_ms();
    sim.shutdown();
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute(
            "UPDATE kpi SET def_json = json_set(def_json, '$.name.en', ?1, '$.name.vi', ?1)
             WHERE kpi_id = 'MO02'",
            [HOSTILE_NAME],
        )
        .unwrap();
    let key = SigningKey::generate("Văn phòng UBND").unwrap();
    let pack = dir.path().join("week.citybrief");
    let selection = Selection {
        from_ms: as_of - 7 * 86_400_000,
        to_ms: as_of,
        ..Selection::default()
    };
    let info = PackInfo {
        title: "Giao ban tuần".into(),
        ..PackInfo::default()
    };
    let options = ExportOptions {
        signing_key: Some(&key),
        ..ExportOptions::default()
    };
    offline_cache::pack::export_with(&cache, &pack, &selection, &info, as_of, &options).unwrap();
    Fixture {
        dir,
        pack,
        cache,
        key,
    }
});
