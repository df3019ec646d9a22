//! One sync run: fetchers on a tokio runtime send validated answers to the writer, which runs on
//! the caller's thread and owns the only write connection.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::StreamExt as _;
use reqwest::Url;
use tokio::sync::mpsc;

use super::validate;
use super::writer::{WriteOp, Writer};
use super::{LayerSelection, SourceKind, SyncConfig, SyncEvent, SyncReport, TilePlan};
use crate::error::{Error, Result};
use crate::http::{Client, Fetched};
use crate::model::{AlertsPage, Catalog, KpiDef, LatestValues, SeriesPage};
use crate::store::{FetchMeta, Store, SyncState, now_ms};

/// Most pages one resource may take in one run; a server that keeps sending `next` links beyond
/// this is treated as looping.
const MAX_PAGES_PER_RESOURCE: usize = 10_000;
const ALERTS_PAGE_LIMIT: usize = 500;
const WRITE_QUEUE_PAGES: usize = 4;

/// Runs one sync and returns what it did. Must be called from a plain thread, not from inside an
/// async runtime: it runs its own.
pub fn sync_once(config: &SyncConfig) -> Result<SyncReport> {
    sync_once_with(config, &|_| {})
}

/// [`sync_once`], telling `on_event` about progress and changes as they happen.
pub fn sync_once_with(config: &SyncConfig, on_event: &dyn Fn(&SyncEvent)) -> Result<SyncReport> {
    let client = Client::new(&config.client_config())?;
    let mut store = Store::open(&config.cache_path)?;
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
        ..
    } = writer;
    report.errors.sort_by(|a, b| a.resource.cmp(&b.resource));
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
    pub(super) states: BTreeMap<String, SyncState>,
    stored_catalog: Option<Catalog>,
    history_days: i64,
    page_limit: usize,
    concurrency: usize,
    pub(super) source: SourceKind,
    pub(super) layers: LayerSelection,
    pub(super) feature_page_limit: usize,
    pub(super) tiles: Option<TilePlan>,
    /// Some answer (data or 304) came back.
    pub(super) reachable: AtomicBool,
    /// The server is down or refuses us: stop asking.
    pub(super) stopped: AtomicBool,
}

pub(super) type Sender = mpsc::Sender<WriteOp>;

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
        let window_start_ms = catalog
            .server_time_ms
            .saturating_sub(self.history_days.max(0).saturating_mul(86_400_000));
        let series = futures_util::stream::iter(&catalog.kpis)
            .for_each_concurrent(self.concurrency, |kpi| {
                self.sync_series(tx, kpi, window_start_ms)
            });
        let map = async {
            self.sync_catalog_layers(tx, &layers).await;
            self.sync_basemap(tx, &catalog).await;
        };
        tokio::join!(
            self.sync_latest(tx, &catalog),
            self.sync_alerts(tx),
            series,
            map
        );
    }

    pub(super) fn state(&self, resource: &str) -> Option<&SyncState> {
        self.states.get(resource)
    }

    fn api_url(&self, segments: &[&str], query: &[(&str, String)]) -> Result<Url> {
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
        resource: &str,
        url: &Url,
    ) -> Result<Fetched<T>> {
        let etag = self
            .state(resource)
            .and_then(|state| state.etag_for(url.as_str()));
        let outcome = self.client.get_json(url, etag).await;
        match &outcome {
            Ok(_) => self.reachable.store(true, Ordering::Relaxed),
            Err(error) if error.is_unreachable() || matches!(error, Error::Unauthorized { .. }) => {
                self.stopped.store(true, Ordering::Relaxed);
            }
            Err(_) => {}
        }
        outcome
    }

    pub(super) fn meta(&self, resource: &str, url: &Url, etag: Option<String>) -> FetchMeta {
        FetchMeta {
            resource: resource.to_owned(),
            url: url.to_string(),
            etag,
            fetched_at_ms: now_ms(),
        }
    }

    /// Fetches the catalog; on failure falls back to the stored one unless the server is gone.
    async fn sync_catalog(&self, tx: &Sender) -> Option<Catalog> {
        const RESOURCE: &str = "catalog";
        let fetched = match self.api_url(&["catalog"], &[]) {
            Ok(url) => self
                .fetch::<Catalog>(RESOURCE, &url)
                .await
                .and_then(|fetched| validate::catalog(fetched, &url).map(|f| (f, url))),
            Err(error) => Err(error),
        };
        match fetched {
            Ok((Fetched::Fresh { value, etag }, url)) => {
                let meta = self.meta(RESOURCE, &url, etag);
                let catalog = value.clone();
                send(
                    tx,
                    WriteOp::Catalog {
                        catalog: Box::new(value),
                        meta,
                    },
                )
                .await;
                Some(catalog)
            }
            Ok((Fetched::NotModified, _)) => {
                send(
                    tx,
                    WriteOp::NotModified {
                        resource: RESOURCE.into(),
                    },
                )
                .await;
                self.stored_catalog.clone()
            }
            Err(error) => {
                send_failure(tx, RESOURCE, error).await;
                if self.stopped.load(Ordering::Relaxed) {
                    None
                } else {
                    self.stored_catalog.clone()
                }
            }
        }
    }

    async fn sync_latest(&self, tx: &Sender, catalog: &Catalog) {
        const RESOURCE: &str = "latest";
        let outcome = async {
            let url = self.api_url(&["kpis", "latest"], &[])?;
            let fetched = self.fetch::<LatestValues>(RESOURCE, &url).await?;
            if let Fetched::Fresh { value, .. } = &fetched {
                validate::latest(value, catalog, &url)?;
            }
            Ok((fetched, url))
        };
        if self.stopped.load(Ordering::Relaxed) {
            send(tx, WriteOp::Done).await;
            return;
        }
        let op = match outcome.await {
            Ok((Fetched::Fresh { value, etag }, url)) => WriteOp::Latest {
                values: value,
                meta: self.meta(RESOURCE, &url, etag),
            },
            Ok((Fetched::NotModified, _)) => WriteOp::NotModified {
                resource: RESOURCE.into(),
            },
            Err(error) => WriteOp::Failed {
                resource: RESOURCE.into(),
                error,
            },
        };
        send(tx, op).await;
        send(tx, WriteOp::Done).await;
    }

    /// Pages through a KPI's series from the last stored time, then asks once more from the new
    /// last time so that the next run can revalidate that same request with its ETag.
    async fn sync_series(&self, tx: &Sender, kpi: &KpiDef, window_start_ms: i64) {
        let resource = format!("series/{}", kpi.id);
        if let Err(error) = self.page_series(tx, kpi, &resource, window_start_ms).await {
            send_failure(tx, resource, error).await;
        }
        send(tx, WriteOp::Done).await;
    }

    async fn page_series(
        &self,
        tx: &Sender,
        kpi: &KpiDef,
        resource: &str,
        window_start_ms: i64,
    ) -> Result<()> {
        let stored_until_ms = self
            .state(resource)
            .and_then(|state| state.cursor.as_deref())
            .and_then(|cursor| cursor.parse::<i64>().ok());
        let from_ms = stored_until_ms.map_or(window_start_ms, |t| {
            t.saturating_add(1).max(window_start_ms)
        });
        let mut url = self.series_url(&kpi.id, from_ms)?;
        let mut visited = HashSet::new();
        for _ in 0..MAX_PAGES_PER_RESOURCE {
            if self.stopped.load(Ordering::Relaxed) {
                return Ok(());
            }
            if !visited.insert(url.to_string()) {
                return Err(loop_error(&url));
            }
            let page = match self.fetch::<SeriesPage>(resource, &url).await? {
                Fetched::NotModified => {
                    send(tx, WriteOp::not_modified(resource)).await;
                    return Ok(());
                }
                Fetched::Fresh { value, etag } => {
                    validate::series_page(&value, &kpi.id, &url)?;
                    (value, etag)
                }
            };
            let (SeriesPage { points, next, .. }, etag) = page;
            let newest_ms = points.last().map(|point| point.t_ms);
            let meta = self.meta(resource, &url, etag);
            send(
                tx,
                WriteOp::SeriesPage {
                    kpi_id: kpi.id.clone(),
                    points,
                    meta,
                },
            )
            .await;
            url = match (next, newest_ms) {
                (Some(next), _) => self.client.resolve(&next)?,
                (None, Some(newest_ms)) => self.series_url(&kpi.id, newest_ms.saturating_add(1))?,
                (None, None) => return Ok(()),
            };
        }
        Err(loop_error(&url))
    }

    fn series_url(&self, kpi_id: &str, from_ms: i64) -> Result<Url> {
        self.api_url(
            &["kpis", kpi_id, "series"],
            &[
                ("from", from_ms.to_string()),
                ("limit", self.page_limit.to_string()),
            ],
        )
    }

    /// Pages through alerts after the stored cursor until an empty page.
    async fn sync_alerts(&self, tx: &Sender) {
        const RESOURCE: &str = "alerts";
        if let Err(error) = self.page_alerts(tx, RESOURCE).await {
            send_failure(tx, RESOURCE, error).await;
        }
        send(tx, WriteOp::Done).await;
    }

    async fn page_alerts(&self, tx: &Sender, resource: &str) -> Result<()> {
        let mut cursor = self.state(resource).and_then(|state| state.cursor.clone());
        let mut visited = HashSet::new();
        for _ in 0..MAX_PAGES_PER_RESOURCE {
            if self.stopped.load(Ordering::Relaxed) {
                return Ok(());
            }
            let mut query = vec![("limit", ALERTS_PAGE_LIMIT.to_string())];
            if let Some(cursor) = &cursor {
                query.insert(0, ("since", cursor.clone()));
            }
            let url = self.api_url(&["alerts"], &query)?;
            if !visited.insert(url.to_string()) {
                return Err(loop_error(&url));
            }
            match self.fetch::<AlertsPage>(resource, &url).await? {
                Fetched::NotModified => {
                    send(tx, WriteOp::not_modified(resource)).await;
                    return Ok(());
                }
                Fetched::Fresh { value, etag } => {
                    validate::alerts_page(&value, &url)?;
                    let empty = value.alerts.is_empty();
                    cursor = Some(value.next_cursor.clone());
                    let meta = self.meta(resource, &url, etag);
                    send(tx, WriteOp::Alerts { page: value, meta }).await;
                    if empty {
                        return Ok(());
                    }
                }
            }
        }
        Err(Error::InvalidResponse {
            url: self.client.server().to_owned(),
            detail: "the alerts never ended; stopped paging".into(),
        })
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
pub(super) async fn send_failure(tx: &Sender, resource: impl Into<String>, error: Error) {
    send(
        tx,
        WriteOp::Failed {
            resource: resource.into(),
            error,
        },
    )
    .await;
}
