//! Colours, spacing and type sizes of the dashboard: the only place with colour literals.
//!
//! Two palettes (dark for the operations-center wall, light for daylight laptops). KPI statuses
//! use the Okabe-Ito colour-blind-safe set (blue for good, orange for warning, vermillion for
//! alert, grey for not rated), and each status also has its own shape and word, so colour is
//! never the only cue.

use egui::{Color32, FontFamily, FontId, TextStyle};
use offline_cache::model::KpiStatus;
use serde::{Deserialize, Serialize};

use crate::fonts;

/// Which palette the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    Dark,
    Light,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 2] = [ThemeChoice::Dark, ThemeChoice::Light];

    /// The translation key of its name (`theme.dark`, `theme.light`).
    pub fn label_key(self) -> &'static str {
        match self {
            ThemeChoice::Dark => "theme.dark",
            ThemeChoice::Light => "theme.light",
        }
    }
}

/// The shape drawn next to a status word, so statuses differ by more than colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusShape {
    /// Good: a filled circle.
    Circle,
    /// Not rated: a hollow square.
    HollowSquare,
    /// Warning: a triangle pointing up.
    Triangle,
    /// Alert: a diamond.
    Diamond,
    /// Target missed by its due date: a filled square.
    Square,
}

/// The shape of a status.
pub fn status_shape(status: KpiStatus) -> StatusShape {
    match status {
        KpiStatus::Good => StatusShape::Circle,
        KpiStatus::Neutral => StatusShape::HollowSquare,
        KpiStatus::Warning => StatusShape::Triangle,
        KpiStatus::Overdue => StatusShape::Square,
        KpiStatus::Alert => StatusShape::Diamond,
    }
}

// Okabe-Ito colours (Okabe & Ito, "Color Universal Design", 2008).
const OKABE_ITO_ORANGE: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
const OKABE_ITO_SKY_BLUE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
const OKABE_ITO_BLUE: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
const OKABE_ITO_VERMILLION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
const OKABE_ITO_REDDISH_PURPLE: Color32 = Color32::from_rgb(0xCC, 0x79, 0xA7);

/// Every colour the dashboard draws with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub panel_fill: Color32,
    pub bar_fill: Color32,
    pub card_fill: Color32,
    pub card_stroke: Color32,
    pub text_strong: Color32,
    pub text: Color32,
    pub text_weak: Color32,
    pub status_good: Color32,
    pub status_neutral: Color32,
    pub status_warning: Color32,
    pub status_alert: Color32,
    pub status_overdue: Color32,
    /// A change for the better (same hue as good).
    pub change_better: Color32,
    /// A change for the worse (same hue as alert).
    pub change_worse: Color32,
    pub stale: Color32,
    pub banner_fill: Color32,
    pub banner_stroke: Color32,
    pub banner_text: Color32,
    pub error_text: Color32,
    pub notice_fill: Color32,
    pub notice_text: Color32,
}

impl Palette {
    pub const DARK: Palette = Palette {
        panel_fill: Color32::from_rgb(0x15, 0x19, 0x1E),
        bar_fill: Color32::from_rgb(0x1B, 0x20, 0x26),
        card_fill: Color32::from_rgb(0x1F, 0x25, 0x2C),
        card_stroke: Color32::from_rgb(0x33, 0x3B, 0x45),
        text_strong: Color32::from_rgb(0xF2, 0xF4, 0xF7),
        text: Color32::from_rgb(0xD0, 0xD5, 0xDC),
        text_weak: Color32::from_rgb(0x9A, 0xA3, 0xAE),
        status_good: OKABE_ITO_SKY_BLUE,
        status_neutral: Color32::from_rgb(0x8C, 0x96, 0xA0),
        status_warning: OKABE_ITO_ORANGE,
        status_alert: OKABE_ITO_VERMILLION,
        status_overdue: OKABE_ITO_REDDISH_PURPLE,
        change_better: OKABE_ITO_SKY_BLUE,
        change_worse: Color32::from_rgb(0xF0, 0x7D, 0x3A),
        stale: OKABE_ITO_ORANGE,
        banner_fill: Color32::from_rgb(0x4A, 0x33, 0x05),
        banner_stroke: OKABE_ITO_ORANGE,
        banner_text: Color32::from_rgb(0xFF, 0xE6, 0xB8),
        error_text: Color32::from_rgb(0xF5, 0xA9, 0x80),
        notice_fill: Color32::from_rgb(0x3D, 0x2A, 0x38),
        notice_text: Color32::from_rgb(0xF0, 0xC8, 0xDE),
    };

    pub const LIGHT: Palette = Palette {
        panel_fill: Color32::from_rgb(0xF3, 0xF5, 0xF7),
        bar_fill: Color32::from_rgb(0xE8, 0xEC, 0xF0),
        card_fill: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        card_stroke: Color32::from_rgb(0xD3, 0xD9, 0xDF),
        text_strong: Color32::from_rgb(0x11, 0x14, 0x18),
        text: Color32::from_rgb(0x2B, 0x31, 0x38),
        text_weak: Color32::from_rgb(0x58, 0x61, 0x6C),
        status_good: OKABE_ITO_BLUE,
        status_neutral: Color32::from_rgb(0x7A, 0x84, 0x8E),
        status_warning: OKABE_ITO_ORANGE,
        status_alert: OKABE_ITO_VERMILLION,
        status_overdue: OKABE_ITO_REDDISH_PURPLE,
        change_better: OKABE_ITO_BLUE,
        change_worse: OKABE_ITO_VERMILLION,
        stale: Color32::from_rgb(0xA8, 0x5C, 0x00),
        banner_fill: Color32::from_rgb(0xFF, 0xF0, 0xD2),
        banner_stroke: OKABE_ITO_ORANGE,
        banner_text: Color32::from_rgb(0x4A, 0x30, 0x00),
        error_text: Color32::from_rgb(0xA3, 0x3D, 0x00),
        notice_fill: Color32::from_rgb(0xF7, 0xE1, 0xEE),
        notice_text: Color32::from_rgb(0x6E, 0x2A, 0x52),
    };

    pub fn of(choice: ThemeChoice) -> Palette {
        match choice {
            ThemeChoice::Dark => Palette::DARK,
            ThemeChoice::Light => Palette::LIGHT,
        }
    }

    pub fn status(&self, status: KpiStatus) -> Color32 {
        match status {
            KpiStatus::Good => self.status_good,
            KpiStatus::Neutral => self.status_neutral,
            KpiStatus::Warning => self.status_warning,
            KpiStatus::Overdue => self.status_overdue,
            KpiStatus::Alert => self.status_alert,
        }
    }

    /// The colour of a change: better, worse, or neither (`None`).
    pub fn change(&self, better: Option<bool>) -> Color32 {
        match better {
            Some(true) => self.change_better,
            Some(false) => self.change_worse,
            None => self.text_weak,
        }
    }
}

/// Spacing, in points.
/// Wards with no value: a neutral grey that no class uses.
pub const CHOROPLETH_NO_DATA: Color32 = Color32::from_rgb(0x9e, 0x9e, 0x9e);

pub mod spacing {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 20.0;
    /// Narrowest a KPI card gets before the grid drops a column.
    pub const CARD_MIN_WIDTH: f32 = 270.0;
    /// Widest a KPI card gets when the grid has room to spare.
    pub const CARD_MAX_WIDTH: f32 = 380.0;
    pub const CARD_HEIGHT: f32 = 232.0;
    /// Height of the sparkline in a KPI card.
    pub const SPARKLINE_HEIGHT: f32 = 26.0;
    pub const CARD_GAP: f32 = 12.0;
    pub const CARD_PADDING: f32 = 12.0;
    pub const CARD_ROUNDING: u8 = 6;
    pub const STATUS_STRIP_WIDTH: f32 = 6.0;
    /// Side of a status shape or change arrow.
    pub const ICON_SIZE: f32 = 12.0;
    pub const BANNER_ROUNDING: u8 = 4;
}

/// Type sizes, in points.
pub mod type_size {
    pub const SMALL: f32 = 12.5;
    pub const BODY: f32 = 14.0;
    pub const BUTTON: f32 = 14.0;
    pub const HEADING: f32 = 19.0;
    pub const TITLE: f32 = 22.0;
    pub const CARD_NAME: f32 = 15.0;
    pub const VALUE: f32 = 30.0;
}

/// The palette and fonts in use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub choice: ThemeChoice,
    pub palette: Palette,
}

impl Theme {
    pub fn new(choice: ThemeChoice) -> Self {
        Self {
            choice,
            palette: Palette::of(choice),
        }
    }

    /// Bold text of `size` points.
    pub fn bold(size: f32) -> FontId {
        FontId::new(size, fonts::bold())
    }

    /// Regular text of `size` points.
    pub fn regular(size: f32) -> FontId {
        FontId::new(size, FontFamily::Proportional)
    }

    /// Makes `ctx` use this theme: egui's dark or light visuals with our fills and text
    /// colours, and our type sizes.
    pub fn apply(&self, ctx: &egui::Context) {
        let palette = self.palette;
        let mut visuals = match self.choice {
            ThemeChoice::Dark => egui::Visuals::dark(),
            ThemeChoice::Light => egui::Visuals::light(),
        };
        visuals.panel_fill = palette.panel_fill;
        visuals.window_fill = palette.card_fill;
        visuals.extreme_bg_color = palette.card_fill;
        visuals.widgets.noninteractive.fg_stroke.color = palette.text;
        let egui_theme = match self.choice {
            ThemeChoice::Dark => egui::Theme::Dark,
            ThemeChoice::Light => egui::Theme::Light,
        };
        ctx.set_theme(egui_theme);
        ctx.set_visuals_of(egui_theme, visuals);
        ctx.all_styles_mut(|style| {
            style.text_styles = [
                (TextStyle::Small, Self::regular(type_size::SMALL)),
                (TextStyle::Body, Self::regular(type_size::BODY)),
                (TextStyle::Button, Self::regular(type_size::BUTTON)),
                (TextStyle::Heading, Self::bold(type_size::HEADING)),
                (
                    TextStyle::Monospace,
                    FontId::new(type_size::BODY, FontFamily::Monospace),
                ),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(spacing::S, spacing::XS + 2.0);
        });
    }
}

/// Map symbols, lines and overlays.
pub mod map_style {
    use egui::Color32;

    /// A map narrower than this (points) folds its notes to the licence line.
    pub const NARROW_MAP_WIDTH: f32 = 800.0;

    /// How opaque the wards choropleth is over the basemap (0-255).
    pub const CHOROPLETH_ALPHA: u8 = 150;
    pub const WARD_OUTLINE: Color32 = Color32::from_rgba_unmultiplied_const(40, 40, 40, 160);
    pub const WARD_OUTLINE_WIDTH: f32 = 0.8;
    pub const WATER_FILL: Color32 = Color32::from_rgba_unmultiplied_const(0x2a, 0x5a, 0x8a, 110);
    pub const WATER_LINE: Color32 = Color32::from_rgb(0x3a, 0x7c, 0xc0);
    pub const WATER_LINE_WIDTH: f32 = 2.0;
    /// Metro Line 1 is red on the city's own maps.
    pub const METRO_LINE: Color32 = Color32::from_rgb(0xD6, 0x27, 0x28);
    pub const METRO_LINE_WIDTH: f32 = 4.0;
    pub const BUS_LINE: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);
    pub const BUS_LINE_WIDTH: f32 = 1.6;
    pub const OTHER_LINE: Color32 = Color32::from_rgb(0x7a, 0x84, 0x8e);
    pub const OTHER_LINE_WIDTH: f32 = 1.6;
    /// Congestion levels 0 (free flow) to 4 (jammed): Okabe-Ito green, yellow, orange,
    /// vermillion, then a dark red; the width grows with the level too.
    pub const CONGESTION: [Color32; 5] = [
        Color32::from_rgb(0x00, 0x9E, 0x73),
        Color32::from_rgb(0xF0, 0xE4, 0x42),
        Color32::from_rgb(0xE6, 0x9F, 0x00),
        Color32::from_rgb(0xD5, 0x5E, 0x00),
        Color32::from_rgb(0x8B, 0x10, 0x10),
    ];
    pub const CONGESTION_WIDTH: [f32; 5] = [2.0, 2.5, 3.2, 4.0, 5.0];
    /// Symbol fills of points in normal state, by layer.
    pub const FLOOD_SENSOR: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
    pub const AIR_QUALITY: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);
    pub const CAMERA: Color32 = Color32::from_rgb(0xCC, 0x79, 0xA7);
    pub const INCIDENT: Color32 = Color32::from_rgb(0xF0, 0xE4, 0x42);
    pub const TIDE_GAUGE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
    pub const HOSPITAL: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
    pub const SERVICE_CENTER: Color32 = Color32::from_rgb(0xB8, 0x8A, 0x4A);
    pub const METRO_STATION: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
    pub const OTHER_POINT: Color32 = Color32::from_rgb(0xBB, 0xBB, 0xBB);
    /// Status marks on symbols (ring colours); the level also changes the ring and size.
    pub const WARNING: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
    pub const ALERT: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
    pub const INACTIVE: Color32 = Color32::from_rgb(0x8C, 0x96, 0xA0);
    /// The dark edge that keeps symbols readable on any basemap.
    pub const SYMBOL_EDGE: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
    pub const SYMBOL_EDGE_WIDTH: f32 = 1.0;
    /// Symbol radius in points at zoom 10 and below, growing to the maximum by zoom 15.
    pub const SYMBOL_RADIUS_MIN: f32 = 3.5;
    pub const SYMBOL_RADIUS_MAX: f32 = 7.0;
    pub const RING_WIDTH: f32 = 2.0;
    pub const HIGHLIGHT: Color32 = Color32::from_rgb(0xFF, 0xFF, 0xFF);
    pub const HIGHLIGHT_HALO: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);
    pub const HIGHLIGHT_WIDTH: f32 = 3.0;
    pub const HOVER_WIDTH: f32 = 2.0;
    /// How far from a point or line the pointer still picks it, in points.
    pub const PICK_DISTANCE: f32 = 8.0;
    /// Outline points closer than this on screen are merged, in points.
    pub const OUTLINE_MIN_STEP: f32 = 0.75;
    /// The side panel beside the map: this wide where there is room, never narrower than the
    /// least, and at most this share of the map view so a small window keeps a usable map.
    pub const SIDE_PANEL_WIDTH: f32 = 320.0;
    pub const SIDE_PANEL_MIN_WIDTH: f32 = 240.0;
    pub const SIDE_PANEL_MAX_SHARE: f32 = 0.28;
    /// Notes drawn on the map (attribution, sources): a translucent backing.
    pub const NOTE_FILL: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 150);
    pub const NOTE_TEXT: Color32 = Color32::from_rgb(0xF0, 0xF0, 0xF0);
    pub const NOTE_SIZE: f32 = 11.5;
    /// A legend swatch, in points.
    pub const SWATCH: f32 = 14.0;
}

/// The alerts panel and its toasts.
pub mod alert_style {
    use egui::Color32;
    use offline_cache::model::AlertSeverity;

    use super::{Palette, StatusShape};

    /// Width of the alerts side panel where there is room; at least the least, and at most
    /// this share of the window so the view beside it keeps its room.
    pub const PANEL_WIDTH: f32 = 380.0;
    pub const PANEL_MIN_WIDTH: f32 = 280.0;
    pub const PANEL_MAX_SHARE: f32 = 0.25;
    /// Width of a toast.
    pub const TOAST_WIDTH: f32 = 340.0;
    /// Distance of the toast stack from the window's right edge and from its bottom (above the
    /// status bar).
    pub const TOAST_MARGIN_RIGHT: f32 = 16.0;
    pub const TOAST_MARGIN_BOTTOM: f32 = 48.0;
    pub const TOAST_GAP: f32 = 8.0;
    /// How many toasts show at once; the rest wait behind a "+N more".
    pub const TOAST_MAX_SHOWN: usize = 3;
    /// How long a toast that is not critical stays, and the fade at its end, in seconds.
    pub const TOAST_SECS: f64 = 8.0;
    pub const TOAST_FADE_SECS: f64 = 0.6;
    /// Width of the severity strip at the left of an alert.
    pub const SEVERITY_STRIP_WIDTH: f32 = 4.0;
    pub const ITEM_ROUNDING: u8 = 4;

    /// The colour of a severity: the KPI status colours (vermillion, orange, blue).
    pub fn severity_color(palette: &Palette, severity: AlertSeverity) -> Color32 {
        match severity {
            AlertSeverity::Critical => palette.status_alert,
            AlertSeverity::Warning => palette.status_warning,
            AlertSeverity::Info => palette.status_good,
        }
    }

    /// The shape of a severity, so severities differ by more than colour.
    pub fn severity_shape(severity: AlertSeverity) -> StatusShape {
        match severity {
            AlertSeverity::Critical => StatusShape::Diamond,
            AlertSeverity::Warning => StatusShape::Triangle,
            AlertSeverity::Info => StatusShape::Circle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_differ_in_colour_and_shape() {
        let statuses = [
            KpiStatus::Good,
            KpiStatus::Neutral,
            KpiStatus::Warning,
            KpiStatus::Overdue,
            KpiStatus::Alert,
        ];
        for palette in [Palette::DARK, Palette::LIGHT] {
            for (i, a) in statuses.iter().enumerate() {
                for b in &statuses[i + 1..] {
                    assert_ne!(palette.status(*a), palette.status(*b));
                    assert_ne!(status_shape(*a), status_shape(*b));
                }
            }
        }
    }

    #[test]
    fn theme_choice_persists_as_a_word() {
        assert_eq!(
            serde_json::to_string(&ThemeChoice::Light).unwrap(),
            "\"light\""
        );
    }
}
