//! GeoPackage geometry blobs: the `GP` header with the srs id and an envelope, then standard
//! little-endian WKB. Encoding validates as it goes (finite coordinates in range, closed rings,
//! enough points), so bad geometry never reaches a table.

use crate::model::{Geometry, Position};

/// WGS 84, the srs of every feature table.
pub const SRS_WGS84: i32 = 4326;

/// A 2-D bounding box (minx, maxx, miny, maxy as GeoPackage orders them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Envelope {
    pub min_x: f64,
    pub max_x: f64,
    pub min_y: f64,
    pub max_y: f64,
}

impl Envelope {
    fn empty() -> Self {
        Self {
            min_x: f64::INFINITY,
            max_x: f64::NEG_INFINITY,
            min_y: f64::INFINITY,
            max_y: f64::NEG_INFINITY,
        }
    }

    fn add(&mut self, position: Position) {
        self.min_x = self.min_x.min(position.lon);
        self.max_x = self.max_x.max(position.lon);
        self.min_y = self.min_y.min(position.lat);
        self.max_y = self.max_y.max(position.lat);
    }

    pub fn union(self, other: Envelope) -> Envelope {
        Envelope {
            min_x: self.min_x.min(other.min_x),
            max_x: self.max_x.max(other.max_x),
            min_y: self.min_y.min(other.min_y),
            max_y: self.max_y.max(other.max_y),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.min_x > self.max_x
    }
}

/// Why a geometry was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidGeometry(pub String);

const WKB_POINT: u32 = 1;
const WKB_LINESTRING: u32 = 2;
const WKB_POLYGON: u32 = 3;
const WKB_MULTIPOINT: u32 = 4;
const WKB_MULTILINESTRING: u32 = 5;
const WKB_MULTIPOLYGON: u32 = 6;

/// Encodes a geometry as a GeoPackage blob and returns it with its envelope.
pub fn encode(geometry: &Geometry) -> Result<(Vec<u8>, Envelope), InvalidGeometry> {
    let mut wkb = Vec::with_capacity(64);
    let mut envelope = Envelope::empty();
    write_geometry(&mut wkb, geometry, &mut envelope)?;
    let with_envelope = !matches!(geometry, Geometry::Point(_));
    let mut blob = Vec::with_capacity(8 + 32 + wkb.len());
    blob.extend_from_slice(b"GP");
    blob.push(0); // version 1
    // Flags: little-endian header; envelope kind 1 (minx, maxx, miny, maxy) except for points.
    blob.push(if with_envelope {
        0b0000_0011
    } else {
        0b0000_0001
    });
    blob.extend_from_slice(&SRS_WGS84.to_le_bytes());
    if with_envelope {
        for value in [
            envelope.min_x,
            envelope.max_x,
            envelope.min_y,
            envelope.max_y,
        ] {
            blob.extend_from_slice(&value.to_le_bytes());
        }
    }
    blob.extend_from_slice(&wkb);
    Ok((blob, envelope))
}

fn check(position: Position) -> Result<Position, InvalidGeometry> {
    let in_range = position.lon.is_finite()
        && position.lat.is_finite()
        && (-180.0..=180.0).contains(&position.lon)
        && (-90.0..=90.0).contains(&position.lat);
    if in_range {
        Ok(position)
    } else {
        Err(InvalidGeometry(format!(
            "coordinates out of range: [{}, {}]",
            position.lon, position.lat
        )))
    }
}

fn header(wkb: &mut Vec<u8>, kind: u32) {
    wkb.push(1);
    wkb.extend_from_slice(&kind.to_le_bytes());
}

fn count(wkb: &mut Vec<u8>, n: usize) -> Result<(), InvalidGeometry> {
    let n = u32::try_from(n).map_err(|_| InvalidGeometry("too many parts".into()))?;
    wkb.extend_from_slice(&n.to_le_bytes());
    Ok(())
}

fn points(
    wkb: &mut Vec<u8>,
    positions: &[Position],
    envelope: &mut Envelope,
) -> Result<(), InvalidGeometry> {
    count(wkb, positions.len())?;
    for &position in positions {
        let position = check(position)?;
        envelope.add(position);
        wkb.extend_from_slice(&position.lon.to_le_bytes());
        wkb.extend_from_slice(&position.lat.to_le_bytes());
    }
    Ok(())
}

fn line(
    wkb: &mut Vec<u8>,
    positions: &[Position],
    envelope: &mut Envelope,
) -> Result<(), InvalidGeometry> {
    if positions.len() < 2 {
        return Err(InvalidGeometry("a line needs at least two points".into()));
    }
    points(wkb, positions, envelope)
}

fn polygon(
    wkb: &mut Vec<u8>,
    rings: &[Vec<Position>],
    envelope: &mut Envelope,
) -> Result<(), InvalidGeometry> {
    if rings.is_empty() {
        return Err(InvalidGeometry("a polygon needs an exterior ring".into()));
    }
    count(wkb, rings.len())?;
    for ring in rings {
        if ring.len() < 4 {
            return Err(InvalidGeometry(
                "a polygon ring needs at least four points".into(),
            ));
        }
        if ring.first() != ring.last() {
            return Err(InvalidGeometry("a polygon ring is not closed".into()));
        }
        points(wkb, ring, envelope)?;
    }
    Ok(())
}

fn write_geometry(
    wkb: &mut Vec<u8>,
    geometry: &Geometry,
    envelope: &mut Envelope,
) -> Result<(), InvalidGeometry> {
    match geometry {
        Geometry::Point(position) => {
            header(wkb, WKB_POINT);
            let position = check(*position)?;
            envelope.add(position);
            wkb.extend_from_slice(&position.lon.to_le_bytes());
            wkb.extend_from_slice(&position.lat.to_le_bytes());
        }
        Geometry::LineString(positions) => {
            header(wkb, WKB_LINESTRING);
            line(wkb, positions, envelope)?;
        }
        Geometry::Polygon(rings) => {
            header(wkb, WKB_POLYGON);
            polygon(wkb, rings, envelope)?;
        }
        Geometry::MultiPoint(positions) => {
            header(wkb, WKB_MULTIPOINT);
            count(wkb, positions.len())?;
            for &position in positions {
                write_geometry(wkb, &Geometry::Point(position), envelope)?;
            }
        }
        Geometry::MultiLineString(lines) => {
            header(wkb, WKB_MULTILINESTRING);
            count(wkb, lines.len())?;
            for positions in lines {
                header(wkb, WKB_LINESTRING);
                line(wkb, positions, envelope)?;
            }
        }
        Geometry::MultiPolygon(polygons) => {
            header(wkb, WKB_MULTIPOLYGON);
            count(wkb, polygons.len())?;
            for rings in polygons {
                header(wkb, WKB_POLYGON);
                polygon(wkb, rings, envelope)?;
            }
        }
    }
    if envelope.is_empty() {
        return Err(InvalidGeometry("an empty geometry".into()));
    }
    Ok(())
}

/// Decodes a blob written by [`encode`] (or any little- or big-endian GeoPackage blob of the
/// six simple types).
pub fn decode(blob: &[u8]) -> Option<Geometry> {
    if blob.len() < 8 || &blob[..2] != b"GP" {
        return None;
    }
    let envelope_len = match (blob[3] >> 1) & 0b111 {
        0 => 0,
        1 => 32,
        2 | 3 => 48,
        4 => 64,
        _ => return None,
    };
    let mut reader = WkbReader {
        bytes: blob.get(8 + envelope_len..)?,
        little_endian: true,
    };
    reader.geometry()
}

struct WkbReader<'a> {
    bytes: &'a [u8],
    little_endian: bool,
}

impl WkbReader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.bytes.split_first_chunk::<N>()?;
        self.bytes = rest;
        Some(*head)
    }

    fn u32(&mut self) -> Option<u32> {
        let bytes = self.take::<4>()?;
        Some(if self.little_endian {
            u32::from_le_bytes(bytes)
        } else {
            u32::from_be_bytes(bytes)
        })
    }

    fn f64(&mut self) -> Option<f64> {
        let bytes = self.take::<8>()?;
        Some(if self.little_endian {
            f64::from_le_bytes(bytes)
        } else {
            f64::from_be_bytes(bytes)
        })
    }

    fn position(&mut self) -> Option<Position> {
        Some(Position {
            lon: self.f64()?,
            lat: self.f64()?,
        })
    }

    fn positions(&mut self) -> Option<Vec<Position>> {
        let n = self.u32()? as usize;
        // Never trust a count beyond what the bytes can hold.
        if n > self.bytes.len() / 16 {
            return None;
        }
        (0..n).map(|_| self.position()).collect()
    }

    fn rings(&mut self) -> Option<Vec<Vec<Position>>> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() / 4 {
            return None;
        }
        (0..n).map(|_| self.positions()).collect()
    }

    fn parts<T>(&mut self, mut part: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() / 5 {
            return None;
        }
        (0..n)
            .map(|_| {
                self.little_endian = self.take::<1>()?[0] == 1;
                let _kind = self.u32()?;
                part(self)
            })
            .collect()
    }

    fn geometry(&mut self) -> Option<Geometry> {
        self.little_endian = self.take::<1>()?[0] == 1;
        match self.u32()? {
            WKB_POINT => self.position().map(Geometry::Point),
            WKB_LINESTRING => self.positions().map(Geometry::LineString),
            WKB_POLYGON => self.rings().map(Geometry::Polygon),
            WKB_MULTIPOINT => self.parts(Self::position).map(Geometry::MultiPoint),
            WKB_MULTILINESTRING => self.parts(Self::positions).map(Geometry::MultiLineString),
            WKB_MULTIPOLYGON => self.parts(Self::rings).map(Geometry::MultiPolygon),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lon: f64, lat: f64) -> Position {
        Position { lon, lat }
    }

    #[test]
    fn every_kind_round_trips() {
        let square = vec![
            p(106.0, 10.0),
            p(106.1, 10.0),
            p(106.1, 10.1),
            p(106.0, 10.0),
        ];
        let geometries = [
            Geometry::Point(p(106.7, 10.77)),
            Geometry::LineString(vec![p(106.69, 10.77), p(106.81, 10.88)]),
            Geometry::Polygon(vec![square.clone()]),
            Geometry::MultiPoint(vec![p(106.7, 10.7), p(106.8, 10.8)]),
            Geometry::MultiLineString(vec![vec![p(1.0, 2.0), p(3.0, 4.0)]]),
            Geometry::MultiPolygon(vec![vec![square.clone()], vec![square]]),
        ];
        for geometry in geometries {
            let (blob, envelope) = encode(&geometry).unwrap();
            assert_eq!(decode(&blob), Some(geometry.clone()), "{geometry:?}");
            assert!(!envelope.is_empty());
        }
    }

    #[test]
    fn the_header_carries_srs_and_envelope() {
        let (blob, envelope) =
            encode(&Geometry::LineString(vec![p(106.6, 10.7), p(106.8, 10.9)])).unwrap();
        assert_eq!(&blob[..4], &[b'G', b'P', 0, 0b11]);
        assert_eq!(i32::from_le_bytes(blob[4..8].try_into().unwrap()), 4326);
        assert_eq!(f64::from_le_bytes(blob[8..16].try_into().unwrap()), 106.6);
        assert_eq!(envelope.max_y, 10.9);
    }

    #[test]
    fn bad_geometry_is_refused() {
        let open_ring = vec![
            p(106.0, 10.0),
            p(106.1, 10.0),
            p(106.1, 10.1),
            p(106.2, 10.2),
        ];
        let bad = [
            Geometry::Point(p(500.0, 10.0)),
            Geometry::Point(p(f64::NAN, 10.0)),
            Geometry::LineString(vec![p(106.0, 10.0)]),
            Geometry::Polygon(vec![open_ring]),
            Geometry::Polygon(vec![]),
            Geometry::MultiPoint(vec![]),
        ];
        for geometry in bad {
            assert!(encode(&geometry).is_err(), "{geometry:?}");
        }
        assert_eq!(decode(b"not a blob"), None);
    }
}
