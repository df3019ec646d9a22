//! Basemap tiles: `GET /tiles/{z}/{x}/{y}.png`, drawn on demand by [`render`] and kept in a
//! small least-recently-used cache so a panning client does not redraw the same tiles.

pub mod render;
pub mod route;

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

    /// Prints the median time to draw and encode a tile at zooms 8-16 over the city
    /// (`cargo test --release -- --ignored tile_render_times --nocapture`).
    #[test]
    #[ignore = "a timing report, not a check"]
    fn tile_render_times() {
        for z in [8u8, 10, 12, 13, 14, 16] {
            let centre = TileId::at(106.70, 10.78, z).unwrap();
            let mut times: Vec<std::time::Duration> = (0..25u32)
                .map(|k| {
                    let tile = TileId::new(z, centre.x + k % 5 - 2, centre.y + k / 5 - 2).unwrap();
                    let started = std::time::Instant::now();
                    render::render_png(tile).unwrap();
                    started.elapsed()
                })
                .collect();
            times.sort();
            eprintln!("zoom {z}: median {:?} per tile", times[times.len() / 2]);
        }
    }

    /// Draws the 3x3 zoom-13 tiles around Ben Thanh and Thu Thiem, and the city at zoom 9, to
    /// the temp directory for a person to look at (`cargo test -- --ignored mosaic`).
    #[test]
    #[ignore = "writes PNGs for a person to look at"]
    fn mosaic() {
        for (name, z, lon, lat, n) in [
            ("mosaic-z13.png", 13, 106.7075, 10.7790, 3),
            ("mosaic-z9.png", 9, 106.85, 10.85, 3),
            ("mosaic-z11.png", 11, 106.72, 10.80, 3),
            ("mosaic-z15.png", 15, 106.7000, 10.7740, 3),
        ] {
            let centre = TileId::at(lon, lat, z).unwrap();
            let side = TILE_SIZE_PX * n;
            let mut mosaic = tiny_skia::Pixmap::new(side, side).unwrap();
            for dy in 0..n {
                for dx in 0..n {
                    let tile =
                        TileId::new(z, centre.x + dx - n / 2, centre.y + dy - n / 2).unwrap();
                    let pixmap = render::render(tile).unwrap();
                    mosaic.draw_pixmap(
                        (dx * TILE_SIZE_PX) as i32,
                        (dy * TILE_SIZE_PX) as i32,
                        pixmap.as_ref(),
                        &tiny_skia::PixmapPaint::default(),
                        tiny_skia::Transform::identity(),
                        None,
                    );
                }
            }
            let path = std::env::temp_dir().join(name);
            mosaic.save_png(&path).unwrap();
            eprintln!("wrote {}", path.display());
        }
    }
}
