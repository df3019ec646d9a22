//! The shaded warning and alert bands behind a KPI chart: from each threshold line towards its
//! bad side, up to the next, more serious line or to the edge of what the chart shows.
//!
//! A band needs finite edges to be drawn, so the open side stops at the chart's value extent
//! (the series, the target and every threshold, with a margin), which also keeps the chart's
//! automatic bounds from stretching to infinity.

use crate::series::{BadSide, SeriesModel, ThresholdLevel, ThresholdLine};

/// How far past the highest and lowest value shown the open bands reach, as a share of the span.
const EXTENT_MARGIN: f64 = 0.08;

/// One shaded band, in chart values.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdBand {
    pub level: ThresholdLevel,
    pub low: f64,
    pub high: f64,
    /// The label of the line the band starts at, so the legend shows and hides both together.
    pub label: String,
}

/// The low and high values the chart shows: the series, the previous period, the target and
/// every threshold, widened by a margin. `None` when there is nothing finite to show.
pub fn value_extent(model: &SeriesModel) -> Option<(f64, f64)> {
    let values = model
        .points
        .iter()
        .chain(&model.previous_period)
        .map(|point| point[1])
        .chain(model.target.iter().map(|target| target.value))
        .chain(model.thresholds.iter().map(|line| line.value))
        .filter(|value| value.is_finite());
    let (low, high) = values.fold(None, |extent: Option<(f64, f64)>, value| match extent {
        None => Some((value, value)),
        Some((low, high)) => Some((low.min(value), high.max(value))),
    })?;
    let span = (high - low).abs().max(high.abs().max(1.0) * 0.1);
    Some((low - span * EXTENT_MARGIN, high + span * EXTENT_MARGIN))
}

/// The bands of `model`'s threshold lines, warning bands first so alert bands paint over them.
pub fn threshold_bands(model: &SeriesModel) -> Vec<ThresholdBand> {
    let Some((extent_low, extent_high)) = value_extent(model) else {
        return Vec::new();
    };
    let mut bands = Vec::new();
    for side in [BadSide::Above, BadSide::Below] {
        let on_side = |level: ThresholdLevel| {
            model
                .thresholds
                .iter()
                .find(|line| line.bad_side == side && line.level == level)
        };
        let (warning, alert) = (
            on_side(ThresholdLevel::Warning),
            on_side(ThresholdLevel::Alert),
        );
        let edge = match side {
            BadSide::Above => extent_high,
            BadSide::Below => extent_low,
        };
        // A warning band runs to the alert line when that line is further on the bad side.
        let alert_value = alert.map(|line| line.value);
        let warning_value = warning.map(|line| line.value);
        let warning_end = match (side, alert_value) {
            (BadSide::Above, Some(alert)) if warning_value.is_some_and(|w| alert > w) => alert,
            (BadSide::Below, Some(alert)) if warning_value.is_some_and(|w| alert < w) => alert,
            _ => edge,
        };
        if let Some(warning) = warning {
            bands.push(band(warning, warning_end));
        }
        if let Some(alert) = alert {
            bands.push(band(alert, edge));
        }
    }
    // Stable: within a level, the upper side keeps coming first.
    bands.sort_by_key(|band| band.level == ThresholdLevel::Alert);
    bands
        .into_iter()
        .filter(|band| band.high > band.low)
        .collect()
}

fn band(line: &ThresholdLine, to: f64) -> ThresholdBand {
    ThresholdBand {
        level: line.level,
        low: line.value.min(to),
        high: line.value.max(to),
        label: line.label.clone(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::format::CityZone;
    use crate::i18n::Lang;
    use crate::series::RangePreset;

    fn model(points: &[f64], lines: &[(f64, ThresholdLevel, BadSide)]) -> SeriesModel {
        let mut model = SeriesModel::unknown("X", RangePreset::Day, Lang::En, 0);
        model.zone = CityZone::from_name(None);
        model.points = points
            .iter()
            .enumerate()
            .map(|(i, value)| [i as f64, *value])
            .collect();
        model.thresholds = lines
            .iter()
            .map(|(value, level, bad_side)| ThresholdLine {
                value: *value,
                level: *level,
                bad_side: *bad_side,
                label: String::new(),
            })
            .collect();
        model
    }

    #[test]
    fn lower_is_better_bands_stack_upwards_to_the_chart_edge() {
        let model = model(
            &[10.0, 20.0, 60.0],
            &[
                (30.0, ThresholdLevel::Warning, BadSide::Above),
                (50.0, ThresholdLevel::Alert, BadSide::Above),
            ],
        );
        let bands = threshold_bands(&model);
        assert_eq!(bands.len(), 2);
        assert_eq!(bands[0].level, ThresholdLevel::Warning);
        assert_eq!((bands[0].low, bands[0].high), (30.0, 50.0));
        assert_eq!(bands[1].level, ThresholdLevel::Alert);
        assert_eq!(bands[1].low, 50.0);
        assert!(bands[1].high > 60.0, "reaches past the highest value");
        assert!(bands[1].high.is_finite());
    }

    #[test]
    fn higher_is_better_bands_run_down_and_a_band_kpi_has_both_sides() {
        let model = model(
            &[70.0, 95.0],
            &[
                (90.0, ThresholdLevel::Warning, BadSide::Below),
                (80.0, ThresholdLevel::Alert, BadSide::Below),
            ],
        );
        let bands = threshold_bands(&model);
        assert_eq!((bands[0].low, bands[0].high), (80.0, 90.0));
        assert_eq!(bands[1].high, 80.0);
        assert!(bands[1].low < 70.0);

        let both = model_with_band_kpi();
        let bands = threshold_bands(&both);
        assert_eq!(bands.len(), 4);
        assert!(
            bands[..2]
                .iter()
                .all(|b| b.level == ThresholdLevel::Warning)
        );
        assert!(bands.iter().any(|b| b.low == 1.5 && b.high == 2.0));
        assert!(bands.iter().any(|b| b.low == 0.2 && b.high == 0.5));
    }

    fn model_with_band_kpi() -> SeriesModel {
        model(
            &[0.4, 1.0, 1.8],
            &[
                (1.5, ThresholdLevel::Warning, BadSide::Above),
                (2.0, ThresholdLevel::Alert, BadSide::Above),
                (0.5, ThresholdLevel::Warning, BadSide::Below),
                (0.2, ThresholdLevel::Alert, BadSide::Below),
            ],
        )
    }

    #[test]
    fn no_thresholds_or_no_finite_values_give_no_bands() {
        assert!(threshold_bands(&model(&[1.0, 2.0], &[])).is_empty());
        let nan_only = model(&[f64::NAN], &[]);
        assert_eq!(value_extent(&nan_only), None);
        assert!(threshold_bands(&nan_only).is_empty());
        let alert_only = model(
            &[f64::NAN, 3.0],
            &[(5.0, ThresholdLevel::Alert, BadSide::Above)],
        );
        let bands = threshold_bands(&alert_only);
        assert_eq!(bands.len(), 1);
        assert!(bands[0].low == 5.0 && bands[0].high > 5.0 && bands[0].high.is_finite());
    }
}
