//! The walkers plugin that draws our layers over the basemap and picks features.
//!
//! Areas (the wards choropleth, water) go first as one mesh, then lines (rivers, bus routes,
//! congestion coloured and widened by level, Metro Line 1 in red), then point symbols: each
//! layer has its own shape, and a status changes more than the colour (a ring for warning, a
//! larger symbol with a double ring for alert, a hollow struck-through symbol when inactive).
//! The selected feature is outlined. The pointer's feature gets a tooltip; a click reports it.
//! Only what lies on screen is drawn, and per frame the geometry is only transformed.

use std::sync::Arc;

use egui::{Color32, Mesh, Painter, Pos2, Rect, Response, RichText, Shape, Stroke, Ui, Vec2};
use walkers::{MapMemory, Plugin, Projector};

use crate::map::features::{LayerShapes, LocalRect, ScreenTransform, append_fill, screen_points};
use crate::theme::{CHOROPLETH_NO_DATA, map_style};
use crate::view_models::map::{MapLayer, MapModel, StatusLevel, WARDS_LAYER};

/// A feature of the model: `layer` indexes [`MapModel::layers`], `feature` that layer's
/// features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureHit {
    pub layer: usize,
    pub feature: usize,
}

/// The shape of a layer's symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolShape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Hexagon,
    Plus,
    Pentagon,
}

/// The symbol shape and normal fill of a point layer.
pub fn symbol_style(layer_id: &str) -> (SymbolShape, Color32) {
    match layer_id {
        "flood-sensors" => (SymbolShape::Circle, map_style::FLOOD_SENSOR),
        "air-quality" => (SymbolShape::Hexagon, map_style::AIR_QUALITY),
        "cameras" => (SymbolShape::Square, map_style::CAMERA),
        "incidents" => (SymbolShape::Triangle, map_style::INCIDENT),
        "tide-gauges" => (SymbolShape::Diamond, map_style::TIDE_GAUGE),
        "hospitals" => (SymbolShape::Plus, map_style::HOSPITAL),
        "service-centers" => (SymbolShape::Pentagon, map_style::SERVICE_CENTER),
        "metro" => (SymbolShape::Circle, map_style::METRO_STATION),
        _ => (SymbolShape::Circle, map_style::OTHER_POINT),
    }
}

/// Buffers kept from frame to frame so drawing allocates little.
#[derive(Debug, Default)]
pub struct OverlayBuffers {
    fill: Arc<Mesh>,
    scratch: Vec<Pos2>,
}

/// What the pointer did on the map this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct OverlayOutput {
    pub hovered: Option<FeatureHit>,
    pub clicked: Option<FeatureHit>,
    /// A click on the map that hit no feature.
    pub clicked_empty: bool,
    /// This frame's local-to-screen transform.
    pub transform: Option<ScreenTransform>,
}

/// The plugin: borrow it mutably into `Map::with_plugin`, read `output` after the map shows.
pub struct MapOverlay<'a> {
    pub model: &'a MapModel,
    pub buffers: &'a mut OverlayBuffers,
    pub output: OverlayOutput,
}

impl<'a> MapOverlay<'a> {
    pub fn new(model: &'a MapModel, buffers: &'a mut OverlayBuffers) -> Self {
        MapOverlay {
            model,
            buffers,
            output: OverlayOutput::default(),
        }
    }
}

impl Plugin for &mut MapOverlay<'_> {
    fn run(
        self: Box<Self>,
        ui: &mut Ui,
        response: &Response,
        projector: &Projector,
        _: &MapMemory,
    ) {
        let transform = ScreenTransform::from_projector(&self.model.frame, projector);
        self.output.transform = Some(transform);
        let clip = response.rect;
        let painter = ui.painter().with_clip_rect(clip);
        let radius = symbol_radius(projector.zoom());
        let visible = transform
            .visible(clip)
            .expand(transform.local_distance(radius * 3.0));

        draw_areas(&painter, self.model, &transform, &visible, self.buffers);
        draw_lines(
            &painter,
            self.model,
            &transform,
            &visible,
            &mut self.buffers.scratch,
        );
        super::labels::draw_ward_labels(&painter, self.model, &transform, &visible);
        draw_points(&painter, self.model, &transform, &visible, radius);
        if let Some(selection) = &self.model.selection {
            draw_highlight(
                &painter,
                &selection.shapes,
                &transform,
                radius,
                &mut self.buffers.scratch,
            );
        }

        let pointer = response.hover_pos().filter(|pos| clip.contains(*pos));
        let hovered = pointer.and_then(|pos| hit_test(self.model, &transform, pos, radius));
        self.output.hovered = hovered;
        if let Some(hit) = hovered
            && let Some(layer) = self.model.layers.get(hit.layer)
        {
            draw_hover(
                &painter,
                layer,
                hit.feature,
                &transform,
                radius,
                &mut self.buffers.scratch,
            );
            tooltip_ui(response, layer, hit.feature);
        }
        if response.clicked() {
            let at = response.interact_pointer_pos().or(pointer);
            match at.and_then(|pos| hit_test(self.model, &transform, pos, radius)) {
                Some(hit) => self.output.clicked = Some(hit),
                None => self.output.clicked_empty = true,
            }
        }
    }
}

/// Symbol radius at a zoom level.
pub fn symbol_radius(zoom: f64) -> f32 {
    let t = ((zoom as f32 - 10.0) / 5.0).clamp(0.0, 1.0);
    map_style::SYMBOL_RADIUS_MIN + t * (map_style::SYMBOL_RADIUS_MAX - map_style::SYMBOL_RADIUS_MIN)
}

/// The feature under `pos`: points first (nearest within the pick distance, top layer
/// first), then lines, then areas.
pub fn hit_test(
    model: &MapModel,
    transform: &ScreenTransform,
    pos: Pos2,
    radius: f32,
) -> Option<FeatureHit> {
    let local = transform.to_local(pos);
    let pick = transform.local_distance(map_style::PICK_DISTANCE.max(radius + 2.0));
    let drawn = || {
        model
            .layers
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, layer)| layer.entry.visible && !layer.features.is_empty())
    };
    let nearest = |hits: &mut dyn Iterator<Item = (usize, Option<(usize, f32)>)>| {
        hits.filter_map(|(layer, hit)| hit.map(|(feature, distance)| (layer, feature, distance)))
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(layer, feature, _)| FeatureHit { layer, feature })
    };
    let mut points = drawn().map(|(i, layer)| (i, layer.shapes.nearest_point(local, pick)));
    if let Some(hit) = nearest(&mut points) {
        return Some(hit);
    }
    let mut lines = drawn().map(|(i, layer)| (i, layer.shapes.nearest_line(local, pick)));
    if let Some(hit) = nearest(&mut lines) {
        return Some(hit);
    }
    drawn().find_map(|(layer, map_layer)| {
        map_layer
            .shapes
            .polygon_at(local)
            .map(|feature| FeatureHit { layer, feature })
    })
}

fn area_color(model: &MapModel, layer: &MapLayer, feature: usize) -> Color32 {
    if layer.entry.layer_id == WARDS_LAYER {
        let class = layer.features.get(feature).and_then(|f| f.ward_class);
        let color = class
            .and_then(|class| model.choropleth.class_colors.get(class))
            .map_or(CHOROPLETH_NO_DATA, |[r, g, b]| {
                Color32::from_rgb(*r, *g, *b)
            });
        Color32::from_rgba_unmultiplied(
            color.r(),
            color.g(),
            color.b(),
            map_style::CHOROPLETH_ALPHA,
        )
    } else {
        map_style::WATER_FILL
    }
}

fn draw_areas(
    painter: &Painter,
    model: &MapModel,
    transform: &ScreenTransform,
    visible: &LocalRect,
    buffers: &mut OverlayBuffers,
) {
    let mesh = Arc::make_mut(&mut buffers.fill);
    mesh.clear();
    for layer in model.drawn_layers() {
        for part in &layer.shapes.polygons {
            if part.bbox.intersects(visible) {
                append_fill(
                    mesh,
                    &layer.shapes,
                    part,
                    transform,
                    area_color(model, layer, part.feature),
                );
            }
        }
    }
    if !mesh.is_empty() {
        painter.add(Shape::Mesh(Arc::clone(&buffers.fill)));
    }
    // Ward outlines, where a ward is big enough on screen to need one.
    let min_size = transform.local_distance(3.0);
    for layer in model
        .drawn_layers()
        .filter(|l| l.entry.layer_id == WARDS_LAYER)
    {
        for part in &layer.shapes.polygons {
            let size = part.bbox.max[0] - part.bbox.min[0];
            if !part.bbox.intersects(visible) || size < min_size {
                continue;
            }
            for ring in part.rings.clone() {
                screen_points(
                    layer.shapes.ring(ring),
                    transform,
                    map_style::OUTLINE_MIN_STEP,
                    &mut buffers.scratch,
                );
                painter.add(Shape::line(
                    buffers.scratch.clone(),
                    Stroke::new(map_style::WARD_OUTLINE_WIDTH, map_style::WARD_OUTLINE),
                ));
            }
        }
    }
}

fn line_stroke(layer: &MapLayer, feature: usize) -> Stroke {
    match layer.entry.layer_id.as_str() {
        "metro" => Stroke::new(map_style::METRO_LINE_WIDTH, map_style::METRO_LINE),
        "bus-routes" => Stroke::new(map_style::BUS_LINE_WIDTH, map_style::BUS_LINE),
        "river" => Stroke::new(map_style::WATER_LINE_WIDTH, map_style::WATER_LINE),
        "congestion" => {
            let level = layer
                .features
                .get(feature)
                .and_then(|f| f.status.as_ref())
                .and_then(|status| status.congestion_level)
                .map_or(0, usize::from)
                .min(4);
            Stroke::new(
                map_style::CONGESTION_WIDTH[level],
                map_style::CONGESTION[level],
            )
        }
        _ => Stroke::new(map_style::OTHER_LINE_WIDTH, map_style::OTHER_LINE),
    }
}

fn draw_lines(
    painter: &Painter,
    model: &MapModel,
    transform: &ScreenTransform,
    visible: &LocalRect,
    scratch: &mut Vec<Pos2>,
) {
    for layer in model.drawn_layers() {
        for part in &layer.shapes.lines {
            if !part.bbox.intersects(visible) {
                continue;
            }
            screen_points(
                layer.shapes.line(part),
                transform,
                map_style::OUTLINE_MIN_STEP,
                scratch,
            );
            painter.add(Shape::line(
                scratch.clone(),
                line_stroke(layer, part.feature),
            ));
        }
    }
}

fn draw_points(
    painter: &Painter,
    model: &MapModel,
    transform: &ScreenTransform,
    visible: &LocalRect,
    radius: f32,
) {
    for layer in model.drawn_layers() {
        let (shape, fill) = symbol_style(&layer.entry.layer_id);
        for part in &layer.shapes.points {
            if !visible.contains(part.at) {
                continue;
            }
            let level = layer
                .features
                .get(part.feature)
                .and_then(|feature| feature.status.as_ref())
                .map_or(StatusLevel::Normal, |status| status.level);
            draw_symbol(
                painter,
                shape,
                transform.to_screen(part.at),
                radius,
                fill,
                level,
            );
        }
    }
}

/// One symbol: its shape in the layer's fill, changed by its status level.
pub fn draw_symbol(
    painter: &Painter,
    shape: SymbolShape,
    centre: Pos2,
    radius: f32,
    fill: Color32,
    level: StatusLevel,
) {
    let edge = Stroke::new(map_style::SYMBOL_EDGE_WIDTH, map_style::SYMBOL_EDGE);
    match level {
        StatusLevel::Inactive => {
            let stroke = Stroke::new(map_style::RING_WIDTH * 0.75, map_style::INACTIVE);
            symbol_shape(painter, shape, centre, radius, Color32::TRANSPARENT, stroke);
            let d = radius * 0.8;
            painter.line_segment(
                [centre + Vec2::new(-d, d), centre + Vec2::new(d, -d)],
                stroke,
            );
        }
        StatusLevel::Normal => symbol_shape(painter, shape, centre, radius, fill, edge),
        StatusLevel::Warning => {
            symbol_shape(painter, shape, centre, radius, fill, edge);
            painter.circle_stroke(
                centre,
                radius + 3.0,
                Stroke::new(map_style::RING_WIDTH, map_style::WARNING),
            );
        }
        StatusLevel::Alert => {
            let big = radius * 1.35;
            symbol_shape(painter, shape, centre, big, fill, edge);
            painter.circle_stroke(
                centre,
                big + 3.0,
                Stroke::new(map_style::RING_WIDTH, map_style::ALERT),
            );
            painter.circle_stroke(
                centre,
                big + 6.0,
                Stroke::new(map_style::RING_WIDTH * 0.6, map_style::ALERT),
            );
        }
    }
}

fn polygon(centre: Pos2, radius: f32, corners: usize, start_angle: f32) -> Vec<Pos2> {
    (0..corners)
        .map(|i| {
            let angle = start_angle + i as f32 * std::f32::consts::TAU / corners as f32;
            centre + radius * Vec2::angled(angle)
        })
        .collect()
}

fn symbol_shape(
    painter: &Painter,
    shape: SymbolShape,
    centre: Pos2,
    radius: f32,
    fill: Color32,
    stroke: Stroke,
) {
    use std::f32::consts::FRAC_PI_2;
    match shape {
        SymbolShape::Circle => {
            painter.circle(centre, radius, fill, stroke);
        }
        SymbolShape::Square => {
            let rect = Rect::from_center_size(centre, Vec2::splat(radius * 1.7));
            painter.rect(rect, 0.0, fill, stroke, egui::StrokeKind::Middle);
        }
        SymbolShape::Triangle => {
            let points = polygon(
                centre + Vec2::new(0.0, radius * 0.15),
                radius * 1.25,
                3,
                -FRAC_PI_2,
            );
            painter.add(Shape::convex_polygon(points, fill, stroke));
        }
        SymbolShape::Diamond => {
            painter.add(Shape::convex_polygon(
                polygon(centre, radius * 1.25, 4, 0.0),
                fill,
                stroke,
            ));
        }
        SymbolShape::Hexagon => {
            painter.add(Shape::convex_polygon(
                polygon(centre, radius * 1.1, 6, 0.0),
                fill,
                stroke,
            ));
        }
        SymbolShape::Pentagon => {
            painter.add(Shape::convex_polygon(
                polygon(centre, radius * 1.15, 5, -FRAC_PI_2),
                fill,
                stroke,
            ));
        }
        SymbolShape::Plus => {
            let arm = radius * 1.2;
            let half = radius * 0.42;
            for size in [
                Vec2::new(arm * 2.0, half * 2.0),
                Vec2::new(half * 2.0, arm * 2.0),
            ] {
                let rect = Rect::from_center_size(centre, size);
                painter.rect(
                    rect,
                    0.0,
                    Color32::TRANSPARENT,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
            for size in [
                Vec2::new(arm * 2.0, half * 2.0),
                Vec2::new(half * 2.0, arm * 2.0),
            ] {
                painter.rect_filled(Rect::from_center_size(centre, size), 0.0, fill);
            }
        }
    }
}

/// Outlines one feature's shapes with `stroke`, points as a ring.
fn outline_feature(
    painter: &Painter,
    shapes: &LayerShapes,
    feature: Option<usize>,
    transform: &ScreenTransform,
    ring_radius: f32,
    stroke: Stroke,
    scratch: &mut Vec<Pos2>,
) {
    let wanted = |index: usize| feature.is_none_or(|f| f == index);
    for part in shapes.polygons.iter().filter(|p| wanted(p.feature)) {
        for ring in part.rings.clone() {
            screen_points(
                shapes.ring(ring),
                transform,
                map_style::OUTLINE_MIN_STEP,
                scratch,
            );
            painter.add(Shape::line(scratch.clone(), stroke));
        }
    }
    for part in shapes.lines.iter().filter(|p| wanted(p.feature)) {
        screen_points(
            shapes.line(part),
            transform,
            map_style::OUTLINE_MIN_STEP,
            scratch,
        );
        painter.add(Shape::line(scratch.clone(), stroke));
    }
    for part in shapes.points.iter().filter(|p| wanted(p.feature)) {
        painter.circle_stroke(transform.to_screen(part.at), ring_radius, stroke);
    }
}

fn draw_highlight(
    painter: &Painter,
    shapes: &LayerShapes,
    transform: &ScreenTransform,
    radius: f32,
    scratch: &mut Vec<Pos2>,
) {
    let ring = radius * 1.35 + 9.0;
    let halo = Stroke::new(map_style::HIGHLIGHT_WIDTH + 2.0, map_style::HIGHLIGHT_HALO);
    let line = Stroke::new(map_style::HIGHLIGHT_WIDTH, map_style::HIGHLIGHT);
    outline_feature(painter, shapes, None, transform, ring, halo, scratch);
    outline_feature(painter, shapes, None, transform, ring, line, scratch);
}

fn draw_hover(
    painter: &Painter,
    layer: &MapLayer,
    feature: usize,
    transform: &ScreenTransform,
    radius: f32,
    scratch: &mut Vec<Pos2>,
) {
    let stroke = Stroke::new(map_style::HOVER_WIDTH, map_style::HIGHLIGHT);
    outline_feature(
        painter,
        &layer.shapes,
        Some(feature),
        transform,
        radius + 4.0,
        stroke,
        scratch,
    );
}

fn tooltip_ui(response: &Response, layer: &MapLayer, feature: usize) {
    let Some(feature) = layer.features.get(feature) else {
        return;
    };
    egui::Tooltip::for_widget(response).at_pointer().show(|ui| {
        ui.label(RichText::new(&feature.name).strong());
        ui.label(RichText::new(&layer.entry.title).small().weak());
        if let Some(status) = &feature.status {
            ui.label(&status.word);
        }
        for row in &feature.tooltip {
            ui.label(format!("{}: {}", row.label, row.value));
        }
    });
}
