//! What a leader sees first, on the fixture city in a 1280x720 window: the attention strip
//! names the KPIs in alert and the target missed above every domain (finding 1), counts alerts
//! and KPIs each by their own name so a resolved alert never reads as "nothing is wrong"
//! (finding 2), an annual KPI's chart opens on the range that holds its points, with each point
//! marked (finding 3), and a missed due date is its own status (finding 4).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types)]

mod common;

use std::path::Path;

use citydash::app::View;
use citydash::view_models::RangePreset;
use citydash::view_models::attention::{AttentionAction, AttentionKind};
use citydash::{CityDashApp, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offline_cache::model::{
    Alert, AlertSeverity, AlertStatus, AlertsPage, KpiStatus, LocalizedText, Observation,
};
use offline_cache::store::{FetchMeta, Resource, Store, now_ms};

const SMALL_WINDOW: [f32; 2] = [1280.0, 720.0];

/// The fixture city, with the critical alert on the tide already resolved by the operations
/// center (the tide stays past its level) and ten years of the annual KPI DE01.
fn city(path: &Path) {
    common::write_fixture_cache(path);
    let now_ms = now_ms();
    let mut store = Store::open(path).unwrap();
    let meta = |resource: Resource| FetchMeta {
        url: format!("{}/api/v1/{resource}", common::FIXTURE_SERVER),
        resource,
        etag: None,
        fetched_at_ms: now_ms,
    };
    let tide_alert = Alert {
        id: "tide-1".into(),
        t_ms: now_ms - 600_000,
        severity: AlertSeverity::Critical,
        title: LocalizedText::new("Tide above alert level", "Triều vượt mức báo động"),
        body: LocalizedText::new("", ""),
        kpi_id: Some("EN03".into()),
        feature: None,
        status: AlertStatus::Resolved,
    };
    let page = AlertsPage {
        alerts: vec![tide_alert],
        next_cursor: "1".into(),
        has_more: false,
    };
    store.write_alerts(&page, &meta(Resource::Alerts)).unwrap();
    let year_ms = 365 * 86_400_000_i64;
    let points: Vec<Observation> = (0..10)
        .map(|i| Observation {
            t_ms: now_ms - 30 * 86_400_000 - (9 - i) * year_ms,
            value: 12.0 + i as f64,
        })
        .collect();
    store
        .write_series_page("DE01", &points, &meta(Resource::series("DE01")))
        .unwrap();
}

fn app(path: &Path, lang: Lang) -> Harness<'static, CityDashApp> {
    common::harness(path, Some(lang), SMALL_WINDOW)
}

#[test]
fn the_first_screen_says_what_needs_attention_and_leads_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    city(&cache);
    let mut harness = app(&cache, Lang::En);

    let strip = harness.state().attention_model().clone();
    let kinds: Vec<(AttentionKind, &AttentionAction)> = strip
        .items
        .iter()
        .map(|item| (item.kind, &item.action))
        .collect();
    // The air quality past its alert level and the green-bus share at under half its target
    // are in alert; the digital economy missed its 2025 target.
    assert!(kinds.contains(&(
        AttentionKind::KpiAlert,
        &AttentionAction::OpenKpi("EN01".into())
    )));
    assert!(kinds.contains(&(
        AttentionKind::TargetMissed,
        &AttentionAction::OpenKpi("DE01".into())
    )));
    // On the first screen of a small window, above the first domain.
    let item = harness.get_by_label("Alert: Air quality index, city maximum: 162 AQI");
    let item_top = item.rect().top();
    assert!(item.rect().bottom() < SMALL_WINDOW[1]);
    let first_domain = harness.get_by_label("Digital government").rect().top();
    assert!(item_top < first_domain, "{item_top} < {first_domain}");

    item.click();
    common::settle(&mut harness);
    assert!(matches!(harness.state().view(), View::KpiDetail { kpi_id, .. } if kpi_id == "EN01"));
}

#[test]
fn a_resolved_alert_never_reads_as_all_clear_beside_a_kpi_in_alert() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    city(&cache);
    let harness = app(&cache, Lang::En);
    let strip = harness.state().attention_model();
    assert_eq!(harness.state().alerts_model().counts.active_critical, 0);
    assert_eq!(strip.critical_alerts, 0);
    assert!(strip.kpis_in_alert >= 1);
    assert!(strip.all_clear.is_none());
    harness.get_by_label_contains("0 critical alerts open ·");
    harness.get_by_label_contains("KPIs in alert");
}

#[test]
fn an_annual_kpi_opens_on_all_its_years_with_each_point_marked() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    city(&cache);
    let mut harness = app(&cache, Lang::En);
    harness.state_mut().open_kpi("DE01");
    common::settle(&mut harness);
    let model = harness.state().series_model().unwrap();
    assert_eq!(model.range, RangePreset::All);
    assert_eq!(model.offered_ranges, [RangePreset::All]);
    assert!(model.empty_message.is_none(), "{:?}", model.empty_message);
    assert_eq!(model.marked_points.len(), 10);
    assert_eq!(model.marked_points[9].value_text, "21 %");
    assert!(
        harness.query_by_label("24 h").is_none(),
        "no range it cannot fill"
    );

    // A range asked for that the KPI cannot fill gives way to its own.
    harness.state_mut().set_range(RangePreset::Day);
    common::settle(&mut harness);
    let model = harness.state().series_model().unwrap();
    assert_eq!(model.range, RangePreset::All);
    assert!(model.empty_message.is_none());
}

#[test]
fn a_missed_due_date_is_its_own_status_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    city(&cache);
    let mut harness = app(&cache, Lang::En);
    let card = harness
        .state()
        .overview_model()
        .card("DE01")
        .unwrap()
        .clone();
    assert_eq!(card.status, KpiStatus::Overdue);
    assert_eq!(card.status_text, "Target missed");
    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);
    let card = harness
        .state()
        .overview_model()
        .card("DE01")
        .unwrap()
        .clone();
    assert_eq!(card.status_text, "Trễ hạn mục tiêu");
    // The warning status and the alerts tab no longer share a word.
    let tide = harness
        .state()
        .overview_model()
        .card("EN03")
        .unwrap()
        .clone();
    assert_eq!(tide.status_text, "Chú ý");
    harness.get_by_label("Cảnh báo");
}
