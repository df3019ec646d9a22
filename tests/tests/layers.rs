//! Map layers and the basemap against the simulator on loopback: the cache holds exactly the
//! features served, bad pages leave the previous layer whole, GDAL reads layers and tiles.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use citydash_e2e::{TEST_TOKEN, frozen_sim, staging_tables, sync_config, tile_sync_config};
use offline_cache::model::{BoundingBox, FeatureCollection, Geometry};
use offline_cache::store::{Reader, Resource, TileId, tile_range};
use offline_cache::sync::{LayerSelection, SyncConfig, sync_once};
use opscenter_sim::{Fault, FaultRule, Route, SimHandle};

fn layer_config(sim: &SimHandle, cache: &Path, layers: LayerSelection, page: usize) -> SyncConfig {
    let mut config = sync_config(sim, cache, 1);
    config.layers = layers;
    config.feature_page_limit = page;
    config
}

/// Every feature of a collection as the server serves it, by id, paging with plain HTTP.
fn served_features(sim: &SimHandle, layer_id: &str) -> BTreeMap<String, Option<Geometry>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let mut url = format!("{}/collections/{layer_id}/items?limit=10000", sim.url());
        let mut features = BTreeMap::new();
        loop {
            let page: FeatureCollection = client
                .get(&url)
                .bearer_auth(TEST_TOKEN)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            for feature in page.features {
                features.insert(feature.id.unwrap().to_string(), feature.geometry);
            }
            match page
                .links
                .iter()
                .find(|link| link.rel.as_deref() == Some("next"))
            {
                Some(next) if next.href.starts_with("http") => url = next.href.clone(),
                Some(next) => url = format!("{}{}", sim.url(), next.href),
                None => return features,
            }
        }
    })
}

fn stored_features(cache: &Path, layer_id: &str) -> BTreeMap<String, Option<Geometry>> {
    Reader::open(cache)
        .unwrap()
        .features(layer_id, usize::MAX)
        .unwrap()
        .into_iter()
        .map(|feature| (feature.feature_id, feature.geometry))
        .collect()
}

#[test]
fn every_catalog_layer_is_cached_exactly_as_served() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("layers.gpkg");
    let config = layer_config(&sim, &cache, LayerSelection::All, 700);

    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");

    let catalog = sim.catalog();
    assert_eq!(catalog.layers.len(), 12);
    let cached = Reader::open(&cache).unwrap().layers(0).unwrap();
    assert_eq!(cached.len(), 12);
    for layer in &catalog.layers {
        let served = served_features(&sim, &layer.id);
        let stored = stored_features(&cache, &layer.id);
        assert!(!served.is_empty(), "{} is empty", layer.id);
        assert_eq!(stored.len(), served.len(), "count of {}", layer.id);
        assert_eq!(stored, served, "features of {}", layer.id);
    }
    assert_eq!(stored_features(&cache, "wards").len(), 168);

    // A bbox query around Ben Thanh finds the ward that holds it.
    let around_ben_thanh = BoundingBox {
        min_lon: 106.697,
        min_lat: 10.771,
        max_lon: 106.699,
        max_lat: 10.773,
    };
    let wards = Reader::open(&cache)
        .unwrap()
        .features_in_bbox("wards", around_ben_thanh, 100)
        .unwrap();
    assert!(
        !wards.is_empty() && wards.len() < 10,
        "{} wards",
        wards.len()
    );
    // One feature by id, as the bbox query gave it; an unknown id is no feature.
    let reader = Reader::open(&cache).unwrap();
    let first = &wards[0];
    assert_eq!(
        reader.feature("wards", &first.feature_id).unwrap().as_ref(),
        Some(first)
    );
    assert_eq!(reader.feature("wards", "no-such-ward").unwrap(), None);

    // A second sync revalidates every layer with its ETag and rewrites none.
    sim.clear_requests();
    let again = sync_once(&config).unwrap();
    assert!(again.is_success(), "{again:#?}");
    assert!(
        again
            .changed
            .iter()
            .all(|r| !matches!(r, Resource::Layer { .. })),
        "{:?}",
        again.changed
    );
    let collection_requests: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/collections/"))
        .collect();
    assert_eq!(collection_requests.len(), 12);
    assert!(collection_requests.iter().all(|r| r.status == 304));

    if Command::new("ogrinfo").arg("--version").output().is_ok() {
        let output = Command::new("ogrinfo")
            .args(["-so", "-ro", "-al"])
            .arg(&cache)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        for layer in &cached {
            let section = text
                .split("Layer name: ")
                .find(|section| section.starts_with(&format!("{}\n", layer.table_name)))
                .unwrap_or_else(|| panic!("ogrinfo does not list {}:\n{text}", layer.table_name));
            assert!(
                section.contains(&format!("Feature Count: {}\n", layer.feature_count)),
                "{section}"
            );
        }
    }
}

#[test]
fn a_bad_page_three_of_five_leaves_the_previous_layer_whole() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("layers.gpkg");
    let cameras = served_features(&sim, "cameras").len();
    let page = cameras.div_ceil(5);
    let config = layer_config(
        &sim,
        &cache,
        LayerSelection::Only(vec!["cameras".into()]),
        page,
    );
    assert!(sync_once(&config).unwrap().is_success());
    let before = stored_features(&cache, "cameras");
    assert_eq!(before.len(), cameras);
    // Fold the WAL in, so a copy of the file is the whole cache.
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();

    let faults = [
        (Fault::MalformedJson, "malformed JSON"),
        (Fault::InvalidGeometry, "invalid geometry"),
        (Fault::NextLoop, "loop"),
        (Fault::NextOtherHost, "another server"),
        (Fault::LyingNumberMatched, "numberMatched"),
    ];
    for (fault, says) in faults {
        sim.clear_faults();
        sim.set_fault_rule(FaultRule {
            times: Some(1),
            skip: 2,
            layer_id: Some("cameras".into()),
            ..FaultRule::new(Route::Features, fault.clone())
        });
        // Each fault needs a fresh first page, not a 304.
        let fresh = dir.path().join(format!("{fault:?}.gpkg"));
        std::fs::copy(&cache, &fresh).unwrap();
        let _ = rusqlite::Connection::open(&fresh)
            .unwrap()
            .execute("UPDATE sync_state SET etag = NULL", []);
        let config = layer_config(
            &sim,
            &fresh,
            LayerSelection::Only(vec!["cameras".into()]),
            page,
        );

        let report = sync_once(&config).unwrap();

        let error = report
            .errors
            .iter()
            .find(|error| error.resource == Resource::layer("cameras"))
            .unwrap_or_else(|| panic!("{fault:?} went unnoticed: {report:#?}"));
        assert!(error.message.contains(says), "{fault:?}: {}", error.message);
        assert_eq!(
            stored_features(&fresh, "cameras"),
            before,
            "{fault:?} changed the layer"
        );
        assert!(
            staging_tables(&fresh).is_empty(),
            "{fault:?} left a staging table"
        );
    }
}

#[test]
fn basemap_tiles_are_cached_as_a_tile_pyramid_gdal_opens() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("tiles.gpkg");
    // The city centre, Ben Thanh to Thu Thiem.
    let centre = BoundingBox {
        min_lon: 106.68,
        min_lat: 10.76,
        max_lon: 106.73,
        max_lat: 10.80,
    };
    let config = tile_sync_config(&sim, &cache, 12..=13, centre);
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    let expected: u64 = (12..=13)
        .map(|z| {
            let ((x0, x1), (y0, y1)) = tile_range(
                z,
                centre.min_lon,
                centre.min_lat,
                centre.max_lon,
                centre.max_lat,
            );
            u64::from((x1 - x0 + 1) * (y1 - y0 + 1))
        })
        .sum();
    let reader = Reader::open(&cache).unwrap();
    let stats = reader.tile_stats().unwrap();
    assert_eq!(stats.count, expected);
    assert_eq!((stats.min_zoom, stats.max_zoom), (Some(12), Some(13)));
    let ((x, _), (y, _)) = tile_range(13, 106.6983, 10.7721, 106.6983, 10.7721);
    let png = reader.tile(TileId { z: 13, x, y }).unwrap().unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    // Tiles that are not PNGs are refused; the stored ones stay.
    let mut config = config.clone();
    if let Some(plan) = config.tiles.as_mut() {
        plan.refresh_after_secs = 0;
    }
    sim.set_fault(Route::Tiles, Fault::NotPng);
    let report = sync_once(&config).unwrap();
    let error = report
        .errors
        .iter()
        .find(|e| e.resource == Resource::Tiles)
        .unwrap();
    assert!(error.message.contains("not a PNG"), "{}", error.message);
    assert_eq!(
        Reader::open(&cache)
            .unwrap()
            .tile(TileId { z: 13, x, y })
            .unwrap()
            .unwrap(),
        png
    );

    if Command::new("gdalinfo").arg("--version").output().is_ok() {
        let output = Command::new("gdalinfo").arg(&cache).output().unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(text.contains("Driver: GPKG/GeoPackage"), "{text}");
        assert!(
            text.contains("Pseudo-Mercator") || text.contains("3857"),
            "{text}"
        );
    }
}

#[test]
fn any_ogc_api_features_server_mode_reads_the_simulator_too() {
    let sim = frozen_sim(1);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("ogc.gpkg");
    let mut config = layer_config(
        &sim,
        &cache,
        LayerSelection::Only(vec!["wards".into(), "metro".into()]),
        50,
    );
    config.source = offline_cache::sync::SourceKind::OgcFeatures;

    let report = sync_once(&config).unwrap();

    assert!(report.is_success(), "{report:#?}");
    for layer_id in ["wards", "metro"] {
        assert_eq!(
            stored_features(&cache, layer_id),
            served_features(&sim, layer_id),
            "{layer_id}"
        );
    }
    let layers = Reader::open(&cache).unwrap().layers(0).unwrap();
    assert_eq!(layers.len(), 2, "only the selected collections");
}
