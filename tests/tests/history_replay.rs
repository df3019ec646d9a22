//! The core's history replay against a simulator on loopback with a frozen clock: snapshots
//! are the layer as the server kept it, fixed layers and offline use say so, a refused instant
//! shows the server's message, and a second pass over the 24 hours needs no network.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use offline_cache::http::{Client, ClientConfig};
use offline_cache::model::LayerDef;
use offline_cache::model::units::HOUR_MS;
use offline_cache::sync::{HistoryReplay, HistoryState, LayerSnapshot, fetch_layer_at};
use opscenter_sim::{SimConfig, SimHandle};

const TOKEN: &str = "history-token";

fn frozen_sim(history_days: i64) -> SimHandle {
    let config = SimConfig {
        history_days,
        speed: 0.0,
        token: Some(TOKEN.into()),
        ..SimConfig::default()
    };
    opscenter_sim::spawn_on_loopback(config).unwrap()
}

fn replay_for(sim: &SimHandle) -> HistoryReplay {
    HistoryReplay::new(Some((sim.url(), Some(TOKEN.into()))), Box::new(|| {}))
}

fn layers(sim: &SimHandle, ids: &[&str]) -> Vec<LayerDef> {
    let catalog = sim.catalog();
    ids.iter()
        .map(|id| {
            catalog
                .layers
                .iter()
                .find(|layer| layer.id == *id)
                .unwrap()
                .clone()
        })
        .collect()
}

/// Polls until the state is no longer `Loading`.
fn settle(replay: &mut HistoryReplay) -> HistoryState {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        replay.poll();
        if !matches!(replay.state(), HistoryState::Loading { .. }) {
            return replay.state().clone();
        }
        assert!(Instant::now() < deadline, "still {:?}", replay.state());
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn items_requests(sim: &SimHandle) -> Vec<String> {
    sim.requests()
        .into_iter()
        .map(|request| request.path)
        .filter(|path| path.contains("/items"))
        .collect()
}

#[test]
fn six_hours_ago_shows_the_layer_as_the_server_kept_it() {
    let sim = frozen_sim(2);
    let mut replay = replay_for(&sim);
    assert_eq!(replay.state(), &HistoryState::Live);
    let then_ms = sim.now_ms() - 6 * HOUR_MS;

    replay.show_at(&layers(&sim, &["flood-sensors", "wards"]), Some(then_ms));
    assert_eq!(replay.state(), &HistoryState::Loading { t_ms: then_ms });
    assert_eq!(settle(&mut replay), HistoryState::Showing { t_ms: then_ms });

    let client = Client::new(&ClientConfig::new(sim.url(), Some(TOKEN.into()))).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let at = |t_ms| -> LayerSnapshot {
        runtime
            .block_on(fetch_layer_at(
                &client,
                "flood-sensors",
                t_ms,
                10_000,
                100_000,
            ))
            .unwrap()
    };
    let shown = replay.features("flood-sensors").unwrap();
    assert_eq!(shown, at(then_ms).features);
    assert_ne!(shown, at(sim.now_ms()).features);
    assert!(!replay.truncated("flood-sensors"));
    // Fixed layers are not replayed: the map keeps their cached features.
    assert!(replay.features("wards").is_none());
    assert!(
        items_requests(&sim)
            .iter()
            .all(|path| !path.contains("/wards/"))
    );

    replay.show_at(&layers(&sim, &["flood-sensors"]), None);
    assert_eq!(replay.state(), &HistoryState::Live);
    assert!(replay.features("flood-sensors").is_none());
    // Going live changed what is shown with nothing fetched: the next poll says so, once.
    assert!(replay.poll());
    assert!(!replay.poll());
}

#[test]
fn fixed_layers_have_no_history_and_offline_there_is_no_server() {
    let sim = frozen_sim(1);
    let t_ms = sim.now_ms() - HOUR_MS;
    let mut replay = replay_for(&sim);
    replay.show_at(&layers(&sim, &["wards", "hospitals"]), Some(t_ms));
    assert_eq!(replay.state(), &HistoryState::NoHistory);
    replay.show_at(&[], Some(t_ms));
    assert_eq!(replay.state(), &HistoryState::NoHistory);
    assert!(!replay.poll());
    assert!(items_requests(&sim).is_empty());

    let mut offline = HistoryReplay::new(None, Box::new(|| {}));
    offline.show_at(&layers(&sim, &["flood-sensors"]), Some(t_ms));
    assert_eq!(offline.state(), &HistoryState::NoServer);
    assert!(offline.features("flood-sensors").is_none());
    offline.show_at(&layers(&sim, &["flood-sensors"]), None);
    assert_eq!(offline.state(), &HistoryState::Live);

    let mut broken = HistoryReplay::new(Some(("not a server".into(), None)), Box::new(|| {}));
    broken.show_at(&layers(&sim, &["flood-sensors"]), Some(t_ms));
    assert!(matches!(broken.state(), HistoryState::Failed { .. }));
}

#[test]
fn a_layer_the_server_keeps_no_history_of_is_left_live() {
    let sim = frozen_sim(1);
    let t_ms = sim.now_ms() - HOUR_MS;
    let mut replay = replay_for(&sim);
    // A catalog that wrongly calls wards time-varying: the server describes no time extent.
    let mut wards = layers(&sim, &["wards"]);
    wards[0].time_varying = true;
    replay.show_at(&wards, Some(t_ms));
    assert_eq!(settle(&mut replay), HistoryState::NoHistory);
    assert!(items_requests(&sim).is_empty(), "no snapshot was taken");

    // Mixed with a layer that has history, that one alone is replayed.
    let mut mixed = layers(&sim, &["tide-gauges"]);
    mixed.extend(wards);
    replay.show_at(&mixed, Some(t_ms));
    assert_eq!(settle(&mut replay), HistoryState::Showing { t_ms });
    assert!(replay.features("tide-gauges").is_some());
    assert!(replay.features("wards").is_none());
}

#[test]
fn an_instant_outside_the_history_fails_with_the_servers_message() {
    let sim = frozen_sim(1);
    let long_ago_ms = sim.now_ms() - 3 * 24 * HOUR_MS;
    let mut replay = replay_for(&sim);
    replay.show_at(&layers(&sim, &["flood-sensors"]), Some(long_ago_ms));
    match settle(&mut replay) {
        HistoryState::Failed { t_ms, message } => {
            assert_eq!(t_ms, long_ago_ms);
            assert!(message.contains("outside the history"), "{message}");
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(replay.features("flood-sensors").is_none());
}

#[test]
fn the_next_hour_is_fetched_ahead_and_a_second_replay_needs_no_network() {
    let sim = frozen_sim(2);
    let mut replay = replay_for(&sim);
    let replayed = layers(&sim, &["flood-sensors", "tide-gauges"]);
    let instants = HistoryReplay::replay_instants(sim.now_ms());

    replay.show_at(&replayed, Some(instants[0]));
    assert_eq!(
        settle(&mut replay),
        HistoryState::Showing { t_ms: instants[0] }
    );
    // The next hour arrives without being asked for.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !["flood-sensors", "tide-gauges"]
        .iter()
        .all(|id| replay.has_snapshot(id, instants[1]))
    {
        replay.poll();
        assert!(
            Instant::now() < deadline,
            "the next hour was not fetched ahead"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    replay.show_at(&replayed, Some(instants[1]));
    assert_eq!(replay.state(), &HistoryState::Showing { t_ms: instants[1] });

    for &t_ms in &instants[2..] {
        replay.show_at(&replayed, Some(t_ms));
        assert_eq!(settle(&mut replay), HistoryState::Showing { t_ms });
    }
    let first_pass: Vec<_> = instants
        .iter()
        .map(|&t_ms| {
            replay.show_at(&replayed, Some(t_ms));
            replay.features("tide-gauges").unwrap().to_vec()
        })
        .collect();

    // Whatever was fetched ahead has come back before the log is cleared.
    let deadline = Instant::now() + Duration::from_secs(30);
    while replay.fetching() {
        replay.poll();
        assert!(Instant::now() < deadline, "fetches never finished");
        std::thread::sleep(Duration::from_millis(5));
    }
    sim.clear_requests();
    for (&t_ms, features) in instants.iter().zip(&first_pass) {
        replay.show_at(&replayed, Some(t_ms));
        assert_eq!(replay.state(), &HistoryState::Showing { t_ms });
        assert_eq!(replay.features("tide-gauges").unwrap(), &features[..]);
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.requests());
    assert_ne!(first_pass[0], first_pass[12], "the tide moved");
}
