//! The dashboard's model loader: one named thread with its own read-only connection to the
//! cache, the only place the dashboard reads SQLite. The UI thread sends [`LoadRequest`]s and,
//! in its logic step, takes the finished models ([`Loaded`]) and swaps them in whole; the
//! thread wakes the window when one is ready. A request superseded by a later one of the same
//! kind still in the queue is dropped unread. Dropping the loader stops the thread.
//!
//! Reading the cache here (and the tile source's thread) is the one exception to the crate's
//! lint against the store's types (`ui/clippy.toml`): code on the UI thread cannot name them.

#![allow(clippy::disallowed_types)]

mod source;
mod worker;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;

use offline_cache::model::{Alert, FeatureRef};
use offline_cache::store::Overview;
use offline_cache::sync::LayerSnapshot;

pub use citydash_views::reads::{load_series, read_alert_names};
pub use source::DataSource;

use crate::i18n::Lang;
use crate::view_models::alerts::AlertNames;
use crate::view_models::{CacheProblem, MapChoices, MapModel, RangePreset, SeriesModel};

/// What the UI asks the loader to read and build.
#[derive(Debug, Clone)]
pub enum LoadRequest {
    /// Open the cache if it is not open (upgrading one of an older schema) and read the
    /// overview.
    Overview,
    /// The latest alerts and the names they refer to.
    Alerts,
    /// The chart of a KPI; the answer carries `generation` back so the UI can drop a chart it
    /// no longer wants.
    Series {
        generation: u64,
        kpi_id: String,
        range: RangePreset,
        lang: Lang,
    },
    /// A change to the map's model, applied in order to the loader's copy.
    Map(MapRequest),
}

/// A change to the map's model.
#[derive(Debug, Clone)]
pub enum MapRequest {
    /// Read every layer again (the catalog, a layer or the language changed), keeping the
    /// selection and any history shown.
    Load {
        choices: MapChoices,
        lang: Lang,
    },
    /// Read the layers that became visible, drop the hidden ones, reclass the wards.
    Choices(MapChoices),
    /// Select a feature and build its info panel.
    Select {
        layer_id: String,
        feature_id: String,
    },
    /// Select the feature an alert is about and centre the map on it.
    Focus(FeatureRef),
    ClearSelection,
    /// Show these snapshots of the time-varying layers instead of the cache, by layer id.
    ShowHistory(BTreeMap<String, Arc<LayerSnapshot>>),
    /// Back to the cached layers.
    ShowLive,
}

/// A finished read.
#[derive(Debug)]
pub enum Loaded {
    /// The overview as read now.
    Overview(Box<Overview>),
    /// The cache is being upgraded from an older schema; an overview follows when it is done.
    Upgrading,
    /// The cache could not be opened or read; what was shown before stays.
    CacheProblem(CacheProblem),
    /// The latest alerts, newest first, and the names they refer to.
    Alerts {
        alerts: Vec<Alert>,
        names: AlertNames,
    },
    /// A KPI's chart; `read` is false when the cache could not be asked (no cache, or a KPI
    /// the catalog lacks).
    Series {
        generation: u64,
        model: Box<SeriesModel>,
        read: bool,
    },
    /// The map's model after a [`MapRequest`]; `centre_on` (longitude, latitude) after a
    /// [`MapRequest::Focus`] that found its feature.
    Map {
        model: Box<MapModel>,
        centre_on: Option<(f64, f64)>,
    },
}

/// The loader thread and its two channels.
pub struct ModelLoader {
    requests: Option<mpsc::Sender<LoadRequest>>,
    results: mpsc::Receiver<Loaded>,
    /// Requests sent and not yet answered (or dropped).
    pending: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl ModelLoader {
    /// Starts the loader on `source`; `repaint` is called whenever a model is ready.
    pub fn start(
        source: DataSource,
        repaint: Box<dyn Fn() + Send>,
    ) -> std::io::Result<ModelLoader> {
        let (requests, request_receiver) = mpsc::channel();
        let (result_sender, results) = mpsc::channel();
        let pending = Arc::new(AtomicUsize::new(0));
        let worker = worker::Worker::new(source, result_sender, repaint, pending.clone());
        let thread = std::thread::Builder::new()
            .name("citydash-models".into())
            .spawn(move || worker.run(&request_receiver))?;
        Ok(ModelLoader {
            requests: Some(requests),
            results,
            pending,
            thread: Some(thread),
        })
    }

    /// Queues `request`; its answer arrives through [`ModelLoader::try_recv`].
    pub fn request(&self, request: LoadRequest) {
        let Some(requests) = &self.requests else {
            return;
        };
        self.pending.fetch_add(1, Ordering::SeqCst);
        if requests.send(request).is_err() {
            // The thread is gone (it panicked); nothing will answer.
            self.pending.fetch_sub(1, Ordering::SeqCst);
            tracing::error!("the model loader has stopped; the dashboard shows its last reads");
        }
    }

    /// The next finished model, if any.
    pub fn try_recv(&self) -> Option<Loaded> {
        self.results.try_recv().ok()
    }

    /// The next finished model, waiting for it at most `timeout`.
    pub fn recv_timeout(&self, timeout: std::time::Duration) -> Option<Loaded> {
        self.results.recv_timeout(timeout).ok()
    }

    /// Whether a request is still being read or built. Once false, every answer is waiting in
    /// [`ModelLoader::try_recv`].
    pub fn is_busy(&self) -> bool {
        self.pending.load(Ordering::SeqCst) > 0
    }
}

impl Drop for ModelLoader {
    /// Closes the request channel, which ends the thread after the read in progress (every
    /// read is bounded), and waits for it.
    fn drop(&mut self) {
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
