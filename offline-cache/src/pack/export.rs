//! Writing a pack: the cache copied whole with `VACUUM INTO` (a consistent snapshot, read-only
//! on the cache), then cut to the selection (KPIs, a time window, layers, zooms), stripped of
//! what belongs to this machine's syncing (sync state and runs), and given its manifest with the
//! content digest. Written under a temporary name and renamed: an interrupted export never
//! leaves half a pack under the target's name.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, params};

use super::manifest::{FORMAT_VERSION, Holds, Manifest};
use super::sign::SigningKey;
use super::{MANIFEST_TABLE, content_digest};
use crate::error::{Error, Result};
use crate::model::units::DAY_MS;
use crate::model::{BoundingBox, Observation, Quality};
use crate::store::rollup::{PageShape, bucket_start, refresh_page};
use crate::store::tile_range;
use crate::store::{Reader, table_name};

/// What goes into a pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    /// KPI ids; `None`: every KPI of the catalog.
    pub kpi_ids: Option<Vec<String>>,
    /// Readings and alerts from this time on (UTC ms, inclusive).
    pub from_ms: i64,
    /// ... up to this time (inclusive); also the pack's as-of time.
    pub to_ms: i64,
    /// Layer ids; `None`: every cached layer.
    pub layer_ids: Option<Vec<String>>,
    /// Basemap zooms kept, inclusive; `None`: none.
    pub zooms: Option<(u8, u8)>,
    /// Features and tiles kept to this area (WGS 84); `None`: all the cache holds.
    pub bbox: Option<BoundingBox>,
}

/// The steps of an export, in order, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStep {
    /// The cache copied whole, as one consistent snapshot.
    Copying,
    /// What the selection leaves out removed.
    Cutting,
    /// The file rewritten without the space the cut freed.
    Compacting,
    /// The content digest computed (and the manifest signed).
    Sealing,
}

impl ExportStep {
    pub const ALL: [Self; 4] = [
        Self::Copying,
        Self::Cutting,
        Self::Compacting,
        Self::Sealing,
    ];
}

/// How an export goes beyond what it writes.
#[derive(Default)]
pub struct ExportOptions<'a> {
    /// Replace an existing pack of that name.
    pub replace: bool,
    /// Sign the manifest with this key.
    pub signing_key: Option<&'a SigningKey>,
    /// Told as each step starts.
    pub progress: Option<&'a dyn Fn(ExportStep)>,
}

impl std::fmt::Debug for ExportOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportOptions")
            .field("replace", &self.replace)
            .field("signing_key", &self.signing_key)
            .finish_non_exhaustive()
    }
}

/// Who made the pack and what it is called.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackInfo {
    pub title: String,
    pub author: Option<String>,
    pub expires_at_ms: Option<i64>,
}

/// Writes the unsigned pack of `selection` from `cache` to `out`; refuses an existing `out`
/// unless `replace`.
pub fn export(
    cache: &Path,
    out: &Path,
    selection: &Selection,
    info: &PackInfo,
    created_at_ms: i64,
    replace: bool,
) -> Result<Manifest> {
    let options = ExportOptions {
        replace,
        ..ExportOptions::default()
    };
    export_with(cache, out, selection, info, created_at_ms, &options)
}

/// Writes the pack of `selection` from `cache` to `out` as `options` say.
pub fn export_with(
    cache: &Path,
    out: &Path,
    selection: &Selection,
    info: &PackInfo,
    created_at_ms: i64,
    options: &ExportOptions<'_>,
) -> Result<Manifest> {
    let step = |step: ExportStep| {
        if let Some(progress) = options.progress {
            progress(step);
        }
    };
    if out.exists() && !options.replace {
        return Err(Error::Plan {
            detail: format!(
                "{} exists; it was left as it is (--force replaces it)",
                out.display()
            ),
        });
    }
    let reader = Reader::open(cache)?;
    let temporary = temporary_path(out);
    let _ = std::fs::remove_file(&temporary);
    let io = |source: std::io::Error| Error::Io {
        context: format!("could not write the pack {}", out.display()),
        source,
    };
    let sqlite = |source: rusqlite::Error| Error::Sqlite {
        path: temporary.clone(),
        source,
    };
    step(ExportStep::Copying);
    reader
        .connection()
        .execute("VACUUM INTO ?1", [temporary.to_string_lossy()])
        .map_err(|source| Error::Sqlite {
            path: cache.to_owned(),
            source,
        })?;
    drop(reader);
    let written = (|| -> Result<Manifest> {
        let mut connection = Connection::open_with_flags(
            &temporary,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        step(ExportStep::Cutting);
        let holds = cut_to(&mut connection, selection).map_err(sqlite)?;
        let source_server: Option<String> = connection
            .query_row("SELECT server_url FROM catalog_info", [], |row| row.get(0))
            .ok();
        connection
            .execute_batch(&format!(
                "CREATE TABLE {MANIFEST_TABLE} (manifest TEXT NOT NULL, signature BLOB);"
            ))
            .map_err(sqlite)?;
        step(ExportStep::Compacting);
        connection.execute_batch("VACUUM").map_err(sqlite)?;
        step(ExportStep::Sealing);
        let manifest = Manifest {
            format_version: FORMAT_VERSION,
            title: info.title.clone(),
            author: info.author.clone(),
            source_server,
            created_at_ms,
            as_of_ms: selection.to_ms,
            expires_at_ms: info.expires_at_ms,
            holds,
            content_sha256: content_digest(&connection).map_err(sqlite)?,
            signer: options.signing_key.map(SigningKey::signer),
        };
        let text = serde_json::to_string_pretty(&manifest).map_err(|error| Error::Plan {
            detail: format!("could not write the manifest: {error}"),
        })?;
        let signature = options.signing_key.map(|key| key.sign(text.as_bytes()));
        connection
            .execute(
                &format!("INSERT INTO {MANIFEST_TABLE} (manifest, signature) VALUES (?1, ?2)"),
                params![text, signature],
            )
            .map_err(sqlite)?;
        Ok(manifest)
    })();
    match written {
        Ok(manifest) => {
            std::fs::rename(&temporary, out).map_err(io)?;
            Ok(manifest)
        }
        Err(error) => {
            let _ = std::fs::remove_file(&temporary);
            Err(error)
        }
    }
}

fn temporary_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".part");
    PathBuf::from(name)
}

/// Removes what the selection leaves out; what is left is what the pack holds.
fn cut_to(connection: &mut Connection, selection: &Selection) -> rusqlite::Result<Holds> {
    let tx = connection.transaction()?;
    if let Some(ids) = &selection.kpi_ids {
        tx.execute_batch("CREATE TEMP TABLE chosen_kpi (kpi_id TEXT PRIMARY KEY)")?;
        for id in ids {
            tx.execute("INSERT OR IGNORE INTO chosen_kpi VALUES (?1)", [id])?;
        }
        for table in ["kpi", "latest_value", "observation", "series_rollup"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE kpi_id NOT IN (SELECT kpi_id FROM chosen_kpi)"),
                [],
            )?;
        }
        tx.execute(
            "DELETE FROM alert WHERE kpi_id IS NOT NULL
               AND kpi_id NOT IN (SELECT kpi_id FROM chosen_kpi)",
            [],
        )?;
    }
    let (from, to) = (selection.from_ms, selection.to_ms);
    latest_as_of(&tx, to)?;
    tx.execute(
        "DELETE FROM observation WHERE t_ms < ?1 OR t_ms > ?2",
        params![from, to],
    )?;
    // The rollups follow the readings left: buckets outside the window's days go, and the two
    // days the window cuts are computed again from what is left of them.
    tx.execute(
        "DELETE FROM series_rollup WHERE bucket_ms < ?1 OR bucket_ms > ?2",
        params![bucket_start(from, DAY_MS), to],
    )?;
    let kpi_ids: Vec<String> = tx
        .prepare("SELECT kpi_id FROM kpi")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let edges = [from, to].map(|t_ms| Observation { t_ms, value: 0.0 });
    for kpi_id in &kpi_ids {
        refresh_page(&tx, kpi_id, &edges, PageShape::Other)?;
    }
    tx.execute(
        "DELETE FROM alert WHERE t_ms < ?1 OR t_ms > ?2",
        params![from, to],
    )?;
    tx.execute_batch("DELETE FROM sync_state; DELETE FROM sync_run;")?;

    let cached: Vec<String> = tx
        .prepare("SELECT layer_id FROM layer ORDER BY layer_id")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut layers = Vec::new();
    for layer_id in cached {
        let keep = selection
            .layer_ids
            .as_ref()
            .is_none_or(|ids| ids.contains(&layer_id));
        if keep {
            layers.push(layer_id);
            continue;
        }
        let table = table_name(&layer_id);
        tx.execute_batch(&format!(
            r#"DROP TABLE IF EXISTS "rtree_{table}_geom"; DROP TABLE IF EXISTS "{table}";"#
        ))?;
        // Those that refer to gpkg_contents go first.
        for registry in ["gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"] {
            tx.execute(
                &format!("DELETE FROM {registry} WHERE table_name = ?1"),
                [&table],
            )?;
        }
        tx.execute("DELETE FROM layer WHERE layer_id = ?1", [&layer_id])?;
    }
    if let Some(bbox) = selection.bbox {
        cut_to_area(&tx, &layers, bbox)?;
    }
    let (min_zoom, max_zoom) = selection.zooms.map_or((1, 0), |(lo, hi)| (lo, hi));
    tx.execute(
        "DELETE FROM basemap_tiles WHERE zoom_level < ?1 OR zoom_level > ?2",
        params![min_zoom, max_zoom],
    )?;
    tx.execute(
        "DELETE FROM basemap_tile_info WHERE zoom_level < ?1 OR zoom_level > ?2",
        params![min_zoom, max_zoom],
    )?;
    let count = |sql: &str| -> rusqlite::Result<u64> {
        tx.query_row(sql, [], |row| row.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
    };
    let kpis: Vec<String> = tx
        .prepare("SELECT kpi_id FROM kpi ORDER BY position")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let features = layers
        .iter()
        .map(|layer| count(&format!("SELECT count(*) FROM \"{}\"", table_name(layer))))
        .sum::<rusqlite::Result<u64>>()?;
    let holds = Holds {
        kpis,
        from_ms: from,
        to_ms: to,
        layers,
        zooms: selection.zooms,
        bbox: selection.bbox,
        observations: count("SELECT count(*) FROM observation")?,
        alerts: count("SELECT count(*) FROM alert")?,
        features,
        tiles: count("SELECT count(*) FROM basemap_tiles")?,
    };
    tx.commit()?;
    Ok(holds)
}

/// Keeps the features whose envelope meets `bbox` (through each layer's R*Tree) and the tiles
/// that cover it.
fn cut_to_area(
    tx: &rusqlite::Transaction<'_>,
    layers: &[String],
    bbox: BoundingBox,
) -> rusqlite::Result<()> {
    for layer in layers {
        let table = table_name(layer);
        let rtree = format!("rtree_{table}_geom");
        let outside = format!(
            r#"SELECT id FROM "{rtree}"
               WHERE maxx < ?1 OR minx > ?2 OR maxy < ?3 OR miny > ?4"#
        );
        let corners = params![bbox.min_lon, bbox.max_lon, bbox.min_lat, bbox.max_lat];
        tx.execute(
            &format!(r#"DELETE FROM "{table}" WHERE fid IN ({outside})"#),
            corners,
        )?;
        tx.execute(
            &format!(r#"DELETE FROM "{rtree}" WHERE id NOT IN (SELECT fid FROM "{table}")"#),
            [],
        )?;
    }
    let zooms: Vec<u8> = tx
        .prepare("SELECT DISTINCT zoom_level FROM basemap_tiles")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for zoom in zooms {
        let ((west, east), (north, south)) =
            tile_range(zoom, bbox.min_lon, bbox.min_lat, bbox.max_lon, bbox.max_lat);
        for table in ["basemap_tiles", "basemap_tile_info"] {
            tx.execute(
                &format!(
                    "DELETE FROM {table} WHERE zoom_level = ?1
                       AND (tile_column < ?2 OR tile_column > ?3 OR tile_row < ?4 OR tile_row > ?5)"
                ),
                params![zoom, west, east, north, south],
            )?;
        }
    }
    Ok(())
}

/// Each KPI's latest value as it stood at `to`: one newer than `to` gives way to the newest
/// reading at or before it (and the one before that as its previous), so a pack made of an
/// earlier window still shows every KPI's value as of its end. A KPI with no reading by then
/// has none.
fn latest_as_of(tx: &rusqlite::Transaction<'_>, to: i64) -> rusqlite::Result<()> {
    let newer: Vec<String> = tx
        .prepare("SELECT kpi_id FROM latest_value WHERE t_ms > ?1")?
        .query_map([to], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for kpi_id in newer {
        let readings: Vec<(i64, f64)> = tx
            .prepare(
                "SELECT t_ms, value FROM observation WHERE kpi_id = ?1 AND t_ms <= ?2
                 ORDER BY t_ms DESC LIMIT 2",
            )?
            .query_map(params![kpi_id, to], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        match readings.as_slice() {
            [] => {
                tx.execute("DELETE FROM latest_value WHERE kpi_id = ?1", [&kpi_id])?;
            }
            [(t_ms, value), rest @ ..] => {
                let previous = rest.first();
                // The series carries no quality: a reading of the history counts as good.
                tx.execute(
                    "UPDATE latest_value SET t_ms = ?2, value = ?3, quality = ?4,
                       previous_t_ms = ?5, previous_value = ?6 WHERE kpi_id = ?1",
                    params![
                        kpi_id,
                        t_ms,
                        value,
                        Quality::Good.key(),
                        previous.map(|(t, _)| *t),
                        previous.map(|(_, v)| *v)
                    ],
                )?;
            }
        }
    }
    Ok(())
}
