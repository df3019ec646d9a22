//! Layer geometry prepared once per map model, for any face to draw and hit-test.
//!
//! Longitudes and latitudes are projected to Web Mercator once, into a local frame around the
//! city (f32 offsets from an f64 origin, so zooming in far loses no precision): points, line
//! strings, and polygons (with holes and multipolygons) as closed rings read with the even-odd
//! rule. Hit testing is here too: even-odd point-in-polygon for areas, distance to segments for
//! lines, nearest point for symbols. A face that fills areas with triangles (the dashboard
//! tessellates with lyon, off its UI thread) stores them in the fill buffers of
//! [`LayerShapes`]; nothing here depends on how.

use offline_cache::model::units::{MAX_MERCATOR_LATITUDE, unmercator};
use std::ops::Range;

use offline_cache::model::{Geometry, Position as GeoPosition};

/// Local units per whole Web Mercator world: world pixels at zoom 12.
const LOCAL_UNITS_PER_WORLD: f64 = 256.0 * 4096.0;

/// A point in the local frame (Web Mercator, scaled, relative to the frame's origin).
pub type LocalPoint = [f32; 2];

/// Web Mercator of a WGS 84 position, normalised to 0..1 over the world (y grows southwards),
/// as walkers' `MercatorProjection` computes it.
pub use offline_cache::model::units::mercator;

/// The local frame: Web Mercator around an origin, in units of world pixels at zoom 12.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocalFrame {
    pub origin_lon: f64,
    pub origin_lat: f64,
    origin_x: f64,
    origin_y: f64,
}

impl LocalFrame {
    pub fn new(origin_lon: f64, origin_lat: f64) -> LocalFrame {
        let (origin_x, origin_y) = mercator(origin_lon, origin_lat);
        LocalFrame {
            origin_lon,
            origin_lat,
            origin_x,
            origin_y,
        }
    }

    /// The local point of a position, or `None` for a position that is not finite or lies
    /// outside Web Mercator's range.
    pub fn to_local(&self, lon: f64, lat: f64) -> Option<LocalPoint> {
        if !lon.is_finite()
            || !lat.is_finite()
            || lon.abs() > 180.0
            || lat.abs() > MAX_MERCATOR_LATITUDE
        {
            return None;
        }
        let (x, y) = mercator(lon, lat);
        Some([
            ((x - self.origin_x) * LOCAL_UNITS_PER_WORLD) as f32,
            ((y - self.origin_y) * LOCAL_UNITS_PER_WORLD) as f32,
        ])
    }

    /// The longitude and latitude of a local point.
    pub fn to_lon_lat(&self, local: LocalPoint) -> (f64, f64) {
        let x = self.origin_x + f64::from(local[0]) / LOCAL_UNITS_PER_WORLD;
        let y = self.origin_y + f64::from(local[1]) / LOCAL_UNITS_PER_WORLD;
        unmercator(x, y)
    }
}

/// An axis-aligned rectangle in the local frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocalRect {
    pub min: LocalPoint,
    pub max: LocalPoint,
}

impl LocalRect {
    pub fn around(point: LocalPoint) -> LocalRect {
        LocalRect {
            min: point,
            max: point,
        }
    }

    pub fn include(&mut self, point: LocalPoint) {
        self.min = [self.min[0].min(point[0]), self.min[1].min(point[1])];
        self.max = [self.max[0].max(point[0]), self.max[1].max(point[1])];
    }

    pub fn union(self, other: LocalRect) -> LocalRect {
        let mut out = self;
        out.include(other.min);
        out.include(other.max);
        out
    }

    pub fn intersects(&self, other: &LocalRect) -> bool {
        self.min[0] <= other.max[0]
            && other.min[0] <= self.max[0]
            && self.min[1] <= other.max[1]
            && other.min[1] <= self.max[1]
    }

    pub fn contains(&self, point: LocalPoint) -> bool {
        (self.min[0]..=self.max[0]).contains(&point[0])
            && (self.min[1]..=self.max[1]).contains(&point[1])
    }

    pub fn expand(self, by: f32) -> LocalRect {
        LocalRect {
            min: [self.min[0] - by, self.min[1] - by],
            max: [self.max[0] + by, self.max[1] + by],
        }
    }

    pub fn center(&self) -> LocalPoint {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }
}

/// One polygon or multipolygon of a feature: its rings (exteriors and holes, in any order:
/// the fill rule is even-odd) and its share of the layer's triangles, once a face filled it.
#[derive(Debug, Clone, PartialEq)]
pub struct PolygonPart {
    /// Index of the feature in its layer.
    pub feature: usize,
    /// Into [`LayerShapes::rings`].
    pub rings: Range<usize>,
    /// Into [`LayerShapes::fill_vertices`]; empty until filled (or when filling failed).
    pub vertices: Range<usize>,
    /// Into [`LayerShapes::fill_indices`]; the indices are absolute into the vertices.
    pub indices: Range<usize>,
    pub bbox: LocalRect,
}

/// One line string of a feature.
#[derive(Debug, Clone, PartialEq)]
pub struct LinePart {
    pub feature: usize,
    /// Into [`LayerShapes::line_points`].
    pub points: Range<usize>,
    pub bbox: LocalRect,
}

/// One point of a feature.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointPart {
    pub feature: usize,
    pub at: LocalPoint,
}

/// Why a feature's geometry could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeError {
    /// A position that is not finite or lies outside Web Mercator.
    BadPosition,
    /// A ring with fewer than three distinct points, or a line with fewer than two.
    Degenerate,
}

/// Every shape of one layer, ready to draw and hit-test.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LayerShapes {
    /// The triangles of the areas, once a face filled them ([`LayerShapes::filled`]).
    pub fill_vertices: Vec<LocalPoint>,
    pub fill_indices: Vec<u32>,
    /// Whether a face has filled the areas (each [`PolygonPart`] that could be filled has its
    /// triangles); a layer whose fill failed is drawn by its outlines.
    pub filled: bool,
    pub polygons: Vec<PolygonPart>,
    /// Ranges into `ring_points`; rings are stored closed (first point repeated at the end).
    pub rings: Vec<Range<usize>>,
    pub ring_points: Vec<LocalPoint>,
    pub lines: Vec<LinePart>,
    pub line_points: Vec<LocalPoint>,
    pub points: Vec<PointPart>,
    /// The extent of everything, `None` when empty.
    pub bbox: Option<LocalRect>,
}

/// Lengths of the buffers, to undo a feature that turns out to be invalid.
struct Mark {
    filled: bool,
    fill_vertices: usize,
    fill_indices: usize,
    polygons: usize,
    rings: usize,
    ring_points: usize,
    lines: usize,
    line_points: usize,
    points: usize,
}

impl LayerShapes {
    pub fn is_empty(&self) -> bool {
        self.polygons.is_empty() && self.lines.is_empty() && self.points.is_empty()
    }

    /// Adds feature `feature`'s geometry. On error nothing of it is kept.
    pub fn add(
        &mut self,
        feature: usize,
        geometry: &Geometry,
        frame: &LocalFrame,
    ) -> Result<(), ShapeError> {
        let mark = self.mark();
        let result = self.add_geometry(feature, geometry, frame);
        if result.is_err() {
            self.rollback(&mark);
        }
        result
    }

    /// The extent of feature `feature`'s shapes.
    pub fn feature_bbox(&self, feature: usize) -> Option<LocalRect> {
        let polygons = self
            .polygons
            .iter()
            .filter(|part| part.feature == feature)
            .map(|part| part.bbox);
        let lines = self
            .lines
            .iter()
            .filter(|part| part.feature == feature)
            .map(|part| part.bbox);
        let points = self
            .points
            .iter()
            .filter(|part| part.feature == feature)
            .map(|part| LocalRect::around(part.at));
        polygons.chain(lines).chain(points).reduce(LocalRect::union)
    }

    fn mark(&self) -> Mark {
        Mark {
            filled: self.filled,
            fill_vertices: self.fill_vertices.len(),
            fill_indices: self.fill_indices.len(),
            polygons: self.polygons.len(),
            rings: self.rings.len(),
            ring_points: self.ring_points.len(),
            lines: self.lines.len(),
            line_points: self.line_points.len(),
            points: self.points.len(),
        }
    }

    fn rollback(&mut self, mark: &Mark) {
        self.filled = mark.filled;
        self.fill_vertices.truncate(mark.fill_vertices);
        self.fill_indices.truncate(mark.fill_indices);
        self.polygons.truncate(mark.polygons);
        self.rings.truncate(mark.rings);
        self.ring_points.truncate(mark.ring_points);
        self.lines.truncate(mark.lines);
        self.line_points.truncate(mark.line_points);
        self.points.truncate(mark.points);
    }

    fn add_geometry(
        &mut self,
        feature: usize,
        geometry: &Geometry,
        frame: &LocalFrame,
    ) -> Result<(), ShapeError> {
        match geometry {
            Geometry::Point(at) => self.add_point(feature, at, frame),
            Geometry::MultiPoint(points) => {
                if points.is_empty() {
                    return Err(ShapeError::Degenerate);
                }
                points
                    .iter()
                    .try_for_each(|at| self.add_point(feature, at, frame))
            }
            Geometry::LineString(line) => self.add_line(feature, line, frame),
            Geometry::MultiLineString(lines) => {
                if lines.is_empty() {
                    return Err(ShapeError::Degenerate);
                }
                lines
                    .iter()
                    .try_for_each(|line| self.add_line(feature, line, frame))
            }
            Geometry::Polygon(rings) => {
                self.add_polygon(feature, std::slice::from_ref(rings), frame)
            }
            Geometry::MultiPolygon(polygons) => self.add_polygon(feature, polygons, frame),
        }
    }

    fn add_point(
        &mut self,
        feature: usize,
        at: &GeoPosition,
        frame: &LocalFrame,
    ) -> Result<(), ShapeError> {
        let at = frame
            .to_local(at.lon, at.lat)
            .ok_or(ShapeError::BadPosition)?;
        self.points.push(PointPart { feature, at });
        self.grow_bbox(LocalRect::around(at));
        Ok(())
    }

    fn add_line(
        &mut self,
        feature: usize,
        line: &[GeoPosition],
        frame: &LocalFrame,
    ) -> Result<(), ShapeError> {
        let start = self.line_points.len();
        push_distinct(&mut self.line_points, line, frame)?;
        let points = start..self.line_points.len();
        if points.len() < 2 {
            return Err(ShapeError::Degenerate);
        }
        let bbox = extent(&self.line_points[points.clone()]).ok_or(ShapeError::Degenerate)?;
        self.lines.push(LinePart {
            feature,
            points,
            bbox,
        });
        self.grow_bbox(bbox);
        Ok(())
    }

    /// Adds polygons (each a list of rings) as one part: rings are read with the even-odd rule.
    fn add_polygon(
        &mut self,
        feature: usize,
        polygons: &[Vec<Vec<GeoPosition>>],
        frame: &LocalFrame,
    ) -> Result<(), ShapeError> {
        let first_ring = self.rings.len();
        for rings in polygons {
            if rings.is_empty() {
                return Err(ShapeError::Degenerate);
            }
            for ring in rings {
                self.add_ring(ring, frame)?;
            }
        }
        let rings = first_ring..self.rings.len();
        if rings.is_empty() {
            return Err(ShapeError::Degenerate);
        }
        let ring_points = self.rings[rings.start].start..self.rings[rings.end - 1].end;
        let bbox = extent(&self.ring_points[ring_points]).ok_or(ShapeError::Degenerate)?;
        let vertices = self.fill_vertices.len();
        let indices = self.fill_indices.len();
        self.polygons.push(PolygonPart {
            feature,
            rings,
            vertices: vertices..vertices,
            indices: indices..indices,
            bbox,
        });
        self.filled = false;
        self.grow_bbox(bbox);
        Ok(())
    }

    /// Adds a ring, closed, without repeated points; a ring of fewer than three distinct points
    /// is degenerate.
    fn add_ring(&mut self, ring: &[GeoPosition], frame: &LocalFrame) -> Result<(), ShapeError> {
        let start = self.ring_points.len();
        push_distinct(&mut self.ring_points, ring, frame)?;
        if self.ring_points.len() > start + 1
            && self.ring_points.last() == self.ring_points.get(start)
        {
            self.ring_points.pop();
        }
        if self.ring_points.len() - start < 3 {
            return Err(ShapeError::Degenerate);
        }
        let first = self.ring_points[start];
        self.ring_points.push(first);
        self.rings.push(start..self.ring_points.len());
        Ok(())
    }

    fn grow_bbox(&mut self, bbox: LocalRect) {
        self.bbox = Some(match self.bbox {
            Some(existing) => existing.union(bbox),
            None => bbox,
        });
    }

    /// The points of ring `ring`, closed.
    pub fn ring(&self, ring: usize) -> &[LocalPoint] {
        self.rings
            .get(ring)
            .and_then(|range| self.ring_points.get(range.clone()))
            .unwrap_or(&[])
    }

    /// The points of a line part.
    pub fn line(&self, part: &LinePart) -> &[LocalPoint] {
        self.line_points.get(part.points.clone()).unwrap_or(&[])
    }

    /// Whether `point` lies inside the polygon part (even-odd over all its rings).
    pub fn polygon_contains(&self, part: &PolygonPart, point: LocalPoint) -> bool {
        part.bbox.contains(point)
            && point_in_rings(point, part.rings.clone().map(|ring| self.ring(ring)))
    }

    /// The feature whose polygon contains `point` (the last drawn wins, as it is on top).
    pub fn polygon_at(&self, point: LocalPoint) -> Option<usize> {
        self.polygons
            .iter()
            .rev()
            .find(|part| self.polygon_contains(part, point))
            .map(|part| part.feature)
    }

    /// The nearest point feature within `max_distance` (local units) and its distance.
    pub fn nearest_point(&self, point: LocalPoint, max_distance: f32) -> Option<(usize, f32)> {
        let mut best: Option<(usize, f32)> = None;
        for part in &self.points {
            let distance = distance(point, part.at);
            if distance <= max_distance && best.is_none_or(|(_, d)| distance < d) {
                best = Some((part.feature, distance));
            }
        }
        best
    }

    /// The nearest line feature within `max_distance` (local units) and its distance.
    pub fn nearest_line(&self, point: LocalPoint, max_distance: f32) -> Option<(usize, f32)> {
        let mut best: Option<(usize, f32)> = None;
        for part in &self.lines {
            if !part.bbox.expand(max_distance).contains(point) {
                continue;
            }
            for segment in self.line(part).windows(2) {
                let distance = distance_to_segment(point, segment[0], segment[1]);
                if distance <= max_distance && best.is_none_or(|(_, d)| distance < d) {
                    best = Some((part.feature, distance));
                }
            }
        }
        best
    }

    /// The total area of the triangles of a polygon part, in square local units.
    pub fn triangle_area(&self, part: &PolygonPart) -> f64 {
        self.fill_indices[part.indices.clone()]
            .chunks_exact(3)
            .map(|triangle| {
                let [a, b, c] = [0, 1, 2].map(|i| self.fill_vertices[triangle[i] as usize]);
                triangle_area(a, b, c)
            })
            .sum()
    }
}

fn extent(points: &[LocalPoint]) -> Option<LocalRect> {
    let (first, rest) = points.split_first()?;
    let mut rect = LocalRect::around(*first);
    for point in rest {
        rect.include(*point);
    }
    Some(rect)
}

fn distance(a: LocalPoint, b: LocalPoint) -> f32 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// The distance from `p` to the segment `a`-`b`.
pub fn distance_to_segment(p: LocalPoint, a: LocalPoint, b: LocalPoint) -> f32 {
    let ab = [b[0] - a[0], b[1] - a[1]];
    let length_squared = ab[0] * ab[0] + ab[1] * ab[1];
    if length_squared <= f32::EPSILON {
        return distance(p, a);
    }
    let t = (((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / length_squared).clamp(0.0, 1.0);
    distance(p, [a[0] + t * ab[0], a[1] + t * ab[1]])
}

/// Even-odd point-in-polygon over closed rings: a point inside a hole is outside.
pub fn point_in_rings<'a>(p: LocalPoint, rings: impl Iterator<Item = &'a [LocalPoint]>) -> bool {
    let mut inside = false;
    for ring in rings {
        for edge in ring.windows(2) {
            let (a, b) = (edge[0], edge[1]);
            if (a[1] > p[1]) != (b[1] > p[1]) {
                let x = a[0] + (p[1] - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
                if p[0] < x {
                    inside = !inside;
                }
            }
        }
    }
    inside
}

fn triangle_area(a: LocalPoint, b: LocalPoint, c: LocalPoint) -> f64 {
    let [ax, ay, bx, by, cx, cy] = [a[0], a[1], b[0], b[1], c[0], c[1]].map(f64::from);
    ((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)).abs() / 2.0
}

/// Appends `positions` to `points` in local coordinates, leaving out a point equal to the one
/// before it (among those appended).
fn push_distinct(
    points: &mut Vec<LocalPoint>,
    positions: &[GeoPosition],
    frame: &LocalFrame,
) -> Result<(), ShapeError> {
    let start = points.len();
    for position in positions {
        let local = frame
            .to_local(position.lon, position.lat)
            .ok_or(ShapeError::BadPosition)?;
        if points.len() > start && points.last() == Some(&local) {
            continue;
        }
        points.push(local);
    }
    Ok(())
}
