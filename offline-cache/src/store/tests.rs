//! Store round trips on real SQLite files.

use super::schema;
use super::*;
use crate::model::{
    BoundingBox, Catalog, CityInfo, Direction, Domain, Frequency, KpiDef, LatestValue,
    LatestValues, LocalizedText, Observation, Quality, Thresholds,
};
use crate::{Error, FailureReason};

/// The city of every store test's catalog.
pub(crate) fn city() -> CityInfo {
    CityInfo {
        name: LocalizedText::new("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
        time_zone: "Asia/Ho_Chi_Minh".into(),
        bbox: BoundingBox {
            min_lon: 106.33,
            min_lat: 10.33,
            max_lon: 107.6,
            max_lat: 11.5,
        },
    }
}

fn catalog() -> Catalog {
    Catalog {
        api_version: "1".into(),
        city: city(),
        server_time_ms: 1_000_000,
        simulated: true,
        data_notice: LocalizedText::new("Simulated", "Mô phỏng"),
        kpis: vec![KpiDef {
            thresholds: Thresholds {
                warning: Some(1.5),
                alert: Some(1.6),
                ..Thresholds::default()
            },
            ..KpiDef::new(
                "EN03",
                LocalizedText::new("Tide peak at Phu An", "Đỉnh triều tại Phú An"),
                Domain::Environment,
                "m",
                Frequency::FiveMinutes,
                Direction::Down,
            )
        }],
        layers: Vec::new(),
        basemap: None,
        data_epoch: None,
    }
}

fn meta(resource: Resource, url: &str) -> FetchMeta {
    FetchMeta {
        resource,
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
            &meta(Resource::Catalog, "http://x/catalog"),
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
            .write_latest(&latest, &meta(Resource::Latest, "http://x/latest"))
            .unwrap(),
        1
    );
    // The same values again change nothing.
    assert_eq!(
        store
            .write_latest(&latest, &meta(Resource::Latest, "http://x/latest"))
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
            .write_series_page(
                "EN03",
                &points,
                &meta(Resource::series("EN03"), "http://x/s")
            )
            .unwrap(),
        10
    );
    drop(store);

    let store = Store::open(&path).unwrap();
    let states = store.sync_states().unwrap();
    assert_eq!(
        states[&Resource::series("EN03")].cursor.as_deref(),
        Some("2700000")
    );
    assert_eq!(
        states[&Resource::Latest].etag_for("http://x/latest"),
        Some("W/\"1\"")
    );
    assert_eq!(states[&Resource::Latest].etag_for("http://x/other"), None);
    drop(store);

    let reader = Reader::open(&path).unwrap();
    assert_eq!(reader.catalog().unwrap(), Some(catalog()));
    let overview = reader.overview(1_000_000).unwrap();
    let tide = &overview.kpis[0];
    assert_eq!(tide.latest.as_ref().map(|l| l.value), Some(1.62));
    assert_eq!(tide.freshness.map(|f| f.age_secs), Some(100));
    assert_eq!(reader.series("EN03", 0, 900_000, 100).unwrap(), points[..4]);
    assert_eq!(reader.series("EN03", 0, i64::MAX, 3).unwrap().len(), 3);
}

#[test]
fn errors_are_recorded_and_cleared_by_the_next_success() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    let server_error = Error::Http {
        url: "http://x/api/v1/latest".into(),
        status: 500,
        retry_after_secs: None,
        message: None,
    };
    store
        .record_error(&Resource::Latest, &server_error, 10)
        .unwrap();
    let run = store.begin_run("http://x", 1).unwrap();
    store.finish_run(run, 20, false, 1).unwrap();
    let health = Reader::open(&path).unwrap().sync_health().unwrap();
    assert_eq!(health.errors.len(), 1);
    assert_eq!(health.errors[0].message, server_error.to_string());
    assert_eq!(health.errors[0].reason, Some(FailureReason::Http(500)));
    assert_eq!(health.reachable, Some(false));
    assert_eq!(health.last_success_ms, None);

    let latest = LatestValues {
        server_time_ms: 0,
        values: vec![],
    };
    store
        .write_latest(&latest, &meta(Resource::Latest, "http://x/latest"))
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

/// The rollups of a cache as stored: `(kpi, level, bucket, min, min_t, max, max_t, sum, count)`.
type RollupRow = (String, i64, i64, f64, i64, f64, i64, f64, i64);

fn stored_rollups(connection: &rusqlite::Connection) -> Vec<RollupRow> {
    let mut statement = connection
        .prepare(
            "SELECT kpi_id, level, bucket_ms, min, min_t_ms, max, max_t_ms, sum, count
             FROM series_rollup ORDER BY kpi_id, level, bucket_ms",
        )
        .unwrap();
    rollup_rows(&mut statement)
}

/// The nine rollup columns of every row `statement` gives.
fn rollup_rows(statement: &mut rusqlite::Statement<'_>) -> Vec<RollupRow> {
    statement
        .query_map([], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
                row.get(6)?,
                row.get(7)?,
                row.get(8)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The rollups recomputed from the raw rows with a plain GROUP BY: finite values only, and the
/// earliest time of each extreme.
fn expected_rollups(connection: &rusqlite::Connection) -> Vec<RollupRow> {
    let mut statement = connection
        .prepare(
            "WITH levels (level) AS (VALUES (3600000), (86400000)),
             b AS (
                SELECT o.kpi_id, l.level,
                       o.t_ms - ((o.t_ms % l.level) + l.level) % l.level AS bucket_ms,
                       min(o.value) AS low, max(o.value) AS high, sum(o.value) AS total,
                       count(*) AS n
                FROM observation o CROSS JOIN levels l
                WHERE o.value BETWEEN -1e308 AND 1e308
                GROUP BY o.kpi_id, l.level, bucket_ms)
             SELECT kpi_id, level, bucket_ms,
                low, (SELECT min(t_ms) FROM observation o WHERE o.kpi_id = b.kpi_id
                      AND o.t_ms BETWEEN b.bucket_ms AND b.bucket_ms + b.level - 1
                      AND o.value = b.low),
                high, (SELECT min(t_ms) FROM observation o WHERE o.kpi_id = b.kpi_id
                      AND o.t_ms BETWEEN b.bucket_ms AND b.bucket_ms + b.level - 1
                      AND o.value = b.high),
                total, n
             FROM b ORDER BY kpi_id, level, bucket_ms",
        )
        .unwrap();
    rollup_rows(&mut statement)
}

pub(crate) fn assert_rollups_match_raw(path: &std::path::Path) {
    let reader = Reader::open(path).unwrap();
    let stored = stored_rollups(reader.connection());
    let expected = expected_rollups(reader.connection());
    assert!(!expected.is_empty());
    assert_eq!(stored.len(), expected.len(), "bucket count differs");
    for (got, want) in stored.iter().zip(&expected) {
        let (mut got_exact, mut want_exact) = (got.clone(), want.clone());
        // Sums may differ in the last bits with the order of additions.
        (got_exact.7, want_exact.7) = (0.0, 0.0);
        assert_eq!(got_exact, want_exact);
        assert!(
            (got.7 - want.7).abs() <= 1e-9 * want.7.abs().max(1.0),
            "sum of {want:?} is {}",
            got.7
        );
    }
}

const FIVE_MIN_MS: i64 = 300_000;

/// A wavy five-minute series with a little deterministic noise.
fn wavy(t_ms: i64) -> f64 {
    let hours = t_ms as f64 / 3_600_000.0;
    (hours / 12.42 * std::f64::consts::TAU).sin()
        + ((t_ms / FIVE_MIN_MS) * 7919 % 101) as f64 / 100.0
}

fn five_minute_points(first_ms: i64, count: i64) -> Vec<Observation> {
    (0..count)
        .map(|index| {
            let t_ms = first_ms + index * FIVE_MIN_MS;
            Observation {
                t_ms,
                value: wavy(t_ms),
            }
        })
        .collect()
}

#[test]
fn rollups_follow_every_page_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    let series = meta(Resource::series("EN03"), "http://x/s");
    // Two days from a day boundary, then a page that starts mid-hour and mid-day.
    let start_ms = 1_700_006_400_000; // 2023-11-15 00:00 UTC
    store
        .write_series_page("EN03", &five_minute_points(start_ms, 576), &series)
        .unwrap();
    let mid = start_ms + 576 * FIVE_MIN_MS + 35 * 60_000;
    let mut page = five_minute_points(mid, 400);
    page[3].value = f64::INFINITY;
    page[10].value = f64::NEG_INFINITY;
    page[20].value = 1e9;
    store.write_series_page("EN03", &page, &series).unwrap();
    // A page that rewrites part of the first day and a second KPI before 1970.
    let mut rewrite = five_minute_points(start_ms + 7 * FIVE_MIN_MS, 30);
    for point in &mut rewrite {
        point.value = -point.value - 5.0;
    }
    store.write_series_page("EN03", &rewrite, &series).unwrap();
    store
        .write_series_page(
            "TR01",
            &five_minute_points(-3 * 86_400_000 + 17 * 60_000, 900),
            &meta(Resource::series("TR01"), "http://x/t"),
        )
        .unwrap();
    drop(store);
    assert_rollups_match_raw(&path);
}

#[test]
fn migration_3_backfills_rollups_of_a_schema_2_cache() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.gpkg");
    {
        // A cache as the last schema-2 build wrote it, with more history than the frozen copy.
        let connection = rusqlite::Connection::open(&path).unwrap();
        connection
            .execute_batch(include_str!("frozen/schema-2.sql"))
            .unwrap();
        let mut insert = connection
            .prepare("INSERT INTO observation (kpi_id, t_ms, value) VALUES (?1, ?2, ?3)")
            .unwrap();
        for point in five_minute_points(1_700_000_000_000, 2_000) {
            insert
                .execute(rusqlite::params!["EN03", point.t_ms, point.value])
                .unwrap();
        }
        insert
            .execute(rusqlite::params![
                "EN03",
                1_700_000_000_001_i64,
                f64::INFINITY
            ])
            .unwrap();
        for point in five_minute_points(-86_400_000 - 60_000, 300) {
            insert
                .execute(rusqlite::params!["TR01", point.t_ms, point.value.round()])
                .unwrap();
        }
    }
    // A reader refuses the old schema, unchanged, and says what to do.
    match Reader::open(&path) {
        Err(crate::Error::OlderSchema {
            found: 2, current, ..
        }) => {
            assert_eq!(current, schema::SCHEMA_VERSION);
        }
        other => panic!("expected OlderSchema, got {other:?}"),
    }
    // Two openers at once (the dashboard's upgrade and a sync): one migrates, the other waits
    // for the write lock and then finds nothing left to do.
    let racers: Vec<_> = (0..2)
        .map(|i| {
            let path = path.clone();
            std::thread::Builder::new()
                .name(format!("upgrade-{i}"))
                .spawn(move || super::upgrade(&path))
                .unwrap()
        })
        .collect();
    for racer in racers {
        racer.join().unwrap().unwrap();
    }
    super::upgrade(&path).unwrap();
    let version: String = Reader::open(&path)
        .unwrap()
        .connection()
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'schema_version'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(version, schema::SCHEMA_VERSION.to_string());
    assert_rollups_match_raw(&path);
}

/// Each column's lowest and highest value, as [`downsample_min_max`] buckets `points`.
fn column_extremes(
    points: &[Observation],
    from_ms: i64,
    to_ms: i64,
    columns: usize,
) -> Vec<(usize, f64, f64)> {
    let span_ms = i128::from(to_ms) - i128::from(from_ms) + 1;
    let mut extremes: std::collections::BTreeMap<usize, (f64, f64)> = Default::default();
    for point in points {
        let column =
            ((i128::from(point.t_ms) - i128::from(from_ms)) * columns as i128 / span_ms) as usize;
        let entry = extremes
            .entry(column)
            .or_insert((f64::INFINITY, f64::NEG_INFINITY));
        entry.0 = entry.0.min(point.value);
        entry.1 = entry.1.max(point.value);
    }
    extremes
        .into_iter()
        .map(|(column, (low, high))| (column, low, high))
        .collect()
}

#[test]
fn charts_from_rollups_keep_every_columns_min_and_max() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    let series = meta(Resource::series("EN03"), "http://x/s");
    let first_ms = 1_500_000_000_000 + 7 * 60_000;
    let total = 1_000_000;
    let spike_at = 654_321;
    let dip_at = 123_457;
    let mut points = five_minute_points(first_ms, total);
    points[spike_at].value = 99.0;
    points[dip_at].value = -50.0;
    points[500].value = f64::INFINITY;
    for page in points.chunks(50_000) {
        store.write_series_page("EN03", page, &series).unwrap();
    }
    drop(store);
    let reader = Reader::open(&path).unwrap();
    let last_ms = points[points.len() - 1].t_ms;
    let windows = [
        // Everything, a chart of 1600 and one of 1200 columns (daily rollups).
        (first_ms, last_ms, 1_600),
        (first_ms - 11, last_ms + 13, 1_200),
        // A year and three years (hourly and daily), not on bucket boundaries.
        (last_ms - 365 * 86_400_000 + 1_234, last_ms, 1_200),
        (last_ms - 3 * 365 * 86_400_000, last_ms - 17, 200),
        // A week: raw rows.
        (last_ms - 7 * 86_400_000, last_ms, 1_200),
    ];
    for (from_ms, to_ms, columns) in windows {
        let raw = reader
            .series("EN03", from_ms, to_ms, MAX_SERIES_POINTS)
            .unwrap();
        let expected = downsample_min_max(&raw, from_ms, to_ms, columns);
        let chart = reader
            .series_for_chart("EN03", from_ms, to_ms, columns)
            .unwrap();
        assert!(chart.len() <= 2 * columns);
        assert!(chart.windows(2).all(|pair| pair[0].t_ms < pair[1].t_ms));
        assert_eq!(
            column_extremes(&chart, from_ms, to_ms, columns),
            column_extremes(&expected, from_ms, to_ms, columns),
            "window {from_ms}..={to_ms} over {columns} columns"
        );
        assert_eq!(chart, expected);
    }
    let whole = reader
        .series_for_chart("EN03", first_ms, last_ms, 1_600)
        .unwrap();
    assert!(whole.contains(&points[spike_at]));
    assert!(whole.contains(&points[dip_at]));
    assert!(
        reader
            .series_for_chart("EN03", 10, 5, 100)
            .unwrap()
            .is_empty()
    );
    assert!(
        reader
            .series_for_chart("EN03", first_ms, last_ms, 0)
            .unwrap()
            .is_empty()
    );
    drop(reader);

    // Long windows are read from the rollups: with the raw rows around the spike removed behind
    // the writer's back, the ten-year chart still shows it and the week around it does not.
    let spike_ms = points[spike_at].t_ms;
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "DELETE FROM observation WHERE kpi_id = 'EN03' AND t_ms BETWEEN ?1 AND ?2",
            rusqlite::params![spike_ms - 86_400_000, spike_ms + 86_400_000],
        )
        .unwrap();
    let reader = Reader::open(&path).unwrap();
    let whole = reader
        .series_for_chart("EN03", first_ms, last_ms, 1_600)
        .unwrap();
    assert!(whole.contains(&points[spike_at]));
    let week = reader
        .series_for_chart(
            "EN03",
            spike_ms - 3 * 86_400_000,
            spike_ms + 3 * 86_400_000,
            1_600,
        )
        .unwrap();
    assert!(!week.contains(&points[spike_at]));
}

#[test]
fn layer_ids_that_differ_only_by_dash_case_or_underscore_get_tables_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    let ids = ["flood-sensors", "flood_sensors", "Flood_Sensors"];
    for (index, layer_id) in ids.iter().enumerate() {
        let feature: crate::model::IncomingFeature = serde_json::from_str(&format!(
            r#"{{"type": "Feature", "id": "f{index}", "geometry": {{"type": "Point", "coordinates": [106.7, 10.8]}}, "properties": {{"name": "{layer_id}"}}}}"#
        ))
        .unwrap();
        let mut write = store.begin_layer(layer_id).unwrap();
        store.write_layer_page(&mut write, &[feature]).unwrap();
        let info = LayerInfo {
            title: (*layer_id).to_owned(),
            source_url: format!("http://example.invalid/{layer_id}"),
            interval_secs: None,
        };
        store
            .finish_layer(write, &info, &meta(Resource::layer(*layer_id), "u"))
            .unwrap();
    }
    // Syncing the first again keeps its table rather than taking another's.
    let again = store.begin_layer("flood-sensors").unwrap();
    store.abort_layer(again).unwrap();

    let reader = Reader::open(&path).unwrap();
    let layers = reader.layers(0).unwrap();
    let mut tables: Vec<&str> = layers.iter().map(|l| l.table_name.as_str()).collect();
    tables.sort_unstable();
    tables.dedup();
    assert_eq!(tables.len(), 3, "{layers:#?}");
    assert!(tables.contains(&"layer_flood_sensors"));
    for layer_id in ids {
        let features = reader.features(layer_id, 10).unwrap();
        assert_eq!(features.len(), 1, "{layer_id}");
        assert_eq!(features[0].name.as_deref(), Some(layer_id));
    }
}

#[test]
fn a_feature_whose_properties_nest_deeper_than_a_reader_reads_fails_its_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.gpkg");
    let mut store = Store::open(&path).unwrap();
    let page = |properties: &str| -> Vec<crate::model::IncomingFeature> {
        let page: crate::model::IncomingPage = serde_json::from_str(&format!(
            r#"{{"type": "FeatureCollection", "features": [{{"type": "Feature", "id": "gauge-1",
                "geometry": {{"type": "Point", "coordinates": [106.7, 10.8]}},
                "properties": {properties}}}]}}"#
        ))
        .unwrap();
        page.features
    };
    let info = LayerInfo {
        title: "Tide gauges".into(),
        source_url: "http://example.invalid/collections/tide-gauges/items".into(),
        interval_secs: None,
    };
    let mut write = store.begin_layer("tide-gauges").unwrap();
    store
        .write_layer_page(&mut write, &page(r#"{"name": "Phu An"}"#))
        .unwrap();
    store
        .finish_layer(write, &info, &meta(Resource::layer("tide-gauges"), "u"))
        .unwrap();

    // Valid JSON that serde_json reads as raw text but not as values (past 128 levels): stored,
    // it made the whole layer unreadable ("the cache is damaged").
    let deep = format!(
        r#"{{"name": "Deep", "levels": {}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let mut write = store.begin_layer("tide-gauges").unwrap();
    let refused = store
        .write_layer_page(&mut write, &page(&deep))
        .unwrap_err();
    assert!(
        matches!(&refused, Error::InvalidResponse { detail, .. }
            if detail.contains("gauge-1") && detail.contains("cannot be read")),
        "{refused}"
    );
    store.abort_layer(write).unwrap();

    let features = Reader::open(&path)
        .unwrap()
        .features("tide-gauges", 10)
        .unwrap();
    assert_eq!(features.len(), 1);
    assert_eq!(features[0].name.as_deref(), Some("Phu An"));
}
