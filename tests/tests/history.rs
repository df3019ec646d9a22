//! Layers at past instants (`fetch_layer_at`) against the simulator on loopback: what comes back
//! is what plain HTTP gets for that instant, differs from now, stops at the feature cap, and an
//! instant outside the history fails with the server's own message.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use citydash_e2e::pygeoapi::{Pygeoapi, pygeoapi_or_skip};
use citydash_e2e::{TEST_TOKEN, frozen_sim};
use offline_cache::http::{Client, ClientConfig};
use offline_cache::model::units::HOUR_MS;
use offline_cache::model::{Feature, FeatureCollection};
use offline_cache::sync::{
    HistoryError, LayerSnapshot, fetch_layer_at, layer_keeps_history, rfc3339_ms,
};
use offline_cache::{Error, Result};
use opscenter_sim::SimHandle;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn client(sim: &SimHandle) -> Client {
    Client::new(&ClientConfig::new(sim.url(), Some(TEST_TOKEN.into()))).unwrap()
}

fn snapshot(
    sim: &SimHandle,
    layer_id: &str,
    t_ms: i64,
    page_limit: usize,
    max_features: usize,
) -> Result<LayerSnapshot, HistoryError> {
    runtime().block_on(fetch_layer_at(
        &client(sim),
        layer_id,
        t_ms,
        page_limit,
        max_features,
    ))
}

fn items_url(sim: &SimHandle, layer_id: &str, t_ms: i64) -> reqwest::Url {
    let mut url =
        reqwest::Url::parse(&format!("{}/collections/{layer_id}/items", sim.url())).unwrap();
    url.query_pairs_mut()
        .append_pair("datetime", &rfc3339_ms(t_ms).unwrap())
        .append_pair("limit", "10000");
    url
}

/// The layer at `t_ms` as plain HTTP gets it in one page.
fn served_at(sim: &SimHandle, layer_id: &str, t_ms: i64) -> Vec<Feature> {
    runtime().block_on(async {
        let page: FeatureCollection = reqwest::Client::new()
            .get(items_url(sim, layer_id, t_ms))
            .bearer_auth(TEST_TOKEN)
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(page.next_link().is_none(), "one page holds the layer");
        page.features
    })
}

#[test]
fn six_hours_ago_is_what_the_server_served_then_and_not_now() {
    let sim = frozen_sim(2);
    let now_ms = sim.now_ms();
    let then_ms = now_ms - 6 * HOUR_MS;

    // Small pages, so the snapshot is put together from several.
    let then = snapshot(&sim, "flood-sensors", then_ms, 7, 100_000).unwrap();
    assert_eq!(then.layer_id, "flood-sensors");
    assert_eq!(then.t_ms, then_ms);
    assert!(!then.truncated);
    assert!(then.features.len() > 7, "{} features", then.features.len());
    assert_eq!(then.features, served_at(&sim, "flood-sensors", then_ms));

    let now = snapshot(&sim, "flood-sensors", now_ms, 10_000, 100_000).unwrap();
    assert_eq!(now.features.len(), then.features.len());
    assert_ne!(now.features, then.features);
    assert_eq!(now.features, served_at(&sim, "flood-sensors", now_ms));

    // The tide moves in six hours: the readings themselves differ, not only their times.
    let levels = |features: &[Feature]| -> Vec<serde_json::Value> {
        features
            .iter()
            .map(|feature| feature.properties.as_ref().unwrap()["level_m"].clone())
            .collect()
    };
    let tide_then = snapshot(&sim, "tide-gauges", then_ms, 10_000, 100_000).unwrap();
    let tide_now = snapshot(&sim, "tide-gauges", now_ms, 10_000, 100_000).unwrap();
    assert_ne!(levels(&tide_then.features), levels(&tide_now.features));
}

#[test]
fn a_snapshot_stops_at_the_feature_cap_and_says_so() {
    let sim = frozen_sim(1);
    let t_ms = sim.now_ms() - HOUR_MS;
    let whole = snapshot(&sim, "cameras", t_ms, 10_000, usize::MAX).unwrap();
    assert!(!whole.truncated);

    let capped = snapshot(&sim, "cameras", t_ms, 25, 60).unwrap();
    assert!(capped.truncated);
    assert_eq!(capped.features[..], whole.features[..60]);

    let exact = snapshot(&sim, "cameras", t_ms, 10_000, whole.features.len()).unwrap();
    assert!(!exact.truncated);
    assert_eq!(exact.features, whole.features);
}

#[test]
fn an_instant_outside_the_history_fails_with_the_servers_message() {
    let sim = frozen_sim(1);
    let long_ago_ms = sim.now_ms() - 3 * 24 * HOUR_MS;
    match snapshot(&sim, "flood-sensors", long_ago_ms, 1_000, 100_000) {
        Err(HistoryError::Fetch(Error::Http {
            status: 404,
            message: Some(message),
            ..
        })) => assert!(message.contains("outside the history"), "{message}"),
        other => panic!("expected the server's refusal, got {other:?}"),
    }
    let future_ms = sim.now_ms() + 24 * HOUR_MS;
    assert!(matches!(
        snapshot(&sim, "flood-sensors", future_ms, 1_000, 100_000),
        Err(HistoryError::Fetch(Error::Http { status: 404, .. }))
    ));
}

#[test]
fn an_unknown_layer_is_a_plain_failure_not_missing_history() {
    let sim = frozen_sim(1);
    let t_ms = sim.now_ms() - HOUR_MS;
    assert!(matches!(
        snapshot(&sim, "no-such-layer", t_ms, 1_000, 100_000),
        Err(HistoryError::Fetch(Error::Http { status: 404, .. }))
    ));
}

#[test]
fn the_simulator_keeps_history_of_time_varying_layers_only() {
    let sim = frozen_sim(1);
    let keeps = |layer_id: &str| runtime().block_on(layer_keeps_history(&client(&sim), layer_id));
    assert!(keeps("flood-sensors").unwrap());
    assert!(keeps("incidents").unwrap());
    assert!(!keeps("wards").unwrap());
    assert!(keeps("no-such-layer").is_err());
}

/// pygeoapi answers `datetime` on a collection without a time extent with the features as they
/// are: only the collection's description tells that it keeps no history.
#[test]
fn a_peer_without_a_time_extent_keeps_no_history() {
    let Some(executable) = pygeoapi_or_skip() else {
        return;
    };
    let geojson = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"a",
        "geometry":{"type":"Point","coordinates":[106.7,10.8]},"properties":{"name":"A"}}]}"#;
    let server = Pygeoapi::start(&executable, "peer", geojson, 10);
    let client = Client::new(&ClientConfig::new(server.url.clone(), None)).unwrap();
    let keeps = runtime().block_on(layer_keeps_history(&client, "peer"));
    assert!(!keeps.unwrap());
}
