//! The reads behind the view models every face builds from a cache or a pack: bounded queries
//! of the core, then this crate's pure builders. Run off any UI thread (the dashboard's model
//! loader, the briefing's renderer).

use offline_cache::model::{Alert, KpiDef};
use offline_cache::store::Reader;

use crate::alerts::AlertNames;
use crate::format::CityZone;
use crate::i18n::Lang;
use crate::series::{CHART_COLUMNS, RangePreset, SeriesModel, TREND_COLUMNS, TREND_WINDOW_MS};

/// The chart of `def` over `range` (or the range suited to its frequency) ending at `now_ms`,
/// read from `reader`. A failed read gives a
/// model with no points whose empty message says why.
pub fn load_series(
    reader: &Reader,
    def: &KpiDef,
    zone: CityZone,
    range: RangePreset,
    lang: Lang,
    now_ms: i64,
) -> SeriesModel {
    // A range the KPI's frequency cannot fill (24 h of an annual KPI) gives way to its default.
    let range = range.suited_to(def.frequency);
    match reader.chart_windows(&def.id, range.length_ms(), now_ms, CHART_COLUMNS) {
        Ok(windows) => {
            let model = SeriesModel::from_observations(def, zone, range, lang, &windows);
            if def.target.is_none() {
                return model;
            }
            // An annual KPI's trend reaches back a dozen years, not three.
            let window_ms = TREND_WINDOW_MS.max(def.frequency.min_history_ms());
            match reader.series_for_chart(&def.id, now_ms - window_ms, now_ms, TREND_COLUMNS) {
                Ok(recent) => model.with_projection(def, &recent),
                Err(_) => model,
            }
        }
        Err(error) => SeriesModel::read_failed(def, zone, range, lang, now_ms, &error.to_string()),
    }
}

/// The names alerts refer to: the KPIs and layers of the cache's catalog, and the named
/// features `alerts` point at (one indexed look-up a feature). What cannot be read is left
/// unnamed.
pub fn read_alert_names(reader: &Reader, alerts: &[Alert]) -> AlertNames {
    let mut names = match reader.catalog() {
        Ok(Some(catalog)) => AlertNames::from_catalog(&catalog),
        Ok(None) => AlertNames::default(),
        Err(error) => {
            tracing::warn!("could not read the catalog for the alerts: {error}");
            AlertNames::default()
        }
    };
    for feature in alerts.iter().filter_map(|alert| alert.feature.as_ref()) {
        if names.names_feature(feature) {
            continue;
        }
        let stored = reader
            .feature(&feature.layer_id, &feature.feature_id)
            .ok()
            .flatten();
        if let Some(name) = stored.and_then(|stored| stored.name) {
            names.name_feature(&feature.layer_id, &feature.feature_id, &name);
        }
    }
    names
}
