//! The fetcher thread: tiles missing from the cache are fetched from the server a few at a
//! time, written into the cache beside any running sync, and handed to the UI; after a failure
//! of the server it pauses, longer each time, instead of asking again for every tile.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use egui::ColorImage;
use offline_cache::http::{Client, ClientConfig, Fetched, RetryPolicy};
use offline_cache::store::{self, FetchedTile, Store};
use offline_cache::sync::{check_png, tile_link};
use walkers::TileId;

use super::loader::{Work, WorkQueue, decode_png, to_store_id};
use super::{Delivery, FetchJob, TileFetch};

/// Tiles fetched at the same time.
const FETCH_CONCURRENCY: usize = 4;
const FIRST_BACKOFF: Duration = Duration::from_secs(5);
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// Fetches tiles missing from the cache, stores them and hands them to the UI.
pub(super) struct Fetcher {
    pub(super) fetch: TileFetch,
    pub(super) cache_path: PathBuf,
    pub(super) jobs: Arc<WorkQueue<FetchJob>>,
    pub(super) deliveries: mpsc::Sender<Delivery>,
    pub(super) ctx: egui::Context,
}

/// After the server failed, tiles are not fetched for a while, longer after each failure.
#[derive(Default)]
struct Backoff {
    failures: u32,
    until: Option<Instant>,
}

impl Backoff {
    fn active(&self) -> bool {
        self.until.is_some_and(|until| Instant::now() < until)
    }

    fn failed(&mut self) {
        self.failures = self.failures.saturating_add(1);
        let delay = FIRST_BACKOFF
            .saturating_mul(1 << self.failures.saturating_sub(1).min(8))
            .min(MAX_BACKOFF);
        self.until = Some(Instant::now() + delay);
    }

    fn succeeded(&mut self) {
        *self = Backoff::default();
    }
}

enum FetchOutcome {
    Fetched(FetchedTile, ColorImage),
    /// The server is unreachable or failing: back off.
    ServerFailed(String),
    /// This tile only: not found, or not a PNG.
    TileFailed(String),
}

impl Fetcher {
    pub(super) fn run(self) {
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(error) => {
                tracing::warn!("could not start the tile fetcher's runtime: {error}");
                return self.refuse_all();
            }
        };
        let mut config = ClientConfig::new(self.fetch.server.clone(), self.fetch.token.clone());
        config.connect_timeout = Duration::from_secs(3);
        config.read_timeout = Duration::from_secs(10);
        config.max_body_bytes = 4 * 1024 * 1024;
        config.retry = RetryPolicy {
            max_attempts: 2,
            ..RetryPolicy::default()
        };
        let client = match Client::new(&config) {
            Ok(client) => client,
            Err(error) => {
                tracing::warn!("tiles will not be fetched: {error}");
                return self.refuse_all();
            }
        };
        let mut store: Option<Store> = None;
        let mut backoff = Backoff::default();
        while let Some(work) = self.jobs.next(0) {
            let Work::Item { item: first, .. } = work else {
                continue;
            };
            let mut batch = vec![first];
            batch.extend(self.jobs.take_more(FETCH_CONCURRENCY - 1));
            if backoff.active() {
                for job in batch {
                    self.deliver(job.id, job.generation, None);
                }
                continue;
            }
            let outcomes = runtime.block_on(fetch_batch(&client, &batch));
            for (job, outcome) in batch.into_iter().zip(outcomes) {
                let image = match outcome {
                    FetchOutcome::Fetched(tile, image) => {
                        backoff.succeeded();
                        self.store(&mut store, tile);
                        Some(image)
                    }
                    FetchOutcome::ServerFailed(message) => {
                        if !backoff.active() {
                            tracing::warn!("fetching basemap tiles failed; pausing: {message}");
                            backoff.failed();
                        }
                        None
                    }
                    FetchOutcome::TileFailed(message) => {
                        tracing::warn!("a basemap tile could not be fetched: {message}");
                        None
                    }
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

    /// Writes a fetched tile into the cache (beside a running sync: the store waits for the
    /// sync's short transactions). A failure only costs the tile's next lookup.
    fn store(&self, store: &mut Option<Store>, tile: FetchedTile) {
        if store.is_none() {
            match Store::open(&self.cache_path) {
                Ok(opened) => *store = Some(opened),
                Err(error) => {
                    tracing::warn!("fetched tiles cannot be kept in the cache: {error}");
                    return;
                }
            }
        }
        if let Some(store) = store
            && let Err(error) = store.write_tiles(&[tile], store::now_ms())
        {
            tracing::warn!("a fetched tile could not be stored: {error}");
        }
    }
}

async fn fetch_batch(client: &Client, batch: &[FetchJob]) -> Vec<FetchOutcome> {
    let mut tasks = tokio::task::JoinSet::new();
    for (index, job) in batch.iter().enumerate() {
        let client = client.clone();
        let id = job.id;
        let template = job.template.clone();
        tasks.spawn(async move { (index, fetch_tile(&client, &template, id).await) });
    }
    let mut outcomes: Vec<Option<FetchOutcome>> = batch.iter().map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((index, outcome)) => outcomes[index] = Some(outcome),
            Err(error) => tracing::warn!("a tile fetch stopped: {error}"),
        }
    }
    outcomes
        .into_iter()
        .map(|outcome| {
            outcome.unwrap_or_else(|| FetchOutcome::TileFailed("the fetch stopped".into()))
        })
        .collect()
}

async fn fetch_tile(client: &Client, template: &str, id: TileId) -> FetchOutcome {
    let url = match client.resolve_anywhere(&tile_link(template, to_store_id(id))) {
        Ok(url) => url,
        Err(error) => return FetchOutcome::ServerFailed(error.to_string()),
    };
    let (png, etag) = match client.get_bytes(&url, None).await {
        Ok(Fetched::Fresh { value, etag }) => (value, etag),
        Ok(Fetched::NotModified) => {
            return FetchOutcome::TileFailed(format!("304 to a request without an ETag ({url})"));
        }
        Err(error) if error.is_transient() || error.is_unreachable() => {
            return FetchOutcome::ServerFailed(error.to_string());
        }
        Err(error) => return FetchOutcome::TileFailed(error.to_string()),
    };
    if let Err(error) = check_png(&png, &url) {
        return FetchOutcome::TileFailed(error.to_string());
    }
    match decode_png(&png) {
        Ok(image) => FetchOutcome::Fetched(
            FetchedTile {
                id: to_store_id(id),
                png,
                etag,
            },
            image,
        ),
        Err(error) => FetchOutcome::TileFailed(format!("the PNG does not decode: {error} ({url})")),
    }
}
