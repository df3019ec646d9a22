//! The layers whose features stay put: wards (with ward KPIs that move with the clock), Metro
//! Line 1, bus routes, hospitals, service centers and the rivers. `datetime` does not apply to
//! them; their values are those of the simulated now, held steady within each layer's interval.

use offline_cache::model::Feature;
use serde_json::json;

use crate::calendar::{CityTime, HOUR_MS, MINUTE_MS};
use crate::geo::GEOGRAPHY;
use crate::geo::places::{METRO_STATIONS, lonlat, metro_line};
use crate::geo::planar::METRES_PER_DEGREE;
use crate::geo::roads::DEMO_CANALS;
use crate::geo::ward_names::UnitKind;
use crate::noise::Noise;
use crate::weather::{Weather, bump};

use super::city::City;
use super::geojson::{feature, line, multi_line, point, polygons, round_to};
use super::live::{air, city_day, day_fraction_done, flood_depth_cm, quantize};

/// Metro Line 1 riders on a typical day (first year: about 52,000).
const METRO_RIDERS_PER_DAY: f64 = 52_000.0;
/// 1022 reports the whole city sends in a day.
const REPORTS_1022_PER_DAY: f64 = 2_500.0;

pub fn wards(city: &City, weather: &Weather, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, HOUR_MS);
    let noise = Noise::new(city.seed, "ward-values");
    let (day, _) = city_day(t_ms);
    let hour = CityTime::at(t_ms).hour;
    let reports_done = day_fraction_done(hour);
    let mut flood_points = vec![0u32; city.wards.len()];
    for (i, sensor) in city.flood_sensors.iter().enumerate() {
        if flood_depth_cm(city, weather, i, t_ms) >= 10.0 {
            flood_points[sensor.ward] += 1;
        }
    }
    let total_population = city.total_population().max(1.0);
    city.wards
        .iter()
        .map(|ward| {
            let key = ward.index as i64;
            let local = 0.75 + 0.5 * noise.unit(1, key);
            let (aqi, ..) = air(weather, noise, key, local, t_ms);
            let share = f64::from(ward.population) / total_population;
            let wet = 1.0 + weather.wetness_mm(t_ms) / 40.0;
            let reports = REPORTS_1022_PER_DAY
                * share
                * reports_done
                * wet
                * (0.8 + 0.4 * noise.unit(2, day * 1_000 + key));
            let on_time_pct = 93.0 + 6.5 * noise.unit(3, day * 1_000 + key);
            let cos_lat = ward.centre[1].to_radians().cos();
            let area_km2 = ward.area_deg2() * (METRES_PER_DEGREE / 1_000.0).powi(2) * cos_lat;
            feature(
                ward.code.clone(),
                polygons(&ward.polygons),
                json!({
                    "code": ward.code,
                    "name": ward.name_vi,
                    "name_en": ward.name_en,
                    "kind": ward.kind.as_str(),
                    "population": ward.population,
                    "area_km2": round_to(area_km2, 2),
                    "aqi": aqi,
                    "flood_points": flood_points[ward.index],
                    "reports_1022": reports.round(),
                    "on_time_pct": round_to(on_time_pct, 1),
                    "updated_ms": t_ms,
                    "demo_boundary": true,
                }),
            )
        })
        .collect()
}

/// Riders entering or leaving the whole line in the hour of `t_ms` (05:00-22:00 service).
fn metro_riders_in_hour(noise: Noise, t_ms: i64) -> f64 {
    let city = CityTime::at(t_ms);
    let profile = |h: f64| {
        if (5.0..22.0).contains(&h) {
            0.35 + 1.6 * bump(h, 7.75, 1.0) + 1.4 * bump(h, 17.5, 1.2) + 0.3 * bump(h, 12.0, 2.0)
        } else {
            0.0
        }
    };
    let total: f64 = (0..24).map(|h| profile(f64::from(h) + 0.5)).sum();
    let day_factor = if city.is_weekend() { 1.15 } else { 1.0 }
        * (1.0 + 0.12 * noise.smooth(1, t_ms, 3 * 86_400_000));
    let hour_mid = city.hour.floor() + 0.5;
    2.0 * METRO_RIDERS_PER_DAY * day_factor * profile(hour_mid) / total
}

pub fn metro(city: &City, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, HOUR_MS);
    let noise = Noise::new(city.seed, "metro");
    let riders = metro_riders_in_hour(noise, t_ms);
    let weights: f64 = METRO_STATIONS.iter().map(|s| s.weight).sum();
    let line_feature = feature(
        "metro-line-1".to_owned(),
        line(&metro_line()),
        json!({
            "kind": "line",
            "name": "Tuyến metro số 1 (Bến Thành – Suối Tiên)",
            "name_en": "Metro Line 1 (Ben Thanh – Suoi Tien)",
            "length_km": 19.7,
            "stations": METRO_STATIONS.len(),
            "opened": "2024-12-22",
        }),
    );
    let stations = METRO_STATIONS.iter().enumerate().map(|(i, station)| {
        let jitter = 1.0 + 0.08 * noise.signed(2 + i as u64, t_ms.div_euclid(HOUR_MS));
        feature(
            format!("metro-station-{:02}", i + 1),
            point(lonlat(station.at)),
            json!({
                "kind": "station",
                "order": i + 1,
                "name": station.name_en,
                "name_vi": station.name_vi,
                "underground": station.underground,
                "passengers_per_hour": (riders * station.weight / weights * jitter).round(),
                "updated_ms": t_ms,
            }),
        )
    });
    std::iter::once(line_feature).chain(stations).collect()
}

pub fn bus_routes(city: &City) -> Vec<Feature> {
    city.bus_routes
        .iter()
        .map(|route| {
            feature(
                route.id.clone(),
                line(&route.line),
                json!({
                    "route": route.number,
                    "name": route.name_vi,
                    "name_en": route.name_en,
                    "operator": route.operator,
                    "fuel": route.fuel,
                    "electric": route.fuel == "electric",
                    "headway_min": route.headway_min,
                    "vehicles": route.vehicles,
                    "length_km": route.length_km,
                    "demo": true,
                }),
            )
        })
        .collect()
}

pub fn hospitals(city: &City, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 15 * MINUTE_MS);
    let noise = Noise::new(city.seed, "hospitals");
    let hour = CityTime::at(t_ms).hour;
    let busy = 0.6 + 0.5 * bump(hour, 10.0, 3.0) + 0.5 * bump(hour, 20.0, 2.5);
    city.hospitals
        .iter()
        .enumerate()
        .map(|(i, place)| {
            let key = t_ms.div_euclid(15 * MINUTE_MS);
            let wobble = 0.7 + 0.6 * noise.unit(i as u64, key);
            let (queue, ambulances) = if place.kind == "hospital" {
                let queue = f64::from(place.beds) / 120.0 * busy * wobble;
                (
                    queue.round(),
                    (2.0 + 6.0 * noise.unit(1_000 + i as u64, key)).floor(),
                )
            } else {
                (0.0, (4.0 * noise.unit(1_000 + i as u64, key)).floor())
            };
            feature(
                place.id.clone(),
                point(place.at),
                json!({
                    "name": place.name_vi,
                    "name_en": place.name_en,
                    "kind": place.kind,
                    "beds": place.beds,
                    "emergency_queue": queue,
                    "ambulances_free": ambulances,
                    "ward_code": place.ward.map(|w| city.wards[w].code.clone()),
                    "position": if place.kind == "hospital" { "approximate" } else { "demo" },
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

pub fn service_centers(city: &City, t_ms: i64) -> Vec<Feature> {
    let t_ms = quantize(t_ms, 15 * MINUTE_MS);
    let noise = Noise::new(city.seed, "service-centers");
    let local = CityTime::at(t_ms);
    let (day, _) = city_day(t_ms);
    let closes = match local.weekday {
        0..=4 => 17.0,
        5 => 11.5,
        _ => 0.0,
    };
    let open = local.hour >= 7.5 && local.hour < closes;
    let done = if closes > 7.5 {
        ((local.hour - 7.5) / (closes - 7.5)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let busy = bump(local.hour, 9.0, 1.3) + 0.7 * bump(local.hour, 14.5, 1.3);
    city.wards
        .iter()
        .map(|ward| {
            let key = ward.index as i64;
            let daily_cases = f64::from(ward.population) / 1_400.0
                * (0.8 + 0.4 * noise.unit(1, day * 1_000 + key));
            let queue = if open {
                (f64::from(ward.population) / 9_000.0
                    * busy
                    * (0.6 + 0.8 * noise.unit(2, t_ms / MINUTE_MS + key)))
                .round()
            } else {
                0.0
            };
            let place = ward.place_name();
            let office = match ward.kind {
                UnitKind::SpecialZone => {
                    format!("Trung tâm phục vụ hành chính công đặc khu {place}")
                }
                _ => format!("Trung tâm phục vụ hành chính công {}", ward.name_vi),
            };
            feature(
                format!("service-{}", ward.code),
                point(ward.centre),
                json!({
                    "name": office,
                    "name_en": format!("Public service center, {}", ward.name_en),
                    "ward_code": ward.code,
                    "open": open,
                    "queue": queue,
                    "cases_today": (daily_cases * done).round(),
                    "on_time_pct": round_to(93.0 + 6.5 * noise.unit(3, day * 1_000 + key), 1),
                    "updated_ms": t_ms,
                }),
            )
        })
        .collect()
}

/// Names of the GSHHS river polygons (by feature index), assigned by the simulator.
fn water_area_name(index: usize) -> (&'static str, &'static str, bool) {
    match index {
        11 => (
            "Saigon and Dong Nai rivers",
            "Sông Sài Gòn – sông Đồng Nai",
            true,
        ),
        8 => ("Tidal river, Can Gio", "Sông rạch Cần Giờ", true),
        9 => (
            "Tidal river near the Soai Rap",
            "Sông rạch gần cửa Soài Rạp",
            true,
        ),
        _ => ("Tidal river", "Sông chịu ảnh hưởng triều", true),
    }
}

/// Names of the WDB II river lines (by feature index), assigned by the simulator.
fn river_line_name(index: usize) -> (&'static str, &'static str, bool) {
    match index {
        2 => ("Dong Nai River", "Sông Đồng Nai", true),
        3 => ("Saigon River (upper)", "Sông Sài Gòn (thượng nguồn)", false),
        4 => (
            "Dong Nai River (upper)",
            "Sông Đồng Nai (thượng nguồn)",
            false,
        ),
        5 => ("La Nga River", "Sông La Ngà", false),
        6 => ("Vam Co Tay River", "Sông Vàm Cỏ Tây", true),
        7 => ("Vam Co Dong River", "Sông Vàm Cỏ Đông", true),
        8 => ("Saigon River", "Sông Sài Gòn", true),
        9 => ("Thi Tinh River", "Sông Thị Tính", false),
        _ => (
            "River (unnamed in the source)",
            "Sông (chưa có tên trong dữ liệu)",
            false,
        ),
    }
}

pub fn rivers() -> Vec<Feature> {
    let geo = &*GEOGRAPHY;
    let areas = geo.water_areas.iter().map(|area| {
        let (name_en, name_vi, tide_affected) = water_area_name(area.index);
        feature(
            format!("river-area-{}", area.index),
            polygons(&area.polygons),
            json!({
                "name": name_vi,
                "name_en": name_en,
                "kind": "river_area",
                "tide_affected": tide_affected,
                "source": crate::geo::assets::GSHHS_SOURCE,
            }),
        )
    });
    let lines = geo.rivers.iter().map(|river| {
        let (name_en, name_vi, tide_affected) = river_line_name(river.index);
        feature(
            format!("river-line-{}", river.index),
            multi_line(&river.pieces),
            json!({
                "name": name_vi,
                "name_en": name_en,
                "kind": "river",
                "tide_affected": tide_affected,
                "source": crate::geo::assets::WDB_SOURCE,
            }),
        )
    });
    let canals = DEMO_CANALS.iter().map(|canal| {
        feature(
            canal.id.to_owned(),
            line(&canal.line()),
            json!({
                "name": canal.name_vi,
                "name_en": canal.name_en,
                "kind": "canal",
                "tide_affected": true,
                "source": "demo shape (opscenter-sim)",
                "demo": true,
            }),
        )
    });
    areas.chain(lines).chain(canals).collect()
}
