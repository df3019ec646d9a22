//! The time-varying point and line layers: congestion, cameras, flood sensors, tide gauges and
//! air quality. Every value is a pure function of (seed, feature, time), read from the same
//! drivers as the KPIs (rush hours, afternoon storms, the Phu An tide, air pollution, camera
//! outages), so a layer at any instant of the history can be computed on demand.

use std::f64::consts::TAU;

use offline_cache::model::Feature;
use serde_json::json;

use crate::calendar::{CityTime, DAY_MS, HOUR_MS, MINUTE_MS};
use crate::noise::Noise;
use crate::weather::{TIDE_PERIOD_MS, Weather, bump, rush};

use super::city::{City, PlacedGauge};
use super::geojson::{feature, line, point, round_to};

/// Tidal range at Phu An: low water lies about this far below the high water.
const TIDE_RANGE_M: f64 = 3.0;

/// `t_ms` floored to a whole number of `interval_ms`.
pub fn quantize(t_ms: i64, interval_ms: i64) -> i64 {
    t_ms.div_euclid(interval_ms.max(1)) * interval_ms.max(1)
}

/// Traffic slowdown 0-1 at `t_ms` for a segment of the given rush sensitivity.
fn slowdown(weather: &Weather, noise: Noise, key: i64, sensitivity: f64, t_ms: i64) -> f64 {
    let city = CityTime::at(t_ms);
    let weekday = if city.is_weekend() { 0.55 } else { 1.0 };
    let rain = (weather.rain_mm_h(t_ms) / 30.0).min(1.0);
    let jitter = 0.12 * noise.smooth(key as u64, t_ms, 20 * MINUTE_MS);
    (0.75 * rush(city.hour) * weekday * sensitivity + 0.3 * rain + 0.1 + jitter).clamp(0.0, 0.95)
}

pub fn congestion(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 5 * MINUTE_MS);
    let noise = Noise::new(city.seed, "congestion");
    city.segments
        .iter()
        .enumerate()
        .map(|(i, segment)| {
            let slow = slowdown(weather, noise, i as i64, segment.sensitivity, t_ms);
            let speed_kmh = (segment.free_flow_kmh * (1.0 - slow)).max(4.0);
            let ratio = speed_kmh / segment.free_flow_kmh;
            let level = match ratio {
                r if r >= 0.75 => 0,
                r if r >= 0.6 => 1,
                r if r >= 0.45 => 2,
                r if r >= 0.3 => 3,
                _ => 4,
            };
            feature(
                segment.id.clone(),
                line(&segment.line),
                json!({
                    "road": segment.name_vi,
                    "road_en": segment.name_en,
                    "speed_kmh": round_to(speed_kmh, 1),
                    "free_flow_kmh": segment.free_flow_kmh,
                    "level": level,
                    "updated_ms": t_ms,
                    "demo": true,
                }),
            )
        })
        .collect()
}

/// Whether camera `index` is online at `t_ms`: a few are down at any hour, more during an
/// outage of the network.
pub fn camera_online(city: &City, weather: &Weather, index: usize, t_ms: i64) -> bool {
    let noise = Noise::new(city.seed, "camera-state");
    let hour = t_ms.div_euclid(HOUR_MS);
    let down_chance = 0.025 + weather.camera_loss_pct(t_ms) / 100.0;
    noise.unit(index as u64, hour) >= down_chance
}

/// Violations a speed or AI camera has recorded so far on the city day of `t_ms`.
fn violations_today(city: &City, index: usize, t_ms: i64) -> u32 {
    let noise = Noise::new(city.seed, "camera-violations");
    let local = CityTime::at(t_ms);
    let mut count = 0;
    for k in 0..4u64 {
        let key = local.day_index * 8 + k as i64;
        if noise.unit(index as u64 * 4 + k, key) < 0.08 {
            let at_hour = 6.0 + 16.0 * noise.unit(index as u64 * 4 + k + 100_000, key);
            if at_hour <= local.hour {
                count += 1;
            }
        }
    }
    count
}

pub fn cameras(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 5 * MINUTE_MS);
    city.cameras
        .iter()
        .enumerate()
        .map(|(i, camera)| {
            let counts = matches!(camera.kind.as_str(), "ai" | "speed");
            let ward = &city.wards[camera.ward];
            feature(
                format!("cam-{:04}", i + 1),
                point(camera.at),
                json!({
                    "type": camera.kind.as_str(),
                    "online": camera_online(city, weather, i, t_ms),
                    "violations_today": if counts { violations_today(city, i, t_ms) } else { 0 },
                    "ward": ward.name_vi,
                    "ward_en": ward.name_en,
                    "ward_code": ward.code,
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

/// Water at Phu An relative to its chart datum, metres: the latest high tide, falling and
/// rising again over the semi-diurnal period.
fn tide_level_m(weather: &Weather, t_ms: i64) -> f64 {
    let peak = weather.latest_tide_peak(t_ms);
    let next = weather.tide_peak(weather.tide_cycle(t_ms) + 1);
    let phase = (t_ms - peak.t_ms) as f64 / TIDE_PERIOD_MS as f64;
    // Interpolate the high-water height between this peak and the next.
    let height = peak.height_m + (next.height_m - peak.height_m) * phase;
    height - TIDE_RANGE_M * (1.0 - (TAU * phase).cos()) / 2.0
}

pub fn gauge_level_m(weather: &Weather, gauge: &PlacedGauge, t_ms: i64) -> f64 {
    let lagged = t_ms - (gauge.site.lag_min * MINUTE_MS as f64) as i64;
    tide_level_m(weather, lagged) + gauge.site.offset_m
}

pub fn tide_gauges(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 5 * MINUTE_MS);
    city.gauges
        .iter()
        .map(|gauge| {
            let level_m = round_to(gauge_level_m(weather, gauge, t_ms), 2);
            let earlier_m = gauge_level_m(weather, gauge, t_ms - 15 * MINUTE_MS);
            let alert_level = gauge
                .site
                .alert_levels_m
                .iter()
                .filter(|threshold| level_m >= **threshold)
                .count();
            feature(
                format!("gauge-{}", gauge.site.id),
                point(gauge.at),
                json!({
                    "name": gauge.site.name_vi,
                    "name_en": gauge.site.name_en,
                    "level_m": level_m,
                    "alert_level": alert_level,
                    "alert_levels_m": gauge.site.alert_levels_m,
                    "trend": if level_m > earlier_m + 0.02 { "rising" } else if level_m < earlier_m - 0.02 { "falling" } else { "steady" },
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

/// Water depth at flood sensor `index`, centimetres: recent rain on the streets, and high
/// tides backing up into low streets near the river.
pub fn flood_depth_cm(city: &City, weather: &Weather, index: usize, t_ms: i64) -> f64 {
    let Some(sensor) = city.flood_sensors.get(index) else {
        return 0.0;
    };
    let noise = Noise::new(city.seed, "flood-depth");
    let rain = weather.wetness_mm(t_ms) * 1.6 * sensor.susceptibility;
    let tide_m = city
        .gauges
        .first()
        .map_or(0.0, |phu_an| gauge_level_m(weather, phu_an, t_ms));
    let tide = ((tide_m - 1.35).max(0.0) * 60.0) * sensor.tide_exposure;
    let ripple = 1.5 * noise.smooth(index as u64, t_ms, 30 * MINUTE_MS);
    (rain + tide + ripple).max(0.0)
}

pub fn flood_sensors(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 5 * MINUTE_MS);
    let noise = Noise::new(city.seed, "flood-rain");
    let rain_now = weather.rain_mm_h(t_ms);
    city.flood_sensors
        .iter()
        .enumerate()
        .map(|(i, sensor)| {
            let depth_cm = round_to(flood_depth_cm(city, weather, i, t_ms), 0);
            let before_cm = flood_depth_cm(city, weather, i, t_ms - 15 * MINUTE_MS);
            let local_rain = rain_now * (0.7 + 0.6 * noise.unit(i as u64, t_ms.div_euclid(HOUR_MS)));
            feature(
                format!("flood-{:03}", i + 1),
                point(sensor.at),
                json!({
                    "depth_cm": depth_cm,
                    "rain_mm_h": round_to(local_rain, 1),
                    "trend": if depth_cm > before_cm + 1.0 { "rising" } else if depth_cm < before_cm - 1.0 { "falling" } else { "steady" },
                    "alert": depth_cm >= 30.0,
                    "ward": city.wards[sensor.ward].name_vi,
                    "ward_en": city.wards[sensor.ward].name_en,
                    "ward_code": city.wards[sensor.ward].code,
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

/// US EPA AQI from a concentration and its breakpoints `(c_low, c_high, i_low, i_high)`.
fn aqi_from(concentration: f64, breakpoints: &[(f64, f64, f64, f64)]) -> f64 {
    for (c_low, c_high, i_low, i_high) in breakpoints {
        if concentration <= *c_high {
            return i_low + (i_high - i_low) * (concentration - c_low).max(0.0) / (c_high - c_low);
        }
    }
    500.0
}

const PM25_BREAKPOINTS: [(f64, f64, f64, f64); 6] = [
    (0.0, 12.0, 0.0, 50.0),
    (12.1, 35.4, 51.0, 100.0),
    (35.5, 55.4, 101.0, 150.0),
    (55.5, 150.4, 151.0, 200.0),
    (150.5, 250.4, 201.0, 300.0),
    (250.5, 500.4, 301.0, 500.0),
];
const PM10_BREAKPOINTS: [(f64, f64, f64, f64); 6] = [
    (0.0, 54.0, 0.0, 50.0),
    (55.0, 154.0, 51.0, 100.0),
    (155.0, 254.0, 101.0, 150.0),
    (255.0, 354.0, 151.0, 200.0),
    (355.0, 424.0, 201.0, 300.0),
    (425.0, 604.0, 301.0, 500.0),
];
const NO2_PPB_BREAKPOINTS: [(f64, f64, f64, f64); 4] = [
    (0.0, 53.0, 0.0, 50.0),
    (54.0, 100.0, 51.0, 100.0),
    (101.0, 360.0, 101.0, 150.0),
    (361.0, 649.0, 151.0, 200.0),
];

/// Air at a place with `local_factor` at `t_ms`: (aqi, pm25, pm10, no2, dominant).
pub fn air(
    weather: &Weather,
    noise: Noise,
    key: i64,
    local_factor: f64,
    t_ms: i64,
) -> (f64, f64, f64, f64, &'static str) {
    let pollution = weather.pollution(t_ms)
        * local_factor
        * (1.0 + 0.12 * noise.smooth(key as u64, t_ms, 3 * HOUR_MS));
    let pm25 = 24.0 * pollution;
    let pm10 = pm25 * (1.55 + 0.3 * noise.unit(key as u64, 7));
    let hour = CityTime::at(t_ms).hour;
    let no2 = 18.0 * local_factor * (1.0 + 0.9 * rush(hour)) * (0.8 + 0.4 * pollution.min(1.5));
    let sub = [
        (aqi_from(pm25, &PM25_BREAKPOINTS), "pm25"),
        (aqi_from(pm10, &PM10_BREAKPOINTS), "pm10"),
        (aqi_from(no2, &NO2_PPB_BREAKPOINTS), "no2"),
    ];
    let (aqi, dominant) =
        sub.into_iter().fold(
            (0.0, "pm25"),
            |best, next| if next.0 > best.0 { next } else { best },
        );
    (
        aqi.round(),
        round_to(pm25, 1),
        round_to(pm10, 1),
        round_to(no2, 1),
        dominant,
    )
}

pub fn air_quality(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, HOUR_MS);
    let noise = Noise::new(city.seed, "air-values");
    city.air_stations
        .iter()
        .enumerate()
        .map(|(i, station)| {
            let (aqi, pm25, pm10, no2, dominant) =
                air(weather, noise, i as i64, station.local_factor, t_ms);
            let ward = &city.wards[station.ward];
            let place = ward.place_name();
            feature(
                format!("aq-{:02}", i + 1),
                point(station.at),
                json!({
                    "name": format!("Trạm quan trắc {place}"),
                    "name_en": format!("{} monitoring station", ward.name_en),
                    "aqi": aqi,
                    "pm25": pm25,
                    "pm10": pm10,
                    "no2": no2,
                    "dominant": dominant,
                    "ward_code": ward.code,
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

/// Share of a day's activity done by `hour` in a service that runs 06:00-22:00 with rush peaks.
pub fn day_fraction_done(hour: f64) -> f64 {
    let rate = |h: f64| {
        if (6.0..22.0).contains(&h) {
            0.4 + bump(h, 8.0, 1.2) + bump(h, 17.5, 1.4)
        } else {
            0.0
        }
    };
    let total: f64 = (0..96).map(|q| rate(f64::from(q) / 4.0 + 0.125)).sum();
    let done: f64 = (0..96)
        .map(|q| f64::from(q) / 4.0 + 0.125)
        .take_while(|h| *h <= hour)
        .map(rate)
        .sum();
    if total > 0.0 { done / total } else { 0.0 }
}

/// The city day of `t_ms` as an index, and the start of that day.
pub fn city_day(t_ms: i64) -> (i64, i64) {
    let day = CityTime::at(t_ms).day_index;
    (day, day * DAY_MS - crate::calendar::CITY_UTC_OFFSET_MS)
}
