//! A map page's picture (SVG): the basemap tiles the source holds (embedded PNG), the wards
//! filled by the shared choropleth's classes and colours, and the chosen point and line layers
//! (flood sensors, incidents...) over them, all from the shared `MapModel`, fitted to the
//! wards. Every text in it is escaped; the legend and attribution are set by the template.

use std::fmt::Write as _;

use base64::Engine as _;
use citydash_views::map::MapModel;
use citydash_views::map::geometry::{LocalPoint, LocalRect};
use offline_cache::model::BoundingBox;
use offline_cache::store::{Reader, TileId};

use crate::chart::escape;

/// The picture's size in points (the text width of an A4 page, and most of its height).
pub const WIDTH: f64 = 480.0;
pub const HEIGHT: f64 = 520.0;
/// Local units are world pixels at zoom 12.
const LOCAL_ZOOM: i32 = 12;

/// Colours of the point and line layers, by layer id; others are grey.
pub fn layer_colour(layer_id: &str) -> &'static str {
    match layer_id {
        "flood-sensors" => "#1f6fb2",
        "incidents" => "#d1495b",
        "tide-gauges" => "#00838f",
        "metro" => "#6a1b9a",
        "bus-routes" => "#ef6c00",
        "hospitals" => "#2e7d32",
        _ => "#546e7a",
    }
}

/// The picture of `model`, its tiles read from `reader`, fitted to `area` (the city's box;
/// the layers' extent when it has none); `None` when nothing can be drawn.
pub fn map_svg(model: &MapModel, reader: &Reader, area: Option<BoundingBox>) -> Option<String> {
    let city = area.and_then(|area| {
        let corner = |lon, lat| model.frame.to_local(lon, lat);
        let (north_west, south_east) = (
            corner(area.min_lon, area.max_lat)?,
            corner(area.max_lon, area.min_lat)?,
        );
        Some(LocalRect::around(north_west).union(LocalRect::around(south_east)))
    });
    let extent = city.or_else(|| {
        model
            .drawn_layers()
            .filter_map(|layer| layer.shapes.bbox)
            .reduce(LocalRect::union)
    })?;
    let (width, height) = (
        f64::from(extent.max[0] - extent.min[0]),
        f64::from(extent.max[1] - extent.min[1]),
    );
    if width <= 0.0 || height <= 0.0 {
        return None;
    }
    let scale = (WIDTH / width).min(HEIGHT / height);
    let (offset_x, offset_y) = (
        (WIDTH - width * scale) / 2.0 - f64::from(extent.min[0]) * scale,
        (HEIGHT - height * scale) / 2.0 - f64::from(extent.min[1]) * scale,
    );
    let at = |point: LocalPoint| {
        (
            f64::from(point[0]) * scale + offset_x,
            f64::from(point[1]) * scale + offset_y,
        )
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}pt" height="{HEIGHT}pt" viewBox="0 0 {WIDTH} {HEIGHT}"><clipPath id="frame"><rect width="{WIDTH}" height="{HEIGHT}"/></clipPath><g clip-path="url(#frame)"><rect width="{WIDTH}" height="{HEIGHT}" fill="#f2efe9"/>"##
    );
    tiles(&mut svg, model, reader, extent, scale, &at);
    if let Some(wards) = model.layer("wards") {
        let shapes = &wards.shapes;
        for polygon in &shapes.polygons {
            let feature = &wards.features[polygon.feature];
            let fill = feature
                .ward_class
                .and_then(|class| model.choropleth.class_colors.get(class))
                .map_or_else(
                    || "#ffffff".to_owned(),
                    |[r, g, b]| format!("#{r:02x}{g:02x}{b:02x}"),
                );
            let mut path = String::new();
            for ring in polygon.rings.clone() {
                for (index, point) in shapes.ring(ring).iter().enumerate() {
                    let (x, y) = at(*point);
                    let _ = write!(path, "{}{x:.1},{y:.1}", if index == 0 { "M" } else { "L" });
                }
                path.push('Z');
            }
            let _ = write!(
                svg,
                r##"<path d="{path}" fill="{fill}" fill-opacity="0.55" fill-rule="evenodd" stroke="#55606b" stroke-width="0.35"/>"##
            );
        }
    }
    for layer in model
        .drawn_layers()
        .filter(|layer| layer.entry.layer_id != "wards")
    {
        let colour = layer_colour(&layer.entry.layer_id);
        let shapes = &layer.shapes;
        for line in &shapes.lines {
            let points: Vec<String> = shapes
                .line(line)
                .iter()
                .map(|point| {
                    let (x, y) = at(*point);
                    format!("{x:.1},{y:.1}")
                })
                .collect();
            let _ = write!(
                svg,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="1.2"/>"#,
                points.join(" ")
            );
        }
        for point in &shapes.points {
            let (x, y) = at(point.at);
            let _ = write!(
                svg,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="2.4" fill="{colour}" stroke="#ffffff" stroke-width="0.6"/>"##
            );
        }
    }
    let _ = write!(
        svg,
        r##"</g><rect width="{WIDTH}" height="{HEIGHT}" fill="none" stroke="#c0c6cc" stroke-width="0.8"/></svg>"##
    );
    Some(svg)
}

/// The basemap tiles under `extent`, embedded as PNG: each zoom the source holds from its
/// shallowest up to the one nearest two pixels a point, deeper ones over shallower, so a
/// place the deeper zoom lacks still shows the coarser map.
fn tiles(
    svg: &mut String,
    model: &MapModel,
    reader: &Reader,
    extent: LocalRect,
    scale: f64,
    at: &impl Fn(LocalPoint) -> (f64, f64),
) {
    let Ok(stats) = reader.tile_stats() else {
        return;
    };
    let (Some(min_zoom), Some(max_zoom)) = (stats.min_zoom, stats.max_zoom) else {
        return;
    };
    // Local units per point is 1/scale; a tile at zoom z is 256 px over 256 * 2^(12-z) units.
    let wanted = (f64::from(LOCAL_ZOOM) + (2.0 * scale).log2()).round() as i32;
    let deepest = wanted.clamp(i32::from(min_zoom), i32::from(max_zoom));
    for zoom in i32::from(min_zoom)..=deepest {
        if let Ok(zoom) = u8::try_from(zoom) {
            tiles_at(svg, model, reader, extent, zoom, at);
        }
    }
}

fn tiles_at(
    svg: &mut String,
    model: &MapModel,
    reader: &Reader,
    extent: LocalRect,
    zoom: u8,
    at: &impl Fn(LocalPoint) -> (f64, f64),
) {
    let corner = |point: LocalPoint| model.frame.to_lon_lat(point);
    let (west, north) = corner(extent.min);
    let (east, south) = corner(extent.max);
    let ((x0, x1), (y0, y1)) = offline_cache::store::tile_range(zoom, west, south, east, north);
    if u64::from(x1 - x0 + 1) * u64::from(y1 - y0 + 1) > 400 {
        return;
    }
    for y in y0..=y1 {
        for x in x0..=x1 {
            let Ok(Some(png)) = reader.tile(TileId { z: zoom, x, y }) else {
                continue;
            };
            let (Some(top_left), Some(bottom_right)) = (
                tile_corner(model, zoom, x, y),
                tile_corner(model, zoom, x + 1, y + 1),
            ) else {
                continue;
            };
            let ((left, top), (right, bottom)) = (at(top_left), at(bottom_right));
            let _ = write!(
                svg,
                r#"<image x="{left:.2}" y="{top:.2}" width="{:.2}" height="{:.2}" preserveAspectRatio="none" href="data:image/png;base64,{}"/>"#,
                right - left,
                bottom - top,
                escape(&base64::engine::general_purpose::STANDARD.encode(png))
            );
        }
    }
}

/// The local point of tile `(x, y)`'s top-left corner at `zoom`.
fn tile_corner(model: &MapModel, zoom: u8, x: u32, y: u32) -> Option<LocalPoint> {
    let n = f64::from(1_u32 << zoom);
    let lon = f64::from(x) / n * 360.0 - 180.0;
    let lat = (std::f64::consts::PI * (1.0 - 2.0 * f64::from(y) / n))
        .sinh()
        .atan()
        .to_degrees();
    model.frame.to_local(lon, lat)
}
