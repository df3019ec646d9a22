//! The one writer of a cache: each resource the sync engine fetched is written in one short
//! transaction together with its sync state, so a crash leaves the previous version whole.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Resource;
use super::open::{Existing, create_parent_folder, inspect, migrate, sqlite_error};
use crate::error::{Error, FailureReason, Result};
use crate::model::{AlertsPage, Catalog, LatestValues, Observation};

/// How a resource was fetched: stored beside its data in `sync_state`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchMeta {
    pub resource: Resource,
    /// The URL of the request that produced this data.
    pub url: String,
    pub etag: Option<String>,
    pub fetched_at_ms: i64,
}

/// The sync state of one resource.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncState {
    pub url: Option<String>,
    pub etag: Option<String>,
    /// Resource-specific position: the last stored time of a series (ms), the alert cursor.
    pub cursor: Option<String>,
    pub last_attempt_ms: Option<i64>,
    pub last_success_ms: Option<i64>,
    pub last_error: Option<String>,
    pub last_error_ms: Option<i64>,
}

impl SyncState {
    /// The ETag to send with a request for `url`: only when the last request was for that URL.
    pub fn etag_for(&self, url: &str) -> Option<&str> {
        (self.url.as_deref() == Some(url))
            .then_some(self.etag.as_deref())
            .flatten()
    }
}

/// The writer connection to a cache file.
#[derive(Debug)]
pub struct Store {
    connection: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens a cache for writing, creating it (and its folder) if needed and migrating an older
    /// one. A file that is not a cache, is damaged, or is newer than this build is refused and left
    /// unchanged.
    pub fn open(path: &Path) -> Result<Store> {
        let existing = inspect(path)?;
        create_parent_folder(path)?;
        let mut connection = Connection::open(path).map_err(sqlite_error(path))?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA busy_timeout = 5000;
                 PRAGMA cache_size = -65536;",
            )
            .map_err(sqlite_error(path))?;
        let from_version = match existing {
            Existing::Absent => 0,
            Existing::Cache { schema_version } => schema_version,
        };
        migrate(&mut connection, path, from_version)?;
        Ok(Store {
            connection,
            path: path.to_owned(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Runs `work` in one IMMEDIATE transaction and commits it; on error nothing is written.
    pub(crate) fn in_transaction<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let transaction = self
            .connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sqlite_error(&self.path))?;
        let value = work(&transaction).map_err(sqlite_error(&self.path))?;
        transaction.commit().map_err(sqlite_error(&self.path))?;
        Ok(value)
    }

    /// The sync state of every resource.
    pub fn sync_states(&self) -> Result<BTreeMap<Resource, SyncState>> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT resource, url, etag, cursor, last_attempt_ms, last_success_ms, last_error,
                        last_error_ms
                 FROM sync_state",
            )
            .map_err(sqlite_error(&self.path))?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    Resource::from_key(&row.get::<_, String>(0)?),
                    SyncState {
                        url: row.get(1)?,
                        etag: row.get(2)?,
                        cursor: row.get(3)?,
                        last_attempt_ms: row.get(4)?,
                        last_success_ms: row.get(5)?,
                        last_error: row.get(6)?,
                        last_error_ms: row.get(7)?,
                    },
                ))
            })
            .map_err(sqlite_error(&self.path))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(sqlite_error(&self.path))
    }

    /// The catalog of the last successful catalog sync, if any.
    pub fn stored_catalog(&self) -> Result<Option<Catalog>> {
        super::reader::read_catalog(&self.connection, &self.path)
    }

    /// Keeps `epoch` as the data epoch of the server. When it differs from the one stored, the
    /// data stored before is another server's (or an older life of this one): every
    /// observation, rollup, latest value and alert is dropped, with their request state, so
    /// that they are fetched again whole. Returns the epoch that was replaced, if any.
    pub fn adopt_data_epoch(&mut self, epoch: &str) -> Result<Option<String>> {
        let stored = super::reader::read_data_epoch(&self.connection, &self.path)?;
        if stored.as_deref() == Some(epoch) {
            return Ok(None);
        }
        self.in_transaction(|tx| {
            if stored.is_some() {
                tx.execute_batch(
                    "DELETE FROM observation; DELETE FROM series_rollup;
                     DELETE FROM latest_value; DELETE FROM alert;",
                )?;
                let keys: Vec<String> = tx
                    .prepare("SELECT resource FROM sync_state")?
                    .query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for resource in keys.iter().map(|key| Resource::from_key(key)) {
                    if resource.is_data() {
                        forget_request(tx, &resource)?;
                    }
                }
            }
            tx.execute(
                "INSERT INTO citydash_meta (key, value) VALUES ('data_epoch', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [epoch],
            )?;
            Ok(())
        })?;
        Ok(stored)
    }

    /// Replaces the catalog: city, KPI definitions and their order.
    pub fn write_catalog(
        &mut self,
        catalog: &Catalog,
        server_url: &str,
        meta: &FetchMeta,
    ) -> Result<()> {
        let city_json = to_json(&catalog.city, &self.path)?;
        let notice_json = to_json(&catalog.data_notice, &self.path)?;
        let layers_json = to_json(&catalog.layers, &self.path)?;
        let basemap_json = catalog
            .basemap
            .as_ref()
            .map(|basemap| to_json(basemap, &self.path))
            .transpose()?;
        let definitions = catalog
            .kpis
            .iter()
            .map(|kpi| to_json(kpi, &self.path).map(|json| (kpi, json)))
            .collect::<Result<Vec<_>>>()?;
        self.in_transaction(|transaction| {
            transaction.execute(
                "INSERT INTO catalog_info (id, api_version, city_json, simulated, data_notice_json,
                                           server_url, server_time_ms, layers_json, basemap_json)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (id) DO UPDATE SET api_version = excluded.api_version,
                    city_json = excluded.city_json, simulated = excluded.simulated,
                    data_notice_json = excluded.data_notice_json, server_url = excluded.server_url,
                    server_time_ms = excluded.server_time_ms, layers_json = excluded.layers_json,
                    basemap_json = excluded.basemap_json",
                params![
                    catalog.api_version,
                    city_json,
                    catalog.simulated,
                    notice_json,
                    server_url,
                    catalog.server_time_ms,
                    layers_json,
                    basemap_json
                ],
            )?;
            transaction.execute("DELETE FROM kpi", [])?;
            let mut insert = transaction.prepare(
                "INSERT INTO kpi (kpi_id, position, domain, interval_secs, def_json)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (position, (kpi, json)) in definitions.iter().enumerate() {
                insert.execute(params![
                    kpi.id,
                    position as i64,
                    kpi.domain.key(),
                    kpi.interval_secs,
                    json
                ])?;
            }
            record_success(transaction, meta, None)
        })
    }

    /// Stores the latest value of every KPI in the answer. Returns how many rows changed.
    pub fn write_latest(&mut self, latest: &LatestValues, meta: &FetchMeta) -> Result<usize> {
        self.in_transaction(|transaction| {
            let mut upsert = transaction.prepare_cached(
                "INSERT INTO latest_value (kpi_id, t_ms, value, quality, previous_t_ms,
                                           previous_value, fetched_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (kpi_id) DO UPDATE SET t_ms = excluded.t_ms, value = excluded.value,
                    quality = excluded.quality, previous_t_ms = excluded.previous_t_ms,
                    previous_value = excluded.previous_value, fetched_at_ms = excluded.fetched_at_ms
                 WHERE latest_value.t_ms IS NOT excluded.t_ms
                    OR latest_value.value IS NOT excluded.value
                    OR latest_value.quality IS NOT excluded.quality
                    OR latest_value.previous_t_ms IS NOT excluded.previous_t_ms",
            )?;
            let mut changed = 0;
            for value in &latest.values {
                changed += upsert.execute(params![
                    value.kpi_id,
                    value.t_ms,
                    value.value,
                    value.quality.key(),
                    value.previous.map(|p| p.t_ms),
                    value.previous.map(|p| p.value),
                    meta.fetched_at_ms
                ])?;
            }
            record_success(transaction, meta, None)?;
            Ok(changed)
        })
    }

    /// Stores one page of a KPI's series, brings the hourly and daily rollups of the days it
    /// touches in step (see [`super::rollup`]) and moves its cursor to the newest stored time.
    /// Returns how many observations were new or changed.
    pub fn write_series_page(
        &mut self,
        kpi_id: &str,
        points: &[Observation],
        meta: &FetchMeta,
    ) -> Result<usize> {
        let newest = points
            .iter()
            .map(|point| point.t_ms)
            .max()
            .map(|t_ms| t_ms.to_string());
        self.in_transaction(|transaction| {
            let shape = super::rollup::page_shape(transaction, kpi_id, points)?;
            let mut insert = transaction.prepare_cached(
                "INSERT INTO observation (kpi_id, t_ms, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kpi_id, t_ms) DO UPDATE SET value = excluded.value
                 WHERE observation.value IS NOT excluded.value",
            )?;
            let mut changed = 0;
            for point in points {
                changed += insert.execute(params![kpi_id, point.t_ms, point.value])?;
            }
            if changed > 0 {
                // Whole days are recomputed: the first may already hold earlier rows.
                super::rollup::refresh_page(transaction, kpi_id, points, shape)?;
            }
            record_success(transaction, meta, newest.as_deref())?;
            Ok(changed)
        })
    }

    /// The newest stored observation of a KPI.
    pub fn series_tail(&self, kpi_id: &str) -> Result<Option<Observation>> {
        self.connection
            .prepare_cached(
                "SELECT t_ms, value FROM observation WHERE kpi_id = ?1
                 ORDER BY t_ms DESC LIMIT 1",
            )
            .and_then(|mut statement| {
                statement
                    .query_row([kpi_id], |row| {
                        Ok(Observation {
                            t_ms: row.get(0)?,
                            value: row.get(1)?,
                        })
                    })
                    .optional()
            })
            .map_err(sqlite_error(&self.path))
    }

    /// Forgets a KPI's observations after `after_ms` (the server's clock went back before
    /// them), with their rollups, and the series' request state so that the next request is not
    /// a revalidation. Returns the new newest observation.
    pub fn truncate_series(&mut self, kpi_id: &str, after_ms: i64) -> Result<Option<Observation>> {
        self.in_transaction(|tx| {
            super::rollup::truncate_after(tx, kpi_id, after_ms)?;
            forget_request(tx, &Resource::series(kpi_id))
        })?;
        self.series_tail(kpi_id)
    }

    /// Forgets every observation of a KPI (the server's data changed under it), with its
    /// rollups and the series' request state, so that it is fetched again from the start.
    pub fn reset_series(&mut self, kpi_id: &str) -> Result<()> {
        self.in_transaction(|tx| {
            tx.execute("DELETE FROM observation WHERE kpi_id = ?1", [kpi_id])?;
            tx.execute("DELETE FROM series_rollup WHERE kpi_id = ?1", [kpi_id])?;
            forget_request(tx, &Resource::series(kpi_id))
        })
    }

    /// Stores a page of alerts (new ones and status changes) and moves the alert cursor.
    pub fn write_alerts(&mut self, page: &AlertsPage, meta: &FetchMeta) -> Result<usize> {
        let encoded = page
            .alerts
            .iter()
            .map(|alert| to_json(alert, &self.path).map(|json| (alert, json)))
            .collect::<Result<Vec<_>>>()?;
        self.in_transaction(|transaction| {
            let mut upsert = transaction.prepare_cached(
                "INSERT INTO alert (alert_id, t_ms, severity, status, kpi_id, alert_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (alert_id) DO UPDATE SET t_ms = excluded.t_ms,
                    severity = excluded.severity, status = excluded.status,
                    kpi_id = excluded.kpi_id, alert_json = excluded.alert_json
                 WHERE alert.alert_json IS NOT excluded.alert_json",
            )?;
            let mut changed = 0;
            for (alert, json) in &encoded {
                changed += upsert.execute(params![
                    alert.id,
                    alert.t_ms,
                    alert.severity.key(),
                    alert.status.key(),
                    alert.kpi_id,
                    json
                ])?;
            }
            record_success(transaction, meta, Some(&page.next_cursor))?;
            Ok(changed)
        })
    }

    /// Records that a resource synced, for resources that store no data of their own.
    pub fn record_success(&mut self, meta: &FetchMeta) -> Result<()> {
        self.in_transaction(|tx| record_success(tx, meta, None))
    }

    /// The server answered 304 Not Modified: the stored data is current, and a layer is as
    /// fresh as if it had been fetched again.
    pub fn mark_not_modified(&mut self, resource: &Resource, at_ms: i64) -> Result<()> {
        let key = resource.key();
        self.in_transaction(|tx| {
            tx.execute(
                "UPDATE sync_state SET last_attempt_ms = ?2, last_success_ms = ?2,
                    last_error = NULL, last_error_ms = NULL
                 WHERE resource = ?1",
                params![key, at_ms],
            )?;
            if let Resource::Layer { layer_id } = resource {
                tx.execute(
                    "UPDATE layer SET fetched_at_ms = ?2 WHERE layer_id = ?1",
                    params![layer_id, at_ms],
                )?;
            }
            Ok(())
        })
    }

    /// Records that syncing a resource failed; its stored data and cursor stay as they were.
    pub fn record_error(&mut self, resource: &Resource, error: &Error, at_ms: i64) -> Result<()> {
        let reason = error.reason().map(FailureReason::code);
        self.connection
            .execute(
                "INSERT INTO sync_state
                    (resource, last_attempt_ms, last_error, last_error_reason, last_error_ms)
                 VALUES (?1, ?2, ?3, ?4, ?2)
                 ON CONFLICT (resource) DO UPDATE SET last_attempt_ms = excluded.last_attempt_ms,
                    last_error = excluded.last_error,
                    last_error_reason = excluded.last_error_reason,
                    last_error_ms = excluded.last_error_ms",
                params![resource.key(), at_ms, error.to_string(), reason],
            )
            .map_err(sqlite_error(&self.path))?;
        Ok(())
    }

    /// Clears what an interrupted sync left behind: the staging tables of layers it was
    /// writing, and its run row without an end (closed as ended when it started, reachability
    /// unknown). Only a sync holding the [`super::SyncLock`] may call this: another sync's
    /// staging tables are work in progress.
    pub fn clear_interrupted_work(&mut self) -> Result<()> {
        self.in_transaction(|tx| {
            super::layers::drop_staging_tables(tx)?;
            tx.execute(
                "UPDATE sync_run SET finished_ms = started_ms WHERE finished_ms IS NULL",
                [],
            )?;
            Ok(())
        })
    }

    /// Starts a sync run and returns its id.
    pub fn begin_run(&mut self, server_url: &str, started_ms: i64) -> Result<i64> {
        self.connection
            .execute(
                "INSERT INTO sync_run (server_url, started_ms) VALUES (?1, ?2)",
                params![server_url, started_ms],
            )
            .map_err(sqlite_error(&self.path))?;
        Ok(self.connection.last_insert_rowid())
    }

    /// Ends a sync run; old runs beyond the last thousand are dropped.
    /// Keeps how far the server's clock was from ours at the last sync (its minus ours), for
    /// faces to count ages from the server's time and to warn of a wrong clock.
    pub fn record_server_clock_offset(&mut self, offset_ms: i64) -> Result<()> {
        self.connection
            .execute(
                "INSERT OR REPLACE INTO citydash_meta (key, value)
                 VALUES ('server_clock_offset_ms', ?1)",
                [offset_ms.to_string()],
            )
            .map_err(sqlite_error(&self.path))?;
        Ok(())
    }

    pub fn finish_run(
        &mut self,
        run_id: i64,
        finished_ms: i64,
        reachable: bool,
        failed_resources: usize,
    ) -> Result<()> {
        self.connection
            .execute(
                "UPDATE sync_run SET finished_ms = ?2, reachable = ?3, failed_resources = ?4
                 WHERE run_id = ?1",
                params![run_id, finished_ms, reachable, failed_resources as i64],
            )
            .map_err(sqlite_error(&self.path))?;
        self.connection
            .execute(
                "DELETE FROM sync_run WHERE run_id <= ?1 - 1000",
                params![run_id],
            )
            .map_err(sqlite_error(&self.path))?;
        Ok(())
    }
}

/// Clears the URL, ETag and cursor of a resource, keeping its success and error times.
fn forget_request(transaction: &Transaction<'_>, resource: &Resource) -> rusqlite::Result<()> {
    transaction.execute(
        "UPDATE sync_state SET url = NULL, etag = NULL, cursor = NULL WHERE resource = ?1",
        [resource.key()],
    )?;
    Ok(())
}

pub(crate) fn record_success(
    transaction: &Transaction<'_>,
    meta: &FetchMeta,
    cursor: Option<&str>,
) -> rusqlite::Result<()> {
    transaction.execute(
        "INSERT INTO sync_state (resource, url, etag, cursor, last_attempt_ms, last_success_ms,
                                 last_error, last_error_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, NULL, NULL)
         ON CONFLICT (resource) DO UPDATE SET url = excluded.url, etag = excluded.etag,
            cursor = coalesce(excluded.cursor, sync_state.cursor),
            last_attempt_ms = excluded.last_attempt_ms, last_success_ms = excluded.last_success_ms,
            last_error = NULL, last_error_ms = NULL",
        params![
            meta.resource.key(),
            meta.url,
            meta.etag,
            cursor,
            meta.fetched_at_ms
        ],
    )?;
    Ok(())
}

/// Encodes a document stored as JSON beside its columns.
fn to_json<T: serde::Serialize>(value: &T, path: &Path) -> Result<String> {
    serde_json::to_string(value).map_err(|error| Error::Io {
        context: format!(
            "could not encode a document for the cache {}",
            path.display()
        ),
        source: std::io::Error::other(error),
    })
}
