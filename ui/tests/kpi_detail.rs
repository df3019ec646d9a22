//! The KPI detail view on a real cache: the simulated operations center on 127.0.0.1:0,
//! `sync_once` into a temporary cache, then the app on that file. Clicking a card opens its
//! chart; the range buttons read the series again; the back button and Escape return to the
//! overview.

// Helpers below run inside tests only: a failed expectation is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::disallowed_types)]

mod common;

use std::path::Path;

use citydash::Lang;
use citydash::app::View;
use citydash::view_models::RangePreset;
use egui_kittest::kittest::Queryable;
use opscenter_sim::SimHandle;

use common::{TALL_WINDOW, harness};

const TIDE: &str = "Tide peak at Phu An";

fn start_sim() -> SimHandle {
    common::start_sim("kpi-detail-test-token")
}

fn detail_range(harness: &egui_kittest::Harness<'_, citydash::CityDashApp>) -> RangePreset {
    match harness.state().view() {
        View::KpiDetail { range, .. } => *range,
        other => panic!("expected the detail view, not {other:?}"),
    }
}

#[test]
fn opens_the_tide_chart_switches_ranges_and_goes_back() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    assert!(harness.state().series_model().is_none());
    harness.get_by_label(TIDE).click();
    common::settle(&mut harness);

    assert_eq!(
        harness.state().view(),
        &View::KpiDetail {
            kpi_id: "EN03".into(),
            range: RangePreset::Day,
        }
    );
    harness.get_by_label(TIDE);
    for range in ["24 h", "7 d", "30 d", "1 y", "All"] {
        harness.get_by_label(range);
    }
    harness.get_by_label("‹ Overview");
    let model = harness
        .state()
        .series_model()
        .expect("the detail has a model");
    assert_eq!(model.title, TIDE);
    assert!(!model.points.is_empty(), "the last 24 h have observations");
    assert_eq!(
        model.thresholds.len(),
        2,
        "the tide has warning and alert levels"
    );
    // The legend is a row of its own between the range buttons and the chart, at the left: a
    // legend inside the plot sat in its top right corner, over the newest values.
    let range_row = harness.get_by_label("24 h").rect();
    for item in [
        model.series_label.as_str(),
        model.thresholds[0].label.as_str(),
    ] {
        let legend = harness.get_by_label(item).rect();
        assert!(
            legend.top() >= range_row.bottom(),
            "{item}: {legend:?} vs {range_row:?}"
        );
        assert!(
            legend.bottom() <= range_row.bottom() + 60.0,
            "{item}: {legend:?}"
        );
        assert!(legend.left() < TALL_WINDOW[0] / 2.0, "{item}: {legend:?}");
    }
    let reads = harness.state().series_reads();

    // Idle frames do not read the series again.
    common::settle(&mut harness);
    assert_eq!(harness.state().series_reads(), reads);

    harness.get_by_label("7 d").click();
    common::settle(&mut harness);
    assert_eq!(detail_range(&harness), RangePreset::Week);
    let model = harness.state().series_model().unwrap();
    assert_eq!(model.range, RangePreset::Week);
    assert!(!model.points.is_empty());
    assert_eq!(model.to_ms - model.from_ms, 7 * 86_400_000);

    harness.get_by_label("30 d").click();
    common::settle(&mut harness);
    let model = harness.state().series_model().unwrap();
    assert_eq!(model.range, RangePreset::Month);
    assert!(!model.points.is_empty());
    assert!(
        model.points.len() <= 2 * citydash::view_models::series::CHART_COLUMNS,
        "the chart gets at most two points a column"
    );
    assert_eq!(harness.state().series_reads(), reads + 2);

    harness.get_by_label("‹ Overview").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Overview);
    assert!(harness.state().series_model().is_none());
    harness.get_by_label(TIDE);
    assert!(harness.query_by_label("7 d").is_none());
}

#[test]
fn escape_returns_to_the_overview_and_vietnamese_is_translated() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    let mut harness = harness(&cache, Some(Lang::Vi), TALL_WINDOW);
    harness.get_by_label("Đỉnh triều tại Phú An").click();
    common::settle(&mut harness);
    harness.get_by_label("‹ Tổng quan");
    harness.get_by_label("7 ngày");
    assert_eq!(detail_range(&harness), RangePreset::Day);

    harness.key_press(egui::Key::Escape);
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Overview);
    harness.get_by_label("Đỉnh triều tại Phú An");
}

#[test]
fn an_unknown_kpi_says_so_instead_of_an_empty_chart() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    harness.state_mut().open_kpi("NO_SUCH_KPI");
    common::settle(&mut harness);
    harness.get_by_label("This KPI is not in the synced catalog.");
    let model = harness.state().series_model().unwrap();
    assert!(model.points.is_empty());
}

#[test]
fn renders_the_tide_chart() {
    let sim = start_sim();
    let (_dir, cache) = common::synced_temp_cache(&sim);

    let mut harness = harness(&cache, Some(Lang::En), [1600.0, 1000.0]);
    harness.state_mut().open_kpi("EN03");
    common::settle(&mut harness);
    harness.get_by_label("7 d").click();
    common::settle(&mut harness);
    let Some(image) = common::picture_without_cursor(&mut harness) else {
        return;
    };
    common::assert_drawn(&image);
    if let Some(path) = std::env::var_os("CITYDASH_KPI_DETAIL_PNG") {
        image.save(&path).unwrap();
        eprintln!("wrote {}", Path::new(&path).display());
    }
}

#[test]
fn the_detail_says_when_the_target_is_reached_at_this_pace() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::write_fixture_cache(&cache);
    // The digital economy share on 1 January of the last four years: +1.4 points a year from
    // 17.6 %, against a target of 25 % due at the end of 2025 (a projection needs four points).
    let points: Vec<_> = [(2023, 17.6), (2024, 19.0), (2025, 20.4), (2026, 21.8)]
        .into_iter()
        .map(|(year, value)| offline_cache::model::Observation {
            t_ms: chrono::NaiveDate::from_ymd_opt(year, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
                .timestamp_millis(),
            value,
        })
        .collect();
    let mut store = offline_cache::store::Store::open(&cache).unwrap();
    let meta = offline_cache::store::FetchMeta {
        resource: offline_cache::store::Resource::series("DE01"),
        url: "http://fixture.invalid/series/DE01".into(),
        etag: None,
        fetched_at_ms: offline_cache::store::now_ms(),
    };
    store.write_series_page("DE01", &points, &meta).unwrap();
    drop(store);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    harness.state_mut().open_kpi("DE01");
    common::settle(&mut harness);
    harness.get_by_label(
        "At this pace the target of 25 % is reached in 2028, after its due date 2025-12-31",
    );

    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);
    harness.get_by_label("Với tốc độ này, mục tiêu 25 % đạt được vào năm 2028, sau hạn 31/12/2025");
}
