//! A 1024x768 window in Vietnamese is fully usable: the data notice never covers a tab, and
//! on the map the wards' legend shows without scrolling.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use citydash::Lang;
use citydash::app::View;
use egui_kittest::kittest::Queryable;

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

    let alerts_tab = harness.get_by_label("Cảnh báo").rect();
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
