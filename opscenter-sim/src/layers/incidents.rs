//! Incidents that open and close with the clock: 1022 citizen reports needing a field visit
//! and 113 (police), 114 (fire and rescue) and 115 (ambulance) emergencies. Each ten-minute
//! bucket of simulated time holds a few incidents drawn from (seed, bucket, line), each with its
//! own duration, so the incidents at any instant are a pure function of that instant. Closed
//! incidents stay on the map for two hours.

use offline_cache::model::Feature;
use serde_json::json;

use crate::calendar::{CityTime, HOUR_MS, MINUTE_MS};
use crate::geo::GEOGRAPHY;
use crate::noise::Noise;
use crate::weather::{Weather, bump, rush};

use super::city::City;
use super::geojson::{feature, point};

const BUCKET_MS: i64 = 10 * MINUTE_MS;
/// Draws per bucket and line; the chance of each follows the line's rate.
const DRAWS_PER_BUCKET: u64 = 10;
/// Closed incidents are still shown this long.
const CLOSED_SHOWN_MS: i64 = 2 * HOUR_MS;

/// One hotline's incidents.
struct Line {
    number: &'static str,
    per_day: f64,
    min_duration_min: f64,
    max_duration_min: f64,
    categories: &'static [&'static str],
}

const LINES: [Line; 4] = [
    Line {
        number: "1022",
        per_day: 420.0,
        min_duration_min: 60.0,
        max_duration_min: 24.0 * 60.0,
        categories: &[
            "flooding",
            "traffic",
            "waste",
            "street_lighting",
            "noise",
            "fallen_tree",
            "road_damage",
            "other",
        ],
    },
    Line {
        number: "113",
        per_day: 60.0,
        min_duration_min: 20.0,
        max_duration_min: 120.0,
        categories: &["security", "traffic_accident"],
    },
    Line {
        number: "114",
        per_day: 12.0,
        min_duration_min: 30.0,
        max_duration_min: 180.0,
        categories: &["fire", "rescue"],
    },
    Line {
        number: "115",
        per_day: 160.0,
        min_duration_min: 15.0,
        max_duration_min: 75.0,
        categories: &["medical"],
    },
];

/// The longest an incident can stay on the map.
const LOOKBACK_MS: i64 = 24 * HOUR_MS + CLOSED_SHOWN_MS + BUCKET_MS;

/// How busy a line is at a local hour, relative to its daily mean.
fn profile(line: &str, hour: f64) -> f64 {
    match line {
        "1022" => 0.25 + 1.5 * bump(hour, 10.0, 3.0) + 1.0 * bump(hour, 16.0, 3.0),
        "113" => 0.7 + 0.8 * bump(hour, 21.0, 3.0) + 0.4 * rush(hour),
        "115" => 0.75 + 0.5 * rush(hour) + 0.3 * bump(hour, 12.0, 4.0),
        _ => 1.0,
    }
}

/// The incidents visible at `t_ms` (open, or closed within the last two hours), oldest first.
pub fn incidents(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = t_ms.div_euclid(MINUTE_MS) * MINUTE_MS;
    let noise = Noise::new(city.seed, "incidents");
    let first_bucket = (t_ms - LOOKBACK_MS).div_euclid(BUCKET_MS);
    let last_bucket = t_ms.div_euclid(BUCKET_MS);
    let mut features = Vec::new();
    for bucket in first_bucket..=last_bucket {
        let bucket_start_ms = bucket * BUCKET_MS;
        let hour = CityTime::at(bucket_start_ms).hour;
        let wet = weather.wetness_mm(bucket_start_ms);
        for (l, line) in LINES.iter().enumerate() {
            let boost = if line.number == "1022" {
                1.0 + wet / 15.0
            } else {
                1.0
            };
            let expected = line.per_day / 144.0 * profile(line.number, hour) * boost;
            let chance = (expected / DRAWS_PER_BUCKET as f64).min(1.0);
            for k in 0..DRAWS_PER_BUCKET {
                let channel = l as u64 * 100 + k;
                if noise.unit(channel, bucket) >= chance {
                    continue;
                }
                let opened_ms = bucket_start_ms
                    + (noise.unit(channel + 1_000, bucket) * BUCKET_MS as f64) as i64;
                if opened_ms > t_ms {
                    continue;
                }
                let span = line.max_duration_min / line.min_duration_min;
                let minutes =
                    line.min_duration_min * span.powf(noise.unit(channel + 2_000, bucket));
                let closed_ms = opened_ms + (minutes * MINUTE_MS as f64) as i64;
                if t_ms >= closed_ms + CLOSED_SHOWN_MS {
                    continue;
                }
                let status = if t_ms >= closed_ms {
                    "closed"
                } else if t_ms < opened_ms + 15 * MINUTE_MS {
                    "new"
                } else {
                    "in_progress"
                };
                let flooding_first =
                    line.number == "1022" && wet > 3.0 && noise.unit(channel + 3_000, bucket) < 0.6;
                let category = if flooding_first {
                    "flooding"
                } else {
                    let pick = noise.unit(channel + 4_000, bucket) * line.categories.len() as f64;
                    line.categories[(pick as usize).min(line.categories.len() - 1)]
                };
                let key = bucket * 1_000 + channel as i64;
                let ward = city.ward_by_population(noise.unit(channel + 5_000, bucket));
                let at = city.point_in_ward(&GEOGRAPHY, noise, key, ward);
                let minutes_open = (t_ms.min(closed_ms) - opened_ms) / MINUTE_MS;
                features.push((
                    opened_ms,
                    feature(
                        format!("inc-{}-{bucket}-{k}", line.number),
                        point(at),
                        json!({
                            "line": line.number,
                            "category": category,
                            "status": status,
                            "opened_ms": opened_ms,
                            "closed_ms": (status == "closed").then_some(closed_ms),
                            "minutes_open": minutes_open,
                            "ward": city.wards[ward].name_vi,
                            "ward_en": city.wards[ward].name_en,
                            "ward_code": city.wards[ward].code,
                        }),
                    ),
                ));
            }
        }
    }
    features.sort_by_key(|(opened_ms, _)| *opened_ms);
    features.into_iter().map(|(_, feature)| feature).collect()
}
