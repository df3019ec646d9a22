//! The KPI detail chart as plain data: the series of the chosen range, the same length of time
//! just before it (shifted forward to overlay), the target and the threshold lines, every label
//! translated.
//!
//! Built when the view, the range, the language or the KPI's data changes, never per frame, from
//! windows the core reads ([`offline_cache::store::Reader::chart_windows`]) by
//! [`SeriesModel::from_observations`] and, for a KPI with a target, the recent trend by
//! [`SeriesModel::with_projection`]. No I/O here.

use chrono::{DateTime, Offset, Utc};
use offline_cache::model::units::DAY_MS;
use offline_cache::model::{Direction, Frequency, KpiDef, Observation};
pub use offline_cache::store::ChartWindows;

use crate::format::{CityZone, format_date, format_value, unit_text, with_unit};
use crate::i18n::{I18n, Lang};
use crate::projection::{Projection, project};
use crate::sparkline::gap_threshold_ms;
/// How many buckets a window is reduced to: about one a pixel column of a wide chart.
pub const CHART_COLUMNS: usize = 1_200;

/// The length of time the chart shows, ending now.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RangePreset {
    #[default]
    Day,
    Week,
    Month,
    Year,
    /// From the first stored observation.
    All,
}

impl RangePreset {
    pub const ALL: [RangePreset; 5] = [
        RangePreset::Day,
        RangePreset::Week,
        RangePreset::Month,
        RangePreset::Year,
        RangePreset::All,
    ];

    /// The translation key of its button label (`range.day` is `24 h`).
    pub fn label_key(self) -> &'static str {
        match self {
            RangePreset::Day => "range.day",
            RangePreset::Week => "range.week",
            RangePreset::Month => "range.month",
            RangePreset::Year => "range.year",
            RangePreset::All => "range.all",
        }
    }

    /// The translated button label.
    pub fn label(self, lang: Lang) -> &'static str {
        I18n::new(lang).t(self.label_key())
    }

    /// The ranges worth offering for a KPI measured at `frequency`: those that can hold more
    /// than a couple of its points (an annual KPI over 24 hours or 7 days shows nothing).
    pub fn offered_for(frequency: Frequency) -> &'static [RangePreset] {
        use RangePreset::{All, Day, Month, Week, Year};
        match frequency {
            Frequency::Live | Frequency::FiveMinutes | Frequency::Hourly => {
                &[Day, Week, Month, Year, All]
            }
            Frequency::Daily => &[Week, Month, Year, All],
            Frequency::Monthly | Frequency::Quarterly => &[Year, All],
            Frequency::Annual => &[All],
        }
    }

    /// The range a KPI's chart opens on: the shortest offered one that holds a dozen of its
    /// points or more (24 h for live data, 30 days for daily, all for annual).
    pub fn default_for(frequency: Frequency) -> RangePreset {
        match frequency {
            Frequency::Live | Frequency::FiveMinutes | Frequency::Hourly => RangePreset::Day,
            Frequency::Daily => RangePreset::Month,
            Frequency::Monthly => RangePreset::Year,
            Frequency::Quarterly | Frequency::Annual => RangePreset::All,
        }
    }

    /// `self` if it is offered for `frequency`, else the default of that frequency.
    pub fn suited_to(self, frequency: Frequency) -> RangePreset {
        if RangePreset::offered_for(frequency).contains(&self) {
            self
        } else {
            RangePreset::default_for(frequency)
        }
    }

    /// The window's length in milliseconds; `None` for [`RangePreset::All`].
    pub fn length_ms(self) -> Option<i64> {
        match self {
            RangePreset::Day => Some(DAY_MS),
            RangePreset::Week => Some(7 * DAY_MS),
            RangePreset::Month => Some(30 * DAY_MS),
            RangePreset::Year => Some(365 * DAY_MS),
            RangePreset::All => None,
        }
    }
}

/// How serious a threshold is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdLevel {
    Warning,
    Alert,
}

/// Which side of a threshold line is the worse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadSide {
    Above,
    Below,
}

/// A horizontal threshold line: past it, on `bad_side`, a value is at `level`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThresholdLine {
    pub value: f64,
    pub level: ThresholdLevel,
    pub bad_side: BadSide,
    /// `Warning 1.5 m`.
    pub label: String,
}

/// The horizontal target line.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    pub value: f64,
    /// `Target 25 %`.
    pub label: String,
}

/// At most this many points are drawn as marks with their values.
pub const MARKED_POINTS_MAX: usize = 24;

/// One point of a chart with few points, labelled.
#[derive(Debug, Clone, PartialEq)]
pub struct PointMark {
    /// `[t in seconds since the epoch, value]`.
    pub at: [f64; 2],
    /// `21.8 %`.
    pub value_text: String,
    /// `31/12/2025`.
    pub date_text: String,
}

/// Everything the KPI detail chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesModel {
    pub kpi_id: String,
    pub lang: Lang,
    /// The KPI's name.
    pub title: String,
    pub unit: Option<String>,
    pub range: RangePreset,
    /// The ranges offered for this KPI's frequency (its chart's range buttons).
    pub offered_ranges: Vec<RangePreset>,
    /// Few points (an annual or quarterly KPI): each is drawn as a mark with its value and date.
    pub marked_points: Vec<PointMark>,
    /// The window shown, UTC milliseconds (inclusive).
    pub from_ms: i64,
    pub to_ms: i64,
    /// `[t in seconds since the epoch, value]`, oldest first.
    pub points: Vec<[f64; 2]>,
    /// The window of the same length just before, shifted forward by that length to overlay
    /// `points`; empty for [`RangePreset::All`].
    pub previous_period: Vec<[f64; 2]>,
    pub target: Option<TargetLine>,
    /// Warning and alert lines, as the KPI's direction reads them.
    pub thresholds: Vec<ThresholdLine>,
    /// The zone hover times are shown in.
    pub zone: CityZone,
    /// The zone's offset from UTC at the end of the window, in seconds, so time grid lines fall
    /// on whole local hours and days.
    pub utc_offset_secs: i64,
    /// Shown instead of the chart when there is nothing to draw, and why.
    pub empty_message: Option<String>,
    /// What the recent trend says about the target ("on track", "reached in 2031"), for KPIs
    /// with a target.
    pub projection: Option<String>,
    /// Legend names.
    pub series_label: String,
    pub previous_label: String,
    /// Neighbouring points further apart than this (seconds) are not joined: the data has a gap.
    pub gap_secs: f64,
}

impl SeriesModel {
    /// The model shown when the windows of `def` could not be read: no points, and an empty
    /// message that says why.
    pub fn read_failed(
        def: &KpiDef,
        zone: CityZone,
        range: RangePreset,
        lang: Lang,
        now_ms: i64,
        error: &str,
    ) -> SeriesModel {
        let i18n = I18n::new(lang);
        let empty = ChartWindows {
            from_ms: now_ms,
            to_ms: now_ms,
            current: Vec::new(),
            previous: Vec::new(),
        };
        let mut model = SeriesModel::from_observations(def, zone, range, lang, &empty);
        model.empty_message = Some(i18n.tf("detail.read_error", &[("error", error)]));
        model
    }

    /// The model with the sentence on where the trend of `recent` (the KPI's last
    /// [`TREND_WINDOW_MS`], downsampled to [`TREND_COLUMNS`]) reaches the target.
    pub fn with_projection(mut self, def: &KpiDef, recent: &[Observation]) -> SeriesModel {
        self.projection = projection_text(def, self.lang, recent);
        self
    }

    /// The model when the KPI is not in the catalog (yet).
    pub fn unknown(kpi_id: &str, range: RangePreset, lang: Lang, now_ms: i64) -> SeriesModel {
        SeriesModel::placeholder(kpi_id, range, lang, now_ms, "detail.unknown_kpi")
    }

    /// The model shown while the chart is being read.
    pub fn loading(kpi_id: &str, range: RangePreset, lang: Lang, now_ms: i64) -> SeriesModel {
        SeriesModel::placeholder(kpi_id, range, lang, now_ms, "detail.loading")
    }

    /// A chart with no points whose empty message is the text of `message_key`.
    fn placeholder(
        kpi_id: &str,
        range: RangePreset,
        lang: Lang,
        now_ms: i64,
        message_key: &str,
    ) -> SeriesModel {
        let i18n = I18n::new(lang);
        SeriesModel {
            kpi_id: kpi_id.to_owned(),
            lang,
            title: kpi_id.to_owned(),
            unit: None,
            range,
            offered_ranges: RangePreset::ALL.to_vec(),
            marked_points: Vec::new(),
            from_ms: now_ms,
            to_ms: now_ms,
            points: Vec::new(),
            previous_period: Vec::new(),
            target: None,
            thresholds: Vec::new(),
            zone: CityZone::fallback(),
            utc_offset_secs: utc_offset_secs(&CityZone::fallback(), now_ms),
            empty_message: Some(i18n.t(message_key).to_owned()),
            projection: None,
            series_label: i18n.t("detail.series").to_owned(),
            previous_label: i18n.t("detail.previous").to_owned(),
            gap_secs: f64::INFINITY,
        }
    }

    /// The model from windows already read. No I/O.
    pub fn from_observations(
        def: &KpiDef,
        zone: CityZone,
        range: RangePreset,
        lang: Lang,
        windows: &ChartWindows,
    ) -> SeriesModel {
        let i18n = I18n::new(lang);
        let unit = unit_text(&def.unit, &i18n);
        let labelled = |key: &str, value: f64| {
            i18n.tf(
                key,
                &[(
                    "value",
                    &with_unit(&format_value(value, &i18n), unit.as_deref()),
                )],
            )
        };
        let shift_ms = windows.to_ms - windows.from_ms;
        let points = plot_points(&windows.current, 0);
        let marked_points = if points.len() <= MARKED_POINTS_MAX {
            windows
                .current
                .iter()
                .filter(|observation| observation.value.is_finite())
                .map(|observation| PointMark {
                    at: [observation.t_ms as f64 / 1_000.0, observation.value],
                    value_text: with_unit(&format_value(observation.value, &i18n), unit.as_deref()),
                    date_text: zone.format_plain(observation.t_ms, i18n.t("format.date")),
                })
                .collect()
        } else {
            Vec::new()
        };
        let previous_period = plot_points(&windows.previous, shift_ms);
        let target = def
            .target
            .as_ref()
            .filter(|target| target.value.is_finite())
            .map(|target| TargetLine {
                value: target.value,
                label: labelled("detail.target", target.value),
            });
        let thresholds = threshold_lines(def)
            .into_iter()
            .map(|(value, level, bad_side, key)| ThresholdLine {
                value,
                level,
                bad_side,
                label: labelled(key, value),
            })
            .collect();
        SeriesModel {
            kpi_id: def.id.clone(),
            lang,
            title: def.name.get(lang.code()).to_owned(),
            unit,
            range,
            offered_ranges: RangePreset::offered_for(def.frequency).to_vec(),
            marked_points,
            from_ms: windows.from_ms,
            to_ms: windows.to_ms,
            empty_message: points.is_empty().then(|| i18n.t("detail.empty").to_owned()),
            projection: None,
            points,
            previous_period,
            target,
            thresholds,
            utc_offset_secs: utc_offset_secs(&zone, windows.to_ms),
            zone,
            series_label: i18n.t("detail.series").to_owned(),
            previous_label: i18n.t("detail.previous").to_owned(),
            gap_secs: gap_secs(def, windows),
        }
    }

    /// `t_secs` (plot x) as a time in the city's zone.
    pub fn format_time(&self, t_secs: f64) -> String {
        let t_ms = (t_secs * 1_000.0).round() as i64;
        self.zone.format(t_ms, &I18n::new(self.lang))
    }

    /// A tick of the time axis whose grid step is `step_secs`: the date for steps of a day or
    /// more and at local midnight, the time of day otherwise (`24/11`, `06:00`).
    pub fn axis_label(&self, t_secs: f64, step_secs: f64) -> String {
        let t_ms = (t_secs * 1_000.0).round() as i64;
        let local_secs = (t_secs + self.utc_offset_secs as f64).rem_euclid(86_400.0);
        let at_midnight = !(1.0..=86_399.0).contains(&local_secs);
        let key = if step_secs >= 365.0 * 86_400.0 {
            "format.axis_year"
        } else if step_secs >= 86_400.0 || at_midnight {
            "format.axis_date"
        } else {
            "format.axis_time"
        };
        self.zone.format_plain(t_ms, I18n::new(self.lang).t(key))
    }

    /// `value` with the KPI's unit, in the model's language.
    pub fn format_value(&self, value: f64) -> String {
        let i18n = I18n::new(self.lang);
        with_unit(&format_value(value, &i18n), self.unit.as_deref())
    }
}

/// The offset of `zone` from UTC at `t_ms`, in seconds (0 for a time chrono cannot represent).
fn utc_offset_secs(zone: &CityZone, t_ms: i64) -> i64 {
    let Some(utc) = DateTime::<Utc>::from_timestamp_millis(t_ms) else {
        return 0;
    };
    let offset_secs = match zone {
        CityZone::Named(tz) => utc.with_timezone(tz).offset().fix().local_minus_utc(),
        CityZone::Fixed(offset) => offset.local_minus_utc(),
    };
    i64::from(offset_secs)
}

/// `[seconds, value]` pairs, `shift_ms` later, without non-finite values.
fn plot_points(observations: &[Observation], shift_ms: i64) -> Vec<[f64; 2]> {
    observations
        .iter()
        .filter(|observation| observation.value.is_finite())
        .map(|observation| {
            let t_ms = observation.t_ms.saturating_add(shift_ms);
            [t_ms as f64 / 1_000.0, observation.value]
        })
        .collect()
}

/// The threshold lines of a KPI with their translation keys: for `up` KPIs values below a level
/// are worse, for `down` KPIs values above it, and `band` KPIs have `_low` levels below and the
/// plain ones above.
fn threshold_lines(def: &KpiDef) -> Vec<(f64, ThresholdLevel, BadSide, &'static str)> {
    let t = &def.thresholds;
    let upper_side = match def.direction {
        Direction::Up => BadSide::Below,
        Direction::Down | Direction::Band => BadSide::Above,
    };
    let mut lines = vec![
        (
            t.warning,
            ThresholdLevel::Warning,
            upper_side,
            "detail.warning",
        ),
        (t.alert, ThresholdLevel::Alert, upper_side, "detail.alert"),
    ];
    if def.direction == Direction::Band {
        lines.push((
            t.warning_low,
            ThresholdLevel::Warning,
            BadSide::Below,
            "detail.warning_low",
        ));
        lines.push((
            t.alert_low,
            ThresholdLevel::Alert,
            BadSide::Below,
            "detail.alert_low",
        ));
    }
    lines
        .into_iter()
        .filter_map(|(value, level, side, key)| {
            value
                .filter(|value| value.is_finite())
                .map(|value| (value, level, side, key))
        })
        .collect()
}

fn gap_secs(def: &KpiDef, windows: &ChartWindows) -> f64 {
    let column_ms = (windows.to_ms - windows.from_ms) / CHART_COLUMNS as i64;
    gap_threshold_ms(def.interval_secs, column_ms) as f64 / 1_000.0
}

/// The runs of `points` (oldest first) that are drawn joined: a new run starts where two
/// neighbours are more than `gap_secs` apart.
pub fn joined_runs(points: &[[f64; 2]], gap_secs: f64) -> impl Iterator<Item = &[[f64; 2]]> {
    points.chunk_by(move |a, b| b[0] - a[0] <= gap_secs)
}

/// How far back the trend behind the projection looks.
pub const TREND_WINDOW_MS: i64 = 3 * 365 * DAY_MS;
/// Columns the trend is downsampled to before the line is fitted.
pub const TREND_COLUMNS: usize = 200;

/// The projection sentence for a KPI with a target, from the last years of its series.
fn projection_text(def: &KpiDef, lang: Lang, recent: &[Observation]) -> Option<String> {
    let target = def.target.as_ref()?;
    let i18n = I18n::new(lang);
    let unit = unit_text(&def.unit, &i18n);
    let target_text = with_unit(&format_value(target.value, &i18n), unit.as_deref());
    let due = target
        .due
        .as_deref()
        .map(|due| format_date(due, &i18n))
        .unwrap_or_default();
    let years = |earliest: i32, latest: i32| {
        if earliest == latest {
            i18n.tf(
                "detail.projection.in_year",
                &[("year", &earliest.to_string())],
            )
        } else {
            i18n.tf(
                "detail.projection.years",
                &[("from", &earliest.to_string()), ("to", &latest.to_string())],
            )
        }
    };
    let text = match project(def, recent) {
        Projection::Met => i18n.tf("detail.projection.met", &[("target", &target_text)]),
        Projection::OnTrack {
            earliest_year,
            latest_year,
        } => i18n.tf(
            "detail.projection.on_track",
            &[
                ("target", &target_text),
                ("when", &years(earliest_year, latest_year)),
            ],
        ),
        Projection::Late {
            earliest_year,
            latest_year,
        } => i18n.tf(
            "detail.projection.late",
            &[
                ("target", &target_text),
                ("when", &years(earliest_year, latest_year)),
                ("due", &due),
            ],
        ),
        Projection::NotMoving => {
            i18n.tf("detail.projection.not_moving", &[("target", &target_text)])
        }
        Projection::CannotTell => {
            i18n.tf("detail.projection.cannot_tell", &[("target", &target_text)])
        }
        Projection::NotApplicable => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use offline_cache::model::{Domain, Frequency, LocalizedText, Target, Thresholds};

    use super::*;

    #[test]
    fn axis_ticks_say_the_date_for_days_and_midnight_and_the_time_otherwise() {
        let mut model = SeriesModel::unknown("X", RangePreset::Week, Lang::En, 0);
        model.zone = CityZone::fallback();
        model.utc_offset_secs = 7 * 3_600;
        // 2026-11-23 17:00 UTC is midnight on the 24th in the city (UTC+7).
        let midnight = 1_795_453_200.0;
        assert_eq!(model.axis_label(midnight, 3_600.0), "24 Nov");
        assert_eq!(model.axis_label(midnight + 6.0 * 3_600.0, 3_600.0), "06:00");
        assert_eq!(
            model.axis_label(midnight + 6.0 * 3_600.0, 86_400.0),
            "24 Nov"
        );
        assert_eq!(model.axis_label(midnight, 365.0 * 86_400.0), "2026");
        model.lang = Lang::Vi;
        assert_eq!(model.axis_label(midnight, 86_400.0), "24/11");
    }

    #[test]
    fn a_gap_in_the_data_splits_the_line() {
        let points = [
            [0.0, 1.0],
            [60.0, 2.0],
            [120.0, 3.0],
            [1_000.0, 4.0],
            [1_060.0, 5.0],
        ];
        let runs: Vec<&[[f64; 2]]> = joined_runs(&points, 180.0).collect();
        assert_eq!(runs, [&points[..3], &points[3..]]);
        assert_eq!(joined_runs(&points, f64::INFINITY).count(), 1);
        assert_eq!(joined_runs(&[], 180.0).count(), 0);
    }

    fn def(direction: Direction, thresholds: Thresholds) -> KpiDef {
        KpiDef {
            target: Some(Target {
                value: 1.4,
                due: None,
            }),
            thresholds,
            ..KpiDef::new(
                "EN03",
                LocalizedText::new("Tide peak at Phu An", "Đỉnh triều tại Phú An"),
                Domain::Environment,
                "m",
                Frequency::FiveMinutes,
                direction,
            )
        }
    }

    fn model(direction: Direction, thresholds: Thresholds) -> SeriesModel {
        SeriesModel::from_observations(
            &def(direction, thresholds),
            CityZone::fallback(),
            RangePreset::Day,
            Lang::En,
            &ChartWindows::default(),
        )
    }

    fn sides(model: &SeriesModel) -> Vec<(f64, ThresholdLevel, BadSide)> {
        model
            .thresholds
            .iter()
            .map(|line| (line.value, line.level, line.bad_side))
            .collect()
    }

    #[test]
    fn down_kpi_is_worse_above_its_lines() {
        let model = model(
            Direction::Down,
            Thresholds {
                warning: Some(1.5),
                alert: Some(1.6),
                ..Thresholds::default()
            },
        );
        assert_eq!(
            sides(&model),
            vec![
                (1.5, ThresholdLevel::Warning, BadSide::Above),
                (1.6, ThresholdLevel::Alert, BadSide::Above),
            ]
        );
        assert_eq!(model.thresholds[0].label, "Warning 1.50 m");
        assert_eq!(model.target.as_ref().map(|t| t.value), Some(1.4));
    }

    #[test]
    fn up_kpi_is_worse_below_its_lines_and_ignores_low_levels() {
        let model = model(
            Direction::Up,
            Thresholds {
                warning: Some(95.0),
                alert: Some(90.0),
                warning_low: Some(1.0),
                alert_low: None,
            },
        );
        assert_eq!(
            sides(&model),
            vec![
                (95.0, ThresholdLevel::Warning, BadSide::Below),
                (90.0, ThresholdLevel::Alert, BadSide::Below),
            ]
        );
    }

    #[test]
    fn band_kpi_has_lines_on_both_sides() {
        let model = model(
            Direction::Band,
            Thresholds {
                warning: Some(3000.0),
                alert: Some(3500.0),
                warning_low: Some(1500.0),
                alert_low: Some(500.0),
            },
        );
        assert_eq!(
            sides(&model),
            vec![
                (3000.0, ThresholdLevel::Warning, BadSide::Above),
                (3500.0, ThresholdLevel::Alert, BadSide::Above),
                (1500.0, ThresholdLevel::Warning, BadSide::Below),
                (500.0, ThresholdLevel::Alert, BadSide::Below),
            ]
        );
        assert_eq!(model.thresholds[2].label, "Warning (low) 1,500 m");
    }

    #[test]
    fn previous_period_is_shifted_forward_by_the_window_length() {
        let windows = ChartWindows {
            from_ms: DAY_MS,
            to_ms: 2 * DAY_MS,
            current: vec![Observation {
                t_ms: DAY_MS + 1_000,
                value: 2.0,
            }],
            previous: vec![
                Observation {
                    t_ms: 1_000,
                    value: 1.0,
                },
                Observation {
                    t_ms: DAY_MS - 1_000,
                    value: f64::NAN,
                },
            ],
        };
        let model = SeriesModel::from_observations(
            &def(Direction::Down, Thresholds::default()),
            CityZone::fallback(),
            RangePreset::Day,
            Lang::En,
            &windows,
        );
        assert_eq!(model.points, vec![[86_401.0, 2.0]]);
        // Same time of day, one window later: it lines up with the current point.
        assert_eq!(model.previous_period, vec![[86_401.0, 1.0]]);
        assert!(model.empty_message.is_none());
        assert_eq!(model.utc_offset_secs, 7 * 3_600);
    }

    #[test]
    fn no_points_says_so_in_both_languages() {
        let en = model(Direction::Down, Thresholds::default());
        assert_eq!(
            en.empty_message.as_deref(),
            Some("No observations in this range")
        );
        let vi = SeriesModel::from_observations(
            &def(Direction::Down, Thresholds::default()),
            CityZone::fallback(),
            RangePreset::Week,
            Lang::Vi,
            &ChartWindows::default(),
        );
        assert_eq!(vi.title, "Đỉnh triều tại Phú An");
        assert_ne!(vi.empty_message, en.empty_message);
        assert_eq!(RangePreset::Week.label(Lang::En), "7 d");
    }
}
