//! The basemap in the cache: a GeoPackage tile pyramid (`basemap_tiles`, XYZ rows), with each
//! tile's ETag and fetch time beside it for revalidation and eviction under a byte budget.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::open::sqlite_error;
use super::{Reader, Store};
use crate::error::Result;
use crate::model::units::tile_at;

/// A tile address: zoom, column, row (rows from the top, as in XYZ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// A tile fetched from the server.
#[derive(Debug, Clone)]
pub struct FetchedTile {
    pub id: TileId,
    pub png: Vec<u8>,
    pub etag: Option<String>,
}

/// What the cache remembers of a stored tile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TileState {
    pub etag: Option<String>,
    pub fetched_at_ms: i64,
}

/// How many tiles of one zoom level are stored, and their bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TileLevel {
    pub count: u64,
    pub bytes: u64,
}

/// What an eviction removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Eviction {
    pub tiles: u64,
    pub bytes: u64,
    /// The lowest and highest zoom level of the removed tiles.
    pub zooms: Option<(u8, u8)>,
}

/// The size of the cached basemap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TileStats {
    pub count: u64,
    pub min_zoom: Option<u8>,
    pub max_zoom: Option<u8>,
    pub bytes: u64,
    pub oldest_fetched_at_ms: Option<i64>,
}

impl Store {
    /// The stored tiles at zoom `z` within columns `x_range` and rows `y_range`.
    pub fn tile_states(
        &self,
        z: u8,
        x_range: (u32, u32),
        y_range: (u32, u32),
    ) -> Result<HashMap<TileId, TileState>> {
        let mut statement = self
            .connection()
            .prepare_cached(
                "SELECT tile_column, tile_row, etag, fetched_at_ms FROM basemap_tile_info
                 WHERE zoom_level = ?1 AND tile_column BETWEEN ?2 AND ?3
                   AND tile_row BETWEEN ?4 AND ?5",
            )
            .map_err(sqlite_error(self.path()))?;
        let rows = statement
            .query_map(
                params![z, x_range.0, x_range.1, y_range.0, y_range.1],
                |row| {
                    Ok((
                        TileId {
                            z,
                            x: row.get(0)?,
                            y: row.get(1)?,
                        },
                        TileState {
                            etag: row.get(2)?,
                            fetched_at_ms: row.get(3)?,
                        },
                    ))
                },
            )
            .map_err(sqlite_error(self.path()))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(sqlite_error(self.path()))
    }

    /// The stored tiles of zoom level `z`, wherever they are.
    pub fn tile_level(&self, z: u8) -> Result<TileLevel> {
        self.connection()
            .query_row(
                "SELECT count(*), coalesce(sum(bytes), 0) FROM basemap_tile_info
                 WHERE zoom_level = ?1",
                [z],
                |row| {
                    Ok(TileLevel {
                        count: row.get::<_, i64>(0)?.max(0) as u64,
                        bytes: row.get::<_, i64>(1)?.max(0) as u64,
                    })
                },
            )
            .map_err(sqlite_error(self.path()))
    }

    /// Stores a batch of tiles in one transaction. Returns how many were written.
    pub fn write_tiles(&mut self, tiles: &[FetchedTile], fetched_at_ms: i64) -> Result<usize> {
        self.in_transaction(|tx| {
            let mut tile = tx.prepare_cached(
                "INSERT INTO basemap_tiles (zoom_level, tile_column, tile_row, tile_data)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (zoom_level, tile_column, tile_row)
                 DO UPDATE SET tile_data = excluded.tile_data",
            )?;
            let mut info = tx.prepare_cached(
                "INSERT OR REPLACE INTO basemap_tile_info
                    (zoom_level, tile_column, tile_row, etag, bytes, fetched_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for fetched in tiles {
                let TileId { z, x, y } = fetched.id;
                tile.execute(params![z, x, y, fetched.png])?;
                info.execute(params![
                    z,
                    x,
                    y,
                    fetched.etag,
                    fetched.png.len() as i64,
                    fetched_at_ms
                ])?;
            }
            Ok(tiles.len())
        })
    }

    /// The server confirmed these tiles unchanged (304): they count as fresh again.
    pub fn touch_tiles(&mut self, ids: &[TileId], fetched_at_ms: i64) -> Result<()> {
        self.in_transaction(|tx| {
            let mut touch = tx.prepare_cached(
                "UPDATE basemap_tile_info SET fetched_at_ms = ?4
                 WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
            )?;
            for TileId { z, x, y } in ids {
                touch.execute(params![z, x, y, fetched_at_ms])?;
            }
            Ok(())
        })
    }

    /// Evicts tiles until the basemap fits in `budget_bytes`: the deepest zoom first (a map
    /// must keep its overview), and within a zoom the least recently fetched first.
    pub fn evict_tiles(&mut self, budget_bytes: u64) -> Result<Eviction> {
        self.in_transaction(|tx| {
            let total: i64 =
                tx.query_row("SELECT coalesce(sum(bytes), 0) FROM basemap_tile_info", [], |row| row.get(0))?;
            let mut excess = total.max(0) as u64;
            if excess <= budget_bytes {
                return Ok(Eviction::default());
            }
            excess -= budget_bytes;
            let mut victims_in_order = tx.prepare(
                "SELECT zoom_level, tile_column, tile_row, bytes FROM basemap_tile_info
                 ORDER BY zoom_level DESC, fetched_at_ms, tile_column, tile_row",
            )?;
            let mut victims = Vec::new();
            let mut eviction = Eviction::default();
            let mut rows = victims_in_order.query([])?;
            while eviction.bytes < excess {
                let Some(row) = rows.next()? else { break };
                let z: u8 = row.get(0)?;
                victims.push((z, row.get::<_, u32>(1)?, row.get::<_, u32>(2)?));
                eviction.bytes += row.get::<_, i64>(3)?.max(0) as u64;
                eviction.tiles += 1;
                eviction.zooms = Some(eviction.zooms.map_or((z, z), |(low, high)| (low.min(z), high.max(z))));
            }
            drop(rows);
            let mut delete_tile = tx.prepare_cached(
                "DELETE FROM basemap_tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
            )?;
            let mut delete_info = tx.prepare_cached(
                "DELETE FROM basemap_tile_info WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
            )?;
            for (z, x, y) in &victims {
                delete_tile.execute(params![z, x, y])?;
                delete_info.execute(params![z, x, y])?;
            }
            Ok(eviction)
        })
    }
}

impl Reader {
    /// The PNG of a tile, if cached.
    pub fn tile(&self, id: TileId) -> Result<Option<Vec<u8>>> {
        self.connection()
            .prepare_cached(
                "SELECT tile_data FROM basemap_tiles
                 WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
            )
            .and_then(|mut statement| {
                statement
                    .query_row(params![id.z, id.x, id.y], |row| row.get(0))
                    .optional()
            })
            .map_err(sqlite_error(self.path()))
    }

    pub fn tile_stats(&self) -> Result<TileStats> {
        self.connection()
            .query_row(
                "SELECT count(*), min(zoom_level), max(zoom_level), coalesce(sum(bytes), 0),
                        min(fetched_at_ms)
                 FROM basemap_tile_info",
                [],
                |row| {
                    Ok(TileStats {
                        count: row.get::<_, i64>(0)?.max(0) as u64,
                        min_zoom: row.get(1)?,
                        max_zoom: row.get(2)?,
                        bytes: row.get::<_, i64>(3)?.max(0) as u64,
                        oldest_fetched_at_ms: row.get(4)?,
                    })
                },
            )
            .map_err(sqlite_error(self.path()))
    }
}

/// The XYZ tiles covering a WGS 84 box at zoom `z`: inclusive column and row ranges.
pub fn tile_range(
    z: u8,
    min_lon: f64,
    min_lat: f64,
    max_lon: f64,
    max_lat: f64,
) -> ((u32, u32), (u32, u32)) {
    let (west, north) = tile_at(z, min_lon, max_lat);
    let (east, south) = tile_at(z, max_lon, min_lat);
    ((west, east), (north, south))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ben_thanh_at_zoom_13() {
        // Ben Thanh Market, 10.7721 N 106.6983 E, is tile 13/6523/3849 in XYZ.
        let ((x0, x1), (y0, y1)) = tile_range(13, 106.6983, 10.7721, 106.6983, 10.7721);
        assert_eq!((x0, x1, y0, y1), (6523, 6523, 3849, 3849));
    }

    #[test]
    fn eviction_takes_the_deepest_zoom_first_then_the_oldest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tiles.gpkg");
        let mut store = Store::open(&path).unwrap();
        // The overview tile is the oldest of all; it must still outlive every deeper tile.
        for (z, x, fetched_at_ms) in [
            (8, 0, 10),
            (11, 0, 97),
            (10, 1, 99),
            (11, 1, 98),
            (10, 2, 98),
        ] {
            let tile = FetchedTile {
                id: TileId { z, x, y: 0 },
                png: vec![0u8; 1000],
                etag: None,
            };
            store.write_tiles(&[tile], fetched_at_ms).unwrap();
        }
        let eviction = store.evict_tiles(2_500).unwrap();
        assert_eq!(
            eviction,
            Eviction {
                tiles: 3,
                bytes: 3000,
                zooms: Some((10, 11))
            }
        );
        let reader = Reader::open(&path).unwrap();
        assert!(reader.tile(TileId { z: 8, x: 0, y: 0 }).unwrap().is_some());
        assert!(reader.tile(TileId { z: 10, x: 1, y: 0 }).unwrap().is_some());
        assert_eq!(reader.tile(TileId { z: 10, x: 2, y: 0 }).unwrap(), None);
        assert_eq!(reader.tile(TileId { z: 11, x: 0, y: 0 }).unwrap(), None);
        assert_eq!(store.evict_tiles(2_500).unwrap(), Eviction::default());
    }
}
