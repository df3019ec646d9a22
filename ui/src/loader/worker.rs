//! The loader thread's side: the cache connection, the last overview (for the charts' KPI
//! definitions and time zone), the authoritative copy of the map's model, and the loop that
//! answers requests in order.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use offline_cache::store::{Overview, Reader};
use offline_cache::sync::LayerSnapshot;

use super::{DataSource, LoadRequest, Loaded, MapRequest};
use crate::map::features::fill_model;
use crate::view_models::alerts::ALERTS_READ_LIMIT;
use crate::view_models::{CacheProblem, CityZone, MapModel, SeriesModel};
use citydash_views::reads::{load_series, read_alert_names};

pub(super) struct Worker {
    source: DataSource,
    reader: Option<Reader>,
    /// The file `reader` opened (device and inode): a cache deleted or replaced under a running
    /// face is noticed at the next read, not read from its old copy for ever.
    opened: Option<(u64, u64)>,
    overview: Option<Overview>,
    map: Option<MapModel>,
    /// The history snapshots shown on the map, applied again after a reload.
    history: BTreeMap<String, Arc<LayerSnapshot>>,
    results: mpsc::Sender<Loaded>,
    repaint: Box<dyn Fn() + Send>,
    pending: Arc<AtomicUsize>,
}

impl Worker {
    pub(super) fn new(
        source: DataSource,
        results: mpsc::Sender<Loaded>,
        repaint: Box<dyn Fn() + Send>,
        pending: Arc<AtomicUsize>,
    ) -> Worker {
        Worker {
            source,
            reader: None,
            opened: None,
            overview: None,
            map: None,
            history: BTreeMap::new(),
            results,
            repaint,
            pending,
        }
    }

    /// Answers requests until the UI drops its sender.
    pub(super) fn run(mut self, requests: &mpsc::Receiver<LoadRequest>) {
        while let Ok(first) = requests.recv() {
            let mut batch = vec![first];
            batch.extend(requests.try_iter());
            for index in 0..batch.len() {
                if !superseded(&batch[index], &batch[index + 1..]) {
                    self.answer(&batch[index]);
                }
                self.pending.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// The time ages are counted from: the pack's as-of time, or now on the server's clock as
    /// the cache's last sync found it.
    fn data_now_ms(&self) -> i64 {
        let now_ms = self.source.data_now_ms();
        match (&self.reader, self.source.pack()) {
            (Some(reader), None) => reader.server_now_ms(now_ms).unwrap_or(now_ms),
            _ => now_ms,
        }
    }

    fn send(&self, loaded: Loaded) {
        if self.results.send(loaded).is_ok() {
            (self.repaint)();
        }
    }

    fn answer(&mut self, request: &LoadRequest) {
        match request {
            LoadRequest::Overview => self.read_overview(),
            LoadRequest::Alerts => self.read_alerts(),
            LoadRequest::Series {
                generation,
                kpi_id,
                range,
                lang,
            } => {
                let now_ms = self.data_now_ms();
                let zone = CityZone::of(self.overview.as_ref());
                let def = self
                    .overview
                    .as_ref()
                    .and_then(|overview| overview.kpi(kpi_id))
                    .map(|kpi| &kpi.def);
                let (model, read) = match (&self.reader, def) {
                    (Some(reader), Some(def)) => {
                        (load_series(reader, def, zone, *range, *lang, now_ms), true)
                    }
                    _ => (SeriesModel::unknown(kpi_id, *range, *lang, now_ms), false),
                };
                self.send(Loaded::Series {
                    generation: *generation,
                    model: Box::new(model),
                    read,
                });
            }
            LoadRequest::Map(request) => self.change_map(request),
        }
    }

    /// Opens the cache if needed (upgrading an older schema here, which may take seconds) and
    /// reads the overview.
    fn read_overview(&mut self) {
        let cache_path = self.source.path().to_owned();
        // A pack is opened once: its reader refuses a file other than the one checked.
        let watched = match self.source {
            DataSource::Cache(_) => file_identity(&cache_path),
            DataSource::Pack(_) => self.opened,
        };
        match watched {
            None if self.reader.is_some() => {
                // The cache vanished: say so until a sync writes one again.
                self.reader = None;
                self.opened = None;
                self.send(Loaded::CacheProblem(CacheProblem::NoCache));
                return;
            }
            Some(identity) if self.opened.is_some_and(|opened| opened != identity) => {
                // Another file now has the cache's name (replaced, restored): read that one.
                self.reader = None;
            }
            _ => {}
        }
        if self.reader.is_none() {
            self.opened = file_identity(&cache_path);
            match self.source.open_reader() {
                Ok(reader) => self.reader = Some(reader),
                Err(offline_cache::Error::OlderSchema { .. }) => {
                    self.send(Loaded::Upgrading);
                    if let Err(error) = offline_cache::store::upgrade(&cache_path) {
                        self.send(Loaded::CacheProblem(CacheProblem::from_error(&error)));
                        return;
                    }
                    match self.source.open_reader() {
                        Ok(reader) => self.reader = Some(reader),
                        Err(error) => {
                            self.send(Loaded::CacheProblem(CacheProblem::from_error(&error)));
                            return;
                        }
                    }
                }
                Err(error) => {
                    self.send(Loaded::CacheProblem(CacheProblem::from_error(&error)));
                    return;
                }
            }
        }
        let Some(reader) = &self.reader else {
            return;
        };
        match reader.overview(self.data_now_ms()) {
            Ok(overview) => {
                self.overview = Some(overview.clone());
                self.send(Loaded::Overview(Box::new(overview)));
            }
            Err(error) => {
                tracing::warn!("could not read the overview: {error}");
                self.send(Loaded::CacheProblem(CacheProblem::from_error(&error)));
            }
        }
    }

    fn read_alerts(&mut self) {
        let Some(reader) = &self.reader else {
            return;
        };
        match reader.recent_alerts(ALERTS_READ_LIMIT) {
            Ok(alerts) => {
                let names = read_alert_names(reader, &alerts);
                self.send(Loaded::Alerts { alerts, names });
            }
            // The last alerts read stay on screen.
            Err(error) => tracing::warn!("could not read the alerts: {error}"),
        }
    }

    fn change_map(&mut self, request: &MapRequest) {
        let Some(reader) = &self.reader else {
            return;
        };
        let mut centre_on = None;
        match request {
            MapRequest::Load { choices, lang } => {
                let selected = self.map.as_ref().and_then(|model| {
                    let selection = model.selection.as_ref()?;
                    Some((selection.layer_id.clone(), selection.feature_id.clone()))
                });
                let mut model = MapModel::load(reader, choices, *lang, self.data_now_ms());
                if let Some((layer_id, feature_id)) = selected {
                    model.select(reader, &layer_id, &feature_id);
                }
                for (layer_id, snapshot) in &self.history {
                    model.show_history(layer_id, &snapshot.features);
                }
                self.map = Some(model);
            }
            MapRequest::Choices(choices) => {
                let Some(model) = &mut self.map else { return };
                model.apply_choices(reader, choices);
            }
            MapRequest::Select {
                layer_id,
                feature_id,
            } => {
                let Some(model) = &mut self.map else { return };
                model.select(reader, layer_id, feature_id);
            }
            MapRequest::Focus(feature) => {
                let Some(model) = &mut self.map else { return };
                centre_on = model.focus(reader, feature);
                if centre_on.is_none() {
                    tracing::info!(
                        "feature {}/{} of an alert is not in the cache",
                        feature.layer_id,
                        feature.feature_id
                    );
                }
            }
            MapRequest::ClearSelection => {
                let Some(model) = &mut self.map else { return };
                model.clear_selection();
            }
            MapRequest::ShowHistory(snapshots) => {
                self.history = snapshots.clone();
                let Some(model) = &mut self.map else { return };
                for (layer_id, snapshot) in snapshots {
                    model.show_history(layer_id, &snapshot.features);
                }
            }
            MapRequest::ShowLive => {
                self.history.clear();
                let Some(model) = &mut self.map else { return };
                model.show_live();
            }
        }
        if let Some(model) = &mut self.map {
            fill_model(model);
        }
        if let Some(model) = &self.map {
            self.send(Loaded::Map {
                model: Box::new(model.clone()),
                centre_on,
            });
        }
    }
}

/// Whether `request` need not be answered because a later one in the queue answers for it:
/// a later alerts or chart request, a later overview before any chart, or for the map a reload (or a later choice of
/// layers) coming before any other change to the map.
fn superseded(request: &LoadRequest, later: &[LoadRequest]) -> bool {
    match request {
        // Not past a chart, which takes its KPI's definition from the overview read before it.
        LoadRequest::Overview => later
            .iter()
            .take_while(|r| !matches!(r, LoadRequest::Series { .. }))
            .any(|r| matches!(r, LoadRequest::Overview)),
        LoadRequest::Alerts => later.iter().any(|r| matches!(r, LoadRequest::Alerts)),
        LoadRequest::Series { .. } => later
            .iter()
            .any(|r| matches!(r, LoadRequest::Series { .. })),
        LoadRequest::Map(change) => {
            let next_map_change = later.iter().find_map(|r| match r {
                LoadRequest::Map(next) => Some(next),
                _ => None,
            });
            matches!(
                (change, next_map_change),
                (MapRequest::Load { .. }, Some(MapRequest::Load { .. }))
                    | (
                        MapRequest::Choices(_),
                        Some(MapRequest::Load { .. } | MapRequest::Choices(_))
                    )
            )
        }
    }
}

/// The device and inode of the file at `path`, if there is one.
fn file_identity(path: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(path)
        .ok()
        .map(|meta| (meta.dev(), meta.ino()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::view_models::{MapChoices, RangePreset};

    fn series(generation: u64) -> LoadRequest {
        LoadRequest::Series {
            generation,
            kpi_id: "EN01".into(),
            range: RangePreset::default(),
            lang: Lang::En,
        }
    }

    fn load() -> LoadRequest {
        LoadRequest::Map(MapRequest::Load {
            choices: MapChoices::default(),
            lang: Lang::En,
        })
    }

    #[test]
    fn a_queued_request_of_the_same_kind_supersedes_an_earlier_one() {
        assert!(superseded(&series(1), &[LoadRequest::Alerts, series(2)]));
        assert!(!superseded(&series(2), &[LoadRequest::Alerts]));
        assert!(superseded(&LoadRequest::Overview, &[LoadRequest::Overview]));
        assert!(!superseded(&LoadRequest::Overview, &[LoadRequest::Alerts]));
        assert!(!superseded(
            &LoadRequest::Overview,
            &[series(3), LoadRequest::Overview]
        ));
    }

    #[test]
    fn a_map_change_is_dropped_only_when_the_next_change_to_the_map_redoes_it() {
        let select = LoadRequest::Map(MapRequest::Select {
            layer_id: "wards".into(),
            feature_id: "w1".into(),
        });
        let choices = LoadRequest::Map(MapRequest::Choices(MapChoices::default()));
        assert!(superseded(&load(), &[LoadRequest::Overview, load()]));
        assert!(!superseded(&load(), &[select.clone(), load()]));
        assert!(superseded(&choices, std::slice::from_ref(&choices)));
        assert!(superseded(&choices, &[load()]));
        assert!(!superseded(&choices, &[select.clone(), choices.clone()]));
        assert!(!superseded(&select, std::slice::from_ref(&select)));
    }
}
