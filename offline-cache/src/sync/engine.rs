//! One sync run: fetchers on a tokio runtime send validated answers to the writer, which runs on
//! the caller's thread and owns the only write connection.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::StreamExt as _;
use reqwest::Url;
use tokio::sync::mpsc;

use super::series::SeriesWindow;
use super::validate;
use super::writer::{WriteOp, Writer};
use super::{
    LayerSelection, ResourceNotice, SourceKind, StopSignal, SyncConfig, SyncEvent, SyncReport,
    TilePlan,
};
use crate::error::{Error, Result};
use crate::http::{Client, Fetched};
use crate::model::units::DAY_MS;
use crate::model::{Catalog, LatestValues};
use crate::store::{FetchMeta, Pruned, Resource, Store, SyncLock, SyncState, now_ms};

/// Most pages one resource may take in one run; a server that keeps sending `next` links beyond
/// this is treated as looping.
pub(super) const MAX_PAGES_PER_RESOURCE: usize = 10_000;
const WRITE_QUEUE_PAGES: usize = 4;

/// Runs one sync and returns what it did. Must be called from a plain thread, not from inside an
/// async runtime: it runs its own.
pub fn sync_once(config: &SyncConfig) -> Result<SyncReport> {
    sync_once_with(config, &|_| {})
}

/// [`sync_once`], telling `on_event` about progress and changes as they happen.
///
/// Holds the cache's [`SyncLock`] for the whole run: another sync of the same cache waits up to
/// [`SyncConfig::lock_wait`] and then gives up with [`Error::SyncInProgress`], touching nothing.
pub fn sync_once_with(config: &SyncConfig, on_event: &dyn Fn(&SyncEvent)) -> Result<SyncReport> {
    let client = Client::new(&config.client_config())?;
    let mut told = false;
    let _lock = SyncLock::acquire(&config.cache_path, config.lock_wait, &mut |holder_pid| {
        if !told {
            on_event(&SyncEvent::WaitingForLock { holder_pid });
            told = true;
        }
        !config.stop.is_stopped()
    })?;
    let mut store = Store::open(&config.cache_path)?;
    // Only a sync that holds the lock may clear what an interrupted one left behind.
    store.clear_interrupted_work()?;
    let started_ms = now_ms();
    let server = client.server().to_owned();
    let run_id = store.begin_run(&server, started_ms)?;
    on_event(&SyncEvent::Started {
        server: server.clone(),
    });

    let fetcher = Fetcher {
        client,
        states: store.sync_states()?,
        stored_catalog: store.stored_catalog()?,
        history_days: config.history_days,
        page_limit: config.page_limit,
        concurrency: config.concurrency.max(1),
        source: config.source,
        layers: config.layers.clone(),
        feature_page_limit: config.feature_page_limit.max(1),
        tiles: config.tiles.clone(),
        reachable: AtomicBool::new(false),
        stopped: AtomicBool::new(false),
        data_reset: AtomicBool::new(false),
        stop: config.stop.clone(),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("citydash-http")
        .enable_all()
        .build()
        .map_err(|source| Error::Io {
            context: "could not start the sync runtime".into(),
            source,
        })?;
    let (sender, mut receiver) = mpsc::channel(WRITE_QUEUE_PAGES);
    let mut writer = Writer {
        store,
        server,
        on_event,
        report: SyncReport::default(),
        changed: BTreeSet::new(),
        done: 0,
        total: 1,
        layers: Default::default(),
    };
    let reachable = std::thread::scope(|scope| {
        let fetch = std::thread::Builder::new()
            .name("citydash-fetch".into())
            .spawn_scoped(scope, || {
                runtime.block_on(fetcher.run(sender));
                fetcher.reachable.load(Ordering::Relaxed)
            });
        let Ok(fetch) = fetch else {
            return false;
        };
        while let Some(op) = receiver.blocking_recv() {
            writer.apply(op);
        }
        fetch.join().unwrap_or(false)
    });

    let finished_ms = now_ms();
    let Writer {
        mut store,
        server,
        mut report,
        changed,
        layers,
        ..
    } = writer;
    // A layer still being written when the run stopped: its staging table goes, the layer stays.
    for (_, write) in layers {
        let _ = store.abort_layer(write);
    }
    report.errors.sort_by(|a, b| a.resource.cmp(&b.resource));
    report.notices.sort_by(|a, b| a.resource.cmp(&b.resource));
    report.cancelled = config.stop.is_stopped();
    if let Some(days) = config.retain_days.filter(|_| reachable) {
        match store.prune(days.max(1).saturating_mul(DAY_MS)) {
            Ok(pruned) if pruned != Pruned::default() => tracing::info!(
                observations = pruned.observations,
                alerts = pruned.alerts,
                "retention removed old readings and resolved alerts"
            ),
            Ok(_) => {}
            Err(error) => tracing::warn!("retention did not run: {error}"),
        }
    }
    if let Some(offset_ms) = fetcher.client.clock_offset_ms()
        && let Err(error) = store.record_server_clock_offset(offset_ms)
    {
        tracing::warn!("the server's clock offset was not kept: {error}");
    }
    store.finish_run(run_id, finished_ms, reachable, report.errors.len())?;
    report.server = server;
    report.started_ms = started_ms;
    report.finished_ms = finished_ms;
    report.reachable = reachable;
    report.changed = changed.into_iter().collect();
    on_event(&SyncEvent::Finished(report.clone()));
    Ok(report)
}

/// The network side of a run.
pub(super) struct Fetcher {
    pub(super) client: Client,
    pub(super) states: BTreeMap<Resource, SyncState>,
    stored_catalog: Option<Catalog>,
    history_days: i64,
    pub(super) page_limit: usize,
    concurrency: usize,
    pub(super) source: SourceKind,
    pub(super) layers: LayerSelection,
    pub(super) feature_page_limit: usize,
    pub(super) tiles: Option<TilePlan>,
    /// Some answer (data or 304) came back.
    pub(super) reachable: AtomicBool,
    /// The server is down or refuses us: stop asking.
    pub(super) stopped: AtomicBool,
    /// The catalog's data epoch changed: the stored data and its request state are void.
    data_reset: AtomicBool,
    /// The user asked the run to stop.
    pub(super) stop: StopSignal,
}

pub(super) type Sender = mpsc::Sender<WriteOp>;

/// A notice about `resource` for the writer to report.
pub(super) fn notice(resource: &Resource, message: String) -> WriteOp {
    WriteOp::Notice(ResourceNotice {
        resource: resource.clone(),
        message,
    })
}

impl Fetcher {
    async fn run(&self, sender: Sender) {
        let tx = &sender;
        if self.source == SourceKind::OgcFeatures {
            self.sync_ogc_collections(tx).await;
            return;
        }
        let Some(catalog) = self.sync_catalog(tx).await else {
            send(tx, WriteOp::Done).await;
            return;
        };
        self.refuse_unknown_layers(tx, catalog.layers.iter().map(|layer| layer.id.as_str()))
            .await;
        let layers: Vec<_> = catalog
            .layers
            .iter()
            .filter(|layer| self.layers.includes(&layer.id))
            .collect();
        let tiles = usize::from(self.tiles.is_some() && catalog.basemap.is_some());
        send(
            tx,
            WriteOp::Planned {
                total: 3 + catalog.kpis.len() + layers.len() + tiles,
            },
        )
        .await;
        send(tx, WriteOp::Done).await;
        let window = SeriesWindow {
            start_ms: catalog
                .server_time_ms
                .saturating_sub(self.history_days.max(0).saturating_mul(86_400_000)),
            server_now_ms: catalog.server_time_ms,
        };
        let series = futures_util::stream::iter(&catalog.kpis)
            .for_each_concurrent(self.concurrency, |kpi| self.sync_series(tx, kpi, window));
        let map = async {
            self.sync_catalog_layers(tx, &layers).await;
            self.sync_basemap(tx, &catalog).await;
        };
        tokio::join!(
            self.sync_latest(tx, &catalog),
            self.sync_alerts(tx, &catalog),
            series,
            map
        );
    }

    /// Nothing more should be asked of the server: it is gone, refuses us, or the user stopped
    /// the run.
    pub(super) fn halted(&self) -> bool {
        self.stopped.load(Ordering::Relaxed) || self.stop.is_stopped()
    }

    /// Runs a request unless the user stops the run first.
    pub(super) async fn unless_stopped<T>(
        &self,
        request: impl std::future::Future<Output = Result<T>>,
    ) -> Result<T> {
        tokio::select! {
            outcome = request => outcome,
            () = self.stop.stopped() => Err(Error::Cancelled),
        }
    }

    /// What the cache remembers of a resource's last request (none for the data resources
    /// once the server's data was reset this run).
    pub(super) fn state(&self, resource: &Resource) -> Option<&SyncState> {
        if resource.is_data() && self.data_reset.load(Ordering::Relaxed) {
            return None;
        }
        self.states.get(resource)
    }

    pub(super) fn api_url(&self, segments: &[&str], query: &[(&str, String)]) -> Result<Url> {
        let mut url = self.client.resolve("api/v1/")?;
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        if !query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(query.iter().map(|(key, value)| (*key, value.as_str())));
        }
        Ok(url)
    }

    /// GETs `url`, revalidating with the stored ETag of `resource` when the URL is the same.
    pub(super) async fn fetch<T: serde::de::DeserializeOwned>(
        &self,
        resource: &Resource,
        url: &Url,
    ) -> Result<Fetched<T>> {
        let etag = self
            .state(resource)
            .and_then(|state| state.etag_for(url.as_str()));
        let outcome = self.unless_stopped(self.client.get_json(url, etag)).await;
        match &outcome {
            Ok(_) => self.reachable.store(true, Ordering::Relaxed),
            Err(error) if error.is_unreachable() || matches!(error, Error::Unauthorized { .. }) => {
                self.stopped.store(true, Ordering::Relaxed);
            }
            Err(_) => {}
        }
        outcome
    }

    pub(super) fn meta(&self, resource: &Resource, url: &Url, etag: Option<String>) -> FetchMeta {
        FetchMeta {
            resource: resource.clone(),
            url: url.to_string(),
            etag,
            fetched_at_ms: now_ms(),
        }
    }

    /// Fetches the catalog; on failure falls back to the stored one unless the server is gone.
    async fn sync_catalog(&self, tx: &Sender) -> Option<Catalog> {
        const RESOURCE: &Resource = &Resource::Catalog;
        let fetched = match self.api_url(&["catalog"], &[]) {
            Ok(url) => {
                self.fetch::<Catalog>(RESOURCE, &url)
                    .await
                    .and_then(|fetched| match fetched {
                        Fetched::Fresh { mut value, etag } => {
                            let skipped = validate::catalog(&mut value, &url)?;
                            Ok((Fetched::Fresh { value, etag }, skipped, url))
                        }
                        Fetched::NotModified => Ok((Fetched::NotModified, Default::default(), url)),
                    })
            }
            Err(error) => Err(error),
        };
        match fetched {
            Ok((Fetched::Fresh { value, etag }, skipped, url)) => {
                // As for latest values: with records skipped, ask for the whole answer again.
                let etag = etag.filter(|_| skipped.is_empty());
                let meta = self.meta(RESOURCE, &url, etag);
                let catalog = value.clone();
                // The store decides whether the server's data was reset (its data epoch
                // changed); what it dropped must not be revalidated with old ETags or cursors.
                let data_reset = self
                    .ask_writer(tx, |reply| WriteOp::Catalog {
                        catalog: Box::new(value),
                        meta,
                        data_reset: reply,
                    })
                    .await;
                self.data_reset.store(data_reset, Ordering::Relaxed);
                if let Some(error) = skipped.into_error("KPIs or targets", &url) {
                    send_failure(tx, RESOURCE.clone(), error).await;
                }
                Some(catalog)
            }
            Ok((Fetched::NotModified, _, _)) => {
                send(tx, WriteOp::not_modified(RESOURCE)).await;
                self.stored_catalog.clone()
            }
            Err(error) => {
                send_failure(tx, RESOURCE.clone(), error).await;
                if self.halted() {
                    None
                } else {
                    self.stored_catalog.clone()
                }
            }
        }
    }

    async fn sync_latest(&self, tx: &Sender, catalog: &Catalog) {
        const RESOURCE: &Resource = &Resource::Latest;
        if self.halted() {
            send(tx, WriteOp::Done).await;
            return;
        }
        let fetched = match self.api_url(&["kpis", "latest"], &[]) {
            Ok(url) => self
                .fetch::<LatestValues>(RESOURCE, &url)
                .await
                .map(|fetched| (fetched, url)),
            Err(error) => Err(error),
        };
        match fetched {
            Ok((Fetched::Fresh { mut value, etag }, url)) => {
                let skipped = validate::latest(&mut value, catalog);
                // With records skipped, the next run asks for the whole answer again rather
                // than revalidating it: a 304 would clear the error while they are still bad.
                let etag = etag.filter(|_| skipped.is_empty());
                let meta = self.meta(RESOURCE, &url, etag);
                send(
                    tx,
                    WriteOp::Latest {
                        values: value,
                        meta,
                    },
                )
                .await;
                if let Some(error) = skipped.into_error("latest values", &url) {
                    send_failure(tx, RESOURCE.clone(), error).await;
                }
            }
            Ok((Fetched::NotModified, _)) => send(tx, WriteOp::not_modified(RESOURCE)).await,
            Err(error) => send_failure(tx, RESOURCE.clone(), error).await,
        }
        send(tx, WriteOp::Done).await;
    }

    /// Asks the writer about the stored data; an unanswered question counts as "nothing".
    pub(super) async fn ask_writer<T: Default>(
        &self,
        tx: &Sender,
        question: impl FnOnce(tokio::sync::oneshot::Sender<T>) -> WriteOp,
    ) -> T {
        let (reply, answer) = tokio::sync::oneshot::channel();
        send(tx, question(reply)).await;
        answer.await.unwrap_or_default()
    }
}

pub(super) fn loop_error(url: &Url) -> Error {
    Error::InvalidResponse {
        url: url.to_string(),
        detail: "the `next` links loop; stopped paging".into(),
    }
}

pub(super) async fn send(tx: &Sender, op: WriteOp) {
    // The writer only goes away when the run is over; nothing is lost by dropping the op then.
    let _ = tx.send(op).await;
}

/// Tells the writer that `resource` failed with `error` (its stored data stays).
pub(super) async fn send_failure(tx: &Sender, resource: Resource, error: Error) {
    send(tx, WriteOp::Failed { resource, error }).await;
}
