//! The state one simulator shares between its routes, its stream and its handle: settings, the
//! clock, the data set, the alert log, fault rules and the request log.

use std::collections::VecDeque;
use std::sync::Mutex;

use offline_cache::model::{Alert, AlertsPage, Catalog, Observation};
use tokio::sync::watch;

use crate::alerts::{AlertCursor, AlertLog};
use crate::calendar::DAY_MS;
use crate::config::{SimClock, SimConfig};
use crate::data::SimData;
use crate::faults::{Fault, FaultRule, FaultTable, Route};
use crate::kpis;
use crate::layers::LayerId;
use crate::mutex::lock;
use crate::tiles::TileCache;

/// One request as the server saw it, for tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    pub method: String,
    /// Path and query, e.g. `/api/v1/kpis/EN03/series?from=0&limit=10`.
    pub path: String,
    /// The `If-None-Match` header, when the request sent one.
    pub if_none_match: Option<String>,
    /// The status of the answer (200 for a stream or a body later cut off by a fault).
    pub status: u16,
    /// Simulated time of the request.
    pub at_ms: i64,
}

/// The request log keeps this many of the newest requests (a long-running demo stays small).
pub const REQUEST_LOG_CAPACITY: usize = 10_000;

/// State shared by everything one simulator runs.
#[derive(Debug)]
pub struct SimState {
    pub config: SimConfig,
    pub clock: SimClock,
    pub data: SimData,
    alerts: Mutex<AlertLog>,
    faults: Mutex<FaultTable>,
    requests: Mutex<VecDeque<RequestRecord>>,
    /// Basemap tiles drawn so far (bounded).
    pub tiles: Mutex<TileCache>,
    shutdown: watch::Receiver<bool>,
}

impl SimState {
    pub fn new(config: SimConfig, shutdown: watch::Receiver<bool>) -> Self {
        Self {
            clock: SimClock::new(config.start_ms, config.speed),
            data: SimData::new(config.seed, config.history_days),
            alerts: Mutex::new(AlertLog::new(config.seed)),
            config,
            faults: Mutex::default(),
            requests: Mutex::default(),
            tiles: Mutex::default(),
            shutdown,
        }
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Alerts raised before this are no longer served.
    pub fn history_start_ms(&self, now_ms: i64) -> i64 {
        now_ms - self.config.history_days.max(0) * DAY_MS
    }

    pub fn catalog(&self, now_ms: i64) -> Catalog {
        kpis::catalog(now_ms, self.config.seed)
    }

    /// The layers served as collections: the catalog's, and the benchmark points when
    /// configured.
    pub fn layers(&self) -> Vec<LayerId> {
        let bench = (self.config.bench_points > 0).then_some(LayerId::BenchPoints);
        LayerId::CATALOG.into_iter().chain(bench).collect()
    }

    /// The layer with collection id `id`, if this simulator serves it.
    pub fn layer(&self, id: &str) -> Option<LayerId> {
        LayerId::parse(id).filter(|layer| self.layers().contains(layer))
    }

    /// The observations of `kpi_id` served for `[from_ms, to_ms]` at `now_ms` (clamped to the
    /// history and to now), or `None` for an unknown KPI.
    pub fn series(
        &self,
        kpi_id: &str,
        from_ms: i64,
        to_ms: i64,
        now_ms: i64,
    ) -> Option<Vec<Observation>> {
        let kpi = self.data.kpi(kpi_id)?;
        let (from_ms, to_ms) = self.data.clamp_window(kpi, from_ms, to_ms, now_ms);
        Some(self.data.window(kpi, from_ms, to_ms, usize::MAX).0)
    }

    /// Brings the alert log up to `now_ms`. The first call scans the whole history.
    pub fn advance_alerts(&self, now_ms: i64) {
        lock(&self.alerts).advance(&self.data, self.history_start_ms(now_ms), now_ms);
    }

    pub fn alerts_page(&self, now_ms: i64, cursor: &AlertCursor, limit: usize) -> AlertsPage {
        let mut log = lock(&self.alerts);
        log.advance(&self.data, self.history_start_ms(now_ms), now_ms);
        log.page(self.history_start_ms(now_ms), now_ms, cursor, limit)
    }

    /// Alert status changes in `(after_ms, to_ms]`.
    pub fn alert_changes(&self, after_ms: i64, to_ms: i64) -> Vec<(i64, Alert)> {
        let mut log = lock(&self.alerts);
        log.advance(&self.data, self.history_start_ms(to_ms), to_ms);
        log.changes(after_ms.max(self.history_start_ms(to_ms) - 1), to_ms)
    }

    pub fn set_fault(&self, rule: FaultRule) {
        lock(&self.faults).set(rule);
    }

    pub fn clear_faults(&self) {
        lock(&self.faults).clear();
    }

    pub fn take_fault(
        &self,
        route: Route,
        kpi_id: Option<&str>,
        layer_id: Option<&str>,
    ) -> Option<Fault> {
        lock(&self.faults).take(route, kpi_id, layer_id)
    }

    /// Logs a request, forgetting the oldest beyond [`REQUEST_LOG_CAPACITY`].
    pub fn record_request(&self, record: RequestRecord) {
        let mut requests = lock(&self.requests);
        if requests.len() >= REQUEST_LOG_CAPACITY {
            requests.pop_front();
        }
        requests.push_back(record);
    }

    pub fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.requests).iter().cloned().collect()
    }

    /// Takes every logged request out of the log, oldest first: a caller that takes them more
    /// often than [`REQUEST_LOG_CAPACITY`] arrive counts them all.
    pub fn take_requests(&self) -> Vec<RequestRecord> {
        std::mem::take(&mut *lock(&self.requests)).into()
    }

    pub fn clear_requests(&self) {
        lock(&self.requests).clear();
    }

    /// A receiver that turns `true` when the server shuts down (streams end then).
    pub fn shutdown_signal(&self) -> watch::Receiver<bool> {
        self.shutdown.clone()
    }
}
