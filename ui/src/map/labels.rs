//! Ward names on the map, where they fit: each ward's name at the centre of its largest part,
//! drawn only when the part is wide enough on screen for the whole name, in black or white,
//! whichever reads better on the ward's fill. Drawn after the areas and lines, under the
//! symbols.

use egui::{Align2, Color32, FontId, Painter};

use super::features::{LocalRect, ScreenTransform};
use crate::view_models::MapModel;
use crate::view_models::map::WARDS_LAYER;

/// The label's size, in points.
const LABEL_SIZE: f32 = 11.0;
/// Room left on either side of a name inside its ward, as a share of the ward's width.
const FIT_SHARE: f32 = 0.8;

/// Draws the names of the visible wards that fit.
pub fn draw_ward_labels(
    painter: &Painter,
    model: &MapModel,
    transform: &ScreenTransform,
    visible: &LocalRect,
) {
    let Some(wards) = model
        .drawn_layers()
        .find(|layer| layer.entry.layer_id == WARDS_LAYER)
    else {
        return;
    };
    let font = FontId::proportional(LABEL_SIZE);
    let mut labelled = vec![false; wards.features.len()];
    // The largest part of each ward carries its name (a ward of several islands is named once).
    let mut parts: Vec<_> = wards
        .shapes
        .polygons
        .iter()
        .filter(|part| part.bbox.intersects(visible))
        .collect();
    parts.sort_by(|a, b| area(&b.bbox).total_cmp(&area(&a.bbox)));
    for part in parts {
        let Some(feature) = wards.features.get(part.feature) else {
            continue;
        };
        if std::mem::replace(&mut labelled[part.feature], true) {
            continue;
        }
        let min = transform.to_screen(part.bbox.min);
        let max = transform.to_screen(part.bbox.max);
        let width = (max.x - min.x).abs();
        let height = (max.y - min.y).abs();
        if width < 40.0 || height < LABEL_SIZE * 2.0 {
            continue;
        }
        let fill = feature
            .ward_class
            .and_then(|class| model.choropleth.class_colors.get(class))
            .copied()
            .unwrap_or([0x9e, 0x9e, 0x9e]);
        let color = readable_on(fill);
        let galley = painter.layout_no_wrap(feature.name.clone(), font.clone(), color);
        if galley.size().x > width * FIT_SHARE {
            continue;
        }
        let centre = transform.to_screen(part.bbox.center());
        let at = Align2::CENTER_CENTER.anchor_size(centre, galley.size()).min;
        painter.galley(at, galley, color);
    }
}

fn area(rect: &LocalRect) -> f32 {
    (rect.max[0] - rect.min[0]) * (rect.max[1] - rect.min[1])
}

/// Black on light fills, white on dark ones (relative luminance, as WCAG defines it).
fn readable_on([r, g, b]: [u8; 3]) -> Color32 {
    let channel = |value: u8| {
        let c = f32::from(value) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    if luminance > 0.18 {
        Color32::from_rgb(0x14, 0x14, 0x14)
    } else {
        Color32::WHITE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_the_colour_that_reads_on_their_fill() {
        // VN_AQI's yellow and green, and its purple and maroon.
        assert_eq!(
            readable_on([0xff, 0xff, 0x00]),
            Color32::from_rgb(0x14, 0x14, 0x14)
        );
        assert_eq!(
            readable_on([0x00, 0xe4, 0x00]),
            Color32::from_rgb(0x14, 0x14, 0x14)
        );
        assert_eq!(readable_on([0x8f, 0x3f, 0x97]), Color32::WHITE);
        assert_eq!(readable_on([0x7e, 0x00, 0x23]), Color32::WHITE);
    }
}
