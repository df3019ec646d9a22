//! The writer side of a run: applies what the fetchers send, one short transaction per
//! resource, page or tile batch, on the thread that owns the cache's only write connection.

use std::collections::{BTreeSet, HashMap};

use tokio::sync::oneshot;

use super::{ResourceNotice, SyncEvent, SyncReport};
use crate::error::Error;
use crate::model::{AlertsPage, Catalog, IncomingFeature, LatestValues, Observation};
use crate::store::{
    FetchMeta, FetchedTile, LayerInfo, LayerWrite, Resource, ResourceError, Store, TileId,
    TileLevel, TileState, now_ms,
};

/// What the fetchers hand to the writer.
pub(super) enum WriteOp {
    Planned {
        total: usize,
    },
    /// A new catalog; replies whether the server's data was reset (its data epoch changed), so
    /// that everything stored of it was dropped.
    Catalog {
        catalog: Box<Catalog>,
        meta: FetchMeta,
        data_reset: oneshot::Sender<bool>,
    },
    Latest {
        values: LatestValues,
        meta: FetchMeta,
    },
    SeriesPage {
        kpi_id: String,
        points: Vec<Observation>,
        meta: FetchMeta,
    },
    Alerts {
        page: AlertsPage,
        meta: FetchMeta,
    },
    NotModified {
        resource: Resource,
    },
    Failed {
        resource: Resource,
        error: Error,
    },
    /// A layer's first page arrived: start a fresh staging table.
    LayerBegin {
        layer_id: String,
    },
    LayerPage {
        layer_id: String,
        features: Vec<IncomingFeature>,
    },
    /// Every page arrived: swap the layer in.
    LayerFinish {
        layer_id: String,
        info: LayerInfo,
        meta: FetchMeta,
    },
    /// The layer failed after it began: drop the staging table, keep the previous layer.
    LayerAbort {
        layer_id: String,
        error: Error,
    },
    /// What the cache holds of zoom `z` in these ranges, for revalidation.
    TileStates {
        z: u8,
        x_range: (u32, u32),
        y_range: (u32, u32),
        reply: oneshot::Sender<HashMap<TileId, TileState>>,
    },
    /// The newest stored reading of a KPI.
    SeriesTail {
        kpi_id: String,
        reply: oneshot::Sender<Option<Observation>>,
    },
    /// Forget a KPI's readings after `after_ms`; replies with the new newest reading.
    SeriesTruncate {
        kpi_id: String,
        after_ms: i64,
        reply: oneshot::Sender<Option<Observation>>,
    },
    /// Forget every reading of a KPI, to fetch the series again (the pages that follow on the
    /// channel are written after it).
    SeriesReset {
        kpi_id: String,
    },
    /// How much of zoom `z` the cache holds, for the budget plan.
    TileLevel {
        z: u8,
        reply: oneshot::Sender<TileLevel>,
    },
    Tiles {
        tiles: Vec<FetchedTile>,
    },
    /// These zoom levels were not fetched: the budget cannot hold them.
    TilesSkipped {
        zooms: (u8, u8),
    },
    TilesUnchanged {
        ids: Vec<TileId>,
    },
    /// The tile pass is over: evict down to the byte budget.
    TilesDone {
        budget_bytes: u64,
    },
    /// The resource synced without storing data of its own (the tile pass, the list of
    /// collections): its state records the success, clearing an earlier error.
    Succeeded {
        meta: FetchMeta,
    },
    Notice(ResourceNotice),
    Done,
}

impl WriteOp {
    pub(super) fn not_modified(resource: &Resource) -> WriteOp {
        WriteOp::NotModified {
            resource: resource.clone(),
        }
    }
}

pub(super) struct Writer<'a> {
    pub(super) store: Store,
    pub(super) server: String,
    pub(super) on_event: &'a dyn Fn(&SyncEvent),
    pub(super) report: SyncReport,
    pub(super) changed: BTreeSet<Resource>,
    pub(super) done: usize,
    pub(super) total: usize,
    /// Layers being written; a layer that failed is removed and its later pages ignored.
    pub(super) layers: HashMap<String, LayerWrite>,
}

impl Writer<'_> {
    pub(super) fn apply(&mut self, op: WriteOp) {
        let outcome = match op {
            WriteOp::Planned { total } => {
                self.total = total;
                self.progress();
                return;
            }
            WriteOp::Done => {
                self.done += 1;
                self.progress();
                return;
            }
            WriteOp::Failed { resource, error } => {
                self.fail(resource, &error);
                return;
            }
            WriteOp::NotModified { resource } => {
                self.report.not_modified += 1;
                let result = self.store.mark_not_modified(&resource, now_ms());
                (resource, result.map(|()| 0))
            }
            WriteOp::Catalog {
                catalog,
                meta,
                data_reset,
            } => {
                let reset = catalog
                    .data_epoch
                    .as_deref()
                    .is_some_and(|epoch| self.adopt_data_epoch(epoch));
                let _ = data_reset.send(reset);
                let result = self.store.write_catalog(&catalog, &self.server, &meta);
                (meta.resource, result.map(|()| 1))
            }
            WriteOp::Latest { values, meta } => {
                let result = self.store.write_latest(&values, &meta);
                (meta.resource, result)
            }
            WriteOp::SeriesPage {
                kpi_id,
                points,
                meta,
            } => {
                let result = self.store.write_series_page(&kpi_id, &points, &meta);
                if let Ok(written) = result {
                    self.report.observations_written += written as u64;
                }
                (meta.resource, result)
            }
            WriteOp::Alerts { page, meta } => {
                let result = self.store.write_alerts(&page, &meta);
                (meta.resource, result)
            }
            WriteOp::LayerBegin { layer_id } => {
                match self.store.begin_layer(&layer_id) {
                    Ok(write) => {
                        self.layers.insert(layer_id, write);
                    }
                    Err(error) => self.fail(Resource::layer(layer_id), &error),
                }
                return;
            }
            WriteOp::LayerPage { layer_id, features } => {
                let Some(write) = self.layers.get_mut(&layer_id) else {
                    return;
                };
                if let Err(error) = self.store.write_layer_page(write, &features) {
                    self.abort_layer(&layer_id, &error);
                }
                return;
            }
            WriteOp::LayerFinish {
                layer_id,
                info,
                meta,
            } => {
                let Some(write) = self.layers.remove(&layer_id) else {
                    return;
                };
                let count = write.feature_count as usize;
                let result = self.store.finish_layer(write, &info, &meta);
                (meta.resource, result.map(|()| count.max(1)))
            }
            WriteOp::LayerAbort { layer_id, error } => {
                self.abort_layer(&layer_id, &error);
                return;
            }
            WriteOp::TileStates {
                z,
                x_range,
                y_range,
                reply,
            } => {
                let states = self
                    .store
                    .tile_states(z, x_range, y_range)
                    .unwrap_or_default();
                let _ = reply.send(states);
                return;
            }
            WriteOp::SeriesTail { kpi_id, reply } => {
                let tail = self.store.series_tail(&kpi_id);
                let _ = reply.send(tail.as_ref().ok().copied().flatten());
                if let Err(error) = tail {
                    self.fail(Resource::series(kpi_id), &error);
                }
                return;
            }
            WriteOp::SeriesTruncate {
                kpi_id,
                after_ms,
                reply,
            } => {
                let result = self.store.truncate_series(&kpi_id, after_ms);
                let _ = reply.send(result.as_ref().ok().copied().flatten());
                (Resource::series(kpi_id), result.map(|_| 1))
            }
            WriteOp::SeriesReset { kpi_id } => {
                let result = self.store.reset_series(&kpi_id);
                (Resource::series(kpi_id), result.map(|()| 1))
            }
            WriteOp::TileLevel { z, reply } => {
                let _ = reply.send(self.store.tile_level(z).unwrap_or_default());
                return;
            }
            WriteOp::TilesSkipped { zooms } => {
                self.report.tiles_skipped_zooms = Some(zooms);
                return;
            }
            WriteOp::Succeeded { meta } => {
                let result = self.store.record_success(&meta);
                (meta.resource, result.map(|()| 0))
            }
            WriteOp::Notice(notice) => {
                tracing::info!(resource = %notice.resource, message = %notice.message, "sync notice");
                (self.on_event)(&SyncEvent::Notice(notice.clone()));
                self.report.notices.push(notice);
                return;
            }
            WriteOp::Tiles { tiles } => {
                let result = self.store.write_tiles(&tiles, now_ms());
                if let Ok(written) = result {
                    self.report.tiles_written += written as u64;
                }
                (Resource::Tiles, result)
            }
            WriteOp::TilesUnchanged { ids } => {
                let result = self.store.touch_tiles(&ids, now_ms());
                (Resource::Tiles, result.map(|()| 0))
            }
            WriteOp::TilesDone { budget_bytes } => {
                let result = self.store.evict_tiles(budget_bytes);
                if let Ok(eviction) = &result {
                    self.report.tiles_evicted += eviction.tiles;
                    self.report.tiles_evicted_bytes += eviction.bytes;
                    self.report.tiles_evicted_zooms = eviction.zooms;
                }
                (Resource::Tiles, result.map(|_| 0))
            }
        };
        match outcome {
            (resource, Ok(changed)) if changed > 0 => {
                self.changed.insert(resource.clone());
                (self.on_event)(&SyncEvent::Changed {
                    resources: vec![resource],
                });
            }
            (_, Ok(_)) => {}
            (resource, Err(error)) => self.fail(resource, &error),
        }
    }

    /// Keeps the catalog's data epoch; whether the data stored before was dropped.
    fn adopt_data_epoch(&mut self, epoch: &str) -> bool {
        match self.store.adopt_data_epoch(epoch) {
            Ok(Some(previous)) => {
                let notice = ResourceNotice {
                    resource: Resource::Catalog,
                    message: format!(
                        "the server's data epoch changed from {previous:?} to {epoch:?} (its data was reset): every series, latest value and alert is fetched again"
                    ),
                };
                self.apply(WriteOp::Notice(notice));
                true
            }
            Ok(None) => false,
            Err(error) => {
                self.fail(Resource::Catalog, &error);
                false
            }
        }
    }

    fn abort_layer(&mut self, layer_id: &str, error: &Error) {
        if let Some(write) = self.layers.remove(layer_id) {
            // The staging table is dropped again by the next attempt if this fails.
            let _ = self.store.abort_layer(write);
        }
        self.fail(Resource::layer(layer_id), error);
    }

    pub(super) fn fail(&mut self, resource: Resource, error: &Error) {
        if matches!(error, Error::Cancelled) {
            // Not the resource's fault: its state stays as the last real attempt left it.
            return;
        }
        let at_ms = now_ms();
        let message = error.to_string();
        tracing::warn!(%resource, %message, "sync of a resource failed; its stored data is kept");
        // A request that cannot be met (a layer the server lacks, zooms it does not serve) is
        // this run's mistake, not the resource's state: it must not linger in every face's status.
        if !matches!(error, Error::Plan { .. }) {
            // If even recording the error fails, the run's report still carries it.
            let _ = self.store.record_error(&resource, error, at_ms);
        }
        let failure = ResourceError {
            resource,
            message,
            reason: error.reason(),
            at_ms,
        };
        (self.on_event)(&SyncEvent::Failed(failure.clone()));
        self.report.errors.push(failure);
    }

    fn progress(&self) {
        (self.on_event)(&SyncEvent::Progress {
            done: self.done.min(self.total),
            total: self.total,
        });
    }
}
