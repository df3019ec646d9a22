//! Waiting for changes: the operations center's event stream wakes the client when a KPI moves,
//! and a server without a stream falls back to the poll interval.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use citydash_e2e::{frozen_sim, sim_at_speed, sync_config};
use offline_cache::sync::{ChangeWaiter, WaitOutcome};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn the_event_stream_announces_new_values() {
    // An hour of city time per second: live KPIs move every wall second.
    let sim = sim_at_speed(1, 3_600.0);
    let dir = tempfile::tempdir().unwrap();
    let config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let started = Instant::now();
    let outcome = runtime().block_on(waiter.wait(Duration::from_secs(20), Duration::ZERO));
    assert!(
        matches!(&outcome, WaitOutcome::Changed { event } if event == "kpi" || event == "alert"),
        "{outcome:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn a_refused_stream_falls_back_to_the_interval() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let mut config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    config.token = Some("wrong".into());
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let started = Instant::now();
    let outcome = runtime().block_on(waiter.wait(Duration::from_millis(600), Duration::ZERO));
    assert!(
        matches!(&outcome, WaitOutcome::StreamUnavailable { reason } if reason.contains("401")),
        "{outcome:?}"
    );
    assert!(started.elapsed() >= Duration::from_millis(600));
}

#[test]
fn a_stream_that_breaks_returns_at_once_so_an_outage_shows_within_seconds() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let stopper = std::thread::Builder::new()
        .name("stops-the-server".into())
        .spawn(move || {
            // The stream is open by then; the frozen city announces nothing.
            std::thread::sleep(Duration::from_millis(800));
            sim.shutdown();
        })
        .unwrap();
    let started = Instant::now();
    let outcome = runtime().block_on(waiter.wait(Duration::from_secs(600), Duration::ZERO));
    stopper.join().unwrap();
    assert!(
        matches!(&outcome, WaitOutcome::StreamLost { .. }),
        "{outcome:?}"
    );
    // Long before the ten-minute poll interval.
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_server_that_comes_back_is_seen_within_seconds_not_at_the_next_poll() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
    let address: std::net::SocketAddr = sim.url().trim_start_matches("http://").parse().unwrap();
    let sim_config = sim.config().clone();
    sim.shutdown();
    let mut waiter = ChangeWaiter::new(&config.client_config());
    // The last sync could not reach it; it comes back on the same address three seconds later.
    waiter.server_unreachable();
    let (back_tx, back_rx) = std::sync::mpsc::channel();
    let (seen_tx, seen_rx) = std::sync::mpsc::channel::<()>();
    let restarter = std::thread::Builder::new()
        .name("restarts-the-server".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_secs(3));
            let sim = opscenter_sim::spawn(address, sim_config).unwrap();
            back_tx.send(Instant::now()).unwrap();
            // Serve until the waiter has seen it.
            let _ = seen_rx.recv_timeout(Duration::from_secs(10));
            sim.shutdown();
        })
        .unwrap();
    let started = Instant::now();
    let outcome = runtime().block_on(waiter.wait(Duration::from_secs(600), Duration::ZERO));
    let seen = Instant::now();
    let _ = seen_tx.send(());
    let back = back_rx.recv().unwrap();
    assert_eq!(outcome, WaitOutcome::ServerBack);
    // Tried again every 2 s while it was down: seen within seconds of its return, minutes
    // before the ten-minute poll.
    assert!(
        seen.duration_since(back) < Duration::from_secs(3),
        "{:?}",
        seen - back
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    restarter.join().unwrap();
}

#[test]
fn an_event_that_never_ends_or_a_gzip_bomb_closes_the_stream_instead_of_filling_memory() {
    // Once the stream's parser kept every byte of an unfinished event: a server sending one
    // endless event (or a gzip bomb) would have filled the memory of a wall.
    for fault in [
        opscenter_sim::Fault::OversizedBody {
            bytes: 8 * 1024 * 1024,
        },
        opscenter_sim::Fault::GzipBomb,
    ] {
        let sim = sim_at_speed(1, 3_600.0);
        let dir = tempfile::tempdir().unwrap();
        let config = sync_config(&sim, &dir.path().join("cache.gpkg"), 1);
        let mut waiter = ChangeWaiter::new(&config.client_config());
        sim.set_fault(opscenter_sim::Route::Stream, fault.clone());
        let outcome = runtime().block_on(waiter.wait(Duration::from_secs(30), Duration::ZERO));
        match outcome {
            WaitOutcome::StreamLost { reason } => {
                assert!(reason.contains("larger than"), "{fault:?}: {reason}");
            }
            other => panic!("{fault:?}: {other:?}"),
        }
    }
}
