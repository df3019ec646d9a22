//! The sync engine: brings the cache up to date with the operations center.
//!
//! One run fetches the catalog, the latest values, each KPI's series from the last stored time
//! onwards (paged, several KPIs at once) and the alerts after the stored cursor. Network work runs
//! on a small tokio runtime; every answer is validated and handed to the one writer, which commits
//! each resource (or series page) in its own transaction together with its sync state. A failure
//! is recorded for its resource and never removes what was stored before.

mod alerts;
mod background;
mod basemap;
mod engine;
mod history;
mod layers;
mod replay;
mod series;
mod tile_fetch;
mod validate;
mod watch;
mod writer;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::Serialize;

pub use background::BackgroundSync;
pub use basemap::{MAX_TILES_PER_RUN, check_png, tile_link};
pub use engine::{sync_once, sync_once_with};
pub use history::{HistoryError, LayerSnapshot, fetch_layer_at, layer_keeps_history, rfc3339_ms};
pub use replay::{HistoryReplay, HistoryState};
pub use tile_fetch::{TileFetchOutcome, TileFetcher};
pub use watch::{ChangeWaiter, WaitOutcome};

use crate::http::{ClientConfig, DEFAULT_ANSWER_TIMEOUT, DEFAULT_MAX_BODY_BYTES, RetryPolicy};
use crate::store::{Resource, ResourceError};

/// Which map layers to sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayerSelection {
    All,
    Only(Vec<String>),
    Skip,
}

impl LayerSelection {
    /// `all`, `none`, or a comma-separated list of layer ids.
    pub fn parse(text: &str) -> LayerSelection {
        match text.trim() {
            "all" | "" => LayerSelection::All,
            "none" => LayerSelection::Skip,
            list => LayerSelection::Only(
                list.split(',')
                    .map(|id| id.trim().to_owned())
                    .filter(|id| !id.is_empty())
                    .collect(),
            ),
        }
    }

    pub fn includes(&self, layer_id: &str) -> bool {
        match self {
            LayerSelection::All => true,
            LayerSelection::Only(ids) => ids.iter().any(|id| id == layer_id),
            LayerSelection::Skip => false,
        }
    }
}

/// Which basemap tiles to prefetch, and how much room they may take.
#[derive(Debug, Clone, PartialEq)]
pub struct TilePlan {
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// An XYZ template (`{z}`, `{x}`, `{y}`) overriding the catalog's basemap.
    pub template: Option<String>,
    /// The area to cover; the catalog's city box when `None`.
    pub bbox: Option<crate::model::BoundingBox>,
    /// Oldest tiles are evicted beyond this.
    pub budget_bytes: u64,
    /// A stored tile younger than this is not asked for again.
    pub refresh_after_secs: i64,
}

impl Default for TilePlan {
    fn default() -> Self {
        Self {
            min_zoom: 8,
            max_zoom: 13,
            template: None,
            bbox: None,
            budget_bytes: 512 * 1024 * 1024,
            refresh_after_secs: 7 * 86_400,
        }
    }
}

/// What kind of server to sync from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// The operations center's API v1 (catalog, KPIs, alerts) with its layers and basemap.
    OperationsCenter,
    /// Any OGC API - Features landing page: its collections become layers; nothing else.
    OgcFeatures,
}

/// What to sync from where into which cache.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    pub server: String,
    pub source: SourceKind,
    pub layers: LayerSelection,
    /// Features asked for per page (servers may send fewer).
    pub feature_page_limit: usize,
    /// `None` syncs no tiles.
    pub tiles: Option<TilePlan>,
    pub token: Option<String>,
    pub cache_path: PathBuf,
    /// How far back a series is fetched the first time.
    pub history_days: i64,
    /// Keep only this many days of readings and resolved alerts after each run that reached
    /// the server (see `store::retention`); `None` keeps everything (a laptop's default).
    pub retain_days: Option<i64>,
    /// Observations asked for per series page.
    pub page_limit: usize,
    /// Series fetched at the same time.
    pub concurrency: usize,
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    /// Longest time for one whole answer, body included (a server dripping bytes).
    pub answer_timeout: Duration,
    pub max_body_bytes: usize,
    pub retry: RetryPolicy,
    /// How long to wait for another sync of the same cache to finish before giving up with
    /// [`crate::Error::SyncInProgress`]; zero gives up at once.
    pub lock_wait: Duration,
    /// Stops the run at its next transaction boundary when triggered (Ctrl-C, SIGTERM).
    pub stop: StopSignal,
}

impl SyncConfig {
    pub fn new(
        server: impl Into<String>,
        token: Option<String>,
        cache_path: impl Into<PathBuf>,
    ) -> Self {
        Self {
            server: server.into(),
            source: SourceKind::OperationsCenter,
            layers: LayerSelection::All,
            feature_page_limit: 10_000,
            tiles: Some(TilePlan::default()),
            token,
            cache_path: cache_path.into(),
            history_days: 400,
            retain_days: None,
            page_limit: 50_000,
            concurrency: 4,
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(30),
            answer_timeout: DEFAULT_ANSWER_TIMEOUT,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            retry: RetryPolicy::default(),
            lock_wait: Duration::ZERO,
            stop: StopSignal::default(),
        }
    }

    pub fn client_config(&self) -> ClientConfig {
        ClientConfig {
            server: self.server.clone(),
            token: self.token.clone(),
            connect_timeout: self.connect_timeout,
            read_timeout: self.read_timeout,
            answer_timeout: self.answer_timeout,
            max_body_bytes: self.max_body_bytes,
            retry: self.retry.clone(),
        }
    }
}

/// Asks a running sync (and a `--watch` loop between runs) to stop. Clones share one signal.
/// The run stops at its next transaction boundary: what was committed stays, in-flight requests
/// are abandoned, and the run is recorded as finished.
#[derive(Debug, Clone, Default)]
pub struct StopSignal {
    inner: Arc<StopInner>,
}

#[derive(Debug, Default)]
struct StopInner {
    stopped: AtomicBool,
    notify: tokio::sync::Notify,
}

impl StopSignal {
    pub fn stop(&self) {
        self.inner.stopped.store(true, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
    }

    pub fn is_stopped(&self) -> bool {
        self.inner.stopped.load(Ordering::SeqCst)
    }

    /// Resolves once [`StopSignal::stop`] has been called (at once if it already was).
    pub async fn stopped(&self) {
        loop {
            // Registered before the check, so a stop between the two is not missed.
            let notified = self.inner.notify.notified();
            if self.is_stopped() {
                return;
            }
            notified.await;
        }
    }
}

/// Something a run did that the user should know about although nothing failed, such as a
/// series fetched again because the server's data changed under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResourceNotice {
    pub resource: Resource,
    pub message: String,
}

/// What one sync run did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SyncReport {
    pub server: String,
    pub started_ms: i64,
    pub finished_ms: i64,
    /// The server gave at least one good answer (data or 304).
    pub reachable: bool,
    /// Resources whose stored data changed, sorted.
    pub changed: Vec<Resource>,
    /// Resources the server confirmed unchanged (304).
    pub not_modified: usize,
    /// Observations that were new or changed.
    pub observations_written: u64,
    /// Basemap tiles fetched and stored, and evicted to stay in the budget.
    pub tiles_written: u64,
    pub tiles_evicted: u64,
    pub tiles_evicted_bytes: u64,
    /// The zoom levels the evicted tiles came from, lowest and highest.
    pub tiles_evicted_zooms: Option<(u8, u8)>,
    /// Zoom levels asked for but not fetched because the tile budget cannot hold them.
    pub tiles_skipped_zooms: Option<(u8, u8)>,
    /// Resources that failed this run, sorted; their previous data is kept.
    pub errors: Vec<ResourceError>,
    /// Things worth knowing that are not failures, sorted by resource.
    pub notices: Vec<ResourceNotice>,
    /// The run was stopped (Ctrl-C, SIGTERM) before it finished.
    pub cancelled: bool,
}

impl SyncReport {
    pub fn is_success(&self) -> bool {
        self.reachable && self.errors.is_empty() && !self.cancelled
    }
}

/// What the engine tells a face while it works.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncEvent {
    /// Another sync holds the cache; this one waits for it (up to the configured time).
    WaitingForLock {
        holder_pid: Option<u32>,
    },
    Started {
        server: String,
    },
    /// `done` of `total` resources are finished (`total` grows once the catalog is known).
    Progress {
        done: usize,
        total: usize,
    },
    /// These resources changed in the cache; re-read them.
    Changed {
        resources: Vec<Resource>,
    },
    Failed(ResourceError),
    Notice(ResourceNotice),
    Finished(SyncReport),
}
