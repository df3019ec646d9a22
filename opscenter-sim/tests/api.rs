//! API v1 as a client sees it on 127.0.0.1: auth, catalog, latest, series paging, alerts
//! paging, ETags, gzip, errors and the event stream.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Read as _;
use std::time::Duration;

use common::{START_MS, TOKEN, client, config, get, get_json, revalidate, start};
use futures_util::StreamExt as _;
use offline_cache::model::{AlertsPage, ApiError, Catalog, LatestValues, Observation, SeriesPage};
use opscenter_sim::SimConfig;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalog_says_simulated_and_lists_36_kpis() {
    let sim = start(config()).await;
    let catalog: Catalog = serde_json::from_value(get_json(&sim, "/api/v1/catalog").await).unwrap();
    assert_eq!(catalog.api_version, "1");
    assert!(catalog.simulated);
    assert_eq!(catalog.city.name.vi, "Thành phố Hồ Chí Minh");
    assert_eq!(catalog.city.time_zone, "Asia/Ho_Chi_Minh");
    assert_eq!(
        catalog.data_notice.en,
        "Simulated demo data: not the city's real figures"
    );
    assert_eq!(catalog.server_time_ms, START_MS);
    assert_eq!(catalog.kpis.len(), 36);
    assert_eq!(catalog, sim.catalog());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latest_values_match_the_series() {
    let sim = start(config()).await;
    let latest: LatestValues =
        serde_json::from_value(get_json(&sim, "/api/v1/kpis/latest").await).unwrap();
    assert_eq!(latest.server_time_ms, START_MS);
    assert_eq!(latest.values.len(), 36);
    for value in &latest.values {
        let series = sim.series(&value.kpi_id, i64::MIN, i64::MAX);
        let last = series.last().unwrap();
        assert_eq!(
            (last.t_ms, last.value),
            (value.t_ms, value.value),
            "{}",
            value.kpi_id
        );
        assert!(value.t_ms <= START_MS);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth_is_required_and_the_token_never_echoed() {
    let sim = start(config()).await;
    let plain = reqwest::Client::new();
    for token in [None, Some("not-the-token")] {
        let mut request = plain.get(format!("{}/api/v1/kpis/latest", sim.url()));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 401);
        let challenge = response.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(challenge.starts_with("Bearer"), "{challenge}");
        let body = response.text().await.unwrap();
        assert!(!body.contains("not-the-token"));
        let error: ApiError = serde_json::from_str(&body).unwrap();
        assert_eq!(error.error, "unauthorized");
    }
    for open in ["/api/v1/openapi.json", "/healthz"] {
        let response = plain
            .get(format!("{}{open}", sim.url()))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{open}");
    }
    let health = plain
        .get(format!("{}/healthz", sim.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(health.text().await.unwrap(), "ok");
    // Without a token configured, everything is open.
    let open_sim = start(SimConfig {
        token: None,
        ..config()
    })
    .await;
    let response = plain
        .get(format!("{}/api/v1/catalog", open_sim.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_json() {
    let sim = start(config()).await;
    let cases = [
        ("/api/v1/kpis/ZZ99/series", 404, "not_found"),
        ("/api/v1/nothing-here", 404, "not_found"),
        (
            "/api/v1/kpis/EN03/series?from=yesterday",
            400,
            "bad_request",
        ),
        ("/api/v1/kpis/EN03/series?limit=0", 400, "bad_request"),
        (
            "/api/v1/kpis/EN03/series?to=9999999999999999999",
            400,
            "bad_request",
        ),
        ("/api/v1/alerts?since=garbage", 400, "bad_request"),
    ];
    for (path, status, code) in cases {
        let response = get(&sim, path).await;
        assert_eq!(response.status(), status, "{path}");
        let error: ApiError = response.json().await.unwrap();
        assert_eq!(error.error, code, "{path}");
    }
    // A window that ends before it starts is empty, not an error.
    let empty = page(&sim, "/api/v1/kpis/EN03/series?from=2000&to=1000").await;
    assert!(empty.points.is_empty() && empty.next.is_none());
    let response = client()
        .post(format!("{}/api/v1/catalog", sim.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
}

async fn page(sim: &opscenter_sim::SimHandle, path: &str) -> SeriesPage {
    serde_json::from_value(get_json(sim, path).await).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn series_pages_concatenate_to_the_whole_window() {
    let sim = start(config()).await;
    let whole = page(&sim, "/api/v1/kpis/MO02/series?from=0&limit=50000").await;
    assert!(whole.next.is_none());
    // Three days of a live KPI, less the odd missed reading.
    assert!(
        whole.points.len() > 4_300 && whole.points.len() <= 4_321,
        "{}",
        whole.points.len()
    );
    assert_eq!(whole.to_ms, START_MS);
    assert_eq!(whole.from_ms, START_MS - 3 * 86_400_000);
    assert_eq!(whole.points, sim.series("MO02", 0, i64::MAX));

    let mut path = "/api/v1/kpis/MO02/series?from=0&limit=1000".to_owned();
    let mut paged: Vec<Observation> = Vec::new();
    let mut pages = 0;
    loop {
        let page = page(&sim, &path).await;
        pages += 1;
        assert!(page.points.len() <= 1_000);
        paged.extend(&page.points);
        let Some(next) = page.next else { break };
        assert!(next.starts_with("/api/v1/kpis/MO02/series?from="), "{next}");
        assert!(next.contains(&format!("to={START_MS}")), "{next}");
        path = next;
    }
    assert_eq!(paged, whole.points);
    assert!(
        paged.windows(2).all(|w| w[0].t_ms < w[1].t_ms),
        "duplicates or disorder"
    );
    assert_eq!(pages, whole.points.len().div_ceil(1_000));

    // Defaults: the last seven days (clamped to three of history), up to the default limit.
    let default = page(&sim, "/api/v1/kpis/EN03/series").await;
    assert_eq!(default.points, sim.series("EN03", 0, i64::MAX));
    // RFC 3339 bounds work too, and bounds are inclusive.
    let first = whole.points[10].t_ms;
    let rfc = chrono_free_rfc3339(first);
    let narrow = page(
        &sim,
        &format!("/api/v1/kpis/MO02/series?from={rfc}&to={first}"),
    )
    .await;
    assert_eq!(narrow.points.len(), 1);
    assert_eq!(narrow.points[0].t_ms, first);
}

/// `t_ms` as RFC 3339 UTC with milliseconds, without pulling chrono into the tests.
fn chrono_free_rfc3339(t_ms: i64) -> String {
    let secs = t_ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = opscenter_sim::calendar::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        t_ms.rem_euclid(1000)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alerts_page_with_a_cursor() {
    let sim = start(SimConfig {
        start_ms: 1_761_955_200_000, // 2025-11-01, spring tides and storms
        history_days: 30,
        ..config()
    })
    .await;
    let all: AlertsPage = serde_json::from_value(get_json(&sim, "/api/v1/alerts").await).unwrap();
    assert!(!all.has_more);
    assert!(
        all.alerts.len() >= 10,
        "only {} alerts in 30 days",
        all.alerts.len()
    );
    assert_eq!(all, sim.alerts());
    let mut since = String::new();
    let mut paged = Vec::new();
    loop {
        let page: AlertsPage = serde_json::from_value(
            get_json(&sim, &format!("/api/v1/alerts?limit=4&since={since}")).await,
        )
        .unwrap();
        paged.extend(page.alerts);
        since = page.next_cursor;
        if !page.has_more {
            break;
        }
    }
    assert_eq!(paged, all.alerts);
    let mut ids: Vec<&str> = paged.iter().map(|alert| alert.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), paged.len(), "an alert came twice");
    let after: AlertsPage =
        serde_json::from_value(get_json(&sim, &format!("/api/v1/alerts?since={since}")).await)
            .unwrap();
    assert!(after.alerts.is_empty() && !after.has_more);
    assert_eq!(after.next_cursor, since);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn etags_give_304_and_stay_stable_on_a_frozen_clock() {
    let sim = start(config()).await;
    let paths = [
        "/api/v1/catalog",
        "/api/v1/kpis/latest",
        "/api/v1/kpis/EN03/series?from=0",
        "/api/v1/alerts",
    ];
    for path in paths {
        let first = get(&sim, path).await;
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        assert!(etag.starts_with("W/\""), "{etag}");
        let again = get(&sim, path).await;
        assert_eq!(again.headers()["etag"], etag.as_str(), "{path}");
        let cached = revalidate(&sim, path, &etag).await;
        assert_eq!(cached.status(), 304, "{path}");
        assert_eq!(cached.headers()["etag"], etag.as_str());
        assert!(cached.bytes().await.unwrap().is_empty());
        let stale = revalidate(&sim, path, "W/\"0\"").await;
        assert_eq!(stale.status(), 200);
    }
    let requests = sim.requests();
    let conditional: Vec<_> = requests
        .iter()
        .filter(|r| r.if_none_match.is_some())
        .collect();
    assert_eq!(conditional.len(), 2 * paths.len());
    assert!(
        conditional
            .iter()
            .any(|r| r.status == 304 && r.path == "/api/v1/kpis/EN03/series?from=0")
    );
    sim.clear_requests();
    assert!(sim.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_are_gzipped_when_asked() {
    let sim = start(config()).await;
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let url = format!("{}/api/v1/kpis/MO02/series?from=0&limit=50000", sim.url());
    let response = raw
        .get(&url)
        .bearer_auth(TOKEN)
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    assert!(response.headers().contains_key("etag"));
    let compressed = response.bytes().await.unwrap();
    let mut json = String::new();
    flate2::read::GzDecoder::new(&compressed[..])
        .read_to_string(&mut json)
        .unwrap();
    let page: SeriesPage = serde_json::from_str(&json).unwrap();
    assert!(
        compressed.len() * 3 < json.len(),
        "{} -> {}",
        json.len(),
        compressed.len()
    );
    assert_eq!(page.points, sim.series("MO02", 0, i64::MAX));
    let plain = raw.get(&url).bearer_auth(TOKEN).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn same_seed_same_bytes_other_seed_other_data() {
    let a = start(config()).await;
    let b = start(config()).await;
    let c = start(SimConfig {
        seed: 7,
        ..config()
    })
    .await;
    for path in [
        "/api/v1/kpis/latest",
        "/api/v1/kpis/EN03/series?from=0",
        "/api/v1/alerts",
    ] {
        assert_eq!(get_json(&a, path).await, get_json(&b, path).await, "{path}");
    }
    assert_ne!(
        get_json(&a, "/api/v1/kpis/MO06/series?from=0").await,
        get_json(&c, "/api/v1/kpis/MO06/series?from=0").await
    );
}

/// Reads the stream until `wanted` events arrived, or fails after `timeout`.
async fn read_events(
    response: reqwest::Response,
    wanted: usize,
    timeout: Duration,
) -> Vec<(String, String, String)> {
    let mut body = response.bytes_stream();
    let mut text = String::new();
    let mut events = Vec::new();
    let deadline = tokio::time::Instant::now() + timeout;
    while events.len() < wanted {
        let chunk = tokio::time::timeout_at(deadline, body.next())
            .await
            .unwrap_or_else(|_| panic!("only {} events before the deadline: {text}", events.len()))
            .unwrap()
            .unwrap();
        text.push_str(std::str::from_utf8(&chunk).unwrap());
        while let Some(end) = text.find("\n\n") {
            let block: String = text.drain(..end + 2).collect();
            let field = |name: &str| {
                block
                    .lines()
                    .find_map(|line| line.strip_prefix(&format!("{name}:")))
                    .map(|value| value.trim().to_owned())
                    .unwrap_or_default()
            };
            if !field("event").is_empty() {
                events.push((field("event"), field("id"), field("data")));
            }
        }
    }
    events
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_sends_new_latest_values_as_the_clock_runs() {
    // Ten simulated minutes a second: live KPIs advance every tick.
    let sim = start(SimConfig {
        speed: 600.0,
        ..config()
    })
    .await;
    let response = get(&sim, "/api/v1/stream").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let events = read_events(response, 4, Duration::from_secs(10)).await;
    let mut previous_id = i64::MIN;
    for (event, id, data) in &events {
        assert_eq!(event, "kpi");
        let value: offline_cache::model::LatestValue = serde_json::from_str(data).unwrap();
        let id: i64 = id.parse().unwrap();
        assert_eq!(id, value.t_ms);
        assert!(id >= previous_id);
        assert!(value.t_ms > START_MS);
        previous_id = id;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_catches_up_after_last_event_id() {
    let sim = start(config()).await;
    let since = START_MS - 10 * 60_000;
    let response = client()
        .get(format!("{}/api/v1/stream", sim.url()))
        .header("Last-Event-ID", since.to_string())
        .send()
        .await
        .unwrap();
    let newer: Vec<_> = sim
        .latest_values()
        .values
        .into_iter()
        .filter(|v| v.t_ms > since)
        .collect();
    assert!(newer.len() >= 8, "live and five-minute KPIs are newer");
    let events = read_events(response, newer.len(), Duration::from_secs(5)).await;
    let mut ids: Vec<i64> = Vec::new();
    for (event, id, data) in &events {
        assert_eq!(event, "kpi");
        let value: offline_cache::model::LatestValue = serde_json::from_str(data).unwrap();
        assert!(newer.contains(&value), "{data}");
        ids.push(id.parse().unwrap());
    }
    assert!(ids.windows(2).all(|w| w[0] <= w[1]));
}
