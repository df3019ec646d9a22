//! The attention strip at the top of the overview: a heading with what it counts, then one
//! button a line for each thing that needs attention (its status mark and word, and a sentence),
//! leading to the KPI's chart or the alert's place on the map; or one calm line when nothing
//! does.

use egui::{Frame, Margin, RichText, Sense, Stroke, Ui, WidgetInfo};

use super::widgets::status_shape_ui;
use crate::theme::{Theme, spacing, status_shape, type_size};
use crate::view_models::attention::{AttentionAction, AttentionModel};

/// Draws `model`; returns where a clicked item leads.
pub fn attention_ui(ui: &mut Ui, model: &AttentionModel, theme: &Theme) -> Option<AttentionAction> {
    if model.is_empty() {
        return None;
    }
    let palette = &theme.palette;
    let mut clicked = None;
    let stroke_color = if model.items.is_empty() {
        palette.status_good
    } else {
        palette.status_alert
    };
    Frame::new()
        .fill(palette.bar_fill)
        .stroke(Stroke::new(1.0, stroke_color))
        .corner_radius(4)
        .inner_margin(Margin::same(spacing::S as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(&model.heading)
                        .font(Theme::bold(type_size::HEADING))
                        .color(palette.text_strong),
                );
                ui.label(RichText::new(&model.counts).color(palette.text));
            });
            if let Some(all_clear) = &model.all_clear {
                ui.label(RichText::new(all_clear).color(palette.text));
            }
            for item in &model.items {
                let color = palette.status(item.status);
                let response = ui
                    .horizontal(|ui| {
                        // The row is the button: its texts do not take the click for selection.
                        ui.style_mut().interaction.selectable_labels = false;
                        status_shape_ui(ui, status_shape(item.status), color);
                        ui.label(RichText::new(&item.label).strong().color(color));
                        ui.label(RichText::new(&item.text).color(palette.text_strong));
                    })
                    .response
                    .interact(Sense::click());
                let text = format!("{}: {}", item.label, item.text);
                response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &text));
                let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
                if response.hovered() {
                    ui.painter().rect_stroke(
                        response.rect.expand(2.0),
                        2,
                        Stroke::new(1.0, palette.text),
                        egui::StrokeKind::Outside,
                    );
                }
                if response.clicked() {
                    clicked = Some(item.action.clone());
                }
            }
            if let Some(more) = &model.more {
                ui.label(RichText::new(more).color(palette.text));
            }
        });
    ui.add_space(spacing::S);
    clicked
}
