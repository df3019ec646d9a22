//! Tests of the prepared geometry and its fill: projection, hit testing, tessellation, refusal
//! of bad input.
#![allow(clippy::unwrap_used)]

use egui::{Pos2, Rect, Vec2};

use offline_cache::model::{Geometry, Position as GeoPosition};

use super::*;

fn frame() -> LocalFrame {
    LocalFrame::new(106.70, 10.78)
}

fn pos(lon: f64, lat: f64) -> GeoPosition {
    GeoPosition { lon, lat }
}

fn ring(points: &[(f64, f64)]) -> Vec<GeoPosition> {
    let mut ring: Vec<GeoPosition> = points.iter().map(|(x, y)| pos(*x, *y)).collect();
    ring.push(ring[0]);
    ring
}

fn shapes_of(geometries: &[Geometry]) -> LayerShapes {
    let mut shapes = LayerShapes::default();
    for (feature, geometry) in geometries.iter().enumerate() {
        shapes.add(feature, geometry, &frame()).unwrap();
    }
    fill_shapes(&mut shapes, &mut lyon_tessellation::FillTessellator::new());
    shapes
}

fn local(lon: f64, lat: f64) -> LocalPoint {
    frame().to_local(lon, lat).unwrap()
}

fn polygon_area(shapes: &LayerShapes, ring: usize) -> f64 {
    let points = shapes.ring(ring);
    let doubled: f64 = points
        .windows(2)
        .map(|pair| {
            f64::from(pair[0][0]) * f64::from(pair[1][1])
                - f64::from(pair[1][0]) * f64::from(pair[0][1])
        })
        .sum();
    doubled.abs() / 2.0
}

#[test]
fn the_frame_round_trips_and_matches_walkers() {
    let frame = frame();
    let point = frame.to_local(106.9, 10.6).unwrap();
    let (lon, lat) = frame.to_lon_lat(point);
    assert!(
        (lon - 106.9).abs() < 1e-5 && (lat - 10.6).abs() < 1e-5,
        "{lon} {lat}"
    );
    assert_eq!(frame.to_local(f64::NAN, 10.0), None);
    assert_eq!(frame.to_local(10.0, 89.0), None);

    let mut memory = walkers::MapMemory::default();
    memory.set_zoom(11.0).unwrap();
    let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0));
    let projector = walkers::Projector::new(
        rect,
        &walkers::MercatorProjection,
        &memory,
        walkers::lon_lat(106.7, 10.78),
    );
    let transform = ScreenTransform::from_projector(&frame, &projector);
    for (lon, lat) in [(106.6, 10.9), (106.95, 10.5), (106.7, 10.78)] {
        let ours = transform.to_screen(frame.to_local(lon, lat).unwrap());
        let theirs = projector.project(walkers::lon_lat(lon, lat));
        assert!((ours.x - theirs.x).abs() < 0.05, "{ours:?} {theirs:?}");
        assert!((ours.y - theirs.y).abs() < 0.05, "{ours:?} {theirs:?}");
    }
}

#[test]
fn a_point_in_the_hole_is_outside() {
    let outer = ring(&[(106.6, 10.7), (106.8, 10.7), (106.8, 10.9), (106.6, 10.9)]);
    let hole = ring(&[
        (106.65, 10.75),
        (106.75, 10.75),
        (106.75, 10.85),
        (106.65, 10.85),
    ]);
    let shapes = shapes_of(&[Geometry::Polygon(vec![outer, hole])]);
    assert_eq!(shapes.polygon_at(local(106.62, 10.8)), Some(0));
    assert_eq!(
        shapes.polygon_at(local(106.7, 10.8)),
        None,
        "inside the hole"
    );
    assert_eq!(shapes.polygon_at(local(106.9, 10.8)), None);
    // The triangles cover the ring minus the hole.
    let area = shapes.triangle_area(&shapes.polygons[0]);
    let expected = polygon_area(&shapes, 0) - polygon_area(&shapes, 1);
    assert!(
        (area - expected).abs() / expected < 1e-3,
        "{area} vs {expected}"
    );
}

#[test]
fn a_concave_polygon_tessellates_to_its_area() {
    // An L shape, and a multipolygon with a second square apart.
    let l_shape = ring(&[
        (106.6, 10.6),
        (106.8, 10.6),
        (106.8, 10.65),
        (106.65, 10.65),
        (106.65, 10.8),
        (106.6, 10.8),
    ]);
    let square = ring(&[(107.0, 10.6), (107.1, 10.6), (107.1, 10.7), (107.0, 10.7)]);
    let shapes = shapes_of(&[Geometry::MultiPolygon(vec![vec![l_shape], vec![square]])]);
    let part = &shapes.polygons[0];
    let expected = polygon_area(&shapes, 0) + polygon_area(&shapes, 1);
    let area = shapes.triangle_area(part);
    assert!(
        (area - expected).abs() / expected < 1e-3,
        "{area} vs {expected}"
    );
    // The notch of the L is outside; both arms and the square are inside.
    assert_eq!(shapes.polygon_at(local(106.75, 10.75)), None);
    assert_eq!(shapes.polygon_at(local(106.62, 10.75)), Some(0));
    assert_eq!(shapes.polygon_at(local(106.75, 10.62)), Some(0));
    assert_eq!(shapes.polygon_at(local(107.05, 10.65)), Some(0));
}

#[test]
fn bad_geometry_is_refused_and_leaves_nothing() {
    let mut shapes = shapes_of(&[Geometry::Point(pos(106.7, 10.7))]);
    let before = shapes.clone();
    let bad = [
        Geometry::Polygon(vec![vec![
            pos(106.6, 10.7),
            pos(106.7, 10.7),
            pos(106.6, 10.7),
        ]]),
        Geometry::Polygon(vec![]),
        Geometry::MultiPolygon(vec![
            vec![ring(&[(106.6, 10.6), (106.7, 10.6), (106.7, 10.7)])],
            vec![ring(&[(106.6, f64::NAN), (106.7, 10.6), (106.7, 10.7)])],
        ]),
        Geometry::LineString(vec![pos(106.6, 10.6)]),
        Geometry::Point(pos(f64::INFINITY, 10.0)),
    ];
    for geometry in &bad {
        assert!(shapes.add(1, geometry, &frame()).is_err());
        assert_eq!(shapes, before, "{geometry:?}");
    }
}

#[test]
fn lines_and_points_are_hit_within_a_distance() {
    let shapes = shapes_of(&[
        Geometry::LineString(vec![pos(106.6, 10.7), pos(106.8, 10.7)]),
        Geometry::Point(pos(106.7, 10.75)),
    ]);
    let near_line = local(106.7, 10.7001);
    // One local unit is about 35 m here; the probes are about 11 m away.
    let tolerance = 1.0;
    assert_eq!(
        shapes.nearest_line(near_line, tolerance).map(|h| h.0),
        Some(0)
    );
    assert_eq!(shapes.nearest_line(local(106.7, 10.75), tolerance), None);
    assert_eq!(
        shapes
            .nearest_point(local(106.7001, 10.75), tolerance)
            .map(|h| h.0),
        Some(1)
    );
    assert_eq!(shapes.nearest_point(local(106.8, 10.75), tolerance), None);
    assert_eq!(
        distance_to_segment([5.0, 5.0], [0.0, 0.0], [10.0, 0.0]),
        5.0
    );
    assert_eq!(
        distance_to_segment([-3.0, 4.0], [0.0, 0.0], [10.0, 0.0]),
        5.0
    );
}

#[test]
fn decimation_keeps_the_ends() {
    let transform = ScreenTransform {
        scale: 1.0,
        offset: Vec2::ZERO,
    };
    let local: Vec<LocalPoint> = (0..100).map(|i| [i as f32 * 0.1, 0.0]).collect();
    let mut out = Vec::new();
    screen_points(&local, &transform, 1.0, &mut out);
    assert!(out.len() < 15, "{}", out.len());
    assert_eq!(out.first(), Some(&Pos2::new(0.0, 0.0)));
    assert_eq!(out.last().map(|p| p.x), Some(local[99][0]));
}
