//! Drawing one 256-pixel basemap tile in Web Mercator with `tiny-skia` (anti-aliased): water,
//! the real land with its rivers and lakes as holes, WDB river lines, the demo canals and main
//! roads, and Metro Line 1 with its stations, in a light palette. Geometry is clipped to the
//! tile (plus a margin for line widths) before it is drawn, so paths stay small at any zoom.

use offline_cache::model::units;
use std::sync::LazyLock;

use tiny_skia::{
    Color, FillRule, LineCap, LineJoin, Paint, Path, PathBuilder, Pixmap, Rect, Stroke, Transform,
};

use crate::geo::GEOGRAPHY;
use crate::geo::assets::DATA_BBOX;
use crate::geo::clip::clip_region;
use crate::geo::places::{METRO_STATIONS, lonlat, metro_line};
use crate::geo::planar::{Bbox, Pt, clip_line_to_convex};
use crate::geo::roads::{DEMO_CANALS, DEMO_ROADS, RoadClass};

/// Tile edge in pixels.
pub const TILE_SIZE_PX: u32 = 256;
/// Zoom levels served.
pub const MIN_ZOOM: u8 = 8;
pub const MAX_ZOOM: u8 = 16;

/// The palette: a light basemap in which water, land, roads and the metro stand apart.
mod palette {
    pub const NO_DATA: [u8; 3] = [226, 224, 219];
    pub const WATER: [u8; 3] = [170, 211, 223];
    pub const LAND: [u8; 3] = [242, 239, 233];
    pub const HIGHWAY: [u8; 3] = [249, 178, 156];
    pub const HIGHWAY_CASING: [u8; 3] = [200, 120, 96];
    pub const ARTERIAL: [u8; 3] = [252, 214, 164];
    pub const ARTERIAL_CASING: [u8; 3] = [190, 150, 90];
    pub const METRO: [u8; 3] = [214, 32, 77];
    pub const STATION_FILL: [u8; 3] = [255, 255, 255];
}

/// One tile of the XYZ pyramid (rows counted from the top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

impl TileId {
    /// A tile the server draws: zoom 8-16 and `x`, `y` within the zoom's grid.
    pub fn new(z: u8, x: u32, y: u32) -> Option<Self> {
        let n = 1u64 << z.min(31);
        ((MIN_ZOOM..=MAX_ZOOM).contains(&z) && u64::from(x) < n && u64::from(y) < n)
            .then_some(Self { z, x, y })
    }

    /// The tile holding a position at zoom `z`.
    #[cfg(test)]
    pub fn at(lon: f64, lat: f64, z: u8) -> Option<Self> {
        let (x, y) = units::tile_at(z, lon, lat);
        Self::new(z, x, y)
    }

    /// The tile's extent in longitude and latitude.
    pub fn bbox(&self) -> Bbox {
        let (west, south, east, north) = units::tile_bounds(self.z, self.x, self.y);
        Bbox::new(west, south, east, north)
    }
}

/// Web Mercator from degrees to the tile's pixels.
struct Projector {
    world_px: f64,
    left_px: f64,
    top_px: f64,
}

impl Projector {
    fn new(tile: TileId) -> Self {
        let world_px = f64::from(TILE_SIZE_PX) * f64::from(1u32 << tile.z.min(30));
        Self {
            world_px,
            left_px: f64::from(tile.x) * f64::from(TILE_SIZE_PX),
            top_px: f64::from(tile.y) * f64::from(TILE_SIZE_PX),
        }
    }

    fn px(&self, p: Pt) -> (f32, f32) {
        let (x, y) = units::mercator(p[0], p[1]);
        let x = x * self.world_px - self.left_px;
        let y = y * self.world_px - self.top_px;
        (x as f32, y as f32)
    }
}

/// Lines of the basemap that do not come from the geodata files.
struct DemoLines {
    highways: Vec<Vec<Pt>>,
    arterials: Vec<Vec<Pt>>,
    canals: Vec<Vec<Pt>>,
    metro: Vec<Pt>,
    stations: Vec<Pt>,
}

static DEMO_LINES: LazyLock<DemoLines> = LazyLock::new(|| {
    let roads = |class| {
        DEMO_ROADS
            .iter()
            .filter(|road| road.class == class)
            .map(|road| road.line())
            .collect()
    };
    DemoLines {
        highways: roads(RoadClass::Highway),
        arterials: roads(RoadClass::Arterial),
        canals: DEMO_CANALS.iter().map(|canal| canal.line()).collect(),
        metro: metro_line(),
        stations: METRO_STATIONS.iter().map(|s| lonlat(s.at)).collect(),
    }
});

/// A width in pixels that grows by `factor` per zoom level from `at_z8_px`.
fn width_px(z: u8, at_z8_px: f64, factor: f64) -> f32 {
    (at_z8_px * factor.powi(i32::from(z) - 8)) as f32
}

fn paint(rgb: [u8; 3]) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(rgb[0], rgb[1], rgb[2], 255);
    paint.anti_alias = true;
    paint
}

fn stroke(width: f32) -> Stroke {
    Stroke {
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }
}

/// The tile's pixels.
pub fn render(tile: TileId) -> Option<Pixmap> {
    let mut pixmap = Pixmap::new(TILE_SIZE_PX, TILE_SIZE_PX)?;
    let [r, g, b] = palette::NO_DATA;
    pixmap.fill(Color::from_rgba8(r, g, b, 255));
    let projector = Projector::new(tile);
    let bbox = tile.bbox();
    // Clip a little outside the tile so strokes that reach in from outside are drawn.
    let margin_deg = (bbox.max[0] - bbox.min[0]) * 0.06;
    let window = bbox.expanded(margin_deg).ring();
    let z = tile.z;

    let data = {
        let (x0, y0) = projector.px(DATA_BBOX.min);
        let (x1, y1) = projector.px(DATA_BBOX.max);
        Rect::from_ltrb(x0.max(-2.0), y1.max(-2.0), x1.min(258.0), y0.min(258.0))
    };
    if let Some(data) = data {
        pixmap.fill_rect(data, &paint(palette::WATER), Transform::identity(), None);
    }

    let land = clip_region(&GEOGRAPHY.land_rings, &window);
    let mut builder = PathBuilder::new();
    for polygon in &land {
        for ring in polygon.rings() {
            push_ring(&mut builder, &projector, ring);
        }
    }
    if let Some(path) = builder.finish() {
        pixmap.fill_path(
            &path,
            &paint(palette::LAND),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }

    let water = paint(palette::WATER);
    let rivers = GEOGRAPHY
        .rivers
        .iter()
        .flat_map(|river| river.pieces.iter());
    draw_lines(
        &mut pixmap,
        &projector,
        &window,
        rivers,
        &water,
        width_px(z, 0.7, 1.35),
    );
    if z >= 12 {
        let canals = DEMO_LINES.canals.iter();
        draw_lines(
            &mut pixmap,
            &projector,
            &window,
            canals,
            &water,
            width_px(z, 0.5, 1.4),
        );
    }

    let lines = &*DEMO_LINES;
    let highway = width_px(z, 1.0, 1.38);
    let arterial = highway * 0.75;
    let casing = if z >= 10 { 1.6 } else { 0.0 };
    // Casings first, so a road's fill covers the casing of the roads it crosses.
    let road_passes = [
        (
            z >= 9,
            &lines.arterials,
            palette::ARTERIAL_CASING,
            arterial + casing,
        ),
        (
            true,
            &lines.highways,
            palette::HIGHWAY_CASING,
            highway + casing,
        ),
        (z >= 9, &lines.arterials, palette::ARTERIAL, arterial),
        (true, &lines.highways, palette::HIGHWAY, highway),
    ];
    for (shown, roads, rgb, width) in road_passes {
        if shown {
            draw_lines(
                &mut pixmap,
                &projector,
                &window,
                roads.iter(),
                &paint(rgb),
                width,
            );
        }
    }

    let metro = paint(palette::METRO);
    let metro_width = width_px(z, 1.5, 1.22);
    draw_lines(
        &mut pixmap,
        &projector,
        &window,
        std::iter::once(&lines.metro),
        &metro,
        metro_width,
    );
    if z >= 12 {
        let radius = metro_width * 0.9;
        for station in &lines.stations {
            let (x, y) = projector.px(*station);
            if let Some(circle) = PathBuilder::from_circle(x, y, radius) {
                pixmap.fill_path(
                    &circle,
                    &paint(palette::STATION_FILL),
                    FillRule::Winding,
                    Transform::identity(),
                    None,
                );
                pixmap.stroke_path(
                    &circle,
                    &metro,
                    &stroke(metro_width * 0.45),
                    Transform::identity(),
                    None,
                );
            }
        }
    }
    Some(pixmap)
}

/// The tile as PNG bytes.
pub fn render_png(tile: TileId) -> Result<Vec<u8>, String> {
    let pixmap = render(tile).ok_or_else(|| "could not allocate a tile".to_owned())?;
    pixmap
        .encode_png()
        .map_err(|error| format!("could not encode tile {tile:?} as PNG: {error}"))
}

fn push_ring(builder: &mut PathBuilder, projector: &Projector, ring: &[Pt]) {
    let mut points = ring.iter().map(|p| projector.px(*p));
    if let Some((x, y)) = points.next() {
        builder.move_to(x, y);
        for (x, y) in points {
            builder.line_to(x, y);
        }
        builder.close();
    }
}

fn line_path<'a>(
    projector: &Projector,
    window: &[Pt],
    lines: impl Iterator<Item = &'a Vec<Pt>>,
) -> Option<Path> {
    let mut builder = PathBuilder::new();
    for line in lines {
        for piece in clip_line_to_convex(line, window) {
            let mut points = piece.iter().map(|p| projector.px(*p));
            if let Some((x, y)) = points.next() {
                builder.move_to(x, y);
                for (x, y) in points {
                    builder.line_to(x, y);
                }
            }
        }
    }
    builder.finish()
}

fn draw_lines<'a>(
    pixmap: &mut Pixmap,
    projector: &Projector,
    window: &[Pt],
    lines: impl Iterator<Item = &'a Vec<Pt>>,
    paint: &Paint<'_>,
    width: f32,
) {
    if width <= 0.0 {
        return;
    }
    if let Some(path) = line_path(projector, window, lines) {
        pixmap.stroke_path(&path, paint, &stroke(width), Transform::identity(), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_cover_the_right_places() {
        let ben_thanh = TileId::at(106.6983, 10.7721, 13).unwrap();
        assert_eq!((ben_thanh.x, ben_thanh.y), (6523, 3849));
        let bbox = ben_thanh.bbox();
        assert!(bbox.contains([106.6983, 10.7721]));
        assert!(TileId::new(7, 0, 0).is_none());
        assert!(TileId::new(17, 0, 0).is_none());
        assert!(TileId::new(8, 256, 0).is_none());
        assert!(TileId::new(8, 255, 255).is_some());
    }

    #[test]
    fn a_tile_over_the_centre_has_land_and_water() {
        let tile = TileId::at(106.7163, 10.7862, 13).unwrap();
        let pixmap = render(tile).unwrap();
        let count = |rgb: [u8; 3]| {
            pixmap
                .pixels()
                .iter()
                .filter(|p| [p.red(), p.green(), p.blue()] == rgb)
                .count()
        };
        assert!(count(palette::LAND) > 5_000);
        assert!(count(palette::WATER) > 1_000);
    }
}
