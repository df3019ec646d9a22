//! The 168 demo wards, communes and the special zone: a Voronoi diagram of plausible centres
//! (dense in the old core, sparse in the outer communes), with the neighbouring provinces'
//! cells left out, clipped to the real land. The cells tile the city without gaps or overlaps;
//! a cell the rivers cut in pieces becomes a multipolygon. The shapes are demo geometry: no
//! open boundary file of the post-2025 units exists.

use super::assets::Geography;
use super::clip::{Polygon, Ring, clip_region};
use super::places::lonlat;
use super::planar::{Bbox, Pt, clip_convex_to_half_plane};
use super::ward_names::{
    CON_DAO_CENTRE, CON_DAO_NAME, CON_DAO_OUTLINE, CON_DAO_POPULATION, NEIGHBOUR_SITES, UNIT_AREAS,
    UnitArea, UnitKind, ascii_fold,
};
use crate::noise::Noise;

/// The box the mainland units fill (inside the geodata's box, so their edges never coincide).
pub const WARD_WINDOW: Bbox = Bbox {
    min: [106.335, 10.305],
    max: [107.595, 11.495],
};

/// Pieces smaller than this (square degrees, about 12 m2) are rounding slivers and dropped.
const MIN_PIECE_AREA_DEG2: f64 = 1e-9;

/// One ward, commune or the special zone.
#[derive(Debug, Clone, PartialEq)]
pub struct Ward {
    /// Position in the list, 0-167.
    pub index: usize,
    /// Demo code such as `HCM-W001` (wards), `HCM-C001` (communes), `HCM-Z001` (Con Dao).
    pub code: String,
    /// Vietnamese name with its prefix, e.g. `Phường Bến Thành`.
    pub name_vi: String,
    /// ASCII English name, e.g. `Ben Thanh Ward`.
    pub name_en: String,
    pub kind: UnitKind,
    /// The area of `ward_names` it belongs to, e.g. `core`.
    pub area_id: &'static str,
    pub population: u32,
    /// The cell's site: on land, inside the ward; where its service center sits.
    pub centre: Pt,
    pub polygons: Vec<Polygon>,
    pub bbox: Bbox,
}

impl Ward {
    pub fn contains(&self, p: Pt) -> bool {
        self.bbox.contains(p) && self.polygons.iter().any(|polygon| polygon.contains(p))
    }

    pub fn area_deg2(&self) -> f64 {
        self.polygons.iter().map(Polygon::area).sum()
    }

    /// The name without its `Phường`/`Xã`/`Đặc khu` prefix, e.g. `Bến Thành`.
    pub fn place_name(&self) -> &str {
        self.name_vi
            .strip_prefix(self.kind.prefix_vi())
            .map_or(self.name_vi.as_str(), str::trim_start)
    }
}

/// A Voronoi site: a unit's centre, or a neighbouring province's (`unit` is `None`).
#[derive(Debug, Clone, Copy)]
struct Site {
    at: Pt,
    unit: Option<(usize, usize)>,
}

/// The 168 units for a seed.
pub fn build_wards(seed: u64, geo: &Geography) -> Vec<Ward> {
    let sites = place_sites(seed, geo);
    let noise = Noise::new(seed, "ward-population");
    let mut counters = [0usize; 3];
    let mut wards = Vec::with_capacity(168);
    for (i, site) in sites.iter().enumerate() {
        let Some((area_index, name_index)) = site.unit else {
            continue;
        };
        let area = &UNIT_AREAS[area_index];
        let mut polygons: Vec<Polygon> = clip_region(&geo.land_rings, &voronoi_cell(&sites, i))
            .into_iter()
            .filter(|polygon| polygon.area() > MIN_PIECE_AREA_DEG2)
            .collect();
        if polygons.is_empty() {
            // Never expected (every site is on land), but a ward must have a shape.
            polygons.push(Polygon::new(
                Bbox::new(site.at[0], site.at[1], site.at[0], site.at[1])
                    .expanded(0.002)
                    .ring(),
                Vec::new(),
            ));
        }
        let index = wards.len();
        let population = f64::from(area.population) * (0.6 + 0.8 * noise.unit(1, index as i64));
        wards.push(unit(
            index,
            area.kind,
            &mut counters,
            area.names[name_index],
            area.id,
            population.round() as u32,
            site.at,
            polygons,
        ));
    }
    let outline = Ring::oriented(CON_DAO_OUTLINE.iter().map(|p| lonlat(*p)).collect(), true);
    wards.push(unit(
        wards.len(),
        UnitKind::SpecialZone,
        &mut counters,
        CON_DAO_NAME,
        "con-dao",
        CON_DAO_POPULATION,
        lonlat(CON_DAO_CENTRE),
        vec![Polygon::new(outline.points, Vec::new())],
    ));
    wards
}

#[allow(clippy::too_many_arguments)]
fn unit(
    index: usize,
    kind: UnitKind,
    counters: &mut [usize; 3],
    name: &str,
    area_id: &'static str,
    population: u32,
    centre: Pt,
    polygons: Vec<Polygon>,
) -> Ward {
    let (slot, letter) = match kind {
        UnitKind::Ward => (0, 'W'),
        UnitKind::Commune => (1, 'C'),
        UnitKind::SpecialZone => (2, 'Z'),
    };
    counters[slot] += 1;
    let bbox = polygons
        .iter()
        .fold(Bbox::EMPTY, |bbox, polygon| bbox.union(polygon.bbox));
    Ward {
        index,
        code: format!("HCM-{letter}{:03}", counters[slot]),
        name_vi: format!("{} {name}", kind.prefix_vi()),
        name_en: format!("{} {}", ascii_fold(name), kind.suffix_en()),
        kind,
        area_id,
        population,
        centre,
        polygons,
        bbox,
    }
}

/// Every unit's centre, area by area, then the neighbouring provinces' centres.
fn place_sites(seed: u64, geo: &Geography) -> Vec<Site> {
    let noise = Noise::new(seed, "ward-sites");
    let neighbours: Vec<Pt> = NEIGHBOUR_SITES.iter().map(|p| lonlat(*p)).collect();
    let mut placed: Vec<Pt> = Vec::new();
    let mut sites = Vec::new();
    let mut draw = 0i64;
    for (area_index, area) in UNIT_AREAS.iter().enumerate() {
        let centre = lonlat(area.centre);
        let n = area.names.len() as f64;
        let mut spacing = 0.6 * area.radius_deg * (std::f64::consts::PI / n).sqrt();
        for name_index in 0..area.names.len() {
            let mut site = None;
            for attempt in 0..600 {
                if attempt > 0 && attempt % 150 == 0 {
                    spacing *= 0.7;
                }
                draw += 1;
                let candidate = point_in_disc(noise, draw, centre, area.radius_deg);
                if acceptable(candidate, centre, spacing, &placed, &neighbours, geo) {
                    site = Some(candidate);
                    break;
                }
            }
            let at = site.unwrap_or_else(|| fallback_site(area, &placed, geo));
            placed.push(at);
            sites.push(Site {
                at,
                unit: Some((area_index, name_index)),
            });
        }
    }
    sites.extend(neighbours.into_iter().map(|at| Site { at, unit: None }));
    sites
}

/// A uniform point in a disc (longitude stretched so the disc is round on the ground).
fn point_in_disc(noise: Noise, draw: i64, centre: Pt, radius_deg: f64) -> Pt {
    let r = radius_deg * noise.unit(1, draw).sqrt();
    let angle = std::f64::consts::TAU * noise.unit(2, draw);
    let cos_lat = centre[1].to_radians().cos();
    [
        centre[0] + r * angle.cos() / cos_lat,
        centre[1] + r * angle.sin(),
    ]
}

fn acceptable(
    p: Pt,
    centre: Pt,
    spacing: f64,
    placed: &[Pt],
    neighbours: &[Pt],
    geo: &Geography,
) -> bool {
    let distance = |a: Pt, b: Pt| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
    let own = distance(p, centre);
    WARD_WINDOW.contains(p)
        && placed.iter().all(|q| distance(p, *q) >= spacing)
        && neighbours.iter().all(|q| distance(p, *q) > own)
        && geo.is_land(p)
}

/// A site when sampling failed: a land point scanned outward from the area's centre.
fn fallback_site(area: &UnitArea, placed: &[Pt], geo: &Geography) -> Pt {
    let centre = lonlat(area.centre);
    for ring in 1..200 {
        let r = f64::from(ring) * 0.002;
        for step in 0..16 {
            let angle = std::f64::consts::TAU * f64::from(step) / 16.0;
            let p = [centre[0] + r * angle.cos(), centre[1] + r * angle.sin()];
            if geo.is_land(p) && !placed.contains(&p) {
                return p;
            }
        }
    }
    centre
}

/// The Voronoi cell of site `i` within the ward window: the window cut by the bisector with
/// every other site near enough to matter.
fn voronoi_cell(sites: &[Site], i: usize) -> Vec<Pt> {
    let s = sites[i].at;
    let mut others: Vec<(f64, Pt)> = sites
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, other)| {
            let d = (other.at[0] - s[0]).powi(2) + (other.at[1] - s[1]).powi(2);
            (d, other.at)
        })
        .collect();
    others.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut cell = WARD_WINDOW.ring();
    for (distance_squared, other) in others {
        // A site farther than twice the cell's reach cannot cut it.
        let reach_squared = cell
            .iter()
            .map(|p| (p[0] - s[0]).powi(2) + (p[1] - s[1]).powi(2))
            .fold(0.0, f64::max);
        if distance_squared > 4.0 * reach_squared {
            break;
        }
        let mid = [(s[0] + other[0]) / 2.0, (s[1] + other[1]) / 2.0];
        let d = [other[0] - s[0], other[1] - s[1]];
        cell = clip_convex_to_half_plane(&cell, mid, [mid[0] - d[1], mid[1] + d[0]]);
        if cell.len() < 3 {
            break;
        }
    }
    cell
}

/// The index of the unit whose site is nearest to `p` (its ward index), or `None` when a
/// neighbouring province's site is nearer (for tests: who should own a land point).
#[cfg(test)]
fn nearest_unit(sites: &[Site], p: Pt) -> Option<usize> {
    let nearest = sites
        .iter()
        .enumerate()
        .min_by(|a, b| {
            let da = (a.1.at[0] - p[0]).powi(2) + (a.1.at[1] - p[1]).powi(2);
            let db = (b.1.at[0] - p[0]).powi(2) + (b.1.at[1] - p[1]).powi(2);
            da.total_cmp(&db)
        })
        .map(|(i, _)| i)?;
    sites[nearest].unit.map(|_| nearest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::GEOGRAPHY;

    #[test]
    fn wards_tile_the_land_without_gaps_or_overlaps() {
        let started = std::time::Instant::now();
        let geo = &*GEOGRAPHY;
        let wards = build_wards(42, geo);
        eprintln!("168 wards in {:?}", started.elapsed());
        let sites = place_sites(42, geo);
        assert_eq!(wards.len(), 168);
        let count = |kind| wards.iter().filter(|w| w.kind == kind).count();
        assert_eq!(count(UnitKind::Ward), 113);
        assert_eq!(count(UnitKind::Commune), 54);
        assert_eq!(count(UnitKind::SpecialZone), 1);
        for ward in &wards {
            assert!(
                ward.contains(ward.centre),
                "{} does not hold its centre",
                ward.name_en
            );
            assert!(ward.area_deg2() > 0.0);
        }
        // Sample the ward window: a land point lies in exactly one ward when a unit's site is
        // the nearest, in none when a neighbouring province's is.
        let noise = Noise::new(7, "sample");
        let samples = 4_000;
        let mut on_land = 0;
        let mut owned = 0;
        for k in 0..samples {
            let p = [
                WARD_WINDOW.min[0] + noise.unit(1, k) * (WARD_WINDOW.max[0] - WARD_WINDOW.min[0]),
                WARD_WINDOW.min[1] + noise.unit(2, k) * (WARD_WINDOW.max[1] - WARD_WINDOW.min[1]),
            ];
            let owners: Vec<&str> = wards
                .iter()
                .filter(|w| w.contains(p))
                .map(|w| w.code.as_str())
                .collect();
            if !geo.is_land(p) {
                assert!(owners.is_empty(), "{p:?} is water but in {owners:?}");
                continue;
            }
            on_land += 1;
            owned += owners.len();
            match nearest_unit(&sites, p) {
                Some(unit) => assert_eq!(owners, [wards[unit].code.as_str()], "{p:?}"),
                None => assert!(
                    owners.is_empty(),
                    "{p:?} is outside the city but in {owners:?}"
                ),
            }
        }
        assert!(on_land > 2_000, "{on_land} land samples");
        // The wards' areas add up to the land they cover (sampled share of the window).
        let window_area =
            (WARD_WINDOW.max[0] - WARD_WINDOW.min[0]) * (WARD_WINDOW.max[1] - WARD_WINDOW.min[1]);
        let sampled_area = owned as f64 / samples as f64 * window_area;
        let ward_area: f64 = wards
            .iter()
            .filter(|w| w.kind != UnitKind::SpecialZone)
            .map(Ward::area_deg2)
            .sum();
        assert!(
            (ward_area / sampled_area - 1.0).abs() < 0.05,
            "{ward_area} vs {sampled_area}"
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_wards() {
        let geo = &*GEOGRAPHY;
        let a = build_wards(42, geo);
        let b = build_wards(42, geo);
        let c = build_wards(43, geo);
        assert_eq!(a, b);
        assert_ne!(a[0].centre, c[0].centre);
    }
}
