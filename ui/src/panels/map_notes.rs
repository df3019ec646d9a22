//! The notes in the map's bottom left corner: the basemap's credit, the data notice, a message,
//! and the visible layers' sources, folded into one line on a narrow map until the pointer
//! rests on the box.

use egui::{Align2, Rect, Ui, Vec2};

use crate::i18n::I18n;
use crate::theme::{map_style, spacing};
use crate::view_models::map::MapModel;

/// The basemap attribution, the data notice and the visible layers' sources, bottom left on
/// the map. The layers' sources fold into one line until the pointer rests on the box, so they do
/// not hide the south of the city.
pub fn notes_ui(ui: &Ui, map_rect: Rect, model: &MapModel, i18n: &I18n) {
    let mut lines: Vec<String> = Vec::new();
    if let Some(attribution) = &model.attribution {
        lines.push(i18n.tf("map.attribution", &[("text", attribution)]));
    }
    if let Some(notice) = &model.data_notice {
        lines.push(notice.clone());
    }
    if let Some(message) = &model.message {
        lines.push(message.clone());
    }
    let sources = model.visible_notes();
    // A narrow map keeps the licence line and folds the rest behind one line.
    let narrow = map_rect.width() < map_style::NARROW_MAP_WIDTH;
    let mut compact = if narrow {
        lines.iter().take(1).cloned().collect()
    } else {
        lines.clone()
    };
    let folded = sources.len()
        + if narrow {
            lines.len().saturating_sub(1)
        } else {
            0
        };
    if folded > 0 {
        compact.push(i18n.tf("map.notes_folded", &[("count", &folded.to_string())]));
    }
    lines.extend(sources.into_iter().map(str::to_owned));
    if lines.is_empty() {
        return;
    }
    let painter = ui.painter().with_clip_rect(map_rect);
    let at = map_rect.left_bottom() + Vec2::new(spacing::XS, -spacing::XS);
    let boxed = |lines: &[String]| {
        let font = egui::FontId::proportional(map_style::NOTE_SIZE);
        let wrap = (map_rect.width() - 2.0 * spacing::S).max(100.0);
        let galley = painter.layout(lines.join("\n"), font, map_style::NOTE_TEXT, wrap);
        let rect = Align2::LEFT_BOTTOM.anchor_size(at, galley.size() + Vec2::splat(spacing::S));
        (galley, rect)
    };
    let (compact_galley, compact_rect) = boxed(&compact);
    let (full_galley, full_rect) = boxed(&lines);
    let pointer = ui.input(|input| input.pointer.hover_pos());
    let unfolded = pointer.is_some_and(|pos| {
        compact_rect.contains(pos) || (full_rect.contains(pos) && map_rect.contains(pos))
    });
    let (galley, rect) = if unfolded {
        (full_galley, full_rect)
    } else {
        (compact_galley, compact_rect)
    };
    painter.rect_filled(rect, 3.0, map_style::NOTE_FILL);
    painter.galley(
        rect.min + Vec2::splat(spacing::XS),
        galley,
        map_style::NOTE_TEXT,
    );
    // Painted text is invisible to screen readers: the box says all its lines, folded or not.
    let whole = lines.join("\n");
    ui.interact(
        rect,
        ui.make_persistent_id("map-notes"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &whole));
}
