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
        bbox: None,
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

/// Two days of the tide into `out`, signed by `key`.
fn export_signed(source: &Path, out: &Path, key: &SigningKey) -> Manifest {
    let options = ExportOptions {
        signing_key: Some(key),
        ..ExportOptions::default()
    };
    export_with(
        source,
        out,
        &two_days_of_the_tide(),
        &info(),
        NOW_MS,
        &options,
    )
    .unwrap()
}

fn edit(pack: &Path, sql: &str) {
    rusqlite::Connection::open(pack)
        .unwrap()
        .execute_batch(sql)
        .unwrap();
}

#[test]
fn a_signed_pack_names_its_key_and_only_a_trusted_key_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let office = SigningKey::generate("Office of the Chairman").unwrap();
    let out = dir.path().join("signed.citybrief");
    let manifest = export_signed(&source, &out, &office);
    assert_eq!(manifest.signer, Some(office.signer()));

    let verified = verify(&out).unwrap();
    assert_eq!(verified.signed_by, Some(office.public()));
    let mut trusted = TrustedKeys::default();
    assert!(matches!(
        trusted.judge(&verified),
        Signature::Unknown { ref claimed_name, .. } if claimed_name == "Office of the Chairman"
    ));
    assert!(trusted.judge(&verified).needs_consent());
    trusted.add(office.public(), "Chairman's office");
    assert_eq!(
        trusted.judge(&verified),
        Signature::Trusted {
            name: "Chairman's office".into(),
            fingerprint: office.public().fingerprint(),
        }
    );

    // A signature by another key, passed off under the trusted signer's name, is untrusted.
    let mallory = SigningKey::generate("Office of the Chairman").unwrap();
    let forged = dir.path().join("forged.citybrief");
    export_signed(&source, &forged, &mallory);
    let verified = verify(&forged).unwrap();
    assert!(matches!(
        trusted.judge(&verified),
        Signature::Unknown { ref fingerprint, .. } if *fingerprint == mallory.public().fingerprint()
    ));

    let unsigned = dir.path().join("unsigned.citybrief");
    export_tide(&source, &unsigned, false).unwrap();
    assert_eq!(
        trusted.judge(&verify(&unsigned).unwrap()),
        Signature::Unsigned
    );
}

#[test]
fn a_signed_manifest_edited_or_stripped_of_half_its_signature_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let office = SigningKey::generate("office").unwrap();
    let out = dir.path().join("signed.citybrief");
    export_signed(&source, &out, &office);
    let mallory = SigningKey::generate("mallory").unwrap();
    let signature: Vec<u8> = rusqlite::Connection::open(&out)
        .unwrap()
        .query_row("SELECT signature FROM citybrief_manifest", [], |row| {
            row.get(0)
        })
        .unwrap();
    let as_sql = |bytes: &[u8]| -> String {
        let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
        format!("UPDATE citybrief_manifest SET signature = x'{hex}'")
    };
    let mut flipped = signature.clone();
    flipped[63] ^= 0x01;
    let edits = [
        "UPDATE citybrief_manifest SET manifest = replace(manifest, 'Flood briefing', 'Fake briefing')".to_owned(),
        "UPDATE citybrief_manifest SET signature = NULL".to_owned(),
        format!(
            "UPDATE citybrief_manifest SET manifest = replace(manifest, '{}', '{}')",
            office.public().to_base64(),
            mallory.public().to_base64()
        ),
        as_sql(&flipped),
        as_sql(&signature[..63]),
    ];
    for sql in &edits {
        let copy = dir.path().join("copy.citybrief");
        std::fs::copy(&out, &copy).unwrap();
        edit(&copy, sql);
        assert!(
            matches!(verify(&copy), Err(PackRefused::BadSignature(_))),
            "{sql}: {:?}",
            verify(&copy)
        );
    }
}

#[test]
fn a_pack_cut_to_an_area_keeps_the_tiles_that_cover_it() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let tiles: Vec<crate::store::FetchedTile> =
        [(12, 3261, 1924), (12, 3262, 1925), (12, 3300, 1900)]
            .into_iter()
            .map(|(z, x, y)| crate::store::FetchedTile {
                id: crate::store::TileId { z, x, y },
                png: vec![7; 10],
                etag: None,
            })
            .collect();
    Store::open(&source)
        .unwrap()
        .write_tiles(&tiles, NOW_MS)
        .unwrap();
    let selection = Selection {
        zooms: Some((12, 12)),
        // Around Ben Thanh: tile 12/3261/1924 and its south-east neighbour, not the far one.
        bbox: Some(crate::model::BoundingBox {
            min_lon: 106.6,
            min_lat: 10.7,
            max_lon: 106.9,
            max_lat: 10.85,
        }),
        ..two_days_of_the_tide()
    };
    let out = dir.path().join("area.citybrief");
    let manifest = export(&source, &out, &selection, &info(), NOW_MS, false).unwrap();
    assert_eq!(manifest.holds.tiles, 2);
    assert_eq!(manifest.holds.bbox, selection.bbox);
    verify(&out).unwrap();
}

#[test]
fn a_window_that_ends_before_the_newest_reading_shows_the_value_as_it_stood_then() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("cache.gpkg");
    cache(&source);
    let selection = Selection {
        to_ms: NOW_MS - DAY_MS,
        ..two_days_of_the_tide()
    };
    let out = dir.path().join("yesterday.citybrief");
    export(&source, &out, &selection, &info(), NOW_MS, false).unwrap();
    let reader = crate::store::Reader::open(&out).unwrap();
    let overview = reader.overview(NOW_MS - DAY_MS).unwrap();
    let latest = overview.kpis[0].latest.as_ref().unwrap();
    assert_eq!(
        latest.t_ms,
        NOW_MS - DAY_MS,
        "the newest reading at the window's end"
    );
    assert!((latest.value - 1.24).abs() < 1e-9, "{}", latest.value);
    assert_eq!(
        latest.previous.as_ref().unwrap().t_ms,
        NOW_MS - 25 * HOUR_MS
    );
}
