//! Tests of the map model over real caches: one synced from the simulator (all twelve layers),
//! and copies with layers written through the store (a layer over the cap, broken geometry).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use offline_cache::model::{Feature, FeatureId, FeatureRef, Geometry, IncomingPage, Position};
use offline_cache::store::{FetchMeta, LayerInfo, Reader, Store, now_ms};

use super::*;

/// A cache synced once from the simulator (frozen clock, one day of history, no tiles), shared
/// by the tests of this module.
fn synced_cache() -> &'static Path {
    static CACHE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = CACHE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.gpkg");
        let sim = opscenter_sim::spawn_on_loopback(opscenter_sim::SimConfig {
            history_days: 1,
            speed: 0.0,
            ..opscenter_sim::SimConfig::default()
        })
        .unwrap();
        let mut config = offline_cache::sync::SyncConfig::new(sim.url(), None, &path);
        config.history_days = 1;
        config.tiles = None;
        let report = offline_cache::sync::sync_once(&config).unwrap();
        assert!(report.reachable, "{report:?}");
        sim.shutdown();
        (dir, path)
    });
    path
}

fn reader() -> Reader {
    Reader::open(synced_cache()).unwrap()
}

fn load(choices: &MapChoices, lang: Lang) -> MapModel {
    MapModel::load(&reader(), choices, lang, now_ms())
}

fn only(layers: &[&str], metric: &str) -> MapChoices {
    MapChoices {
        visible_layers: layers.iter().map(|id| (*id).to_owned()).collect(),
        ward_metric: metric.to_owned(),
    }
}

#[test]
fn the_default_choices_show_the_wards_choropleth_and_some_points() {
    let model = load(&MapChoices::default(), Lang::Vi);
    assert_eq!(model.layers.len(), 12, "every catalog layer is listed");
    assert!(model.message.is_none(), "{:?}", model.message);
    let wards = model.layer("wards").unwrap();
    assert_eq!(wards.entry.title, "Phường, xã");
    assert_eq!(wards.entry.shown_count, 168);
    assert!(!wards.entry.partial && !wards.entry.stale);
    assert!(
        wards
            .entry
            .source_note
            .as_deref()
            .unwrap()
            .contains("mô phỏng")
    );
    assert!(wards.entry.age_text.contains("trước") || wards.entry.age_text.contains("s"));
    let cameras = model.layer("cameras").unwrap();
    assert!(!cameras.entry.visible && cameras.features.is_empty());
    assert_eq!(cameras.entry.feature_count, 1_520);
    // Every visible point layer has statuses from its rule.
    let floods = model.layer("flood-sensors").unwrap();
    assert!(floods.features.iter().all(|f| f.status.is_some()));
    assert!(
        model
            .attribution
            .as_deref()
            .unwrap()
            .contains("OpenStreetMap")
    );
    assert_eq!(
        model.time_varying_layer_ids(),
        ["flood-sensors", "tide-gauges", "incidents"]
    );
}

#[test]
fn wards_are_classed_by_the_chosen_metric_with_a_legend() {
    let model = load(&only(&["wards"], "population"), Lang::En);
    let choropleth = &model.choropleth;
    assert_eq!(choropleth.metric.as_ref().unwrap().key, "population");
    assert_eq!(choropleth.metric.as_ref().unwrap().label, "Population");
    let keys: Vec<&str> = choropleth.metrics.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(&keys[..2], ["aqi", "flood_points"]);
    assert!(!keys.contains(&"updated_ms"));
    assert_eq!(choropleth.legend.len(), crate::choropleth::CLASS_COUNT);
    let classed: usize = choropleth.legend.iter().map(|row| row.wards).sum();
    assert_eq!(classed + choropleth.classes.missing, 168);
    assert!(
        choropleth.legend[0].label.contains('–'),
        "{:?}",
        choropleth.legend
    );
    let wards = model.layer("wards").unwrap();
    // Classes follow the values: the most populous ward is in the top class.
    let top = wards
        .features
        .iter()
        .max_by(|a, b| {
            let p = |f: &MapFeature| f.properties["population"].as_f64().unwrap();
            p(a).total_cmp(&p(b))
        })
        .unwrap();
    assert_eq!(top.ward_class, Some(choropleth.legend.len() - 1));
    assert_eq!(top.tooltip[0].key, "population");

    // An unknown metric falls back to the first one the wards have.
    let fallback = load(&only(&["wards"], "no_such_metric"), Lang::En);
    assert_eq!(fallback.choropleth.metric.unwrap().key, "aqi");
}

/// Writes layer `layer_id` of `features` (GeoJSON) into the cache at `path`.
fn write_layer(path: &Path, layer_id: &str, features: Vec<serde_json::Value>) {
    let mut store = Store::open(path).unwrap();
    let mut write = store.begin_layer(layer_id).unwrap();
    for chunk in features.chunks(5_000) {
        let page: IncomingPage = serde_json::from_value(serde_json::json!({
            "type": "FeatureCollection",
            "features": chunk,
        }))
        .unwrap();
        store.write_layer_page(&mut write, &page.features).unwrap();
    }
    let info = LayerInfo {
        title: layer_id.to_owned(),
        source_url: format!("http://127.0.0.1:9/collections/{layer_id}/items"),
        interval_secs: Some(3_600),
    };
    let meta = FetchMeta {
        resource: offline_cache::store::Resource::layer(layer_id),
        url: info.source_url.clone(),
        etag: None,
        fetched_at_ms: now_ms(),
    };
    store.finish_layer(write, &info, &meta).unwrap();
}

fn copy_of_synced_cache(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("cache.gpkg");
    let source = rusqlite::Connection::open(synced_cache()).unwrap();
    source
        .backup(
            rusqlite::MAIN_DB,
            &path,
            None::<fn(rusqlite::backup::Progress)>,
        )
        .unwrap();
    path
}

#[test]
fn a_layer_over_the_cap_shows_the_first_features_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_synced_cache(&dir);
    let total = FEATURE_CAP + 7;
    let points = (0..total)
        .map(|i| {
            let lon = 106.6 + (i % 200) as f64 * 0.001;
            let lat = 10.7 + (i / 200) as f64 * 0.001;
            serde_json::json!({"type": "Feature", "id": format!("p{i}"),
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"n": i}})
        })
        .collect();
    write_layer(&path, "many-points", points);

    let reader = Reader::open(&path).unwrap();
    let model = MapModel::load(&reader, &only(&["many-points"], "aqi"), Lang::En, now_ms());
    let layer = model.layer("many-points").unwrap();
    assert!(layer.entry.partial);
    assert_eq!(layer.entry.shown_count, FEATURE_CAP);
    assert_eq!(layer.entry.count_text, "showing 20,000 of 20,007");
    assert_eq!(layer.shapes.points.len(), FEATURE_CAP);
    assert_eq!(
        layer.entry.title, "many-points",
        "a layer the catalog lacks keeps its id"
    );
}

#[test]
fn features_without_usable_geometry_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_synced_cache(&dir);
    let square = [
        [106.6, 10.6],
        [106.7, 10.6],
        [106.7, 10.7],
        [106.6, 10.7],
        [106.6, 10.6],
    ];
    let sliver = [[106.6, 10.6], [106.7, 10.6], [106.6, 10.6], [106.6, 10.6]];
    let features = vec![
        serde_json::json!({"type": "Feature", "id": "good", "geometry":
            {"type": "Polygon", "coordinates": [square]}, "properties": {"aqi": 50.0}}),
        serde_json::json!({"type": "Feature", "id": "sliver", "geometry":
            {"type": "Polygon", "coordinates": [sliver]}, "properties": {"aqi": 70.0}}),
        serde_json::json!({"type": "Feature", "id": "nowhere", "geometry": null,
            "properties": {"aqi": 90.0}}),
    ];
    write_layer(&path, "wards", features);
    let reader = Reader::open(&path).unwrap();
    let mut model = MapModel::load(&reader, &only(&["wards"], "aqi"), Lang::En, now_ms());
    let wards = model.layer("wards").unwrap();
    assert_eq!(wards.entry.shown_count, 1);
    assert_eq!(
        wards.entry.skipped_note.as_deref(),
        Some("2 features without usable geometry skipped")
    );
    assert_eq!(
        model
            .choropleth
            .legend
            .iter()
            .map(|r| r.wards)
            .sum::<usize>(),
        1
    );
    // Selecting a ward without geometry still explains itself.
    assert!(model.select(&reader, "wards", "nowhere"));
    assert!(model.selection_message.is_some());
    assert!(model.selection.as_ref().unwrap().drill_down.is_none());
}

#[test]
fn a_wards_drill_down_lists_the_incidents_inside_it() {
    let reader = reader();
    let incidents = reader.features("incidents", 10_000).unwrap();
    // The ward with the most incidents.
    let mut per_ward: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for incident in &incidents {
        let ward = incident.properties["ward_code"]
            .as_str()
            .unwrap()
            .to_owned();
        per_ward
            .entry(ward)
            .or_default()
            .push(incident.feature_id.clone());
    }
    let (ward_code, expected) = per_ward.iter().max_by_key(|(_, ids)| ids.len()).unwrap();
    let mut model = load(&MapChoices::default(), Lang::En);
    assert!(model.select(&reader, "wards", ward_code));
    let selection = model.selection.as_ref().unwrap();
    assert_eq!(selection.layer_id, "wards");
    assert!(selection.bbox.is_some() && selection.centre.is_some());
    assert!(selection.rows.iter().any(|row| row.label == "Population"));
    let drill = selection.drill_down.as_ref().unwrap();
    let group = drill
        .groups
        .iter()
        .find(|g| g.layer_id == "incidents")
        .unwrap();
    let mut listed: Vec<&str> = group.items.iter().map(|i| i.feature_id.as_str()).collect();
    listed.sort_unstable();
    let mut expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    expected.sort_unstable();
    assert_eq!(listed, expected, "the incidents of {ward_code}");
    assert_eq!(group.count, expected.len());
    // Sensors of the ward are listed too, each inside it by its own record.
    let floods = drill
        .groups
        .iter()
        .find(|g| g.layer_id == "flood-sensors")
        .unwrap();
    for item in &floods.items {
        let sensor = reader
            .features("flood-sensors", 1_000)
            .unwrap()
            .into_iter()
            .find(|f| f.feature_id == item.feature_id)
            .unwrap();
        assert_eq!(sensor.properties["ward_code"], ward_code.as_str());
    }
}

#[test]
fn focus_selects_the_feature_and_says_where_it_is() {
    let reader = reader();
    let mut model = load(&MapChoices::default(), Lang::En);
    let sensor = reader.features("flood-sensors", 1).unwrap().remove(0);
    let Some(Geometry::Point(at)) = sensor.geometry else {
        panic!("flood sensors are points");
    };
    let feature = FeatureRef {
        layer_id: "flood-sensors".into(),
        feature_id: sensor.feature_id.clone(),
    };
    let (lon, lat) = model.focus(&reader, &feature).unwrap();
    assert!((lon - at.lon).abs() < 1e-5 && (lat - at.lat).abs() < 1e-5);
    let selection = model.selection.as_ref().unwrap();
    assert!(selection.status.is_some());
    assert_eq!(selection.layer_title, "Flood sensors");
    // A hidden layer's feature can be focused too.
    let camera = FeatureRef {
        layer_id: "cameras".into(),
        feature_id: "cam-0001".into(),
    };
    assert!(model.focus(&reader, &camera).is_some());
    let gone = FeatureRef {
        layer_id: "incidents".into(),
        feature_id: "inc-that-never-was".into(),
    };
    assert_eq!(model.focus(&reader, &gone), None);
    assert!(model.selection.is_none());
    assert!(
        model
            .selection_message
            .as_deref()
            .unwrap()
            .contains("inc-that-never-was")
    );
}

#[test]
fn history_snapshots_replace_a_layer_until_live() {
    let reader = reader();
    let mut model = load(&MapChoices::default(), Lang::En);
    let live_count = model.layer("incidents").unwrap().entry.shown_count;
    assert!(live_count > 2);
    let snapshot = vec![
        Feature {
            kind: "Feature".into(),
            id: Some(FeatureId::Text("then-1".into())),
            geometry: Some(Geometry::Point(Position {
                lon: 106.7,
                lat: 10.78,
            })),
            properties: serde_json::json!({"status": "new"}).as_object().cloned(),
        },
        Feature {
            kind: "Feature".into(),
            id: None,
            geometry: None,
            properties: None,
        },
    ];
    model.show_history("incidents", &snapshot);
    assert!(model.showing_history());
    let layer = model.layer("incidents").unwrap();
    assert!(layer.entry.history);
    assert_eq!(layer.entry.shown_count, 1);
    assert_eq!(
        layer.features[0].status.as_ref().unwrap().level,
        StatusLevel::Alert
    );
    assert!(model.select(&reader, "incidents", "then-1"));
    model.show_live();
    assert!(!model.showing_history());
    assert_eq!(
        model.layer("incidents").unwrap().entry.shown_count,
        live_count
    );
}

#[test]
fn choices_change_without_a_full_reload() {
    let reader = reader();
    let mut choices = MapChoices::default();
    let mut model = MapModel::load(&reader, &choices, Lang::En, now_ms());
    choices.set_visible("cameras", true);
    choices.set_visible("wards", false);
    choices.ward_metric = "flood_points".into();
    model.apply_choices(&reader, &choices);
    assert_eq!(model.layer("cameras").unwrap().entry.shown_count, 1_520);
    assert!(model.layer("wards").unwrap().features.is_empty());
    assert!(model.choropleth.metric.is_none(), "no wards, no choropleth");
    choices.set_visible("wards", true);
    model.apply_choices(&reader, &choices);
    assert_eq!(
        model.choropleth.metric.as_ref().unwrap().key,
        "flood_points"
    );
}

#[test]
fn choices_persist_and_default_when_missing() {
    let parsed: MapChoices = serde_json::from_str("{}").unwrap();
    assert_eq!(parsed, MapChoices::default());
    assert!(parsed.is_visible("wards"));
    let json = serde_json::to_string(&only(&["metro"], "population")).unwrap();
    let back: MapChoices = serde_json::from_str(&json).unwrap();
    assert_eq!(back, only(&["metro"], "population"));
}

#[test]
fn an_empty_cache_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.gpkg");
    drop(Store::open(&path).unwrap());
    let model = MapModel::load(
        &Reader::open(&path).unwrap(),
        &MapChoices::default(),
        Lang::En,
        0,
    );
    assert!(model.layers.is_empty());
    assert!(model.message.as_deref().unwrap().contains("No map layers"));
}
