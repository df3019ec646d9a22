//! Retention, for a cache that syncs for weeks on end (a meeting-room wall): each KPI keeps
//! the readings of its last `keep` period, counted back from its newest reading (the server's
//! clock, not this machine's), and never fewer than its chart's trend needs
//! ([`MIN_HISTORY_POINTS`] intervals: an annual KPI keeps its twelve years); resolved alerts
//! older than `keep` go too. The cut falls on a whole UTC day, so the hourly and daily rollups go
//! with their readings and stay equal to them. SQLite reuses the freed pages: the file stops
//! growing instead of shrinking.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::Result;
use crate::model::MIN_HISTORY_POINTS;
use crate::model::units::DAY_MS;

/// What one pass of retention removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub observations: u64,
    pub alerts: u64,
}

impl Store {
    /// Removes readings and resolved alerts older than `keep_ms` (see the module's rules), in
    /// one transaction.
    pub fn prune(&mut self, keep_ms: i64) -> Result<Pruned> {
        self.in_transaction(|tx| {
            let mut pruned = Pruned::default();
            let kpis: Vec<(String, i64)> = tx
                .prepare("SELECT kpi_id, interval_secs FROM kpi")?
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (kpi_id, interval_secs) in kpis {
                let newest: Option<i64> = tx
                    .query_row(
                        "SELECT max(t_ms) FROM observation WHERE kpi_id = ?1",
                        [&kpi_id],
                        |row| row.get(0),
                    )
                    .optional()?
                    .flatten();
                let Some(newest) = newest else { continue };
                let trend_ms = MIN_HISTORY_POINTS
                    .saturating_mul(interval_secs.max(0))
                    .saturating_mul(1_000);
                let cut = newest
                    .saturating_sub(keep_ms.max(trend_ms))
                    .div_euclid(DAY_MS)
                    .saturating_mul(DAY_MS);
                pruned.observations += tx.execute(
                    "DELETE FROM observation WHERE kpi_id = ?1 AND t_ms < ?2",
                    params![kpi_id, cut],
                )? as u64;
                tx.execute(
                    "DELETE FROM series_rollup WHERE kpi_id = ?1 AND bucket_ms < ?2",
                    params![kpi_id, cut],
                )?;
            }
            let newest_alert: Option<i64> = tx
                .query_row("SELECT max(t_ms) FROM alert", [], |row| row.get(0))
                .optional()?
                .flatten();
            if let Some(newest) = newest_alert {
                pruned.alerts = tx.execute(
                    "DELETE FROM alert WHERE status = 'resolved' AND t_ms < ?1",
                    [newest.saturating_sub(keep_ms)],
                )? as u64;
            }
            Ok(pruned)
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{
        Alert, AlertSeverity, AlertStatus, AlertsPage, Catalog, Direction, Domain, Frequency,
        KpiDef, LocalizedText, Observation,
    };
    use crate::store::{FetchMeta, Reader, Resource};

    const NEWEST_MS: i64 = 1_796_000_000_000;

    fn kpi(id: &str, frequency: Frequency) -> KpiDef {
        KpiDef::new(
            id,
            LocalizedText::new(id, id),
            Domain::Environment,
            "m",
            frequency,
            Direction::Down,
        )
    }

    fn meta(resource: Resource) -> FetchMeta {
        FetchMeta {
            url: format!("http://x/{resource}"),
            resource,
            etag: None,
            fetched_at_ms: NEWEST_MS,
        }
    }

    fn alert(id: &str, age_days: i64, status: AlertStatus) -> Alert {
        Alert {
            id: id.into(),
            t_ms: NEWEST_MS - age_days * DAY_MS,
            severity: AlertSeverity::Warning,
            title: LocalizedText::new(id, id),
            body: LocalizedText::default(),
            kpi_id: None,
            feature: None,
            status,
        }
    }

    #[test]
    fn old_readings_and_resolved_alerts_go_and_a_trend_keeps_its_history() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.gpkg");
        let mut store = Store::open(&path).unwrap();
        let catalog = Catalog {
            api_version: "1".into(),
            city: crate::store::tests::city(),
            server_time_ms: NEWEST_MS,
            simulated: true,
            data_notice: LocalizedText::default(),
            kpis: vec![
                kpi("EN03", Frequency::Hourly),
                kpi("DE01", Frequency::Annual),
            ],
            layers: Vec::new(),
            basemap: None,
            data_epoch: None,
        };
        store
            .write_catalog(&catalog, "http://x", &meta(Resource::Catalog))
            .unwrap();
        // Forty days of hourly readings, twenty years of annual ones.
        let hourly: Vec<Observation> = (0..40 * 24)
            .map(|i| Observation {
                t_ms: NEWEST_MS - i * 3_600_000,
                value: i as f64,
            })
            .rev()
            .collect();
        store
            .write_series_page("EN03", &hourly, &meta(Resource::series("EN03")))
            .unwrap();
        let annual: Vec<Observation> = (0..20)
            .map(|i| Observation {
                t_ms: NEWEST_MS - i * 365 * DAY_MS,
                value: i as f64,
            })
            .rev()
            .collect();
        store
            .write_series_page("DE01", &annual, &meta(Resource::series("DE01")))
            .unwrap();
        let page = AlertsPage {
            alerts: vec![
                alert("new", 0, AlertStatus::Active),
                alert("old-resolved", 30, AlertStatus::Resolved),
                alert("old-open", 30, AlertStatus::Active),
            ],
            next_cursor: "1".into(),
            has_more: false,
        };
        store.write_alerts(&page, &meta(Resource::Alerts)).unwrap();

        let pruned = store.prune(7 * DAY_MS).unwrap();
        assert_eq!(pruned.alerts, 1);
        let reader = Reader::open(&path).unwrap();
        let count = |kpi: &str| -> (i64, i64) {
            reader
                .connection()
                .query_row(
                    "SELECT count(*), min(t_ms) FROM observation WHERE kpi_id = ?1",
                    [kpi],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .unwrap()
        };
        let (kept, oldest) = count("EN03");
        // Seven days back from the newest reading, cut at the start of a UTC day.
        assert!(NEWEST_MS - oldest >= 7 * DAY_MS, "{oldest}");
        assert!(NEWEST_MS - oldest < 8 * DAY_MS, "{oldest}");
        assert!(
            oldest.rem_euclid(DAY_MS) < 3_600_000,
            "the first hour of a day"
        );
        // The annual KPI keeps the twelve years its trend needs (and the one the day cut keeps).
        let (annual_kept, _) = count("DE01");
        assert_eq!(annual_kept, 13);
        assert_eq!(
            pruned.observations as i64,
            (40 * 24 - kept) + (20 - annual_kept)
        );
        let alerts: Vec<String> = reader
            .recent_alerts(100)
            .unwrap()
            .into_iter()
            .map(|alert| alert.id)
            .collect();
        assert!(alerts.contains(&"old-open".to_owned()), "{alerts:?}");
        assert!(!alerts.contains(&"old-resolved".to_owned()), "{alerts:?}");
        drop(reader);
        crate::store::tests::assert_rollups_match_raw(&path);
    }
}
