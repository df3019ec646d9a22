//! Feeds GeoPackage geometry blobs to the decoder the cache's readers use
//! (`store::gpkg::decode`), and geometries built from the same bytes to its encoder.
//!
//! Asserts that decoding never panics; that a blob which decodes to a geometry the encoder
//! accepts encodes to a blob that decodes to that geometry again; and that every geometry the
//! encoder accepts decodes back equal, inside the envelope the encoder gave.

#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use offline_cache::model::{Geometry, Position};
use offline_cache::store::gpkg::{self, Envelope};

/// A coordinate: mostly in range (so the encoder accepts most geometries), sometimes any `f64`.
fn coordinate(u: &mut Unstructured<'_>, limit: f64) -> arbitrary::Result<f64> {
    if u.ratio(1, 16)? {
        return f64::arbitrary(u);
    }
    let micro_degrees = u.int_in_range(-(limit as i64) * 1_000_000..=(limit as i64) * 1_000_000)?;
    Ok(micro_degrees as f64 / 1_000_000.0)
}

fn position(u: &mut Unstructured<'_>) -> arbitrary::Result<Position> {
    Ok(Position {
        lon: coordinate(u, 180.0)?,
        lat: coordinate(u, 90.0)?,
    })
}

fn positions(u: &mut Unstructured<'_>, min: usize) -> arbitrary::Result<Vec<Position>> {
    let count = u.int_in_range(min..=min + 8)?;
    (0..count).map(|_| position(u)).collect()
}

/// A ring, closed unless the bytes say otherwise.
fn ring(u: &mut Unstructured<'_>) -> arbitrary::Result<Vec<Position>> {
    let mut ring = positions(u, 3)?;
    if !u.ratio(1, 16)? {
        ring.push(ring[0]);
    }
    Ok(ring)
}

fn rings(u: &mut Unstructured<'_>) -> arbitrary::Result<Vec<Vec<Position>>> {
    let count = u.int_in_range(1..=3)?;
    (0..count).map(|_| ring(u)).collect()
}

fn parts<T>(
    u: &mut Unstructured<'_>,
    mut part: impl FnMut(&mut Unstructured<'_>) -> arbitrary::Result<T>,
) -> arbitrary::Result<Vec<T>> {
    let count = u.int_in_range(1..=4)?;
    (0..count).map(|_| part(u)).collect()
}

fn geometry(u: &mut Unstructured<'_>) -> arbitrary::Result<Geometry> {
    Ok(match u.int_in_range(0..=5)? {
        0 => Geometry::Point(position(u)?),
        1 => Geometry::MultiPoint(parts(u, position)?),
        2 => Geometry::LineString(positions(u, 2)?),
        3 => Geometry::MultiLineString(parts(u, |u| positions(u, 2))?),
        4 => Geometry::Polygon(rings(u)?),
        _ => Geometry::MultiPolygon(parts(u, rings)?),
    })
}

fn contains(envelope: &Envelope, position: Position) -> bool {
    (envelope.min_x..=envelope.max_x).contains(&position.lon)
        && (envelope.min_y..=envelope.max_y).contains(&position.lat)
}

fn every_position(geometry: &Geometry) -> Vec<Position> {
    match geometry {
        Geometry::Point(position) => vec![*position],
        Geometry::MultiPoint(positions) | Geometry::LineString(positions) => positions.clone(),
        Geometry::MultiLineString(lines) | Geometry::Polygon(lines) => lines.concat(),
        Geometry::MultiPolygon(polygons) => polygons.concat().concat(),
    }
}

/// What the encoder accepts must come back whole.
fn round_trips(geometry: &Geometry) {
    let Ok((blob, envelope)) = gpkg::encode(geometry) else {
        return;
    };
    assert_eq!(
        gpkg::decode(&blob).as_ref(),
        Some(geometry),
        "blob {blob:02x?}"
    );
    for position in every_position(geometry) {
        assert!(
            contains(&envelope, position),
            "{position:?} outside {envelope:?}"
        );
    }
}

fuzz_target!(|bytes: &[u8]| {
    if let Some(decoded) = gpkg::decode(bytes) {
        round_trips(&decoded);
    }
    if let Ok(built) = geometry(&mut Unstructured::new(bytes)) {
        round_trips(&built);
    }
});
