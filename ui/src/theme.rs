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
}

/// The shape of a status.
pub fn status_shape(status: KpiStatus) -> StatusShape {
    match status {
        KpiStatus::Good => StatusShape::Circle,
        KpiStatus::Neutral => StatusShape::HollowSquare,
        KpiStatus::Warning => StatusShape::Triangle,
        KpiStatus::Alert => StatusShape::Diamond,
    }
}

// Okabe-Ito colours (Okabe & Ito, "Color Universal Design", 2008).
const OKABE_ITO_ORANGE: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
const OKABE_ITO_SKY_BLUE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
const OKABE_ITO_BLUE: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
const OKABE_ITO_VERMILLION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);

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
/// The wards choropleth: viridis, a sequential palette that stays ordered for every kind of
/// colour vision and in greyscale, lowest class first.
pub const CHOROPLETH: [Color32; crate::view_models::choropleth::CLASS_COUNT] = [
    Color32::from_rgb(0x44, 0x01, 0x54),
    Color32::from_rgb(0x3b, 0x52, 0x8b),
    Color32::from_rgb(0x21, 0x91, 0x8c),
    Color32::from_rgb(0x5e, 0xc9, 0x62),
    Color32::from_rgb(0xfd, 0xe7, 0x25),
];

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
    pub const CARD_HEIGHT: f32 = 200.0;
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
pub mod map_style {}

/// The alerts panel and its toasts.
pub mod alert_style {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_differ_in_colour_and_shape() {
        let statuses = [
            KpiStatus::Good,
            KpiStatus::Neutral,
            KpiStatus::Warning,
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
