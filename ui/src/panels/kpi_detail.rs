//! The KPI detail view: a back button, the KPI's name and unit, the range presets, and a chart
//! of the series with the previous period as a faint dashed line, the target, and the warning and
//! alert lines with their bands shaded. Hovering reads out the time in the city's zone and the value; the chart zooms
//! and pans. When the range holds no observations it says so instead of drawing empty axes.

use egui::{RichText, Stroke, Ui};
use egui_plot::{
    Axis, GridInput, GridMark, HLine, HoverPosition, Line, LineStyle, Plot, PlotPoint, Points,
    Span, Text,
};

use crate::i18n::I18n;
use crate::theme::{Theme, spacing, type_size};
use crate::view_models::series::joined_runs;
use crate::view_models::threshold_bands::{threshold_bands, value_extent};
use crate::view_models::{RangePreset, SeriesModel, ThresholdLevel};

/// What the user asked for in the detail view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KpiDetailAction {
    /// Back to the overview.
    Back,
    /// Show another range.
    SetRange(RangePreset),
}

/// Width of the series line, in points.
const SERIES_WIDTH: f32 = 2.0;
/// Width of the previous period, target and threshold lines, in points.
const GUIDE_WIDTH: f32 = 1.5;
/// How much of its colour the previous period keeps, so it stays in the background.
const PREVIOUS_OPACITY: f32 = 0.45;
/// How much of their colour the warning and alert bands keep, so the series reads over them.
const BAND_OPACITY: f32 = 0.13;

/// The KPI detail panel. The chart's zoom and pan live in egui_plot's memory.
#[derive(Debug, Default)]
pub struct KpiDetailPanel;

impl KpiDetailPanel {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &SeriesModel,
        theme: &Theme,
    ) -> Option<KpiDetailAction> {
        let palette = &theme.palette;
        let i18n = I18n::new(model.lang);
        let mut action = None;

        ui.add_space(spacing::S);
        ui.horizontal(|ui| {
            let back = ui
                .button(i18n.t("detail.back"))
                .on_hover_text(i18n.t("detail.back_hint"));
            if back.clicked() {
                action = Some(KpiDetailAction::Back);
            }
            ui.add_space(spacing::M);
            ui.label(
                RichText::new(&model.title)
                    .font(Theme::bold(type_size::TITLE))
                    .color(palette.text_strong),
            );
            if let Some(unit) = &model.unit {
                ui.label(
                    RichText::new(format!("({unit})"))
                        .font(Theme::regular(type_size::HEADING))
                        .color(palette.text),
                );
            }
        });

        if let Some(projection) = &model.projection {
            ui.add_space(spacing::XS);
            ui.label(RichText::new(projection).color(palette.text));
        }
        ui.add_space(spacing::XS);
        ui.horizontal(|ui| {
            ui.label(RichText::new(i18n.t("detail.range_label")).color(palette.text_weak));
            for &range in &model.offered_ranges {
                let selected = model.range == range;
                if ui
                    .selectable_label(selected, range.label(model.lang))
                    .clicked()
                    && !selected
                {
                    action = Some(KpiDetailAction::SetRange(range));
                }
            }
        });
        ui.add_space(spacing::S);

        match &model.empty_message {
            Some(message) => super::widgets::empty_message_ui(ui, message, theme.palette.text),
            None => chart_ui(ui, model, theme),
        }
        action
    }
}

pub(crate) fn chart_ui(ui: &mut Ui, model: &SeriesModel, theme: &Theme) {
    let palette = theme.palette;
    let utc_offset_secs = model.utc_offset_secs as f64;
    let bands = threshold_bands(model);
    // A new range starts from its own bounds rather than the last range's zoom.
    legend_ui(ui, model, theme);
    let mut plot = Plot::new(("kpi_detail_chart", &model.kpi_id, model.range))
        .allow_zoom(true)
        .allow_drag(true)
        .allow_scroll(true)
        .allow_double_click_reset(true)
        .show_crosshair(true)
        .grid_color(palette.card_stroke)
        .include_x(model.from_ms as f64 / 1_000.0)
        .include_x(model.to_ms as f64 / 1_000.0)
        .x_grid_spacer(move |input| time_grid_marks(&input, utc_offset_secs))
        .x_axis_formatter(|mark: GridMark, _range| model.axis_label(mark.value, mark.step_size))
        .y_axis_formatter(|mark: GridMark, _range| model.format_value(mark.value))
        .label_formatter(|position: &HoverPosition<'_>| {
            let point = match position {
                HoverPosition::NearDataPoint { position, .. }
                | HoverPosition::Elsewhere { position } => position,
            };
            let i18n = I18n::new(model.lang);
            Some(i18n.tf(
                "detail.hover",
                &[
                    ("time", &model.format_time(point.x)),
                    ("value", &model.format_value(point.y)),
                ],
            ))
        });

    // Bands do not count in egui_plot's automatic bounds; their extent does.
    if let Some((low, high)) = value_extent(model) {
        plot = plot.include_y(low).include_y(high);
    }

    plot.show(ui, |plot_ui| {
        for band in &bands {
            let color = level_color(theme, band.level);
            plot_ui.add(
                Span::new(band.label.as_str(), band.low..=band.high)
                    .axis(Axis::Y)
                    .fill(color.gamma_multiply(BAND_OPACITY))
                    .border_width(0.0),
            );
        }
        if !model.previous_period.is_empty() {
            plot_ui.line(
                Line::new(model.previous_label.as_str(), model.previous_period.clone())
                    .stroke(Stroke::new(
                        GUIDE_WIDTH,
                        palette.text_weak.gamma_multiply(PREVIOUS_OPACITY),
                    ))
                    .style(LineStyle::dashed_dense()),
            );
        }
        if let Some(target) = &model.target {
            plot_ui.add(
                HLine::new(target.label.as_str(), target.value)
                    .stroke(Stroke::new(GUIDE_WIDTH, palette.change_better))
                    .style(LineStyle::dashed_loose()),
            );
        }
        for line in &model.thresholds {
            let color = level_color(theme, line.level);
            plot_ui.add(
                HLine::new(line.label.as_str(), line.value)
                    .stroke(Stroke::new(GUIDE_WIDTH, color))
                    .style(LineStyle::Dotted { spacing: 6.0 }),
            );
        }
        // A gap in the data stays a gap; a lone reading between gaps is a dot.
        for run in joined_runs(&model.points, model.gap_secs) {
            if let [point] = run {
                plot_ui.points(
                    Points::new(model.series_label.as_str(), vec![*point])
                        .radius(SERIES_WIDTH * 1.5)
                        .color(palette.text_strong),
                );
            } else {
                plot_ui.line(
                    Line::new(model.series_label.as_str(), run.to_vec())
                        .stroke(Stroke::new(SERIES_WIDTH, palette.text_strong)),
                );
            }
        }
        // Few points: each is a mark with its value and date, read without hovering.
        for mark in &model.marked_points {
            plot_ui.points(
                Points::new(model.series_label.as_str(), vec![mark.at])
                    .radius(SERIES_WIDTH * 2.5)
                    .color(palette.text_strong),
            );
            plot_ui.text(
                Text::new(
                    model.series_label.as_str(),
                    PlotPoint::new(mark.at[0], mark.at[1]),
                    RichText::new(format!("{}\n{}", mark.value_text, mark.date_text))
                        .color(palette.text_strong),
                )
                .anchor(egui::Align2::CENTER_BOTTOM)
                .allow_hover(false),
            );
        }
    });
}

/// How a legend's sample of a line is drawn.
#[derive(Clone, Copy)]
enum Sample {
    Solid,
    Dashed,
    Dotted,
}

/// What each line of the chart is, on one row above it: a legend inside the plot sat in its top
/// right corner, over the newest values. A threshold's band is named by its line.
fn legend_ui(ui: &mut Ui, model: &SeriesModel, theme: &Theme) {
    let palette = theme.palette;
    let mut items: Vec<(&str, egui::Color32, Sample)> = vec![(
        model.series_label.as_str(),
        palette.text_strong,
        Sample::Solid,
    )];
    if !model.previous_period.is_empty() {
        let faded = palette.text_weak.gamma_multiply(PREVIOUS_OPACITY);
        items.push((model.previous_label.as_str(), faded, Sample::Dashed));
    }
    if let Some(target) = &model.target {
        items.push((target.label.as_str(), palette.change_better, Sample::Dashed));
    }
    for line in &model.thresholds {
        items.push((
            line.label.as_str(),
            level_color(theme, line.level),
            Sample::Dotted,
        ));
    }
    ui.horizontal_wrapped(|ui| {
        for (label, color, sample) in items {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 12.0), egui::Sense::hover());
            let y = rect.center().y;
            let stroke = Stroke::new(GUIDE_WIDTH.max(2.0), color);
            let painter = ui.painter();
            match sample {
                Sample::Solid => {
                    painter.line_segment([rect.left_center(), rect.right_center()], stroke);
                }
                Sample::Dashed | Sample::Dotted => {
                    let (dash, gap) = if matches!(sample, Sample::Dashed) {
                        (5.0, 3.0)
                    } else {
                        (2.0, 3.0)
                    };
                    let mut x = rect.left();
                    while x < rect.right() {
                        let end = (x + dash).min(rect.right());
                        painter.line_segment([egui::pos2(x, y), egui::pos2(end, y)], stroke);
                        x = end + gap;
                    }
                }
            }
            ui.label(RichText::new(label).small().color(palette.text));
            ui.add_space(spacing::S);
        }
    });
}

fn level_color(theme: &Theme, level: ThresholdLevel) -> egui::Color32 {
    match level {
        ThresholdLevel::Warning => theme.palette.status_warning,
        ThresholdLevel::Alert => theme.palette.status_alert,
    }
}

/// Grid steps of the time axis, in seconds: whole minutes, hours, days, weeks, about a month
/// and a year.
const TIME_STEPS_SECS: [f64; 16] = [
    60.0,
    300.0,
    900.0,
    1_800.0,
    3_600.0,
    3.0 * 3_600.0,
    6.0 * 3_600.0,
    12.0 * 3_600.0,
    86_400.0,
    2.0 * 86_400.0,
    7.0 * 86_400.0,
    30.0 * 86_400.0,
    91.0 * 86_400.0,
    365.0 * 86_400.0,
    5.0 * 365.0 * 86_400.0,
    10.0 * 365.0 * 86_400.0,
];

/// The most grid lines one step draws, whatever the input.
const MAX_MARKS_PER_STEP: usize = 2_000;

/// How much coarser each of the three grid levels is than the one below, at the least: the
/// coarsest must leave room for a date-time label.
const GRID_LEVEL_FACTOR: f64 = 5.0;

/// Grid lines on whole local minutes, hours and days (`utc_offset_secs` is the city's offset):
/// the smallest step egui_plot can show and two coarser ones, the coarser drawn stronger.
fn time_grid_marks(input: &GridInput, utc_offset_secs: f64) -> Vec<GridMark> {
    let (min_secs, max_secs) = input.bounds;
    let step_at_least = |secs: f64| {
        TIME_STEPS_SECS
            .iter()
            .copied()
            .find(|step| *step >= secs)
            .unwrap_or(TIME_STEPS_SECS[TIME_STEPS_SECS.len() - 1])
    };
    let fine_secs = step_at_least(input.base_step_size);
    let middle_secs = step_at_least(fine_secs * GRID_LEVEL_FACTOR);
    let coarse_secs = step_at_least(middle_secs * GRID_LEVEL_FACTOR);
    let mut marks: Vec<GridMark> = Vec::new();
    // Coarsest first, so a line shared by two levels keeps the stronger one.
    for step_secs in [coarse_secs, middle_secs, fine_secs] {
        let values: Vec<f64> = if step_secs >= YEAR_SECS {
            new_years(min_secs, max_secs, utc_offset_secs, step_secs)
        } else {
            let first =
                ((min_secs + utc_offset_secs) / step_secs).ceil() * step_secs - utc_offset_secs;
            (0..MAX_MARKS_PER_STEP)
                .map(|i| first + i as f64 * step_secs)
                .take_while(|value| *value <= max_secs)
                .collect()
        };
        for value in values {
            if !marks
                .iter()
                .any(|mark| (mark.value - value).abs() < step_secs * 0.1)
            {
                marks.push(GridMark {
                    value,
                    step_size: step_secs,
                });
            }
        }
    }
    marks
}

/// A year, in seconds, as the grid's steps count it.
const YEAR_SECS: f64 = 365.0 * 86_400.0;

/// Local 1 January of every `step_secs / YEAR_SECS`-th year between the bounds (seconds since
/// the epoch): year lines fall on new year, not on multiples of 365 days that drift a day every
/// four years.
fn new_years(min_secs: f64, max_secs: f64, utc_offset_secs: f64, step_secs: f64) -> Vec<f64> {
    use chrono::Datelike as _;
    let every = (step_secs / YEAR_SECS).round().max(1.0) as i32;
    let year_of = |secs: f64| {
        chrono::DateTime::from_timestamp((secs + utc_offset_secs) as i64, 0)
            .map_or(1970, |t| t.year())
    };
    (year_of(min_secs)..=year_of(max_secs) + 1)
        .filter(|year| year.rem_euclid(every) == 0)
        .filter_map(|year| {
            let start = chrono::NaiveDate::from_ymd_opt(year, 1, 1)?.and_hms_opt(0, 0, 0)?;
            Some(start.and_utc().timestamp() as f64 - utc_offset_secs)
        })
        .filter(|value| (min_secs..=max_secs).contains(value))
        .take(MAX_MARKS_PER_STEP)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_lines_fall_on_the_local_new_year() {
        let offset = 7.0 * 3_600.0;
        // 2014-06-01 to 2026-12-04, UTC.
        let marks = new_years(1_401_580_800.0, 1_796_342_400.0, offset, YEAR_SECS);
        assert_eq!(marks.len(), 12);
        for mark in &marks {
            let local = chrono::DateTime::from_timestamp((mark + offset) as i64, 0).unwrap();
            assert_eq!(local.format("%m-%d %H:%M").to_string(), "01-01 00:00");
        }
        let every_five = new_years(1_401_580_800.0, 1_796_342_400.0, offset, 5.0 * YEAR_SECS);
        assert_eq!(every_five.len(), 3, "2015, 2020 and 2025");
    }
}
