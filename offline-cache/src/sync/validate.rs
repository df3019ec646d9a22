//! Checks on what the server sent, before anything is stored: an answer that fails them is
//! recorded as an error for its resource and the stored data stays as it was.

use std::collections::HashSet;

use reqwest::Url;

use crate::error::{Error, Result};
use crate::model::{API_VERSION, AlertsPage, Catalog, LatestValues, SeriesPage};

fn invalid(url: &Url, detail: String) -> Error {
    Error::InvalidResponse {
        url: url.to_string(),
        detail,
    }
}

/// A KPI id we are willing to put in URLs and tables.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Refuses a catalog of another API version whole; otherwise keeps the KPIs with a usable id
/// (the first of any listed twice) and a positive update interval, drops a target's due date
/// that is not a date (the target stays, with no date to miss), and names what it skipped.
pub(super) fn catalog(catalog: &mut Catalog, url: &Url) -> Result<Skipped> {
    let major = catalog.api_version.split('.').next().unwrap_or_default();
    if major != API_VERSION {
        return Err(invalid(
            url,
            format!(
                "the server speaks API version {}, this build speaks {API_VERSION}",
                catalog.api_version
            ),
        ));
    }
    let mut skipped = Skipped::default();
    let mut seen = HashSet::new();
    catalog.kpis.retain(|kpi| {
        let reason = if !valid_id(&kpi.id) {
            format!("a KPI has an unusable id {:?}", kpi.id)
        } else if !seen.insert(kpi.id.clone()) {
            format!("KPI {} is listed twice (the first was kept)", kpi.id)
        } else if kpi.interval_secs <= 0 {
            format!("KPI {} has no positive update interval", kpi.id)
        } else {
            return true;
        };
        skipped.add(reason);
        false
    });
    for kpi in &mut catalog.kpis {
        let Some(target) = kpi.target.as_mut() else {
            continue;
        };
        let due_is_a_date = target
            .due
            .as_deref()
            .is_none_or(|due| chrono::NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d").is_ok());
        if !due_is_a_date {
            skipped.add(format!(
                "KPI {}'s target date {:?} is not a date (the target is kept without it)",
                kpi.id,
                target.due.take().unwrap_or_default()
            ));
        }
    }
    Ok(skipped)
}

/// Earliest time a record may carry: nothing the operations center serves predates 2000.
const EARLIEST_PLAUSIBLE_MS: i64 = 946_684_800_000;
/// How far past the server's clock (or ours) a record may be: a day of clock skew.
const FUTURE_SLACK_MS: i64 = 86_400_000;

/// The records of an answer that failed their checks: they are skipped and named, and the good
/// records beside them are stored.
#[derive(Debug, Default)]
pub(super) struct Skipped {
    reasons: Vec<String>,
}

impl Skipped {
    /// How many reasons an error message names before it says "and N more".
    const NAMED: usize = 3;

    fn add(&mut self, reason: String) {
        self.reasons.push(reason);
    }

    pub(super) fn is_empty(&self) -> bool {
        self.reasons.is_empty()
    }

    pub(super) fn extend(&mut self, other: Skipped) {
        self.reasons.extend(other.reasons);
    }

    /// The error recorded for the resource: what was skipped and why; `None` when nothing was.
    pub(super) fn into_error(self, what: &str, url: &Url) -> Option<Error> {
        let count = self.reasons.len();
        if count == 0 {
            return None;
        }
        let mut named = self.reasons[..count.min(Self::NAMED)].join("; ");
        if count > Self::NAMED {
            named.push_str(&format!("; and {} more", count - Self::NAMED));
        }
        Some(invalid(
            url,
            format!("skipped {count} {what} (the others were stored): {named}"),
        ))
    }
}

/// The times a record may carry: from 2000 to a day past the server's clock or ours, whichever
/// is later.
fn plausible_times(catalog: &Catalog) -> std::ops::RangeInclusive<i64> {
    let latest_ms = catalog
        .server_time_ms
        .max(crate::store::now_ms())
        .saturating_add(FUTURE_SLACK_MS);
    EARLIEST_PLAUSIBLE_MS..=latest_ms
}

/// Keeps the latest values that name a catalog KPI with a finite value at a plausible time.
pub(super) fn latest(latest: &mut LatestValues, catalog: &Catalog) -> Skipped {
    let mut skipped = Skipped::default();
    let plausible = plausible_times(catalog);
    latest.values.retain(|value| {
        let previous_finite = value
            .previous
            .is_none_or(|previous| previous.value.is_finite());
        let reason = if catalog.kpi(&value.kpi_id).is_none() {
            format!("KPI {:?} is not in the catalog", value.kpi_id)
        } else if !value.value.is_finite() || !previous_finite {
            format!("KPI {} has a value that is not a number", value.kpi_id)
        } else if !plausible.contains(&value.t_ms) {
            format!(
                "KPI {} is dated {}",
                value.kpi_id,
                describe_implausible(value.t_ms)
            )
        } else {
            return true;
        };
        skipped.add(reason);
        false
    });
    skipped
}

/// Keeps the alerts with an id, a plausible time, and a KPI (if they name one) from the catalog.
pub(super) fn alerts(page: &mut AlertsPage, catalog: &Catalog) -> Skipped {
    let mut skipped = Skipped::default();
    let plausible = plausible_times(catalog);

    page.alerts.retain(|alert| {
        let unknown_kpi = alert
            .kpi_id
            .as_deref()
            .filter(|kpi_id| catalog.kpi(kpi_id).is_none());
        let reason = if alert.id.is_empty() {
            format!("an alert at {} has no id", describe_time(alert.t_ms))
        } else if let Some(kpi_id) = unknown_kpi {
            format!(
                "alert {:?} names KPI {kpi_id:?}, which is not in the catalog",
                alert.id
            )
        } else if !plausible.contains(&alert.t_ms) {
            format!(
                "alert {:?} is dated {}",
                alert.id,
                describe_implausible(alert.t_ms)
            )
        } else {
            return true;
        };
        skipped.add(reason);
        false
    });
    skipped
}

/// A time outside the plausible range, said with why: before 2000, or in the future.
fn describe_implausible(t_ms: i64) -> String {
    let why = if t_ms < EARLIEST_PLAUSIBLE_MS {
        "before 2000"
    } else {
        "in the future, more than a day past the server's clock"
    };
    format!("{} ({why})", describe_time(t_ms))
}

/// A time for an error message, in UTC, or the raw number when it is no date at all.
pub(super) fn describe_time(t_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(t_ms).map_or_else(
        || format!("{t_ms} ms"),
        |time| time.format("%Y-%m-%d %H:%M UTC").to_string(),
    )
}

pub(super) fn series_page(page: &SeriesPage, kpi_id: &str, url: &Url) -> Result<()> {
    if page.kpi_id != kpi_id {
        return Err(invalid(
            url,
            format!(
                "asked for the series of {kpi_id} but got KPI {:?}",
                page.kpi_id
            ),
        ));
    }
    let mut previous_ms = i64::MIN;
    for point in &page.points {
        if !point.value.is_finite() {
            return Err(invalid(
                url,
                format!("{kpi_id} has a value that is not a number"),
            ));
        }
        if point.t_ms <= previous_ms {
            return Err(invalid(
                url,
                format!("{kpi_id} observations are not in time order"),
            ));
        }
        previous_ms = point.t_ms;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::{Direction, Domain, Frequency, KpiDef, LatestValue, LocalizedText, Quality};

    #[test]
    fn a_server_clock_at_the_end_of_time_neither_panics_nor_skips_plausible_records() {
        // A server's clock is its own word: a day of slack past i64::MAX overflowed (a panic
        // in a debug build; every record dated implausible in a release build).
        let catalog = Catalog {
            api_version: "1".into(),
            city: crate::store::tests::city(),
            server_time_ms: i64::MAX,
            simulated: true,
            data_notice: LocalizedText::default(),
            kpis: vec![KpiDef::new(
                "EN03",
                LocalizedText::new("PM2.5", "PM2.5"),
                Domain::Environment,
                "µg/m³",
                Frequency::Hourly,
                Direction::Down,
            )],
            layers: Vec::new(),
            basemap: None,
            data_epoch: None,
        };
        let mut latest = LatestValues {
            server_time_ms: i64::MAX,
            values: vec![LatestValue {
                kpi_id: "EN03".into(),
                t_ms: 1_796_000_000_000,
                value: 21.5,
                quality: Quality::Good,
                previous: None,
            }],
        };
        assert!(super::latest(&mut latest, &catalog).is_empty());
        assert_eq!(latest.values.len(), 1);
    }
}
