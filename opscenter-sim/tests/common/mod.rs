//! Shared helpers: a simulator on 127.0.0.1 (served from an already-bound listener, so no
//! sleeps) with a frozen clock, and an HTTP client that talks to it.

// Test support: a failed expectation here is a failed test.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use opscenter_sim::{SimConfig, SimHandle};
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};

pub const TOKEN: &str = "test-token";
/// 2026-03-01T08:30:00+07:00, a Sunday morning in the dry season.
pub const START_MS: i64 = 1_772_328_600_000;

pub fn config() -> SimConfig {
    SimConfig {
        seed: 42,
        start_ms: START_MS,
        speed: 0.0,
        history_days: 3,
        token: Some(TOKEN.into()),
        ..SimConfig::default()
    }
}

pub async fn start(config: SimConfig) -> SimHandle {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    opscenter_sim::serve(listener, config).await.unwrap()
}

/// A client that sends the test token (and accepts gzip, as reqwest does by default).
pub fn client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {TOKEN}")).unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

/// `GET` of `path` on the simulator with the test token.
pub async fn get(sim: &SimHandle, path: &str) -> reqwest::Response {
    client()
        .get(format!("{}{path}", sim.url()))
        .send()
        .await
        .unwrap()
}

/// `GET` of `path` with `If-None-Match: etag`, as a caching client revalidates.
pub async fn revalidate(sim: &SimHandle, path: &str, etag: &str) -> reqwest::Response {
    client()
        .get(format!("{}{path}", sim.url()))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap()
}

pub async fn get_json(sim: &SimHandle, path: &str) -> serde_json::Value {
    let response = get(sim, path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}
