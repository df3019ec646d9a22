//! The map's own controls, as on every web map: zoom in and out, back to the whole city; the
//! wheel zooms; and the view stays on the city (its centre cannot leave the city's bounds, nor
//! can one zoom out past the whole region into an empty world).

use egui::{Button, Rect, RichText, Ui, Vec2, vec2};
use walkers::MapMemory;

use super::map::initial_memory;
use crate::i18n::I18n;

/// The city's extent, with a margin: (west, south, east, north) in degrees.
pub const CITY_BOUNDS: [f64; 4] = [106.30, 10.30, 107.10, 11.20];
/// Zoomed out further than this, the city is a speck.
pub const MIN_ZOOM: f64 = 9.0;
const BUTTON_SIZE: f32 = 28.0;
const MARGIN: f32 = 10.0;

/// Draws the zoom and home buttons in the map's top-left corner and applies them.
pub fn controls_ui(ui: &mut Ui, map_rect: Rect, memory: &mut MapMemory, i18n: &I18n) {
    let origin = map_rect.left_top() + vec2(MARGIN, MARGIN);
    let square = Vec2::splat(BUTTON_SIZE);
    let zoom_in = ui
        .put(
            Rect::from_min_size(origin, square),
            Button::new(RichText::new(i18n.t("map.control.zoom_in_symbol")).strong()),
        )
        .on_hover_text(i18n.t("map.control.zoom_in"));
    zoom_in.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, i18n.t("map.control.zoom_in"))
    });
    if zoom_in.clicked() {
        let _ = memory.zoom_in();
    }
    let zoom_out = ui
        .put(
            Rect::from_min_size(origin + vec2(0.0, BUTTON_SIZE + 4.0), square),
            Button::new(RichText::new(i18n.t("map.control.zoom_out_symbol")).strong()),
        )
        .on_hover_text(i18n.t("map.control.zoom_out"));
    zoom_out.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, i18n.t("map.control.zoom_out"))
    });
    if zoom_out.clicked() {
        let _ = memory.zoom_out();
    }
    let home_text = i18n.t("map.control.home");
    let home = ui.put(
        Rect::from_min_size(
            origin + vec2(0.0, 2.0 * (BUTTON_SIZE + 4.0)),
            vec2(text_width(ui, home_text) + 16.0, BUTTON_SIZE),
        ),
        Button::new(home_text),
    );
    if home.clicked() {
        *memory = initial_memory();
    }
    keep_on_city(memory);
}

fn text_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
        .size()
        .x
}

/// Pulls the view back inside [`CITY_BOUNDS`] and [`MIN_ZOOM`].
pub fn keep_on_city(memory: &mut MapMemory) {
    if memory.zoom() < MIN_ZOOM {
        let _ = memory.set_zoom(MIN_ZOOM);
    }
    let Some(centre) = memory.detached() else {
        return;
    };
    let [west, south, east, north] = CITY_BOUNDS;
    let lon = centre.x().clamp(west, east);
    let lat = centre.y().clamp(south, north);
    if (lon, lat) != (centre.x(), centre.y()) {
        memory.center_at(walkers::lon_lat(lon, lat));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_cannot_leave_the_city_or_zoom_out_past_it() {
        let mut memory = initial_memory();
        memory.center_at(walkers::lon_lat(0.0, 0.0));
        let _ = memory.set_zoom(3.0);
        keep_on_city(&mut memory);
        let centre = memory.detached().unwrap();
        assert_eq!((centre.x(), centre.y()), (CITY_BOUNDS[0], CITY_BOUNDS[1]));
        assert_eq!(memory.zoom(), MIN_ZOOM);
        let inside = walkers::lon_lat(106.7, 10.8);
        memory.center_at(inside);
        keep_on_city(&mut memory);
        assert_eq!(memory.detached(), Some(inside));
    }
}
