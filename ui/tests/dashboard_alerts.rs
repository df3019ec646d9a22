//! The whole dashboard with its alerts panel, driven by label: the top bar's alerts toggle opens
//! the panel, an alert about a KPI lands on that KPI's chart, and an alert about a map feature
//! opens the map with the feature selected.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types)]

mod common;

use std::path::Path;

use citydash::app::View;
use citydash::view_models::alerts::AlertItem;
use citydash::{CityDashApp, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on `cache`, tall enough for a few alerts in the panel.
fn app(cache: &Path) -> Harness<'static, CityDashApp> {
    common::harness(cache, Some(Lang::En), [1500.0, 1100.0])
}

/// Opens the alerts panel with the top bar's toggle, which counts the active alerts.
fn open_alerts(harness: &mut Harness<'static, CityDashApp>) {
    let active = harness.state().alerts_model().counts.active_total;
    let toggle = match active {
        0 => "Alerts".to_owned(),
        count => format!("Alerts ({count})"),
    };
    harness.get_by_label(&toggle).click();
    common::settle(harness);
    assert!(harness.state().alerts_open());
}

fn first_item(
    harness: &Harness<'static, CityDashApp>,
    test: impl Fn(&AlertItem) -> bool,
) -> AlertItem {
    harness
        .state()
        .alerts_model()
        .items
        .iter()
        .find(|item| test(item))
        .cloned()
        .expect("the simulated city raised such an alert")
}

#[test]
fn clicking_an_alert_lands_on_its_kpi_chart() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = app(&cache);
    common::settle(&mut harness);
    assert!(!harness.state().alerts_model().items.is_empty());
    open_alerts(&mut harness);

    let alert = first_item(&harness, |item| item.kpi_id.is_some());
    // The alert names its KPI as the catalog does, not by id alone.
    let kpi_name = harness
        .state()
        .overview_model()
        .card(alert.kpi_id.as_deref().unwrap())
        .unwrap()
        .name
        .clone();
    assert_eq!(
        alert.open_kpi_text.as_deref(),
        Some(format!("Open the chart of {kpi_name}").as_str())
    );
    harness
        .get_all_by_label(&alert.title)
        .next()
        .unwrap()
        .click();
    common::settle(&mut harness);
    match harness.state().view() {
        View::KpiDetail { kpi_id, .. } => assert_eq!(Some(kpi_id), alert.kpi_id.as_ref()),
        other => panic!("expected the KPI chart, not {other:?}"),
    }
    let chart = harness.state().series_model().unwrap();
    assert_eq!(Some(&chart.kpi_id), alert.kpi_id.as_ref());
}

#[test]
fn an_alert_about_a_feature_opens_the_map_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = app(&cache);
    common::settle(&mut harness);
    open_alerts(&mut harness);

    let alert = first_item(&harness, |item| item.feature.is_some());
    let feature = alert.feature.clone().unwrap();
    // With its layer off, the feature would be selected where nothing is drawn.
    harness
        .state_mut()
        .settings_mut()
        .map
        .set_visible(&feature.layer_id, false);
    let show_on_map = alert.show_on_map_text.clone().unwrap();
    // The link names the feature as the cached layer does.
    let stored = offline_cache::store::Reader::open(&cache)
        .unwrap()
        .feature(&feature.layer_id, &feature.feature_id)
        .unwrap()
        .expect("the alert's feature is in the cache");
    if let Some(name) = &stored.name {
        assert_eq!(show_on_map, format!("Show {name} on the map"));
    }

    harness
        .get_all_by_label(&show_on_map)
        .next()
        .unwrap()
        .click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Map);
    let selection = common::map_selection(&harness).expect("the alert's feature is selected");
    assert_eq!(
        (selection.layer_id.as_str(), selection.feature_id.as_str()),
        (feature.layer_id.as_str(), feature.feature_id.as_str())
    );
    assert!(harness.state().settings().map.is_visible(&feature.layer_id));
    let layer = harness
        .state()
        .map_model()
        .unwrap()
        .layer(&feature.layer_id)
        .unwrap();
    assert!(
        layer.entry.visible && !layer.features.is_empty(),
        "the alert's layer is turned on and drawn"
    );
}
