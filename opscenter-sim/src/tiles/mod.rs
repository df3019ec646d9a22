//! Basemap tiles, drawn on demand by [`render`] and kept in a
//! small least-recently-used cache so a panning client does not redraw the same tiles.

pub mod render;

use std::collections::HashMap;

use bytes::Bytes;

pub use render::{MAX_ZOOM, MIN_ZOOM, TILE_SIZE_PX, TileId};

/// Tiles kept in memory per simulator (about 10-20 KB each).
pub const TILE_CACHE_CAPACITY: usize = 1_024;

/// A bounded least-recently-used cache of encoded tiles.
#[derive(Debug)]
pub struct TileCache {
    capacity: usize,
    tick: u64,
    entries: HashMap<TileId, (u64, Bytes)>,
}

impl Default for TileCache {
    fn default() -> Self {
        Self::with_capacity(TILE_CACHE_CAPACITY)
    }
}

impl TileCache {
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            tick: 0,
            entries: HashMap::new(),
        }
    }

    pub fn get(&mut self, tile: TileId) -> Option<Bytes> {
        self.tick += 1;
        let tick = self.tick;
        self.entries.get_mut(&tile).map(|(used, png)| {
            *used = tick;
            png.clone()
        })
    }

    /// Keeps a tile, forgetting the least recently used one when full.
    pub fn put(&mut self, tile: TileId, png: Bytes) {
        self.tick += 1;
        if self.entries.len() >= self.capacity && !self.entries.contains_key(&tile) {
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, (used, _))| *used)
                .map(|(tile, _)| *tile);
            if let Some(oldest) = oldest {
                self.entries.remove(&oldest);
            }
        }
        self.entries.insert(tile, (self.tick, png));
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_forgets_the_least_recently_used() {
        let mut cache = TileCache::with_capacity(2);
        let tile = |x| TileId::new(10, x, 0).unwrap();
        cache.put(tile(1), Bytes::from_static(b"1"));
        cache.put(tile(2), Bytes::from_static(b"2"));
        assert!(cache.get(tile(1)).is_some());
        cache.put(tile(3), Bytes::from_static(b"3"));
        assert_eq!(cache.len(), 2);
        assert!(cache.get(tile(2)).is_none());
        assert!(cache.get(tile(1)).is_some());
        assert!(cache.get(tile(3)).is_some());
    }
}
