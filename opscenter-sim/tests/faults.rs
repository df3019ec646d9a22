//! Every injected fault, as a real HTTP client on 127.0.0.1 sees it.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{client, config, revalidate, start};
use offline_cache::model::{ApiError, LatestValues, SeriesPage};
use opscenter_sim::{Fault, FaultRule, Route, SimConfig, SimHandle};

async fn get(sim: &SimHandle, path: &str) -> reqwest::Result<reqwest::Response> {
    client().get(format!("{}{path}", sim.url())).send().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_and_unavailable() {
    let sim = start(config()).await;
    sim.set_fault(Route::Latest, Fault::Status(500));
    let response = get(&sim, "/api/v1/kpis/latest").await.unwrap();
    assert_eq!(response.status(), 500);
    let error: ApiError = response.json().await.unwrap();
    assert_eq!(error.error, "injected_fault");
    // Other routes are untouched.
    assert_eq!(get(&sim, "/api/v1/catalog").await.unwrap().status(), 200);

    sim.set_fault(
        Route::Latest,
        Fault::Unavailable {
            retry_after_secs: 7,
        },
    );
    let response = get(&sim, "/api/v1/kpis/latest").await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "7");

    sim.clear_faults();
    assert_eq!(
        get(&sim, "/api/v1/kpis/latest").await.unwrap().status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_can_run_out() {
    let sim = start(config()).await;
    sim.set_fault_times(Route::Catalog, Fault::Status(502), 2);
    let statuses = [
        get(&sim, "/api/v1/catalog").await.unwrap().status(),
        get(&sim, "/api/v1/catalog").await.unwrap().status(),
        get(&sim, "/api/v1/catalog").await.unwrap().status(),
    ];
    assert_eq!(statuses.map(|s| s.as_u16()), [502, 502, 200]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn series_faults_can_target_one_kpi() {
    let sim = start(config()).await;
    sim.set_fault_rule(FaultRule {
        kpi_id: Some("EN03".into()),
        ..FaultRule::new(Route::Series, Fault::Status(500))
    });
    assert_eq!(
        get(&sim, "/api/v1/kpis/EN03/series")
            .await
            .unwrap()
            .status(),
        500
    );
    assert_eq!(
        get(&sim, "/api/v1/kpis/MO06/series")
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delay_then_the_normal_answer_or_a_client_timeout() {
    let sim = start(config()).await;
    sim.set_fault_times(Route::Latest, Fault::Delay(Duration::from_millis(400)), 1);
    let started = Instant::now();
    let response = get(&sim, "/api/v1/kpis/latest").await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(400));
    response.json::<LatestValues>().await.unwrap();

    sim.set_fault_times(Route::Latest, Fault::Delay(Duration::from_secs(2)), 1);
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = impatient
        .get(format!("{}/api/v1/kpis/latest", sim.url()))
        .bearer_auth(common::TOKEN)
        .send()
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_body_is_a_body_error_not_a_short_success() {
    let sim = start(config()).await;
    let full = get(&sim, "/api/v1/kpis/MO02/series?from=0")
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    sim.set_fault(Route::Series, Fault::TruncatedBody);
    let response = get(&sim, "/api/v1/kpis/MO02/series?from=0").await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.content_length(), Some(full.len() as u64));
    let error = response.bytes().await.unwrap_err();
    assert!(error.is_body() || error.is_decode(), "{error}");
    // A streaming reader gets about half before the error.
    let response = get(&sim, "/api/v1/kpis/MO02/series?from=0").await.unwrap();
    let mut body = response.bytes_stream();
    let mut received = 0;
    let mut failed = false;
    use futures_util::StreamExt as _;
    while let Some(chunk) = body.next().await {
        match chunk {
            Ok(chunk) => received += chunk.len(),
            Err(_) => {
                failed = true;
                break;
            }
        }
    }
    assert!(failed, "the body ended cleanly");
    assert!(
        received > 0 && received < full.len(),
        "{received} of {}",
        full.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connection_is_an_error() {
    let sim = start(config()).await;
    sim.set_fault(Route::Latest, Fault::DropConnection);
    let outcome = match get(&sim, "/api/v1/kpis/latest").await {
        Ok(response) => response.bytes().await.map(|_| ()),
        Err(error) => Err(error),
    };
    assert!(
        outcome.is_err(),
        "a dropped connection looked like an answer"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_json_is_200_and_unparseable() {
    let sim = start(config()).await;
    sim.set_fault(Route::Catalog, Fault::MalformedJson);
    let response = get(&sim, "/api/v1/catalog").await.unwrap();
    assert_eq!(response.status(), 200);
    let body = response.bytes().await.unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&body).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_value_type_is_valid_json_of_the_wrong_shape() {
    let sim = start(config()).await;
    sim.set_fault(Route::Latest, Fault::WrongValueType);
    let body = get(&sim, "/api/v1/kpis/latest")
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(json["values"][0]["value"].as_str().unwrap().ends_with('x'));
    assert!(serde_json::from_slice::<LatestValues>(&body).is_err());

    sim.set_fault(Route::Series, Fault::WrongValueType);
    let body = get(&sim, "/api/v1/kpis/MO06/series")
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&body).is_ok());
    assert!(serde_json::from_slice::<SeriesPage>(&body).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_kpi_is_named() {
    let sim = start(config()).await;
    sim.set_fault(Route::Latest, Fault::UnknownKpi);
    let latest: LatestValues = get(&sim, "/api/v1/kpis/latest")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        latest
            .values
            .iter()
            .any(|value| value.kpi_id == opscenter_sim::UNKNOWN_KPI_ID)
    );
    assert!(sim.catalog().kpi(opscenter_sim::UNKNOWN_KPI_ID).is_none());
    sim.set_fault(Route::Series, Fault::UnknownKpi);
    let page: SeriesPage = get(&sim, "/api/v1/kpis/EN03/series")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page.kpi_id, "ZZ99");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_body_is_valid_and_huge() {
    let sim = start(config()).await;
    let bytes = 3 * 1024 * 1024;
    sim.set_fault(Route::Alerts, Fault::OversizedBody { bytes });
    let response = get(&sim, "/api/v1/alerts").await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.content_length(), Some(bytes as u64));
    let body = response.bytes().await.unwrap();
    assert_eq!(body.len(), bytes);
    serde_json::from_slice::<offline_cache::model::AlertsPage>(&body).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fault_wins_over_a_matching_etag() {
    let sim = start(config()).await;
    let path = "/api/v1/catalog";
    let first = get(&sim, path).await.unwrap();
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    sim.set_fault_times(Route::Catalog, Fault::Status(500), 1);
    let response = revalidate(&sim, path, &etag).await;
    assert_eq!(response.status(), 500);
    let response = revalidate(&sim, path, &etag).await;
    assert_eq!(response.status(), 304);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_faults() {
    let sim = start(config()).await;
    sim.set_fault_times(Route::Stream, Fault::Status(500), 1);
    assert_eq!(get(&sim, "/api/v1/stream").await.unwrap().status(), 500);
    sim.set_fault_times(Route::Stream, Fault::TruncatedBody, 1);
    let response = get(&sim, "/api/v1/stream").await.unwrap();
    assert_eq!(response.status(), 200);
    let outcome = tokio::time::timeout(Duration::from_secs(5), response.bytes())
        .await
        .unwrap();
    assert!(outcome.is_err(), "the stream ended cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_over_http_only_when_enabled() {
    let closed = start(config()).await;
    let response = client()
        .put(format!("{}/__sim/faults", closed.url()))
        .body("[]")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);

    let sim = start(SimConfig {
        admin_faults: true,
        ..config()
    })
    .await;
    let admin = format!("{}/__sim/faults", sim.url());
    let rules = r#"[{"route":"latest","fault":{"kind":"status","code":500},"times":2}]"#;
    let response = client().put(&admin).body(rules).send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        get(&sim, "/api/v1/kpis/latest").await.unwrap().status(),
        500
    );
    let response = client().delete(&admin).send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(
        get(&sim, "/api/v1/kpis/latest").await.unwrap().status(),
        200
    );
    let response = client().put(&admin).body("{not json").send().await.unwrap();
    assert_eq!(response.status(), 400);
    // The admin endpoint needs the token like the API.
    let response = reqwest::Client::new().delete(&admin).send().await.unwrap();
    assert_eq!(response.status(), 401);
}
