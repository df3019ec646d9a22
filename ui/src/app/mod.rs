//! The dashboard application: the window, its panels and its event loop over the [`state`]
//! module's `AppState`.
//!
//! Sync events and keyboard shortcuts are handled in [`eframe::App::logic`], before any drawing.
//! The window shows one [`View`] at a time: the overview, the map, or one KPI's detail chart. The
//! detail's [`SeriesModel`] is asked for when the view, its range or the language changes, or
//! when a sync reports new data for that KPI or a new catalog; never per frame. Every read runs
//! on the model loader's thread ([`crate::loader`]); `logic` swaps in what it finished.

use std::path::Path;
use std::time::Duration;

use offline_cache::store::now_ms;

pub mod kiosk;
mod map_state;
mod pack;
mod settings;
mod state;
mod window;

use map_state::{MapOutcome, MapState, ServerAccess};
use pack::{Home, PackGate};
pub use settings::{MapView, Settings, View};
use state::AppState;
pub use window::{DashboardOptions, run_dashboard};

use crate::fonts;
use crate::i18n::Lang;
use crate::loader::DataSource;
use crate::panels::alerts::{AlertAction, AlertsPanel, Toasts};
use crate::panels::top_bar::{MainTab, Navigation};
use crate::panels::{
    BannerPanel, KpiDetailAction, KpiDetailPanel, MapAction, OverviewPanel, StatusBarPanel, TopBar,
    TopBarAction,
};
use crate::shortcuts::{self, AppCommand};
use crate::theme::{Theme, ThemeChoice, alert_style, spacing};
use crate::view_models::attention::{AttentionAction, AttentionModel};
use crate::view_models::{OverviewModel, RangePreset, SeriesModel, StatusBarModel, SyncActivity};

/// The title of the window, in every language.
pub const WINDOW_TITLE: &str = "CityDash";
/// The window's size when it first opens, in points.
pub const WINDOW_SIZE: [f32; 2] = [1600.0, 1000.0];
/// How often the background sync runs at the least (the server's event stream wakes it sooner).
pub const SYNC_INTERVAL: Duration = Duration::from_secs(60);
/// How long the window waits for the cache's first overview before its first frame (the
/// overview of a large city is read in tens of milliseconds).
const FIRST_OVERVIEW_WAIT: Duration = Duration::from_millis(300);
/// How often the view models are rebuilt for ages ("5 min ago") when nothing else happens.
pub const MODEL_REFRESH_MS: i64 = 60_000;
/// When set, the dashboard writes [`FIRST_FRAME_MARKER`] to standard error once it has drawn a
/// frame with data, for the start-up benchmark.
pub const REPORT_FIRST_FRAME_ENV: &str = "CITYDASH_REPORT_FIRST_FRAME";
/// The line written when [`REPORT_FIRST_FRAME_ENV`] is set.
pub const FIRST_FRAME_MARKER: &str = "citydash: first frame with data";
/// When set to `WIDTHxHEIGHT` (points), the window opens at that size instead of
/// [`WINDOW_SIZE`] (the screenshots of `scripts/screenshots` use it).
pub const WINDOW_SIZE_ENV: &str = "CITYDASH_WINDOW_SIZE";
/// The eframe storage key of [`Settings`].
const SETTINGS_KEY: &str = "citydash.dashboard.settings";

/// What the user asked for in the central area.
enum CentralAction {
    /// A card or an item of the attention strip.
    Overview(AttentionAction),
    Detail(KpiDetailAction),
    Map(MapAction),
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
    alerts_panel: AlertsPanel,
    toasts: Toasts,
    /// Set by the search shortcut; the overview's search field takes the focus at the next frame.
    focus_search: bool,
    /// Whether the first frame with data is still to be reported (see [`REPORT_FIRST_FRAME_ENV`]).
    report_first_frame: bool,
    /// Packs being checked, waiting for a yes, refused, or shown.
    packs: PackGate,
    /// The cache to go back to when a pack is closed.
    home: Home,
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
        let start_view = options.start_view.unwrap_or_else(|| settings.view.clone());

        let server = options.sync.as_ref().map(ServerAccess::of);
        let map = MapState::new(&cc.egui_ctx, &settings, server);
        let home = Home {
            cache_path: options.cache_path.clone(),
            sync: options.sync.clone(),
        };
        // A pack named on the command line is the window's data (once the user agrees to an
        // unknown key); the cache is there to go back to, but is not synced meanwhile.
        let mut packs = PackGate::new(options.trusted_keys);
        let pack_named = options.pack.is_some();
        let source = match options
            .pack
            .and_then(|pack| packs.offer(pack, settings.lang))
        {
            Some(pack) => DataSource::Pack(pack),
            None => DataSource::Cache(options.cache_path),
        };
        let mut state = AppState::new(source, settings, map, cc.egui_ctx.clone());
        if let Some(config) = options.sync.filter(|_| !pack_named) {
            state.start_sync(config, &cc.egui_ctx);
        }
        state.reload();
        state.set_view(start_view);
        state.await_first_overview(FIRST_OVERVIEW_WAIT);

        let mut app = Self {
            state,
            top_bar: TopBar,
            banner: BannerPanel,
            overview_panel: OverviewPanel,
            kpi_detail_panel: KpiDetailPanel,
            status_bar: StatusBarPanel,
            applied_theme: None,
            alerts_panel: AlertsPanel,
            toasts: Toasts::default(),
            focus_search: false,
            report_first_frame: std::env::var_os(REPORT_FIRST_FRAME_ENV).is_some(),
            packs,
            home,
        };
        app.relabel_packs();
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
            self.state.map.language_changed();
            self.state.rebuild_models();
            self.state.rebuild_series();
            self.relabel_packs();
        }
    }

    /// What the central area shows.
    pub fn view(&self) -> &View {
        &self.state.view
    }

    /// Opens the detail view of `kpi_id` over the range that suits its frequency (24 hours
    /// for live data, all of an annual KPI's years).
    pub fn open_kpi(&mut self, kpi_id: &str) {
        let range = self
            .state
            .kpi_frequency(kpi_id)
            .map_or_else(RangePreset::default, RangePreset::default_for);
        self.state.set_view(View::KpiDetail {
            kpi_id: kpi_id.to_owned(),
            range,
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

    pub fn settings(&self) -> &Settings {
        &self.state.settings
    }

    /// The settings, to change before the next frame (as the panels do).
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.state.settings
    }

    /// The file shown: the cache, or the pack shown instead.
    pub fn cache_path(&self) -> &Path {
        self.state.source.path()
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

    /// Whether the model loader is still reading or building something asked of it. Once
    /// false, the next frame shows everything asked for so far.
    pub fn is_loading(&self) -> bool {
        self.state.loading()
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
            TopBarAction::Command(command) => self.run_command(command),
        }
    }

    /// Does what a shortcut or its top bar control asks for.
    pub fn run_command(&mut self, command: AppCommand) {
        match command {
            AppCommand::ShowOverview => self.show_overview(),
            AppCommand::ShowMap => self.show_map(),
            AppCommand::ToggleAlerts => {
                self.state.settings.alerts_open = !self.state.settings.alerts_open;
            }
            AppCommand::FocusSearch => {
                self.show_overview();
                self.focus_search = true;
            }
            AppCommand::ToggleLanguage => self.set_lang(match self.lang() {
                Lang::En => Lang::Vi,
                Lang::Vi => Lang::En,
            }),
            AppCommand::ToggleTheme => self.set_theme(match self.theme_choice() {
                ThemeChoice::Dark => ThemeChoice::Light,
                ThemeChoice::Light => ThemeChoice::Dark,
            }),
        }
    }

    /// Shows the city map.
    pub fn show_map(&mut self) {
        self.state.set_view(View::Map);
    }

    /// The map's view model, once the map has been shown.
    pub fn map_model(&self) -> Option<&crate::view_models::MapModel> {
        self.state.map.model()
    }

    /// What the map shows of the time-varying layers: live data, or a past hour.
    pub fn history_state(&self) -> &crate::map::history::HistoryState {
        self.state.map.history_state()
    }

    /// How many times the map's layers were read from the cache since the app started.
    pub fn map_reads(&self) -> u64 {
        self.state.map.reads()
    }

    /// Whether the alerts panel is open.
    pub fn alerts_open(&self) -> bool {
        self.state.settings.alerts_open
    }

    fn navigation(&self) -> Navigation {
        Navigation {
            tab: match self.state.view {
                View::Map => MainTab::Map,
                View::Overview | View::KpiDetail { .. } => MainTab::Overview,
            },
            alerts_open: self.state.settings.alerts_open,
            active_alerts: self.state.alerts_model.counts.active_total,
            critical_alerts: self.state.alerts_model.counts.active_critical,
        }
    }

    /// Does what the alerts panel or a toast asked for: open the alert's KPI chart, or show its
    /// feature on the map.
    pub fn apply_alert_action(&mut self, action: AlertAction) {
        match action {
            AlertAction::OpenKpi(kpi_id) => self.open_kpi(&kpi_id),
            AlertAction::FocusFeature(feature) => {
                self.show_map();
                // A feature the cache lacks leaves the map's message saying so.
                self.state.focus_map_feature(feature);
            }
            AlertAction::FilterChanged => self.state.rebuild_alerts_model(now_ms()),
        }
    }

    /// The attention strip's model.
    pub fn attention_model(&self) -> &AttentionModel {
        &self.state.attention_model
    }

    /// The alerts panel's model.
    pub fn alerts_model(&self) -> &crate::view_models::alerts::AlertsModel {
        &self.state.alerts_model
    }
}

impl eframe::App for CityDashApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.apply_theme(ctx);
        let now_ms = now_ms();
        self.pack_logic(ctx);
        let arrivals = self.state.receive_models();
        self.toasts.push(&arrivals.new_alerts, now_ms);
        if self.state.drain_sync_events() {
            self.state.reload();
        } else if now_ms - self.state.models_built_at_ms >= MODEL_REFRESH_MS {
            self.state.rebuild_models();
            // A pack's expiry may pass during the meeting.
            self.relabel_packs();
        }
        // After the reload, so a new catalog's name and thresholds are used.
        if self.state.series_changed {
            self.state.rebuild_series();
        }
        for command in shortcuts::pressed(ctx) {
            self.run_command(command);
        }
        self.state.request_alerts_if_stale();
        if self.state.poll_history() {
            ctx.request_repaint();
        }
        if self.state.view == View::Map {
            self.state.refresh_map(ctx);
        }
        // Escape steps back: from a chart to the overview, and on the map out of a selection.
        let escape = ctx.input(|input| input.key_pressed(egui::Key::Escape));
        if escape {
            match self.state.view {
                View::KpiDetail { .. } => self.show_overview(),
                View::Map => {
                    self.state.clear_map_selection();
                }
                View::Overview => {}
            }
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

        let navigation = self.navigation();
        let action = egui::Panel::top("top_bar")
            .frame(bar_frame)
            .show(ui, |ui| {
                self.top_bar
                    .ui(ui, &self.state.overview_model, navigation, lang, &theme)
            })
            .inner;

        if let Some(action) = self.pack_ui(ui, &theme) {
            self.apply_pack_action(action, ui.ctx());
        }

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

        if std::mem::take(&mut self.focus_search) {
            ui.ctx()
                .memory_mut(|memory| memory.request_focus(OverviewPanel::search_field_id()));
        }
        let mut alert_action = None;
        if self.state.settings.alerts_open {
            let state = &mut self.state;
            let widest = (ui.available_width() * alert_style::PANEL_MAX_SHARE)
                .max(alert_style::PANEL_MIN_WIDTH);
            alert_action = egui::Panel::right("alerts")
                .default_size(alert_style::PANEL_WIDTH)
                .size_range(alert_style::PANEL_MIN_WIDTH..=widest)
                .frame(
                    egui::Frame::new()
                        .fill(palette.panel_fill)
                        .inner_margin(egui::Margin::same(spacing::S as i8)),
                )
                .show(ui, |ui| {
                    self.alerts_panel.ui(
                        ui,
                        &state.alerts_model,
                        &mut state.settings.alert_filter,
                        &theme,
                    )
                })
                .inner;
        }

        // The map runs to the panels' edges: a margin around it is room the city does not get.
        let side_margin = if self.state.view == View::Map {
            0
        } else {
            spacing::L as i8
        };
        let central = egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(palette.panel_fill)
                    .inner_margin(egui::Margin::symmetric(side_margin, 0)),
            )
            .show(ui, |ui| match &self.state.series_model {
                Some(series) if matches!(self.state.view, View::KpiDetail { .. }) => self
                    .kpi_detail_panel
                    .ui(ui, series, &theme)
                    .map(CentralAction::Detail),
                _ if self.state.view == View::Map => self
                    .state
                    .map
                    .ui(
                        ui,
                        &theme,
                        &self.state.settings,
                        self.state.status_model.not_live_text.as_deref(),
                    )
                    .map(CentralAction::Map),
                _ => self
                    .overview_panel
                    .ui(
                        ui,
                        &self.state.overview_model,
                        &self.state.attention_model,
                        &mut self.state.settings.overview_filter,
                        &theme,
                    )
                    .map(CentralAction::Overview),
            })
            .inner;

        if let Some(action) = self.toasts.ui(ui.ctx(), &theme, lang).or(alert_action) {
            self.apply_alert_action(action);
            ui.ctx().request_repaint();
        }
        if self.report_first_frame && !self.state.overview_model.groups.is_empty() {
            self.report_first_frame = false;
            eprintln!("{FIRST_FRAME_MARKER}");
        }
        if let Some(action) = action {
            self.apply(action);
            ui.ctx().request_repaint();
        }
        if let Some(central) = central {
            match central {
                CentralAction::Overview(AttentionAction::OpenKpi(kpi_id)) => {
                    self.open_kpi(&kpi_id);
                }
                CentralAction::Overview(AttentionAction::ShowFeature(feature)) => {
                    self.apply_alert_action(AlertAction::FocusFeature(feature));
                }
                CentralAction::Overview(AttentionAction::OpenAlerts) => {
                    self.state.settings.alerts_open = true;
                }
                CentralAction::Detail(KpiDetailAction::Back) => self.show_overview(),
                CentralAction::Detail(KpiDetailAction::SetRange(range)) => self.set_range(range),
                CentralAction::Map(action) => match self.state.apply_map(action) {
                    Some(MapOutcome::OpenKpi(kpi_id)) => self.open_kpi(&kpi_id),
                    None => {}
                },
            }
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.state.settings.view = self.state.view.clone();
        if self.state.map.model().is_some() {
            self.state.settings.map_view = Some(self.state.map.view());
        }
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }
}
