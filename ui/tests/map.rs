//! The map panel over a cache synced from the simulator: toggling a layer by its label, clicking
//! a ward on the map and reading its drill-down, the history messages, and the frame cost.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types)]

mod common;

use citydash::Lang;
use citydash::map::history::HistoryState;
use citydash::panels::map::{MapAction, MapPanel, initial_memory};
use citydash::theme::{Theme, ThemeChoice};
use citydash::view_models::map::{MapChoices, MapModel};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use offline_cache::store::{Reader, now_ms};

struct MapState {
    panel: MapPanel,
    model: MapModel,
    memory: walkers::MapMemory,
    history: HistoryState,
    /// Whether a server could be asked for history (not offline use, not a pack).
    can_fetch_history: bool,
    theme: Theme,
    actions: Vec<MapAction>,
}

/// The map's model as the dashboard's loader builds it: read, then its areas filled.
fn load(reader: &Reader, choices: &MapChoices, lang: Lang) -> MapModel {
    let mut model = MapModel::load(reader, choices, lang, now_ms());
    citydash::map::features::fill_model(&mut model);
    model
}

fn harness(reader: &Reader, choices: &MapChoices) -> Harness<'static, MapState> {
    harness_in(reader, choices, Lang::En)
}

fn harness_in(reader: &Reader, choices: &MapChoices, lang: Lang) -> Harness<'static, MapState> {
    let state = MapState {
        panel: MapPanel::default(),
        model: load(reader, choices, lang),
        memory: initial_memory(),
        history: HistoryState::Live,
        can_fetch_history: true,
        theme: Theme::new(ThemeChoice::Dark),
        actions: Vec::new(),
    };
    Harness::builder()
        .with_context_setup(citydash::fonts::install)
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            move |ui, state: &mut MapState| {
                let action = state.panel.ui(
                    ui,
                    &state.model,
                    &mut state.memory,
                    None,
                    (&state.history, state.can_fetch_history),
                    None,
                    &state.theme,
                    lang,
                );
                state.actions.extend(action);
            },
            state,
        )
}

/// A cache synced from the simulator with every layer, and a reader on it (keep the folder).
fn synced_city() -> (tempfile::TempDir, Reader) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    common::synced_city(&path);
    let reader = Reader::open(&path).unwrap();
    (dir, reader)
}

#[test]
fn in_vietnamese_the_credit_and_sources_are_vietnamese_and_in_english_the_wards_english() {
    let (_dir, reader) = synced_city();
    let choices = MapChoices {
        visible_layers: ["wards".to_owned(), "incidents".to_owned()].into(),
        ward_metric: "aqi".into(),
    };
    let mut harness = harness_in(&reader, &choices, Lang::Vi);
    harness.run_ok();
    harness.get_by_label_contains("© Những người đóng góp OpenStreetMap");
    harness.get_by_label_contains("Dữ liệu minh họa mô phỏng");
    assert!(
        harness
            .query_by_label_contains("demo roads and wards (simulated)")
            .is_none()
    );
    assert!(
        harness
            .query_by_label_contains("Simulated demo data")
            .is_none()
    );

    // In English an incident names its ward as the wards layer does, in English.
    let model = load(&reader, &choices, Lang::En);
    let wards = model.layer("wards").unwrap();
    let ward_names: std::collections::HashSet<&str> = wards
        .features
        .iter()
        .map(|ward| ward.name.as_str())
        .collect();
    let incidents = model.layer("incidents").unwrap();
    assert!(!incidents.features.is_empty());
    for incident in incidents.features.iter() {
        let ward = incident
            .tooltip
            .iter()
            .find(|row| row.key == "ward")
            .expect("an incident names its ward");
        assert!(ward_names.contains(ward.value.as_str()), "{}", ward.value);
    }
}

#[test]
fn layers_toggle_by_label_and_a_clicked_ward_opens_its_drill_down() {
    let (_dir, reader) = synced_city();
    let choices = MapChoices {
        visible_layers: ["wards".to_owned()].into(),
        ward_metric: "aqi".into(),
    };
    let mut harness = harness(&reader, &choices);
    harness.run_ok();

    harness.get_by_label("Cameras").click();
    harness.run_ok();
    assert!(
        harness
            .state()
            .actions
            .contains(&MapAction::SetLayerVisible {
                layer_id: "cameras".into(),
                visible: true
            }),
        "{:?}",
        harness.state().actions
    );
    harness.get_by_label("Colour wards by");

    // The ward under the map's centre (the local frame's origin is the city centre the map
    // opens on).
    let transform = harness.state().panel.last_transform().unwrap();
    let wards = harness.state().model.layer("wards").unwrap();
    let index = wards.shapes.polygon_at([0.0, 0.0]).unwrap();
    let ward = wards.features[index].clone();
    harness.state_mut().actions.clear();
    common::click_at(&mut harness, transform.to_screen([0.0, 0.0]));
    let select = MapAction::Select {
        layer_id: "wards".into(),
        feature_id: ward.feature_id.clone(),
    };
    assert_eq!(harness.state().actions, [select]);

    let model = &mut harness.state_mut().model;
    assert!(model.select(&reader, "wards", &ward.feature_id));
    citydash::map::features::fill_model(model);
    harness.run_ok();
    // The info panel's heading (the tooltip under the pointer names the ward too).
    assert!(harness.query_all_by_label(&ward.name).count() >= 1);
    harness.get_by_label("Inside this ward");
    harness.get_by_label("Zoom to");
    harness.get_by_label("Close").click();
    harness.run_ok();
    assert_eq!(
        harness.state().actions.last(),
        Some(&MapAction::ClearSelection)
    );
}

#[test]
fn the_time_bar_says_what_history_can_do_over_every_layer() {
    let (_dir, reader) = synced_city();
    let all = MapChoices {
        visible_layers: reader
            .layers(now_ms())
            .unwrap()
            .into_iter()
            .map(|layer| layer.layer_id)
            .collect(),
        ward_metric: "flood_points".into(),
    };
    let mut harness = harness(&reader, &all);
    harness.run_ok();
    harness.get_by_label("Showing live data from the cache");
    assert!(!harness.get_by_label("Play").accesskit_node().is_disabled());
    // With no server to ask (offline use, a pack), there is no past to play.
    harness.state_mut().can_fetch_history = false;
    harness.run_ok();
    assert!(harness.get_by_label("Play").accesskit_node().is_disabled());
    harness.state_mut().can_fetch_history = true;

    harness.state_mut().history = HistoryState::NoHistory;
    harness.run_ok();
    harness.get_by_label("This server keeps no history for these layers");
    harness.state_mut().history = HistoryState::NoServer;
    harness.run_ok();
    harness.get_by_label("No server: history needs a connection");
    harness.state_mut().history = HistoryState::Failed {
        t_ms: 1_795_434_960_000,
        message: "connection refused".into(),
    };
    harness.run_ok();
    harness.get_by_label("Could not load 2026-11-23 18:56 (UTC+7): connection refused");

    harness.get_by_label("Live").click();
    harness.run_ok();
    assert!(harness.state().actions.contains(&MapAction::ShowAt(None)));

    // Every layer of the demo city, the wards choropleth and all points draw into a frame that
    // tessellates (frame times are measured by `cargo bench -p citydash --bench dashboard`).
    harness.step();
    let shapes = harness.output().shapes.clone();
    assert!(!harness.ctx.tessellate(shapes, 1.0).is_empty());
}

#[test]
fn the_map_draws_the_choropleth_lines_and_symbols() {
    let (_dir, reader) = synced_city();
    let mut harness = harness(&reader, &MapChoices::default());
    harness.run_ok();
    let Some(image) = common::render_or_skip(&mut harness) else {
        return;
    };
    if let Some(target) = std::env::var_os("CITYDASH_MAP_SHOT") {
        image.save(target).unwrap();
    }
    let count = |color: egui::Color32| {
        image
            .pixels()
            .filter(|pixel| pixel.0[..3] == [color.r(), color.g(), color.b()])
            .count()
    };
    let metro = count(citydash::theme::map_style::METRO_LINE);
    assert!(metro > 200, "Metro Line 1 is drawn in red ({metro} pixels)");
    let floods = count(citydash::theme::map_style::FLOOD_SENSOR);
    assert!(floods > 50, "flood sensors are drawn ({floods} pixels)");
}

#[test]
fn zoom_buttons_the_wheel_and_whole_city_move_the_view_and_it_stays_on_the_city() {
    let (_dir, reader) = synced_city();
    let mut harness = harness(&reader, &MapChoices::default());
    harness.run_ok();
    let start = harness.state().memory.zoom();

    harness.get_by_label("Zoom in").click();
    harness.run_ok();
    assert_eq!(harness.state().memory.zoom(), start + 1.0);
    harness.get_by_label("Zoom out").click();
    harness.get_by_label("Zoom out").click();
    harness.run_ok();
    assert_eq!(harness.state().memory.zoom(), start - 1.0);

    // The wheel zooms (no Ctrl needed), over the map.
    let centre = harness
        .get_by_label("City map: click a feature for its details")
        .rect()
        .center();
    let before = harness.state().memory.zoom();
    harness.hover_at(centre);
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_ok();
    assert!(harness.state().memory.zoom() > before, "the wheel zoomed");

    // Far away and far out: the view comes back to the city.
    harness
        .state_mut()
        .memory
        .center_at(walkers::lon_lat(-40.0, 60.0));
    let _ = harness.state_mut().memory.set_zoom(2.0);
    harness.run_ok();
    let centre = harness.state().memory.detached().unwrap();
    assert!((106.0..107.5).contains(&centre.x()) && (10.0..11.5).contains(&centre.y()));
    assert!(harness.state().memory.zoom() >= 9.0);

    harness.get_by_label("Whole city").click();
    harness.run_ok();
    assert_eq!(harness.state().memory.zoom(), start);
}
