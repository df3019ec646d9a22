//! A KPI card's sparkline as plain data: the recent history the overview read, scaled to a unit
//! square, broken where the data has gaps or non-finite values, with the target's height when it
//! lies near the data, and a one-line summary for the hover and screen readers.

use offline_cache::model::KpiDef;
use offline_cache::store::{SPARKLINE_COLUMNS, Sparkline, SparklineSpan};

use crate::format::{format_value, unit_text, with_unit};
use crate::i18n::I18n;

/// A KPI's recent history scaled to a unit square: `x` from 0 (start of the window) to 1 (its
/// end), `y` from 0 (bottom) to 1 (top).
#[derive(Debug, Clone, PartialEq)]
pub struct SparklineModel {
    /// Runs of connected points; a gap in the data or a non-finite value starts a new run. A
    /// run of one point is drawn as a dot.
    pub runs: Vec<Vec<[f32; 2]>>,
    /// The target's height on the same scale, when it lies near enough to the data to fit.
    pub target_y: Option<f32>,
    /// `Last 24 h: low 1.21, high 1.63`, for the hover and screen readers.
    pub summary: String,
}

/// How far apart two neighbouring points may be before the line breaks: a window's points
/// are bucketed into columns, the last observations are not.
fn gap_ms(sparkline: &Sparkline, def: &KpiDef) -> i64 {
    let bucket_ms = match SparklineSpan::for_frequency(def.frequency) {
        SparklineSpan::Window { .. } => {
            (sparkline.to_ms.saturating_sub(sparkline.from_ms)) / SPARKLINE_COLUMNS as i64
        }
        SparklineSpan::LastObservations { .. } => 0,
    };
    gap_threshold_ms(def.interval_secs, bucket_ms)
}

/// The sparkline of a card, scaled; `None` when no point has a finite value.
pub(super) fn sparkline_model(
    sparkline: &Sparkline,
    def: &KpiDef,
    i18n: &I18n,
) -> Option<SparklineModel> {
    let finite = || {
        sparkline
            .points
            .iter()
            .filter(|point| point.value.is_finite())
    };
    let low = finite().map(|point| point.value).reduce(f64::min)?;
    let high = finite().map(|point| point.value).reduce(f64::max)?;

    // The target joins the scale when that squeezes the data to no less than half the height.
    let data_span = high - low;
    let target = def
        .target
        .as_ref()
        .map(|target| target.value)
        .filter(|value| value.is_finite())
        .filter(|value| *value >= low - data_span * 0.5 && *value <= high + data_span * 0.5)
        .filter(|_| data_span > 0.0);
    let (mut bottom, mut top) = (low, high);
    if let Some(target) = target {
        bottom = bottom.min(target);
        top = top.max(target);
    }
    if top - bottom <= f64::EPSILON * top.abs().max(1.0) {
        // A flat line sits in the middle.
        bottom -= 1.0;
        top += 1.0;
    }
    let scale_y = |value: f64| ((value - bottom) / (top - bottom)).clamp(0.0, 1.0) as f32;
    let window_ms = sparkline.to_ms.saturating_sub(sparkline.from_ms);
    let scale_x = |t_ms: i64| {
        if window_ms <= 0 {
            1.0
        } else {
            ((t_ms.saturating_sub(sparkline.from_ms)) as f64 / window_ms as f64).clamp(0.0, 1.0)
                as f32
        }
    };

    let gap_ms = gap_ms(sparkline, def);
    let mut runs: Vec<Vec<[f32; 2]>> = Vec::new();
    let mut run: Vec<[f32; 2]> = Vec::new();
    let mut previous_ms: Option<i64> = None;
    for point in &sparkline.points {
        let gap = previous_ms.is_some_and(|previous| point.t_ms.saturating_sub(previous) > gap_ms);
        if (!point.value.is_finite() || gap) && !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
        if point.value.is_finite() {
            run.push([scale_x(point.t_ms), scale_y(point.value)]);
            previous_ms = Some(point.t_ms);
        } else {
            previous_ms = None;
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }

    let span = match SparklineSpan::for_frequency(def.frequency) {
        SparklineSpan::Window { duration_ms } => {
            let span = match duration_ms / 86_400_000 {
                ..=1 => i18n.t("range.day").to_owned(),
                2..=7 => i18n.t("range.week").to_owned(),
                _ => i18n.t("range.month").to_owned(),
            };
            i18n.tf("sparkline.window", &[("span", &span)])
        }
        SparklineSpan::LastObservations { .. } => {
            i18n.tn("sparkline.last_values", finite().count() as u64, &[])
        }
    };
    let unit = unit_text(&def.unit, i18n);
    let summary = i18n.tf(
        "sparkline.summary",
        &[
            ("span", &span),
            ("low", &with_unit(&format_value(low, i18n), unit.as_deref())),
            (
                "high",
                &with_unit(&format_value(high, i18n), unit.as_deref()),
            ),
        ],
    );
    Some(SparklineModel {
        runs,
        target_y: target.map(scale_y),
        summary,
    })
}

/// How far apart two neighbouring readings may be and still be joined by a line: three of the
/// KPI's expected intervals, and never less than two buckets of the downsampling (a bucket's
/// lowest and the next one's highest can be that far apart). The chart and the sparklines
/// both break their lines here.
pub fn gap_threshold_ms(interval_secs: i64, bucket_ms: i64) -> i64 {
    interval_secs
        .max(1)
        .saturating_mul(3_000)
        .max(bucket_ms.saturating_mul(2))
}
