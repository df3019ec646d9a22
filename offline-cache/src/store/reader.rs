//! Read-only access to a cache, for the dashboard, the command line and the briefing app.
//! Every query here is bounded (by the catalog's size or an explicit limit).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use super::open::{Existing, cannot_write_beside, inspect, open_read_only, sqlite_error};
use super::overview::{Overview, OverviewKpi, ResourceError, SyncHealth};
use super::schema::SCHEMA_VERSION;
use super::sparkline::{Sparkline, read_sparkline};
use crate::error::{Error, Result};
use crate::model::{
    Alert, Catalog, CityInfo, Freshness, KpiDef, LatestValue, LocalizedText, Observation, Quality,
};

/// The most observations one [`Reader::series`] call returns.
pub const MAX_SERIES_POINTS: usize = 2_000_000;

/// A read-only connection to a cache file.
#[derive(Debug)]
pub struct Reader {
    connection: Connection,
    path: PathBuf,
}

impl Reader {
    /// Opens an existing cache read-only. A missing file is [`Error::NoCache`]; a file that is not
    /// a cache, is damaged or is newer than this build is refused, unchanged. A cache of an older
    /// schema is [`Error::OlderSchema`]: [`upgrade`](super::upgrade) it first.
    pub fn open(path: &Path) -> Result<Reader> {
        match inspect(path)? {
            Existing::Absent => {
                return Err(Error::NoCache {
                    path: path.to_owned(),
                });
            }
            Existing::Cache { schema_version } if schema_version < SCHEMA_VERSION => {
                return Err(Error::OlderSchema {
                    path: path.to_owned(),
                    found: schema_version,
                    current: SCHEMA_VERSION,
                });
            }
            Existing::Cache { .. } => {}
        }
        let connection = open_read_only(path)?;
        connection
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(sqlite_error(path))?;
        Ok(Reader {
            connection,
            path: path.to_owned(),
        })
    }

    /// A reader on a connection opened elsewhere (a pack's, opened untrusted and immutable).
    pub fn from_connection(connection: Connection, path: &Path) -> Reader {
        Reader {
            connection,
            path: path.to_owned(),
        }
    }

    /// Like [`Reader::open`], but a cache of an older schema is first upgraded in place (a
    /// write, which may take a few seconds on a large cache). For tools, not for a UI thread.
    pub fn open_upgrading(path: &Path) -> Result<Reader> {
        match Reader::open(path) {
            Err(Error::OlderSchema {
                path,
                found,
                current,
            }) => match super::upgrade(&path) {
                Ok(()) => Reader::open(&path),
                Err(error) if cannot_write(&error) => Err(Error::CannotUpgrade {
                    path,
                    found,
                    current,
                }),
                Err(error) => Err(error),
            },
            opened => opened,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw connection, for tests and tools that inspect the file.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Every KPI of the catalog with its latest value, freshness at `now_ms` and
    /// sparkline (see [`super::sparkline`]), and the health of the syncs, read in one transaction.
    /// Bounded: one short query a KPI, each returning at most
    /// [`super::sparkline::SPARKLINE_MAX_POINTS`] rows.
    pub fn overview(&self, now_ms: i64) -> Result<Overview> {
        let transaction = self
            .connection
            .unchecked_transaction()
            .map_err(sqlite_error(&self.path))?;
        let info = read_catalog_info(&transaction, &self.path)?;
        let mut statement = transaction
            .prepare_cached(
                "SELECT k.def_json, l.t_ms, l.value, l.quality, l.previous_t_ms, l.previous_value
                 FROM kpi k LEFT JOIN latest_value l ON l.kpi_id = k.kpi_id
                 ORDER BY k.position",
            )
            .map_err(sqlite_error(&self.path))?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<i64>>(1)?,
                    row.get::<_, Option<f64>>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, Option<i64>>(4)?,
                    row.get::<_, Option<f64>>(5)?,
                ))
            })
            .map_err(sqlite_error(&self.path))?;
        let mut kpis = Vec::new();
        for row in rows {
            let (def_json, t_ms, value, quality, previous_t_ms, previous_value) =
                row.map_err(sqlite_error(&self.path))?;
            let def: KpiDef = from_json(&def_json, &self.path)?;
            let latest = match (t_ms, value) {
                (Some(t_ms), Some(value)) => Some(LatestValue {
                    kpi_id: def.id.clone(),
                    t_ms,
                    value,
                    quality: Quality::from_key(quality.as_deref().unwrap_or_default()),
                    previous: previous_t_ms
                        .zip(previous_value)
                        .map(|(t_ms, value)| Observation { t_ms, value }),
                }),
                _ => None,
            };
            let freshness = latest
                .as_ref()
                .map(|latest| Freshness::at(latest.t_ms, now_ms, def.interval_secs));
            let sparkline = match &latest {
                Some(latest) => read_sparkline(
                    &transaction,
                    &self.path,
                    &def.id,
                    def.frequency,
                    latest.t_ms,
                )?,
                None => Sparkline::default(),
            };
            kpis.push(OverviewKpi {
                def,
                latest,
                freshness,
                sparkline,
            });
        }
        drop(statement);
        let sync = read_sync_health(&transaction, &self.path)?;
        Ok(Overview {
            city: info.as_ref().map(|info| info.city.clone()),
            simulated: info.as_ref().is_some_and(|info| info.simulated),
            data_notice: info.map(|info| info.data_notice),
            kpis,
            sync,
        })
    }

    /// The health of the syncs: last success, last attempt, reachability, failing resources.
    /// How far the server's clock was from ours at the last sync (its minus ours, ms).
    pub fn server_clock_offset_ms(&self) -> Result<Option<i64>> {
        read_server_clock_offset(&self.connection, &self.path)
    }

    /// Now on the server's clock, as the last sync found it: what ages are counted from.
    pub fn server_now_ms(&self, local_now_ms: i64) -> Result<i64> {
        Ok(local_now_ms.saturating_add(self.server_clock_offset_ms()?.unwrap_or(0)))
    }

    pub fn sync_health(&self) -> Result<SyncHealth> {
        read_sync_health(&self.connection, &self.path)
    }

    /// The stored catalog, if one has been synced.
    pub fn catalog(&self) -> Result<Option<Catalog>> {
        read_catalog(&self.connection, &self.path)
    }

    /// Observations of a KPI in `[from_ms, to_ms]`, oldest first, at most `limit` (capped at
    /// [`MAX_SERIES_POINTS`]).
    pub fn series(
        &self,
        kpi_id: &str,
        from_ms: i64,
        to_ms: i64,
        limit: usize,
    ) -> Result<Vec<Observation>> {
        let limit = limit.min(MAX_SERIES_POINTS) as i64;
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT t_ms, value FROM observation
                 WHERE kpi_id = ?1 AND t_ms BETWEEN ?2 AND ?3 ORDER BY t_ms LIMIT ?4",
            )
            .map_err(sqlite_error(&self.path))?;
        let rows = statement
            .query_map(params![kpi_id, from_ms, to_ms, limit], |row| {
                Ok(Observation {
                    t_ms: row.get(0)?,
                    value: row.get(1)?,
                })
            })
            .map_err(sqlite_error(&self.path))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(sqlite_error(&self.path))
    }

    /// How many observations are stored, for one KPI or for all.
    pub fn observation_count(&self, kpi_id: Option<&str>) -> Result<u64> {
        let count: i64 = match kpi_id {
            Some(kpi_id) => self.connection.query_row(
                "SELECT count(*) FROM observation WHERE kpi_id = ?1",
                [kpi_id],
                |row| row.get(0),
            ),
            None => self
                .connection
                .query_row("SELECT count(*) FROM observation", [], |row| row.get(0)),
        }
        .map_err(sqlite_error(&self.path))?;
        Ok(count.max(0) as u64)
    }

    /// The newest alerts first, at most `limit`.
    pub fn recent_alerts(&self, limit: usize) -> Result<Vec<Alert>> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT alert_json FROM alert ORDER BY t_ms DESC, alert_id LIMIT ?1")
            .map_err(sqlite_error(&self.path))?;
        let rows = statement
            .query_map([limit as i64], |row| row.get::<_, String>(0))
            .map_err(sqlite_error(&self.path))?;
        rows.map(|json| from_json(&json.map_err(sqlite_error(&self.path))?, &self.path))
            .collect()
    }
}

struct CatalogInfo {
    layers: Vec<crate::model::LayerDef>,
    basemap: Option<crate::model::Basemap>,
    api_version: String,
    city: CityInfo,
    simulated: bool,
    data_notice: LocalizedText,
    server_time_ms: i64,
}

fn read_catalog_info(connection: &Connection, path: &Path) -> Result<Option<CatalogInfo>> {
    let row = connection
        .query_row(
            "SELECT api_version, city_json, simulated, data_notice_json, server_time_ms,
                    layers_json, basemap_json
             FROM catalog_info WHERE id = 1",
            [],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, bool>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, i64>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()
        .map_err(sqlite_error(path))?;
    let Some((
        api_version,
        city_json,
        simulated,
        notice_json,
        server_time_ms,
        layers_json,
        basemap_json,
    )) = row
    else {
        return Ok(None);
    };
    Ok(Some(CatalogInfo {
        layers: from_json(&layers_json, path)?,
        basemap: basemap_json
            .map(|json| from_json(&json, path))
            .transpose()?,
        api_version,
        city: from_json(&city_json, path)?,
        simulated,
        data_notice: from_json(&notice_json, path)?,
        server_time_ms,
    }))
}

/// The catalog as last stored, rebuilt from `catalog_info` and `kpi`.
pub(crate) fn read_catalog(connection: &Connection, path: &Path) -> Result<Option<Catalog>> {
    let Some(info) = read_catalog_info(connection, path)? else {
        return Ok(None);
    };
    let mut statement = connection
        .prepare_cached("SELECT def_json FROM kpi ORDER BY position")
        .map_err(sqlite_error(path))?;
    let kpis = statement
        .query_map([], |row| row.get::<_, String>(0))
        .map_err(sqlite_error(path))?
        .map(|json| from_json(&json.map_err(sqlite_error(path))?, path))
        .collect::<Result<Vec<KpiDef>>>()?;
    Ok(Some(Catalog {
        api_version: info.api_version,
        city: info.city,
        server_time_ms: info.server_time_ms,
        simulated: info.simulated,
        data_notice: info.data_notice,
        kpis,
        layers: info.layers,
        basemap: info.basemap,
        data_epoch: read_data_epoch(connection, path)?,
    }))
}

/// The data epoch of the catalog last stored, kept in `citydash_meta`.
pub(crate) fn read_data_epoch(connection: &Connection, path: &Path) -> Result<Option<String>> {
    connection
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'data_epoch'",
            [],
            |row| row.get(0),
        )
        .optional()
        .map_err(sqlite_error(path))
}

fn read_server_clock_offset(connection: &Connection, path: &Path) -> Result<Option<i64>> {
    Ok(connection
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'server_clock_offset_ms'",
            [],
            |row| row.get::<_, String>(0),
        )
        .optional()
        .map_err(sqlite_error(path))?
        .and_then(|offset| offset.parse::<i64>().ok()))
}

fn read_sync_health(connection: &Connection, path: &Path) -> Result<SyncHealth> {
    let last_run = connection
        .query_row(
            "SELECT server_url, finished_ms, reachable FROM sync_run
             WHERE finished_ms IS NOT NULL ORDER BY run_id DESC LIMIT 1",
            [],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<i64>>(1)?,
                    row.get::<_, Option<bool>>(2)?,
                ))
            },
        )
        .optional()
        .map_err(sqlite_error(path))?;
    let last_success = connection
        .query_row(
            "SELECT server_url, finished_ms FROM sync_run WHERE reachable = 1
             ORDER BY finished_ms DESC, run_id DESC LIMIT 1",
            [],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)),
        )
        .optional()
        .map_err(sqlite_error(path))?;
    let mut statement = connection
        .prepare_cached(
            "SELECT resource, last_error, last_error_ms, last_error_reason FROM sync_state
             WHERE last_error IS NOT NULL ORDER BY resource LIMIT 200",
        )
        .map_err(sqlite_error(path))?;
    let errors = statement
        .query_map([], |row| {
            Ok(ResourceError {
                resource: super::Resource::from_key(&row.get::<_, String>(0)?),
                message: row.get(1)?,
                reason: row
                    .get::<_, Option<String>>(3)?
                    .as_deref()
                    .and_then(crate::FailureReason::from_code),
                at_ms: row.get::<_, Option<i64>>(2)?.unwrap_or_default(),
            })
        })
        .map_err(sqlite_error(path))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(sqlite_error(path))?;
    let (server, last_attempt_ms, reachable) = match last_run {
        Some((server, finished_ms, reachable)) => (Some(server), finished_ms, reachable),
        None => (None, None, None),
    };
    let (last_success_server, last_success_ms) = last_success.unzip();
    let offline_since_ms = if reachable == Some(false) {
        connection
            .query_row(
                "SELECT MIN(started_ms) FROM sync_run
                 WHERE finished_ms IS NOT NULL AND reachable = 0 AND run_id > COALESCE(
                     (SELECT MAX(run_id) FROM sync_run WHERE reachable = 1), 0)",
                [],
                |row| row.get::<_, Option<i64>>(0),
            )
            .map_err(sqlite_error(path))?
    } else {
        None
    };
    let server_clock_offset_ms = read_server_clock_offset(connection, path)?;
    Ok(SyncHealth {
        server,
        last_success_server,
        last_success_ms,
        last_attempt_ms,
        reachable,
        offline_since_ms,
        errors,
        server_clock_offset_ms,
    })
}

/// The cache could not be written where it is (an upgrade on a read-only medium).
fn cannot_write(error: &Error) -> bool {
    match error {
        Error::Sqlite { source, .. } => cannot_write_beside(source),
        Error::Io { source, .. } => source.kind() == std::io::ErrorKind::PermissionDenied,
        _ => false,
    }
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(json: &str, path: &Path) -> Result<T> {
    serde_json::from_str(json).map_err(|error| Error::Corrupt {
        path: path.to_owned(),
        detail: format!("a stored document does not parse: {error}"),
    })
}
