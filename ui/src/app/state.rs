//! The dashboard's state: the last reads from the cache (as the model loader delivered them),
//! the background sync and its activity, the settings, and the view models built from them.
//! Nothing here draws, and nothing here reads the cache: reads are requests to the loader.
//!
//! The overview is re-read when the sync reports a change (or finishes a run); the view models
//! are rebuilt from the last read on a language switch and once a minute, so ages stay right
//! without a query.

use offline_cache::model::{Alert, FeatureRef};
use offline_cache::store::{Overview, Resource};
use offline_cache::sync::{BackgroundSync, SyncEvent};

use super::map_state::{MapOutcome, MapState};
use super::settings::{Settings, View};
use crate::loader::{DataSource, LoadRequest, Loaded, ModelLoader};
use crate::panels::MapAction;
use crate::view_models::alerts::{AlertNames, AlertsModel, AlertsTracker};
use crate::view_models::attention::AttentionModel;
use crate::view_models::{
    CacheProblem, CityZone, OverviewModel, SeriesModel, StatusBarModel, SyncActivity,
};

/// The dashboard's state: everything that is not drawing.
pub(super) struct AppState {
    /// The cache, or a briefing pack shown instead (read-only, never synced).
    pub(super) source: DataSource,
    /// Reads the cache off the UI thread; `None` only if its thread could not start.
    loader: Option<ModelLoader>,
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
    /// The chart of the KPI in [`View::KpiDetail`]; `None` on the overview and until its first
    /// read arrives.
    pub(super) series_model: Option<SeriesModel>,
    /// Stamps chart requests, so a chart that arrives after the view moved on is dropped.
    series_generation: u64,
    /// Set when a sync changed what the detail view shows; read again in the next `logic`.
    pub(super) series_changed: bool,
    pub(super) series_reads: u64,
    pub(super) map: MapState,
    /// The last alerts read, newest first.
    pub(super) alerts: Vec<Alert>,
    pub(super) alerts_model: AlertsModel,
    /// What needs attention now, from the overview's cards and the alerts.
    pub(super) attention_model: AttentionModel,
    /// The KPI and layer names the alerts refer to, from the catalog.
    pub(super) alert_names: AlertNames,
    pub(super) alerts_tracker: AlertsTracker,
    /// A sync changed the alerts (or they were never read); ask for them in the next `logic`.
    pub(super) alerts_stale: bool,
}

/// What the models that arrived ask of the rest of the app.
#[derive(Default)]
pub(super) struct Arrivals {
    /// Alerts seen for the first time, for the toasts.
    pub(super) new_alerts: Vec<Alert>,
}

impl AppState {
    pub(super) fn new(
        source: DataSource,
        settings: Settings,
        map: MapState,
        repaint: egui::Context,
    ) -> Self {
        let lang = settings.lang;
        let now_ms = source.data_now_ms();
        let settings_alert_filter = settings.alert_filter.clone();
        let mut problem = CacheProblem::NoCache;
        let loader =
            match ModelLoader::start(source.clone(), Box::new(move || repaint.request_repaint())) {
                Ok(loader) => Some(loader),
                Err(source) => {
                    problem = CacheProblem::from_error(&offline_cache::Error::Io {
                        context: "could not start reading the cache".into(),
                        source,
                    });
                    None
                }
            };
        Self {
            source,
            loader,
            overview: None,
            overview_model: OverviewModel::unavailable(&problem, lang, now_ms),
            problem: Some(problem),
            sync: None,
            activity: SyncActivity::Off,
            settings,
            status_model: StatusBarModel::for_overview(
                &Overview::default(),
                SyncActivity::Off,
                lang,
                now_ms,
            ),
            models_built_at_ms: offline_cache::store::now_ms(),
            overview_reads: 0,
            view: View::Overview,
            series_model: None,
            series_generation: 0,
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
            // Nothing to say before the first overview arrives.
            attention_model: AttentionModel::default(),
            alert_names: AlertNames::default(),
            alerts_tracker: AlertsTracker::default(),
            alerts_stale: true,
        }
    }

    /// Asks the loader for `request`.
    /// Starts the background sync of `config`, waking the window at each event.
    pub(super) fn start_sync(
        &mut self,
        config: offline_cache::sync::SyncConfig,
        ctx: &egui::Context,
    ) {
        let ctx = ctx.clone();
        match BackgroundSync::start(
            config,
            super::SYNC_INTERVAL,
            Box::new(move || ctx.request_repaint()),
        ) {
            Ok(sync) => {
                self.sync = Some(sync);
                self.activity = SyncActivity::Waiting;
            }
            Err(error) => tracing::error!("the background sync did not start: {error}"),
        }
    }

    pub(super) fn request(&self, request: LoadRequest) {
        sender(&self.loader)(request);
    }

    /// Asks for the map's model if it is missing or stale; call only while the map is shown.
    pub(super) fn refresh_map(&mut self, ctx: &egui::Context) {
        let send = sender(&self.loader);
        self.map.refresh(ctx, &self.settings, &self.source, &send);
    }

    /// Drains the history replay; true when the map must be drawn again.
    pub(super) fn poll_history(&mut self) -> bool {
        self.map.poll_history(&sender(&self.loader))
    }

    /// Does what the map panel asked.
    pub(super) fn apply_map(&mut self, action: MapAction) -> Option<MapOutcome> {
        let send = sender(&self.loader);
        self.map.apply(action, &mut self.settings, &send)
    }

    /// Selects the feature an alert is about and centres the map on it, once read; its layer
    /// is turned on if it was off, so the feature shows where the map centres.
    pub(super) fn focus_map_feature(&mut self, feature: FeatureRef) {
        let send = sender(&self.loader);
        let turned_on = !self.settings.map.is_visible(&feature.layer_id);
        if turned_on {
            self.settings.map.set_visible(&feature.layer_id, true);
        }
        self.map.focus(&self.settings, feature, turned_on, &send);
    }

    /// Closes the map's info panel; true when something was selected.
    pub(super) fn clear_map_selection(&mut self) -> bool {
        self.map.clear_selection(&sender(&self.loader))
    }

    /// Whether the loader is still reading or building something.
    pub(super) fn loading(&self) -> bool {
        self.loader.as_ref().is_some_and(ModelLoader::is_busy)
    }

    /// Shows `view`, asking for its series if it is a KPI's detail.
    pub(super) fn set_view(&mut self, view: View) {
        if self.view != view {
            self.view = view;
            self.rebuild_series();
        }
    }

    /// Asks for the detail view's series again (or drops it on the overview). The chart shown
    /// stays until the new one arrives; another KPI's gives way to a "reading" placeholder.
    pub(super) fn rebuild_series(&mut self) {
        self.series_changed = false;
        self.series_generation += 1;
        let View::KpiDetail { kpi_id, range } = &self.view else {
            self.series_model = None;
            return;
        };
        if self
            .series_model
            .as_ref()
            .is_none_or(|model| model.kpi_id != *kpi_id)
        {
            self.series_model = Some(SeriesModel::loading(
                kpi_id,
                *range,
                self.settings.lang,
                self.data_now_ms(),
            ));
        }
        let request = LoadRequest::Series {
            generation: self.series_generation,
            kpi_id: kpi_id.clone(),
            range: *range,
            lang: self.settings.lang,
        };
        self.request(request);
    }

    /// Takes every finished model from the loader and swaps it in.
    pub(super) fn receive_models(&mut self) -> Arrivals {
        let mut arrivals = Arrivals::default();
        let mut overview_changed = false;
        while let Some(loaded) = self.loader.as_ref().and_then(ModelLoader::try_recv) {
            overview_changed |= self.swap_in(loaded, &mut arrivals);
        }
        if overview_changed {
            self.rebuild_models();
        }
        arrivals
    }

    /// Waits at most `within` for the first answer about the overview, so the window opens
    /// with the city rather than an empty frame. The one wait on the loader, before the first
    /// frame; a slow cache (or an upgrade) shows its first frame without data and fills it in.
    pub(super) fn await_first_overview(&mut self, within: std::time::Duration) {
        let deadline = std::time::Instant::now() + within;
        let mut arrivals = Arrivals::default();
        while let Some(loaded) = self
            .loader
            .as_ref()
            .and_then(|loader| loader.recv_timeout(deadline - std::time::Instant::now()))
        {
            let about_overview = matches!(
                loaded,
                Loaded::Overview(_) | Loaded::Upgrading | Loaded::CacheProblem(_)
            );
            self.swap_in(loaded, &mut arrivals);
            if about_overview || std::time::Instant::now() >= deadline {
                break;
            }
        }
        self.rebuild_models();
    }

    /// Swaps one finished model in; true when the overview's models must be rebuilt.
    fn swap_in(&mut self, loaded: Loaded, arrivals: &mut Arrivals) -> bool {
        match loaded {
            Loaded::Overview(overview) => {
                self.overview_reads += 1;
                self.overview = Some(*overview);
                self.problem = None;
                true
            }
            Loaded::Upgrading => {
                self.overview = None;
                self.problem = Some(CacheProblem::Upgrading);
                true
            }
            Loaded::CacheProblem(problem) => {
                // The last good read stays on screen, under a banner saying why it does not
                // change; without one, the problem is all there is to show.
                self.problem = Some(problem);
                true
            }
            Loaded::Alerts { alerts, names } => {
                arrivals
                    .new_alerts
                    .extend(self.alerts_tracker.update(&alerts));
                self.alert_names = names;
                self.alerts = alerts;
                self.rebuild_alerts_model(self.data_now_ms());
                false
            }
            Loaded::Series {
                generation,
                model,
                read,
            } => {
                if generation == self.series_generation
                    && matches!(self.view, View::KpiDetail { .. })
                {
                    self.series_reads += u64::from(read);
                    self.series_model = Some(*model);
                }
                false
            }
            Loaded::Map { model, centre_on } => {
                self.map.model_loaded(*model, centre_on);
                false
            }
        }
    }

    /// How often `kpi_id` is measured, from the last overview read.
    pub(super) fn kpi_frequency(&self, kpi_id: &str) -> Option<offline_cache::model::Frequency> {
        Some(self.overview.as_ref()?.kpi(kpi_id)?.def.frequency)
    }

    /// The city's time zone, from the last overview read.
    pub(super) fn zone(&self) -> CityZone {
        CityZone::of(self.overview.as_ref())
    }

    /// Rebuilds the alerts panel's model and the attention strip (which counts the alerts).
    pub(super) fn rebuild_alerts_model(&mut self, now_ms: i64) {
        self.alerts_model = AlertsModel::build(
            &self.alerts,
            &self.settings.alert_filter,
            &self.alert_names,
            self.settings.lang,
            self.zone(),
            now_ms,
        );
        self.attention_model = AttentionModel::build(
            &self.overview_model,
            &self.alerts,
            &self.alert_names,
            self.settings.lang,
            self.zone(),
            now_ms,
        );
    }

    /// Asks for the overview (opening the cache if it could not be opened before); the models
    /// are rebuilt when it arrives.
    pub(super) fn reload(&self) {
        self.request(LoadRequest::Overview);
    }

    /// Asks for the latest alerts, when a sync changed them or they were never read.
    pub(super) fn request_alerts_if_stale(&mut self) {
        if std::mem::take(&mut self.alerts_stale) {
            self.request(LoadRequest::Alerts);
        }
    }

    /// Rebuilds the view models from the last read, in the current language, at the current
    /// time (a pack's: its as-of time). No query.
    pub(super) fn rebuild_models(&mut self) {
        let now_ms = self.data_now_ms();
        let lang = self.settings.lang;
        self.overview_model = match (&self.overview, &self.problem) {
            (Some(overview), None) => OverviewModel::build(overview, lang, now_ms),
            (Some(overview), Some(problem)) => {
                OverviewModel::build(overview, lang, now_ms).with_cache_problem(problem)
            }
            (None, Some(problem)) => OverviewModel::unavailable(problem, lang, now_ms),
            (None, None) => OverviewModel::build(&Overview::default(), lang, now_ms),
        };
        self.rebuild_status_bar(now_ms);
        self.rebuild_alerts_model(now_ms);
        self.models_built_at_ms = offline_cache::store::now_ms();
    }

    /// The time ages are counted from: the pack's as-of time, or now on the server's clock as
    /// the last sync found it (a computer whose clock is wrong still says how old data is).
    pub(super) fn data_now_ms(&self) -> i64 {
        let now_ms = self.source.data_now_ms();
        match (&self.overview, self.source.pack()) {
            (Some(overview), None) => overview.sync.server_now_ms(now_ms),
            _ => now_ms,
        }
    }

    pub(super) fn rebuild_status_bar(&mut self, now_ms: i64) {
        if let Some(pack) = self.source.pack() {
            self.status_model = StatusBarModel::for_pack(pack, self.settings.lang);
            return;
        }
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
            self.rebuild_status_bar(self.data_now_ms());
        }
        must_reload
    }
}

/// Sends requests to `loader`, if it runs.
fn sender(loader: &Option<ModelLoader>) -> impl Fn(LoadRequest) + '_ {
    move |request| {
        if let Some(loader) = loader {
            loader.request(request);
        }
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
