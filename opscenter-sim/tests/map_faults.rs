//! Faults of the map routes as a real HTTP client sees them: broken geometry, looping and
//! foreign `next` links, a lying `numberMatched`, one chosen page failing, tiles that are not
//! PNGs, and the admin endpoint's new fields.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{client, config, get, start};
use offline_cache::model::{FeatureCollection, Geometry};
use opscenter_sim::{Fault, FaultRule, Route, SimConfig, SimHandle};

async fn page(sim: &SimHandle, path: &str) -> FeatureCollection {
    let response = get(sim, path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

fn self_link(page: &FeatureCollection) -> &str {
    page.links
        .iter()
        .find(|link| link.rel.as_deref() == Some("self"))
        .map(|link| link.href.as_str())
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_geometry_arrives_as_valid_json() {
    let sim = start(config()).await;
    sim.set_fault_times(Route::Features, Fault::InvalidGeometry, 1);
    let broken = page(&sim, "/collections/wards/items?limit=5").await;
    let Some(Geometry::Polygon(rings)) = &broken.features[0].geometry else {
        panic!("{:?}", broken.features[0].geometry)
    };
    assert_ne!(
        rings[0].first(),
        rings[0].last(),
        "the ring should be left open"
    );
    let second = match &broken.features[1].geometry {
        Some(Geometry::Polygon(rings)) => rings[0][0],
        Some(Geometry::MultiPolygon(polygons)) => polygons[0][0][0],
        other => panic!("{other:?}"),
    };
    assert_eq!(second.lon, 500.0);
    // Only once: the next page is sound.
    let sound = page(&sim, "/collections/wards/items?limit=5").await;
    assert!(sound.features.iter().all(|f| {
        f.geometry
            .as_ref()
            .is_some_and(|g| !format!("{g:?}").contains("500.0"))
    }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_links_can_loop_or_leave_the_server() {
    let sim = start(config()).await;
    sim.set_fault_times(Route::Features, Fault::NextLoop, 1);
    let looping = page(&sim, "/collections/cameras/items?limit=100&offset=200").await;
    assert_eq!(looping.next_link(), Some(self_link(&looping)));
    assert!(self_link(&looping).contains("offset=200"));
    sim.set_fault_times(Route::Features, Fault::NextOtherHost, 1);
    let leaving = page(&sim, "/collections/cameras/items?limit=100").await;
    let next = leaving.next_link().unwrap();
    assert!(
        next.starts_with("http://example.invalid/collections/cameras/items?"),
        "{next}"
    );
    assert!(next.contains("offset=100"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn number_matched_can_lie() {
    let sim = start(config()).await;
    sim.set_fault(Route::Features, Fault::LyingNumberMatched);
    let mut served = 0;
    let mut claimed = 0;
    let mut next = Some(format!(
        "{}/collections/air-quality/items?limit=10",
        sim.url()
    ));
    while let Some(url) = next {
        let page: FeatureCollection = client()
            .get(&url)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        served += page.features.len() as u64;
        claimed = page.number_matched.unwrap();
        next = page.next_link().map(str::to_owned);
    }
    assert_eq!(served, 30);
    assert!(claimed > 1_000 * served, "{claimed} claimed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_three_of_five_fails_for_one_layer_only() {
    let sim = start(config()).await;
    sim.set_fault_rule(FaultRule {
        times: Some(1),
        skip: 2,
        layer_id: Some("air-quality".into()),
        ..FaultRule::new(Route::Features, Fault::Status(500))
    });
    let mut statuses = Vec::new();
    for offset in [0, 6, 12, 18, 24] {
        // Other layers are untouched and do not use up the skips.
        assert_eq!(
            get(&sim, "/collections/cameras/items?limit=5")
                .await
                .status(),
            200
        );
        let response = get(
            &sim,
            &format!("/collections/air-quality/items?limit=6&offset={offset}"),
        )
        .await;
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 500, 200, 200]);
    // A retry of the failed page succeeds.
    assert_eq!(
        get(&sim, "/collections/air-quality/items?limit=6&offset=12")
            .await
            .status(),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generic_faults_reach_the_map_routes() {
    let sim = start(config()).await;
    sim.set_fault_times(
        Route::Collections,
        Fault::Unavailable {
            retry_after_secs: 3,
        },
        1,
    );
    let response = get(&sim, "/collections").await;
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "3");
    sim.set_fault_times(Route::Features, Fault::TruncatedBody, 1);
    let response = get(&sim, "/collections/cameras/items").await;
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.is_err());
    sim.set_fault_times(Route::Features, Fault::MalformedJson, 1);
    let response = get(&sim, "/collections/cameras/items").await;
    assert!(response.json::<FeatureCollection>().await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiles_can_be_broken() {
    let sim = start(config()).await;
    let path = "/tiles/12/3262/1924.png";
    sim.set_fault_times(Route::Tiles, Fault::NotPng, 1);
    let response = get(&sim, path).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    let body = response.bytes().await.unwrap();
    assert!(tiny_skia::Pixmap::decode_png(&body).is_err());
    sim.set_fault_times(Route::Tiles, Fault::Status(503), 1);
    assert_eq!(get(&sim, path).await.status(), 503);
    sim.set_fault_times(Route::Tiles, Fault::TruncatedBody, 1);
    let response = get(&sim, path).await;
    assert!(response.bytes().await.is_err());
    let sound = get(&sim, path).await.bytes().await.unwrap();
    assert!(tiny_skia::Pixmap::decode_png(&sound).is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_endpoint_takes_the_new_fields() {
    let sim = start(SimConfig {
        admin_faults: true,
        ..config()
    })
    .await;
    let rules = r#"[{"route":"features","fault":{"kind":"next_loop"},"layer_id":"hospitals","skip":1,"times":1},
                    {"route":"tiles","fault":{"kind":"not_png"},"times":1}]"#;
    let response = client()
        .put(format!("{}/__sim/faults", sim.url()))
        .body(rules)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let first = page(&sim, "/collections/hospitals/items?limit=10").await;
    assert_ne!(first.next_link(), Some(self_link(&first)));
    let second = page(&sim, "/collections/hospitals/items?limit=10&offset=10").await;
    assert_eq!(second.next_link(), Some(self_link(&second)));
    let tile = get(&sim, "/tiles/10/815/480.png")
        .await
        .bytes()
        .await
        .unwrap();
    assert!(tiny_skia::Pixmap::decode_png(&tile).is_err());
}
