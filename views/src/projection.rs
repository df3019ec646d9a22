//! The projection to a target, fitted so that noise cannot pass for progress:
//!
//! 1. The recent history is averaged per month (per observation for quarterly and annual KPIs),
//!    so a noisy daily series weighs as much as a tidy monthly one.
//! 2. It needs enough of it: [`MIN_AGGREGATES`] averages spanning half a year or more
//!    ([`MIN_SPAN_MS`]); with less, the projection says it cannot tell.
//! 3. The trend is the median of the slopes between every pair of averages (Theil-Sen), which a
//!    few outliers do not move; the slopes' quartiles give the pace's range.
//! 4. If the median pace is not toward the target, it is not moving toward it. If it is, but
//!    the slower quartile is not, the history is too uneven to tell.
//! 5. Otherwise the target is reached between the years the fast and slow quartiles give (one
//!    year when they agree), on track when that is by its due date at the median pace.

use offline_cache::model::units::DAY_MS;
use offline_cache::model::{Direction, Frequency, KpiDef, Observation};

const MS_PER_YEAR: f64 = 365.25 * 86_400_000.0;
/// The averages a projection needs at the least.
pub const MIN_AGGREGATES: usize = 4;
/// The history a projection needs at the least, first average to last.
pub const MIN_SPAN_MS: i64 = 182 * DAY_MS;
/// Projections further out than this are not a pace: the trend is flat.
const HORIZON_YEARS: f64 = 100.0;
/// The length of a month, for the monthly averages.
const MONTH_MS: i64 = 2_629_800_000;

/// What the trend says about a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Projection {
    /// The latest value already meets the target.
    Met,
    /// At the median pace the target is reached by its due date, between these years.
    OnTrack {
        earliest_year: i32,
        latest_year: i32,
    },
    /// At the median pace the target is reached after its due date, between these years.
    Late {
        earliest_year: i32,
        latest_year: i32,
    },
    /// The trend is flat or moving away from the target.
    NotMoving,
    /// Too little or too uneven history to say.
    CannotTell,
    /// No target, a band KPI or no value: nothing to project.
    NotApplicable,
}

/// Projects the trend of `recent` (oldest first) to the KPI's target and due date.
pub fn project(def: &KpiDef, recent: &[Observation]) -> Projection {
    let Some(target) = &def.target else {
        return Projection::NotApplicable;
    };
    let up = match def.direction {
        Direction::Up => true,
        Direction::Down => false,
        Direction::Band => return Projection::NotApplicable,
    };
    let Some(last) = recent.iter().rev().find(|point| point.value.is_finite()) else {
        return Projection::NotApplicable;
    };
    let met = if up {
        last.value >= target.value
    } else {
        last.value <= target.value
    };
    if met {
        return Projection::Met;
    }
    let averages = aggregate(recent, def.frequency);
    let span_ms = match (averages.first(), averages.last()) {
        (Some(first), Some(last)) => last.0 - first.0,
        _ => 0.0,
    };
    if averages.len() < MIN_AGGREGATES || span_ms < MIN_SPAN_MS as f64 {
        return Projection::CannotTell;
    }
    let Some(slopes) = Slopes::of(&averages) else {
        return Projection::CannotTell;
    };
    // Paces signed so that positive is toward the target.
    let toward = |slope: f64| if up { slope } else { -slope };
    let (median, slow, fast) = (
        toward(slopes.median),
        toward(slopes.low).min(toward(slopes.high)),
        toward(slopes.low).max(toward(slopes.high)),
    );
    if median <= 0.0 {
        return Projection::NotMoving;
    }
    if slow <= 0.0 {
        return Projection::CannotTell;
    }
    // From the fitted value at the last average, at each pace.
    let (t_last, _) = averages[averages.len() - 1];
    let fitted_last = slopes.intercept + slopes.median * t_last;
    let gap = (target.value - fitted_last).abs();
    let reach = |pace: f64| t_last + gap / pace;
    let (earliest, at_median, latest) = (reach(fast), reach(median), reach(slow));
    if at_median - t_last > HORIZON_YEARS * MS_PER_YEAR {
        return Projection::NotMoving;
    }
    let years = (
        year_of(earliest),
        year_of(latest.min(t_last + HORIZON_YEARS * MS_PER_YEAR)),
    );
    let due_ms = crate::status::target_due_ms(target);
    match due_ms {
        Some(due_ms) if at_median > due_ms as f64 => Projection::Late {
            earliest_year: years.0,
            latest_year: years.1,
        },
        _ => Projection::OnTrack {
            earliest_year: years.0,
            latest_year: years.1,
        },
    }
}

/// `(mean time, mean value)` per month, or per observation for quarterly and annual KPIs,
/// oldest first; values that are not finite are left out.
fn aggregate(points: &[Observation], frequency: Frequency) -> Vec<(f64, f64)> {
    let finite = points.iter().filter(|point| point.value.is_finite());
    if matches!(frequency, Frequency::Quarterly | Frequency::Annual) {
        return finite.map(|p| (p.t_ms as f64, p.value)).collect();
    }
    let mut averages: Vec<(i64, f64, f64, usize)> = Vec::new();
    for point in finite {
        let month = point.t_ms.div_euclid(MONTH_MS);
        match averages.last_mut() {
            Some((bucket, t_sum, v_sum, count)) if *bucket == month => {
                *t_sum += point.t_ms as f64;
                *v_sum += point.value;
                *count += 1;
            }
            _ => averages.push((month, point.t_ms as f64, point.value, 1)),
        }
    }
    averages
        .into_iter()
        .map(|(_, t_sum, v_sum, count)| (t_sum / count as f64, v_sum / count as f64))
        .collect()
}

/// The Theil-Sen fit: the median of the pairwise slopes (per millisecond), their quartiles,
/// and the median intercept at that slope.
struct Slopes {
    median: f64,
    low: f64,
    high: f64,
    intercept: f64,
}

impl Slopes {
    fn of(points: &[(f64, f64)]) -> Option<Slopes> {
        let mut slopes = Vec::with_capacity(points.len() * points.len() / 2);
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                if b.0 > a.0 {
                    slopes.push((b.1 - a.1) / (b.0 - a.0));
                }
            }
        }
        if slopes.is_empty() {
            return None;
        }
        slopes.sort_by(f64::total_cmp);
        let median = quantile(&slopes, 0.5);
        let mut intercepts: Vec<f64> = points.iter().map(|(t, v)| v - median * t).collect();
        intercepts.sort_by(f64::total_cmp);
        Some(Slopes {
            median,
            low: quantile(&slopes, 0.25),
            high: quantile(&slopes, 0.75),
            intercept: quantile(&intercepts, 0.5),
        })
    }
}

/// The `q` quantile of sorted `values`, interpolated.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let weight = position - below as f64;
    sorted[below] * (1.0 - weight) + sorted[above] * weight
}

fn year_of(t_ms: f64) -> i32 {
    (1970.0 + t_ms / MS_PER_YEAR).floor() as i32
}

#[cfg(test)]
mod tests {
    use offline_cache::model::{Domain, Frequency, LocalizedText, Target};

    use super::*;

    const YEAR_MS: i64 = 31_557_600_000;

    fn kpi(direction: Direction, target: f64, due: &str) -> KpiDef {
        KpiDef {
            target: Some(Target {
                value: target,
                due: Some(due.into()),
            }),
            ..KpiDef::new(
                "DE01",
                LocalizedText::new("Digital economy share", "Tỷ trọng kinh tế số"),
                Domain::DigitalEconomy,
                "%",
                Frequency::Annual,
                direction,
            )
        }
    }

    /// Yearly values from 2022 on, starting at `first` and changing by `per_year`.
    fn yearly(first: f64, per_year: f64, years: usize) -> Vec<Observation> {
        let start_2022 = crate::status::target_due_ms(&Target {
            value: 0.0,
            due: Some("2021-12-31".into()),
        })
        .unwrap()
            + 1_000;
        (0..years)
            .map(|i| Observation {
                t_ms: start_2022 + i as i64 * YEAR_MS,
                value: first + per_year * i as f64,
            })
            .collect()
    }

    #[test]
    fn a_steady_climb_reaches_the_target_in_time_or_late() {
        // 20 % in 2022, +2.5 points a year: 40 % around 2030.
        let series = yearly(20.0, 2.5, 4);
        assert!(matches!(
            project(&kpi(Direction::Up, 40.0, "2031-12-31"), &series),
            Projection::OnTrack { .. }
        ));
        assert_eq!(
            project(&kpi(Direction::Up, 40.0, "2025-12-31"), &series),
            Projection::Late {
                earliest_year: 2030,
                latest_year: 2030
            }
        );
    }

    /// Daily values over `days` up to 2026-12-01: `level` plus `per_day`, with a weekly swing of
    /// `swing` either way.
    fn daily(level: f64, per_day: f64, swing: f64, days: i64) -> Vec<Observation> {
        let end = 1_796_083_200_000_i64;
        (0..days)
            .map(|day| {
                let wave = if day % 7 < 3 { swing } else { -swing };
                Observation {
                    t_ms: end - (days - day) * DAY_MS,
                    value: level + per_day * day as f64 + wave,
                }
            })
            .collect()
    }

    #[test]
    fn the_projection_rules_in_a_table() {
        let mut pm25 = kpi(Direction::Down, 5.0, "2030-12-31");
        pm25.frequency = Frequency::Daily;
        let mut share = kpi(Direction::Up, 40.0, "2030-12-31");
        share.frequency = Frequency::Monthly;
        #[rustfmt::skip]
        let cases: Vec<(&str, &KpiDef, Vec<Observation>, Projection)> = vec![
            // PM2.5 around 30 for a month against 5: no pace to speak of.
            ("a month of noise", &pm25, daily(30.0, 0.0, 4.0, 30), Projection::CannotTell),
            ("a year of noise", &pm25, daily(30.0, 0.0, 4.0, 365), Projection::CannotTell),
            ("a year of slow rise", &pm25, daily(30.0, 0.01, 1.0, 365), Projection::NotMoving),
            ("two years of steady fall", &pm25, daily(30.0, -0.02, 1.0, 730),
                Projection::OnTrack { earliest_year: 2028, latest_year: 2028 }),
            ("two years of slow fall", &pm25, daily(30.0, -0.005, 1.0, 730),
                Projection::Late { earliest_year: 2035, latest_year: 2035 }),
            ("monthly, three points", &share, yearly(20.0, 2.5, 3), Projection::CannotTell),
        ];
        for (case, def, series, expected) in cases {
            let got = project(def, &series);
            match (got, expected) {
                (Projection::Late { .. }, Projection::Late { .. })
                | (Projection::OnTrack { .. }, Projection::OnTrack { .. }) => {}
                _ => assert_eq!(got, expected, "{case}"),
            }
        }
    }

    #[test]
    fn met_flat_and_moving_away() {
        assert_eq!(
            project(
                &kpi(Direction::Up, 20.0, "2030-12-31"),
                &yearly(21.0, 1.0, 3)
            ),
            Projection::Met
        );
        assert_eq!(
            project(
                &kpi(Direction::Up, 40.0, "2030-12-31"),
                &yearly(21.0, 0.0, 4)
            ),
            Projection::NotMoving
        );
        assert_eq!(
            project(
                &kpi(Direction::Up, 40.0, "2030-12-31"),
                &yearly(21.0, -1.0, 4)
            ),
            Projection::NotMoving
        );
        // Lower is better: non-revenue water falling towards 14.5 %.
        assert!(matches!(
            project(
                &kpi(Direction::Down, 14.5, "2030-12-31"),
                &yearly(20.0, -1.0, 4)
            ),
            Projection::OnTrack { .. }
        ));
    }

    #[test]
    fn nothing_to_project() {
        let mut band = kpi(Direction::Band, 10.0, "2030-12-31");
        assert_eq!(
            project(&band, &yearly(1.0, 1.0, 3)),
            Projection::NotApplicable
        );
        band.direction = Direction::Up;
        // One value is no trend: it says it cannot tell.
        assert_eq!(project(&band, &yearly(1.0, 1.0, 1)), Projection::CannotTell);
        assert_eq!(project(&band, &[]), Projection::NotApplicable);
        band.target = None;
        assert_eq!(
            project(&band, &yearly(1.0, 1.0, 3)),
            Projection::NotApplicable
        );
    }
}
