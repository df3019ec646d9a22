//! The seed's city: everything about the layers that does not change with time, computed once
//! per seed (well under a second) and shared: the wards, where the cameras, flood sensors, air
//! stations, hospitals and 115 stations stand, the tide gauges on the water, the bus routes and
//! the road segments. What changes with time is computed per request from these.

use std::sync::{Arc, LazyLock, Mutex};

use crate::geo::GEOGRAPHY;
use crate::geo::assets::{Geography, in_water_area};
use crate::geo::places::{GaugeSite, HOSPITALS, TIDE_GAUGES, lonlat};
use crate::geo::planar::{Pt, closest_on_segment, distance_to_line, point_along};
use crate::geo::roads::DEMO_ROADS;
use crate::geo::ward_names::UnitKind;
use crate::geo::wards::{Ward, build_wards};
use crate::mutex::lock;
use crate::noise::Noise;

use super::network::{BusRoute, RoadSegment, bus_routes, road_segments};

/// Cameras in the city ("over 1,500").
pub const CAMERA_COUNT: usize = 1_520;
pub const FLOOD_SENSOR_COUNT: usize = 150;
pub const AIR_STATION_COUNT: usize = 30;
/// Every this-many-th ward hosts a 115 ambulance station.
const EMS_STATION_EVERY: usize = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraKind {
    Traffic,
    Speed,
    Ai,
    Security,
}

impl CameraKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CameraKind::Traffic => "traffic",
            CameraKind::Speed => "speed",
            CameraKind::Ai => "ai",
            CameraKind::Security => "security",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameraSite {
    pub at: Pt,
    pub kind: CameraKind,
    pub ward: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SensorSite {
    pub at: Pt,
    pub ward: usize,
    /// How deep this street floods for the same rain (0.4-1.6).
    pub susceptibility: f64,
    /// How much high tides back up into this street (0-1).
    pub tide_exposure: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AirStation {
    pub at: Pt,
    pub ward: usize,
    /// Local pollution relative to the city (0.7-1.4: traffic, industry).
    pub local_factor: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HospitalPlace {
    pub id: String,
    pub name_vi: String,
    pub name_en: String,
    pub at: Pt,
    pub beds: u32,
    /// `hospital` or `ems_station_115`.
    pub kind: &'static str,
    pub ward: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGauge {
    pub site: GaugeSite,
    pub at: Pt,
}

/// Everything static about one seed's layers.
#[derive(Debug)]
pub struct City {
    pub seed: u64,
    pub wards: Vec<Ward>,
    /// Cumulative populations, for drawing a ward in proportion to its people.
    population_cumulative: Vec<f64>,
    pub cameras: Vec<CameraSite>,
    pub flood_sensors: Vec<SensorSite>,
    pub air_stations: Vec<AirStation>,
    pub hospitals: Vec<HospitalPlace>,
    pub gauges: Vec<PlacedGauge>,
    pub bus_routes: Vec<BusRoute>,
    pub segments: Vec<RoadSegment>,
}

/// Seeds kept in memory at once (tests use a few; a demo uses one).
const CITY_CACHE_CAPACITY: usize = 4;

static CITIES: LazyLock<Mutex<Vec<Arc<City>>>> = LazyLock::new(Mutex::default);

/// The city of `seed`, built on first use and kept for the next callers.
pub fn city(seed: u64) -> Arc<City> {
    if let Some(city) = lock(&CITIES).iter().find(|city| city.seed == seed) {
        return city.clone();
    }
    let built = Arc::new(City::build(seed, &GEOGRAPHY));
    let mut cities = lock(&CITIES);
    if let Some(city) = cities.iter().find(|city| city.seed == seed) {
        return city.clone();
    }
    if cities.len() >= CITY_CACHE_CAPACITY {
        cities.remove(0);
    }
    cities.push(built.clone());
    built
}

impl City {
    pub fn build(seed: u64, geo: &Geography) -> City {
        let wards = build_wards(seed, geo);
        let population_cumulative = wards
            .iter()
            .scan(0.0, |total, ward| {
                *total += f64::from(ward.population);
                Some(*total)
            })
            .collect();
        let mut city = City {
            seed,
            wards,
            population_cumulative,
            cameras: Vec::new(),
            flood_sensors: Vec::new(),
            air_stations: Vec::new(),
            hospitals: Vec::new(),
            gauges: Vec::new(),
            bus_routes: Vec::new(),
            segments: Vec::new(),
        };
        city.cameras = city.place_cameras(geo);
        city.flood_sensors = city.place_flood_sensors(geo);
        city.air_stations = city.place_air_stations(geo);
        city.hospitals = city.place_hospitals();
        city.gauges = TIDE_GAUGES
            .iter()
            .map(|site| PlacedGauge {
                site: *site,
                at: snap_to_water(geo, lonlat(site.at)),
            })
            .collect();
        city.bus_routes = bus_routes(seed);
        city.segments = road_segments(seed, |p| city.ward_at(p).is_some());
        city
    }

    /// The ward holding `p`, if any.
    pub fn ward_at(&self, p: Pt) -> Option<usize> {
        self.wards.iter().position(|ward| ward.contains(p))
    }

    /// A ward drawn in proportion to population from a uniform number in `[0, 1)`.
    pub fn ward_by_population(&self, u: f64) -> usize {
        let total = self.population_cumulative.last().copied().unwrap_or(0.0);
        let target = u * total;
        self.population_cumulative
            .partition_point(|cumulative| *cumulative <= target)
            .min(self.wards.len().saturating_sub(1))
    }

    pub fn total_population(&self) -> f64 {
        self.population_cumulative.last().copied().unwrap_or(0.0)
    }

    /// A point on land in ward `ward`, near its centre (its centre when sampling fails).
    pub fn point_in_ward(&self, geo: &Geography, noise: Noise, key: i64, ward: usize) -> Pt {
        let Some(w) = self.wards.get(ward) else {
            return [0.0, 0.0];
        };
        let reach = (w.area_deg2().sqrt() * 0.5).clamp(0.002, 0.05);
        for attempt in 0..12 {
            let k = key.wrapping_mul(16).wrapping_add(attempt);
            let p = [
                w.centre[0] + reach * noise.signed(11, k),
                w.centre[1] + reach * noise.signed(12, k),
            ];
            if w.contains(p) && geo.is_land(p) {
                return p;
            }
        }
        w.centre
    }

    fn place_cameras(&self, geo: &Geography) -> Vec<CameraSite> {
        let noise = Noise::new(self.seed, "cameras-sites");
        let roads: Vec<Vec<Pt>> = DEMO_ROADS.iter().map(|road| road.line()).collect();
        let mut cameras = Vec::with_capacity(CAMERA_COUNT);
        let mut draw = 0i64;
        while cameras.len() < CAMERA_COUNT && draw < 40 * CAMERA_COUNT as i64 {
            draw += 1;
            let p = if noise.unit(1, draw) < 0.6 {
                let road =
                    &roads[(noise.unit(2, draw) * roads.len() as f64) as usize % roads.len()];
                let Some(on_road) = point_along(road, noise.unit(3, draw)) else {
                    continue;
                };
                [
                    on_road[0] + 0.0008 * noise.signed(4, draw),
                    on_road[1] + 0.0008 * noise.signed(5, draw),
                ]
            } else {
                let ward = self.ward_by_population(noise.unit(6, draw));
                if self.wards[ward].kind != UnitKind::Ward && noise.unit(7, draw) < 0.6 {
                    continue;
                }
                self.point_in_ward(geo, noise, draw, ward)
            };
            let Some(ward) = self.ward_at(p).filter(|_| geo.is_land(p)) else {
                continue;
            };
            let u = noise.unit(8, draw);
            let kind = if u < 0.55 {
                CameraKind::Traffic
            } else if u < 0.75 {
                CameraKind::Ai
            } else if u < 0.85 {
                CameraKind::Speed
            } else {
                CameraKind::Security
            };
            cameras.push(CameraSite { at: p, kind, ward });
        }
        cameras
    }

    fn place_flood_sensors(&self, geo: &Geography) -> Vec<SensorSite> {
        const LOW_LYING: [&str; 8] = [
            "core",
            "south",
            "thu-duc",
            "north",
            "binh-chanh",
            "nha-be",
            "thuan-an",
            "di-an",
        ];
        let noise = Noise::new(self.seed, "flood-sites");
        let candidates: Vec<usize> = self
            .wards
            .iter()
            .filter(|ward| LOW_LYING.contains(&ward.area_id))
            .map(|ward| ward.index)
            .collect();
        (0..FLOOD_SENSOR_COUNT)
            .map(|k| {
                let k = k as i64;
                let ward = candidates
                    [(noise.unit(1, k) * candidates.len() as f64) as usize % candidates.len()];
                let at = self.point_in_ward(geo, noise, k, ward);
                SensorSite {
                    at,
                    ward,
                    susceptibility: 0.4 + 1.2 * noise.unit(2, k),
                    tide_exposure: if in_reach_of_water(geo, at) {
                        0.5 + 0.5 * noise.unit(3, k)
                    } else {
                        0.2 * noise.unit(3, k)
                    },
                }
            })
            .collect()
    }

    fn place_air_stations(&self, geo: &Geography) -> Vec<AirStation> {
        // Stratified: 18 in the old core and Thu Duc, 4 in Binh Duong, 3 in Ba Ria-Vung Tau,
        // 5 in the outer communes.
        const STRATA: [(&[&str], usize); 4] = [
            (&["core", "north", "thu-duc", "south"], 18),
            (
                &["thu-dau-mot", "thuan-an", "di-an", "tan-uyen", "ben-cat"],
                4,
            ),
            (&["vung-tau", "ba-ria", "phu-my"], 3),
            (&["cu-chi", "hoc-mon", "binh-chanh", "nha-be", "can-gio"], 5),
        ];
        let noise = Noise::new(self.seed, "air-sites");
        let mut stations = Vec::with_capacity(AIR_STATION_COUNT);
        for (stratum, (areas, count)) in STRATA.iter().enumerate() {
            let mut wards: Vec<usize> = self
                .wards
                .iter()
                .filter(|ward| areas.contains(&ward.area_id))
                .map(|ward| ward.index)
                .collect();
            wards.sort_by_key(|ward| noise.bits(stratum as u64, *ward as i64));
            for ward in wards.into_iter().take(*count) {
                let key = ward as i64;
                stations.push(AirStation {
                    at: self.point_in_ward(geo, noise, key, ward),
                    ward,
                    local_factor: 0.7 + 0.7 * noise.unit(9, key),
                });
            }
        }
        stations
    }

    fn place_hospitals(&self) -> Vec<HospitalPlace> {
        let named = HOSPITALS.iter().enumerate().map(|(i, site)| {
            let at = lonlat(site.at);
            HospitalPlace {
                id: format!("hospital-{:02}", i + 1),
                name_vi: site.name_vi.to_owned(),
                name_en: site.name_en.to_owned(),
                at,
                beds: site.beds,
                kind: "hospital",
                ward: self.ward_at(at),
            }
        });
        let stations = self
            .wards
            .iter()
            .filter(|ward| {
                ward.index % EMS_STATION_EVERY == 3 && ward.kind != UnitKind::SpecialZone
            })
            .enumerate()
            .map(|(i, ward)| {
                let name = ward.place_name();
                HospitalPlace {
                    id: format!("ems-115-{:02}", i + 1),
                    name_vi: format!("Trạm cấp cứu 115 {name}"),
                    name_en: format!("115 ambulance station, {}", ward.name_en),
                    at: ward.centre,
                    beds: 0,
                    kind: "ems_station_115",
                    ward: Some(ward.index),
                }
            });
        named.chain(stations).collect()
    }
}

/// Whether a point is within about 1.5 km of a river or river polygon.
fn in_reach_of_water(geo: &Geography, p: Pt) -> bool {
    const REACH_DEG: f64 = 0.014;
    geo.rivers
        .iter()
        .flat_map(|river| &river.pieces)
        .any(|piece| distance_to_line(p, piece) < REACH_DEG)
        || geo
            .water_areas
            .iter()
            .flat_map(|area| &area.polygons)
            .any(|polygon| distance_to_line(p, &polygon.exterior) < REACH_DEG)
}

/// The nearest point on the water to `p`: itself when not on land, else the nearer of the
/// closest river line point and the closest open-water point found scanning outward.
pub fn snap_to_water(geo: &Geography, p: Pt) -> Pt {
    if !geo.is_land(p) {
        return p;
    }
    let mut best: Option<(f64, Pt)> = None;
    for piece in geo.rivers.iter().flat_map(|river| &river.pieces) {
        for w in piece.windows(2) {
            let q = closest_on_segment(p, w[0], w[1]);
            let d = (q[0] - p[0]).hypot(q[1] - p[1]);
            if best.is_none_or(|(best_d, _)| d < best_d) {
                best = Some((d, q));
            }
        }
    }
    'rings: for ring in 1..60 {
        let r = f64::from(ring) * 0.0004;
        if best.is_some_and(|(d, _)| d < r) {
            break;
        }
        for step in 0..48 {
            let angle = std::f64::consts::TAU * f64::from(step) / 48.0;
            let q = [p[0] + r * angle.cos(), p[1] + r * angle.sin()];
            if !geo.is_land(q) && in_water_area(geo, q) {
                best = Some((r, q));
                break 'rings;
            }
        }
    }
    best.map_or(p, |(_, q)| q)
}
