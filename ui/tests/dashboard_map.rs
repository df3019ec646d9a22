//! The whole dashboard on the map view, driven by label: the map tab, a layer toggled in the
//! layer list (and remembered in the settings), and a ward clicked on the map opening its
//! drill-down.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use citydash::app::View;
use citydash::{CityDashApp, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const MAP_NAME: &str = "City map: click a feature for its details";

/// The app on `cache`, in a window wide enough for the map and its layer list.
fn app(cache: &Path, lang: Lang) -> Harness<'static, CityDashApp> {
    common::harness(cache, Some(lang), [1500.0, 950.0])
}

#[test]
fn the_map_tab_toggles_a_layer_and_a_clicked_ward_opens_its_drill_down() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = app(&cache, Lang::En);
    common::settle(&mut harness);
    assert!(
        harness.state().map_model().is_none(),
        "read only when shown"
    );

    harness.get_by_label("Map").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Map);
    let model = harness.state().map_model().expect("the map was read");
    assert!(!harness.state().settings().map.is_visible("cameras"));
    assert!(
        model
            .layer("cameras")
            .is_none_or(|layer| layer.features.is_empty()),
        "hidden layers are not read"
    );
    assert_eq!(model.layer("wards").unwrap().features.len(), 168);
    let reads = harness.state().map_reads();

    harness.get_by_label("Cameras").click();
    common::settle(&mut harness);
    assert!(harness.state().settings().map.is_visible("cameras"));
    let cameras = harness
        .state()
        .map_model()
        .unwrap()
        .layer("cameras")
        .unwrap();
    assert!(!cameras.features.is_empty());
    common::settle(&mut harness);
    assert_eq!(
        harness.state().map_reads(),
        reads,
        "a toggle reads one layer, not the whole map, and idle frames read nothing"
    );

    // Only the wards, so the click cannot land on a symbol: the map opens on the city centre,
    // which lies in a ward.
    for title in [
        "Cameras",
        "Metro Line 1",
        "Flood sensors",
        "Tide gauges",
        "Incidents",
    ] {
        harness.get_by_label(title).click();
        common::settle(&mut harness);
    }
    let drawn: Vec<String> = harness
        .state()
        .map_model()
        .unwrap()
        .drawn_layers()
        .map(|layer| layer.entry.layer_id.clone())
        .collect();
    assert_eq!(drawn, ["wards"]);
    let centre = harness.get_by_label(MAP_NAME).rect().center();
    common::click_at(&mut harness, centre);
    common::settle(&mut harness);
    let selection = common::map_selection(&harness).expect("the click selected the ward under it");
    assert_eq!(selection.layer_id, "wards");
    assert!(harness.query_all_by_label(&selection.name).count() >= 1);
    harness.get_by_label("Inside this ward");

    harness.key_press(egui::Key::Escape);
    common::settle(&mut harness);
    assert!(common::map_selection(&harness).is_none());
    assert_eq!(
        harness.state().view(),
        &View::Map,
        "Escape leaves the map open"
    );

    common::click_at(&mut harness, centre);
    common::settle(&mut harness);
    assert!(common::map_selection(&harness).is_some());
    harness.get_by_label("Close").click();
    common::settle(&mut harness);
    assert!(common::map_selection(&harness).is_none());
}

#[test]
fn the_vietnamese_map_names_its_layers_in_vietnamese_and_escape_keeps_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = app(&cache, Lang::Vi);
    common::settle(&mut harness);
    harness.get_by_label("Bản đồ").click();
    common::settle(&mut harness);
    harness.get_by_label("Lớp bản đồ");
    // The layer's title comes from the catalog, in the catalog's Vietnamese.
    harness.get_by_label("Phường, xã");
    harness.key_press(egui::Key::Escape);
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Map);
}

#[test]
fn play_replays_the_last_day_from_the_server_and_live_comes_back() {
    use citydash::map::history::HistoryState;
    use std::time::{Duration, Instant};

    let sim = common::start_sim("replay-token");
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = common::sync_config(sim.url(), sim.token().map(str::to_owned), &cache);
    config.layers = offline_cache::sync::LayerSelection::All;
    assert!(offline_cache::sync::sync_once(&config).unwrap().reachable);
    let options = citydash::DashboardOptions {
        cache_path: cache.clone(),
        sync: Some(config),
        lang: Some(Lang::En),
        start_view: Some(View::Map),
        pack: None,
        trusted_keys: Default::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_eframe(move |cc| CityDashApp::new(cc, options));
    common::settle(&mut harness);
    assert_eq!(harness.state().history_state(), &HistoryState::Live);

    harness.get_by_label("Play").click();
    common::settle(&mut harness);
    // The first hour of the last day comes from the server on the replay's own thread.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !matches!(
        harness.state().history_state(),
        HistoryState::Showing { .. }
    ) {
        assert!(
            Instant::now() < deadline,
            "still {:?}",
            harness.state().history_state()
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // The snapshot is prepared for drawing on the model loader's thread.
    common::settle(&mut harness);
    let model = harness.state().map_model().unwrap();
    assert!(model.showing_history());
    let flood = model.layer("flood-sensors").unwrap();
    assert!(flood.entry.history, "the flood sensors show the past hour");
    assert!(!flood.features.is_empty());

    harness.get_by_label("Pause").click();
    common::settle(&mut harness);
    harness.get_all_by_label("Live").next().unwrap().click();
    common::settle(&mut harness);
    assert_eq!(harness.state().history_state(), &HistoryState::Live);
    assert!(!harness.state().map_model().unwrap().showing_history());
    sim.shutdown();
}
