//! The kiosk on a real cache, driven by a clock the test sets: the rotation advances page by
//! page; Escape, typing and clicks change nothing; a new critical alert takes the screen and
//! the rotation resumes at the page it left with the time it had; an edited playlist plays
//! from the next page and a broken edit keeps the running one, with a notice naming the line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use citydash::Lang;
use citydash::app::View;
use citydash::app::kiosk::{KioskApp, KioskOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offline_cache::model::{Alert, AlertSeverity, AlertStatus, AlertsPage, LocalizedText};
use offline_cache::store::{FetchMeta, Resource, Store, now_ms};

const WALL: [f32; 2] = [1920.0, 1080.0];

const PLAYLIST: &str = r#"alert_seconds = 15

[[page]]
kind = "city-now"
seconds = 10

[[page]]
kind = "kpi"
kpi = "EN03"
range = "24h"
seconds = 20

[[page]]
kind = "alerts"
seconds = 10
"#;

struct Wall {
    harness: Harness<'static, KioskApp>,
    clock: Arc<AtomicI64>,
    playlist: PathBuf,
    heartbeat: PathBuf,
    cache: PathBuf,
    _dir: tempfile::TempDir,
}

impl Wall {
    fn start(playlist: &str) -> Wall {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache.gpkg");
        common::write_fixture_cache(&cache);
        let playlist_path = dir.path().join("playlist.toml");
        std::fs::write(&playlist_path, playlist).unwrap();
        let clock = Arc::new(AtomicI64::new(now_ms()));
        let options = KioskOptions {
            cache_path: cache.clone(),
            pack: None,
            sync: None,
            lang: Lang::En,
            playlist_path: Some(playlist_path.clone()),
            heartbeat_path: Some(dir.path().join("heartbeat.json")),
            display: None,
        };
        let heartbeat = dir.path().join("heartbeat.json");
        let time = clock.clone();
        let harness = Harness::builder()
            .with_size(egui::vec2(WALL[0], WALL[1]))
            .build_eframe(move |cc| {
                let time = time.clone();
                KioskApp::new(cc, options, Box::new(move || time.load(Ordering::SeqCst)))
            });
        let mut wall = Wall {
            harness,
            clock,
            playlist: playlist_path,
            heartbeat,
            cache,
            _dir: dir,
        };
        wall.settle();
        wall
    }

    /// Moves the clock on by `seconds` and draws until the loader has answered.
    fn advance(&mut self, seconds: i64) {
        self.clock.fetch_add(seconds * 1_000, Ordering::SeqCst);
        self.settle();
    }

    fn settle(&mut self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        let mut idle = 0;
        while idle < 3 {
            self.harness.step();
            if self.harness.state().is_loading() {
                idle = 0;
                assert!(std::time::Instant::now() < deadline, "the loader hangs");
                std::thread::sleep(std::time::Duration::from_millis(2));
            } else {
                idle += 1;
            }
        }
    }

    fn page(&self) -> Option<usize> {
        self.harness.state().page_index()
    }

    fn rewrite_playlist(&mut self, text: &str) {
        std::fs::write(&self.playlist, text).unwrap();
        // A new modification time even on coarse file systems.
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&self.playlist)
            .unwrap()
            .set_modified(later)
            .unwrap();
    }
}

fn critical_alert(cache: &Path, id: &str) {
    let mut store = Store::open(cache).unwrap();
    let alert = Alert {
        id: id.into(),
        t_ms: now_ms(),
        severity: AlertSeverity::Critical,
        title: LocalizedText::new("Tide above alert level 3", "Triều vượt báo động 3"),
        body: LocalizedText::new("Phu An at 1.66 m", "Phú An 1,66 m"),
        kpi_id: Some("EN03".into()),
        feature: None,
        status: AlertStatus::Active,
    };
    let page = AlertsPage {
        alerts: vec![alert],
        next_cursor: id.into(),
        has_more: false,
    };
    let meta = FetchMeta {
        url: format!("{}/api/v1/alerts", common::FIXTURE_SERVER),
        resource: Resource::Alerts,
        etag: None,
        fetched_at_ms: now_ms(),
    };
    store.write_alerts(&page, &meta).unwrap();
}

#[test]
fn the_rotation_advances_page_by_page_on_the_clock() {
    let mut wall = Wall::start(PLAYLIST);
    assert_eq!(wall.page(), Some(0));
    assert_eq!(wall.harness.state().view(), &View::Overview);
    wall.advance(9);
    assert_eq!(wall.page(), Some(0));
    wall.advance(1);
    assert_eq!(wall.page(), Some(1));
    assert!(matches!(
        wall.harness.state().view(),
        View::KpiDetail { kpi_id, .. } if kpi_id == "EN03"
    ));
    wall.advance(20);
    assert_eq!(wall.page(), Some(2));
    wall.advance(10);
    assert_eq!(wall.page(), Some(0), "round again");
    assert!(wall.harness.state().pages_shown() >= 4);
}

#[test]
fn escape_typing_and_clicks_do_not_leave_or_change_the_page() {
    let mut wall = Wall::start(PLAYLIST);
    wall.advance(10);
    assert_eq!(wall.page(), Some(1));
    let view = wall.harness.state().view().clone();
    wall.harness.key_press(egui::Key::Escape);
    wall.harness
        .key_press_modifiers(egui::Modifiers::ALT, egui::Key::F4);
    wall.harness.event(egui::Event::Text("q".into()));
    common::click_at(&mut wall.harness, egui::pos2(960.0, 540.0));
    wall.settle();
    assert_eq!(wall.page(), Some(1));
    assert_eq!(wall.harness.state().view(), &view);
    assert!(!wall.harness.state().exit_requested());

    // The documented chord does end it.
    let chord = egui::Modifiers {
        ctrl: true,
        alt: true,
        shift: true,
        ..egui::Modifiers::NONE
    };
    wall.harness.key_press_modifiers(chord, egui::Key::Q);
    wall.harness.step();
    assert!(wall.harness.state().exit_requested());
}

#[test]
fn a_critical_alert_interrupts_and_the_rotation_resumes_where_it_left() {
    let mut wall = Wall::start(PLAYLIST);
    wall.advance(15);
    assert_eq!(wall.page(), Some(1), "5 s into the 20 s chart");
    critical_alert(&wall.cache, "tide-level-3");
    wall.harness.state_mut().reload_cache();
    wall.settle();
    assert_eq!(
        wall.harness.state().alert_on_screen().as_deref(),
        Some("tide-level-3")
    );
    wall.harness
        .get_by_label_contains("Tide above alert level 3");
    wall.advance(14);
    assert!(wall.harness.state().alert_on_screen().is_some());
    wall.advance(1);
    assert_eq!(wall.harness.state().alert_on_screen(), None);
    assert_eq!(wall.page(), Some(1), "back on the chart it left");
    // With the 15 s it had left.
    wall.advance(14);
    assert_eq!(wall.page(), Some(1));
    wall.advance(1);
    assert_eq!(wall.page(), Some(2));
}

#[test]
fn an_edited_playlist_plays_from_the_next_page_and_a_broken_edit_keeps_the_old_one() {
    let mut wall = Wall::start(PLAYLIST);
    assert_eq!(wall.harness.state().playlist().pages.len(), 3);

    wall.rewrite_playlist("[[page]]\nkind = \"alerts\"\nseconds = 30\n\n[[page]\n");
    wall.advance(3);
    let notice = wall.harness.state().notice_text().expect("a notice");
    assert!(notice.contains("line 5"), "{notice}");
    assert!(notice.contains("previous one plays on"), "{notice}");
    wall.harness.get_by_label_contains("line 5");
    assert_eq!(
        wall.harness.state().playlist().pages.len(),
        3,
        "still playing"
    );
    wall.advance(7);
    assert_eq!(wall.page(), Some(1), "the old rotation goes on");

    wall.rewrite_playlist("[[page]]\nkind = \"map\"\nseconds = 30\nlayers = [\"wards\"]\n");
    wall.advance(3);
    assert_eq!(wall.harness.state().notice_text(), None);
    assert_eq!(wall.page(), Some(1), "the page on screen finishes first");
    wall.advance(17);
    assert_eq!(wall.harness.state().playlist().pages.len(), 1);
    assert_eq!(wall.page(), Some(0));
    assert_eq!(wall.harness.state().view(), &View::Map);
}

#[test]
fn a_playlist_that_cannot_play_at_start_falls_back_to_the_default() {
    let wall = Wall::start("[[page]]\nkind = \"slideshow\"\nseconds = 10\n");
    let notice = wall.harness.state().notice_text().expect("a notice");
    assert!(notice.contains("line 2"), "{notice}");
    assert!(notice.contains("default playlist"), "{notice}");
    assert!(wall.harness.state().playlist().pages.len() >= 5);
    assert_eq!(wall.page(), Some(0));
}

#[test]
fn the_heartbeat_says_what_is_on_screen_and_how_the_process_fares() {
    let mut wall = Wall::start(PLAYLIST);
    wall.advance(10);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let heartbeat = loop {
        wall.harness.step();
        let read = std::fs::read(&wall.heartbeat).ok().and_then(|bytes| {
            serde_json::from_slice::<citydash::kiosk::heartbeat::Heartbeat>(&bytes).ok()
        });
        match read {
            Some(heartbeat) if heartbeat.screen.contains("kpi") => break heartbeat,
            _ => {
                assert!(std::time::Instant::now() < deadline, "no heartbeat in 10 s");
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
    };
    assert_eq!(heartbeat.pid, std::process::id());
    assert_eq!(heartbeat.screen, "page 2 of 3: kpi");
    assert!(heartbeat.frames > 0);
    assert!(heartbeat.rss_bytes.unwrap() > 10_000_000);
    assert!(heartbeat.oldest_data_age_secs.is_some());
}

#[test]
fn a_cache_that_vanishes_keeps_its_data_under_a_banner_and_one_that_comes_back_is_read() {
    let mut wall = Wall::start(PLAYLIST);
    wall.harness.get_by_label_contains("Tide peak at Phu An");
    for suffix in ["", "-wal", "-shm"] {
        let mut path = wall.cache.as_os_str().to_owned();
        path.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(path));
    }
    wall.harness.state_mut().reload_cache();
    wall.settle();
    // The last good data stays, under a banner saying the cache is gone.
    wall.harness.get_by_label_contains("The cache file is gone");
    wall.harness.get_by_label_contains("Tide peak at Phu An");
    // A sync writes it again (here, the fixture): the wall shows it by itself.
    common::write_fixture_cache(&wall.cache);
    wall.harness.state_mut().reload_cache();
    wall.settle();
    wall.harness.get_by_label_contains("Tide peak at Phu An");
    assert!(
        wall.harness
            .query_by_label_contains("The cache file is gone")
            .is_none()
    );
}
