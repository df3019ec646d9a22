//! The cache reads behind the view models the dashboard builds: bounded queries of the core,
//! then the pure builders of `citydash-views`. Called where models are built, never per frame.

use offline_cache::model::KpiDef;
use offline_cache::store::Reader;

use super::format::CityZone;
use super::series::{CHART_COLUMNS, RangePreset, SeriesModel, TREND_COLUMNS, TREND_WINDOW_MS};
use crate::i18n::Lang;

/// The chart of `def` over `range` ending at `now_ms`, read from `reader`. A failed read gives a
/// model with no points whose empty message says why.
pub fn load_series(
    reader: &Reader,
    def: &KpiDef,
    zone: CityZone,
    range: RangePreset,
    lang: Lang,
    now_ms: i64,
) -> SeriesModel {
    match reader.chart_windows(&def.id, range.length_ms(), now_ms, CHART_COLUMNS) {
        Ok(windows) => {
            let model = SeriesModel::from_observations(def, zone, range, lang, &windows);
            if def.target.is_none() {
                return model;
            }
            match reader.series_for_chart(&def.id, now_ms - TREND_WINDOW_MS, now_ms, TREND_COLUMNS)
            {
                Ok(recent) => model.with_projection(def, &recent),
                Err(_) => model,
            }
        }
        Err(error) => SeriesModel::read_failed(def, zone, range, lang, now_ms, &error.to_string()),
    }
}
