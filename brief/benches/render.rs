//! How long a briefing takes to make, printed from one run: a one-week pack of the simulated
//! city (every KPI and layer, tiles z8-12) and the shipped spec (8 KPIs and a map page), rendered whole (read, lay out, PDF and SVG pages), and
//! again after one choice changes (a KPI dropped from the spec: read again, laid out again with
//! what typst kept, PDF and SVG). Medians of 7. Targets: whole under 1 s, incremental under
//! 150 ms.
//!
//! Run with `cargo bench -p citydash-brief --bench render`.

// A benchmark that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used)]

use std::time::Instant;

use citydash_brief::{BriefSource, BriefSpec, Briefing, DEFAULT_SPEC};
use offline_cache::pack::{PackInfo, Selection, TrustedKeys, export};
use offline_cache::sync::{SyncConfig, sync_once};

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; a plain `cargo test --benches` run does not render.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let sim = opscenter_sim::spawn_on_loopback(opscenter_sim::SimConfig {
        history_days: 8,
        speed: 0.0,
        token: None,
        ..opscenter_sim::SimConfig::default()
    })
    .expect("the simulator starts");
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = dir.path().join("city.gpkg");
    let mut config = SyncConfig::new(sim.url(), None, &cache);
    config.history_days = 8;
    config.tiles = Some(offline_cache::sync::TilePlan {
        min_zoom: 8,
        max_zoom: 12,
        ..offline_cache::sync::TilePlan::default()
    });
    assert!(sync_once(&config).expect("the sync runs").reachable);
    let to_ms = sim.now_ms();
    let pack = dir.path().join("week.citybrief");
    let selection = Selection {
        from_ms: to_ms - 7 * 86_400_000,
        to_ms,
        zooms: Some((8, 12)),
        ..Selection::default()
    };
    let info = PackInfo {
        title: "The week".into(),
        ..PackInfo::default()
    };
    export(&cache, &pack, &selection, &info, to_ms, false).expect("the pack");
    let source = BriefSource::open(&pack, &TrustedKeys::default()).expect("the pack opens");
    let spec = BriefSpec::parse(DEFAULT_SPEC).expect("the shipped spec");
    let mut fewer = spec.clone();
    fewer.kpis.pop();

    let mut pages = 0;
    let whole: Vec<f64> = (0..7)
        .map(|_| {
            let started = Instant::now();
            let briefing = Briefing::prepare(&source, &spec).expect("prepared");
            let document = briefing.compile().expect("laid out");
            let pdf = document.pdf().expect("pdf");
            let svg = document.svg_pages();
            pages = svg.len();
            assert!(!pdf.is_empty());
            started.elapsed().as_secs_f64()
        })
        .collect();
    let mut briefing = Briefing::prepare(&source, &spec).expect("prepared");
    briefing.compile().expect("laid out");
    let incremental: Vec<f64> = (0..7)
        .map(|round| {
            let changed = if round % 2 == 0 { &fewer } else { &spec };
            let started = Instant::now();
            briefing.update(changed).expect("updated");
            let document = briefing.compile().expect("laid out");
            document.pdf().expect("pdf");
            document.svg_pages();
            started.elapsed().as_secs_f64()
        })
        .collect();
    println!(
        "brief: {} KPIs, {pages} pages; whole {:.0} ms (target < 1000), after one choice {:.0} ms (target < 150); medians of 7",
        spec.kpis.len(),
        median(whole) * 1_000.0,
        median(incremental) * 1_000.0
    );
}
