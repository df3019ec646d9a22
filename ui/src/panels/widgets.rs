//! Small drawing helpers shared by the panels: status shapes, change arrows, sparklines, and text
//! that wraps to a limited number of rows. Shapes are painted rather than taken from a font, so
//! they look the same on every machine and need no symbol font.

use egui::epaint::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Ui, pos2, vec2};

use crate::theme::{StatusShape, spacing};
use crate::view_models::{ChangeDirection, SparklineModel};

/// Width of a sparkline's line and radius of its dots, in points.
const SPARKLINE_STROKE: f32 = 1.5;
const SPARKLINE_DOT_RADIUS: f32 = 2.0;
/// Dashes of the target line, in points.
const TARGET_DASH: f32 = 3.0;
const TARGET_GAP: f32 = 3.0;

/// Paints a sparkline across the available width: each run as a line in `line_color` (a run of
/// one point as a dot), the last point as a dot in `last_color`, and the target as a dashed line
/// in `target_color`. It takes no input (the card under it is the button; the card's hover text
/// has the summary).
pub fn sparkline_ui(
    ui: &mut Ui,
    model: &SparklineModel,
    line_color: Color32,
    last_color: Color32,
    target_color: Color32,
) {
    let size = vec2(ui.available_width(), spacing::SPARKLINE_HEIGHT);
    let (_, rect) = ui.allocate_space(size);
    // Room for the dots at the edges.
    let area = rect.shrink(SPARKLINE_DOT_RADIUS);
    let to_screen = |[x, y]: [f32; 2]| {
        pos2(
            area.left() + x * area.width(),
            area.bottom() - y * area.height(),
        )
    };
    let painter = ui.painter_at(rect);
    if let Some(target_y) = model.target_y {
        let y = to_screen([0.0, target_y]).y;
        painter.extend(Shape::dashed_line(
            &[pos2(area.left(), y), pos2(area.right(), y)],
            Stroke::new(1.0, target_color.gamma_multiply(0.7)),
            TARGET_DASH,
            TARGET_GAP,
        ));
    }
    for run in &model.runs {
        let points: Vec<Pos2> = run.iter().copied().map(to_screen).collect();
        match points.as_slice() {
            [] => {}
            [dot] => {
                painter.circle_filled(*dot, SPARKLINE_DOT_RADIUS, line_color);
            }
            _ => {
                painter.add(Shape::line(
                    points,
                    Stroke::new(SPARKLINE_STROKE, line_color),
                ));
            }
        }
    }
    if let Some(last) = model.runs.last().and_then(|run| run.last()) {
        painter.circle_filled(to_screen(*last), SPARKLINE_DOT_RADIUS + 0.5, last_color);
    }
}

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
        StatusShape::Square => {
            painter.rect_filled(rect.shrink(1.5), 1, color);
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

/// The coloured strip down the left edge of a card or list item that says its status at a
/// glance; its outer corners follow the card's.
pub(crate) fn status_strip(
    painter: &egui::Painter,
    card: egui::Rect,
    width: f32,
    rounding: u8,
    color: egui::Color32,
) {
    let strip = egui::Rect::from_min_size(card.min, egui::vec2(width, card.height()));
    painter.rect_filled(
        strip,
        egui::CornerRadius {
            nw: rounding,
            sw: rounding,
            ne: 0,
            se: 0,
        },
        color,
    );
}
