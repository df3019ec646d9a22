//! Building GeoJSON features from the simulator's geometry: positions rounded to six decimals
//! (about 0.1 m), rings closed, a polygon or a multipolygon as the pieces require, and each
//! feature's envelope for `bbox` filtering.

use offline_cache::model::{Feature, FeatureId, Geometry, Position};
use serde_json::{Map, Value};

use crate::geo::clip::Polygon;
use crate::geo::planar::{Bbox, Pt};

/// Degrees rounded to six decimals.
pub fn round6(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// A number rounded to `decimals` places.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

pub fn position(p: Pt) -> Position {
    Position {
        lon: round6(p[0]),
        lat: round6(p[1]),
    }
}

pub fn point(p: Pt) -> Geometry {
    Geometry::Point(position(p))
}

pub fn line(points: &[Pt]) -> Geometry {
    Geometry::LineString(dedup(points.iter().map(|p| position(*p))))
}

pub fn multi_line(lines: &[Vec<Pt>]) -> Geometry {
    match lines {
        [only] => line(only),
        _ => Geometry::MultiLineString(
            lines
                .iter()
                .map(|line| dedup(line.iter().map(|p| position(*p))))
                .collect(),
        ),
    }
}

/// A closed GeoJSON ring from an open one (`None` when rounding leaves fewer than 4 points).
fn ring(points: &[Pt]) -> Option<Vec<Position>> {
    let mut ring = dedup(points.iter().map(|p| position(*p)));
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    let first = *ring.first()?;
    ring.push(first);
    (ring.len() >= 4).then_some(ring)
}

fn polygon_rings(polygon: &Polygon) -> Option<Vec<Vec<Position>>> {
    let exterior = ring(&polygon.exterior)?;
    Some(
        std::iter::once(exterior)
            .chain(polygon.holes.iter().filter_map(|hole| ring(hole)))
            .collect(),
    )
}

/// A `Polygon` for one piece, a `MultiPolygon` for several.
pub fn polygons(pieces: &[Polygon]) -> Geometry {
    let mut all: Vec<Vec<Vec<Position>>> = pieces.iter().filter_map(polygon_rings).collect();
    if all.len() == 1 {
        Geometry::Polygon(all.remove(0))
    } else {
        Geometry::MultiPolygon(all)
    }
}

fn dedup(positions: impl Iterator<Item = Position>) -> Vec<Position> {
    let mut out: Vec<Position> = Vec::new();
    for p in positions {
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

/// A feature with a string id.
pub fn feature(id: String, geometry: Geometry, properties: Value) -> Feature {
    Feature {
        kind: "Feature".to_owned(),
        id: Some(FeatureId::Text(id)),
        geometry: Some(geometry),
        properties: match properties {
            Value::Object(map) => Some(map),
            _ => Some(Map::new()),
        },
    }
}

/// The envelope of a geometry.
pub fn envelope(geometry: &Geometry) -> Bbox {
    let grow = |bbox: Bbox, p: &Position| bbox.with([p.lon, p.lat]);
    match geometry {
        Geometry::Point(p) => grow(Bbox::EMPTY, p),
        Geometry::MultiPoint(points) | Geometry::LineString(points) => {
            points.iter().fold(Bbox::EMPTY, grow)
        }
        Geometry::MultiLineString(lines) | Geometry::Polygon(lines) => {
            lines.iter().flatten().fold(Bbox::EMPTY, grow)
        }
        Geometry::MultiPolygon(polygons) => {
            polygons.iter().flatten().flatten().fold(Bbox::EMPTY, grow)
        }
    }
}

/// The envelope of a feature (empty when it has no geometry).
pub fn feature_envelope(feature: &Feature) -> Bbox {
    feature.geometry.as_ref().map_or(Bbox::EMPTY, envelope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_close_and_pieces_decide_the_type() {
        let square = Polygon::new(Bbox::new(0.0, 0.0, 1.0, 1.0).ring(), Vec::new());
        match polygons(std::slice::from_ref(&square)) {
            Geometry::Polygon(rings) => {
                assert_eq!(rings[0].len(), 5);
                assert_eq!(rings[0].first(), rings[0].last());
            }
            other => panic!("{other:?}"),
        }
        let other = Polygon::new(Bbox::new(2.0, 0.0, 3.0, 1.0).ring(), Vec::new());
        let both = polygons(&[square, other]);
        assert!(matches!(both, Geometry::MultiPolygon(ref parts) if parts.len() == 2));
        assert_eq!(envelope(&both), Bbox::new(0.0, 0.0, 3.0, 1.0));
        assert_eq!(round6(106.123_456_789), 106.123_457);
    }
}
