//! Frame CPU time of the real app in the kittest harness (no GPU), frame by frame, while the
//! user pans and zooms the map, while they move over a KPI chart, and the worst frame while
//! they turn every layer on and off in turn and open ten KPI charts one after another (where a
//! model read on the UI thread would show).
//!
//! Every timed frame gets at most one input event, so each sample is one frame. A sample is the
//! harness step (egui's pass over the whole app, plus the AccessKit tree kittest always asks
//! for, which a desktop session builds only under a screen reader) and the tessellation of its
//! shapes into meshes, the CPU side of painting. Uploading the meshes to a GPU is not counted.

use std::path::Path;
use std::time::Instant;

use citydash::app::View;
use citydash::view_models::RangePreset;
use citydash::{CityDashApp, DashboardOptions, Lang};
use egui::{Event, Modifiers, MouseWheelSource, MouseWheelUnit, PointerButton, Pos2, TouchPhase};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::{Figure, percentile};

/// The window's size: the dashboard's default.
const WINDOW: [f32; 2] = [1600.0, 1000.0];
/// Frames run before timing starts: fonts, first reads, first textures.
const WARM_UP_FRAMES: usize = 30;
const MEDIAN_TARGET_MS: f64 = 8.0;
const P99_TARGET_MS: f64 = 16.0;
/// Labels only the map shows: the wards layer's switch, the basemap attribution.
const MAP_ONLY_LABELS: [&str; 2] = ["Wards and communes", "OpenStreetMap"];

/// The real app on `cache` opening on `view`, stepping at 60 frames a second.
fn harness(cache: &Path, view: View) -> Harness<'static, CityDashApp> {
    let options = DashboardOptions {
        cache_path: cache.to_owned(),
        sync: None,
        lang: Some(Lang::En),
        start_view: Some(view),
        pack: None,
        trusted_keys: Default::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(WINDOW[0], WINDOW[1]))
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| CityDashApp::new(cc, options));
    // Real time between the warm-up frames, so the tile thread's first tiles arrive.
    for _ in 0..WARM_UP_FRAMES {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    timed_frames_until_loaded(&mut harness);
    harness
}

/// Runs frames (at most 1 ms apart) until the model loader has delivered everything asked of
/// it and three more frames have drawn it; returns each frame's CPU milliseconds.
fn timed_frames_until_loaded(harness: &mut Harness<'static, CityDashApp>) -> Vec<f64> {
    let deadline = Instant::now() + std::time::Duration::from_secs(60);
    let mut frame_ms = Vec::new();
    let mut idle_frames = 0;
    while idle_frames < 3 {
        frame_ms.extend(timed_frames(harness, vec![None]));
        if harness.state().is_loading() {
            idle_frames = 0;
            assert!(Instant::now() < deadline, "the models took over a minute");
            std::thread::sleep(std::time::Duration::from_millis(1));
        } else {
            idle_frames += 1;
        }
    }
    frame_ms
}

/// An in-memory eframe storage, to have the app save where its map looks.
#[derive(Default)]
struct MemoryStorage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// Where the map looks now, as `lat, lon @ zoom`.
fn map_view(harness: &mut Harness<'static, CityDashApp>) -> String {
    let app = harness.state_mut();
    eframe::App::save(app, &mut MemoryStorage::default());
    app.settings().map_view.map_or_else(
        || "unknown".to_owned(),
        |view| format!("{:.4}, {:.4} @ z{:.2}", view.lat, view.lon, view.zoom),
    )
}

/// Runs one frame per input (`None` is a frame without input) and returns each frame's CPU
/// milliseconds.
fn timed_frames(
    harness: &mut Harness<'static, CityDashApp>,
    inputs: Vec<Option<Event>>,
) -> Vec<f64> {
    let mut frame_ms = Vec::with_capacity(inputs.len());
    for input in inputs {
        if let Some(event) = input {
            harness.event(event);
        }
        let started = Instant::now();
        harness.step();
        let pass = started.elapsed();
        let shapes = harness.output().shapes.clone();
        let pixels_per_point = harness.output().pixels_per_point;
        let started = Instant::now();
        std::hint::black_box(harness.ctx.tessellate(shapes, pixels_per_point));
        let tessellation = started.elapsed();
        frame_ms.push((pass + tessellation).as_secs_f64() * 1_000.0);
    }
    frame_ms
}

fn press(pos: Pos2, pressed: bool) -> Option<Event> {
    Some(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    })
}

fn wheel(lines: f32, modifiers: Modifiers) -> Option<Event> {
    Some(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: egui::vec2(0.0, lines),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Wheel,
        modifiers,
    })
}

/// Drags in the middle of the map a few pixels a frame, back and forth, with a ctrl-scroll zoom
/// in and a plain scroll zoom out in between (each followed by idle frames while it settles).
fn map_gestures() -> Vec<Option<Event>> {
    let centre = Pos2::new(WINDOW[0] / 2.0, WINDOW[1] / 2.0);
    let mut inputs = vec![Some(Event::PointerMoved(centre))];
    let strokes = [(4.0, 2.0), (-4.0, -2.0), (3.0, -3.0), (-3.0, 3.0)];
    for (stroke, (dx, dy)) in strokes.into_iter().enumerate() {
        let mut pos = centre - egui::vec2(dx, dy) * 30.0;
        inputs.push(Some(Event::PointerMoved(pos)));
        inputs.push(press(pos, true));
        for _ in 0..60 {
            pos += egui::vec2(dx, dy);
            inputs.push(Some(Event::PointerMoved(pos)));
        }
        inputs.push(press(pos, false));
        // The wheel zooms (as on every web map): in by about 0.8 of a level after the first
        // stroke and again after the third, the path the figures have always followed.
        match stroke {
            0 => inputs.push(wheel(1.43, Modifiers::NONE)),
            2 => inputs.push(wheel(1.43, Modifiers::NONE)),
            _ => {}
        }
        inputs.extend(std::iter::repeat_n(None, 15));
    }
    inputs
}

/// Moves the pointer across the middle of the chart and back, a few pixels a frame.
fn chart_hover() -> Vec<Option<Event>> {
    let y = WINDOW[1] * 0.55;
    let forth = (0..160).map(|step| 160.0 + step as f32 * 8.0);
    let back = (0..160).rev().map(|step| 164.0 + step as f32 * 8.0);
    forth
        .chain(back)
        .map(|x| Some(Event::PointerMoved(Pos2::new(x, y))))
        .collect()
}

fn figures_for(name: &str, frame_ms: &[f64]) -> [Figure; 2] {
    let median = percentile(frame_ms, 0.5);
    let p99 = percentile(frame_ms, 0.99);
    println!(
        "  {name}: {} frames, median {median:.2} ms, p99 {p99:.2} ms, max {:.2} ms",
        frame_ms.len(),
        percentile(frame_ms, 1.0)
    );
    [
        Figure::at_most(
            &format!("{name} frame, median"),
            median,
            "ms",
            MEDIAN_TARGET_MS,
        ),
        Figure::at_most(&format!("{name} frame, p99"), p99, "ms", P99_TARGET_MS),
    ]
}

/// The layers the map draws now, and their features.
fn shown_layers(harness: &Harness<'static, CityDashApp>) -> (usize, usize) {
    let Some(model) = harness.state().map_model() else {
        return (0, 0);
    };
    let shown = model
        .layers
        .iter()
        .filter(|layer| !layer.features.is_empty());
    (
        shown.clone().count(),
        shown.map(|layer| layer.features.len()).sum(),
    )
}

/// Switches on every cached layer the map hides, by clicking its box in the layer list.
fn show_every_layer(harness: &mut Harness<'static, CityDashApp>) {
    let hidden: Vec<String> = harness.state().map_model().map_or_else(Vec::new, |model| {
        model
            .layers
            .iter()
            .filter(|layer| layer.entry.cached && !layer.entry.visible)
            .map(|layer| layer.entry.title.clone())
            .collect()
    });
    for title in hidden {
        if let Some(checkbox) = harness.query_all_by_label(&title).next() {
            checkbox.click();
        }
        harness.step();
    }
    timed_frames_until_loaded(harness);
    harness.run_steps(WARM_UP_FRAMES);
}

/// The worst frame while each cached layer is turned on and off again: the click's frame and
/// every frame after it until the model loader has delivered the changed map and it is drawn.
fn toggle_every_layer(harness: &mut Harness<'static, CityDashApp>) -> Vec<f64> {
    let titles: Vec<String> = harness.state().map_model().map_or_else(Vec::new, |model| {
        model
            .layers
            .iter()
            .filter(|layer| layer.entry.cached)
            .map(|layer| layer.entry.title.clone())
            .collect()
    });
    let mut frame_ms = Vec::new();
    for title in titles.iter().chain(titles.iter()) {
        if let Some(checkbox) = harness.query_all_by_label(title).next() {
            checkbox.click();
        }
        frame_ms.extend(timed_frames_until_loaded(harness));
    }
    frame_ms
}

/// The worst frame while ten KPI charts are opened one after another and each is switched to
/// its last year: each opening and range switch (what a click runs) is counted with its frame,
/// then every frame until the model loader has delivered the chart and it is drawn.
fn open_charts(harness: &mut Harness<'static, CityDashApp>, kpi_ids: &[String]) -> Vec<f64> {
    let mut frame_ms = Vec::new();
    let mut timed_click = |harness: &mut Harness<'static, CityDashApp>,
                           click: &dyn Fn(&mut CityDashApp)| {
        let started = Instant::now();
        click(harness.state_mut());
        let handling = started.elapsed().as_secs_f64() * 1_000.0;
        let mut frames = timed_frames_until_loaded(harness);
        frames[0] += handling;
        frame_ms.extend(frames);
    };
    for kpi_id in kpi_ids {
        timed_click(harness, &|app| app.open_kpi(kpi_id));
        timed_click(harness, &|app| app.set_range(RangePreset::Year));
    }
    frame_ms
}

fn worst_frame(name: &str, frame_ms: &[f64]) -> Figure {
    let worst = percentile(frame_ms, 1.0);
    println!(
        "  {name}: {} frames, median {:.2} ms, worst {worst:.2} ms",
        frame_ms.len(),
        percentile(frame_ms, 0.5)
    );
    Figure::at_most(&format!("{name}, worst frame"), worst, "ms", P99_TARGET_MS)
}

/// Pans and zooms the map and returns its two figures under `name`.
fn pan(harness: &mut Harness<'static, CityDashApp>, name: &str) -> [Figure; 2] {
    let (layers, features) = shown_layers(harness);
    let view_before = map_view(harness);
    let frame_ms = timed_frames(harness, map_gestures());
    println!(
        "  {name}: {layers} layers shown ({features} features); view moved from {view_before} to {}",
        map_view(harness)
    );
    figures_for(name, &frame_ms)
}

/// The frame time figures for the map (its default layers, then every layer) and the chart.
pub fn measure(cache: &Path) -> Vec<Figure> {
    println!();
    println!(
        "2. frame CPU time, kittest harness, {}x{} window (egui pass + AccessKit + tessellation)",
        WINDOW[0], WINDOW[1]
    );
    let mut figures = Vec::new();

    let mut map = harness(cache, View::Map);
    let map_drawn = MAP_ONLY_LABELS
        .iter()
        .any(|label| map.query_all_by_label_contains(label).next().is_some());
    if map_drawn {
        figures.extend(pan(&mut map, "map, default layers, panning"));
        show_every_layer(&mut map);
        figures.extend(pan(&mut map, "map, every layer, panning"));
        let frame_ms = toggle_every_layer(&mut map);
        figures.push(worst_frame("map, each layer off and on", &frame_ms));
    } else {
        println!(
            "  WARNING: View::Map did not draw the map (none of {MAP_ONLY_LABELS:?} found); \
             the map figures below are of whatever the app shows instead"
        );
        figures.extend(pan(&mut map, "map view (no map drawn)"));
    }
    drop(map);

    let mut chart = harness(
        cache,
        View::KpiDetail {
            kpi_id: "EN03".into(),
            range: RangePreset::Year,
        },
    );
    let points = chart
        .state()
        .series_model()
        .map_or(0, |model| model.points.len());
    if points == 0 {
        println!(
            "  WARNING: the EN03 chart has no points; the chart figures are of an empty chart"
        );
    }
    let frame_ms = timed_frames(&mut chart, chart_hover());
    println!("  EN03 year chart: {points} points in its main series");
    figures.extend(figures_for("EN03 year chart, hovering", &frame_ms));

    // The ten densest series (the one-minute and five-minute KPIs), where a read costs most.
    let catalog = offline_cache::store::Reader::open(cache)
        .ok()
        .and_then(|reader| reader.catalog().ok().flatten());
    let mut by_interval: Vec<(i64, String)> = catalog.map_or_else(Vec::new, |catalog| {
        catalog
            .kpis
            .iter()
            .map(|kpi| (kpi.interval_secs, kpi.id.clone()))
            .collect()
    });
    by_interval.sort();
    let kpi_ids: Vec<String> = by_interval.into_iter().take(10).map(|(_, id)| id).collect();
    let frame_ms = open_charts(&mut chart, &kpi_ids);
    figures.push(worst_frame(
        "ten KPI charts opened, 24 h then 1 y",
        &frame_ms,
    ));
    figures
}
