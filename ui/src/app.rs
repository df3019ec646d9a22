//! The dashboard application: its state (a read-only cache reader, the last overview read, an
//! optional background sync, the language and theme) and its event loop.
//!
//! SQLite is never read per frame. The overview is re-read when the sync reports a change (or
//! finishes a run); the view models are rebuilt from the last read on a language switch and once
//! a minute, so ages stay right without a query. Sync events are drained in
//! [`eframe::App::logic`], before any drawing.
//!
//! The window shows one [`View`] at a time: the overview, or one KPI's detail chart. The detail's
//! [`SeriesModel`] is read when the view, its range or the language changes, or when a sync
//! reports new data for that KPI (`series/<id>`) or a new catalog; never per frame.

use std::path::{Path, PathBuf};
use std::time::Duration;

use offline_cache::store::{Overview, Reader, now_ms};
use offline_cache::sync::{BackgroundSync, SyncConfig, SyncEvent};
use serde::{Deserialize, Serialize};

use crate::fonts;
use crate::i18n::Lang;
use crate::panels::{
    BannerPanel, KpiDetailAction, KpiDetailPanel, OverviewPanel, StatusBarPanel, TopBar,
    TopBarAction,
};
use crate::theme::{Theme, ThemeChoice, spacing};
use crate::view_models::{
    CacheProblem, CityZone, OverviewModel, RangePreset, SeriesModel, StatusBarModel, SyncActivity,
};

/// The title of the window, in every language.
pub const WINDOW_TITLE: &str = "CityDash";
/// The window's size when it first opens, in points.
pub const WINDOW_SIZE: [f32; 2] = [1600.0, 1000.0];
/// How often the background sync runs at the least (the server's event stream wakes it sooner).
pub const SYNC_INTERVAL: Duration = Duration::from_secs(60);
/// How often the view models are rebuilt for ages ("5 min ago") when nothing else happens.
pub const MODEL_REFRESH_MS: i64 = 60_000;
/// The eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "citydash.dashboard.settings";

/// How the command line opens the dashboard.
#[derive(Debug, Clone)]
pub struct DashboardOptions {
    /// The cache to show. It may be missing (the window says so, and a sync creates it).
    pub cache_path: PathBuf,
    /// Sync in the background from this server; `None` shows the cache as it is.
    pub sync: Option<SyncConfig>,
    /// The language to start in; `None` uses the one saved from the last session (English the
    /// first time).
    pub lang: Option<Lang>,
}

/// What the dashboard remembers between sessions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    pub theme: ThemeChoice,
}

/// Opens the dashboard window and runs it until it is closed.
pub fn run_dashboard(options: DashboardOptions) -> anyhow::Result<()> {
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id("citydash")
            .with_inner_size(WINDOW_SIZE)
            .with_min_inner_size([640.0, 400.0]),
        // Our fonts cover everything we show; identical rendering on every machine.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        WINDOW_TITLE,
        native_options,
        Box::new(move |cc| Ok(Box::new(CityDashApp::new(cc, options)))),
    )
    .map_err(|error| anyhow::anyhow!("the dashboard window failed: {error}"))
}

/// What the central area shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    /// The KPI cards.
    #[default]
    Overview,
    /// One KPI's chart over a range.
    KpiDetail { kpi_id: String, range: RangePreset },
}

/// The dashboard's state: everything that is not drawing.
struct AppState {
    cache_path: PathBuf,
    reader: Option<Reader>,
    /// The last overview read from the cache; `None` while the cache cannot be read.
    overview: Option<Overview>,
    problem: Option<CacheProblem>,
    sync: Option<BackgroundSync>,
    activity: SyncActivity,
    settings: Settings,
    overview_model: OverviewModel,
    status_model: StatusBarModel,
    models_built_at_ms: i64,
    overview_reads: u64,
    view: View,
    /// The chart of the KPI in [`View::KpiDetail`]; `None` on the overview.
    series_model: Option<SeriesModel>,
    /// Set when a sync changed what the detail view shows; read again in the next `logic`.
    series_changed: bool,
    series_reads: u64,
}

impl AppState {
    fn new(cache_path: PathBuf, settings: Settings) -> Self {
        let lang = settings.lang;
        let now_ms = now_ms();
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
        }
    }

    /// Shows `view`, reading its series if it is a KPI's detail.
    fn set_view(&mut self, view: View) {
        if self.view != view {
            self.view = view;
            self.rebuild_series();
        }
    }

    /// Reads the detail view's series from the cache again (or drops it on the overview).
    fn rebuild_series(&mut self) {
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
        let model = match (&self.reader, def) {
            (Some(reader), Some(def)) => {
                let zone = CityZone::from_name(
                    self.overview
                        .as_ref()
                        .and_then(|overview| overview.city.as_ref())
                        .map(|city| city.time_zone.as_str()),
                );
                self.series_reads += 1;
                SeriesModel::load(reader, def, zone, range, lang, now_ms)
            }
            _ => SeriesModel::unknown(&kpi_id, range, lang, now_ms),
        };
        self.series_model = Some(model);
    }

    /// Opens the cache if it is not open yet and reads the overview, then rebuilds the models.
    fn reload(&mut self) {
        if self.reader.is_none() {
            match Reader::open(&self.cache_path) {
                Ok(reader) => self.reader = Some(reader),
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
    fn rebuild_models(&mut self) {
        let now_ms = now_ms();
        let lang = self.settings.lang;
        self.overview_model = match (&self.overview, &self.problem) {
            (Some(overview), _) => OverviewModel::build(overview, lang, now_ms),
            (None, Some(problem)) => OverviewModel::unavailable(problem, lang, now_ms),
            (None, None) => OverviewModel::build(&Overview::default(), lang, now_ms),
        };
        self.rebuild_status_bar(now_ms);
        self.models_built_at_ms = now_ms;
    }

    fn rebuild_status_bar(&mut self, now_ms: i64) {
        let empty = Overview::default();
        let overview = self.overview.as_ref().unwrap_or(&empty);
        self.status_model =
            StatusBarModel::for_overview(overview, self.activity, self.settings.lang, now_ms);
    }

    /// Drains the sync's events; returns whether the cache must be read again.
    fn drain_sync_events(&mut self) -> bool {
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
                    must_reload |= resources.iter().any(|resource| affects_overview(resource));
                    if let View::KpiDetail { kpi_id, .. } = &self.view {
                        self.series_changed |= resources
                            .iter()
                            .any(|resource| affects_series(resource, kpi_id));
                    }
                }
                SyncEvent::Failed(error) => {
                    tracing::debug!("sync of {} failed: {}", error.resource, error.message);
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
fn affects_overview(resource: &str) -> bool {
    matches!(resource, "catalog" | "latest")
}

/// Whether a changed resource shows on the detail chart of `kpi_id`: its series, or the catalog
/// (name, unit, target and thresholds).
fn affects_series(resource: &str, kpi_id: &str) -> bool {
    resource == "catalog" || resource.strip_prefix("series/") == Some(kpi_id)
}

/// What the user asked for in the central area.
enum CentralAction {
    OpenKpi(String),
    Detail(KpiDetailAction),
}

/// The dashboard application.
pub struct CityDashApp {
    state: AppState,
    top_bar: TopBar,
    banner: BannerPanel,
    overview_panel: OverviewPanel,
    kpi_detail_panel: KpiDetailPanel,
    status_bar: StatusBarPanel,
    /// The theme last applied to the egui context.
    applied_theme: Option<ThemeChoice>,
}

impl CityDashApp {
    /// Sets up fonts and theme, reads the cache and starts the background sync, if any.
    pub fn new(cc: &eframe::CreationContext<'_>, options: DashboardOptions) -> Self {
        fonts::install(&cc.egui_ctx);
        let mut settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
            .unwrap_or_default();
        if let Some(lang) = options.lang {
            settings.lang = lang;
        }

        let mut state = AppState::new(options.cache_path, settings);
        if let Some(config) = options.sync {
            let ctx = cc.egui_ctx.clone();
            match BackgroundSync::start(
                config,
                SYNC_INTERVAL,
                Box::new(move || ctx.request_repaint()),
            ) {
                Ok(sync) => {
                    state.sync = Some(sync);
                    state.activity = SyncActivity::Waiting;
                }
                Err(error) => tracing::error!("the background sync did not start: {error}"),
            }
        }
        state.reload();

        let mut app = Self {
            state,
            top_bar: TopBar,
            banner: BannerPanel,
            overview_panel: OverviewPanel,
            kpi_detail_panel: KpiDetailPanel,
            status_bar: StatusBarPanel,
            applied_theme: None,
        };
        app.apply_theme(&cc.egui_ctx);
        app
    }

    pub fn lang(&self) -> Lang {
        self.state.settings.lang
    }

    /// Switches the language; rebuilds the view models from the last read (no query).
    pub fn set_lang(&mut self, lang: Lang) {
        if self.state.settings.lang != lang {
            self.state.settings.lang = lang;
            self.state.rebuild_models();
            self.state.rebuild_series();
        }
    }

    /// What the central area shows.
    pub fn view(&self) -> &View {
        &self.state.view
    }

    /// Opens the detail view of `kpi_id`, over the last 24 hours.
    pub fn open_kpi(&mut self, kpi_id: &str) {
        self.state.set_view(View::KpiDetail {
            kpi_id: kpi_id.to_owned(),
            range: RangePreset::default(),
        });
    }

    /// Shows `range` in the detail view; does nothing on the overview.
    pub fn set_range(&mut self, range: RangePreset) {
        if let View::KpiDetail { kpi_id, .. } = &self.state.view {
            let kpi_id = kpi_id.clone();
            self.state.set_view(View::KpiDetail { kpi_id, range });
        }
    }

    /// Back to the overview.
    pub fn show_overview(&mut self) {
        self.state.set_view(View::Overview);
    }

    /// The detail view's chart; `None` on the overview.
    pub fn series_model(&self) -> Option<&SeriesModel> {
        self.state.series_model.as_ref()
    }

    /// How many times a series was read for the detail view since the app started.
    pub fn series_reads(&self) -> u64 {
        self.state.series_reads
    }

    pub fn theme_choice(&self) -> ThemeChoice {
        self.state.settings.theme
    }

    /// Switches the palette; it applies at the next frame.
    pub fn set_theme(&mut self, choice: ThemeChoice) {
        self.state.settings.theme = choice;
    }

    pub fn settings(&self) -> Settings {
        self.state.settings
    }

    pub fn cache_path(&self) -> &Path {
        &self.state.cache_path
    }

    pub fn overview_model(&self) -> &OverviewModel {
        &self.state.overview_model
    }

    pub fn status_bar_model(&self) -> &StatusBarModel {
        &self.state.status_model
    }

    pub fn sync_activity(&self) -> SyncActivity {
        self.state.activity
    }

    /// How many times the overview was read from the cache since the app started.
    pub fn overview_reads(&self) -> u64 {
        self.state.overview_reads
    }

    /// Reads the cache again now (opening it if it could not be opened before).
    pub fn reload_cache(&mut self) {
        self.state.reload();
    }

    fn theme(&self) -> Theme {
        Theme::new(self.state.settings.theme)
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.state.settings.theme) {
            self.theme().apply(ctx);
            self.applied_theme = Some(self.state.settings.theme);
        }
    }

    fn apply(&mut self, action: TopBarAction) {
        match action {
            TopBarAction::SetLang(lang) => self.set_lang(lang),
            TopBarAction::SetTheme(choice) => self.set_theme(choice),
        }
    }
}

impl eframe::App for CityDashApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.apply_theme(ctx);
        let now_ms = now_ms();
        if self.state.drain_sync_events() {
            self.state.reload();
        } else if now_ms - self.state.models_built_at_ms >= MODEL_REFRESH_MS {
            self.state.rebuild_models();
        }
        // After the reload, so a new catalog's name and thresholds are used.
        if self.state.series_changed {
            self.state.rebuild_series();
        }
        let escape = ctx.input(|input| input.key_pressed(egui::Key::Escape));
        if escape && self.state.view != View::Overview {
            self.show_overview();
        }
        let next_refresh_ms = (self.state.models_built_at_ms + MODEL_REFRESH_MS - now_ms)
            .clamp(1_000, MODEL_REFRESH_MS);
        ctx.request_repaint_after(Duration::from_millis(next_refresh_ms.unsigned_abs()));
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let theme = self.theme();
        let lang = self.lang();
        let palette = theme.palette;
        let bar_frame = egui::Frame::new()
            .fill(palette.bar_fill)
            .inner_margin(egui::Margin::symmetric(spacing::M as i8, spacing::S as i8));

        let action = egui::Panel::top("top_bar")
            .frame(bar_frame)
            .show(ui, |ui| {
                self.top_bar
                    .ui(ui, &self.state.overview_model, lang, &theme)
            })
            .inner;

        if BannerPanel::is_needed(&self.state.overview_model) {
            egui::Panel::top("banner")
                .frame(
                    egui::Frame::new()
                        .fill(palette.panel_fill)
                        .inner_margin(egui::Margin::symmetric(spacing::M as i8, spacing::S as i8)),
                )
                .show(ui, |ui| {
                    self.banner.ui(ui, &self.state.overview_model, &theme);
                });
        }

        egui::Panel::bottom("status_bar")
            .frame(bar_frame)
            .show(ui, |ui| {
                self.status_bar.ui(ui, &self.state.status_model, &theme);
            });

        let central = egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(palette.panel_fill)
                    .inner_margin(egui::Margin::symmetric(spacing::L as i8, 0)),
            )
            .show(ui, |ui| match &self.state.series_model {
                Some(series) if self.state.view != View::Overview => self
                    .kpi_detail_panel
                    .ui(ui, series, &theme)
                    .map(CentralAction::Detail),
                _ => self
                    .overview_panel
                    .ui(ui, &self.state.overview_model, &theme)
                    .map(CentralAction::OpenKpi),
            })
            .inner;

        if let Some(action) = action {
            self.apply(action);
            ui.ctx().request_repaint();
        }
        if let Some(central) = central {
            match central {
                CentralAction::OpenKpi(kpi_id) => self.open_kpi(&kpi_id),
                CentralAction::Detail(KpiDetailAction::Back) => self.show_overview(),
                CentralAction::Detail(KpiDetailAction::SetRange(range)) => self.set_range(range),
            }
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }
}
