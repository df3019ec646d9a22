//! What the dashboard remembers between sessions (through eframe's storage): the language, the
//! theme, the view that was open, whether the alerts panel was open, where the map was and what
//! it showed, and the overview's and the alerts' filters.
//! eframe itself remembers the window's size and place, and egui the panels' widths.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::theme::ThemeChoice;
use crate::view_models::alerts::AlertFilter;
use crate::view_models::overview::OverviewFilter;
use crate::view_models::{MapChoices, RangePreset};

/// What the central area shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "view", rename_all = "snake_case")]
pub enum View {
    /// The KPI cards.
    #[default]
    Overview,
    /// The city map.
    Map,
    /// One KPI's chart over a range.
    KpiDetail { kpi_id: String, range: RangePreset },
}

/// Where the map was looking.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: f64,
}

/// What the dashboard remembers between sessions. A field missing from an older save takes its
/// default, so adding one never loses the others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub theme: ThemeChoice,
    pub view: View,
    pub alerts_open: bool,
    /// `None` until the map was first shown: it opens on the city.
    pub map_view: Option<MapView>,
    /// The map's visible layers and choropleth metric.
    pub map: MapChoices,
    /// The overview's domain and search.
    pub overview_filter: OverviewFilter,
    /// The alerts panel's severity, status and search.
    pub alert_filter: AlertFilter,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn settings_round_trip_and_an_old_save_keeps_what_it_had() {
        let settings = Settings {
            lang: Lang::Vi,
            view: View::KpiDetail {
                kpi_id: "EN01".to_owned(),
                range: RangePreset::Week,
            },
            alerts_open: true,
            map_view: Some(MapView {
                lat: 10.78,
                lon: 106.7,
                zoom: 12.5,
            }),
            ..Settings::default()
        };
        let json = serde_json::to_string(&settings).unwrap();
        assert_eq!(serde_json::from_str::<Settings>(&json).unwrap(), settings);

        let old: Settings = serde_json::from_str(r#"{"lang":"vi","theme":"light"}"#).unwrap();
        assert_eq!(old.lang, Lang::Vi);
        assert_eq!(old.theme, ThemeChoice::Light);
        assert_eq!(old.view, View::Overview);
    }
}
