//! The projection to a target: a straight line fitted to the recent trend, carried forward to
//! the target's due date, says whether the city is on track or when, at this pace, the target
//! would be reached.

use offline_cache::model::{Direction, KpiDef, Observation};

const MS_PER_YEAR: f64 = 365.25 * 86_400_000.0;

/// What the trend says about a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Projection {
    /// The latest value already meets the target.
    Met,
    /// At this pace the target is reached by its due date (at `reach_ms`).
    OnTrack { reach_ms: i64 },
    /// At this pace the target is reached after its due date, in `reach_year`.
    Late { reach_year: i32 },
    /// The trend is flat or moving away from the target.
    NotMoving,
    /// Too few observations, no target, or a band KPI: nothing to project.
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
    let Some(last) = recent.last() else {
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
    let Some((intercept, slope_per_ms)) = fit_line(recent) else {
        return Projection::NotApplicable;
    };
    let toward = if up {
        slope_per_ms > 0.0
    } else {
        slope_per_ms < 0.0
    };
    if !toward {
        return Projection::NotMoving;
    }
    let reach_ms = ((target.value - intercept) / slope_per_ms).max(last.t_ms as f64);
    if !reach_ms.is_finite() || reach_ms > 1e16 {
        return Projection::NotMoving;
    }
    let due_ms = crate::status::target_due_ms(target);
    match due_ms {
        Some(due_ms) if reach_ms > due_ms as f64 => Projection::Late {
            reach_year: year_of(reach_ms),
        },
        _ => Projection::OnTrack {
            reach_ms: reach_ms as i64,
        },
    }
}

/// Least-squares line through the points: `(value at t = 0, change per millisecond)`, or `None`
/// for fewer than two distinct times. Times are centred first so the sums stay accurate.
fn fit_line(points: &[Observation]) -> Option<(f64, f64)> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let mean_t = points.iter().map(|p| p.t_ms as f64).sum::<f64>() / n;
    let mean_v = points.iter().map(|p| p.value).sum::<f64>() / n;
    let (mut sxx, mut sxy) = (0.0, 0.0);
    for point in points {
        let dt = point.t_ms as f64 - mean_t;
        sxx += dt * dt;
        sxy += dt * (point.value - mean_v);
    }
    if sxx == 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    Some((mean_v - slope * mean_t, slope))
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
            Projection::Late { reach_year: 2030 }
        );
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
                &yearly(21.0, 0.0, 3)
            ),
            Projection::NotMoving
        );
        assert_eq!(
            project(
                &kpi(Direction::Up, 40.0, "2030-12-31"),
                &yearly(21.0, -1.0, 3)
            ),
            Projection::NotMoving
        );
        // Lower is better: non-revenue water falling towards 14.5 %.
        assert!(matches!(
            project(
                &kpi(Direction::Down, 14.5, "2030-12-31"),
                &yearly(20.0, -1.0, 3)
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
        assert_eq!(
            project(&band, &yearly(1.0, 1.0, 1)),
            Projection::NotApplicable
        );
        assert_eq!(project(&band, &[]), Projection::NotApplicable);
        band.target = None;
        assert_eq!(
            project(&band, &yearly(1.0, 1.0, 3)),
            Projection::NotApplicable
        );
    }
}
