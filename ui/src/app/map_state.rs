//! The map's part of the dashboard state: the layers' view model, walkers' map memory, the
//! basemap tile source, the history replay and the map panel.
//!
//! The model is asked of the model loader when the map is first shown and again only when a
//! sync changes a layer or the catalog, or the language changes: a change that arrives while
//! another view is open marks it stale and it is read when the map comes back. Every change to
//! the model (a layer toggled, a feature selected, a history snapshot) is a request to the
//! loader, which owns the model and sends back the changed copy. The tile source and the replay
//! work on their own threads; nothing here touches the network or the cache.

use std::collections::BTreeMap;

use offline_cache::model::FeatureRef;
use offline_cache::store::Resource;
use walkers::MapMemory;

use super::settings::{MapView, Settings};
use crate::loader::{DataSource, LoadRequest, MapRequest};
use crate::map::history::{HistoryReplay, HistoryState};
use crate::map::tiles::{CacheTiles, TileFetch};
use crate::panels::map::{initial_memory, show_position};
use crate::panels::{MapAction, MapPanel};
use crate::theme::Theme;
use crate::view_models::MapModel;

/// Where the dashboard syncs from, for the tiles and the history it fetches in the background.
#[derive(Debug, Clone)]
pub(super) struct ServerAccess {
    pub server: String,
    pub token: Option<String>,
    /// The basemap template asked for on the command line, if not the catalog's.
    pub tile_template: Option<String>,
}

impl ServerAccess {
    /// What the map needs of the sync's settings to fetch tiles and history itself.
    pub(super) fn of(config: &offline_cache::sync::SyncConfig) -> ServerAccess {
        ServerAccess {
            server: config.server.clone(),
            token: config.token.clone(),
            tile_template: config.tiles.as_ref().and_then(|plan| plan.template.clone()),
        }
    }
}

pub(super) struct MapState {
    model: Option<MapModel>,
    /// A sync or a language switch changed what the model shows; read it again before drawing.
    stale: bool,
    memory: MapMemory,
    tiles: Option<CacheTiles>,
    history: HistoryReplay,
    panel: MapPanel,
    server: Option<ServerAccess>,
    reads: u64,
}

/// What a map action asks of the rest of the app.
pub(super) enum MapOutcome {
    OpenKpi(String),
}

impl MapState {
    pub(super) fn new(
        ctx: &egui::Context,
        settings: &Settings,
        server: Option<ServerAccess>,
    ) -> MapState {
        let mut memory = initial_memory();
        if let Some(view) = settings.map_view {
            memory.center_at(walkers::lat_lon(view.lat, view.lon));
            // A saved zoom outside walkers' range keeps the default.
            let _ = memory.set_zoom(view.zoom);
        }
        let repaint = ctx.clone();
        let history = HistoryReplay::new(
            server
                .as_ref()
                .map(|access| (access.server.clone(), access.token.clone())),
            Box::new(move || repaint.request_repaint()),
        );
        MapState {
            model: None,
            stale: true,
            memory,
            tiles: None,
            history,
            panel: MapPanel::default(),
            server,
            reads: 0,
        }
    }

    /// The map's choices (layers, ward metric) were changed from outside the map panel, as a
    /// kiosk page does: read the model again.
    pub(super) fn choices_changed(&mut self) {
        self.stale = true;
    }

    /// Centres the map on `center` (latitude, longitude) at `zoom`, or shows the whole city.
    pub(super) fn show_place(&mut self, center: Option<[f64; 2]>, zoom: Option<f64>) {
        self.memory = initial_memory();
        if let Some([lat, lon]) = center {
            self.memory.center_at(walkers::lat_lon(lat, lon));
        }
        if let Some(zoom) = zoom {
            // A zoom outside walkers' range keeps the default.
            let _ = self.memory.set_zoom(zoom);
        }
    }

    /// Draws the map for a wall: no layer list, time bar or buttons, only what the colours and
    /// symbols mean.
    pub(super) fn set_wall(&mut self, wall: bool) {
        self.panel.wall = wall;
    }

    /// A sync changed `resource`.
    pub(super) fn resource_changed(&mut self, resource: &Resource) {
        match resource {
            Resource::Catalog | Resource::Layer { .. } => self.stale = true,
            Resource::Tiles => {
                if let Some(tiles) = &mut self.tiles {
                    tiles.cache_changed();
                }
            }
            _ => {}
        }
    }

    /// The texts changed language: the model is read again when the map is next drawn.
    pub(super) fn language_changed(&mut self) {
        self.stale = true;
    }

    /// Starts the tile source and asks for the model if it is missing or stale; call only
    /// while the map is shown.
    pub(super) fn refresh(
        &mut self,
        ctx: &egui::Context,
        settings: &Settings,
        source: &DataSource,
        send: &impl Fn(LoadRequest),
    ) {
        if self.tiles.is_none() {
            let fetch = self.server.as_ref().map(|access| TileFetch {
                server: access.server.clone(),
                token: access.token.clone(),
                template: access.tile_template.clone(),
            });
            self.tiles = Some(CacheTiles::new(ctx, source, fetch));
        }
        self.refresh_now(settings, send);
    }

    /// Asks for the model if it is missing or stale (the tile source starts at the next frame).
    pub(super) fn refresh_now(&mut self, settings: &Settings, send: &impl Fn(LoadRequest)) {
        if !self.stale {
            return;
        }
        self.stale = false;
        self.reads += 1;
        send(LoadRequest::Map(MapRequest::Load {
            choices: settings.map.clone(),
            lang: settings.lang,
        }));
    }

    /// Swaps in a model the loader built; centres the map on `centre_on` (longitude, latitude).
    pub(super) fn model_loaded(&mut self, model: MapModel, centre_on: Option<(f64, f64)>) {
        self.model = Some(model);
        if let Some((lon, lat)) = centre_on {
            show_position(&mut self.memory, walkers::lon_lat(lon, lat));
        }
    }

    /// Drains the history replay and asks the loader to show what it brought; true when the
    /// map must be drawn again.
    pub(super) fn poll_history(&mut self, send: &impl Fn(LoadRequest)) -> bool {
        if !self.history.poll() {
            return false;
        }
        self.show_history_features(send);
        true
    }

    fn show_history_features(&mut self, send: &impl Fn(LoadRequest)) {
        let Some(model) = &self.model else {
            return;
        };
        match self.history.state() {
            HistoryState::Showing { .. } => {
                let snapshots: BTreeMap<_, _> = model
                    .time_varying_layer_ids()
                    .into_iter()
                    .filter_map(|layer_id| {
                        let snapshot = self.history.snapshot(&layer_id)?;
                        Some((layer_id, snapshot))
                    })
                    .collect();
                send(LoadRequest::Map(MapRequest::ShowHistory(snapshots)));
            }
            _ if model.showing_history() => send(LoadRequest::Map(MapRequest::ShowLive)),
            _ => {}
        }
    }

    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        theme: &Theme,
        settings: &Settings,
        not_live: Option<&str>,
    ) -> Option<MapAction> {
        let Some(model) = &self.model else {
            return None;
        };
        let tiles = self
            .tiles
            .as_mut()
            .map(|tiles| tiles as &mut dyn walkers::Tiles);
        self.panel.ui(
            ui,
            model,
            &mut self.memory,
            tiles,
            (self.history.state(), self.history.can_fetch()),
            not_live,
            theme,
            settings.lang,
        )
    }

    /// Does what the map panel asked; the choices it changes are saved in `settings`.
    pub(super) fn apply(
        &mut self,
        action: MapAction,
        settings: &mut Settings,
        send: &impl Fn(LoadRequest),
    ) -> Option<MapOutcome> {
        let model = self.model.as_mut()?;
        match action {
            MapAction::SetLayerVisible { layer_id, visible } => {
                settings.map.set_visible(&layer_id, visible);
                send(LoadRequest::Map(MapRequest::Choices(settings.map.clone())));
            }
            MapAction::SetWardMetric(metric) => {
                settings.map.ward_metric = metric;
                send(LoadRequest::Map(MapRequest::Choices(settings.map.clone())));
            }
            MapAction::Select {
                layer_id,
                feature_id,
            } => send(LoadRequest::Map(MapRequest::Select {
                layer_id,
                feature_id,
            })),
            MapAction::ClearSelection => {
                model.clear_selection();
                send(LoadRequest::Map(MapRequest::ClearSelection));
            }
            MapAction::OpenKpi(kpi_id) => return Some(MapOutcome::OpenKpi(kpi_id)),
            MapAction::ShowAt(t_ms) => {
                let layers = model.replay_layer_defs();
                self.history.show_at(&layers, t_ms);
            }
        }
        None
    }

    /// Asks to select `feature` and centre the map on it (an alert was clicked), after the
    /// model if it is still to be read.
    pub(super) fn focus(
        &mut self,
        settings: &Settings,
        feature: FeatureRef,
        layer_turned_on: bool,
        send: &impl Fn(LoadRequest),
    ) {
        if self.stale {
            self.refresh_now(settings, send);
        } else if layer_turned_on {
            send(LoadRequest::Map(MapRequest::Choices(settings.map.clone())));
        }
        send(LoadRequest::Map(MapRequest::Focus(feature)));
    }

    /// Closes the info panel at once (and in the loader's copy); true when something was
    /// selected.
    pub(super) fn clear_selection(&mut self, send: &impl Fn(LoadRequest)) -> bool {
        match &mut self.model {
            Some(model) if model.selection.is_some() || model.selection_message.is_some() => {
                model.clear_selection();
                send(LoadRequest::Map(MapRequest::ClearSelection));
                true
            }
            _ => false,
        }
    }

    pub(super) fn history_state(&self) -> &HistoryState {
        self.history.state()
    }

    pub(super) fn model(&self) -> Option<&MapModel> {
        self.model.as_ref()
    }

    /// How many times the whole model was asked of the cache.
    pub(super) fn reads(&self) -> u64 {
        self.reads
    }

    /// Where the map looks now, to remember it.
    pub(super) fn view(&self) -> MapView {
        let centre = self
            .memory
            .detached()
            .unwrap_or_else(crate::panels::map::home_position);
        MapView {
            lat: centre.y(),
            lon: centre.x(),
            zoom: self.memory.zoom(),
        }
    }
}
