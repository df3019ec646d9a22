//! Shared helpers of the dashboard tests: a small cache written through the store's writer (no
//! server needed), and a harness that runs the real app on a cache file.

// Test helpers: a failed expectation here is a failed test.
#![allow(
    dead_code,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::disallowed_types
)]

use std::path::{Path, PathBuf};

use citydash::{CityDashApp, DashboardOptions, Lang};
use egui_kittest::Harness;
use offline_cache::model::{
    Catalog, Direction, Domain, Frequency, KpiDef, LatestValue, LatestValues, LocalizedText,
    Observation, Quality, Target, Thresholds,
};
use offline_cache::store::{FetchMeta, Resource, Store, now_ms};

pub const FIXTURE_SERVER: &str = "http://127.0.0.1:9";

/// Tall enough that every card of the fixture (and of the simulator's catalog) is laid out, so
/// AccessKit sees it without scrolling.
pub const TALL_WINDOW: [f32; 2] = [1600.0, 2600.0];

struct Kpi {
    id: &'static str,
    en: &'static str,
    vi: &'static str,
    domain: Domain,
    unit: &'static str,
    frequency: Frequency,
    direction: Direction,
    target: Option<(f64, &'static str)>,
    warning: Option<f64>,
    alert: Option<f64>,
    /// (age in seconds, value, previous value)
    latest: Option<(i64, f64, f64)>,
}

fn kpis() -> Vec<Kpi> {
    use Direction::{Down, Up};
    use Domain::*;
    use Frequency::*;
    let kpi = |id, en, vi, domain, unit, frequency, direction| Kpi {
        id,
        en,
        vi,
        domain,
        unit,
        frequency,
        direction,
        target: None,
        warning: None,
        alert: None,
        latest: None,
    };
    vec![
        Kpi {
            target: Some((25.0, "2025-12-31")),
            latest: Some((30 * 86_400, 21.8, 21.5)),
            ..kpi(
                "DE01",
                "Digital economy share of city output",
                "Tỷ trọng kinh tế số trong GRDP",
                DigitalEconomy,
                "%",
                Annual,
                Up,
            )
        },
        Kpi {
            latest: Some((3 * 86_400, 16.42, 16.38)),
            ..kpi(
                "DE02",
                "Public-service portal accounts",
                "Tài khoản Cổng dịch vụ công",
                DigitalGovernment,
                "million",
                Monthly,
                Up,
            )
        },
        Kpi {
            warning: Some(95.0),
            alert: Some(90.0),
            latest: Some((3_600, 96.7, 96.9)),
            ..kpi(
                "DE03",
                "Cases resolved on time",
                "Hồ sơ giải quyết đúng hạn",
                DigitalGovernment,
                "%",
                Daily,
                Up,
            )
        },
        Kpi {
            latest: Some((1_800, 52_345.0, 51_000.0)),
            ..kpi(
                "MO01",
                "Metro Line 1 ridership",
                "Lượt khách metro số 1",
                Mobility,
                "passengers/day",
                Hourly,
                Up,
            )
        },
        Kpi {
            target: Some((100.0, "2030-12-31")),
            latest: Some((10 * 86_400, 48.4, 47.9)),
            ..kpi(
                "MO04",
                "Green bus share",
                "Tỷ lệ xe buýt xanh",
                Mobility,
                "%",
                Monthly,
                Up,
            )
        },
        Kpi {
            warning: Some(100.0),
            alert: Some(150.0),
            latest: Some((5 * 3_600, 162.0, 148.0)),
            ..kpi(
                "EN01",
                "Air quality index, city maximum",
                "Chỉ số chất lượng không khí",
                Environment,
                "AQI",
                Hourly,
                Down,
            )
        },
        Kpi {
            warning: Some(1.5),
            alert: Some(1.6),
            latest: Some((120, 1.52, 1.47)),
            ..kpi(
                "EN03",
                "Tide peak at Phu An",
                "Đỉnh triều tại Phú An",
                Environment,
                "m",
                FiveMinutes,
                Down,
            )
        },
        Kpi {
            warning: Some(5.0),
            alert: Some(10.0),
            latest: Some((240, 3.0, 5.0)),
            ..kpi(
                "EN04",
                "Active flood points",
                "Điểm ngập đang hoạt động",
                Environment,
                "count",
                FiveMinutes,
                Down,
            )
        },
        kpi(
            "ID01",
            "VNeID level-2 accounts (Project 06)",
            "Tài khoản định danh điện tử mức 2 (Đề án 06)",
            DigitalGovernment,
            "million",
            Monthly,
            Up,
        ),
    ]
}

/// The fixture's catalog: a handful of real KPI definitions from `DOMAIN.md`.
pub fn catalog(server_time_ms: i64) -> Catalog {
    let kpis = kpis()
        .into_iter()
        .map(|kpi| KpiDef {
            description: LocalizedText::new(format!("{} (test fixture)", kpi.en), kpi.vi),
            target: kpi.target.map(|(value, due)| Target {
                value,
                due: Some(due.into()),
            }),
            thresholds: Thresholds {
                warning: kpi.warning,
                alert: kpi.alert,
                ..Thresholds::default()
            },
            source: LocalizedText::new("Test fixture", "Dữ liệu kiểm thử"),
            ..KpiDef::new(
                kpi.id,
                LocalizedText::new(kpi.en, kpi.vi),
                kpi.domain,
                kpi.unit,
                kpi.frequency,
                kpi.direction,
            )
        })
        .collect();
    Catalog {
        api_version: "1".into(),
        city: opscenter_sim::kpis::city_info(),
        server_time_ms,
        simulated: true,
        data_notice: LocalizedText::new("Simulated demo data", "Dữ liệu mô phỏng"),
        kpis,
        layers: Vec::new(),
        basemap: None,
        data_epoch: None,
    }
}

fn meta(resource: Resource, now_ms: i64) -> FetchMeta {
    FetchMeta {
        url: format!("{FIXTURE_SERVER}/api/v1/{resource}"),
        resource,
        etag: None,
        fetched_at_ms: now_ms,
    }
}

/// Writes a cache as one successful sync would: catalog, latest values and a finished run.
pub fn write_fixture_cache(path: &Path) {
    let now_ms = now_ms();
    let mut store = Store::open(path).expect("the fixture cache opens for writing");
    let run_id = store.begin_run(FIXTURE_SERVER, now_ms).unwrap();
    store
        .write_catalog(
            &catalog(now_ms),
            FIXTURE_SERVER,
            &meta(Resource::Catalog, now_ms),
        )
        .unwrap();
    let values = kpis()
        .into_iter()
        .filter_map(|kpi| {
            let (age_secs, value, previous) = kpi.latest?;
            let t_ms = now_ms - age_secs * 1_000;
            Some(LatestValue {
                kpi_id: kpi.id.into(),
                t_ms,
                value,
                quality: Quality::Good,
                previous: Some(Observation {
                    t_ms: t_ms - kpi.frequency.interval_secs() * 1_000,
                    value: previous,
                }),
            })
        })
        .collect();
    let latest = LatestValues {
        server_time_ms: now_ms,
        values,
    };
    store
        .write_latest(&latest, &meta(Resource::Latest, now_ms))
        .unwrap();
    store.finish_run(run_id, now_ms, true, 0).unwrap();
}

/// Records a later sync run that could not reach the server: every resource failed, the data
/// stays.
pub fn record_unreachable_sync(path: &Path) {
    let now_ms = now_ms() + 1_000;
    let mut store = Store::open(path).unwrap();
    let run_id = store.begin_run(FIXTURE_SERVER, now_ms).unwrap();
    for resource in [Resource::Catalog, Resource::Latest] {
        store
            .record_error(
                &resource,
                &offline_cache::Error::Unreachable {
                    url: format!("{FIXTURE_SERVER}/api/v1/{}", resource.key()),
                    detail: "Connection refused (os error 111)".into(),
                    cause: offline_cache::FailureReason::Refused,
                },
                now_ms,
            )
            .unwrap();
    }
    store.finish_run(run_id, now_ms, false, 2).unwrap();
}

/// The real app on `cache_path`, without background sync, in a window of `size` points.
pub fn harness(
    cache_path: &Path,
    lang: Option<Lang>,
    size: [f32; 2],
) -> Harness<'static, CityDashApp> {
    let options = DashboardOptions {
        cache_path: cache_path.to_owned(),
        sync: None,
        lang,
        start_view: None,
        pack: None,
        trusted_keys: Default::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size[0], size[1]))
        .build_eframe(move |cc| CityDashApp::new(cc, options));
    settle(&mut harness);
    harness
}

/// Runs frames until the model loader has answered everything asked of it (it reads the
/// cache on its own thread) and the answers are drawn, and no frame asks for more.
pub fn settle(harness: &mut Harness<'_, CityDashApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut idle_frames = 0;
    while idle_frames < 3 {
        harness.step();
        if harness.state().is_loading() {
            idle_frames = 0;
            assert!(
                std::time::Instant::now() < deadline,
                "the dashboard's models were not read within 30 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(2));
        } else {
            idle_frames += 1;
        }
    }
}

/// The offline banner's text ("Offline since ...: ... Showing data from the last successful sync
/// at ..."); it names the sync time in the city's zone, so it ends in `(UTC+7)`.
pub fn offline_banner(harness: &Harness<'_, CityDashApp>) -> String {
    use egui_kittest::kittest::{NodeT, Queryable};
    let banner = harness
        .get_by_label_contains("data from the last successful sync at ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(banner.ends_with("(UTC+7)"), "{banner}");
    banner
}

/// The map's selection; the map must have been read.
pub fn map_selection(
    harness: &Harness<'_, CityDashApp>,
) -> Option<citydash::view_models::map::Selection> {
    harness
        .state()
        .map_model()
        .expect("the map was read")
        .selection
        .clone()
}

/// The window as drawn, or `None` (said on stderr) where wgpu has no adapter on a developer's
/// machine: the layout assertions still ran, there is just no picture to look at. On CI
/// (`CI` set) a picture that cannot be drawn fails the test, so no picture test passes there
/// without looking at its picture.
pub fn render_or_skip<State>(harness: &mut Harness<'_, State>) -> Option<image::RgbaImage> {
    match harness.render() {
        Ok(image) => Some(image),
        Err(error) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "wgpu could not render on CI, where every picture test must draw: {error}"
            );
            eprintln!("skipping the picture: wgpu could not render here: {error}");
            None
        }
    }
}

/// Fails unless `image` shows a drawn window: many colours (text, cards, charts), not one flat
/// fill that a blank or failed frame would give.
pub fn assert_drawn(image: &image::RgbaImage) {
    let colours: std::collections::HashSet<[u8; 4]> = image.pixels().map(|pixel| pixel.0).collect();
    assert!(
        colours.len() > 50,
        "the picture looks blank: {} colours",
        colours.len()
    );
}

/// [`render_or_skip`] after taking the pointer away, so no hover shows in the picture.
pub fn picture_without_cursor<State>(harness: &mut Harness<'_, State>) -> Option<image::RgbaImage> {
    harness.remove_cursor();
    harness.run();
    render_or_skip(harness)
}

/// Days of history the simulated city has in these tests.
pub const SIM_HISTORY_DAYS: i64 = 2;

/// The simulated operations center on 127.0.0.1 with a frozen clock.
pub fn start_sim(token: &str) -> opscenter_sim::SimHandle {
    opscenter_sim::spawn_on_loopback(opscenter_sim::SimConfig {
        history_days: SIM_HISTORY_DAYS,
        speed: 0.0,
        token: Some(token.into()),
        ..opscenter_sim::SimConfig::default()
    })
    .expect("the simulator starts on loopback")
}

/// KPI sync settings with quick retries and short timeouts (so a test against a closed port
/// ends fast), and no map layers or tiles, which these tests do not look at.
pub fn sync_config(
    server: String,
    token: Option<String>,
    cache: &Path,
) -> offline_cache::sync::SyncConfig {
    use std::time::Duration;
    let mut config = offline_cache::sync::SyncConfig::new(server, token, cache);
    config.history_days = SIM_HISTORY_DAYS;
    config.layers = offline_cache::sync::LayerSelection::Skip;
    config.tiles = None;
    config.connect_timeout = Duration::from_secs(2);
    config.read_timeout = Duration::from_secs(5);
    config.retry = offline_cache::http::RetryPolicy {
        max_attempts: 2,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
    };
    config
}

/// Syncs the simulator into `cache` once.
pub fn synced_cache(sim: &opscenter_sim::SimHandle, cache: &Path) {
    let report = offline_cache::sync::sync_once(&sync_config(
        sim.url(),
        sim.token().map(str::to_owned),
        cache,
    ))
    .expect("the first sync runs");
    assert!(report.reachable, "the simulator answers: {report:?}");
}

/// A cache in a fresh directory, synced from `sim` once; the directory goes when dropped.
pub fn synced_temp_cache(sim: &opscenter_sim::SimHandle) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    synced_cache(sim, &cache);
    (dir, cache)
}

/// A cache of the simulated city with its map layers (no tiles), from a simulator started and
/// stopped for it.
pub fn synced_city(cache: &Path) {
    let sim = start_sim("city-token");
    let mut config = sync_config(sim.url(), sim.token().map(str::to_owned), cache);
    config.layers = offline_cache::sync::LayerSelection::All;
    let report = offline_cache::sync::sync_once(&config).expect("the sync runs");
    assert!(report.reachable, "the simulator answers: {report:?}");
    sim.shutdown();
}

/// A click of the primary button at `pos`: the pointer moves there, presses and releases, one
/// frame each.
pub fn click_at<State>(harness: &mut Harness<'_, State>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
}
