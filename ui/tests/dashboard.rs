//! The dashboard on cache files written through the store's writer: language switch, theme
//! switch, offline banner, and a missing or damaged cache. No server needed; see
//! `dashboard_sim.rs` for the same on a cache synced from the simulator.

#![allow(clippy::disallowed_types)]

mod common;

use citydash::Lang;
use citydash::theme::ThemeChoice;
use egui_kittest::kittest::{NodeT, Queryable};

use common::{TALL_WINDOW, harness, record_unreachable_sync, write_fixture_cache};

#[test]
fn finds_a_card_by_name_and_switches_to_vietnamese_without_a_query() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    harness.get_by_label("Tide peak at Phu An");
    harness.get_by_label("Environment");
    harness.get_by_label("Ho Chi Minh City");
    harness.get_by_label("Simulated demo data, not the city's real figures");
    harness.get_by_label("52,345");
    harness.get_by_label("Target 25 % by 2025-12-31");
    assert!(harness.query_by_label_contains("Offline").is_none());
    let reads = harness.state().overview_reads();

    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);

    assert_eq!(harness.state().lang(), Lang::Vi);
    harness.get_by_label("Đỉnh triều tại Phú An");
    harness.get_by_label("Môi trường");
    harness.get_by_label("Thành phố Hồ Chí Minh");
    harness.get_by_label("52.345");
    harness.get_by_label("Mục tiêu 25 % vào 31/12/2025");
    assert!(harness.query_by_label("Tide peak at Phu An").is_none());
    assert_eq!(
        harness.state().overview_reads(),
        reads,
        "a language switch rebuilds the view models from the last read, without SQLite"
    );

    harness.get_by_label("English").click();
    common::settle(&mut harness);
    harness.get_by_label("Tide peak at Phu An");
}

#[test]
fn shows_status_freshness_and_change_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    let harness = harness(&cache, Some(Lang::En), TALL_WINDOW);

    let model = harness.state().overview_model();
    let tide = model.card("EN03").unwrap();
    assert_eq!(tide.status_text, "Warning");
    assert_eq!(tide.freshness_text.as_deref(), Some("2 min ago"));
    // A change says its unit and since when (the fixture's values are five minutes apart).
    let tide_change = &tide.change.as_ref().unwrap().text;
    assert!(tide_change.starts_with("+0.05 m since "), "{tide_change}");
    harness.get_by_label(&format!("{tide_change} (worse)"));
    let floods_change = &model.card("EN04").unwrap().change.as_ref().unwrap().text;
    assert!(floods_change.starts_with("-2 since "), "{floods_change}");
    harness.get_by_label(&format!("{floods_change} (better)"));
    // The AQI is past its alert level.
    assert_eq!(model.card("EN01").unwrap().status_text, "Alert");
    assert!(harness.get_all_by_label("Alert").count() >= 1);
    // ID01 has no value yet.
    harness.get_by_label("No value yet");
    harness.get_by_label_contains("Last successful sync: ");
    harness.get_by_label("Server: http://127.0.0.1:9");
}

#[test]
fn offline_banner_names_the_last_successful_sync() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    record_unreachable_sync(&cache);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    let banner = common::offline_banner(&harness);
    assert!(banner.starts_with("Offline since "), "{banner}");
    // A server that cannot be reached is one problem: no list of what failed because of it.
    assert!(
        harness
            .query_by_label_contains("Resources that failed to sync")
            .is_none()
    );
    // The data from before is still shown.
    harness.get_by_label("Tide peak at Phu An");

    harness.get_by_label("Tiếng Việt").click();
    common::settle(&mut harness);
    harness.get_by_label_contains("Đang hiển thị dữ liệu từ lần đồng bộ thành công gần nhất lúc ");
}

#[test]
fn theme_switch_applies_and_is_saved_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    let mut harness = harness(&cache, None, TALL_WINDOW);
    assert_eq!(harness.state().theme_choice(), ThemeChoice::Dark);
    assert_eq!(
        harness.state().lang(),
        Lang::En,
        "English without a saved choice"
    );
    assert!(harness.ctx.global_style().visuals.dark_mode);

    harness.get_by_label("Light").click();
    common::settle(&mut harness);
    assert_eq!(harness.state().theme_choice(), ThemeChoice::Light);
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    assert_eq!(harness.state().settings().theme, ThemeChoice::Light);

    harness.get_by_label("Dark").click();
    common::settle(&mut harness);
    assert!(harness.ctx.global_style().visuals.dark_mode);
}

#[test]
fn a_missing_cache_opens_a_window_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("never-synced.gpkg");
    let harness = harness(&cache, Some(Lang::En), [1200.0, 800.0]);
    harness
        .get_by_label("No cache yet. It fills in after the first sync with the operations center.");
    harness.get_by_label("Last successful sync: never synced");
    assert!(
        !cache.exists(),
        "the dashboard never creates the cache itself"
    );
}

#[test]
fn an_empty_cache_says_there_is_no_data_yet() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("empty.gpkg");
    // A valid cache that no sync has filled yet.
    drop(offline_cache::store::Store::open(&cache).unwrap());
    let harness = harness(&cache, Some(Lang::Vi), [1200.0, 800.0]);
    harness.get_by_label_contains("Chưa có dữ liệu");
}

#[test]
fn a_damaged_cache_shows_the_error_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("corrupt.gpkg");
    std::fs::write(
        &cache,
        b"this is not a SQLite database, just some bytes".repeat(200),
    )
    .unwrap();
    let harness = harness(&cache, Some(Lang::En), [1200.0, 800.0]);
    let text = harness
        .get_by_label_contains("Could not open the cache: ")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        text.contains("corrupt.gpkg"),
        "the message names the file: {text}"
    );
    assert!(harness.state().overview_model().groups.is_empty());
}

#[test]
fn keyboard_shortcuts_switch_views_panels_language_and_search() {
    use citydash::app::View;

    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    write_fixture_cache(&cache);
    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    let press = |harness: &mut egui_kittest::Harness<'_, citydash::CityDashApp>, key| {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        common::settle(harness);
    };

    press(&mut harness, egui::Key::Num2);
    assert_eq!(harness.state().view(), &View::Map);
    press(&mut harness, egui::Key::Num1);
    assert_eq!(harness.state().view(), &View::Overview);
    press(&mut harness, egui::Key::Num3);
    assert!(harness.state().alerts_open());
    press(&mut harness, egui::Key::Num3);
    assert!(!harness.state().alerts_open());
    press(&mut harness, egui::Key::T);
    assert_eq!(harness.state().theme_choice(), ThemeChoice::Light);

    // The search shortcut puts the cursor in the search field: typing filters the cards.
    press(&mut harness, egui::Key::F);
    harness.event(egui::Event::Text("tide".to_owned()));
    common::settle(&mut harness);
    assert_eq!(harness.state().settings().overview_filter.search, "tide");
    harness.get_by_label("Tide peak at Phu An");
    assert!(harness.query_by_label("Active flood points").is_none());

    // Escape leaves the field; then the language shortcut switches to Vietnamese, and the
    // English search still finds the Vietnamese name.
    harness.key_press(egui::Key::Escape);
    common::settle(&mut harness);
    press(&mut harness, egui::Key::L);
    assert_eq!(harness.state().lang(), Lang::Vi);
    harness.get_by_label("Đỉnh triều tại Phú An");
}

#[test]
fn a_cache_from_an_older_build_is_upgraded_in_the_background_then_shown() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    // A cache as the last build before the rollups (schema 2) wrote it, frozen.
    let connection = rusqlite::Connection::open(&cache).unwrap();
    connection
        .execute_batch(include_str!(
            "../../offline-cache/src/store/frozen/schema-2.sql"
        ))
        .unwrap();
    drop(connection);

    let mut harness = harness(&cache, Some(Lang::En), TALL_WINDOW);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while harness.query_by_label("Tide peak at Phu An").is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the upgraded cache never showed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    let version: String = rusqlite::Connection::open(&cache)
        .unwrap()
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'schema_version'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        version,
        offline_cache::store::schema::SCHEMA_VERSION.to_string()
    );
}
