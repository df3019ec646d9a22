//! The cache is a GeoPackage from its first migration: GDAL, the judge, opens even an empty one.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use offline_cache::store::Store;

/// GDAL's `ogrinfo`, when installed. `./scripts/test` installs it, so on CI its absence fails.
fn ogrinfo() -> Option<Command> {
    let present = Command::new("ogrinfo").arg("--version").output().is_ok();
    if !present {
        assert!(
            std::env::var_os("CI").is_none(),
            "ogrinfo (gdal-bin) is missing on CI"
        );
        eprintln!("ogrinfo not installed: GeoPackage check skipped here");
    }
    present.then(|| Command::new("ogrinfo"))
}

#[test]
fn an_empty_cache_is_a_geopackage_that_ogrinfo_opens() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("empty.gpkg");
    drop(Store::open(&cache).unwrap());

    let connection = rusqlite::Connection::open(&cache).unwrap();
    let application_id: i64 = connection
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .unwrap();
    assert_eq!(application_id, 0x4750_4B47, "application id is not 'GPKG'");
    let user_version: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(user_version, 10_300);
    let srs: Vec<i64> = connection
        .prepare("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(srs, vec![-1, 0, 3857, 4326]);
    drop(connection);

    let Some(mut ogrinfo) = ogrinfo() else {
        return;
    };
    let output = ogrinfo.arg("-so").arg(&cache).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "ogrinfo refused the cache:\n{text}"
    );
    assert!(
        text.contains("using driver `GPKG'"),
        "not opened as a GeoPackage:\n{text}"
    );
    assert!(
        !text.contains("ERROR") && !text.contains("Warning"),
        "{text}"
    );
}
