//! The meeting-room wall: full screen, no window chrome, no pointer, pages in turn from a
//! playlist, a new critical alert taking the screen for a while. Built on the dashboard's state
//! (the same model loader, background sync, view models and map), so the wall says what the
//! laptop says. Nobody is at the keyboard: Escape, typing, clicks and the window manager's close
//! do nothing; only the documented chord ([`EXIT_CHORD`]), SIGTERM or the service manager end it.
//!
//! The playlist file is looked at every few seconds; an edit plays from the next page, and an
//! edit that cannot be played leaves the running playlist with a small notice naming the line.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use offline_cache::model::AlertSeverity;
use offline_cache::pack::OpenedPack;
use offline_cache::sync::SyncConfig;

mod pages;
mod playlist_file;
mod wall;

use playlist_file::{PlaylistFile, PlaylistNotice, read_playlist};
pub use wall::wall_input;
use wall::week_time;

use super::map_state::{MapState, ServerAccess};
use super::state::AppState;
use super::{FIRST_OVERVIEW_WAIT, Settings, View};
use crate::fonts;
use crate::i18n::{I18n, Lang};
use crate::kiosk::heartbeat::{FrameStats, HEARTBEAT_EVERY_MS, Heartbeat, HeartbeatWriter};
use crate::kiosk::playlist::{Page, PageContent, Playlist};
use crate::kiosk::rotation::{Rotation, Screen, WeekTime};
use crate::loader::DataSource;
use crate::panels::pack as pack_panel;
use crate::panels::{BannerPanel, StatusBarPanel};
use crate::theme::{Theme, ThemeChoice, spacing};
use crate::view_models::RangePreset;
use crate::view_models::pack::PackBanner;

/// The key chord that ends the kiosk: Ctrl+Alt+Shift+Q (documented in the README; nobody
/// presses it by accident).
pub const EXIT_CHORD: &str = "Ctrl+Alt+Shift+Q";
/// How often the playlist file is looked at for an edit.
const PLAYLIST_CHECK_MS: i64 = 2_000;
/// The height, in points, the wall's layout is made for; larger displays scale it up, so type
/// reads the same from across the room on 1080p, 1440p and 4K.
const LAYOUT_HEIGHT_POINTS: f32 = 760.0;
/// The burn-in shift: the whole picture moves by a pixel or two every few minutes.
const SHIFT_PERIOD_MS: i64 = 5 * 60_000;
const SHIFT_STEPS: [(f32, f32); 8] = [
    (0.0, 0.0),
    (2.0, 0.0),
    (2.0, 2.0),
    (0.0, 2.0),
    (-2.0, 2.0),
    (-2.0, 0.0),
    (-2.0, -2.0),
    (0.0, -2.0),
];

/// How the command line starts the kiosk.
#[derive(Debug, Clone)]
pub struct KioskOptions {
    pub cache_path: PathBuf,
    /// A briefing pack, checked (and trusted or unsigned), to play instead of the cache: for a
    /// wall in a room with no network. Nothing syncs then.
    pub pack: Option<OpenedPack>,
    pub sync: Option<SyncConfig>,
    pub lang: Lang,
    /// The playlist file; `None` plays the shipped one.
    pub playlist_path: Option<PathBuf>,
    /// Where the heartbeat is written; `None` writes none.
    pub heartbeat_path: Option<PathBuf>,
    /// The monitor to fill, counted from 1 in the system's order; `None`: the one the window
    /// opens on.
    pub display: Option<usize>,
}

/// Where the kiosk's time comes from (the wall clock; tests drive their own).
pub type KioskClock = Box<dyn Fn() -> i64>;

/// Opens the kiosk full screen and runs it until it is ended.
pub fn run_kiosk(options: KioskOptions) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(super::WINDOW_TITLE)
        .with_app_id("citydash-kiosk")
        .with_icon(super::window::window_icon())
        .with_fullscreen(true)
        .with_decorations(false);
    if let Some(display) = options.display {
        // Borderless full screen on that monitor (an index past the last is logged and the
        // window fills the one it opens on).
        viewport = viewport.with_monitor(display.saturating_sub(1));
    }
    let native_options = eframe::NativeOptions {
        viewport,
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        super::WINDOW_TITLE,
        native_options,
        Box::new(move |cc| {
            Ok(Box::new(KioskApp::new(
                cc,
                options,
                Box::new(offline_cache::store::now_ms),
            )))
        }),
    )
    .map_err(|error| anyhow::anyhow!("the kiosk window failed: {error}"))
}

/// What the app state was last set up to show.
#[derive(Debug, Clone, PartialEq)]
enum Applied {
    Page { index: usize, generation: u64 },
    Alert(String),
}

/// The kiosk application.
pub struct KioskApp {
    state: AppState,
    rotation: Rotation,
    playlist_file: PlaylistFile,
    /// Bumped when a new playlist takes over, so its first page is set up even at an old index.
    playlist_generation: u64,
    notice: Option<PlaylistNotice>,
    clock: KioskClock,
    applied: Option<Applied>,
    exit_requested: bool,
    theme_applied: bool,
    layout_for_height: Option<f32>,
    banner: BannerPanel,
    /// The pack played, on every page: what it is, as of when, who signed it; with the minute
    /// it was built for (an expiry may pass on a long run).
    pack_banner: Option<(i64, PackBanner)>,
    status_bar: StatusBarPanel,
    heartbeat: Option<HeartbeatWriter>,
    last_heartbeat_ms: i64,
    frame_stats: FrameStats,
    frame_started: Option<Instant>,
}

impl KioskApp {
    /// Sets up fonts and theme, reads the cache, starts the background sync and the playlist.
    pub fn new(cc: &eframe::CreationContext<'_>, options: KioskOptions, clock: KioskClock) -> Self {
        fonts::install(&cc.egui_ctx);
        // A wall keeps no settings of its own between runs: what it shows is its playlist.
        let settings = Settings {
            lang: options.lang,
            theme: ThemeChoice::Dark,
            ..Settings::default()
        };
        let (source, sync) = match options.pack {
            Some(pack) => (DataSource::Pack(Arc::new(pack)), None),
            None => (DataSource::Cache(options.cache_path), options.sync),
        };
        let server = sync.as_ref().map(ServerAccess::of);
        let mut map = MapState::new(&cc.egui_ctx, &settings, server);
        map.set_wall(true);
        let mut state = AppState::new(source, settings, map, cc.egui_ctx.clone());
        if let Some(config) = sync {
            state.start_sync(config, &cc.egui_ctx);
        }
        state.reload();
        state.await_first_overview(FIRST_OVERVIEW_WAIT);

        let mut playlist_file = PlaylistFile {
            path: options.playlist_path,
            modified: None,
            checked_at_ms: i64::MIN,
        };
        playlist_file.modified = playlist_file.modified();
        let (playlist, notice) = match read_playlist(&playlist_file, &state) {
            Ok(playlist) => (playlist, None),
            Err(problem) => (
                Playlist::default_playlist(),
                Some(PlaylistNotice::Default(problem)),
            ),
        };
        let now_ms = clock();
        let rotation = Rotation::new(playlist, now_ms, week_time(&state.zone(), now_ms));
        let app = KioskApp {
            state,
            rotation,
            playlist_file,
            playlist_generation: 0,
            notice,
            clock,
            applied: None,
            exit_requested: false,
            theme_applied: false,
            layout_for_height: None,
            banner: BannerPanel,
            pack_banner: None,
            status_bar: StatusBarPanel,
            heartbeat: options.heartbeat_path.and_then(HeartbeatWriter::start),
            last_heartbeat_ms: i64::MIN,
            frame_stats: FrameStats::default(),
            frame_started: None,
        };
        if let Some(PlaylistNotice::Default(problem)) = &app.notice {
            tracing::warn!(
                "the playlist cannot be played ({}); playing the default playlist",
                problem.text(&I18n::new(Lang::En))
            );
        }
        app
    }

    /// The page on screen (its index in the playlist), or `None` while an alert holds it.
    pub fn page_index(&self) -> Option<usize> {
        match self.rotation.screen((self.clock)(), self.week_time()) {
            Screen::Page { index, .. } => Some(index),
            Screen::Alert { .. } => None,
        }
    }

    /// The alert holding the screen, if one does.
    pub fn alert_on_screen(&self) -> Option<String> {
        match self.rotation.screen((self.clock)(), self.week_time()) {
            Screen::Alert { alert_id, .. } => Some(alert_id.to_owned()),
            Screen::Page { .. } => None,
        }
    }

    /// The playlist being played.
    pub fn playlist(&self) -> &Playlist {
        self.rotation.playlist()
    }

    /// The playlist notice, in the wall's language, if there is one.
    pub fn notice_text(&self) -> Option<String> {
        let i18n = I18n::new(self.state.settings.lang);
        self.notice.as_ref().map(|notice| match notice {
            PlaylistNotice::Kept(problem) => {
                i18n.tf("kiosk.notice.kept", &[("problem", &problem.text(&i18n))])
            }
            PlaylistNotice::Default(problem) => {
                i18n.tf("kiosk.notice.default", &[("problem", &problem.text(&i18n))])
            }
        })
    }

    /// Reads the cache again now, the alerts too (as a sync's changes would).
    pub fn reload_cache(&mut self) {
        self.state.alerts_stale = true;
        self.state.reload();
    }

    /// Whether the exit chord was pressed.
    pub fn exit_requested(&self) -> bool {
        self.exit_requested
    }

    /// The dashboard view the wall's state is set to (the chart, the map or the cards).
    pub fn view(&self) -> &View {
        &self.state.view
    }

    /// Whether the model loader is still reading something asked of it.
    pub fn is_loading(&self) -> bool {
        self.state.loading()
    }

    /// How many pages and alerts the wall has put on screen since it started.
    pub fn pages_shown(&self) -> u64 {
        self.rotation.pages_shown()
    }

    /// Sends the heartbeat when it is due.
    fn beat(&mut self) {
        let Some(writer) = &self.heartbeat else {
            return;
        };
        let wall_ms = offline_cache::store::now_ms();
        if wall_ms.saturating_sub(self.last_heartbeat_ms) < HEARTBEAT_EVERY_MS {
            return;
        }
        self.last_heartbeat_ms = wall_ms;
        let now_ms = (self.clock)();
        let week = self.week_time();
        let screen = match self.rotation.screen(now_ms, week) {
            Screen::Page {
                page, position, of, ..
            } => format!("page {position} of {of}: {}", page.content.kind()),
            Screen::Alert { alert_id, .. } => format!("alert: {alert_id}"),
        };
        let sync = self.state.overview.as_ref().map(|overview| &overview.sync);
        writer.send(Heartbeat {
            written_at_ms: wall_ms,
            pid: std::process::id(),
            screen,
            pages_shown: self.rotation.pages_shown(),
            shown_last_sync_ms: sync.and_then(|sync| sync.last_success_ms),
            reachable: sync.and_then(|sync| sync.reachable),
            offline_since_ms: sync.and_then(|sync| sync.offline_since_ms),
            oldest_data_age_secs: self.oldest_age_on_screen(now_ms),
            rss_bytes: None,
            frames: self.frame_stats.frames,
            frames_over_budget: self.frame_stats.over_budget,
            slowest_frame_ms: self.frame_stats.slowest_ms,
        });
    }

    /// The age of the oldest KPI value the page shows (the KPI of a chart, a domain's, the
    /// headline ones; all of them on the map and the alerts, whose data came with them).
    fn oldest_age_on_screen(&self, now_ms: i64) -> Option<i64> {
        let overview = self.state.overview.as_ref()?;
        let page = match self.rotation.screen(now_ms, self.week_time()) {
            Screen::Page { page, .. } => Some(page.content.clone()),
            Screen::Alert { .. } => None,
        };
        overview
            .kpis
            .iter()
            .filter(|kpi| match &page {
                Some(PageContent::Kpi { kpi_id, .. }) => &kpi.def.id == kpi_id,
                Some(PageContent::Overview {
                    domain: Some(domain),
                }) => kpi.def.domain == *domain,
                _ => true,
            })
            .filter_map(|kpi| kpi.latest.as_ref())
            .map(|latest| (offline_cache::store::now_ms() - latest.t_ms).max(0) / 1_000)
            .max()
    }

    fn week_time(&self) -> WeekTime {
        week_time(&self.state.zone(), (self.clock)())
    }

    /// Looks at the playlist file; an edit that plays takes over at the next page, one that
    /// does not leaves the running playlist with a notice.
    fn check_playlist_file(&mut self, now_ms: i64) {
        if self.playlist_file.path.is_none()
            || now_ms.saturating_sub(self.playlist_file.checked_at_ms) < PLAYLIST_CHECK_MS
        {
            return;
        }
        self.playlist_file.checked_at_ms = now_ms;
        let modified = self.playlist_file.modified();
        if modified == self.playlist_file.modified {
            return;
        }
        self.playlist_file.modified = modified;
        match read_playlist(&self.playlist_file, &self.state) {
            Ok(playlist) => {
                self.rotation.replace_playlist(playlist);
                self.playlist_generation += 1;
                self.notice = None;
            }
            Err(problem) => {
                tracing::warn!(
                    "the edited playlist cannot be played ({}); the previous one plays on",
                    problem.text(&I18n::new(Lang::En))
                );
                self.notice = Some(PlaylistNotice::Kept(problem));
            }
        }
    }

    /// Sets the shared state up for what is on screen, once per page or alert.
    fn apply_screen(&mut self, now_ms: i64) {
        let week = self.week_time();
        let (wanted, page, alert) = match self.rotation.screen(now_ms, week) {
            Screen::Page { index, page, .. } => (
                Applied::Page {
                    index,
                    generation: self.playlist_generation,
                },
                Some(page.clone()),
                None,
            ),
            Screen::Alert { alert_id, .. } => (
                Applied::Alert(alert_id.to_owned()),
                None,
                Some(alert_id.to_owned()),
            ),
        };
        if self.applied.as_ref() == Some(&wanted) {
            return;
        }
        self.applied = Some(wanted);
        if let Some(page) = page {
            self.show_page(&page);
        } else if let Some(alert_id) = alert {
            let feature = self
                .state
                .alerts
                .iter()
                .find(|alert| alert.id == alert_id)
                .and_then(|alert| alert.feature.clone());
            match feature {
                Some(feature) => {
                    self.state.set_view(View::Map);
                    self.state.focus_map_feature(feature);
                }
                None => self.state.set_view(View::Overview),
            }
        }
    }

    fn show_page(&mut self, page: &Page) {
        match &page.content {
            PageContent::CityNow | PageContent::Overview { .. } | PageContent::Alerts => {
                self.state.set_view(View::Overview);
            }
            PageContent::Kpi { kpi_id, range } => {
                let range = range.unwrap_or_else(|| {
                    self.state
                        .kpi_frequency(kpi_id)
                        .map_or_else(RangePreset::default, RangePreset::default_for)
                });
                self.state.set_view(View::KpiDetail {
                    kpi_id: kpi_id.clone(),
                    range,
                });
            }
            PageContent::Map {
                layers,
                ward_metric,
                center,
                zoom,
            } => {
                let choices = &mut self.state.settings.map;
                if !layers.is_empty() {
                    choices.visible_layers = layers.iter().cloned().collect();
                }
                if let Some(metric) = ward_metric {
                    choices.ward_metric = metric.clone();
                }
                self.state.map.choices_changed();
                self.state.map.show_place(*center, *zoom);
                self.state.set_view(View::Map);
            }
        }
    }

    /// Fills the monitor even where no window manager honours full screen (a wall often runs
    /// on a bare X server): the window is moved to the corner and sized to the monitor.
    fn fill_monitor(&self, ctx: &egui::Context) {
        let (monitor, inner) = ctx.input(|input| {
            let viewport = input.viewport();
            (viewport.monitor_size, viewport.inner_rect)
        });
        let (Some(monitor), Some(inner)) = (monitor, inner) else {
            return;
        };
        if (inner.size() - monitor).length() > 1.0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
        }
    }

    /// Scales the layout to the display: the same picture, larger, on a larger screen.
    fn fit_to_display(&mut self, ctx: &egui::Context) {
        let physical_height = ctx.content_rect().height() * ctx.pixels_per_point();
        if self.layout_for_height == Some(physical_height) || physical_height <= 0.0 {
            return;
        }
        self.layout_for_height = Some(physical_height);
        let native = ctx.native_pixels_per_point().unwrap_or(1.0);
        let zoom = (physical_height / LAYOUT_HEIGHT_POINTS / native).clamp(0.5, 4.0);
        ctx.set_zoom_factor(zoom);
    }
}

impl eframe::App for KioskApp {
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        wall_input(raw_input);
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.frame_started = Some(Instant::now());
        if !self.theme_applied {
            Theme::new(ThemeChoice::Dark).apply(ctx);
            self.theme_applied = true;
        }
        self.fill_monitor(ctx);
        self.fit_to_display(ctx);
        let now_ms = (self.clock)();
        let minute = now_ms.div_euclid(60_000);
        if self
            .pack_banner
            .as_ref()
            .is_none_or(|(built, _)| *built != minute)
        {
            self.pack_banner = self.state.source.pack().map(|pack| {
                let i18n = I18n::new(self.state.settings.lang);
                let banner = PackBanner::new(&pack.verified, &pack.signature, now_ms, &i18n);
                (minute, banner)
            });
        }
        let arrivals = self.state.receive_models();
        let critical: Vec<String> = arrivals
            .new_alerts
            .iter()
            .filter(|alert| alert.severity == AlertSeverity::Critical)
            .map(|alert| alert.id.clone())
            .collect();
        if !critical.is_empty() {
            self.rotation.interrupt(critical, now_ms);
        }
        if self.state.drain_sync_events() {
            self.state.reload();
        } else if now_ms - self.state.models_built_at_ms >= super::MODEL_REFRESH_MS {
            self.state.rebuild_models();
        }
        if self.state.series_changed {
            self.state.rebuild_series();
        }
        self.state.request_alerts_if_stale();
        self.check_playlist_file(now_ms);
        self.rotation.tick(now_ms, self.week_time());
        self.apply_screen(now_ms);
        if self.state.view == View::Map {
            self.state.refresh_map(ctx);
        }
        if self.state.poll_history() {
            ctx.request_repaint();
        }

        let chord = ctx.input(|input| {
            input.modifiers.ctrl
                && input.modifiers.alt
                && input.modifiers.shift
                && input.key_pressed(egui::Key::Q)
        });
        if chord {
            self.exit_requested = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // The window manager's close (Alt+F4, a stray click on a panel's close) is refused.
        if ctx.input(|input| input.viewport().close_requested()) && !self.exit_requested {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        // The progress bar moves and the clock turns: a frame a second is plenty for a wall.
        let next_ms = self.rotation.next_change_in_ms(now_ms).clamp(50, 1_000);
        ctx.request_repaint_after(Duration::from_millis(next_ms.unsigned_abs()));
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.ctx().set_cursor_icon(egui::CursorIcon::None);
        let now_ms = (self.clock)();
        let theme = Theme::new(ThemeChoice::Dark);
        let palette = theme.palette;
        // Against burn-in, the whole picture sits a pixel or two off every few minutes.
        let (dx, dy) = SHIFT_STEPS
            [usize::try_from(now_ms.div_euclid(SHIFT_PERIOD_MS)).unwrap_or(0) % SHIFT_STEPS.len()];
        let full = ui.max_rect();
        let inner = full.shrink(2.0).translate(egui::vec2(dx, dy));
        let mut ui = ui.new_child(egui::UiBuilder::new().max_rect(inner));
        let ui = &mut ui;
        let bar_frame = egui::Frame::new()
            .fill(palette.bar_fill)
            .inner_margin(egui::Margin::symmetric(spacing::M as i8, spacing::S as i8));
        let week = self.week_time();
        let screen = self.rotation.screen(now_ms, week);
        let i18n = I18n::new(self.state.settings.lang);
        let title = pages::screen_title(&screen, &self.state, &i18n);
        egui::Panel::top("kiosk_header")
            .frame(bar_frame)
            .show(ui, |ui| {
                pages::header_ui(ui, &self.state, &title, now_ms, &theme, &i18n);
            });
        if let Some((_, banner)) = &self.pack_banner {
            egui::Panel::top("kiosk_pack")
                .frame(
                    egui::Frame::new()
                        .fill(palette.panel_fill)
                        .inner_margin(egui::Margin::symmetric(spacing::M as i8, spacing::S as i8)),
                )
                .show(ui, |ui| pack_panel::banner_ui(ui, banner, None, &theme));
        }
        if BannerPanel::is_needed(&self.state.overview_model) {
            egui::Panel::top("kiosk_banner")
                .frame(
                    egui::Frame::new()
                        .fill(palette.panel_fill)
                        .inner_margin(egui::Margin::symmetric(spacing::M as i8, spacing::S as i8)),
                )
                .show(ui, |ui| {
                    self.banner.ui(ui, &self.state.overview_model, &theme)
                });
        }
        let notice = self.notice_text();
        egui::Panel::bottom("kiosk_footer")
            .frame(bar_frame)
            .show(ui, |ui| {
                pages::progress_ui(ui, &screen, &theme, &i18n);
                if let Some(notice) = &notice {
                    ui.label(
                        egui::RichText::new(notice)
                            .small()
                            .color(palette.notice_text),
                    );
                }
                self.status_bar.ui(ui, &self.state.status_model, &theme);
            });
        egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(palette.panel_fill)
                    .inner_margin(egui::Margin::same(spacing::M as i8)),
            )
            .show(ui, |ui| {
                pages::screen_ui(ui, &screen, &mut self.state, &theme, &i18n);
            });
        if let Some(started) = self.frame_started.take() {
            self.frame_stats
                .record(started.elapsed().as_secs_f64() * 1_000.0);
        }
        self.beat();
    }
}
