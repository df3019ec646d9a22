//! The one rule for a KPI's status, which every face shows the same way (the card's colour and
//! shape, the attention strip, the command line, the wall and the briefing):
//!
//! 1. No finite value: **Neutral** (nothing to judge).
//! 2. An alert level of the catalog's thresholds is crossed: **Alert**.
//! 3. The target is not met and its due date has passed: **Overdue** ("target missed").
//! 4. A warning level is crossed: **Warning**.
//! 5. The target is not met and the value is far from it: **Alert**. Far means under half of
//!    a target to rise to, or over twice a target to come down to (a target of zero or less
//!    has no "far"): the IT budget at 0.37 % against 1 %, PM2.5 at 30 against 5.
//! 6. The target is not met otherwise: **Warning**.
//! 7. The target is met, or the value sits inside its thresholds: **Good**; a KPI with neither
//!    target nor thresholds is **Neutral**.
//!
//! Thresholds cross for `up` KPIs below a level, for `down` KPIs above it; `band` KPIs use the
//! `_low` levels below and the plain ones above. A due date is the end of that day, UTC.

use offline_cache::model::{Direction, KpiDef, KpiStatus, Target};

/// A target this much off (half of it, or twice it) counts as far from it.
const FAR_FROM_TARGET_RATIO: f64 = 2.0;

/// The status of `value` for `def` at `now_ms`, by the rules of this module.
pub fn kpi_status(def: &KpiDef, value: f64, now_ms: i64) -> KpiStatus {
    if !value.is_finite() {
        return KpiStatus::Neutral;
    }
    let t = &def.thresholds;
    let crosses = |level: Option<f64>, above: bool| {
        level.is_some_and(|level| if above { value > level } else { value < level })
    };
    let (alert, warning) = match def.direction {
        Direction::Up => (crosses(t.alert, false), crosses(t.warning, false)),
        Direction::Down => (crosses(t.alert, true), crosses(t.warning, true)),
        Direction::Band => (
            crosses(t.alert, true) || crosses(t.alert_low, false),
            crosses(t.warning, true) || crosses(t.warning_low, false),
        ),
    };
    if alert {
        return KpiStatus::Alert;
    }
    let missed = def
        .target
        .as_ref()
        .filter(|target| !meets(def.direction, target, value));
    if let Some(target) = missed
        && target_due_ms(target).is_some_and(|due_ms| now_ms > due_ms)
    {
        return KpiStatus::Overdue;
    }
    if warning {
        return KpiStatus::Warning;
    }
    let has_thresholds = t.warning.is_some()
        || t.alert.is_some()
        || t.warning_low.is_some()
        || t.alert_low.is_some();
    match (missed, &def.target) {
        (Some(target), _) if far_from(def.direction, target, value) => KpiStatus::Alert,
        (Some(_), _) => KpiStatus::Warning,
        (None, Some(_)) => KpiStatus::Good,
        (None, None) if has_thresholds => KpiStatus::Good,
        (None, None) => KpiStatus::Neutral,
    }
}

/// How much a status asks for attention, most first: Alert, Overdue, Warning, Good, Neutral.
pub fn severity(status: KpiStatus) -> u8 {
    match status {
        KpiStatus::Alert => 4,
        KpiStatus::Overdue => 3,
        KpiStatus::Warning => 2,
        KpiStatus::Good => 1,
        KpiStatus::Neutral => 0,
    }
}

/// Whether `value` meets `target` (a band KPI's target is met by any value).
fn meets(direction: Direction, target: &Target, value: f64) -> bool {
    match direction {
        Direction::Up => value >= target.value,
        Direction::Down => value <= target.value,
        Direction::Band => true,
    }
}

fn far_from(direction: Direction, target: &Target, value: f64) -> bool {
    if target.value <= 0.0 {
        return false;
    }
    match direction {
        Direction::Up => value * FAR_FROM_TARGET_RATIO < target.value,
        Direction::Down => value > target.value * FAR_FROM_TARGET_RATIO,
        Direction::Band => false,
    }
}

/// The end of the target's due day (`2030-12-31` is due until 23:59:59 UTC), if it has one.
pub fn target_due_ms(target: &Target) -> Option<i64> {
    let due = target.due.as_deref()?.trim();
    let date = chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").ok()?;
    let end = date.and_hms_opt(23, 59, 59)?;
    Some(end.and_utc().timestamp_millis())
}

#[cfg(test)]
mod tests {
    use offline_cache::model::{Domain, Frequency, LocalizedText, Thresholds};

    use super::*;

    /// 2026-12-04, the day these cases are read at.
    const NOW_MS: i64 = 1_796_342_400_000;

    fn kpi(
        direction: Direction,
        thresholds: Thresholds,
        target: Option<(f64, Option<&str>)>,
    ) -> KpiDef {
        KpiDef {
            target: target.map(|(value, due)| Target {
                value,
                due: due.map(str::to_owned),
            }),
            thresholds,
            ..KpiDef::new(
                "X",
                LocalizedText::new("x", "x"),
                Domain::Environment,
                "m",
                Frequency::FiveMinutes,
                direction,
            )
        }
    }

    fn levels(warning: f64, alert: f64) -> Thresholds {
        Thresholds {
            warning: Some(warning),
            alert: Some(alert),
            ..Thresholds::default()
        }
    }

    #[test]
    fn the_rules_in_a_table() {
        use Direction::{Band, Down, Up};
        use KpiStatus::{Alert, Good, Neutral, Overdue, Warning};
        let none = Thresholds::default;
        let band = Thresholds {
            warning: Some(3000.0),
            alert: Some(3500.0),
            warning_low: Some(1500.0),
            alert_low: Some(500.0),
        };
        #[rustfmt::skip]
        let cases: Vec<(&str, KpiDef, f64, KpiStatus)> = vec![
            ("no value", kpi(Up, none(), Some((25.0, None))), f64::NAN, Neutral),
            ("nothing to judge by", kpi(Up, none(), None), 3.0, Neutral),
            ("tide under its warning level", kpi(Down, levels(1.5, 1.6), None), 1.4, Good),
            ("tide past its warning level", kpi(Down, levels(1.5, 1.6), None), 1.55, Warning),
            ("tide past its alert level", kpi(Down, levels(1.5, 1.6), None), 1.7, Alert),
            ("band, normal", kpi(Band, band.clone(), None), 2000.0, Good),
            ("band, low warning", kpi(Band, band.clone(), None), 1000.0, Warning),
            ("band, low alert", kpi(Band, band.clone(), None), 100.0, Alert),
            ("band, high warning", kpi(Band, band.clone(), None), 3200.0, Warning),
            ("band, high alert", kpi(Band, band, None), 4000.0, Alert),
            ("target met", kpi(Up, none(), Some((25.0, Some("2030-12-31")))), 26.0, Good),
            ("behind, due later", kpi(Up, none(), Some((25.0, Some("2030-12-31")))), 21.5, Warning),
            ("behind, no due date", kpi(Up, none(), Some((25.0, None))), 21.5, Warning),
            ("due date passed, not met", kpi(Up, none(), Some((25.0, Some("2025-12-31")))), 21.8, Overdue),
            ("due date passed, met", kpi(Up, none(), Some((25.0, Some("2025-12-31")))), 25.0, Good),
            ("due date passed beats a warning", kpi(Up, levels(22.0, 10.0), Some((25.0, Some("2025-12-31")))), 21.8, Overdue),
            ("an alert level beats a missed date", kpi(Up, levels(22.0, 22.0), Some((25.0, Some("2025-12-31")))), 21.8, Alert),
            ("IT budget far under its target", kpi(Up, none(), Some((1.0, Some("2030-12-31")))), 0.37, Alert),
            ("PM2.5 far over its target", kpi(Down, none(), Some((5.0, Some("2030-12-31")))), 30.0, Alert),
            ("down, behind but near", kpi(Down, none(), Some((5.0, Some("2030-12-31")))), 8.0, Warning),
            ("a zero target has no far", kpi(Down, none(), Some((0.0, None))), 30.0, Warning),
            ("thresholds say good, target unmet", kpi(Up, levels(90.0, 80.0), Some((98.0, None))), 95.0, Warning),
        ];
        for (case, def, value, expected) in cases {
            assert_eq!(kpi_status(&def, value, NOW_MS), expected, "{case}");
        }
    }

    #[test]
    fn severity_orders_what_needs_attention_first() {
        use KpiStatus::{Alert, Good, Neutral, Overdue, Warning};
        let mut statuses = [Good, Alert, Neutral, Warning, Overdue];
        statuses.sort_by_key(|status| std::cmp::Reverse(severity(*status)));
        assert_eq!(statuses, [Alert, Overdue, Warning, Good, Neutral]);
    }

    #[test]
    fn a_due_date_lasts_its_whole_day() {
        let target = Target {
            value: 1.0,
            due: Some("2025-12-31".into()),
        };
        let due = target_due_ms(&target).unwrap();
        assert_eq!(due, 1_767_225_599_000);
        assert_eq!(
            target_due_ms(&Target {
                value: 1.0,
                due: Some("soon".into())
            }),
            None
        );
    }
}
