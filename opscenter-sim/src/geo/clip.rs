//! Clipping a region to a convex window: the land to the city box, a ward's Voronoi cell or a
//! map tile. The region is a set of rings with the region on their left (exteriors
//! counter-clockwise, holes clockwise); the answer is proper polygons, each an exterior with
//! its holes.
//!
//! The method is Weiler-Atherton specialised to a convex window: each ring is cut into arcs
//! inside the window (Cyrus-Beck per segment, with one side test per vertex so neighbouring
//! segments always agree), and the arcs are joined by walking the window's boundary
//! counter-clockwise from each exit to the next entry. Rings wholly inside the window are kept
//! as they are; holes go to the smallest exterior that holds them.

use super::planar::{Bbox, Pt, cross, point_in_ring, signed_area};

/// A ring of a region, open (the first point is not repeated), with the region on its left.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    pub points: Vec<Pt>,
    pub bbox: Bbox,
}

impl Ring {
    pub fn new(points: Vec<Pt>) -> Self {
        let bbox = Bbox::of(&points);
        Self { points, bbox }
    }

    /// The ring turned so that the region lies on its left: counter-clockwise for an exterior,
    /// clockwise for a hole.
    pub fn oriented(mut points: Vec<Pt>, exterior: bool) -> Self {
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        if (signed_area(&points) > 0.0) != exterior {
            points.reverse();
        }
        Self::new(points)
    }
}

/// A polygon: a counter-clockwise exterior and clockwise holes, all open rings.
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub exterior: Vec<Pt>,
    pub holes: Vec<Vec<Pt>>,
    pub bbox: Bbox,
}

impl Polygon {
    pub fn new(exterior: Vec<Pt>, holes: Vec<Vec<Pt>>) -> Self {
        let bbox = Bbox::of(&exterior);
        Self {
            exterior,
            holes,
            bbox,
        }
    }

    /// Area in square degrees.
    pub fn area(&self) -> f64 {
        signed_area(&self.exterior) + self.holes.iter().map(|h| signed_area(h)).sum::<f64>()
    }

    pub fn contains(&self, p: Pt) -> bool {
        self.bbox.contains(p)
            && point_in_ring(p, &self.exterior)
            && !self.holes.iter().any(|hole| point_in_ring(p, hole))
    }

    /// All rings, exterior first.
    pub fn rings(&self) -> impl Iterator<Item = &Vec<Pt>> {
        std::iter::once(&self.exterior).chain(&self.holes)
    }
}

/// A piece of a ring inside the window, from where it enters to where it leaves.
struct Arc {
    points: Vec<Pt>,
    /// Positions on the window's boundary: edge index plus the fraction along that edge.
    entry_s: f64,
    exit_s: f64,
}

/// How one segment of a ring meets the window.
#[derive(Clone, Copy)]
struct SegmentCut {
    t0: f64,
    t1: f64,
    entry_edge: usize,
    exit_edge: usize,
    missed: bool,
}

/// The part of the region bounded by `rings` inside the convex counter-clockwise `window`.
pub fn clip_region(rings: &[Ring], window: &[Pt]) -> Vec<Polygon> {
    let window_bbox = Bbox::of(window);
    let mut arcs: Vec<Arc> = Vec::new();
    let mut inside_rings: Vec<Vec<Pt>> = Vec::new();
    for ring in rings {
        if ring.points.len() < 3 || !ring.bbox.intersects(&window_bbox) {
            continue;
        }
        ring_arcs(&ring.points, window, &mut arcs, &mut inside_rings);
    }
    let mut exteriors: Vec<Vec<Pt>> = join_arcs(&arcs, window);
    if arcs.is_empty() {
        let m = window.len();
        let probe = [
            (window[0][0] + window[1 % m][0]) / 2.0,
            (window[0][1] + window[1 % m][1]) / 2.0,
        ];
        let inside = rings
            .iter()
            .filter(|ring| ring.bbox.contains(probe))
            .filter(|ring| point_in_ring(probe, &ring.points))
            .count()
            % 2
            == 1;
        if inside {
            exteriors.push(window.to_vec());
        }
    }
    let mut holes = Vec::new();
    for ring in inside_rings {
        if signed_area(&ring) > 0.0 {
            exteriors.push(ring);
        } else {
            holes.push(ring);
        }
    }
    let mut polygons: Vec<Polygon> = exteriors
        .into_iter()
        .filter_map(clean_ring)
        .map(|exterior| Polygon::new(exterior, Vec::new()))
        .collect();
    for hole in holes.into_iter().filter_map(clean_ring) {
        let probe = hole[0];
        let owner = polygons
            .iter()
            .enumerate()
            .filter(|(_, polygon)| polygon.bbox.contains(probe))
            .filter(|(_, polygon)| point_in_ring(probe, &polygon.exterior))
            .min_by(|a, b| signed_area(&a.1.exterior).total_cmp(&signed_area(&b.1.exterior)))
            .map(|(i, _)| i);
        if let Some(i) = owner {
            polygons[i].holes.push(hole);
        }
    }
    polygons
}

/// Cuts one ring into arcs inside the window, or keeps it whole when it lies inside.
fn ring_arcs(points: &[Pt], window: &[Pt], arcs: &mut Vec<Arc>, inside_rings: &mut Vec<Vec<Pt>>) {
    let n = points.len();
    let m = window.len();
    // Side of each vertex against each window edge, computed once so segments agree.
    let sides: Vec<f64> = points
        .iter()
        .flat_map(|p| (0..m).map(move |k| cross(window[k], window[(k + 1) % m], *p)))
        .collect();
    let inside: Vec<bool> = (0..n)
        .map(|i| sides[i * m..(i + 1) * m].iter().all(|d| *d > 0.0))
        .collect();
    if inside.iter().all(|inside| *inside) {
        inside_rings.push(points.to_vec());
        return;
    }
    let cuts: Vec<SegmentCut> = (0..n)
        .map(|i| {
            let j = (i + 1) % n;
            let mut cut = SegmentCut {
                t0: 0.0,
                t1: 1.0,
                entry_edge: 0,
                exit_edge: 0,
                missed: false,
            };
            for k in 0..m {
                let (da, db) = (sides[i * m + k], sides[j * m + k]);
                match (da > 0.0, db > 0.0) {
                    (true, true) => {}
                    (false, false) => cut.missed = true,
                    (false, true) => {
                        let t = da / (da - db);
                        if t >= cut.t0 {
                            cut.t0 = t;
                            cut.entry_edge = k;
                        }
                    }
                    (true, false) => {
                        let t = da / (da - db);
                        if t <= cut.t1 {
                            cut.t1 = t;
                            cut.exit_edge = k;
                        }
                    }
                }
            }
            // A segment from outside to outside that only touches the window is a miss.
            if !inside[i] && !inside[j] && cut.t0 >= cut.t1 {
                cut.missed = true;
            }
            cut
        })
        .collect();
    let Some(start) = (0..n).find(|i| !inside[*i] && !cuts[*i].missed) else {
        return;
    };
    let at = |i: usize, t: f64| {
        let (a, b) = (points[i], points[(i + 1) % n]);
        [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
    };
    let mut current: Option<(Vec<Pt>, f64)> = None;
    for step in 0..n {
        let i = (start + step) % n;
        let cut = cuts[i];
        if cut.missed {
            continue;
        }
        if !inside[i] {
            let entry = at(i, cut.t0);
            current = Some((
                vec![entry],
                boundary_position(window, cut.entry_edge, entry),
            ));
        }
        let Some((arc_points, _)) = current.as_mut() else {
            continue;
        };
        if inside[(i + 1) % n] {
            arc_points.push(points[(i + 1) % n]);
        } else {
            let exit = at(i, cut.t1);
            arc_points.push(exit);
            if let Some((arc_points, entry_s)) = current.take() {
                arcs.push(Arc {
                    points: arc_points,
                    entry_s,
                    exit_s: boundary_position(window, cut.exit_edge, exit),
                });
            }
        }
    }
}

/// Where `p` (on or near edge `k`) lies along the window's boundary: `k` plus the fraction.
fn boundary_position(window: &[Pt], k: usize, p: Pt) -> f64 {
    let a = window[k];
    let b = window[(k + 1) % window.len()];
    let d = [b[0] - a[0], b[1] - a[1]];
    let length_squared = d[0] * d[0] + d[1] * d[1];
    let u = if length_squared > 0.0 {
        ((p[0] - a[0]) * d[0] + (p[1] - a[1]) * d[1]) / length_squared
    } else {
        0.0
    };
    k as f64 + u.clamp(0.0, 1.0)
}

/// Joins arcs into exteriors by walking the window's boundary from each exit to the next entry.
fn join_arcs(arcs: &[Arc], window: &[Pt]) -> Vec<Vec<Pt>> {
    let m = window.len() as f64;
    let mut used = vec![false; arcs.len()];
    let mut rings = Vec::new();
    for first in 0..arcs.len() {
        if used[first] {
            continue;
        }
        let mut ring: Vec<Pt> = Vec::new();
        let mut current = first;
        for _ in 0..=arcs.len() {
            used[current] = true;
            let arc = &arcs[current];
            ring.extend_from_slice(&arc.points);
            let next = (0..arcs.len())
                .filter(|j| !used[*j] || *j == first)
                .min_by(|a, b| {
                    let da = (arcs[*a].entry_s - arc.exit_s).rem_euclid(m);
                    let db = (arcs[*b].entry_s - arc.exit_s).rem_euclid(m);
                    da.total_cmp(&db)
                });
            let Some(next) = next else { break };
            push_window_corners(&mut ring, window, arc.exit_s, arcs[next].entry_s);
            if next == first {
                break;
            }
            current = next;
        }
        rings.push(ring);
    }
    rings
}

/// Appends the window's corners passed walking counter-clockwise from `from_s` to `to_s`.
fn push_window_corners(ring: &mut Vec<Pt>, window: &[Pt], from_s: f64, to_s: f64) {
    let m = window.len();
    let mut to_s = to_s;
    if to_s < from_s {
        to_s += m as f64;
    }
    // Corner j sits at boundary position j; take those strictly after the exit and up to the entry.
    let first = from_s.floor() as usize + 1;
    let last = to_s.floor() as usize;
    for j in first..=last {
        let corner = j as f64;
        if corner > from_s && corner <= to_s {
            ring.push(window[j % m]);
        }
    }
}

/// Drops repeated points and a repeated closing point; `None` for a ring with no area left.
fn clean_ring(ring: Vec<Pt>) -> Option<Vec<Pt>> {
    let mut out: Vec<Pt> = Vec::with_capacity(ring.len());
    for p in ring {
        if out
            .last()
            .is_none_or(|q| (p[0] - q[0]).abs() > 1e-12 || (p[1] - q[1]).abs() > 1e-12)
        {
            out.push(p);
        }
    }
    while out.len() > 1
        && out
            .first()
            .zip(out.last())
            .is_some_and(|(a, b)| (a[0] - b[0]).abs() <= 1e-12 && (a[1] - b[1]).abs() <= 1e-12)
    {
        out.pop();
    }
    (out.len() >= 3 && signed_area(&out).abs() > 1e-14).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<Pt> {
        Bbox::new(x0, y0, x1, y1).ring()
    }

    fn total_area(polygons: &[Polygon]) -> f64 {
        polygons.iter().map(Polygon::area).sum()
    }

    #[test]
    fn a_square_crossing_the_window_is_cut() {
        let land = [Ring::oriented(square(0.0, 0.0, 10.0, 10.0), true)];
        let window = square(8.0, 2.0, 12.0, 4.0);
        let pieces = clip_region(&land, &window);
        assert_eq!(pieces.len(), 1);
        assert!((total_area(&pieces) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn holes_inside_and_across_the_window() {
        let land = [
            Ring::oriented(square(0.0, 0.0, 10.0, 10.0), true),
            Ring::oriented(square(2.0, 2.0, 3.0, 3.0), false),
            Ring::oriented(square(4.0, 0.5, 6.0, 9.5), false),
        ];
        let window = square(1.0, 1.0, 9.0, 9.0);
        let pieces = clip_region(&land, &window);
        // The tall hole splits the window in two; the small hole stays a hole of the left part.
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert!((total_area(&pieces) - (64.0 - 1.0 - 16.0)).abs() < 1e-9);
        assert_eq!(pieces.iter().map(|p| p.holes.len()).sum::<usize>(), 1);
        assert!(pieces.iter().any(|p| p.contains([1.5, 1.5])));
        assert!(!pieces.iter().any(|p| p.contains([2.5, 2.5])));
        assert!(!pieces.iter().any(|p| p.contains([5.0, 5.0])));
    }

    #[test]
    fn a_window_inside_or_outside_the_region() {
        let land = [Ring::oriented(square(0.0, 0.0, 10.0, 10.0), true)];
        let inside = clip_region(&land, &square(1.0, 1.0, 2.0, 2.0));
        assert!((total_area(&inside) - 1.0).abs() < 1e-12);
        assert!(clip_region(&land, &square(11.0, 1.0, 12.0, 2.0)).is_empty());
        // A window inside a hole holds nothing.
        let with_lake = [
            Ring::oriented(square(0.0, 0.0, 10.0, 10.0), true),
            Ring::oriented(square(3.0, 3.0, 7.0, 7.0), false),
        ];
        assert!(clip_region(&with_lake, &square(4.0, 4.0, 5.0, 5.0)).is_empty());
    }

    #[test]
    fn a_comb_splits_into_teeth() {
        // A comb: a bar along the bottom with three teeth; the window cuts off the bar.
        let comb = vec![
            [0.0, 0.0],
            [7.0, 0.0],
            [7.0, 5.0],
            [6.0, 5.0],
            [6.0, 1.0],
            [4.0, 1.0],
            [4.0, 5.0],
            [3.0, 5.0],
            [3.0, 1.0],
            [1.0, 1.0],
            [1.0, 5.0],
            [0.0, 5.0],
        ];
        let land = [Ring::oriented(comb, true)];
        let pieces = clip_region(&land, &square(-1.0, 2.0, 8.0, 4.0));
        assert_eq!(pieces.len(), 3);
        assert!((total_area(&pieces) - 6.0).abs() < 1e-9);
    }
}
