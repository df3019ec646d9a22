//! The dashboard on a real cache: the simulated operations center on 127.0.0.1:0, `sync_once`
//! into a temporary cache, then the app on that file. Also the background sync filling a
//! missing cache while the window is open, and the offline banner after a sync that could not
//! reach the server (a closed port).

// Helpers below run inside tests only: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::net::{Ipv4Addr, TcpListener};
use std::path::Path;
use std::time::{Duration, Instant};

use citydash::{CityDashApp, DashboardOptions, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offline_cache::sync::{SyncConfig, sync_once};
use opscenter_sim::SimHandle;

use common::{TALL_WINDOW, harness};

fn start_sim() -> SimHandle {
    common::start_sim("dashboard-test-token")
}

fn config(server: String, token: Option<String>, cache: &Path) -> SyncConfig {
    common::sync_config(server, token, cache)
}

/// A URL on 127.0.0.1 where nothing listens any more.
fn closed_port_url() -> String {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[test]
fn finds_the_tide_card_and_switches_to_vietnamese() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    harness.get_by_label("Tide peak at Phu An");
    assert!(harness.query_by_label_contains("Offline").is_none());
    let model = harness.state().overview_model();
    assert!(
        model.cards().count() >= 30,
        "every KPI of the simulator's catalog has a card"
    );
    assert!(
        model.notice.is_some(),
        "the simulator's data says it is simulated"
    );

    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().lang(), Lang::Vi);
    harness.get_by_label("Đỉnh triều tại Phú An");
    assert!(harness.query_by_label("Tide peak at Phu An").is_none());
}

#[test]
fn offline_banner_after_a_sync_that_could_not_reach_the_server() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    // The next sync finds nobody listening; whatever it returns, the cache keeps its data and
    // records the failed attempt.
    let outcome = sync_once(&config(closed_port_url(), None, &cache));
    if let Ok(report) = &outcome {
        assert!(!report.reachable);
    }

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    common::offline_banner(&harness);
    harness.get_by_label("Tide peak at Phu An");

    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);
    harness.get_by_label_contains("Ngoại tuyến từ ");
    harness.get_by_label("Đỉnh triều tại Phú An");
}

/// The dashboard on `cache`, syncing from `sim` in the background.
fn syncing_window(sim: &SimHandle, cache: &Path, lang: Lang) -> Harness<'static, CityDashApp> {
    let options = DashboardOptions {
        cache_path: cache.to_owned(),
        sync: Some(config(sim.url(), sim.token().map(str::to_owned), cache)),
        lang: Some(lang),
        start_view: None,
        pack: None,
        trusted_keys: Default::default(),
    };
    Harness::builder()
        .with_size(egui::vec2(TALL_WINDOW[0], TALL_WINDOW[1]))
        .build_eframe(move |cc| CityDashApp::new(cc, options))
}

/// Runs frames (with real time between them, for the background threads) until `done`.
fn step_until(
    harness: &mut Harness<'_, CityDashApp>,
    what: &str,
    done: &dyn Fn(&Harness<'_, CityDashApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done(harness) {
        assert!(Instant::now() < deadline, "{what} did not happen in time");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

#[test]
fn background_sync_fills_a_missing_cache_while_the_window_is_open() {
    let sim = start_sim();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut harness = syncing_window(&sim, &cache, Lang::Vi);
    step_until(
        &mut harness,
        "the background sync filling the cache",
        &|harness| harness.state().overview_model().card("EN03").is_some(),
    );
    harness.run_ok();
    harness.get_by_label("Đỉnh triều tại Phú An");
    // However fast the sync was, the cards came from at least one read of the cache...
    let reads = harness.state().overview_reads();
    assert!(reads >= 1);
    // ...and idle frames do not query SQLite.
    common::settle(&mut harness);
    assert!(harness.state().overview_reads() <= reads + 1);
}

#[test]
fn renders_the_vietnamese_overview_of_the_simulator() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);
    let mut harness = harness(&cache, Some(Lang::Vi), [1600.0, 1000.0]);
    let Some(image) = common::picture_without_cursor(&mut harness) else {
        return;
    };
    common::assert_drawn(&image);
    if std::env::var_os("CITYDASH_WRITE_SCREENSHOTS").is_some_and(|value| value != "0") {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots/overview-vi.png");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        image.save(&path).unwrap();
        eprintln!("wrote {}", path.display());
    }
}

#[test]
fn the_window_waits_for_another_sync_of_its_cache_and_says_so() {
    let sim = start_sim();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    // A `citydash sync` by hand holds the cache when the window opens.
    let by_hand =
        offline_cache::store::SyncLock::acquire(&cache, Duration::ZERO, &mut |_| true).unwrap();
    let mut harness = syncing_window(&sim, &cache, Lang::En);
    let waiting = format!(
        "Waiting: another sync (process {}) is writing the cache",
        std::process::id()
    );
    step_until(&mut harness, "the waiting notice", &|harness| {
        harness.query_by_label(&waiting).is_some()
    });
    assert!(harness.state().overview_model().card("EN03").is_none());

    drop(by_hand);
    step_until(&mut harness, "the sync after the wait", &|harness| {
        harness.state().overview_model().card("EN03").is_some()
    });
    harness.run_ok();
    assert!(harness.query_by_label(&waiting).is_none());
}

#[test]
fn the_window_says_offline_since_within_seconds_of_the_server_going_away() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);
    let mut harness = syncing_window(&sim, &cache, Lang::En);
    let sync_text =
        |harness: &Harness<'_, CityDashApp>| harness.state().status_bar_model().sync_text.clone();
    step_until(&mut harness, "the first sync", &|harness| {
        sync_text(harness) == "Synced"
    });
    // Let the event stream open, then stop the server: the broken stream wakes the sync.
    std::thread::sleep(Duration::from_millis(500));
    let stopped = Instant::now();
    sim.shutdown();
    step_until(&mut harness, "the outage", &|harness| {
        sync_text(harness).starts_with("Offline since ")
    });
    // Well before the minute the sync would otherwise wait.
    assert!(stopped.elapsed() < Duration::from_secs(30));
    common::settle(&mut harness);
    // One problem, said once: no list of every resource that failed.
    let model = harness.state().overview_model();
    assert!(
        model
            .offline_banner
            .as_deref()
            .is_some_and(|banner| banner.starts_with("Offline since ")),
        "{:?}",
        model.offline_banner
    );
    assert_eq!(model.errors_heading, None);
    assert!(harness.state().status_bar_model().offline_text.is_some());
}
