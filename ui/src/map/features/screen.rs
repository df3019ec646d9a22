//! The per-frame side of the prepared geometry: one scale and offset from local points to the
//! screen, taken from walkers' projector, and cheap ways to turn prepared shapes into egui
//! meshes and outlines with that transform.

use egui::{Color32, Mesh, Pos2, Rect, Vec2, epaint::Vertex};

use super::{LayerShapes, LocalFrame, LocalPoint, LocalRect, PolygonPart};

/// Local to screen for one frame: `screen = local * scale + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenTransform {
    pub scale: f32,
    pub offset: Vec2,
}

impl ScreenTransform {
    /// The transform of this frame, from two positions projected by walkers: the frame's
    /// origin and a point one degree east of it (Mercator keeps the same scale on both axes).
    pub fn from_projector(frame: &LocalFrame, projector: &walkers::Projector) -> ScreenTransform {
        let origin = projector.project(walkers::lon_lat(frame.origin_lon, frame.origin_lat));
        let east_lon = frame.origin_lon + 1.0;
        let east = projector.project(walkers::lon_lat(east_lon, frame.origin_lat));
        let east_local = frame
            .to_local(east_lon, frame.origin_lat)
            .map_or(1.0, |local| local[0]);
        let scale = if east_local.abs() > f32::EPSILON {
            (east.x - origin.x) / east_local
        } else {
            1.0
        };
        ScreenTransform {
            scale,
            offset: origin,
        }
    }

    pub fn to_screen(&self, local: LocalPoint) -> Pos2 {
        Pos2::new(
            local[0] * self.scale + self.offset.x,
            local[1] * self.scale + self.offset.y,
        )
    }

    pub fn to_local(&self, screen: Pos2) -> LocalPoint {
        let scale = if self.scale.abs() > f32::EPSILON {
            self.scale
        } else {
            1.0
        };
        [
            (screen.x - self.offset.x) / scale,
            (screen.y - self.offset.y) / scale,
        ]
    }

    /// A distance in screen points as local units.
    pub fn local_distance(&self, points: f32) -> f32 {
        if self.scale.abs() > f32::EPSILON {
            points / self.scale.abs()
        } else {
            points
        }
    }

    /// The part of the local frame a screen rectangle shows.
    pub fn visible(&self, rect: Rect) -> LocalRect {
        let mut local = LocalRect::around(self.to_local(rect.min));
        local.include(self.to_local(rect.max));
        local
    }

    pub fn screen_rect(&self, rect: &LocalRect) -> Rect {
        Rect::from_two_pos(self.to_screen(rect.min), self.to_screen(rect.max))
    }
}

/// Appends a polygon part's triangles to `mesh` in `color`.
pub fn append_fill(
    mesh: &mut Mesh,
    shapes: &LayerShapes,
    part: &PolygonPart,
    transform: &ScreenTransform,
    color: Color32,
) {
    let Ok(base) = u32::try_from(mesh.vertices.len()) else {
        return;
    };
    let Ok(first) = u32::try_from(part.vertices.start) else {
        return;
    };
    mesh.vertices.extend(
        shapes.fill_vertices[part.vertices.clone()]
            .iter()
            .map(|local| Vertex {
                pos: transform.to_screen(*local),
                uv: egui::epaint::WHITE_UV,
                color,
            }),
    );
    mesh.indices.extend(
        shapes.fill_indices[part.indices.clone()]
            .iter()
            .map(|index| index - first + base),
    );
}

/// The screen points of `local`, dropping points closer than `min_step` to the last kept one
/// (they would not show), into `out`.
pub fn screen_points(
    local: &[LocalPoint],
    transform: &ScreenTransform,
    min_step: f32,
    out: &mut Vec<Pos2>,
) {
    out.clear();
    let last_index = local.len().saturating_sub(1);
    for (index, point) in local.iter().enumerate() {
        let screen = transform.to_screen(*point);
        match out.last() {
            Some(last) if index != last_index && last.distance(screen) < min_step => {}
            _ => out.push(screen),
        }
    }
}
