//! The layer sync against a real OGC API - Features server we did not write: pygeoapi on
//! loopback, serving a GeoJSON file of points, lines and polygons with Vietnamese names. The cache
//! must hold exactly the features served, and GDAL must read them back.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use citydash_e2e::pygeoapi::{Pygeoapi, pygeoapi_or_skip};
use offline_cache::model::{BoundingBox, Geometry, Position};
use offline_cache::store::Reader;
use offline_cache::sync::{SourceKind, SyncConfig, sync_once};
use serde_json::json;

const COLLECTION: &str = "test-features";
const FEATURES: usize = 1_000;
/// A multiple of the page size, so pygeoapi sends a `next` link to an empty last page.
const PAGE: usize = 250;

/// Coordinates with few decimals, so every server writes them back digit for digit.
fn position(i: usize) -> Position {
    Position {
        lon: (106_400 + (i % 40) * 30) as f64 / 1000.0,
        lat: (10_400 + (i / 40) * 40) as f64 / 1000.0,
    }
}

fn geometry(i: usize) -> Geometry {
    let p = position(i);
    let q = |dlon_millis: i32, dlat_millis: i32| Position {
        lon: ((p.lon * 1000.0).round() as i32 + dlon_millis) as f64 / 1000.0,
        lat: ((p.lat * 1000.0).round() as i32 + dlat_millis) as f64 / 1000.0,
    };
    match i % 10 {
        0..=6 => Geometry::Point(p),
        7 | 8 => Geometry::LineString(vec![p, q(10, 5), q(20, 0)]),
        _ => Geometry::Polygon(vec![
            vec![p, q(20, 0), q(20, 20), q(0, 20), p],
            vec![q(5, 5), q(10, 5), q(10, 10), q(5, 5)],
        ]),
    }
}

fn name(i: usize) -> String {
    format!("Điểm thử {i} – Thủ Đức")
}

fn geojson() -> String {
    let features: Vec<_> = (0..FEATURES)
        .map(|i| {
            json!({
                "type": "Feature",
                "id": format!("f{i:04}"),
                "geometry": geometry(i),
                "properties": {"id": format!("f{i:04}"), "name": name(i), "rank": i},
            })
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features}).to_string()
}

#[test]
fn pygeoapi_collection_is_cached_exactly_and_gdal_reads_it() {
    let Some(executable) = pygeoapi_or_skip() else {
        return;
    };
    let server = Pygeoapi::start(&executable, COLLECTION, &geojson(), PAGE);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("peer.gpkg");
    let mut config = SyncConfig::new(server.url.clone(), None, &cache);
    config.source = SourceKind::OgcFeatures;
    config.tiles = None;
    config.feature_page_limit = 1_000; // pygeoapi silently caps this at max_items

    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");

    let reader = Reader::open(&cache).unwrap();
    let layers = reader.layers(0).unwrap();
    assert_eq!(layers.len(), 1);
    assert_eq!(layers[0].layer_id, COLLECTION);
    assert_eq!(layers[0].feature_count, FEATURES as u64);

    let stored = reader.features(COLLECTION, usize::MAX).unwrap();
    assert_eq!(stored.len(), FEATURES);
    for (i, feature) in stored.iter().enumerate() {
        assert_eq!(feature.feature_id, format!("f{i:04}"));
        assert_eq!(
            feature.geometry,
            Some(geometry(i)),
            "geometry of {}",
            feature.feature_id
        );
        assert_eq!(feature.name.as_deref(), Some(name(i).as_str()));
        assert_eq!(feature.properties["rank"], json!(i));
    }

    // The R*Tree answers a box query with exactly the features whose envelope meets it.
    let bbox = BoundingBox {
        min_lon: 106.50,
        min_lat: 10.50,
        max_lon: 106.60,
        max_lat: 10.60,
    };
    let found: Vec<_> = reader
        .features_in_bbox(COLLECTION, bbox, usize::MAX)
        .unwrap()
        .into_iter()
        .map(|feature| feature.feature_id)
        .collect();
    let expected: Vec<_> = (0..FEATURES)
        .filter(|&i| {
            let p = position(i);
            let (w, s) = (p.lon, p.lat);
            let (e, n) = match i % 10 {
                0..=6 => (w, s),
                7 | 8 => (w + 0.02, s + 0.005),
                _ => (w + 0.02, s + 0.02),
            };
            e >= bbox.min_lon && w <= bbox.max_lon && n >= bbox.min_lat && s <= bbox.max_lat
        })
        .map(|i| format!("f{i:04}"))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);

    // A second sync revalidates the first page and changes nothing.
    let again = sync_once(&config).unwrap();
    assert!(again.is_success(), "{again:#?}");
    assert_eq!(
        Reader::open(&cache).unwrap().layers(0).unwrap()[0].feature_count,
        FEATURES as u64
    );

    if Command::new("ogrinfo").arg("--version").output().is_ok() {
        let output = Command::new("ogrinfo")
            .args(["-so", "-ro"])
            .arg(&cache)
            .arg("layer_test_features")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            text.contains(&format!("Feature Count: {FEATURES}")),
            "{text}"
        );
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(
            !warnings.contains("ERROR") && !warnings.contains("Warning"),
            "{warnings}"
        );
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "ogrinfo (gdal-bin) is missing on CI"
        );
    }
}
