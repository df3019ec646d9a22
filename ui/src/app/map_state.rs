//! The map's part of the dashboard state: the layers' view model, walkers' map memory, the
//! basemap tile source, the history replay and the map panel.
//!
//! The model is read when the map is first shown and again only when a sync changes a layer or
//! the catalog, or the language changes: a change that arrives while another view is open marks
//! it stale and it is read when the map comes back. The tile source and the replay work on their
//! own threads; nothing here touches the network.

use std::path::Path;

use offline_cache::model::FeatureRef;
use offline_cache::store::{Reader, Resource, now_ms};
use walkers::MapMemory;

use super::settings::{MapView, Settings};
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
        let history = HistoryReplay::new(
            ctx,
            server
                .as_ref()
                .map(|access| (access.server.clone(), access.token.clone())),
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

    /// Starts the tile source and reads the model if it is missing or stale; call only while
    /// the map is shown.
    pub(super) fn refresh(
        &mut self,
        ctx: &egui::Context,
        reader: Option<&Reader>,
        settings: &Settings,
        cache_path: &Path,
    ) {
        if self.tiles.is_none() {
            let fetch = self.server.as_ref().map(|access| TileFetch {
                server: access.server.clone(),
                token: access.token.clone(),
                template: access.tile_template.clone(),
            });
            self.tiles = Some(CacheTiles::new(ctx, cache_path, fetch));
        }
        self.refresh_now(reader, settings);
    }

    /// Reads the model if it is missing or stale (the tile source starts at the next frame).
    pub(super) fn refresh_now(&mut self, reader: Option<&Reader>, settings: &Settings) {
        if !self.stale && self.model.is_some() {
            return;
        }
        let Some(reader) = reader else {
            return;
        };
        self.stale = false;
        self.reads += 1;
        let selection = self.model.as_ref().and_then(|model| {
            model
                .selection
                .as_ref()
                .map(|selection| (selection.layer_id.clone(), selection.feature_id.clone()))
        });
        let mut model = MapModel::load(reader, &settings.map, settings.lang, now_ms());
        if let Some((layer_id, feature_id)) = selection {
            model.select(reader, &layer_id, &feature_id);
        }
        self.model = Some(model);
        self.show_history_features();
    }

    /// Drains the history replay; true when the map must be drawn again.
    pub(super) fn poll_history(&mut self) -> bool {
        if !self.history.poll() {
            return false;
        }
        self.show_history_features();
        true
    }

    fn show_history_features(&mut self) {
        let Some(model) = &mut self.model else {
            return;
        };
        match self.history.state() {
            HistoryState::Showing { .. } => {
                for layer_id in model.time_varying_layer_ids() {
                    if let Some(features) = self.history.features(&layer_id) {
                        model.show_history(&layer_id, features);
                    }
                }
            }
            _ if model.showing_history() => model.show_live(),
            _ => {}
        }
    }

    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        theme: &Theme,
        settings: &Settings,
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
            self.history.state(),
            theme,
            settings.lang,
        )
    }

    /// Does what the map panel asked; the choices it changes are saved in `settings`.
    pub(super) fn apply(
        &mut self,
        action: MapAction,
        reader: Option<&Reader>,
        settings: &mut Settings,
    ) -> Option<MapOutcome> {
        let (Some(model), Some(reader)) = (&mut self.model, reader) else {
            return None;
        };
        match action {
            MapAction::SetLayerVisible { layer_id, visible } => {
                settings.map.set_visible(&layer_id, visible);
                model.apply_choices(reader, &settings.map);
            }
            MapAction::SetWardMetric(metric) => {
                settings.map.ward_metric = metric;
                model.apply_choices(reader, &settings.map);
            }
            MapAction::Select {
                layer_id,
                feature_id,
            } => {
                model.select(reader, &layer_id, &feature_id);
            }
            MapAction::ClearSelection => model.clear_selection(),
            MapAction::OpenKpi(kpi_id) => return Some(MapOutcome::OpenKpi(kpi_id)),
            MapAction::ShowAt(t_ms) => {
                let layers = model.replay_layer_defs();
                self.history.show_at(&layers, t_ms);
            }
        }
        None
    }

    /// Selects `feature` and centres the map on it (an alert was clicked). The model must be
    /// fresh: call after [`MapState::refresh`].
    pub(super) fn focus(&mut self, reader: Option<&Reader>, feature: &FeatureRef) -> bool {
        let (Some(model), Some(reader)) = (&mut self.model, reader) else {
            return false;
        };
        match model.focus(reader, feature) {
            Some(position) => {
                show_position(&mut self.memory, position);
                true
            }
            None => false,
        }
    }

    /// Closes the info panel; true when something was selected.
    pub(super) fn clear_selection(&mut self) -> bool {
        match &mut self.model {
            Some(model) if model.selection.is_some() || model.selection_message.is_some() => {
                model.clear_selection();
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

    /// How many times the model was read from the cache.
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
