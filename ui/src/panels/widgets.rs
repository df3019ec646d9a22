//! Small drawing helpers shared by the panels: status shapes, change arrows, and text that wraps
//! to a limited number of rows. Shapes are painted rather than taken from a font, so they look
//! the same on every machine and need no symbol font.

use egui::epaint::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Ui, pos2, vec2};

use crate::theme::{StatusShape, spacing};
use crate::view_models::ChangeDirection;

/// Allocates an icon-sized square on the current row and returns it.
fn icon_rect(ui: &mut Ui) -> Rect {
    let side = spacing::ICON_SIZE;
    let (rect, _) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    rect
}

/// Paints a status shape (see [`crate::theme::status_shape`]) in `color`.
pub fn status_shape_ui(ui: &mut Ui, shape: StatusShape, color: Color32) {
    let rect = icon_rect(ui).shrink(1.0);
    let painter = ui.painter();
    let c = rect.center();
    let r = rect.width() / 2.0;
    match shape {
        StatusShape::Circle => {
            painter.circle_filled(c, r, color);
        }
        StatusShape::HollowSquare => {
            painter.rect_stroke(
                rect.shrink(1.0),
                1,
                Stroke::new(2.0, color),
                StrokeKind::Inside,
            );
        }
        StatusShape::Triangle => {
            painter.add(Shape::convex_polygon(
                vec![
                    pos2(c.x, rect.top()),
                    pos2(rect.right(), rect.bottom()),
                    pos2(rect.left(), rect.bottom()),
                ],
                color,
                Stroke::NONE,
            ));
        }
        StatusShape::Diamond => {
            painter.add(Shape::convex_polygon(
                diamond(c, r + 0.5),
                color,
                Stroke::NONE,
            ));
        }
    }
}

fn diamond(c: Pos2, r: f32) -> Vec<Pos2> {
    vec![
        pos2(c.x, c.y - r),
        pos2(c.x + r, c.y),
        pos2(c.x, c.y + r),
        pos2(c.x - r, c.y),
    ]
}

/// Paints a change arrow: a triangle up or down, or a bar for no change.
pub fn change_arrow_ui(ui: &mut Ui, direction: ChangeDirection, color: Color32) {
    let rect = icon_rect(ui).shrink(1.0);
    let painter = ui.painter();
    let c = rect.center();
    let points = match direction {
        ChangeDirection::Up => vec![
            pos2(c.x, rect.top()),
            pos2(rect.right(), rect.bottom() - 2.0),
            pos2(rect.left(), rect.bottom() - 2.0),
        ],
        ChangeDirection::Down => vec![
            pos2(rect.left(), rect.top() + 2.0),
            pos2(rect.right(), rect.top() + 2.0),
            pos2(c.x, rect.bottom()),
        ],
        ChangeDirection::Flat => {
            painter.rect_filled(Rect::from_center_size(c, vec2(rect.width(), 3.0)), 1, color);
            return;
        }
    };
    painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
}

/// A label that wraps to at most `max_rows` rows and ends with `…` when cut; its accessible
/// name stays the whole text.
pub fn wrapped_label(ui: &mut Ui, text: &str, font_id: FontId, color: Color32, max_rows: usize) {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat {
            font_id,
            color,
            ..TextFormat::default()
        },
    );
    job.wrap = TextWrapping {
        max_width: ui.available_width(),
        max_rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    ui.add(egui::Label::new(job).wrap());
}

/// A message where content would be (no data yet, nothing in this range), centred.
pub fn empty_message_ui(ui: &mut Ui, text: &str, color: Color32) {
    ui.add_space(spacing::L * 2.0);
    ui.vertical_centered(|ui| {
        ui.add(
            egui::Label::new(
                egui::RichText::new(text)
                    .font(crate::theme::Theme::regular(
                        crate::theme::type_size::HEADING,
                    ))
                    .color(color),
            )
            .wrap(),
        );
    });
}
