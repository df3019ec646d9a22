//! What a shared cache may keep of each answer: `Cache-Control` on the live edge lasts until the
//! next reading is due, a series page in the past a day, revalidation keeps the header, answers
//! vary by token and encoding, and broken or failed answers say nothing a cache could keep.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{START_MS, config, get, revalidate, start};
use opscenter_sim::{Fault, Route, SimConfig};

fn cache_control(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("cache-control")
        .map(|value| value.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// The `max-age` of a `public` answer, or `None` when it may not be kept.
fn max_age(response: &reqwest::Response) -> Option<u64> {
    cache_control(response)
        .strip_prefix("public, max-age=")
        .map(|secs| secs.parse().unwrap())
}

/// A clock at real-time speed, started at 08:30:00 city time: the next reading of the live
/// KPIs is due a minute after the start.
fn real_time() -> SimConfig {
    SimConfig {
        speed: 1.0,
        ..config()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_series_page_that_ended_in_the_past_keeps_a_day_and_revalidates() {
    let sim = start(real_time()).await;
    let path = format!(
        "/api/v1/kpis/PS01/series?from={}&to={}&limit=50",
        START_MS - 3_600_000,
        START_MS - 60_000
    );
    let first = get(&sim, &path).await;
    assert_eq!(first.status(), 200);
    assert_eq!(cache_control(&first), "public, max-age=86400");
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let again = revalidate(&sim, &path, &etag).await;
    assert_eq!(again.status(), 304);
    assert_eq!(cache_control(&again), "public, max-age=86400");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_edge_is_kept_until_the_next_reading_is_due() {
    let sim = start(real_time()).await;
    // The live KPIs' next reading is due within a minute, less the margin for whole seconds.
    for path in [
        "/api/v1/catalog",
        "/api/v1/kpis/latest",
        "/api/v1/alerts",
        "/api/v1/kpis/PS01/series",
        "/api/v1/kpis/PS01/series?from=0",
    ] {
        let response = get(&sim, path).await;
        assert_eq!(response.status(), 200, "{path}");
        let secs = max_age(&response).unwrap_or_else(|| panic!("{path}: not public"));
        assert!((50..=58).contains(&secs), "{path}: max-age={secs}");
    }
    // A daily KPI's next reading is hours away: its page at the live edge keeps a minute at most.
    let daily = get(&sim, "/api/v1/kpis/CY01/series").await;
    assert_eq!(max_age(&daily), Some(60));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clock_faster_than_a_cache_can_count_is_never_kept() {
    // A simulated minute a wall second: the next reading is always under a second away.
    let sim = start(SimConfig {
        speed: 60.0,
        ..config()
    })
    .await;
    let latest = get(&sim, "/api/v1/kpis/latest").await;
    assert_eq!(cache_control(&latest), "no-cache");
    let past = get(&sim, "/api/v1/kpis/PS01/series?from=0&to=1").await;
    assert_eq!(cache_control(&past), "public, max-age=86400");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_vary_by_token_and_encoding() {
    let sim = start(config()).await;
    let latest = get(&sim, "/api/v1/kpis/latest").await;
    let vary: Vec<String> = latest
        .headers()
        .get_all("vary")
        .iter()
        .flat_map(|value| value.to_str().unwrap().split(','))
        .map(|name| name.trim().to_ascii_lowercase())
        .collect();
    assert!(vary.contains(&"authorization".to_owned()), "{vary:?}");
    assert!(vary.contains(&"accept-encoding".to_owned()), "{vary:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_broken_and_host_bound_answers_are_not_kept() {
    let sim = start(config()).await;
    sim.set_fault(Route::Latest, Fault::Status(500));
    let failed = get(&sim, "/api/v1/kpis/latest").await;
    assert_eq!(failed.status(), 500);
    assert_eq!(cache_control(&failed), "");
    sim.set_fault(Route::Latest, Fault::MalformedJson);
    let broken = get(&sim, "/api/v1/kpis/latest").await;
    assert_eq!(broken.status(), 200);
    assert_eq!(cache_control(&broken), "");
    sim.clear_faults();
    let unknown = get(&sim, "/api/v1/kpis/NOPE/series").await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(cache_control(&unknown), "");
    let collections = get(&sim, "/collections").await;
    assert_eq!(cache_control(&collections), "no-cache");
}
