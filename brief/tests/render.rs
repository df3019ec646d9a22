//! Briefings of a real pack: the simulator on loopback synced into a cache, a KPI name and an
//! alert title replaced by markup of every kind (typst, HTML, script), the cache packed and
//! signed, and the briefing made from the pack. `pdftotext` reads the document back: every
//! chosen KPI's name with its diacritics, value and measured-at, the hostile texts verbatim;
//! the same pack and spec give the same bytes; no chart is cut by a page break.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use citydash_brief::{BriefSource, BriefSpec, Briefing};
use offline_cache::model::{Alert, AlertSeverity, AlertStatus, AlertsPage, LocalizedText};
use offline_cache::pack::{ExportOptions, PackInfo, Selection, SigningKey, TrustedKeys};
use offline_cache::store::{FetchMeta, Resource, Store};
use offline_cache::sync::{SyncConfig, sync_once};

/// A KPI name and an alert title that mean something in typst, HTML and a browser.
const HOSTILE_NAME: &str = "#set text(red) <script>alert(1)</script> *bold* $x^2$ [link](http://x) #import \"/etc/passwd\"";
const HOSTILE_TITLE: &str = "</td><img src=x onerror=alert(2)> #pagebreak() _emph_ = heading";

/// The simulator's frozen clock.
const SIMULATED_NOW_MS: i64 = 1_795_143_600_000;

struct Fixture {
    _dir: tempfile::TempDir,
    pack: PathBuf,
    trusted: TrustedKeys,
}

fn fixture() -> Fixture {
    let sim = opscenter_sim::spawn_on_loopback(opscenter_sim::SimConfig {
        // A fixed simulated time (2026-11-20 10:00 in the city), so the week never holds the
        // 1st of January, when the annual KPIs have their reading.
        start_ms: SIMULATED_NOW_MS,
        history_days: 9,
        speed: 0.0,
        token: None,
        ..opscenter_sim::SimConfig::default()
    })
    .expect("the simulator starts");
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let mut config = SyncConfig::new(sim.url(), None, &cache);
    config.history_days = 9;
    config.layers = offline_cache::sync::LayerSelection::parse("wards,flood-sensors,incidents");
    config.tiles = Some(offline_cache::sync::TilePlan {
        min_zoom: 9,
        max_zoom: 10,
        ..offline_cache::sync::TilePlan::default()
    });
    assert!(sync_once(&config).unwrap().reachable);
    let as_of = sim.now_ms();
    sim.shutdown();

    let connection = rusqlite::Connection::open(&cache).unwrap();
    connection
        .execute(
            "UPDATE kpi SET def_json = json_set(def_json, '$.name.en', ?1, '$.name.vi', ?1)
             WHERE kpi_id = 'MO02'",
            [HOSTILE_NAME],
        )
        .unwrap();
    drop(connection);
    let mut store = Store::open(&cache).unwrap();
    let alert = Alert {
        id: "hostile".into(),
        t_ms: as_of - 3_600_000,
        severity: AlertSeverity::Warning,
        title: LocalizedText::new(HOSTILE_TITLE, HOSTILE_TITLE),
        body: LocalizedText::new("-", "-"),
        kpi_id: None,
        feature: None,
        status: AlertStatus::Active,
    };
    let page = AlertsPage {
        alerts: vec![alert],
        next_cursor: "hostile".into(),
        has_more: false,
    };
    let meta = FetchMeta {
        url: "http://127.0.0.1/api/v1/alerts".into(),
        resource: Resource::Alerts,
        etag: None,
        fetched_at_ms: as_of,
    };
    store.write_alerts(&page, &meta).unwrap();
    drop(store);

    let key = SigningKey::generate("Văn phòng UBND").unwrap();
    let pack = dir.path().join("week.citybrief");
    let selection = Selection {
        from_ms: as_of - 8 * 86_400_000,
        to_ms: as_of,
        ..Selection::default()
    };
    let info = PackInfo {
        title: "Tuần".into(),
        ..PackInfo::default()
    };
    let options = ExportOptions {
        signing_key: Some(&key),
        ..ExportOptions::default()
    };
    offline_cache::pack::export_with(&cache, &pack, &selection, &info, as_of, &options).unwrap();
    let mut trusted = TrustedKeys::default();
    trusted.add(key.public(), "Văn phòng UBND");
    Fixture {
        _dir: dir,
        pack,
        trusted,
    }
}

const SPEC: &str = r#"
title = "Báo cáo tuần <b>#1</b>"
lang = "vi"
period = "7d"
kpis = ["EN03", "MO01", "MO02", "DE01", "PS01"]
notes = "Dòng một.\n#strong[không phải markup] và <i>không phải HTML</i>"

[[map]]
title = "Ngập và sự cố"
metric = "flood_points"
layers = ["flood-sensors", "incidents"]
"#;

fn pdf_text(pdf: &[u8], dir: &Path) -> String {
    let path = dir.join("brief.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (./scripts/test installs poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_document_says_every_kpi_with_its_value_and_time_and_hostile_text_verbatim() {
    let fixture = fixture();
    let source = BriefSource::open(&fixture.pack, &fixture.trusted).unwrap();
    let spec = BriefSpec::parse(SPEC).unwrap();
    let briefing = Briefing::prepare(&source, &spec).unwrap();
    let document = briefing.compile().unwrap();
    let pdf = document.pdf().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = pdf_text(&pdf, dir.path());
    // In content order (`-raw`) a cell that wraps reads on, whatever its neighbours.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");

    let data = &briefing.content.data;
    assert_eq!(data.headlines.len(), 5);
    for headline in &data.headlines {
        for part in [&headline.name, &headline.value, &headline.measured_at] {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&part), "{part:?} is not in the PDF:\n{text}");
        }
    }
    assert!(flat.contains("Đỉnh triều tại Phú An"), "diacritics: {text}");
    for hostile in [
        HOSTILE_NAME,
        HOSTILE_TITLE,
        "Báo cáo tuần <b>#1</b>",
        "#strong[không phải markup] và <i>không phải HTML</i>",
    ] {
        let hostile = hostile.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&hostile), "{hostile:?} not verbatim:\n{text}");
    }
    assert!(
        flat.contains("do Văn phòng UBND ký"),
        "the signer on the cover: {text}"
    );
    assert!(
        flat.contains(&source_digest(&source)),
        "the pack's digest in the footer"
    );

    // The same pack and spec: the same bytes.
    let again = Briefing::prepare(&source, &spec)
        .unwrap()
        .compile()
        .unwrap();
    assert_eq!(again.pdf().unwrap(), pdf, "the PDF is not reproducible");
    assert_eq!(again.svg_pages(), document.svg_pages());
}

fn source_digest(source: &BriefSource) -> String {
    match source {
        BriefSource::Pack(pack) => pack.verified.manifest.content_sha256.clone(),
        BriefSource::Cache(_) => panic!("a pack was opened"),
    }
}

#[test]
fn a_spec_naming_unknown_kpis_is_refused_naming_them_and_a_changed_pack_is_refused() {
    let fixture = fixture();
    let source = BriefSource::open(&fixture.pack, &fixture.trusted).unwrap();
    let spec = BriefSpec::parse("kpis = [\"EN03\", \"XX01\", \"ZZ09\"]").unwrap();
    let error = Briefing::prepare(&source, &spec).err().unwrap().to_string();
    assert!(error.contains("XX01, ZZ09"), "{error}");
    let spec =
        BriefSpec::parse("kpis = [\"EN03\"]\n[[map]]\nlayers = [\"incidents\", \"ufo-sightings\"]")
            .unwrap();
    let error = Briefing::prepare(&source, &spec).err().unwrap().to_string();
    assert!(error.contains("no layer ufo-sightings"), "{error}");

    rusqlite::Connection::open(&fixture.pack)
        .unwrap()
        .execute("UPDATE observation SET value = value + 1", [])
        .unwrap();
    let refused = BriefSource::open(&fixture.pack, &fixture.trusted)
        .err()
        .unwrap();
    assert!(
        refused.to_string().contains("changed after it was made"),
        "{refused}"
    );
}

#[test]
fn no_page_break_falls_inside_a_chart() {
    let fixture = fixture();
    let source = BriefSource::open(&fixture.pack, &fixture.trusted).unwrap();
    // Many charts, so several pages of them.
    let spec = BriefSpec::parse(
        "lang = \"en\"\nkpis = [\"EN01\", \"EN02\", \"EN03\", \"EN04\", \"EN05\", \"MO01\", \"MO02\", \"MO04\", \"PS01\", \"PS02\", \"UT01\"]",
    )
    .unwrap();
    let document = Briefing::prepare(&source, &spec)
        .unwrap()
        .compile()
        .unwrap();
    let marks = document.marks();
    let pages_of = |prefix: &str| -> Vec<usize> {
        marks
            .iter()
            .filter(|(mark, _)| mark.starts_with(prefix))
            .map(|(_, page)| *page)
            .collect()
    };
    let (starts, ends) = (pages_of("chart-start-"), pages_of("chart-end-"));
    assert_eq!(starts.len(), 11, "{marks:?}");
    assert_eq!(starts, ends, "a chart was cut by a page break: {marks:?}");
    let pages: std::collections::BTreeSet<usize> = starts.iter().copied().collect();
    assert!(pages.len() >= 3, "the charts fill several pages: {marks:?}");
}
