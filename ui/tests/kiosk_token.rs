//! The meeting-room wall syncing from a server that wants a token: once it has synced, the
//! token is nowhere it writes or shows: not in the heartbeat a monitoring agent reads, not in
//! any file beside the cache (the cache, its WAL and journal), not in any text on screen.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_types)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use citydash::Lang;
use citydash::app::kiosk::{KioskApp, KioskOptions};
use citydash::kiosk::heartbeat::Heartbeat;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use offline_cache::store::now_ms;

const TOKEN: &str = "wall-token-never-shown-4711";

#[test]
fn a_synced_wall_writes_and_shows_no_token() {
    let sim = common::start_sim(TOKEN);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("wall.gpkg");
    let heartbeat_path = dir.path().join("heartbeat.json");
    let options = KioskOptions {
        cache_path: cache.clone(),
        pack: None,
        sync: Some(common::sync_config(sim.url(), Some(TOKEN.into()), &cache)),
        lang: Lang::En,
        playlist_path: None,
        heartbeat_path: Some(heartbeat_path.clone()),
        display: None,
    };
    let clock = Arc::new(AtomicI64::new(now_ms()));
    let time = clock.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(move |cc| {
            let time = time.clone();
            KioskApp::new(cc, options, Box::new(move || time.load(Ordering::SeqCst)))
        });

    // Until the heartbeat says the wall has reached the server and shows synced data.
    let deadline = Instant::now() + Duration::from_secs(60);
    let heartbeat = loop {
        harness.step();
        let read = std::fs::read(&heartbeat_path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Heartbeat>(&bytes).ok());
        match read {
            Some(beat) if beat.reachable == Some(true) && beat.shown_last_sync_ms.is_some() => {
                break beat;
            }
            _ => {
                assert!(Instant::now() < deadline, "the wall never synced");
                clock.fetch_add(1_000, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    };
    assert!(heartbeat.frames > 0);
    // Until the loader has answered and its models are drawn.
    let mut idle = 0;
    while idle < 3 {
        harness.step();
        if harness.state().is_loading() {
            idle = 0;
            assert!(Instant::now() < deadline, "the loader hangs");
            std::thread::sleep(Duration::from_millis(2));
        } else {
            idle += 1;
        }
    }

    // Every text on screen: the accessibility tree, written out whole.
    let screen: String = harness
        .query_all(by().include_labels())
        .map(|node| format!("{node:?}"))
        .collect();
    assert!(screen.contains("Ho Chi Minh City"), "the screen was read");
    assert!(!screen.contains(TOKEN), "the token is on screen: {screen}");
    assert!(
        harness
            .state()
            .notice_text()
            .is_none_or(|notice| !notice.contains(TOKEN))
    );

    drop(harness);
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        files += 1;
        assert!(
            !bytes
                .windows(TOKEN.len())
                .any(|window| window == TOKEN.as_bytes()),
            "the token is written in {}",
            path.display()
        );
    }
    assert!(files >= 2, "the cache and the heartbeat were written");
}
