//! Renders the overview of the test fixture with wgpu (a software adapter is enough) and checks
//! the picture; with `CITYDASH_WRITE_SCREENSHOTS=1` it also writes `docs/screenshots/*.png` for
//! the documentation. The simulator's overview is rendered by `dashboard_sim.rs`.

mod common;

use std::path::PathBuf;

use citydash::Lang;

use common::{harness, write_fixture_cache};

fn screenshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../docs/screenshots")
        .join(name)
}

fn write_requested() -> bool {
    std::env::var_os("CITYDASH_WRITE_SCREENSHOTS").is_some_and(|value| value != "0")
}

#[test]
fn renders_the_vietnamese_overview() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    let mut harness = harness(&cache, Some(Lang::Vi), [1600.0, 1000.0]);
    let Some(image) = common::picture_without_cursor(&mut harness) else {
        return;
    };
    assert_eq!((image.width(), image.height()), (1600, 1000));
    // Cards that need attention have a status strip in their status's colour.
    let palette = citydash::theme::Palette::DARK;
    let colours = [
        palette.status_warning,
        palette.status_alert,
        palette.status_overdue,
    ];
    let strips = image
        .pixels()
        .filter(|pixel| {
            colours
                .iter()
                .any(|colour| pixel.0[..3] == [colour.r(), colour.g(), colour.b()])
        })
        .count();
    assert!(strips > 500, "status strips are drawn ({strips} pixels)");
    if write_requested() {
        // The simulator's version of this picture is `overview-vi.png` (dashboard_sim.rs).
        let path = screenshot_path("overview-vi-fixture.png");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        image.save(&path).unwrap();
        eprintln!("wrote {}", path.display());
    }
}

#[test]
fn renders_the_english_overview_offline_in_the_light_theme() {
    use egui_kittest::kittest::Queryable;

    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    common::record_unreachable_sync(&cache);
    let mut harness = harness(&cache, Some(Lang::En), [1600.0, 1000.0]);
    harness.get_by_label("Light").click();
    common::settle(&mut harness);
    let Some(image) = common::picture_without_cursor(&mut harness) else {
        return;
    };
    // The banner's fill, from the light palette, is somewhere near the top.
    let banner_fill = citydash::theme::Palette::LIGHT.banner_fill;
    let found = (40..160).any(|y| {
        let pixel = image.get_pixel(800, y).0;
        pixel[..3] == [banner_fill.r(), banner_fill.g(), banner_fill.b()]
    });
    assert!(found, "the offline banner is drawn under the top bar");
    if write_requested() {
        let path = screenshot_path("overview-en-light-offline.png");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        image.save(&path).unwrap();
        eprintln!("wrote {}", path.display());
    }
}
