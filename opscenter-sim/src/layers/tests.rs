//! Checks of the layers' content: counts, valid geometry, points on land (gauges on the
//! water), determinism, and values that move with the clock.

use offline_cache::model::{Feature, Geometry, Position};

use super::*;
use crate::calendar::{HOUR_MS, city_midnight_ms};
use crate::geo::GEOGRAPHY;
use crate::geo::planar::distance_to_line;
use crate::weather::Weather;

const SEED: u64 = 42;

fn at(layer: LayerId, t_ms: i64) -> Vec<Feature> {
    all_features(SEED, &Weather::new(SEED), layer, t_ms)
}

fn positions(geometry: &Geometry) -> Vec<Position> {
    match geometry {
        Geometry::Point(p) => vec![*p],
        Geometry::MultiPoint(ps) | Geometry::LineString(ps) => ps.clone(),
        Geometry::MultiLineString(ls) | Geometry::Polygon(ls) => ls.concat(),
        Geometry::MultiPolygon(ps) => ps.iter().flat_map(|p| p.concat()).collect(),
    }
}

fn assert_valid(layer: LayerId, feature: &Feature) {
    let geometry = feature.geometry.as_ref().expect("a geometry");
    for p in positions(geometry) {
        assert!(
            p.lon.is_finite()
                && p.lat.is_finite()
                && (-180.0..=180.0).contains(&p.lon)
                && (-90.0..=90.0).contains(&p.lat),
            "{layer:?} {:?}: bad position {p:?}",
            feature.id
        );
    }
    let rings: Vec<&Vec<Position>> = match geometry {
        Geometry::Polygon(rings) => rings.iter().collect(),
        Geometry::MultiPolygon(polygons) => polygons.iter().flatten().collect(),
        Geometry::LineString(line) => {
            assert!(line.len() >= 2, "{layer:?} {:?}: short line", feature.id);
            Vec::new()
        }
        Geometry::MultiLineString(lines) => {
            assert!(
                lines.iter().all(|line| line.len() >= 2),
                "{layer:?}: short line"
            );
            Vec::new()
        }
        _ => Vec::new(),
    };
    for ring in rings {
        assert!(
            ring.len() >= 4,
            "{layer:?} {:?}: ring of {}",
            feature.id,
            ring.len()
        );
        assert_eq!(
            ring.first(),
            ring.last(),
            "{layer:?} {:?}: open ring",
            feature.id
        );
    }
    assert!(feature.properties.is_some());
}

fn point(feature: &Feature) -> [f64; 2] {
    match feature.geometry {
        Some(Geometry::Point(p)) => [p.lon, p.lat],
        ref other => panic!("not a point: {other:?}"),
    }
}

#[test]
fn layers_have_their_counts_and_valid_geometry() {
    let t_ms = city_midnight_ms(2026, 3, 1) + 8 * HOUR_MS;
    let expected: [(LayerId, usize); 9] = [
        (LayerId::Wards, 168),
        (LayerId::Metro, 15),
        (LayerId::BusRoutes, 40),
        (LayerId::Cameras, city::CAMERA_COUNT),
        (LayerId::FloodSensors, 150),
        (LayerId::TideGauges, 3),
        (LayerId::AirQuality, 30),
        (LayerId::ServiceCenters, 168),
        (LayerId::Hospitals, 16 + 24),
    ];
    for (layer, count) in expected {
        assert_eq!(at(layer, t_ms).len(), count, "{layer:?}");
    }
    for layer in LayerId::CATALOG {
        let features = at(layer, t_ms);
        assert!(!features.is_empty(), "{layer:?} is empty");
        let mut ids: Vec<String> = features
            .iter()
            .map(|f| f.id.as_ref().unwrap().to_string())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), features.len(), "{layer:?} repeats an id");
        for feature in &features {
            assert_valid(layer, feature);
        }
    }
    assert!(at(LayerId::Congestion, t_ms).len() > 100);
    assert!(at(LayerId::River, t_ms).len() >= 10);
    let incidents = at(LayerId::Incidents, t_ms).len();
    assert!((40..600).contains(&incidents), "{incidents} incidents");
}

#[test]
fn points_fall_on_land_and_gauges_on_the_water() {
    let geo = &*GEOGRAPHY;
    let t_ms = city_midnight_ms(2026, 3, 1) + 10 * HOUR_MS;
    for layer in [
        LayerId::Cameras,
        LayerId::FloodSensors,
        LayerId::AirQuality,
        LayerId::Incidents,
        LayerId::ServiceCenters,
        LayerId::Hospitals,
    ] {
        for feature in at(layer, t_ms) {
            let p = point(&feature);
            // Con Dao lies beyond the geodata; its service center stands on the demo island.
            if p[1] < 9.0 {
                continue;
            }
            assert!(
                geo.is_land(p),
                "{layer:?} {:?} at {p:?} is not on land",
                feature.id
            );
        }
    }
    for feature in at(LayerId::TideGauges, t_ms) {
        let p = point(&feature);
        let on_river_line = geo
            .rivers
            .iter()
            .flat_map(|river| &river.pieces)
            .any(|piece| distance_to_line(p, piece) < 1e-5);
        assert!(
            !geo.is_land(p) || on_river_line,
            "{:?} at {p:?} is not on the water",
            feature.id
        );
    }
    // Metro stations keep their real coordinates; the shoreline data is coarser than a
    // riverside station, so most (not all) fall on land.
    let stations: Vec<[f64; 2]> = at(LayerId::Metro, t_ms).iter().skip(1).map(point).collect();
    let on_land = stations.iter().filter(|p| geo.is_land(**p)).count();
    assert!(on_land >= 11, "{on_land} of 14 stations on land");
}

#[test]
fn the_same_seed_gives_the_same_layers() {
    let t_ms = city_midnight_ms(2026, 7, 1) + 15 * HOUR_MS;
    for layer in LayerId::CATALOG {
        assert_eq!(at(layer, t_ms), at(layer, t_ms), "{layer:?}");
    }
    let other = all_features(7, &Weather::new(7), LayerId::Cameras, t_ms);
    assert_ne!(other, at(LayerId::Cameras, t_ms));
}

fn numbers(features: &[Feature], key: &str) -> Vec<f64> {
    features
        .iter()
        .map(|f| {
            f.properties
                .as_ref()
                .and_then(|p| p[key].as_f64())
                .unwrap_or(f64::NAN)
        })
        .collect()
}

#[test]
fn time_varying_layers_follow_the_clock() {
    // Find a stormy afternoon of the rainy season: flood depths rise in it.
    let weather = Weather::new(SEED);
    let storm = (0..60)
        .filter_map(|d| weather.storm(crate::calendar::days_from_civil(2025, 8, 1) + d))
        .max_by(|a, b| a.peak_mm_h.total_cmp(&b.peak_mm_h))
        .unwrap();
    let dry_ms = storm.start_ms - 6 * HOUR_MS;
    let wet_ms = storm.start_ms + (storm.end_ms - storm.start_ms) / 2;
    let depth = |t_ms| {
        numbers(&at(LayerId::FloodSensors, t_ms), "depth_cm")
            .iter()
            .sum::<f64>()
    };
    assert!(
        depth(wet_ms) > depth(dry_ms) + 100.0,
        "{} vs {}",
        depth(wet_ms),
        depth(dry_ms)
    );
    // Rush hour is slower than the night; the tide moves.
    let morning = city_midnight_ms(2026, 3, 3) + 8 * HOUR_MS;
    let night = city_midnight_ms(2026, 3, 3) + 3 * HOUR_MS;
    let speed = |t_ms| {
        numbers(&at(LayerId::Congestion, t_ms), "speed_kmh")
            .iter()
            .sum::<f64>()
    };
    assert!(speed(morning) < 0.8 * speed(night));
    let tide = |t_ms| numbers(&at(LayerId::TideGauges, t_ms), "level_m");
    assert_ne!(tide(morning), tide(morning + 3 * HOUR_MS));
    let riders = |t_ms| {
        numbers(&at(LayerId::Metro, t_ms)[1..], "passengers_per_hour")
            .iter()
            .sum::<f64>()
    };
    assert!(riders(morning) > 2.0 * riders(city_midnight_ms(2026, 3, 3) + 13 * HOUR_MS));
    assert_eq!(riders(night), 0.0);
    // Incidents open and close.
    let ids = |t_ms| {
        at(LayerId::Incidents, t_ms)
            .iter()
            .map(|f| f.id.as_ref().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_ne!(ids(morning), ids(morning + 2 * HOUR_MS));
}

#[test]
fn bench_points_are_paged_without_holding_them() {
    let weather = Weather::new(SEED);
    let query = |offset, limit, bbox| ItemsQuery {
        bbox,
        offset,
        limit,
        t_ms: 0,
    };
    let last = items(
        SEED,
        &weather,
        LayerId::BenchPoints,
        2_000_000,
        &query(1_999_990, 100, None),
    );
    assert_eq!(last.number_matched, 2_000_000);
    assert_eq!(last.features.len(), 10);
    assert_eq!(
        last.features[9].id.as_ref().unwrap().to_string(),
        "bench-1999999"
    );
    let bbox = Bbox::new(106.6, 10.7, 106.8, 10.9);
    let boxed = items(
        SEED,
        &weather,
        LayerId::BenchPoints,
        10_000,
        &query(0, 10_000, Some(bbox)),
    );
    let share = boxed.number_matched as f64 / 10_000.0;
    assert!((0.01..0.05).contains(&share), "{share}");
    assert!(boxed.features.iter().all(|f| bbox.contains(point(f))));
}
