//! The loader thread: reads tiles from the cache with its own read-only connection, decodes
//! them and sends the pixels to the UI thread; tiles not in the cache go to the fetcher when
//! there is one. Also the work queue the UI thread feeds it through.

// This thread reads tiles from the cache, off the UI thread.
#![allow(clippy::disallowed_types)]

use std::collections::VecDeque;
use std::io::Cursor;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};

use egui::ColorImage;
use offline_cache::store::{self, Reader};
use walkers::TileId;

use crate::loader::DataSource;

use super::{DEFAULT_TILE_SIZE_PX, Delivery, FetchJob, Pyramid, TileFetch};

/// Tiles waiting to be fetched from the server.
const FETCH_QUEUE_CAPACITY: usize = 32;
/// Tiles are never this large; a PNG claiming more is refused before decoding.
const MAX_TILE_EDGE_PX: u32 = 2048;

/// A queue between the UI thread and a worker: newest first, bounded, closable, with a
/// generation the worker notices (the cache changed).
pub(super) struct WorkQueue<T> {
    state: Mutex<QueueState<T>>,
    wake: Condvar,
}

struct QueueState<T> {
    items: VecDeque<T>,
    generation: u64,
    closed: bool,
}

impl<T> Default for WorkQueue<T> {
    fn default() -> Self {
        Self {
            state: Mutex::new(QueueState {
                items: VecDeque::new(),
                generation: 0,
                closed: false,
            }),
            wake: Condvar::new(),
        }
    }
}

pub(super) enum Work<T> {
    Item {
        item: T,
        generation: u64,
    },
    /// The generation changed with nothing queued.
    Refresh {
        generation: u64,
    },
}

impl<T> WorkQueue<T> {
    fn lock(&self) -> MutexGuard<'_, QueueState<T>> {
        // Every critical section leaves the queue consistent, so a panic elsewhere is harmless.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Queues `item`; when over `capacity`, drops and returns the oldest.
    pub(super) fn push(&self, item: T, capacity: usize) -> Option<T> {
        let mut state = self.lock();
        state.items.push_back(item);
        let dropped = (state.items.len() > capacity)
            .then(|| state.items.pop_front())
            .flatten();
        drop(state);
        self.wake.notify_one();
        dropped
    }

    pub(super) fn set_generation(&self, generation: u64) {
        self.lock().generation = generation;
        self.wake.notify_all();
    }

    pub(super) fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_all();
    }

    /// Waits for the newest item or a new generation; `None` once closed.
    pub(super) fn next(&self, seen_generation: u64) -> Option<Work<T>> {
        let mut state = self.lock();
        loop {
            if state.closed {
                return None;
            }
            if state.generation != seen_generation && state.items.is_empty() {
                return Some(Work::Refresh {
                    generation: state.generation,
                });
            }
            if let Some(item) = state.items.pop_back() {
                return Some(Work::Item {
                    item,
                    generation: state.generation,
                });
            }
            state = self
                .wake
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Up to `count` items without waiting, newest first.
    pub(super) fn take_more(&self, count: usize) -> Vec<T> {
        let mut state = self.lock();
        let keep = state.items.len().saturating_sub(count);
        state.items.split_off(keep).into_iter().rev().collect()
    }
}

pub(super) fn to_store_id(id: TileId) -> store::TileId {
    store::TileId {
        z: id.zoom,
        x: id.x,
        y: id.y,
    }
}

/// Decodes a PNG into pixels, refusing absurd sizes before allocating them.
pub(super) fn decode_png(png: &[u8]) -> Result<ColorImage, image::ImageError> {
    let mut reader = image::ImageReader::with_format(Cursor::new(png), image::ImageFormat::Png);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_TILE_EDGE_PX);
    limits.max_image_height = Some(MAX_TILE_EDGE_PX);
    reader.limits(limits);
    let rgba = reader.decode()?.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}

/// Reads and decodes tiles on its own thread, with its own read-only connection.
pub(super) struct Loader {
    pub(super) source: DataSource,
    pub(super) fetch: Option<TileFetch>,
    pub(super) requests: Arc<WorkQueue<TileId>>,
    pub(super) fetch_jobs: Option<Arc<WorkQueue<FetchJob>>>,
    pub(super) deliveries: mpsc::Sender<Delivery>,
    pub(super) ctx: egui::Context,
}

/// Where and which tiles the fetcher may fetch.
struct FetchPlan {
    template: String,
    zooms: (u8, u8),
}

impl Loader {
    pub(super) fn run(self) {
        let mut reader = None;
        let mut plan = self.look_at_cache(&mut reader);
        let mut generation = 0;
        while let Some(work) = self.requests.next(generation) {
            let (id, tile_generation) = match work {
                Work::Refresh { generation: newer } => {
                    generation = newer;
                    plan = self.look_at_cache(&mut reader);
                    continue;
                }
                Work::Item { item, generation } => (item, generation),
            };
            if tile_generation != generation {
                generation = tile_generation;
                plan = self.look_at_cache(&mut reader);
            }
            let image = self.read(&mut reader, id);
            if image.is_none()
                && let (Some(plan), Some(jobs)) = (&plan, &self.fetch_jobs)
                && (plan.zooms.0..=plan.zooms.1).contains(&id.zoom)
            {
                let job = FetchJob {
                    id,
                    generation,
                    template: plan.template.clone(),
                };
                if let Some(dropped) = jobs.push(job, FETCH_QUEUE_CAPACITY) {
                    self.deliver(Delivery::Dropped(dropped.id));
                }
                continue;
            }
            self.deliver(Delivery::Tile {
                id,
                generation,
                image,
            });
        }
    }

    fn deliver(&self, delivery: Delivery) {
        if self.deliveries.send(delivery).is_ok() {
            self.ctx.request_repaint();
        }
    }

    /// Opens the cache if needed and tells the UI which zoom levels can be had.
    fn look_at_cache(&self, reader: &mut Option<Reader>) -> Option<FetchPlan> {
        if reader.is_none() {
            match self.source.open_reader() {
                Ok(opened) => *reader = Some(opened),
                Err(error) => tracing::debug!("no basemap yet: {error}"),
            }
        }
        let stats = reader.as_ref().and_then(|reader| {
            reader
                .tile_stats()
                .map_err(|error| tracing::warn!("could not read the basemap's size: {error}"))
                .ok()
        });
        let basemap = reader.as_ref().and_then(|reader| {
            reader
                .catalog()
                .map_err(|error| tracing::warn!("could not read the stored catalog: {error}"))
                .ok()
                .flatten()
                .and_then(|catalog| catalog.basemap)
        });
        let cached = stats.and_then(|stats| stats.min_zoom.zip(stats.max_zoom));
        let plan = self.fetch.as_ref().and_then(|fetch| {
            let template = fetch
                .template
                .clone()
                .or_else(|| basemap.as_ref().map(|basemap| basemap.tile_url.clone()))?;
            let zooms = basemap
                .as_ref()
                .map_or((0, 19), |basemap| (basemap.min_zoom, basemap.max_zoom));
            Some(FetchPlan { template, zooms })
        });
        let zooms = match (cached, plan.as_ref().map(|plan| plan.zooms)) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        let tile_size_px = basemap
            .as_ref()
            .map(|basemap| basemap.tile_size)
            .filter(|size| (64..=1024).contains(size) && size.is_power_of_two())
            .unwrap_or(DEFAULT_TILE_SIZE_PX);
        self.deliver(Delivery::Pyramid(Pyramid {
            tile_size_px,
            zooms,
        }));
        plan
    }

    fn read(&self, reader: &mut Option<Reader>, id: TileId) -> Option<ColorImage> {
        if reader.is_none() {
            *reader = self.source.open_reader().ok();
        }
        let png = match reader.as_ref()?.tile(to_store_id(id)) {
            Ok(png) => png?,
            Err(error) => {
                tracing::warn!(
                    "could not read basemap tile {}/{}/{}: {error}",
                    id.zoom,
                    id.x,
                    id.y
                );
                return None;
            }
        };
        decode_png(&png)
            .map_err(|error| {
                tracing::warn!(
                    "basemap tile {}/{}/{} in the cache is not a readable PNG; it is left blank: {error}",
                    id.zoom,
                    id.x,
                    id.y
                );
            })
            .ok()
    }
}
