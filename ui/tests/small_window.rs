//! Small windows stay usable: at 1024x768 in Vietnamese the data notice never covers a tab and
//! on the map the wards' legend shows without scrolling; at 1280x720 with the alerts open the
//! map keeps most of the window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use citydash::Lang;
use citydash::app::View;
use egui_kittest::kittest::{AccessKitNode, Queryable};

/// The alerts tab: "Alerts", or "Alerts (2)" while alerts are open at the simulated now (the
/// simulator starts at the wall clock's now, so either may be).
fn is_alerts_tab(word: &'static str) -> impl Fn(&AccessKitNode<'_>) -> bool {
    move |node| {
        node.label()
            .is_some_and(|label| label == word || label.starts_with(&format!("{word} (")))
    }
}

const SMALL: [f32; 2] = [1024.0, 768.0];

#[test]
fn at_1024_by_768_the_notice_leaves_the_tabs_alone_and_the_legend_shows() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = common::harness(&cache, Some(Lang::Vi), SMALL);
    harness.get_by_label("Bản đồ").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().view(), &View::Map);

    let alerts_tab = harness.get_by(is_alerts_tab("Cảnh báo")).rect();
    let notice = harness.get_by_label("Mô phỏng").rect();
    assert!(
        !alerts_tab.intersects(notice),
        "the notice {notice:?} covers the alerts tab {alerts_tab:?}"
    );
    let overview_tab = harness.get_by_label("Tổng quan").rect();
    assert!(!overview_tab.intersects(notice));

    // The legend, with the official AQI categories, above the layer list and in the window.
    let legend = harness.get_by_label_contains("Tốt (0 – 50)").rect();
    assert!(legend.bottom() < SMALL[1], "{legend:?}");
    let layers = harness.get_by_label("Lớp bản đồ").rect();
    assert!(legend.top() < layers.top());
}

#[test]
fn at_1280_by_720_with_the_alerts_open_the_map_keeps_most_of_the_window() {
    const MEDIUM: [f32; 2] = [1280.0, 720.0];
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    common::synced_city(&cache);
    let mut harness = common::harness(&cache, Some(Lang::En), MEDIUM);
    harness.get_by_label("Map").click();
    common::settle(&mut harness);
    harness.get_by(is_alerts_tab("Alerts")).click();
    common::settle(&mut harness);
    assert!(harness.state().alerts_open());

    let map = harness
        .get_by_label("City map: click a feature for its details")
        .rect();
    // It was 540 px: the alerts (380), the layer list (320) and margins took the rest.
    assert!(map.width() >= 700.0, "the map is {} px wide", map.width());
    // The credit box folds to one line on a narrow map: it covers a corner, not a fifth.
    let notes = harness.get_by_label_contains("OpenStreetMap").rect();
    assert!(
        notes.area() < map.area() / 12.0,
        "the notes {notes:?} cover too much of the map {map:?}"
    );
}
