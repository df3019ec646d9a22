//! A briefing pack in the real dashboard window: exported from a cache synced from the
//! simulator on loopback, checked, and shown read-only under its banner, with the cache's values
//! for its window and ages counted from its as-of time; one signed by a key not trusted waits for
//! a yes; one dropped on the window is checked, and a changed one is refused while the cache
//! stays on screen; the wall plays one under its banner, writing nothing beside it.

#![allow(clippy::disallowed_types, clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use citydash::{CityDashApp, DashboardOptions, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use offline_cache::model::units::HOUR_MS;
use offline_cache::pack::{
    ExportOptions, OpenedPack, PackInfo, Selection, SigningKey, TrustedKeys, export_with,
};

/// A cache synced from the simulator and a pack of it: 24 hours ending 12 hours before the
/// simulator's now, signed by `key` when given.
struct Fixture {
    _sim: opscenter_sim::SimHandle,
    dir: tempfile::TempDir,
    cache: PathBuf,
    as_of_ms: i64,
}

impl Fixture {
    fn new() -> Self {
        let sim = common::start_sim("pack-token");
        let (dir, cache) = common::synced_temp_cache(&sim);
        let as_of_ms = sim.now_ms() - 12 * HOUR_MS;
        Fixture {
            _sim: sim,
            dir,
            cache,
            as_of_ms,
        }
    }

    fn pack(&self, name: &str, key: Option<&SigningKey>) -> PathBuf {
        let out = self.dir.path().join(name);
        let selection = Selection {
            from_ms: self.as_of_ms - 24 * HOUR_MS,
            to_ms: self.as_of_ms,
            ..Selection::default()
        };
        let info = PackInfo {
            title: "Họp giao ban".into(),
            ..PackInfo::default()
        };
        let options = ExportOptions {
            signing_key: key,
            ..ExportOptions::default()
        };
        export_with(
            &self.cache,
            &out,
            &selection,
            &info,
            self.as_of_ms,
            &options,
        )
        .unwrap();
        out
    }
}

fn window(
    cache: &Path,
    pack: Option<OpenedPack>,
    trusted: TrustedKeys,
) -> Harness<'static, CityDashApp> {
    let options = DashboardOptions {
        pack,
        trusted_keys: trusted,
        lang: Some(Lang::En),
        ..DashboardOptions::on_cache(cache.to_owned())
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| CityDashApp::new(cc, options));
    common::settle(&mut harness);
    harness
}

/// Every reading of `kpi_id` in `[from, to]` in the file at `path`.
fn readings(path: &Path, kpi_id: &str, from: i64, to: i64) -> Vec<(i64, f64)> {
    let connection =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut statement = connection
        .prepare(
            "SELECT t_ms, value FROM observation WHERE kpi_id = ?1 AND t_ms BETWEEN ?2 AND ?3
             ORDER BY t_ms",
        )
        .unwrap();
    statement
        .query_map(rusqlite::params![kpi_id, from, to], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn a_trusted_pack_shows_the_caches_values_for_its_window_read_only_and_aged_from_its_time() {
    let fixture = Fixture::new();
    let office = SigningKey::generate("Văn phòng UBND").unwrap();
    let path = fixture.pack("briefing.citybrief", Some(&office));
    let mut trusted = TrustedKeys::default();
    trusted.add(office.public(), "Chairman's office");
    let pack = OpenedPack::check(&path, &trusted).unwrap();
    let (from, to) = (
        pack.verified.manifest.holds.from_ms,
        pack.verified.manifest.holds.to_ms,
    );
    let before = std::fs::read(&path).unwrap();
    let mut harness = window(&fixture.cache, Some(pack), trusted);

    let app = harness.state();
    assert!(app.shown_pack().is_some());
    assert!(!app.pack_awaits_consent());
    assert_eq!(
        app.sync_activity(),
        citydash::view_models::SyncActivity::Off
    );
    let banner = app.pack_banner().unwrap().clone();
    assert_eq!(
        banner.title,
        "Briefing pack: Họp giao ban (read-only, not synced)"
    );
    assert!(
        banner
            .signature
            .starts_with("signed by Chairman's office (SHA256:")
    );
    assert!(!banner.warning);
    harness.get_by_label(&banner.title);
    harness.get_by_label_contains("ages count from then");
    harness.get_by_label("Close the pack");

    // Every reading of the window is the cache's, and nothing after it.
    for kpi_id in ["EN03", "MO01", "DE01"] {
        let in_pack = readings(&path, kpi_id, i64::MIN, i64::MAX);
        assert_eq!(
            in_pack,
            readings(&fixture.cache, kpi_id, from, to),
            "{kpi_id}"
        );
    }
    // An hourly KPI's newest reading is minutes old at the as-of time, not the twelve hours
    // it is old now; its card shows the value of that reading.
    let card = harness
        .state()
        .overview_model()
        .cards()
        .find(|card| card.kpi_id == "EN03")
        .unwrap()
        .clone();
    let freshness = card.freshness_text.clone().unwrap();
    assert!(
        !card.stale && !freshness.contains('h') && !freshness.contains('d'),
        "{freshness}"
    );
    // The chart ends at the window's end.
    harness.state_mut().open_kpi("EN03");
    common::settle(&mut harness);
    let series = harness.state().series_model().unwrap();
    assert!(!series.points.is_empty());
    assert!(
        series
            .points
            .iter()
            .all(|point| point[0] <= to as f64 / 1_000.0)
    );

    // Closing goes back to the cache; the pack was never written.
    harness.get_by_label("Close the pack").click();
    common::settle(&mut harness);
    assert!(harness.state().shown_pack().is_none());
    assert!(harness.query_by_label(&banner.title).is_none());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the pack is unchanged"
    );
}

#[test]
fn a_pack_signed_by_a_key_not_trusted_opens_only_after_a_yes_and_says_so() {
    let fixture = Fixture::new();
    let stranger = SigningKey::generate("Văn phòng UBND").unwrap();
    let path = fixture.pack("stranger.citybrief", Some(&stranger));
    let open = |fixture: &Fixture| {
        let pack = OpenedPack::check(&path, &TrustedKeys::default()).unwrap();
        window(&fixture.cache, Some(pack), TrustedKeys::default())
    };

    let mut harness = open(&fixture);
    assert!(harness.state().pack_awaits_consent());
    assert!(
        harness.state().shown_pack().is_none(),
        "nothing of it before the yes"
    );
    harness.get_by_label("This pack is signed by a key you have not trusted");
    harness.get_by_label("Do not open").click();
    common::settle(&mut harness);
    assert!(!harness.state().pack_awaits_consent());
    assert!(harness.state().shown_pack().is_none());

    let mut harness = open(&fixture);
    harness.get_by_label("Open it anyway").click();
    common::settle(&mut harness);
    assert!(harness.state().shown_pack().is_some());
    let banner = harness.state().pack_banner().unwrap().clone();
    assert!(banner.warning);
    assert!(
        banner
            .signature
            .starts_with("signed by a key you have not trusted, calling itself \"Văn phòng UBND\""),
        "{}",
        banner.signature
    );
    harness.get_by_label(&banner.signature);
}

/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

fn drop_file(harness: &mut Harness<'static, CityDashApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.step();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while harness.state().pack_checking() {
        assert!(std::time::Instant::now() < deadline, "the check ends");
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    common::settle(harness);
}

#[test]
fn a_dropped_pack_is_checked_a_changed_one_refused_and_the_cache_stays() {
    let fixture = Fixture::new();
    let good = fixture.pack("good.citybrief", None);
    let changed = fixture.dir.path().join("changed.citybrief");
    std::fs::copy(&good, &changed).unwrap();
    rusqlite::Connection::open(&changed)
        .unwrap()
        .execute(
            "UPDATE observation SET value = value * 2 WHERE kpi_id = 'EN03'",
            [],
        )
        .unwrap();
    let mut harness = window(&fixture.cache, None, TrustedKeys::default());
    let cards_before = harness.state().overview_model().cards().count();
    assert!(cards_before > 0);

    drop_file(&mut harness, &changed);
    let refusal = harness.state().pack_refusal().unwrap().to_owned();
    assert!(
        refusal.starts_with(
            "The pack changed.citybrief was not opened: its content is not what its manifest says"
        ),
        "{refusal}"
    );
    harness.get_by_label(&refusal);
    assert!(harness.state().shown_pack().is_none());
    assert_eq!(
        harness.state().overview_model().cards().count(),
        cards_before
    );
    harness.get_by_label("Dismiss").click();
    harness.step();
    assert!(harness.state().pack_refusal().is_none());

    let text = fixture.dir.path().join("notes.citybrief");
    std::fs::write(&text, "not a pack").unwrap();
    drop_file(&mut harness, &text);
    assert!(
        harness
            .state()
            .pack_refusal()
            .unwrap()
            .contains("not a SQLite file"),
        "{:?}",
        harness.state().pack_refusal()
    );

    drop_file(&mut harness, &good);
    assert!(harness.state().shown_pack().is_some());
    assert!(harness.state().pack_refusal().is_none());
    let banner = harness.state().pack_banner().unwrap();
    assert_eq!(banner.signature, "unsigned: nobody vouches for who made it");
}

#[test]
fn the_wall_plays_a_pack_with_its_banner_and_nothing_is_written_beside_it() {
    let fixture = Fixture::new();
    let path = fixture.pack("wall.citybrief", None);
    let pack = OpenedPack::check(&path, &TrustedKeys::default()).unwrap();
    let playlist = fixture.dir.path().join("playlist.toml");
    std::fs::write(
        &playlist,
        "[[page]]\nkind = \"kpi\"\nkpi = \"EN03\"\nrange = \"24h\"\nseconds = 60\n",
    )
    .unwrap();
    let options = citydash::app::kiosk::KioskOptions {
        cache_path: fixture.dir.path().join("no-cache.gpkg"),
        pack: Some(pack),
        sync: None,
        lang: Lang::Vi,
        playlist_path: Some(playlist),
        heartbeat_path: None,
        display: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(move |cc| {
            citydash::app::kiosk::KioskApp::new(cc, options, Box::new(offline_cache::store::now_ms))
        });
    for _ in 0..200 {
        harness.step();
        if !harness.state().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    harness.step();
    harness.get_by_label("Gói báo cáo: Họp giao ban (chỉ đọc, không đồng bộ)");
    harness.get_by_label("chưa ký: không ai bảo đảm người tạo");
    // The city now shows the pack's values, not the missing cache's "no cache yet".
    assert!(
        harness
            .query_by_label_contains("Chưa có bộ nhớ đệm")
            .is_none()
    );
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut beside = path.as_os_str().to_owned();
        beside.push(suffix);
        assert!(!Path::new(&beside).exists(), "{suffix} beside the pack");
    }
}
