//! A real briefing pack cut short. The simulated city is synced over loopback (three days of
//! every KPI, four layers, the basemap at two zooms), exported as a pack of a couple of
//! megabytes, and cut at every 4 KiB boundary of its length and one byte short of it: `verify`
//! refuses every cut copy with an error, never a panic; each boundary cut is checked again
//! with the header's page count made to match it, so that only the integrity check and the
//! digest can tell. The whole pack verifies, and GDAL, the judge of GeoPackages, lists its
//! layers and opens its basemap tiles (present: it must; absent: a failure on CI, skipped with
//! a message elsewhere). Prints how many cuts were checked and why they were refused.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::io::{Seek, SeekFrom, Write};
use std::panic::catch_unwind;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use citydash_e2e::{frozen_sim, sync_config};
use offline_cache::model::units::DAY_MS;
use offline_cache::pack::{Manifest, PackInfo, PackRefused, Selection, export, verify};
use offline_cache::store::table_name;
use offline_cache::sync::{LayerSelection, TilePlan, sync_once};

const DAYS: i64 = 3;
const LAYERS: [&str; 4] = ["bus-routes", "cameras", "flood-sensors", "wards"];
const ZOOMS: (u8, u8) = (11, 12);
/// A pack smaller than this would not be the full-size case this test is about; from it, cuts
/// are checked both ways `verify` has (its two checks at once from 1 MiB, in turn below).
const AT_LEAST_BYTES: u64 = 2_000_000;

/// Syncs the simulated city into a cache under `dir` and exports its pack; returns the pack's
/// path and manifest.
fn city_pack(dir: &Path) -> (PathBuf, Manifest) {
    let sim = frozen_sim(DAYS);
    let cache = dir.join("city.gpkg");
    let mut config = sync_config(&sim, &cache, DAYS);
    config.layers = LayerSelection::Only(LAYERS.iter().map(|id| (*id).to_owned()).collect());
    config.tiles = Some(TilePlan {
        min_zoom: ZOOMS.0,
        max_zoom: ZOOMS.1,
        ..TilePlan::default()
    });
    let report = sync_once(&config).unwrap();
    assert!(report.is_success(), "{report:#?}");
    let to_ms = sim.now_ms();
    let selection = Selection {
        kpi_ids: None,
        from_ms: to_ms - DAYS * DAY_MS,
        to_ms,
        layer_ids: None,
        zooms: Some(ZOOMS),
        bbox: None,
    };
    let info = PackInfo {
        title: "Three days of the city".into(),
        author: None,
        expires_at_ms: None,
    };
    let pack = dir.join("city.citybrief");
    let manifest = export(&cache, &pack, &selection, &info, to_ms, false).unwrap();
    (pack, manifest)
}

/// A GDAL program, when installed. `./scripts/test` installs GDAL, so on CI its absence fails.
fn gdal(program: &str) -> Option<Command> {
    let present = Command::new(program).arg("--version").output().is_ok();
    if !present {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} (gdal-bin) is missing on CI"
        );
        eprintln!("{program} not installed: the pack's GeoPackage check is skipped here");
    }
    present.then(|| Command::new(program))
}

/// Runs `command`, asserts it succeeded, and returns what it printed (both streams).
fn printed(mut command: Command) -> String {
    let output = command.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{command:?} failed:\n{text}");
    text
}

/// GDAL reads the pack as a GeoPackage: its layers as vector layers, its basemap as a raster
/// whose deepest zoom is the pack's. (GDAL warns that `.citybrief` is not a GeoPackage
/// extension; that is expected.)
fn gdal_reads(pack: &Path, manifest: &Manifest) {
    if let Some(mut ogrinfo) = gdal("ogrinfo") {
        ogrinfo.arg("-ro").arg("-so").arg(pack);
        let listing = printed(ogrinfo);
        assert!(
            listing.contains("using driver `GPKG' successful"),
            "not opened as a GeoPackage:\n{listing}"
        );
        for layer in &manifest.holds.layers {
            let table = table_name(layer);
            // `1: layer_wards`, or `1: layer_wards (Multi Polygon)`.
            let listed = listing.lines().any(|line| {
                line.split_once(": ")
                    .is_some_and(|(_, name)| name.split(' ').next() == Some(table.as_str()))
            });
            assert!(listed, "layer {table} is not listed:\n{listing}");
        }
    }
    if let Some(mut gdalinfo) = gdal("gdalinfo") {
        gdalinfo.arg("-oo").arg("TABLE=basemap_tiles").arg(pack);
        let info = printed(gdalinfo);
        for expected in [
            "Driver: GPKG/GeoPackage".to_owned(),
            "IDENTIFIER=basemap".to_owned(),
            format!("ZOOM_LEVEL={}", ZOOMS.1),
            "Band 4 Block=256x256 Type=Byte, ColorInterp=Alpha".to_owned(),
        ] {
            assert!(info.contains(&expected), "no {expected:?} in:\n{info}");
        }
    }
}

/// Why `verify` refused the pack at `path` (`what` says how it was cut); a panic or a pass
/// fails the test.
fn refusal(path: &Path, what: &str) -> &'static str {
    let verdict = catch_unwind(|| verify(path))
        .unwrap_or_else(|_| panic!("verify panicked on the pack {what}"));
    match verdict {
        Ok(_) => panic!("the pack {what} passed as valid"),
        Err(PackRefused::Unreadable(_)) => "unreadable",
        Err(PackRefused::NotSqlite(_)) => "not SQLite",
        Err(PackRefused::NotAPack) => "not a pack",
        Err(PackRefused::Damaged(_)) => "damaged",
        Err(PackRefused::BadManifest(_)) => "bad manifest",
        Err(PackRefused::NewerFormat { .. }) => "newer format",
        Err(PackRefused::ContentChanged) => "content changed",
        Err(PackRefused::BadSignature(_)) => "bad signature",
    }
}

#[test]
fn a_full_size_pack_cut_anywhere_is_refused_and_whole_it_verifies_and_gdal_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let (pack, manifest) = city_pack(dir.path());
    let bytes = std::fs::read(&pack).unwrap();
    let length = bytes.len() as u64;
    assert!(length >= AT_LEAST_BYTES, "a pack of only {length} bytes");
    assert_eq!(&bytes[16..18], &[0x10, 0x00], "pages of 4 KiB");
    let holds = &manifest.holds;
    assert_eq!(holds.layers, LAYERS);
    assert!(holds.observations > 0 && holds.features > 0 && holds.tiles > 0);
    assert_eq!(verify(&pack).unwrap().manifest, manifest);
    gdal_reads(&pack, &manifest);
    assert_eq!(
        verify(&pack).unwrap().manifest,
        manifest,
        "GDAL read the pack without changing it"
    );
    let ready_secs = started.elapsed().as_secs_f64();

    // One copy, cut shorter and shorter: one byte short, then at every 4 KiB boundary down to
    // nothing. A cut at a boundary is checked twice: as it is (fewer pages than the header
    // counts, which SQLite itself notices), and with the header's page count (bytes 28-31) made
    // to match what is left, so that only the integrity check and the digest can tell.
    let cut = dir.path().join("cut.citybrief");
    std::fs::write(&cut, &bytes).unwrap();
    let mut file = OpenOptions::new().write(true).open(&cut).unwrap();
    let mut lengths: Vec<u64> = (0..length.div_ceil(4096)).map(|k| k * 4096).collect();
    lengths.push(length - 1);
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    let (mut cuts, mut recounted): (BTreeMap<_, usize>, BTreeMap<_, usize>) = Default::default();
    for &cut_length in &lengths {
        file.set_len(cut_length).unwrap();
        let what = format!("cut at {cut_length} of {length} bytes");
        *cuts.entry(refusal(&cut, &what)).or_default() += 1;
        if cut_length > 0 && cut_length % 4096 == 0 {
            let pages = u32::try_from(cut_length / 4096).unwrap();
            file.seek(SeekFrom::Start(28)).unwrap();
            file.write_all(&pages.to_be_bytes()).unwrap();
            let what = format!("{what}, its header counting {pages} pages");
            *recounted.entry(refusal(&cut, &what)).or_default() += 1;
            file.seek(SeekFrom::Start(28)).unwrap();
            file.write_all(&bytes[28..32]).unwrap();
        }
    }
    assert_eq!(cuts.values().sum::<usize>(), lengths.len());
    println!(
        "pack of {length} bytes ({} readings, {} features, {} tiles; synced, exported, verified \
         and read by GDAL in {ready_secs:.1} s): {} cuts checked (every 4 KiB boundary and one \
         byte short), all refused: {cuts:?}; {} of them again with the header's page count \
         matching, all refused: {recounted:?}; in {:.1} s",
        holds.observations,
        holds.features,
        holds.tiles,
        lengths.len(),
        recounted.values().sum::<usize>(),
        started.elapsed().as_secs_f64() - ready_secs
    );
}
