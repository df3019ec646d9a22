//! The fetcher thread: tiles missing from the cache are handed a few at a time to the core's
//! [`TileFetcher`] (which fetches, checks and stores them, and pauses after a server failure),
//! decoded, and delivered to the UI.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};

use egui::ColorImage;
use offline_cache::sync::{TileFetchOutcome, TileFetcher};
use walkers::TileId;

use super::loader::{Work, WorkQueue, decode_png, to_store_id};
use super::{Delivery, FetchJob, TileFetch};

/// Tiles fetched at the same time.
const FETCH_CONCURRENCY: usize = 4;

/// Fetches tiles missing from the cache, stores them and hands them to the UI.
pub(super) struct Fetcher {
    pub(super) fetch: TileFetch,
    pub(super) cache_path: PathBuf,
    pub(super) jobs: Arc<WorkQueue<FetchJob>>,
    pub(super) deliveries: mpsc::Sender<Delivery>,
    pub(super) ctx: egui::Context,
}

impl Fetcher {
    pub(super) fn run(self) {
        let fetcher = TileFetcher::new(
            &self.fetch.server,
            self.fetch.token.clone(),
            &self.cache_path,
        );
        let mut fetcher = match fetcher {
            Ok(fetcher) => fetcher,
            Err(error) => {
                tracing::warn!("tiles will not be fetched: {error}");
                return self.refuse_all();
            }
        };
        while let Some(work) = self.jobs.next(0) {
            let Work::Item { item: first, .. } = work else {
                continue;
            };
            let mut batch = vec![first];
            batch.extend(self.jobs.take_more(FETCH_CONCURRENCY - 1));
            let tiles: Vec<_> = batch
                .iter()
                .map(|job| (to_store_id(job.id), job.template.clone()))
                .collect();
            for (job, outcome) in batch.into_iter().zip(fetcher.fetch(&tiles)) {
                let image = match outcome {
                    TileFetchOutcome::Fetched(png) => match decode_png(&png) {
                        Ok(image) => Some(image),
                        Err(error) => {
                            tracing::warn!("a fetched tile does not decode: {error}");
                            None
                        }
                    },
                    TileFetchOutcome::Paused
                    | TileFetchOutcome::ServerFailed(_)
                    | TileFetchOutcome::TileFailed(_) => None,
                };
                self.deliver(job.id, job.generation, image);
            }
        }
    }

    fn refuse_all(&self) {
        while let Some(work) = self.jobs.next(0) {
            if let Work::Item { item, .. } = work {
                self.deliver(item.id, item.generation, None);
            }
        }
    }

    fn deliver(&self, id: TileId, generation: u64, image: Option<ColorImage>) {
        let delivery = Delivery::Tile {
            id,
            generation,
            image,
        };
        if self.deliveries.send(delivery).is_ok() {
            self.ctx.request_repaint();
        }
    }
}
