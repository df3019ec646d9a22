//! The triangles that fill the map's areas: each polygon part's rings tessellated with lyon
//! (even-odd, so holes and multipolygons in any ring order come out right) into its layer's
//! fill buffers. Run by the model loader after every change to the map's model, never on the
//! UI thread; a part lyon cannot fill keeps no triangles and is drawn by its outline.

use std::sync::Arc;

use lyon_tessellation::math::point;
use lyon_tessellation::path::PathEvent;
use lyon_tessellation::{BuffersBuilder, FillOptions, FillTessellator, FillVertex, VertexBuffers};

use super::{LayerShapes, LocalPoint};
use crate::view_models::MapModel;

/// Fills every layer (and the selection's highlight) whose shapes are not filled yet. Layers
/// already filled are shared with earlier copies of the model and left alone.
pub fn fill_model(model: &mut MapModel) {
    let mut tessellator = FillTessellator::new();
    for layer in &mut model.layers {
        if !layer.shapes.filled {
            fill_shapes(Arc::make_mut(&mut layer.shapes), &mut tessellator);
        }
    }
    if let Some(selection) = &mut model.selection
        && !selection.shapes.filled
    {
        fill_shapes(&mut selection.shapes, &mut tessellator);
    }
}

/// Fills the polygon parts of `shapes` that have no triangles yet.
pub fn fill_shapes(shapes: &mut LayerShapes, tessellator: &mut FillTessellator) {
    for index in 0..shapes.polygons.len() {
        if shapes.polygons[index].indices.is_empty() {
            fill_part(shapes, index, tessellator);
        }
    }
    shapes.filled = true;
}

fn fill_part(shapes: &mut LayerShapes, index: usize, tessellator: &mut FillTessellator) {
    let part = &shapes.polygons[index];
    let mut buffers: VertexBuffers<LocalPoint, u32> = VertexBuffers::new();
    let events = shapes.rings[part.rings.clone()].iter().flat_map(|range| {
        ring_events(&shapes.ring_points[range.start..range.end.saturating_sub(1)])
    });
    let tessellated = tessellator.tessellate(
        events,
        &FillOptions::even_odd(),
        &mut BuffersBuilder::new(&mut buffers, |vertex: FillVertex| {
            vertex.position().to_array()
        }),
    );
    let base = shapes.fill_vertices.len();
    let (Ok(()), Ok(base_index)) = (tessellated, u32::try_from(base)) else {
        tracing::debug!("feature {} of a layer could not be filled", part.feature);
        return;
    };
    let index_start = shapes.fill_indices.len();
    shapes.fill_vertices.extend_from_slice(&buffers.vertices);
    shapes
        .fill_indices
        .extend(buffers.indices.iter().map(|index| index + base_index));
    let part = &mut shapes.polygons[index];
    part.vertices = base..shapes.fill_vertices.len();
    part.indices = index_start..shapes.fill_indices.len();
}

fn ring_events(points: &[LocalPoint]) -> impl Iterator<Item = PathEvent> + '_ {
    let first = points.first().copied().unwrap_or_default();
    let last = points.last().copied().unwrap_or_default();
    let begin = std::iter::once(PathEvent::Begin {
        at: point(first[0], first[1]),
    });
    let lines = points.windows(2).map(|pair| PathEvent::Line {
        from: point(pair[0][0], pair[0][1]),
        to: point(pair[1][0], pair[1][1]),
    });
    let end = std::iter::once(PathEvent::End {
        last: point(last[0], last[1]),
        first: point(first[0], first[1]),
        close: true,
    });
    begin.chain(lines).chain(end)
}
