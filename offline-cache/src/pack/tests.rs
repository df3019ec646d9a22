#![allow(clippy::unwrap_used)]

use std::path::Path;

use super::*;
use crate::model::units::{DAY_MS, HOUR_MS};
use crate::model::{
    Catalog, Direction, Domain, Frequency, KpiDef, LatestValue, LatestValues, LocalizedText,
    Observation, Quality,
};
use crate::store::{FetchMeta, Resource, Store};

const NOW_MS: i64 = 1_796_000_000_000;

fn meta(resource: Resource) -> FetchMeta {
    FetchMeta {
        url: format!("http://ioc.test/{resource}"),
        resource,
        etag: None,
        fetched_at_ms: NOW_MS,
    }
}

/// A cache with two hourly KPIs and ten days of readings each.
fn cache(path: &Path) {
    let mut store = Store::open(path).unwrap();
    let kpi = |id: &str| {
        KpiDef::new(
            id,
            LocalizedText::new(id, id),
            Domain::Environment,
            "m",
            Frequency::Hourly,
            Direction::Down,
        )
    };
    let catalog = Catalog {
        api_version: "1".into(),
        city: crate::store::tests::city(),
        server_time_ms: NOW_MS,
        simulated: true,
        data_notice: LocalizedText::new("Simulated", "Mô phỏng"),
        kpis: vec![kpi("EN03"), kpi("EN01")],
        layers: Vec::new(),
        basemap: None,
        data_epoch: None,
    };
    store
        .write_catalog(&catalog, "http://ioc.test", &meta(Resource::Catalog))
        .unwrap();
    for id in ["EN03", "EN01"] {
        let points: Vec<Observation> = (0..240)
            .rev()
            .map(|i| Observation {
                t_ms: NOW_MS - i * HOUR_MS,
                value: 1.0 + i as f64 / 100.0,
            })
            .collect();
        store
            .write_series_page(id, &points, &meta(Resource::series(id)))
            .unwrap();
    }
    let latest = LatestValues {
        server_time_ms: NOW_MS,
        values: ["EN03", "EN01"]
            .iter()
            .map(|id| LatestValue {
                kpi_id: (*id).into(),
                t_ms: NOW_MS,
                value: 1.0,
                quality: Quality::Good,
                previous: None,
            })
            .collect(),
    };
    store
        .write_latest(&latest, &meta(Resource::Latest))
        .unwrap();
}

fn two_days_of_the_tide() -> Selection {
    Selection {
        kpi_ids: Some(vec!["EN03".into()]),
        from_ms: NOW_MS - 2 * DAY_MS,
        to_ms: NOW_MS,
        layer_ids: None,
        zooms: None,
    }
}

/// Two days of the tide from `source` into `out`, as the tests export them.
fn export_tide(source: &Path, out: &Path, replace: bool) -> crate::Result<Manifest> {
    export(
        source,
        out,
        &two_days_of_the_tide(),
        &info(),
        NOW_MS,
        replace,
    )
}

fn info() -> PackInfo {
    PackInfo {
        title: "Flood briefing".into(),
        author: Some("Office of the Chairman".into()),
        expires_at_ms: Some(NOW_MS + 14 * DAY_MS),
    }
}

#[test]
fn a_pack_holds_the_selection_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let out = dir.path().join("flood.citybrief");
    let manifest = export_tide(&source, &out, false).unwrap();
    assert_eq!(manifest.holds.kpis, ["EN03"]);
    assert_eq!(
        manifest.holds.observations, 49,
        "two days of hourly readings, both ends in"
    );
    assert_eq!(manifest.source_server.as_deref(), Some("http://ioc.test"));
    assert!(!dir.path().join("flood.citybrief.part").exists());

    let verified = verify(&out).unwrap();
    assert_eq!(verified.manifest, manifest);
    assert!(verified.signature.is_none());
    assert!(!verified.is_expired(NOW_MS));
    assert!(verified.is_expired(NOW_MS + 15 * DAY_MS));

    // What it holds reads back as the cache had it, through the store's own reader.
    let reader = crate::store::Reader::open(&out).unwrap();
    let overview = reader.overview(NOW_MS).unwrap();
    assert_eq!(overview.kpis.len(), 1);
    assert_eq!(overview.kpis[0].def.id, "EN03");
    drop(reader);
    crate::store::tests::assert_rollups_match_raw(&out);

    // An existing target is refused unless replaced.
    let again = export_tide(&source, &out, false);
    assert!(matches!(again, Err(crate::Error::Plan { .. })));
    export_tide(&source, &out, true).unwrap();
}

#[test]
fn a_changed_foreign_or_broken_pack_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let out = dir.path().join("flood.citybrief");
    export_tide(&source, &out, false).unwrap();

    let changed = dir.path().join("changed.citybrief");
    std::fs::copy(&out, &changed).unwrap();
    rusqlite::Connection::open(&changed)
        .unwrap()
        .execute(
            "UPDATE observation SET value = value + 0.01
             WHERE t_ms = (SELECT min(t_ms) FROM observation)",
            [],
        )
        .unwrap();
    assert_eq!(verify(&changed), Err(PackRefused::ContentChanged));

    let edited = dir.path().join("edited.citybrief");
    std::fs::copy(&out, &edited).unwrap();
    rusqlite::Connection::open(&edited)
        .unwrap()
        .execute(
            "UPDATE citybrief_manifest SET manifest = replace(manifest, '\"format_version\": 1', '\"format_version\": 9')",
            [],
        )
        .unwrap();
    assert!(matches!(
        verify(&edited),
        Err(PackRefused::NewerFormat { found: 9, .. })
    ));

    assert_eq!(
        verify(&source),
        Err(PackRefused::NotAPack),
        "a cache is not a pack"
    );
    let text = dir.path().join("notes.citybrief");
    std::fs::write(&text, "shopping list\n".repeat(500)).unwrap();
    assert!(matches!(verify(&text), Err(PackRefused::NotSqlite(_))));

    let bytes = std::fs::read(&out).unwrap();
    let truncated = dir.path().join("truncated.citybrief");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    assert!(verify(&truncated).is_err());
    // Nothing was written beside the packs by verifying them.
    assert!(!dir.path().join("flood.citybrief-wal").exists());
    assert!(!dir.path().join("flood.citybrief-journal").exists());
}
