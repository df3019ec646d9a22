//! Map layers as OGC API - Features collections: the twelve layers of the catalog and the
//! benchmark points. Static shapes come from the seed's [`city::City`] (built once); values
//! and time-varying layers are computed per request for the asked instant, then filtered by
//! `bbox` and cut to the requested page.

mod bench;
pub mod city;
pub mod defs;
mod fixed;
pub mod geojson;
mod incidents;
mod live;
mod network;

use offline_cache::model::Feature;

use crate::geo::planar::Bbox;
use crate::weather::Weather;

pub use defs::{LayerId, basemap, catalog_layers};

/// What a page of items asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsQuery {
    /// Only features whose envelope meets this box.
    pub bbox: Option<Bbox>,
    pub offset: usize,
    pub limit: usize,
    /// The simulated instant whose values are served.
    pub t_ms: i64,
}

/// One page and how many features match in all.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsPage {
    pub features: Vec<Feature>,
    pub number_matched: u64,
}

/// Every feature of a catalog layer at `t_ms` (the benchmark layer has none here).
pub fn all_features(seed: u64, weather: &Weather, layer: LayerId, t_ms: i64) -> Vec<Feature> {
    let city = city::city(seed);
    let city = &*city;
    match layer {
        LayerId::Wards => fixed::wards(city, weather, t_ms),
        LayerId::Metro => fixed::metro(city, t_ms),
        LayerId::BusRoutes => fixed::bus_routes(city),
        LayerId::Congestion => live::congestion(city, weather, t_ms),
        LayerId::Cameras => live::cameras(city, weather, t_ms),
        LayerId::FloodSensors => live::flood_sensors(city, weather, t_ms),
        LayerId::TideGauges => live::tide_gauges(city, weather, t_ms),
        LayerId::AirQuality => live::air_quality(city, weather, t_ms),
        LayerId::Incidents => incidents::incidents(city, weather, t_ms),
        LayerId::Hospitals => fixed::hospitals(city, t_ms),
        LayerId::ServiceCenters => fixed::service_centers(city, t_ms),
        LayerId::River => fixed::rivers(),
        LayerId::BenchPoints => Vec::new(),
    }
}

/// One page of a layer.
pub fn items(
    seed: u64,
    weather: &Weather,
    layer: LayerId,
    bench_points: u64,
    query: &ItemsQuery,
) -> ItemsPage {
    if layer == LayerId::BenchPoints {
        return bench::page(seed, bench_points, query);
    }
    let matching: Vec<Feature> = all_features(seed, weather, layer, query.t_ms)
        .into_iter()
        .filter(|feature| {
            query
                .bbox
                .is_none_or(|bbox| geojson::feature_envelope(feature).intersects(&bbox))
        })
        .collect();
    let number_matched = matching.len() as u64;
    ItemsPage {
        features: matching
            .into_iter()
            .skip(query.offset)
            .take(query.limit)
            .collect(),
        number_matched,
    }
}

/// One feature of a layer by id at `t_ms`, if it exists.
pub fn feature(
    seed: u64,
    weather: &Weather,
    layer: LayerId,
    bench_points: u64,
    feature_id: &str,
    t_ms: i64,
) -> Option<Feature> {
    if layer == LayerId::BenchPoints {
        return bench::feature_by_id(seed, bench_points, feature_id);
    }
    all_features(seed, weather, layer, t_ms)
        .into_iter()
        .find(|feature| {
            feature
                .id
                .as_ref()
                .is_some_and(|id| id.to_string() == feature_id)
        })
}

/// The instant a page of `layer` at `t_ms` stands for: `t_ms` floored to the layer's update
/// interval (at most an hour), so pages and their ETags stay the same while the data does.
pub fn data_time_ms(layer: LayerId, t_ms: i64) -> i64 {
    let interval_ms = layer.def().interval_secs.clamp(1, 3_600) * 1_000;
    live::quantize(t_ms, interval_ms)
}

/// The envelope of a layer's features at `t_ms`.
pub fn extent(seed: u64, weather: &Weather, layer: LayerId, t_ms: i64) -> Bbox {
    if layer == LayerId::BenchPoints {
        return bench::BENCH_BBOX;
    }
    all_features(seed, weather, layer, t_ms)
        .iter()
        .map(geojson::feature_envelope)
        .fold(Bbox::EMPTY, Bbox::union)
}

#[cfg(test)]
mod tests;
