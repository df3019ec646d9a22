//! OGC API - Features as a real client sees it: the landing page and collections, paging that
//! concatenates to the whole layer, bbox and datetime, ETags and gzip, the benchmark layer.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use common::{START_MS, client, config, get, get_json, revalidate, start};
use offline_cache::model::{Catalog, Collections, FeatureCollection, Geometry};
use opscenter_sim::{SimConfig, SimHandle};

async fn page(sim: &SimHandle, path_or_url: &str) -> FeatureCollection {
    let url = if path_or_url.starts_with("http") {
        path_or_url.to_owned()
    } else {
        format!("{}{path_or_url}", sim.url())
    };
    let response = client().get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200, "{url}");
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    response.json().await.unwrap()
}

/// Every page from `first`, following `next` links; checks the counts on the way.
async fn all_pages(sim: &SimHandle, first: &str) -> (Vec<FeatureCollection>, Vec<String>) {
    let mut pages = Vec::new();
    let mut ids = Vec::new();
    let mut next = Some(first.to_owned());
    while let Some(link) = next {
        let page = page(sim, &link).await;
        assert_eq!(page.number_returned, Some(page.features.len() as u64));
        ids.extend(
            page.features
                .iter()
                .map(|f| f.id.as_ref().unwrap().to_string()),
        );
        next = page.next_link().map(str::to_owned);
        if let Some(next) = &next {
            assert!(
                next.starts_with(&sim.url()),
                "next link {next} is not absolute"
            );
        }
        pages.push(page);
        assert!(pages.len() < 1_000, "runaway paging");
    }
    (pages, ids)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalog_lists_layers_and_the_basemap() {
    let sim = start(config()).await;
    let catalog: Catalog = serde_json::from_value(get_json(&sim, "/api/v1/catalog").await).unwrap();
    assert_eq!(catalog.layers.len(), 12);
    let basemap = catalog.basemap.unwrap();
    assert_eq!(basemap.tile_url, "/tiles/{z}/{x}/{y}.png");
    assert_eq!(
        (basemap.min_zoom, basemap.max_zoom, basemap.tile_size),
        (8, 16, 256)
    );
    assert!(basemap.attribution.en.contains("OpenStreetMap"));
    assert!(basemap.attribution.vi.contains("OpenStreetMap"));
    let wards = &catalog.layers[0];
    assert_eq!(wards.id, "wards");
    assert!(wards.description.en.contains("demo shapes") && wards.simulated);
    let landing = get_json(&sim, "/").await;
    let rels: Vec<&str> = landing["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert_eq!(rels, ["self", "service-desc", "conformance", "data"]);
    let conformance = get_json(&sim, "/conformance").await;
    assert!(
        conformance["conformsTo"]
            .to_string()
            .contains("ogcapi-features-1/1.0/conf/geojson")
    );
    let collections: Collections =
        serde_json::from_value(get_json(&sim, "/collections").await).unwrap();
    let ids: Vec<&str> = collections
        .collections
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let catalog_ids: Vec<&str> = catalog.layers.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids, catalog_ids,
        "bench-points is served only when configured"
    );
    let cameras = &collections.collections[4];
    assert!(cameras.extent.as_ref().unwrap()["temporal"]["interval"].is_array());
    assert!(
        cameras
            .links
            .iter()
            .any(|l| l.rel.as_deref() == Some("items"))
    );
    let missing = get(&sim, "/collections/nowhere/items").await;
    assert_eq!(missing.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_concatenate_to_the_whole_layer() {
    let sim = start(config()).await;
    let whole = page(&sim, "/collections/cameras/items?limit=10000").await;
    assert_eq!(whole.number_matched, Some(1_520));
    assert!(whole.next_link().is_none());
    let (pages, ids) = all_pages(&sim, "/collections/cameras/items?limit=400").await;
    assert_eq!(pages.len(), 4);
    assert!(pages.iter().all(|p| p.number_matched == Some(1_520)));
    assert!(pages.last().unwrap().next_link().is_none());
    let whole_ids: Vec<String> = whole
        .features
        .iter()
        .map(|f| f.id.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(ids, whole_ids);
    let concatenated: Vec<_> = pages.into_iter().flat_map(|p| p.features).collect();
    assert_eq!(concatenated, whole.features);
    assert_eq!(sim.layer_features("cameras").unwrap(), whole.features);
    assert!(sim.layer_features("bench-points").is_none());
    assert!(sim.layer_features("nowhere").is_none());
    // The default page is 1,000 features; limits above 10,000 are capped.
    assert_eq!(
        page(&sim, "/collections/cameras/items")
            .await
            .features
            .len(),
        1_000
    );
    let wards = page(&sim, "/collections/wards/items?limit=99999").await;
    assert_eq!(wards.features.len(), 168);
    assert!(wards.features.iter().all(|f| matches!(
        f.geometry,
        Some(Geometry::Polygon(_) | Geometry::MultiPolygon(_))
    )));
    // One feature by id, as the pages have it.
    let one = get_json(&sim, "/collections/cameras/items/cam-0042").await;
    let listed = whole
        .features
        .iter()
        .find(|f| f.id.as_ref().unwrap().to_string() == "cam-0042")
        .unwrap();
    assert_eq!(
        one["properties"],
        serde_json::to_value(&listed.properties).unwrap()
    );
    assert!(
        one["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["rel"] == "collection")
    );
    let missing = get(&sim, "/collections/cameras/items/cam-9999").await;
    assert_eq!(missing.status(), 404);
    // Past the end: empty, no next.
    let beyond = page(&sim, "/collections/cameras/items?offset=5000").await;
    assert!(beyond.features.is_empty() && beyond.next_link().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bbox_keeps_what_meets_the_box() {
    let sim = start(config()).await;
    let bbox = "106.68,10.76,106.72,10.80";
    let inside = page(
        &sim,
        &format!("/collections/cameras/items?bbox={bbox}&limit=10000"),
    )
    .await;
    let n = inside.features.len();
    assert!(n > 20 && n < 1_520, "{n} cameras in the centre");
    assert_eq!(inside.number_matched, Some(n as u64));
    for feature in &inside.features {
        let Some(Geometry::Point(p)) = feature.geometry else {
            panic!()
        };
        assert!((106.68..=106.72).contains(&p.lon) && (10.76..=10.80).contains(&p.lat));
    }
    // Lines and polygons are kept when their envelope meets the box.
    let wards = page(&sim, &format!("/collections/wards/items?bbox={bbox}")).await;
    assert!(wards.features.len() >= 3 && wards.features.len() < 40);
    let next = page(
        &sim,
        &format!("/collections/cameras/items?bbox={bbox}&limit=5"),
    )
    .await;
    assert!(
        next.next_link()
            .unwrap()
            .contains("bbox=106.68,10.76,106.72,10.80")
    );
    let bad = get(&sim, "/collections/cameras/items?bbox=1,2").await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn datetime_asks_the_past_of_time_varying_layers() {
    let sim = start(config()).await;
    let at = |hours_ago: i64| {
        chrono::DateTime::from_timestamp_millis(START_MS - hours_ago * 3_600_000)
            .unwrap()
            .to_rfc3339()
            .replace('+', "%2B")
    };
    let now = page(&sim, "/collections/tide-gauges/items").await;
    let earlier = page(
        &sim,
        &format!("/collections/tide-gauges/items?datetime={}", at(5)),
    )
    .await;
    let level =
        |p: &FeatureCollection| p.features[0].properties.as_ref().unwrap()["level_m"].clone();
    assert_ne!(level(&now), level(&earlier));
    let again = page(
        &sim,
        &format!("/collections/tide-gauges/items?datetime={}", at(5)),
    )
    .await;
    assert_eq!(again.features, earlier.features);
    // A time-varying layer's next link pins the instant.
    let first = page(
        &sim,
        &format!("/collections/cameras/items?limit=100&datetime={}", at(30)),
    )
    .await;
    assert!(first.next_link().unwrap().contains("datetime="));
    // Static layers ignore datetime; outside the history is refused.
    let wards_now = page(&sim, "/collections/wards/items?limit=3").await;
    let wards_then = page(
        &sim,
        &format!("/collections/wards/items?limit=3&datetime={}", at(30)),
    )
    .await;
    assert_eq!(wards_now.features, wards_then.features);
    // A well-formed instant the server does not keep is a state it does not have.
    for unkept in [at(24 * 10), at(-2)] {
        let response = client()
            .get(format!(
                "{}/collections/incidents/items?datetime={unkept}",
                sim.url()
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{unkept}");
    }
    for bad in ["yesterday".to_owned(), format!("{}/{}", at(2), at(1))] {
        let response = client()
            .get(format!(
                "{}/collections/incidents/items?datetime={bad}",
                sim.url()
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_have_etags_and_gzip() {
    let sim = start(config()).await;
    let path = "/collections/wards/items";
    let first = get(&sim, path).await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    let cached = revalidate(&sim, path, &etag).await;
    assert_eq!(cached.status(), 304);
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let zipped = raw
        .get(format!("{}{path}", sim.url()))
        .bearer_auth(common::TOKEN)
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(zipped.headers()["content-type"], "application/geo+json");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bench_points_page_through_100_000_features() {
    let sim = start(SimConfig {
        bench_points: 100_000,
        ..config()
    })
    .await;
    let collections = get_json(&sim, "/collections").await;
    assert!(collections.to_string().contains("bench-points"));
    let catalog = get_json(&sim, "/api/v1/catalog").await;
    assert!(!catalog["layers"].to_string().contains("bench-points"));
    let started = std::time::Instant::now();
    let (pages, ids) = all_pages(&sim, "/collections/bench-points/items?limit=10000").await;
    assert_eq!(pages.len(), 10);
    assert_eq!(ids.len(), 100_000);
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 100_000);
    eprintln!("100,000 bench points in {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_million_bench_points_are_generated_page_by_page() {
    let sim = start(SimConfig {
        bench_points: 2_000_000,
        ..config()
    })
    .await;
    let first = page(&sim, "/collections/bench-points/items?limit=10000").await;
    assert_eq!(first.number_matched, Some(2_000_000));
    assert_eq!(first.features.len(), 10_000);
    let last = page(
        &sim,
        "/collections/bench-points/items?limit=10000&offset=1990000",
    )
    .await;
    assert_eq!(last.features.len(), 10_000);
    assert!(last.next_link().is_none());
    assert_eq!(
        last.features[9_999].id.as_ref().unwrap().to_string(),
        "bench-1999999"
    );
}
