//! What every CityDash face shows, as plain data: the translations (English and Vietnamese),
//! numbers, dates and ages in the user's language and the city's time zone, status and
//! freshness wording, projections to targets, search folding, sparklines, and the overview and
//! status bar models, the KPI chart with its target, thresholds and bands, the alerts board,
//! the wards choropleth, and the city map (its layers, features, selection and drill-down, the
//! geometry prepared in a local frame, and its rules for symbols, statuses and property
//! labels). Built from the core's plain types by pure functions, with no UI toolkit in the
//! dependency tree (`./scripts/test` checks it), so the dashboard, the kiosk and the briefing
//! app say the same thing in the same words.

pub mod alerts;
pub mod attention;
pub mod change;
pub mod choropleth;
pub mod failure;
pub mod format;
pub mod i18n;
pub mod map;
pub mod map_rules;
pub mod overview;
pub mod pack;
pub mod projection;
pub mod reads;
pub mod search;
pub mod series;
pub mod sparkline;
pub mod status;
pub mod status_bar;
pub mod threshold_bands;

pub use i18n::{I18n, Lang};
