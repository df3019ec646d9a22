//! The basemap for walkers, from the cache's GeoPackage tile pyramid.
//!
//! [`CacheTiles::at`] never blocks: it answers from an in-memory LRU of textures and otherwise
//! queues the tile for a loader thread, which reads the PNG with its own read-only connection,
//! decodes it and sends the pixels back (the texture is made on the UI thread at the next call).
//! While a tile is on its way, or missing, the nearest loaded ancestor is drawn scaled up, so
//! zooming past the deepest cached level still shows the city. With a [`TileFetch`], tiles
//! missing from the cache are fetched from the server on another thread, stored, and shown.

mod fetch;
mod loader;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, mpsc};

use egui::{ColorImage, Rect, TextureHandle, TextureOptions, pos2};
use walkers::sources::Attribution;
use walkers::{Stats, Tile, TileId, TilePiece, Tiles};

use crate::loader::DataSource;
use fetch::Fetcher;
use loader::{Loader, WorkQueue};

/// Decoded tiles kept as textures (a 256 px RGBA tile is 256 KiB of texture memory).
const TEXTURE_CAPACITY: usize = 384;
/// Tiles waiting for the loader; the oldest are dropped first (they have likely left the screen).
const LOAD_QUEUE_CAPACITY: usize = 64;
/// Size of a tile when the catalog names none.
const DEFAULT_TILE_SIZE_PX: u32 = 256;
/// Deepest zoom walkers can ask for; anything deeper is not a tile.
const MAX_ZOOM: u8 = 30;

/// Where missing tiles may be fetched from while online.
#[derive(Debug, Clone)]
pub struct TileFetch {
    pub server: String,
    pub token: Option<String>,
    /// An XYZ template (`{z}`, `{x}`, `{y}`); `None` uses the cached catalog's basemap `tile_url`.
    pub template: Option<String>,
}

/// The basemap tile source over a cache file.
pub struct CacheTiles {
    ctx: egui::Context,
    textures: TextureLru,
    /// Queued or being read or fetched.
    pending: HashSet<TileId>,
    /// Not in the cache (nor fetched); not asked for again until [`CacheTiles::cache_changed`].
    missing: HashSet<TileId>,
    /// Unknown until the loader has looked at the cache.
    pyramid: Option<Pyramid>,
    generation: u64,
    requests: Arc<WorkQueue<TileId>>,
    fetch_jobs: Option<Arc<WorkQueue<FetchJob>>>,
    deliveries: mpsc::Receiver<Delivery>,
}

/// What tiles can be had: the zoom levels cached or fetchable, and the tile size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pyramid {
    tile_size_px: u32,
    /// Inclusive; `None` when there is nothing to show at all.
    zooms: Option<(u8, u8)>,
}

enum Delivery {
    Pyramid(Pyramid),
    /// A tile read or fetched (`Some`), or missing (`None`).
    Tile {
        id: TileId,
        generation: u64,
        image: Option<ColorImage>,
    },
    /// Dropped from a full fetch queue: neither shown nor missing, so it may be asked for again.
    Dropped(TileId),
}

struct FetchJob {
    id: TileId,
    generation: u64,
    template: String,
}

impl CacheTiles {
    /// The tile source over `source`; `fetch` fills in missing tiles from a server, never
    /// into a pack (which is never written).
    pub fn new(ctx: &egui::Context, source: &DataSource, fetch: Option<TileFetch>) -> CacheTiles {
        let fetch = fetch.filter(|_| source.pack().is_none());
        let cache_path = source.path();
        let (sender, deliveries) = mpsc::channel();
        let requests = Arc::new(WorkQueue::default());
        let fetch_jobs = fetch.as_ref().and_then(|fetch| {
            let jobs = Arc::new(WorkQueue::default());
            let fetcher = Fetcher {
                fetch: fetch.clone(),
                cache_path: cache_path.to_owned(),
                jobs: Arc::clone(&jobs),
                deliveries: sender.clone(),
                ctx: ctx.clone(),
            };
            let spawned = std::thread::Builder::new()
                .name("citydash-tile-fetch".into())
                .spawn(move || fetcher.run());
            match spawned {
                Ok(_) => Some(jobs),
                Err(error) => {
                    tracing::warn!(
                        "could not start the tile fetcher; missing tiles stay blank: {error}"
                    );
                    None
                }
            }
        });
        let loader = Loader {
            source: source.clone(),
            fetch,
            requests: Arc::clone(&requests),
            fetch_jobs: fetch_jobs.clone(),
            deliveries: sender,
            ctx: ctx.clone(),
        };
        if let Err(error) = std::thread::Builder::new()
            .name("citydash-tiles".into())
            .spawn(move || loader.run())
        {
            tracing::warn!("could not start the tile loader; the basemap stays blank: {error}");
        }
        CacheTiles {
            ctx: ctx.clone(),
            textures: TextureLru::new(TEXTURE_CAPACITY),
            pending: HashSet::new(),
            missing: HashSet::new(),
            pyramid: None,
            generation: 0,
            requests,
            fetch_jobs,
            deliveries,
        }
    }

    /// The cache got new tiles (a sync wrote some): forget which tiles were missing so they are
    /// looked up again.
    pub fn cache_changed(&mut self) {
        self.missing.clear();
        self.generation += 1;
        self.requests.set_generation(self.generation);
    }

    /// Tiles asked for and not found in the cache so far (for the UI's "n tiles missing" note).
    pub fn missing_count(&self) -> usize {
        self.missing.len()
    }

    /// Takes what the loader and fetcher finished, making textures of decoded tiles.
    fn receive(&mut self) {
        while let Ok(delivery) = self.deliveries.try_recv() {
            match delivery {
                Delivery::Pyramid(pyramid) => self.pyramid = Some(pyramid),
                Delivery::Tile {
                    id,
                    generation,
                    image,
                } => {
                    self.pending.remove(&id);
                    match image {
                        Some(image) => {
                            let name = format!("basemap/{}/{}/{}", id.zoom, id.x, id.y);
                            let texture =
                                self.ctx.load_texture(name, image, TextureOptions::LINEAR);
                            self.missing.remove(&id);
                            self.textures.insert(id, texture);
                        }
                        None if generation == self.generation => {
                            self.missing.insert(id);
                        }
                        None => {}
                    }
                }
                Delivery::Dropped(id) => {
                    self.pending.remove(&id);
                }
            }
        }
    }

    fn request(&mut self, id: TileId) {
        if self.pending.contains(&id) || self.missing.contains(&id) || self.textures.contains(id) {
            return;
        }
        self.pending.insert(id);
        if let Some(dropped) = self.requests.push(id, LOAD_QUEUE_CAPACITY) {
            self.pending.remove(&dropped);
        }
    }

    /// `tile` itself if loaded, else the part of its nearest loaded ancestor covering it.
    fn best_loaded(&mut self, tile: TileId) -> Option<TilePiece> {
        (0..=tile.zoom).rev().find_map(|zoom| {
            let (ancestor, uv) = ancestor_piece(tile, zoom);
            self.textures
                .get(ancestor)
                .map(|texture| TilePiece::new(Tile::Raster(texture), uv))
        })
    }
}

impl Drop for CacheTiles {
    fn drop(&mut self) {
        self.requests.close();
        if let Some(jobs) = &self.fetch_jobs {
            jobs.close();
        }
    }
}

impl Tiles for CacheTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        self.receive();
        if !is_valid(tile_id) {
            return None;
        }
        if let Some(pyramid) = self.pyramid
            && let Some(target) = load_target(tile_id, pyramid.zooms, &self.missing)
        {
            self.request(target);
        }
        self.best_loaded(tile_id)
    }

    fn attribution(&self) -> Attribution {
        Attribution {
            text: "",
            url: "",
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        self.pyramid
            .map_or(DEFAULT_TILE_SIZE_PX, |pyramid| pyramid.tile_size_px)
    }

    fn stats(&self) -> Stats {
        Stats {
            in_progress: self.pending.len(),
        }
    }
}

fn is_valid(tile: TileId) -> bool {
    tile.zoom <= MAX_ZOOM && tile.x < (1u32 << tile.zoom) && tile.y < (1u32 << tile.zoom)
}

/// The ancestor of `tile` at `zoom` (not deeper than the tile) and the part of it `tile` covers,
/// in the ancestor's texture coordinates.
pub fn ancestor_piece(tile: TileId, zoom: u8) -> (TileId, Rect) {
    let levels = u32::from(tile.zoom.saturating_sub(zoom));
    let ancestor = TileId {
        x: tile.x >> levels,
        y: tile.y >> levels,
        zoom: tile.zoom - levels as u8,
    };
    let span = (1u32 << levels) as f32;
    let (column, row) = (
        (tile.x - (ancestor.x << levels)) as f32,
        (tile.y - (ancestor.y << levels)) as f32,
    );
    let uv = Rect::from_min_max(
        pos2(column / span, row / span),
        pos2((column + 1.0) / span, (row + 1.0) / span),
    );
    (ancestor, uv)
}

/// Which tile to load for showing `tile`: itself, or the deepest ancestor within the zoom
/// levels that can be had and not known to be missing. `None` when none is left.
fn load_target(tile: TileId, zooms: Option<(u8, u8)>, missing: &HashSet<TileId>) -> Option<TileId> {
    let (min_zoom, max_zoom) = zooms?;
    (min_zoom..=tile.zoom.min(max_zoom))
        .rev()
        .map(|zoom| ancestor_piece(tile, zoom).0)
        .find(|candidate| !missing.contains(candidate))
}

/// Textures by tile, least recently used evicted first.
struct TextureLru {
    capacity: usize,
    tick: u64,
    entries: HashMap<TileId, (TextureHandle, u64)>,
}

impl TextureLru {
    fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            tick: 0,
            entries: HashMap::new(),
        }
    }

    fn contains(&self, id: TileId) -> bool {
        self.entries.contains_key(&id)
    }

    fn get(&mut self, id: TileId) -> Option<TextureHandle> {
        self.tick += 1;
        let tick = self.tick;
        self.entries.get_mut(&id).map(|(texture, used)| {
            *used = tick;
            texture.clone()
        })
    }

    fn insert(&mut self, id: TileId, texture: TextureHandle) {
        if !self.entries.contains_key(&id) && self.entries.len() >= self.capacity {
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(id, _)| *id);
            if let Some(oldest) = oldest {
                self.entries.remove(&oldest);
            }
        }
        self.tick += 1;
        self.entries.insert(id, (texture, self.tick));
    }
}
