//! The map view: the walkers map of the city with our layers, a side panel (the layer list with
//! ages and stale marks, the wards metric and legend, the symbol key, the selected feature's
//! info and a ward's drill-down), the basemap attribution and the layers' source notes on the
//! map, and a time bar to replay the last 24 hours of the time-varying layers.

use egui::{Color32, Rect, RichText, Sense, Ui, Vec2};
use walkers::{Map, MapMemory, Position, Tiles};

use crate::i18n::{I18n, Lang};
use crate::map::features::mercator;
use crate::map::history::{HistoryReplay, HistoryState};
use crate::map::plugins::{MapOverlay, OverlayBuffers, draw_symbol, symbol_style};
use crate::theme::{CHOROPLETH_NO_DATA, Theme, map_style, spacing};
use crate::view_models::format::CityZone;
use crate::view_models::map::{
    CITY_CENTRE_LAT, CITY_CENTRE_LON, DEFAULT_ZOOM, MapModel, Selection, StatusLevel,
};

/// What the user asked for on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapAction {
    SetLayerVisible {
        layer_id: String,
        visible: bool,
    },
    SetWardMetric(String),
    Select {
        layer_id: String,
        feature_id: String,
    },
    ClearSelection,
    OpenKpi(String),
    /// Replay the layers at a time (`None`: live).
    ShowAt(Option<i64>),
}

/// Seconds between steps while playing.
const PLAY_STEP_SECS: f64 = 1.0;
/// The zoom "show on map" opens at least at.
const FOCUS_ZOOM: f64 = 14.0;
/// Most zoom "zoom to" goes to.
const MAX_FIT_ZOOM: f64 = 17.0;
/// Share of the map a fitted feature may fill.
const FIT_MARGIN: f64 = 0.8;

/// Where the map opens.
pub fn home_position() -> Position {
    walkers::lat_lon(CITY_CENTRE_LAT, CITY_CENTRE_LON)
}

/// A map memory centred on the city at the default zoom.
pub fn initial_memory() -> MapMemory {
    let mut memory = MapMemory::default();
    memory.center_at(home_position());
    // DEFAULT_ZOOM is within walkers' zoom range.
    let _ = memory.set_zoom(DEFAULT_ZOOM);
    memory
}

/// Centres the map on `position`, zooming in to street level if it is further out.
pub fn show_position(memory: &mut MapMemory, position: Position) {
    memory.center_at(position);
    if memory.zoom() < FOCUS_ZOOM {
        let _ = memory.set_zoom(FOCUS_ZOOM);
    }
}

/// The map panel; the map's position and zoom live in the app's `MapMemory`.
#[derive(Debug, Default)]
pub struct MapPanel {
    /// Drawn on a meeting-room wall: the legend only beside the map, no layer list, time bar
    /// or buttons (nobody is at the keyboard).
    pub wall: bool,
    buffers: OverlayBuffers,
    playing: bool,
    last_step_secs: Option<f64>,
    map_rect: Option<Rect>,
    last_transform: Option<crate::map::features::ScreenTransform>,
}

impl MapPanel {
    /// The local-to-screen transform of the last frame (for tests and overlays).
    pub fn last_transform(&self) -> Option<crate::map::features::ScreenTransform> {
        self.last_transform
    }

    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &MapModel,
        memory: &mut MapMemory,
        tiles: Option<&mut dyn Tiles>,
        history: (&HistoryState, bool),
        not_live: Option<&str>,
        theme: &Theme,
        lang: Lang,
    ) -> Option<MapAction> {
        let (history, can_fetch_history) = history;
        let i18n = I18n::new(lang);
        let mut action = None;
        let widest_side = (ui.available_width() * map_style::SIDE_PANEL_MAX_SHARE)
            .max(map_style::SIDE_PANEL_MIN_WIDTH);
        if self.wall {
            egui::Panel::right("map_wall_legend")
                .resizable(false)
                .exact_size(widest_side.min(map_style::SIDE_PANEL_WIDTH))
                .show(ui, |ui| wall_legend_ui(ui, model, theme, &i18n));
        } else {
            egui::Panel::right("map_side_panel")
                .resizable(true)
                .default_size(map_style::SIDE_PANEL_WIDTH)
                .size_range(map_style::SIDE_PANEL_MIN_WIDTH..=widest_side)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        if let Some(a) = self.side_ui(ui, model, memory, theme, &i18n) {
                            action = Some(a);
                        }
                    });
                });
            egui::Panel::bottom("map_time_bar").show(ui, |ui| {
                let history = (history, can_fetch_history);
                if let Some(a) = self.time_bar_ui(ui, model, history, not_live, theme, &i18n) {
                    action = Some(a);
                }
            });
        }

        let mut overlay = MapOverlay::new(model, &mut self.buffers);
        let response = Map::new(tiles, memory, home_position())
            .with_plugin(&mut overlay)
            .double_click_to_zoom(true)
            // The wheel zooms, as on every web map (dragging pans).
            .zoom_with_ctrl(false)
            .show(ui, |_, _, _, _| ())
            .response;
        let output = overlay.output;
        let map_name = i18n.t("map.accessible_name");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, map_name));
        self.map_rect = Some(response.rect);
        self.last_transform = output.transform;
        let clicked = output.clicked.and_then(|hit| {
            let layer = model.layers.get(hit.layer)?;
            Some((layer, layer.features.get(hit.feature)?))
        });
        if let Some((layer, feature)) = clicked {
            action = Some(MapAction::Select {
                layer_id: layer.entry.layer_id.clone(),
                feature_id: feature.feature_id.clone(),
            });
        } else if output.clicked_empty && model.selection.is_some() {
            action = Some(MapAction::ClearSelection);
        }
        super::map_notes::notes_ui(ui, response.rect, model, &i18n);
        if self.wall {
            // Nobody chooses on a wall: a stray click neither selects nor opens anything.
            return None;
        }
        super::map_controls::controls_ui(ui, response.rect, memory, &i18n);
        action
    }

    fn side_ui(
        &mut self,
        ui: &mut Ui,
        model: &MapModel,
        memory: &mut MapMemory,
        theme: &Theme,
        i18n: &I18n,
    ) -> Option<MapAction> {
        let palette = theme.palette;
        let mut action = None;
        if let Some(selection) = &model.selection {
            action = self.selection_ui(ui, selection, memory, theme, i18n);
            ui.separator();
        }
        if let Some(message) = &model.selection_message {
            ui.label(RichText::new(message).color(palette.error_text));
        }
        // What the colours mean comes first: a small window still shows it without scrolling.
        if model.choropleth.metric.is_some() {
            if let Some(a) = choropleth_ui(ui, model, theme, i18n) {
                action = Some(a);
            }
            ui.separator();
        }
        ui.heading(i18n.t("map.layers.heading"));
        if let Some(message) = &model.message {
            ui.label(RichText::new(message).color(palette.notice_text));
        }
        for layer in &model.layers {
            let entry = &layer.entry;
            let mut visible = entry.visible;
            let checkbox = ui.add_enabled(
                entry.cached,
                egui::Checkbox::new(&mut visible, &entry.title),
            );
            if checkbox.changed() {
                action = Some(MapAction::SetLayerVisible {
                    layer_id: entry.layer_id.clone(),
                    visible,
                });
            }
            ui.horizontal_wrapped(|ui| {
                ui.add_space(spacing::L);
                let mut details = format!("{} · {}", entry.kind_label, entry.count_text);
                if entry.cached {
                    details.push_str(" · ");
                    details.push_str(&entry.age_text);
                }
                let color = if entry.stale || entry.partial {
                    palette.stale
                } else {
                    palette.text_weak
                };
                let text = RichText::new(details).small().color(color);
                if entry.stale {
                    ui.label(text.strong())
                        .on_hover_text(i18n.t("map.layer.stale_hint"));
                } else {
                    ui.label(text);
                }
                if entry.history {
                    ui.label(
                        RichText::new(i18n.t("map.layer.history"))
                            .small()
                            .color(palette.notice_text),
                    );
                }
            });
            for note in [&entry.skipped_note, &entry.error].into_iter().flatten() {
                ui.horizontal_wrapped(|ui| {
                    ui.add_space(spacing::L);
                    ui.label(RichText::new(note).small().color(palette.error_text));
                });
            }
        }
        ui.separator();
        symbol_key_ui(ui, theme, i18n, false);
        action
    }

    fn selection_ui(
        &mut self,
        ui: &mut Ui,
        selection: &Selection,
        memory: &mut MapMemory,
        theme: &Theme,
        i18n: &I18n,
    ) -> Option<MapAction> {
        let palette = theme.palette;
        let mut action = None;
        ui.heading(&selection.name);
        ui.label(
            RichText::new(&selection.layer_title)
                .small()
                .color(palette.text_weak),
        );
        if let Some(status) = &selection.status {
            ui.label(RichText::new(&status.word).strong());
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(i18n.t("map.info.close")).clicked() {
                action = Some(MapAction::ClearSelection);
            }
            if let Some(bbox) = selection.bbox
                && ui.button(i18n.t("map.info.zoom_to")).clicked()
            {
                self.fit(memory, bbox);
            }
        });
        egui::Grid::new(("map_selection_rows", &selection.feature_id))
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for row in &selection.rows {
                    ui.label(RichText::new(&row.label).color(palette.text_weak));
                    ui.label(&row.value);
                    ui.end_row();
                }
            });
        for (kpi_id, name) in &selection.related_kpis {
            if ui
                .link(i18n.tf("map.info.open_kpi", &[("kpi", name)]))
                .clicked()
            {
                action = Some(MapAction::OpenKpi(kpi_id.clone()));
            }
        }
        if let Some(drill) = &selection.drill_down {
            ui.add_space(spacing::S);
            ui.label(RichText::new(i18n.t("map.drill.heading")).strong());
            for group in &drill.groups {
                let header = i18n.tf(
                    "map.drill.group",
                    &[("title", &group.title), ("count", &group.count.to_string())],
                );
                egui::CollapsingHeader::new(header)
                    .id_salt(("map_drill", &group.layer_id))
                    .default_open(group.layer_id == "incidents")
                    .show(ui, |ui| {
                        if let Some(note) = &group.note {
                            ui.label(RichText::new(note).small().color(palette.stale));
                        }
                        if group.items.is_empty() && group.note.is_none() {
                            ui.label(
                                RichText::new(i18n.t("map.drill.none"))
                                    .small()
                                    .color(palette.text_weak),
                            );
                        }
                        for item in &group.items {
                            let text = match &item.status {
                                Some(status) => format!("{} · {}", item.name, status.word),
                                None => item.name.clone(),
                            };
                            if ui.link(text).clicked() {
                                action = Some(MapAction::Select {
                                    layer_id: group.layer_id.clone(),
                                    feature_id: item.feature_id.clone(),
                                });
                            }
                        }
                    });
            }
        }
        action
    }

    /// Centres the map on `bbox` at the zoom that fits it in the map.
    fn fit(&self, memory: &mut MapMemory, bbox: offline_cache::model::BoundingBox) {
        let centre = walkers::lat_lon(
            (bbox.min_lat + bbox.max_lat) / 2.0,
            (bbox.min_lon + bbox.max_lon) / 2.0,
        );
        memory.center_at(centre);
        let Some(rect) = self.map_rect else {
            return;
        };
        let (west, north) = mercator(bbox.min_lon, bbox.max_lat);
        let (east, south) = mercator(bbox.max_lon, bbox.min_lat);
        let width = (east - west).abs().max(1e-9) * 256.0;
        let height = (south - north).abs().max(1e-9) * 256.0;
        let fit_x = (f64::from(rect.width()) * FIT_MARGIN / width).log2();
        let fit_y = (f64::from(rect.height()) * FIT_MARGIN / height).log2();
        let zoom = fit_x.min(fit_y).clamp(2.0, MAX_FIT_ZOOM);
        let _ = memory.set_zoom(zoom);
    }

    fn time_bar_ui(
        &mut self,
        ui: &mut Ui,
        model: &MapModel,
        (history, can_fetch_history): (&HistoryState, bool),
        not_live: Option<&str>,
        theme: &Theme,
        i18n: &I18n,
    ) -> Option<MapAction> {
        let palette = theme.palette;
        let hours = HistoryReplay::replay_instants(model.now_ms);
        let live_index = hours.len();
        let shown_ms = match history {
            HistoryState::Loading { t_ms }
            | HistoryState::Showing { t_ms }
            | HistoryState::Failed { t_ms, .. } => Some(*t_ms),
            HistoryState::Live | HistoryState::NoServer | HistoryState::NoHistory => None,
        };
        let current = shown_ms.map_or(live_index, |t_ms| {
            hours
                .iter()
                .position(|hour| *hour >= t_ms)
                .unwrap_or(live_index.saturating_sub(1))
        });
        // With no server to ask (offline use, a pack) there is no past to replay.
        let available = can_fetch_history
            && !matches!(history, HistoryState::NoServer | HistoryState::NoHistory)
            && model.has_time_varying_layers();
        let mut action = None;
        let mut index = current;
        ui.horizontal(|ui| {
            let live = ui.add_enabled(
                shown_ms.is_some(),
                egui::Button::new(i18n.t("map.time.live")),
            );
            if live.clicked() {
                self.playing = false;
                action = Some(MapAction::ShowAt(None));
            }
            let play_label = if self.playing {
                i18n.t("map.time.pause")
            } else {
                i18n.t("map.time.play")
            };
            if ui
                .add_enabled(available, egui::Button::new(play_label))
                .clicked()
            {
                self.playing = !self.playing;
                self.last_step_secs = None;
                if self.playing && current == live_index {
                    index = 0;
                    action = Some(MapAction::ShowAt(hours.first().copied()));
                }
            }
            let zone = model.zone;
            let label_hours = hours.clone();
            let slider = egui::Slider::new(&mut index, 0..=live_index)
                .step_by(1.0)
                .text(i18n.t("map.time.slider"))
                .custom_formatter(|value, _| hour_label(&label_hours, value as usize, zone, i18n));
            let slider = ui.add_enabled(available, slider);
            if slider.changed() && index != current {
                self.playing = false;
                action = Some(MapAction::ShowAt(hours.get(index).copied()));
            }
        });
        let (state_text, color) = match (history, not_live) {
            // Offline or over a pack, "live" would claim what the data cannot.
            (HistoryState::Live, Some(not_live)) => (not_live.to_owned(), palette.notice_text),
            _ => history_text(history, model.zone, i18n, &palette),
        };
        ui.label(RichText::new(state_text).color(color));

        if self.playing && available {
            let now = ui.input(|input| input.time);
            let due = self
                .last_step_secs
                .is_none_or(|last| now - last >= PLAY_STEP_SECS);
            let loading = matches!(history, HistoryState::Loading { .. });
            if due && !loading && action.is_none() {
                self.last_step_secs = Some(now);
                let next = current + 1;
                if next >= live_index {
                    self.playing = false;
                    action = Some(MapAction::ShowAt(None));
                } else {
                    action = Some(MapAction::ShowAt(hours.get(next).copied()));
                }
            }
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP_SECS));
        } else if !available {
            self.playing = false;
        }
        action
    }
}

fn hour_label(hours: &[i64], index: usize, zone: CityZone, i18n: &I18n) -> String {
    match hours.get(index) {
        Some(t_ms) => zone.format(*t_ms, i18n),
        None => i18n.t("map.time.live").to_owned(),
    }
}

fn history_text(
    history: &HistoryState,
    zone: CityZone,
    i18n: &I18n,
    palette: &crate::theme::Palette,
) -> (String, Color32) {
    match history {
        HistoryState::Live => (i18n.t("map.history.live").to_owned(), palette.text_weak),
        HistoryState::NoServer => (
            i18n.t("map.history.no_server").to_owned(),
            palette.notice_text,
        ),
        HistoryState::NoHistory => (
            i18n.t("map.history.no_history").to_owned(),
            palette.notice_text,
        ),
        HistoryState::Loading { t_ms } => (
            i18n.tf(
                "map.history.loading",
                &[("time", &zone.format(*t_ms, i18n))],
            ),
            palette.text_weak,
        ),
        HistoryState::Showing { t_ms } => (
            i18n.tf(
                "map.history.showing",
                &[("time", &zone.format(*t_ms, i18n))],
            ),
            palette.notice_text,
        ),
        HistoryState::Failed { t_ms, message } => (
            i18n.tf(
                "map.history.failed",
                &[("time", &zone.format(*t_ms, i18n)), ("message", message)],
            ),
            palette.error_text,
        ),
    }
}

/// Beside a wall's map: what the ward colours and the symbols mean, and which layers are on.
fn wall_legend_ui(ui: &mut Ui, model: &MapModel, theme: &Theme, i18n: &I18n) {
    // Everything wraps within the panel: a row wider than it would spill over the map.
    ui.set_max_width(ui.available_width());
    if model.choropleth.metric.is_some() {
        legend_rows_ui(ui, model, theme, i18n, true);
        ui.separator();
    }
    for layer in model.layers.iter().filter(|layer| layer.entry.visible) {
        ui.label(RichText::new(&layer.entry.title).strong());
        let color = if layer.entry.stale {
            theme.palette.stale
        } else {
            theme.palette.text_weak
        };
        ui.label(RichText::new(&layer.entry.age_text).small().color(color));
    }
    ui.separator();
    symbol_key_ui(ui, theme, i18n, true);
}

fn choropleth_ui(ui: &mut Ui, model: &MapModel, theme: &Theme, i18n: &I18n) -> Option<MapAction> {
    let choropleth = &model.choropleth;
    let metric = choropleth.metric.as_ref()?;
    let mut action = None;
    let mut chosen = metric.key.clone();
    ui.horizontal(|ui| {
        // The label before its choice, as a form reads.
        let label = ui.label(i18n.t("map.metric.label"));
        egui::ComboBox::from_id_salt("map_ward_metric")
            .selected_text(&metric.label)
            .show_ui(ui, |ui| {
                for option in &choropleth.metrics {
                    ui.selectable_value(&mut chosen, option.key.clone(), &option.label);
                }
            })
            .response
            .labelled_by(label.id);
    });
    if chosen != metric.key {
        action = Some(MapAction::SetWardMetric(chosen));
    }
    legend_rows_ui(ui, model, theme, i18n, false);
    action
}

/// The choropleth's title and classes, with their colours and how many wards each holds.
/// `wrap` lets a row break inside a panel of fixed width (a wall's); a resizable panel keeps
/// each row on one line and takes its width from them.
fn legend_rows_ui(ui: &mut Ui, model: &MapModel, theme: &Theme, i18n: &I18n, wrap: bool) {
    let choropleth = &model.choropleth;
    let row = |ui: &mut Ui, add: &mut dyn FnMut(&mut Ui)| {
        if wrap {
            ui.horizontal_wrapped(|ui| add(ui));
        } else {
            ui.horizontal(|ui| add(ui));
        }
    };
    if let Some(title) = &choropleth.legend_title {
        ui.label(RichText::new(title).color(theme.palette.text_weak));
    }
    for legend in &choropleth.legend {
        let [r, g, b] = legend.color;
        let color = Color32::from_rgb(r, g, b);
        let text = i18n.tf(
            "map.legend.row",
            &[
                ("range", &legend.label),
                ("count", &legend.wards.to_string()),
            ],
        );
        row(ui, &mut |ui| {
            swatch(ui, color);
            ui.label(text.as_str());
        });
    }
    if let Some(no_data) = &choropleth.no_data {
        row(ui, &mut |ui| {
            swatch(ui, CHOROPLETH_NO_DATA);
            ui.label(RichText::new(no_data).color(theme.palette.text_weak));
        });
    }
}

fn swatch(ui: &mut Ui, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(map_style::SWATCH), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
}

/// The symbol key: one row per status level, drawn as on the map.
fn symbol_key_ui(ui: &mut Ui, theme: &Theme, i18n: &I18n, wrap: bool) {
    ui.label(RichText::new(i18n.t("map.key.heading")).strong());
    let (shape, fill) = symbol_style("flood-sensors");
    for level in StatusLevel::ALL {
        let add = |ui: &mut Ui| {
            let size = Vec2::splat(map_style::SWATCH * 2.0);
            let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
            draw_symbol(
                ui.painter(),
                shape,
                rect.center(),
                map_style::SYMBOL_RADIUS_MIN + 1.0,
                fill,
                level,
            );
            ui.label(RichText::new(i18n.t(level.label_key())).color(theme.palette.text));
        };
        if wrap {
            ui.horizontal_wrapped(|ui| add(ui));
        } else {
            ui.horizontal(|ui| add(ui));
        }
    }
}
