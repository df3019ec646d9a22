//! The dashboard's state: the cache reader and the last reads from it, the background sync and
//! its activity, the settings, and the view models built from them. Nothing here draws.
//!
//! SQLite is never read per frame. The overview is re-read when the sync reports a change (or
//! finishes a run); the view models are rebuilt from the last read on a language switch and once
//! a minute, so ages stay right without a query.

use std::path::PathBuf;
use std::sync::mpsc;

use offline_cache::model::Alert;
use offline_cache::store::{Overview, Reader, Resource, now_ms};
use offline_cache::sync::{BackgroundSync, SyncEvent};

use super::map_state::MapState;
use super::settings::{Settings, View};
use crate::view_models::alerts::{ALERTS_READ_LIMIT, AlertNames, AlertsModel, AlertsTracker};
use crate::view_models::{
    CacheProblem, CityZone, OverviewModel, SeriesModel, StatusBarModel, SyncActivity, load_series,
    read_alert_names,
};

/// The dashboard's state: everything that is not drawing.
pub(super) struct AppState {
    pub(super) cache_path: PathBuf,
    pub(super) reader: Option<Reader>,
    /// The last overview read from the cache; `None` while the cache cannot be read.
    pub(super) overview: Option<Overview>,
    pub(super) problem: Option<CacheProblem>,
    pub(super) sync: Option<BackgroundSync>,
    pub(super) activity: SyncActivity,
    pub(super) settings: Settings,
    pub(super) overview_model: OverviewModel,
    pub(super) status_model: StatusBarModel,
    pub(super) models_built_at_ms: i64,
    pub(super) overview_reads: u64,
    pub(super) view: View,
    /// The chart of the KPI in [`View::KpiDetail`]; `None` on the overview.
    pub(super) series_model: Option<SeriesModel>,
    /// Set when a sync changed what the detail view shows; read again in the next `logic`.
    pub(super) series_changed: bool,
    pub(super) series_reads: u64,
    pub(super) map: MapState,
    /// The last alerts read, newest first.
    pub(super) alerts: Vec<Alert>,
    pub(super) alerts_model: AlertsModel,
    /// The KPI and layer names the alerts refer to, from the catalog.
    pub(super) alert_names: AlertNames,
    pub(super) alerts_tracker: AlertsTracker,
    /// Alerts seen for the first time in the last read, for the toasts.
    pub(super) new_alerts: Vec<Alert>,
    /// A sync changed the alerts (or they were never read); read them in the next `logic`.
    pub(super) alerts_stale: bool,
    /// The upgrade of a cache written by an older build, running on its own thread.
    pub(super) upgrade: Option<mpsc::Receiver<offline_cache::Result<()>>>,
    /// Wakes the window when background work (the upgrade) finishes.
    pub(super) repaint: egui::Context,
}

impl AppState {
    pub(super) fn new(
        cache_path: PathBuf,
        settings: Settings,
        map: MapState,
        repaint: egui::Context,
    ) -> Self {
        let lang = settings.lang;
        let now_ms = now_ms();
        let settings_alert_filter = settings.alert_filter.clone();
        Self {
            cache_path,
            reader: None,
            overview: None,
            problem: Some(CacheProblem::NoCache),
            sync: None,
            activity: SyncActivity::Off,
            settings,
            overview_model: OverviewModel::unavailable(&CacheProblem::NoCache, lang, now_ms),
            status_model: StatusBarModel::for_overview(
                &Overview::default(),
                SyncActivity::Off,
                lang,
                now_ms,
            ),
            models_built_at_ms: now_ms,
            overview_reads: 0,
            view: View::Overview,
            series_model: None,
            series_changed: false,
            series_reads: 0,
            map,
            alerts: Vec::new(),
            alerts_model: AlertsModel::build(
                &[],
                &settings_alert_filter,
                &AlertNames::default(),
                lang,
                CityZone::from_name(None),
                now_ms,
            ),
            alert_names: AlertNames::default(),
            alerts_tracker: AlertsTracker::default(),
            new_alerts: Vec::new(),
            alerts_stale: true,
            upgrade: None,
            repaint,
        }
    }

    /// Shows `view`, reading its series if it is a KPI's detail.
    pub(super) fn set_view(&mut self, view: View) {
        if self.view != view {
            self.view = view;
            self.rebuild_series();
        }
    }

    /// Reads the detail view's series from the cache again (or drops it on the overview).
    pub(super) fn rebuild_series(&mut self) {
        self.series_changed = false;
        let View::KpiDetail { kpi_id, range } = &self.view else {
            self.series_model = None;
            return;
        };
        let (kpi_id, range) = (kpi_id.clone(), *range);
        let lang = self.settings.lang;
        let now_ms = now_ms();
        let def = self.overview.as_ref().and_then(|overview| {
            overview
                .kpis
                .iter()
                .find(|kpi| kpi.def.id == kpi_id)
                .map(|kpi| &kpi.def)
        });
        let zone = self.zone();
        let model = match (&self.reader, def) {
            (Some(reader), Some(def)) => {
                self.series_reads += 1;
                load_series(reader, def, zone, range, lang, now_ms)
            }
            _ => SeriesModel::unknown(&kpi_id, range, lang, now_ms),
        };
        self.series_model = Some(model);
    }

    /// Upgrades the cache on a thread of its own (it may take seconds on a large cache); the
    /// next `logic` after it ends reads the cache again.
    fn start_upgrade(&mut self) {
        if self.upgrade.is_some() {
            return;
        }
        let (done, receiver) = mpsc::channel();
        let path = self.cache_path.clone();
        let repaint = self.repaint.clone();
        let started = std::thread::Builder::new()
            .name("cache-upgrade".into())
            .spawn(move || {
                let _ = done.send(offline_cache::store::upgrade(&path));
                repaint.request_repaint();
            });
        match started {
            Ok(_) => self.upgrade = Some(receiver),
            Err(error) => {
                self.problem = Some(CacheProblem::Failed {
                    message: format!("could not start the cache upgrade: {error}"),
                });
            }
        }
    }

    /// Whether a finished upgrade asks for the cache to be read again.
    pub(super) fn upgrade_finished(&mut self) -> bool {
        let Some(receiver) = &self.upgrade else {
            return false;
        };
        let outcome = match receiver.try_recv() {
            Ok(outcome) => outcome,
            Err(mpsc::TryRecvError::Empty) => return false,
            Err(mpsc::TryRecvError::Disconnected) => Err(offline_cache::Error::Io {
                context: "the cache upgrade stopped".into(),
                source: std::io::Error::other("the upgrade thread ended without a word"),
            }),
        };
        self.upgrade = None;
        match outcome {
            Ok(()) => true,
            Err(error) => {
                self.problem = Some(CacheProblem::from_error(&error));
                self.rebuild_models();
                false
            }
        }
    }

    /// The city's time zone, from the last overview read.
    pub(super) fn zone(&self) -> CityZone {
        CityZone::from_name(
            self.overview
                .as_ref()
                .and_then(|overview| overview.city.as_ref())
                .map(|city| city.time_zone.as_str()),
        )
    }

    /// Reads the latest alerts (a bounded query) and notes the ones never seen before.
    pub(super) fn read_alerts(&mut self) {
        let Some(reader) = &self.reader else {
            return;
        };
        self.alerts_stale = false;
        match reader.recent_alerts(ALERTS_READ_LIMIT) {
            Ok(alerts) => {
                self.alert_names = read_alert_names(reader, &alerts);
                self.new_alerts = self.alerts_tracker.update(&alerts);
                self.alerts = alerts;
                self.rebuild_alerts_model(now_ms());
            }
            // The last alerts read stay on screen.
            Err(error) => tracing::warn!("could not read the alerts: {error}"),
        }
    }

    pub(super) fn rebuild_alerts_model(&mut self, now_ms: i64) {
        self.alerts_model = AlertsModel::build(
            &self.alerts,
            &self.settings.alert_filter,
            &self.alert_names,
            self.settings.lang,
            self.zone(),
            now_ms,
        );
    }

    /// Opens the cache if it is not open yet and reads the overview, then rebuilds the models.
    pub(super) fn reload(&mut self) {
        if self.reader.is_none() {
            match Reader::open(&self.cache_path) {
                Ok(reader) => self.reader = Some(reader),
                Err(offline_cache::Error::OlderSchema { .. }) => {
                    self.overview = None;
                    self.problem = Some(CacheProblem::Upgrading);
                    self.start_upgrade();
                }
                Err(error) => {
                    self.overview = None;
                    self.problem = Some(CacheProblem::from_error(&error));
                }
            }
        }
        if let Some(reader) = &self.reader {
            self.overview_reads += 1;
            match reader.overview(now_ms()) {
                Ok(overview) => {
                    self.overview = Some(overview);
                    self.problem = None;
                }
                Err(error) => {
                    tracing::warn!("could not read the overview: {error}");
                    // Keep showing the last good read; say why only when there is none.
                    if self.overview.is_none() {
                        self.problem = Some(CacheProblem::from_error(&error));
                    }
                }
            }
        }
        self.rebuild_models();
    }

    /// Rebuilds the view models from the last read, in the current language, at the current
    /// time. No query.
    pub(super) fn rebuild_models(&mut self) {
        let now_ms = now_ms();
        let lang = self.settings.lang;
        self.overview_model = match (&self.overview, &self.problem) {
            (Some(overview), _) => OverviewModel::build(overview, lang, now_ms),
            (None, Some(problem)) => OverviewModel::unavailable(problem, lang, now_ms),
            (None, None) => OverviewModel::build(&Overview::default(), lang, now_ms),
        };
        self.rebuild_status_bar(now_ms);
        self.rebuild_alerts_model(now_ms);
        self.models_built_at_ms = now_ms;
    }

    pub(super) fn rebuild_status_bar(&mut self, now_ms: i64) {
        let empty = Overview::default();
        let overview = self.overview.as_ref().unwrap_or(&empty);
        self.status_model =
            StatusBarModel::for_overview(overview, self.activity, self.settings.lang, now_ms);
    }

    /// Drains the sync's events; returns whether the cache must be read again.
    pub(super) fn drain_sync_events(&mut self) -> bool {
        let Some(sync) = &self.sync else {
            return false;
        };
        let mut must_reload = false;
        let mut activity_changed = false;
        while let Some(event) = sync.try_recv() {
            activity_changed = true;
            match event {
                SyncEvent::Started { .. } => {
                    self.activity = SyncActivity::Running { done: 0, total: 0 };
                }
                SyncEvent::Progress { done, total } => {
                    self.activity = SyncActivity::Running { done, total };
                }
                SyncEvent::Changed { resources } => {
                    must_reload |= resources.iter().any(affects_overview);
                    for resource in &resources {
                        self.map.resource_changed(resource);
                    }
                    // A new catalog or layer may rename what the alerts refer to.
                    self.alerts_stale |= resources.iter().any(|resource| {
                        matches!(
                            resource,
                            Resource::Alerts | Resource::Catalog | Resource::Layer { .. }
                        )
                    });
                    if let View::KpiDetail { kpi_id, .. } = &self.view {
                        self.series_changed |= resources
                            .iter()
                            .any(|resource| affects_series(resource, kpi_id));
                    }
                }
                SyncEvent::Failed(error) => {
                    tracing::debug!("sync of {} failed: {}", error.resource, error.message);
                }
                SyncEvent::Notice(notice) => {
                    tracing::info!("sync of {}: {}", notice.resource, notice.message);
                }
                SyncEvent::WaitingForLock { holder_pid } => {
                    self.activity = SyncActivity::WaitingForAnother { holder_pid };
                }
                SyncEvent::Finished(report) => {
                    self.activity = SyncActivity::Finished {
                        reachable: report.reachable,
                        error_count: report.errors.len(),
                    };
                    // Sync health changed with every run, whatever it fetched.
                    must_reload = true;
                }
            }
        }
        if activity_changed && !must_reload {
            self.rebuild_status_bar(now_ms());
        }
        must_reload
    }
}

/// Whether a changed resource shows on the overview: the catalog and the latest values. Series
/// pages, layers and tiles do not, so a first sync with its many pages does not re-read the
/// overview for each (the end of a run re-reads it for the sync health anyway).
fn affects_overview(resource: &Resource) -> bool {
    matches!(resource, Resource::Catalog | Resource::Latest)
}

/// Whether a changed resource shows on the detail chart of `kpi_id`: its series, or the catalog
/// (name, unit, target and thresholds).
fn affects_series(resource: &Resource, kpi_id: &str) -> bool {
    match resource {
        Resource::Catalog => true,
        Resource::Series { kpi_id: changed } => changed == kpi_id,
        _ => false,
    }
}
