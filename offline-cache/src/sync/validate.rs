//! Checks on what the server sent, before anything is stored: an answer that fails them is
//! recorded as an error for its resource and the stored data stays as it was.

use std::collections::HashSet;

use reqwest::Url;

use crate::error::{Error, Result};
use crate::http::Fetched;
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

pub(super) fn catalog(fetched: Fetched<Catalog>, url: &Url) -> Result<Fetched<Catalog>> {
    let Fetched::Fresh { value: catalog, .. } = &fetched else {
        return Ok(fetched);
    };
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
    let mut seen = HashSet::new();
    for kpi in &catalog.kpis {
        if !valid_id(&kpi.id) {
            return Err(invalid(
                url,
                format!("the catalog has a KPI with an unusable id {:?}", kpi.id),
            ));
        }
        if !seen.insert(kpi.id.as_str()) {
            return Err(invalid(
                url,
                format!("the catalog lists KPI {} twice", kpi.id),
            ));
        }
        if kpi.interval_secs <= 0 {
            return Err(invalid(
                url,
                format!("KPI {} has no positive update interval", kpi.id),
            ));
        }
    }
    Ok(fetched)
}

pub(super) fn latest(latest: &LatestValues, catalog: &Catalog, url: &Url) -> Result<()> {
    for value in &latest.values {
        if catalog.kpi(&value.kpi_id).is_none() {
            return Err(invalid(
                url,
                format!(
                    "a latest value names KPI {:?}, which is not in the catalog",
                    value.kpi_id
                ),
            ));
        }
        let previous_finite = value
            .previous
            .is_none_or(|previous| previous.value.is_finite());
        if !value.value.is_finite() || !previous_finite {
            return Err(invalid(
                url,
                format!("KPI {} has a value that is not a number", value.kpi_id),
            ));
        }
    }
    Ok(())
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

pub(super) fn alerts_page(page: &AlertsPage, url: &Url) -> Result<()> {
    if let Some(alert) = page.alerts.iter().find(|alert| alert.id.is_empty()) {
        return Err(invalid(
            url,
            format!("an alert at {} has no id", alert.t_ms),
        ));
    }
    Ok(())
}
