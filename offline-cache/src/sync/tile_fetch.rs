//! Tiles the map needs and the cache lacks, fetched while the map is shown: a few at a time from
//! the same server and with the same client, template expansion and PNG check as the sync, each
//! stored in the cache in one short transaction beside any running sync. After the server fails
//! it pauses, longer each time, instead of asking again for every tile.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::basemap::{check_png, tile_link};
use crate::error::{Error, Result};
use crate::http::{Client, ClientConfig, Fetched, RetryPolicy};
use crate::store::{FetchedTile, Store, TileId, now_ms};

const FIRST_BACKOFF: Duration = Duration::from_secs(5);
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// What became of one tile.
#[derive(Debug)]
pub enum TileFetchOutcome {
    /// Fetched (and stored, unless the cache could not take it): the PNG.
    Fetched(Vec<u8>),
    /// Not asked for: the server failed a moment ago and is left alone for a while.
    Paused,
    /// The server is unreachable or failing; the fetcher pauses.
    ServerFailed(Error),
    /// This tile only: not found, or not a PNG.
    TileFailed(Error),
}

/// After the server failed, tiles are not fetched for a while, longer after each failure.
#[derive(Debug, Default)]
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
}

/// Fetches tiles the cache lacks from one server and stores them. Runs on the caller's thread,
/// with a small runtime of its own; made for a face's background thread.
#[derive(Debug)]
pub struct TileFetcher {
    client: Client,
    runtime: tokio::runtime::Runtime,
    cache_path: PathBuf,
    store: Option<Store>,
    backoff: Backoff,
}

impl TileFetcher {
    /// A fetcher for `server` (with `token`), storing into the cache at `cache_path`.
    pub fn new(
        server: &str,
        token: Option<String>,
        cache_path: impl Into<PathBuf>,
    ) -> Result<TileFetcher> {
        let mut config = ClientConfig::new(server, token);
        config.connect_timeout = Duration::from_secs(3);
        config.read_timeout = Duration::from_secs(10);
        config.max_body_bytes = 4 * 1024 * 1024;
        config.retry = RetryPolicy {
            max_attempts: 2,
            ..RetryPolicy::default()
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|source| Error::Io {
                context: "could not start the tile fetcher".into(),
                source,
            })?;
        Ok(TileFetcher {
            client: Client::new(&config)?,
            runtime,
            cache_path: cache_path.into(),
            store: None,
            backoff: Backoff::default(),
        })
    }

    /// Fetches `tiles` (each with its XYZ template) at the same time and stores the good ones;
    /// the outcomes come in the order of `tiles`.
    pub fn fetch(&mut self, tiles: &[(TileId, String)]) -> Vec<TileFetchOutcome> {
        if self.backoff.active() {
            return tiles.iter().map(|_| TileFetchOutcome::Paused).collect();
        }
        let client = &self.client;
        let outcomes = self.runtime.block_on(futures_util::future::join_all(
            tiles
                .iter()
                .map(|(id, template)| fetch_tile(client, template, *id)),
        ));
        let mut results = Vec::with_capacity(outcomes.len());
        for ((id, _), outcome) in tiles.iter().zip(outcomes) {
            results.push(match outcome {
                Ok((png, etag)) => {
                    self.backoff = Backoff::default();
                    let tile = FetchedTile { id: *id, png, etag };
                    self.store(&tile);
                    TileFetchOutcome::Fetched(tile.png)
                }
                Err(error) if error.is_transient() || error.is_unreachable() => {
                    if !self.backoff.active() {
                        tracing::warn!("fetching basemap tiles failed; pausing: {error}");
                        self.backoff.failed();
                    }
                    TileFetchOutcome::ServerFailed(error)
                }
                Err(error) => {
                    tracing::warn!("a basemap tile could not be fetched: {error}");
                    TileFetchOutcome::TileFailed(error)
                }
            });
        }
        results
    }

    /// Writes a fetched tile into the cache (the store waits for a running sync's short
    /// transactions). A failure only costs the tile's next lookup.
    fn store(&mut self, tile: &FetchedTile) {
        if self.store.is_none() {
            match Store::open(&self.cache_path) {
                Ok(opened) => self.store = Some(opened),
                Err(error) => {
                    tracing::warn!("fetched tiles cannot be kept in the cache: {error}");
                    return;
                }
            }
        }
        if let Some(store) = &mut self.store
            && let Err(error) = store.write_tiles(std::slice::from_ref(tile), now_ms())
        {
            tracing::warn!("a fetched tile could not be stored: {error}");
        }
    }
}

async fn fetch_tile(
    client: &Client,
    template: &str,
    id: TileId,
) -> Result<(Vec<u8>, Option<String>)> {
    let url = client.resolve_anywhere(&tile_link(template, id))?;
    match client.get_bytes(&url, None).await? {
        Fetched::Fresh { value, etag } => {
            check_png(&value, &url)?;
            Ok((value, etag))
        }
        Fetched::NotModified => Err(Error::InvalidResponse {
            url: url.to_string(),
            detail: "a 304 to a request without an ETag".into(),
        }),
    }
}
