//! `bench-points`: a configurable number of synthetic points for load tests (100,000 or two
//! million features), generated page by page from their index so no page ever holds more than
//! its own features. Not listed in the catalog; present only when `SimConfig::bench_points > 0`.

use offline_cache::model::Feature;
use serde_json::json;

use crate::geo::planar::{Bbox, Pt};
use crate::noise::Noise;

use super::geojson::{feature, point, round_to};
use super::{ItemsPage, ItemsQuery};

/// Where the benchmark points fall (the merged city's mainland box).
pub const BENCH_BBOX: Bbox = Bbox {
    min: [106.35, 10.35],
    max: [107.55, 11.45],
};

const CATEGORIES: [&str; 4] = ["alpha", "bravo", "charlie", "delta"];

fn position(noise: Noise, index: u64) -> Pt {
    let n = index as i64;
    [
        BENCH_BBOX.min[0] + noise.unit(1, n) * (BENCH_BBOX.max[0] - BENCH_BBOX.min[0]),
        BENCH_BBOX.min[1] + noise.unit(2, n) * (BENCH_BBOX.max[1] - BENCH_BBOX.min[1]),
    ]
}

fn bench_feature(noise: Noise, index: u64, at: Pt) -> Feature {
    let n = index as i64;
    feature(
        format!("bench-{index}"),
        point(at),
        json!({
            "n": index,
            "value": round_to(100.0 * noise.unit(3, n), 3),
            "category": CATEGORIES[(noise.bits(4, n) % 4) as usize],
        }),
    )
}

/// Benchmark point `bench-{index}`, if `index` is below `total`.
pub fn feature_by_id(seed: u64, total: u64, feature_id: &str) -> Option<Feature> {
    let index: u64 = feature_id.strip_prefix("bench-")?.parse().ok()?;
    let noise = Noise::new(seed, "bench-points");
    (index < total).then(|| bench_feature(noise, index, position(noise, index)))
}

/// One page of `total` benchmark points. Without a `bbox` it costs only the page; with one,
/// every point is looked at to count the matches.
pub fn page(seed: u64, total: u64, query: &ItemsQuery) -> ItemsPage {
    let noise = Noise::new(seed, "bench-points");
    let offset = query.offset as u64;
    let limit = query.limit as u64;
    match query.bbox {
        None => {
            let end = offset.saturating_add(limit).min(total);
            ItemsPage {
                features: (offset.min(end)..end)
                    .map(|i| bench_feature(noise, i, position(noise, i)))
                    .collect(),
                number_matched: total,
            }
        }
        Some(bbox) => {
            let mut matched = 0u64;
            let mut features = Vec::new();
            for i in 0..total {
                let at = position(noise, i);
                if !bbox.contains(at) {
                    continue;
                }
                if matched >= offset && matched < offset.saturating_add(limit) {
                    features.push(bench_feature(noise, i, at));
                }
                matched += 1;
            }
            ItemsPage {
                features,
                number_matched: matched,
            }
        }
    }
}
