//! Map layers in the cache: GeoPackage feature tables with R*Tree indexes.
//!
//! A layer is written page by page into a staging table (each page its own short transaction, so
//! memory stays bounded however large the layer), then swapped in by renaming in one
//! transaction; readers see the previous layer until the new one is whole, and a failed or
//! interrupted layer leaves only a staging table that the next attempt drops.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::gpkg::{self, Envelope};
use super::open::sqlite_error;
use super::reader::from_json;
use super::{FetchMeta, Reader, Store};
use crate::error::{Error, Result};
use crate::model::{BoundingBox, Freshness, Geometry, IncomingFeature};

/// The feature table a layer is first given: `layer_` and the id in lower case with anything but
/// ASCII letters and digits turned into `_`. Ids that come out the same (`flood-sensors` and
/// `flood_sensors`, `Wards` and `wards`) are told apart by [`Store::begin_layer`].
pub fn table_name(layer_id: &str) -> String {
    let safe: String = layer_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("layer_{safe}")
}

/// FNV-1a: the same suffix for the same id on every machine and build.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The table a layer is written into before it is swapped in.
fn staging_name(table: &str) -> String {
    format!("{table}{STAGING_SUFFIX}")
}

const STAGING_SUFFIX: &str = "__staging";

/// Drops every staging table (and its R*Tree) in the cache: what interrupted layer writes left.
/// Only for a sync that holds the cache's lock: another sync's staging tables are its work.
pub(crate) fn drop_staging_tables(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let staging: Vec<String> = tx
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|name| name.ends_with(STAGING_SUFFIX))
        .collect();
    for table in staging {
        tracing::info!(%table, "dropping a staging table an interrupted sync left");
        let rtree = rtree_name(&table);
        tx.execute_batch(&format!(
            r#"DROP TABLE IF EXISTS "{rtree}"; DROP TABLE IF EXISTS "{table}";"#
        ))?;
    }
    Ok(())
}

fn rtree_name(table: &str) -> String {
    format!("rtree_{table}_geom")
}

/// A layer being written.
#[derive(Debug)]
pub struct LayerWrite {
    pub layer_id: String,
    table: String,
    staging: String,
    pub feature_count: u64,
    envelope: Option<Envelope>,
}

/// What the `layer` table says about a layer besides its features.
#[derive(Debug, Clone)]
pub struct LayerInfo {
    pub title: String,
    /// The collection's items URL the features came from.
    pub source_url: String,
    pub interval_secs: Option<i64>,
}

/// A cached layer, as `citydash layers` and the map's layer list show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LayerSummary {
    pub layer_id: String,
    pub title: String,
    pub table_name: String,
    pub feature_count: u64,
    pub bbox: Option<BoundingBox>,
    pub fetched_at_ms: i64,
    pub freshness: Freshness,
}

/// A feature read back from the cache.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFeature {
    pub fid: i64,
    pub feature_id: String,
    pub name: Option<String>,
    pub geometry: Option<Geometry>,
    pub properties: serde_json::Map<String, serde_json::Value>,
}

/// Layers without an interval in the catalog are stale after two days.
const DEFAULT_LAYER_INTERVAL_SECS: i64 = 86_400;

impl Store {
    /// Starts writing a layer: drops what an interrupted attempt left and creates the staging
    /// table and its index. The layer keeps the table it has; a new layer gets
    /// [`table_name`], or that name with a suffix from its id when another layer owns it.
    pub fn begin_layer(&mut self, layer_id: &str) -> Result<LayerWrite> {
        let table = self.in_transaction(|tx| {
            let owned: Option<String> = tx
                .query_row(
                    "SELECT table_name FROM layer WHERE layer_id = ?1",
                    [layer_id],
                    |row| row.get(0),
                )
                .optional()?;
            if let Some(owned) = owned {
                return Ok(owned);
            }
            let base = table_name(layer_id);
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM layer WHERE table_name = ?1)",
                [&base],
                |row| row.get(0),
            )?;
            Ok(if taken {
                format!("{base}_{:08x}", stable_hash(layer_id) as u32)
            } else {
                base
            })
        })?;
        let staging = staging_name(&table);
        let staging_rtree = rtree_name(&staging);
        self.in_transaction(|tx| {
            tx.execute_batch(&format!(
                r#"DROP TABLE IF EXISTS "{staging_rtree}";
                   DROP TABLE IF EXISTS "{staging}";
                   CREATE TABLE "{staging}" (
                       fid INTEGER PRIMARY KEY AUTOINCREMENT,
                       geom BLOB,
                       feature_id TEXT NOT NULL,
                       name TEXT,
                       properties TEXT
                   );
                   CREATE VIRTUAL TABLE "{staging_rtree}" USING rtree(id, minx, maxx, miny, maxy);"#
            ))
        })?;
        Ok(LayerWrite {
            layer_id: layer_id.to_owned(),
            table,
            staging,
            feature_count: 0,
            envelope: None,
        })
    }

    /// Adds a page of features. A feature with bad geometry or a repeated id fails the page
    /// (and the caller abandons the layer).
    pub fn write_layer_page(
        &mut self,
        write: &mut LayerWrite,
        features: &[IncomingFeature],
    ) -> Result<()> {
        let mut rows = Vec::with_capacity(features.len());
        let mut envelope = write.envelope;
        for (index, feature) in features.iter().enumerate() {
            let feature_id = match &feature.id {
                Some(id) => id.to_string(),
                None => format!("#{}", write.feature_count + index as u64 + 1),
            };
            let encoded = match &feature.geometry {
                Some(geometry) => {
                    let (blob, feature_envelope) =
                        gpkg::encode(geometry).map_err(|invalid| Error::InvalidResponse {
                            url: write.layer_id.clone(),
                            detail: format!(
                                "feature {feature_id} has invalid geometry: {}",
                                invalid.0
                            ),
                        })?;
                    envelope =
                        Some(envelope.map_or(feature_envelope, |e| e.union(feature_envelope)));
                    Some((blob, feature_envelope))
                }
                None => None,
            };
            let properties = feature
                .properties
                .as_deref()
                .map(|raw| raw.get())
                .filter(|json| *json != "null");
            if properties.is_some_and(|json| !json.starts_with('{')) {
                return Err(Error::InvalidResponse {
                    url: write.layer_id.clone(),
                    detail: format!("feature {feature_id} has properties that are not an object"),
                });
            }
            // Read as the cache's readers read them, so that what is stored can be read back:
            // raw JSON can nest deeper than serde_json reads (128 levels), and one such feature
            // would leave its whole layer unreadable.
            let object = properties
                .map(|json| {
                    serde_json::from_str::<BTreeMap<String, serde_json::Value>>(json).map_err(
                        |error| Error::InvalidResponse {
                            url: write.layer_id.clone(),
                            detail: format!(
                                "feature {feature_id} has properties that cannot be read: {error}"
                            ),
                        },
                    )
                })
                .transpose()?;
            // The one property the feature table keeps in a column of its own.
            let name = object
                .as_ref()
                .and_then(|object| object.get("name"))
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned);
            rows.push((feature_id, encoded, name, properties));
        }
        let staging = write.staging.clone();
        let rtree = rtree_name(&staging);
        let inserted = self.in_transaction(|tx| {
            let mut insert = tx.prepare_cached(&format!(
                r#"INSERT INTO "{staging}" (geom, feature_id, name, properties) VALUES (?1, ?2, ?3, ?4)"#
            ))?;
            let mut index = tx.prepare_cached(&format!(
                r#"INSERT INTO "{rtree}" (id, minx, maxx, miny, maxy) VALUES (?1, ?2, ?3, ?4, ?5)"#
            ))?;
            for (feature_id, encoded, name, properties) in &rows {
                let blob = encoded.as_ref().map(|(blob, _)| blob);
                insert.execute(params![blob, feature_id, name, properties])?;
                if let Some((_, e)) = encoded {
                    let fid = tx.last_insert_rowid();
                    index.execute(params![fid, e.min_x, e.max_x, e.min_y, e.max_y])?;
                }
            }
            Ok(rows.len())
        });
        let inserted = inserted?;
        write.feature_count += inserted as u64;
        write.envelope = envelope;
        Ok(())
    }

    /// Swaps the finished layer in, in one transaction with its GeoPackage registration, its
    /// `layer` row and its sync state.
    pub fn finish_layer(
        &mut self,
        write: LayerWrite,
        info: &LayerInfo,
        meta: &FetchMeta,
    ) -> Result<()> {
        let LayerWrite {
            layer_id,
            table,
            staging,
            feature_count,
            envelope,
        } = write;
        let rtree = rtree_name(&table);
        let staging_rtree = rtree_name(&staging);
        let bbox = envelope.filter(|e| !e.is_empty());
        // The unique index on feature ids is built once here, in bulk, rather than row by row.
        // SQLite cannot rename an index and index names are global, so each build of a layer
        // names its own; dropping the old table drops the old index.
        let index = format!("{table}_feature_id_{:016x}", fastrand::u64(..));
        let indexed = self.in_transaction(|tx| {
            tx.execute_batch(&format!(
                r#"CREATE UNIQUE INDEX "{index}" ON "{staging}" (feature_id);"#
            ))
        });
        match indexed {
            Err(Error::Sqlite { source, .. })
                if source.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                let _ = self.abort_layer(LayerWrite {
                    layer_id: layer_id.clone(),
                    table,
                    staging,
                    feature_count,
                    envelope,
                });
                return Err(Error::InvalidResponse {
                    url: layer_id,
                    detail: "two features share an id".into(),
                });
            }
            other => other?,
        }
        self.in_transaction(|tx| {
            tx.execute_batch(&format!(
                r#"DROP TABLE IF EXISTS "{rtree}";
                   DROP TABLE IF EXISTS "{table}";
                   ALTER TABLE "{staging}" RENAME TO "{table}";
                   ALTER TABLE "{staging_rtree}" RENAME TO "{rtree}";"#
            ))?;
            tx.execute(
                "DELETE FROM gpkg_extensions WHERE table_name = ?1",
                [&table],
            )?;
            tx.execute(
                "DELETE FROM gpkg_geometry_columns WHERE table_name = ?1",
                [&table],
            )?;
            tx.execute("DELETE FROM gpkg_contents WHERE table_name = ?1", [&table])?;
            tx.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,
                                            min_x, min_y, max_x, max_y, srs_id)
                 VALUES (?1, 'features', ?2, ?3, ?4, ?5, ?6, ?7, 4326)",
                params![
                    table,
                    layer_id,
                    info.title,
                    bbox.map(|e| e.min_x),
                    bbox.map(|e| e.min_y),
                    bbox.map(|e| e.max_x),
                    bbox.map(|e| e.max_y)
                ],
            )?;
            tx.execute(
                "INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', 'GEOMETRY', 4326, 0, 0)",
                [&table],
            )?;
            tx.execute(
                "INSERT INTO gpkg_extensions VALUES (?1, 'geom', 'gpkg_rtree_index',
                    'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
                [&table],
            )?;
            tx.execute(
                "INSERT INTO layer (layer_id, table_name, source_url, title, interval_secs,
                                    feature_count, min_x, min_y, max_x, max_y, fetched_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (layer_id) DO UPDATE SET table_name = excluded.table_name,
                    source_url = excluded.source_url, title = excluded.title,
                    interval_secs = excluded.interval_secs, feature_count = excluded.feature_count,
                    min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,
                    max_y = excluded.max_y, fetched_at_ms = excluded.fetched_at_ms",
                params![
                    layer_id,
                    table,
                    info.source_url,
                    info.title,
                    info.interval_secs,
                    feature_count as i64,
                    bbox.map(|e| e.min_x),
                    bbox.map(|e| e.min_y),
                    bbox.map(|e| e.max_x),
                    bbox.map(|e| e.max_y),
                    meta.fetched_at_ms
                ],
            )?;
            super::writer::record_success(tx, meta, None)
        })
    }

    /// Drops what was written of a layer that failed; the previous layer is untouched.
    pub fn abort_layer(&mut self, write: LayerWrite) -> Result<()> {
        let staging_rtree = rtree_name(&write.staging);
        let staging = write.staging;
        self.in_transaction(|tx| {
            tx.execute_batch(&format!(
                r#"DROP TABLE IF EXISTS "{staging_rtree}"; DROP TABLE IF EXISTS "{staging}";"#
            ))
        })
    }
}

impl Reader {
    /// Every cached layer with its count, extent and freshness at `now_ms`, by id.
    pub fn layers(&self, now_ms: i64) -> Result<Vec<LayerSummary>> {
        let mut statement = self
            .connection()
            .prepare_cached(
                "SELECT layer_id, title, table_name, feature_count, min_x, min_y, max_x, max_y,
                        fetched_at_ms, interval_secs
                 FROM layer ORDER BY layer_id",
            )
            .map_err(sqlite_error(self.path()))?;
        let rows = statement
            .query_map([], |row| {
                let bbox = match (row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?) {
                    (Some(min_lon), Some(min_lat), Some(max_lon), Some(max_lat)) => {
                        Some(BoundingBox {
                            min_lon,
                            min_lat,
                            max_lon,
                            max_lat,
                        })
                    }
                    _ => None,
                };
                let fetched_at_ms: i64 = row.get(8)?;
                let interval_secs: Option<i64> = row.get(9)?;
                Ok(LayerSummary {
                    layer_id: row.get(0)?,
                    title: row.get(1)?,
                    table_name: row.get(2)?,
                    feature_count: row.get::<_, i64>(3)?.max(0) as u64,
                    bbox,
                    fetched_at_ms,
                    freshness: Freshness::at(
                        fetched_at_ms,
                        now_ms,
                        interval_secs.unwrap_or(DEFAULT_LAYER_INTERVAL_SECS),
                    ),
                })
            })
            .map_err(sqlite_error(self.path()))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(sqlite_error(self.path()))
    }

    /// Features of a layer whose envelope meets `bbox`, through the R*Tree, at most `limit`.
    pub fn features_in_bbox(
        &self,
        layer_id: &str,
        bbox: BoundingBox,
        limit: usize,
    ) -> Result<Vec<StoredFeature>> {
        let table = self.layer_table(layer_id)?;
        let rtree = rtree_name(&table);
        let mut statement = self
            .connection()
            .prepare_cached(&format!(
                r#"SELECT f.fid, f.feature_id, f.name, f.geom, f.properties
                   FROM "{rtree}" r JOIN "{table}" f ON f.fid = r.id
                   WHERE r.maxx >= ?1 AND r.minx <= ?2 AND r.maxy >= ?3 AND r.miny <= ?4
                   ORDER BY f.fid LIMIT ?5"#
            ))
            .map_err(sqlite_error(self.path()))?;
        let rows = statement
            .query_map(
                params![
                    bbox.min_lon,
                    bbox.max_lon,
                    bbox.min_lat,
                    bbox.max_lat,
                    limit as i64
                ],
                stored_feature_row,
            )
            .map_err(sqlite_error(self.path()))?;
        collect_features(rows, self)
    }

    /// Every feature of a layer in `fid` order, at most `limit`.
    pub fn features(&self, layer_id: &str, limit: usize) -> Result<Vec<StoredFeature>> {
        let table = self.layer_table(layer_id)?;
        let mut statement = self
            .connection()
            .prepare_cached(&format!(
                r#"SELECT fid, feature_id, name, geom, properties FROM "{table}" ORDER BY fid LIMIT ?1"#
            ))
            .map_err(sqlite_error(self.path()))?;
        let rows = statement
            .query_map([limit as i64], stored_feature_row)
            .map_err(sqlite_error(self.path()))?;
        collect_features(rows, self)
    }

    /// One feature of a layer by its id, through the unique feature-id index.
    pub fn feature(&self, layer_id: &str, feature_id: &str) -> Result<Option<StoredFeature>> {
        let table = self.layer_table(layer_id)?;
        let mut statement = self
            .connection()
            .prepare_cached(&format!(
                r#"SELECT fid, feature_id, name, geom, properties FROM "{table}" WHERE feature_id = ?1"#
            ))
            .map_err(sqlite_error(self.path()))?;
        let rows = statement
            .query_map([feature_id], stored_feature_row)
            .map_err(sqlite_error(self.path()))?;
        Ok(collect_features(rows, self)?.into_iter().next())
    }

    fn layer_table(&self, layer_id: &str) -> Result<String> {
        self.connection()
            .query_row(
                "SELECT table_name FROM layer WHERE layer_id = ?1",
                [layer_id],
                |row| row.get(0),
            )
            .optional()
            .map_err(sqlite_error(self.path()))?
            .ok_or_else(|| Error::NoLayer {
                layer_id: layer_id.to_owned(),
            })
    }
}

type FeatureRow = (i64, String, Option<String>, Option<Vec<u8>>, Option<String>);

fn stored_feature_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<FeatureRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
    ))
}

fn collect_features(
    rows: impl Iterator<Item = rusqlite::Result<FeatureRow>>,
    reader: &Reader,
) -> Result<Vec<StoredFeature>> {
    let mut features = Vec::new();
    for row in rows {
        let (fid, feature_id, name, geom, properties) = row.map_err(sqlite_error(reader.path()))?;
        let properties: BTreeMap<String, serde_json::Value> = match properties {
            Some(json) => from_json::<Option<_>>(&json, reader.path())?.unwrap_or_default(),
            None => BTreeMap::new(),
        };
        features.push(StoredFeature {
            fid,
            feature_id,
            name,
            geometry: geom.as_deref().and_then(gpkg::decode),
            properties: properties.into_iter().collect(),
        });
    }
    Ok(features)
}
