//! The change since a KPI's previous value, as a card shows it: which way, whether for the
//! better, and in words with its unit and since when ("+0.07 m since 18:51", "+1.6 percentage
//! points since 2025").

use offline_cache::model::{Direction, Frequency, KpiDef, LatestValue, Observation};

use crate::format::{CityZone, decimals_for, format_delta, format_number, unit_text, with_unit};
use crate::i18n::I18n;

/// Which way a value moved since the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeDirection {
    Up,
    Down,
    /// No change at the precision shown.
    Flat,
}

/// The change since the previous value.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeModel {
    pub direction: ChangeDirection,
    /// `Some(true)` when the change is for the better given the KPI's direction, `Some(false)`
    /// when for the worse, `None` when neither (flat, or a band KPI).
    pub better: Option<bool>,
    /// `+0.05 m since 18:51`.
    pub text: String,
    /// `better` or `worse`, so colour is not the only cue.
    pub verdict: Option<String>,
}

/// The change from `previous` to the latest value, judged against the KPI's direction, with
/// its unit (a share's change in percentage points) and since when, as precisely as the KPI's
/// frequency needs: "+0.07 m since 14:05", "+1.6 percentage points since 2025". A change that
/// rounds to zero at the precision the value is shown with is flat.
pub fn change(
    latest: &LatestValue,
    previous: &Observation,
    def: &KpiDef,
    i18n: &I18n,
    zone: &CityZone,
) -> ChangeModel {
    let (value, previous_value) = (latest.value, previous.value);
    let decimals = decimals_for(value).max(decimals_for(previous_value));
    let delta = value - previous_value;
    let shown = format_number(delta, decimals, i18n);
    let rounds_to_zero = shown.bytes().all(|b| !b.is_ascii_digit() || b == b'0');
    if rounds_to_zero {
        return ChangeModel {
            direction: ChangeDirection::Flat,
            better: None,
            text: i18n.t("card.change_flat").to_owned(),
            verdict: None,
        };
    }
    let up = delta > 0.0;
    let better = match def.direction {
        Direction::Up => Some(up),
        Direction::Down => Some(!up),
        Direction::Band => None,
    };
    let delta_text = with_unit(
        &format_delta(delta, decimals, i18n),
        change_unit(&def.unit, i18n).as_deref(),
    );
    ChangeModel {
        direction: if up {
            ChangeDirection::Up
        } else {
            ChangeDirection::Down
        },
        better,
        text: change_since(
            &delta_text,
            previous.t_ms,
            latest.t_ms,
            def.frequency,
            i18n,
            zone,
        ),
        verdict: better.map(|better| {
            let key = if better {
                "card.change_better"
            } else {
                "card.change_worse"
            };
            i18n.t(key).to_owned()
        }),
    }
}

/// The unit of a change: a share's change is in percentage points, not percent.
fn change_unit(unit: &str, i18n: &I18n) -> Option<String> {
    if unit.trim() == "%" {
        Some(i18n.t("unit.percentage_points").to_owned())
    } else {
        unit_text(unit, i18n)
    }
}

/// `delta` since the previous value at `previous_ms`, named as the KPI's frequency counts time:
/// a time of day for values minutes or hours apart, a date for daily ones, then a month, a
/// quarter, a year.
fn change_since(
    delta: &str,
    previous_ms: i64,
    latest_ms: i64,
    frequency: Frequency,
    i18n: &I18n,
    zone: &CityZone,
) -> String {
    let plain = |key: &str| zone.format_plain(previous_ms, i18n.t(key));
    let with_when = |key: &str, when: String| i18n.tf(key, &[("delta", delta), ("when", &when)]);
    match frequency {
        Frequency::Live | Frequency::FiveMinutes | Frequency::Hourly
            if latest_ms - previous_ms < HOURS_SHOWN_AS_A_TIME_MS =>
        {
            with_when("card.change.at_time", plain("format.axis_time"))
        }
        Frequency::Live | Frequency::FiveMinutes | Frequency::Hourly | Frequency::Daily => {
            // A date of this year needs no year: "since 04/12".
            let same_year =
                zone.format_plain(previous_ms, "%Y") == zone.format_plain(latest_ms, "%Y");
            let key = if same_year {
                "format.axis_date"
            } else {
                "format.date"
            };
            with_when("card.change.on_date", plain(key))
        }
        Frequency::Monthly => with_when("card.change.in_month", plain("format.month")),
        Frequency::Quarterly => {
            let month: u32 = zone.format_plain(previous_ms, "%m").parse().unwrap_or(1);
            i18n.tf(
                "card.change.in_quarter",
                &[
                    ("delta", delta),
                    ("quarter", &(month.saturating_sub(1) / 3 + 1).to_string()),
                    ("year", &zone.format_plain(previous_ms, "%Y")),
                ],
            )
        }
        Frequency::Annual => i18n.tf(
            "card.change.in_year",
            &[
                ("delta", delta),
                ("year", &zone.format_plain(previous_ms, "%Y")),
            ],
        ),
    }
}

/// A previous value less than this before the latest is named by its time of day ("since
/// 14:05"); an older one by its date.
const HOURS_SHOWN_AS_A_TIME_MS: i64 = 12 * 3_600_000;
