//! A KPI's chart as a vector picture (SVG) for the document: the series over the period, the
//! previous period dashed behind it, the warning and alert bands, the target line, value and
//! time ticks. Drawn from the shared `SeriesModel`, so the document shows what the dashboard's
//! chart shows. Every text in it is ours (numbers and dates) and is escaped all the same.

use std::fmt::Write as _;

use citydash_views::format::format_value;
use citydash_views::i18n::I18n;
use citydash_views::series::{SeriesModel, ThresholdLevel, joined_runs};
use citydash_views::threshold_bands::{threshold_bands, value_extent};

/// The picture's size in points (the text width of an A4 page with 2 cm margins).
pub const WIDTH: f64 = 480.0;
pub const HEIGHT: f64 = 190.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 22.0;

const SERIES: &str = "#1f6fb2";
const PREVIOUS: &str = "#9aa5b1";
const TARGET: &str = "#2e7d32";
const WARNING: &str = "#f0a500";
const ALERT: &str = "#d1495b";
const GRID: &str = "#d9dee3";
const TEXT: &str = "#3c4650";

/// The chart of `model` as SVG; `None` when it has nothing to draw (the section says so).
pub fn chart_svg(model: &SeriesModel) -> Option<String> {
    if model.points.is_empty() {
        return None;
    }
    let (low, high) = value_extent(model)?;
    let (start, end) = (model.from_ms as f64 / 1_000.0, model.to_ms as f64 / 1_000.0);
    if end <= start || high <= low {
        return None;
    }
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x = |t: f64| LEFT + (t - start) / (end - start) * plot_width;
    let y = |v: f64| TOP + (high - v) / (high - low) * plot_height;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}pt" height="{HEIGHT}pt" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Noto Sans" font-size="7.5">"#
    );
    for band in threshold_bands(model) {
        let colour = level_colour(band.level);
        let (top, bottom) = (y(band.high), y(band.low));
        let _ = write!(
            svg,
            r#"<rect x="{LEFT:.2}" y="{top:.2}" width="{plot_width:.2}" height="{:.2}" fill="{colour}" fill-opacity="0.12"/>"#,
            (bottom - top).max(0.0)
        );
    }
    // The ticks are numbers; the unit is said once, above the plot (a long unit beside every
    // tick would not fit).
    let i18n = I18n::new(model.lang);
    for value in value_ticks(low, high) {
        let at = y(value);
        let _ = write!(
            svg,
            r#"<line x1="{LEFT:.2}" x2="{:.2}" y1="{at:.2}" y2="{at:.2}" stroke="{GRID}" stroke-width="0.5"/><text x="{:.2}" y="{:.2}" text-anchor="end" fill="{TEXT}">{}</text>"#,
            WIDTH - RIGHT,
            LEFT - 4.0,
            at + 2.5,
            escape(&format_value(value, &i18n))
        );
    }
    if let Some(unit) = model.unit.as_deref().filter(|unit| !unit.is_empty()) {
        let _ = write!(
            svg,
            r#"<text x="{LEFT:.2}" y="{:.2}" fill="{TEXT}">{}</text>"#,
            TOP - 5.0,
            escape(unit)
        );
    }
    let step = time_step(end - start);
    let mut tick = (start / step).ceil() * step - model.utc_offset_secs as f64;
    while tick < start {
        tick += step;
    }
    while tick <= end {
        let at = x(tick);
        let _ = write!(
            svg,
            r#"<line x1="{at:.2}" x2="{at:.2}" y1="{TOP:.2}" y2="{:.2}" stroke="{GRID}" stroke-width="0.5"/><text x="{at:.2}" y="{:.2}" text-anchor="middle" fill="{TEXT}">{}</text>"#,
            HEIGHT - BOTTOM,
            HEIGHT - BOTTOM + 11.0,
            escape(&model.axis_label(tick, step))
        );
        tick += step;
    }
    let line = |svg: &mut String, points: &[[f64; 2]], colour: &str, width: f64, dash: &str| {
        for run in joined_runs(points, model.gap_secs) {
            let path: Vec<String> = run
                .iter()
                .map(|[t, v]| format!("{:.2},{:.2}", x(*t), y(*v)))
                .collect();
            let _ = write!(
                svg,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linejoin="round"{dash}/>"#,
                path.join(" ")
            );
        }
    };
    line(
        &mut svg,
        &model.previous_period,
        PREVIOUS,
        1.0,
        r#" stroke-dasharray="3 2""#,
    );
    for threshold in &model.thresholds {
        let at = y(threshold.value);
        let _ = write!(
            svg,
            r#"<line x1="{LEFT:.2}" x2="{:.2}" y1="{at:.2}" y2="{at:.2}" stroke="{}" stroke-width="0.8" stroke-dasharray="4 2"/>"#,
            WIDTH - RIGHT,
            level_colour(threshold.level)
        );
    }
    if let Some(target) = &model.target {
        let at = y(target.value);
        let _ = write!(
            svg,
            r#"<line x1="{LEFT:.2}" x2="{:.2}" y1="{at:.2}" y2="{at:.2}" stroke="{TARGET}" stroke-width="1" stroke-dasharray="6 3"/>"#,
            WIDTH - RIGHT
        );
    }
    line(&mut svg, &model.points, SERIES, 1.6, "");
    // A chart of few points (an annual KPI) says each value beside its mark, as the
    // dashboard's does.
    for mark in &model.marked_points {
        let (cx, cy) = (x(mark.at[0]), y(mark.at[1]));
        let _ = write!(
            svg,
            r#"<circle cx="{cx:.2}" cy="{cy:.2}" r="2.2" fill="{SERIES}"/><text x="{cx:.2}" y="{:.2}" text-anchor="middle" fill="{TEXT}">{}</text>"#,
            (cy - 5.0).max(TOP + 7.0),
            escape(&mark.value_text)
        );
    }
    let _ = write!(
        svg,
        r#"<rect x="{LEFT:.2}" y="{TOP:.2}" width="{plot_width:.2}" height="{plot_height:.2}" fill="none" stroke="{GRID}" stroke-width="0.8"/></svg>"#
    );
    Some(svg)
}

fn level_colour(level: ThresholdLevel) -> &'static str {
    match level {
        ThresholdLevel::Warning => WARNING,
        ThresholdLevel::Alert => ALERT,
    }
}

/// About five round values between `low` and `high`.
fn value_ticks(low: f64, high: f64) -> Vec<f64> {
    let raw = (high - low) / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(raw);
    let (first, last) = ((low / step).ceil() as i64, (high / step).floor() as i64);
    (first..=last).take(12).map(|k| k as f64 * step).collect()
}

/// A step of the time axis for a window of `span` seconds: hours, days, weeks, months, years.
fn time_step(span: f64) -> f64 {
    const HOUR: f64 = 3_600.0;
    const DAY: f64 = 86_400.0;
    [
        HOUR,
        3.0 * HOUR,
        6.0 * HOUR,
        DAY,
        2.0 * DAY,
        7.0 * DAY,
        30.0 * DAY,
        91.0 * DAY,
        365.0 * DAY,
        5.0 * 365.0 * DAY,
    ]
    .into_iter()
    .find(|step| span / step <= 8.0)
    .unwrap_or(10.0 * 365.0 * DAY)
}

/// `text` as XML character data, made layout-safe (no control characters or bidirectional
/// overrides, which XML cannot carry or which would reorder the chart's own words).
pub fn escape(text: &str) -> String {
    citydash_views::format::layout_safe(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_inside_and_text_is_escaped() {
        let close = |ticks: Vec<f64>, expected: &[f64]| {
            ticks.len() == expected.len()
                && ticks
                    .iter()
                    .zip(expected)
                    .all(|(a, b)| (a - b).abs() < 1e-9)
        };
        assert!(close(value_ticks(0.0, 10.0), &[0.0, 2.5, 5.0, 7.5, 10.0]));
        assert!(close(value_ticks(0.93, 1.71), &[1.0, 1.2, 1.4, 1.6]));
        assert_eq!(time_step(86_400.0), 3.0 * 3_600.0);
        assert_eq!(time_step(7.0 * 86_400.0), 86_400.0);
        assert_eq!(
            escape("<b>\"x\" & y</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"
        );
    }
}
