//! Store round trips on real SQLite files.

use super::*;
use crate::model::{
    BoundingBox, Catalog, CityInfo, Direction, Domain, Frequency, KpiDef, LatestValue,
    LatestValues, LocalizedText, Observation, Quality, Thresholds,
};

fn catalog() -> Catalog {
    Catalog {
        api_version: "1".into(),
        city: CityInfo {
            name: LocalizedText::new("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
            time_zone: "Asia/Ho_Chi_Minh".into(),
            bbox: BoundingBox {
                min_lon: 106.33,
                min_lat: 10.33,
                max_lon: 107.6,
                max_lat: 11.5,
            },
        },
        server_time_ms: 1_000_000,
        simulated: true,
        data_notice: LocalizedText::new("Simulated", "Mô phỏng"),
        kpis: vec![KpiDef {
            id: "EN03".into(),
            name: LocalizedText::new("Tide peak at Phu An", "Đỉnh triều tại Phú An"),
            description: LocalizedText::default(),
            domain: Domain::Environment,
            unit: "m".into(),
            frequency: Frequency::FiveMinutes,
            interval_secs: 300,
            direction: Direction::Down,
            target: None,
            thresholds: Thresholds {
                warning: Some(1.5),
                alert: Some(1.6),
                ..Thresholds::default()
            },
            source: "test".into(),
        }],
        layers: Vec::new(),
        basemap: None,
    }
}

fn meta(resource: &str, url: &str) -> FetchMeta {
    FetchMeta {
        resource: resource.into(),
        url: url.into(),
        etag: Some("W/\"1\"".into()),
        fetched_at_ms: 5,
    }
}

#[test]
fn writes_are_read_back_and_reopening_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    store
        .write_catalog(
            &catalog(),
            "http://127.0.0.1:1",
            &meta("catalog", "http://x/catalog"),
        )
        .unwrap();
    let latest = LatestValues {
        server_time_ms: 1_000_000,
        values: vec![LatestValue {
            kpi_id: "EN03".into(),
            t_ms: 900_000,
            value: 1.62,
            quality: Quality::Good,
            previous: Some(Observation {
                t_ms: 600_000,
                value: 1.5,
            }),
        }],
    };
    assert_eq!(
        store
            .write_latest(&latest, &meta("latest", "http://x/latest"))
            .unwrap(),
        1
    );
    // The same values again change nothing.
    assert_eq!(
        store
            .write_latest(&latest, &meta("latest", "http://x/latest"))
            .unwrap(),
        0
    );
    let points: Vec<Observation> = (0..10)
        .map(|i| Observation {
            t_ms: i * 300_000,
            value: i as f64,
        })
        .collect();
    assert_eq!(
        store
            .write_series_page("EN03", &points, &meta("series/EN03", "http://x/s"))
            .unwrap(),
        10
    );
    drop(store);

    let store = Store::open(&path).unwrap();
    let states = store.sync_states().unwrap();
    assert_eq!(states["series/EN03"].cursor.as_deref(), Some("2700000"));
    assert_eq!(
        states["latest"].etag_for("http://x/latest"),
        Some("W/\"1\"")
    );
    assert_eq!(states["latest"].etag_for("http://x/other"), None);
    drop(store);

    let reader = Reader::open(&path).unwrap();
    assert_eq!(reader.catalog().unwrap(), Some(catalog()));
    let overview = reader.overview(1_000_000).unwrap();
    let tide = &overview.kpis[0];
    assert_eq!(tide.latest.as_ref().map(|l| l.value), Some(1.62));
    assert_eq!(tide.status, crate::model::KpiStatus::Alert);
    assert_eq!(tide.freshness.map(|f| f.age_secs), Some(100));
    assert_eq!(reader.series("EN03", 0, 900_000, 100).unwrap(), points[..4]);
    assert_eq!(reader.series("EN03", 0, i64::MAX, 3).unwrap().len(), 3);
}

#[test]
fn errors_are_recorded_and_cleared_by_the_next_success() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    store.record_error("latest", "HTTP 500", 10).unwrap();
    let run = store.begin_run("http://x", 1).unwrap();
    store.finish_run(run, 20, false, 1).unwrap();
    let health = Reader::open(&path).unwrap().sync_health().unwrap();
    assert_eq!(health.errors.len(), 1);
    assert_eq!(health.reachable, Some(false));
    assert_eq!(health.last_success_ms, None);

    let latest = LatestValues {
        server_time_ms: 0,
        values: vec![],
    };
    store
        .write_latest(&latest, &meta("latest", "http://x/latest"))
        .unwrap();
    let run = store.begin_run("http://x", 30).unwrap();
    store.finish_run(run, 40, true, 0).unwrap();
    let health = Reader::open(&path).unwrap().sync_health().unwrap();
    assert!(health.errors.is_empty());
    assert_eq!(health.last_success_ms, Some(40));
    assert_eq!(health.server.as_deref(), Some("http://x"));
}

#[test]
fn a_missing_cache_is_reported_not_created_by_readers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.gpkg");
    assert!(matches!(
        Reader::open(&path),
        Err(crate::Error::NoCache { .. })
    ));
    assert!(!path.exists());
}
