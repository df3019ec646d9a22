//! The city map's view model: which layers the cache holds (translated title, kind, count,
//! age, stale mark, source note), the features of the visible ones with their names, statuses
//! and tooltips, their geometry prepared for drawing, the wards choropleth of the chosen
//! metric with its legend, and the selected feature's info panel (with a ward's drill-down).
//!
//! Every query is bounded: at most [`FEATURE_CAP`] features a layer, and a layer that holds
//! more says "showing N of M". A feature whose geometry is missing or invalid is skipped and
//! counted, never drawn wrong. Built when the cache or the choices change, never per frame.

use crate::map_rules as rules;
pub mod geometry;
mod selection;
mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use offline_cache::model::{BoundingBox, Catalog, Feature, GeometryKind, LayerDef};
use offline_cache::store::{LayerSummary, StoredFeature};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::choropleth::ChoroplethModel;
use crate::format::{CityZone, format_age, format_number};
use crate::i18n::{I18n, Lang};
use geometry::{LayerShapes, LocalFrame};

pub use crate::choropleth::{LegendRow, WardMetric};
pub use rules::{
    FeatureStatus, PropertyFormatter, PropertyRow, StatusLevel, display_name, feature_status,
    property_label, related_kpis, tooltip_keys,
};
pub use selection::{DrillGroup, DrillItem, Selection, WardDrillDown};

/// The bounded reads the map's model is built from. The dashboard's model loader answers them
/// from the cache on its own thread; a test may answer them from memory.
pub trait MapSource {
    /// The catalog, if the cache holds one.
    fn catalog(&self) -> offline_cache::Result<Option<Catalog>>;
    /// Every cached layer with its count and freshness at `now_ms`.
    fn layers(&self, now_ms: i64) -> offline_cache::Result<Vec<LayerSummary>>;
    /// The first `limit` features of a layer.
    fn features(&self, layer_id: &str, limit: usize) -> offline_cache::Result<Vec<StoredFeature>>;
    /// At most `limit` features of a layer whose extent meets `bbox`.
    fn features_in_bbox(
        &self,
        layer_id: &str,
        bbox: BoundingBox,
        limit: usize,
    ) -> offline_cache::Result<Vec<StoredFeature>>;
    /// One feature by id.
    fn feature(
        &self,
        layer_id: &str,
        feature_id: &str,
    ) -> offline_cache::Result<Option<StoredFeature>>;
}

/// Most features read for one layer.
pub const FEATURE_CAP: usize = 20_000;
/// The layer whose polygons carry the choropleth.
pub const WARDS_LAYER: &str = "wards";
/// Where the map opens: central Ho Chi Minh City.
pub const CITY_CENTRE_LAT: f64 = 10.78;
pub const CITY_CENTRE_LON: f64 = 106.70;
/// The zoom the map opens at.
pub const DEFAULT_ZOOM: f64 = 11.0;

/// What the user chose to see on the map; the app persists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MapChoices {
    pub visible_layers: BTreeSet<String>,
    /// The ward property the choropleth colours by.
    pub ward_metric: String,
}

impl Default for MapChoices {
    /// The wards choropleth by AQI, the metro, flood sensors, tide gauges and incidents.
    fn default() -> Self {
        MapChoices {
            visible_layers: [
                "wards",
                "metro",
                "flood-sensors",
                "tide-gauges",
                "incidents",
            ]
            .into_iter()
            .map(str::to_owned)
            .collect(),
            ward_metric: "aqi".to_owned(),
        }
    }
}

impl MapChoices {
    pub fn is_visible(&self, layer_id: &str) -> bool {
        self.visible_layers.contains(layer_id)
    }

    pub fn set_visible(&mut self, layer_id: &str, visible: bool) {
        if visible {
            self.visible_layers.insert(layer_id.to_owned());
        } else {
            self.visible_layers.remove(layer_id);
        }
    }
}

/// A layer as the layer list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerEntry {
    pub layer_id: String,
    pub title: String,
    pub kind: Option<GeometryKind>,
    /// "points", "lines", "areas", "mixed", translated.
    pub kind_label: String,
    /// Features in the cache (0 when the layer was never synced).
    pub feature_count: u64,
    /// Whether the cache holds the layer at all.
    pub cached: bool,
    pub visible: bool,
    /// Features read and drawn.
    pub shown_count: usize,
    /// "1,520 features", "showing 20,000 of 1,000,000", "not synced yet".
    pub count_text: String,
    /// True when fewer features are shown than the cache holds.
    pub partial: bool,
    /// "5 min ago" or "stale: 3 d".
    pub age_text: String,
    pub stale: bool,
    pub simulated: bool,
    pub time_varying: bool,
    /// "Where the data comes from" line, with the simulated mark.
    pub source_note: Option<String>,
    /// "3 features without usable geometry skipped".
    pub skipped_note: Option<String>,
    pub error: Option<String>,
    /// True while the layer shows a history snapshot instead of the cache.
    pub history: bool,
}

/// One feature as the map draws and explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapFeature {
    pub feature_id: String,
    pub name: String,
    pub status: Option<FeatureStatus>,
    /// Two to four key properties, formatted.
    pub tooltip: Vec<PropertyRow>,
    pub properties: Map<String, Value>,
    /// The choropleth class of a ward (`None`: no value, drawn as no data).
    pub ward_class: Option<usize>,
}

/// A layer with its features and their prepared geometry. The features and shapes are shared,
/// so a model is copied from the loader to the frame without copying them.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayer {
    pub entry: LayerEntry,
    pub features: Arc<Vec<MapFeature>>,
    /// Feature indexes in `shapes` point into `features`.
    pub shapes: Arc<LayerShapes>,
}

/// The map: layers, choropleth, selection. Cheap to clone: the layers' contents are shared.
#[derive(Debug, Clone)]
pub struct MapModel {
    pub lang: Lang,
    pub zone: CityZone,
    pub frame: LocalFrame,
    /// Catalog order, then layers the catalog does not list.
    pub layers: Vec<MapLayer>,
    pub choropleth: ChoroplethModel,
    /// The basemap's attribution, to be shown on the map.
    pub attribution: Option<String>,
    /// The catalog's data notice ("Simulated demo data").
    pub data_notice: Option<String>,
    /// Why the map is empty or incomplete, when it is.
    pub message: Option<String>,
    pub selection: Option<Selection>,
    /// Why the last selection could not be shown.
    pub selection_message: Option<String>,
    /// KPI names of the catalog, for the info panel's links.
    kpi_names: BTreeMap<String, String>,
    catalog_layers: BTreeMap<String, LayerDef>,
    /// Cached layers put aside while a history snapshot is shown.
    live_layers: BTreeMap<String, MapLayer>,
    /// When the model was read; the time bar's last 24 hours end here.
    pub now_ms: i64,
}

/// A feature from the cache or from a history snapshot, before it is prepared.
struct RawFeature {
    feature_id: String,
    geometry: Option<offline_cache::model::Geometry>,
    properties: Map<String, Value>,
}

impl From<StoredFeature> for RawFeature {
    fn from(stored: StoredFeature) -> Self {
        RawFeature {
            feature_id: stored.feature_id,
            geometry: stored.geometry,
            properties: stored.properties,
        }
    }
}

impl MapModel {
    /// Reads the cache's layers: every layer for the list, the features of the visible ones.
    pub fn load(
        reader: &impl MapSource,
        choices: &MapChoices,
        lang: Lang,
        now_ms: i64,
    ) -> MapModel {
        let i18n = I18n::new(lang);
        let mut message = None;
        let catalog = reader.catalog().unwrap_or_else(|error| {
            message = Some(i18n.tf("map.error.read", &[("error", &error.to_string())]));
            None
        });
        let summaries = reader.layers(now_ms).unwrap_or_else(|error| {
            message = Some(i18n.tf("map.error.read", &[("error", &error.to_string())]));
            Vec::new()
        });
        let mut model = MapModel::empty(catalog.as_ref(), lang, now_ms);
        model.message = message;
        let mut order: Vec<(String, Option<&LayerSummary>)> = Vec::new();
        if let Some(catalog) = &catalog {
            for def in &catalog.layers {
                let summary = summaries.iter().find(|s| s.layer_id == def.id);
                order.push((def.id.clone(), summary));
            }
        }
        for summary in &summaries {
            if !order.iter().any(|(id, _)| *id == summary.layer_id) {
                order.push((summary.layer_id.clone(), Some(summary)));
            }
        }
        for (layer_id, summary) in order {
            let entry = model.entry(&layer_id, summary, choices.is_visible(&layer_id));
            let mut layer = MapLayer {
                entry,
                features: Arc::default(),
                shapes: Arc::default(),
            };
            if layer.entry.visible && layer.entry.cached {
                model.read_features(reader, &mut layer);
            }
            model.layers.push(layer);
        }
        if model.message.is_none() && model.layers.iter().all(|layer| !layer.entry.cached) {
            model.message = Some(i18n.t("map.empty.no_layers").to_owned());
        }
        model.rebuild_choropleth(&choices.ward_metric);
        model
    }

    fn empty(catalog: Option<&Catalog>, lang: Lang, now_ms: i64) -> MapModel {
        let zone = CityZone::from_name(catalog.map(|c| c.city.time_zone.as_str()));
        MapModel {
            lang,
            zone,
            frame: LocalFrame::new(CITY_CENTRE_LON, CITY_CENTRE_LAT),
            layers: Vec::new(),
            choropleth: ChoroplethModel::default(),
            attribution: catalog
                .and_then(|c| c.basemap.as_ref())
                .map(|basemap| basemap.attribution.get(lang.code()).trim().to_owned())
                .filter(|text| !text.is_empty()),
            data_notice: catalog.map(|c| c.data_notice.get(lang.code()).to_owned()),
            message: None,
            selection: None,
            selection_message: None,
            kpi_names: catalog
                .map(|c| {
                    c.kpis
                        .iter()
                        .map(|kpi| (kpi.id.clone(), kpi.name.get(lang.code()).to_owned()))
                        .collect()
                })
                .unwrap_or_default(),
            catalog_layers: catalog
                .map(|c| c.layers.iter().map(|l| (l.id.clone(), l.clone())).collect())
                .unwrap_or_default(),
            live_layers: BTreeMap::new(),
            now_ms,
        }
    }

    fn entry(&self, layer_id: &str, summary: Option<&LayerSummary>, visible: bool) -> LayerEntry {
        let i18n = I18n::new(self.lang);
        let def = self.catalog_layers.get(layer_id);
        let title = def
            .map(|def| def.title.get(self.lang.code()).to_owned())
            .or_else(|| summary.map(|s| s.title.clone()))
            .filter(|title| !title.trim().is_empty())
            .unwrap_or_else(|| layer_id.to_owned());
        let kind = def.map(|def| def.geometry);
        let kind_label = i18n
            .t(match kind {
                Some(GeometryKind::Point) => "map.kind.point",
                Some(GeometryKind::Line) => "map.kind.line",
                Some(GeometryKind::Polygon) => "map.kind.polygon",
                Some(GeometryKind::Mixed) | None => "map.kind.mixed",
            })
            .to_owned();
        let (age_text, stale) = match summary {
            Some(summary) => {
                let age = format_age(summary.freshness.age_secs, &i18n);
                let key = if summary.freshness.stale {
                    "freshness.stale"
                } else {
                    "freshness.ago"
                };
                (i18n.tf(key, &[("age", &age)]), summary.freshness.stale)
            }
            None => (i18n.t("map.layer.not_synced").to_owned(), false),
        };
        let simulated = def.is_some_and(|def| def.simulated);
        let source_note = def.map(|def| {
            let key = if def.simulated {
                "map.layer.source_simulated"
            } else {
                "map.layer.source"
            };
            let source = def.source.get(i18n.lang().code());
            i18n.tf(key, &[("title", &title), ("source", source)])
        });
        let feature_count = summary.map_or(0, |s| s.feature_count);
        LayerEntry {
            layer_id: layer_id.to_owned(),
            title,
            kind,
            kind_label,
            feature_count,
            cached: summary.is_some(),
            visible,
            shown_count: 0,
            count_text: if summary.is_some() {
                self.count_text(feature_count)
            } else {
                i18n.t("map.layer.not_synced").to_owned()
            },
            partial: false,
            age_text,
            stale,
            simulated,
            time_varying: def.is_some_and(|def| def.time_varying),
            source_note,
            skipped_note: None,
            error: None,
            history: false,
        }
    }

    fn count_text(&self, count: u64) -> String {
        let i18n = I18n::new(self.lang);
        i18n.tf(
            "map.layer.count",
            &[("count", &format_number(count as f64, 0, &i18n))],
        )
    }

    /// Reads a visible layer's features (at most [`FEATURE_CAP`]) and prepares them.
    fn read_features(&self, reader: &impl MapSource, layer: &mut MapLayer) {
        match reader.features(&layer.entry.layer_id, FEATURE_CAP) {
            Ok(stored) => {
                let total = layer.entry.feature_count;
                self.fill_layer(layer, stored.into_iter().map(RawFeature::from), total);
            }
            Err(error) => {
                let i18n = I18n::new(self.lang);
                layer.entry.error =
                    Some(i18n.tf("map.error.read", &[("error", &error.to_string())]));
            }
        }
    }

    /// Replaces a layer's features with `raw`, of `total` that exist.
    fn fill_layer(&self, layer: &mut MapLayer, raw: impl Iterator<Item = RawFeature>, total: u64) {
        let i18n = I18n::new(self.lang);
        let formatter = PropertyFormatter::new(self.lang, self.zone);
        let layer_id = layer.entry.layer_id.clone();
        let keys = tooltip_keys(&layer_id);
        let mut shapes = LayerShapes::default();
        let mut features = Vec::new();
        let mut skipped = 0_usize;
        for feature in raw.take(FEATURE_CAP) {
            let index = features.len();
            let usable = feature
                .geometry
                .as_ref()
                .is_some_and(|geometry| shapes.add(index, geometry, &self.frame).is_ok());
            if !usable {
                skipped += 1;
                continue;
            }
            let name = display_name(&feature.properties, &feature.feature_id, self.lang);
            features.push(MapFeature {
                status: feature_status(&layer_id, &feature.properties, &i18n),
                tooltip: formatter.rows(&feature.properties, keys),
                name,
                feature_id: feature.feature_id,
                properties: feature.properties,
                ward_class: None,
            });
        }
        let read = features.len() + skipped;
        layer.entry.shown_count = features.len();
        layer.entry.partial = (read as u64) < total;
        layer.entry.count_text = if layer.entry.partial {
            i18n.tf(
                "map.layer.partial",
                &[
                    ("shown", &format_number(read as f64, 0, &i18n)),
                    ("total", &format_number(total as f64, 0, &i18n)),
                ],
            )
        } else {
            self.count_text(read as u64)
        };
        layer.entry.skipped_note = (skipped > 0).then(|| {
            i18n.tf(
                "map.layer.skipped",
                &[("count", &format_number(skipped as f64, 0, &i18n))],
            )
        });
        layer.features = Arc::new(features);
        layer.shapes = Arc::new(shapes);
    }

    /// Brings the model in line with new choices: reads layers that became visible, drops the
    /// features of hidden ones, and reclasses the wards when the metric changed.
    pub fn apply_choices(&mut self, reader: &impl MapSource, choices: &MapChoices) {
        let mut layers = std::mem::take(&mut self.layers);
        for layer in &mut layers {
            let visible = choices.is_visible(&layer.entry.layer_id);
            if visible == layer.entry.visible {
                continue;
            }
            layer.entry.visible = visible;
            if visible && layer.entry.cached && !layer.entry.history {
                self.read_features(reader, layer);
            } else if !visible && !layer.entry.history {
                layer.features = Arc::default();
                layer.shapes = Arc::default();
                layer.entry.shown_count = 0;
                layer.entry.partial = false;
                layer.entry.count_text = self.count_text(layer.entry.feature_count);
            }
        }
        self.layers = layers;
        self.rebuild_choropleth(&choices.ward_metric);
    }

    /// The layer `layer_id`, if the model has it.
    pub fn layer(&self, layer_id: &str) -> Option<&MapLayer> {
        self.layers
            .iter()
            .find(|layer| layer.entry.layer_id == layer_id)
    }

    /// Layers drawn on the map, in drawing order (areas first, then lines, then points).
    pub fn drawn_layers(&self) -> impl Iterator<Item = &MapLayer> {
        self.layers
            .iter()
            .filter(|layer| layer.entry.visible && !layer.features.is_empty())
    }

    /// Source notes of the visible layers, for the map's corner.
    pub fn visible_notes(&self) -> Vec<&str> {
        self.layers
            .iter()
            .filter(|layer| layer.entry.visible)
            .filter_map(|layer| layer.entry.source_note.as_deref())
            .collect()
    }

    /// Whether any visible layer changes with time (so history can be replayed).
    pub fn has_time_varying_layers(&self) -> bool {
        self.layers
            .iter()
            .any(|layer| layer.entry.visible && layer.entry.time_varying)
    }

    /// Ids of the visible layers that change with time, for the history replay.
    pub fn time_varying_layer_ids(&self) -> Vec<String> {
        self.layers
            .iter()
            .filter(|layer| layer.entry.visible && layer.entry.time_varying)
            .map(|layer| layer.entry.layer_id.clone())
            .collect()
    }

    /// Catalog definitions of the visible time-varying layers, for the history replay.
    pub fn replay_layer_defs(&self) -> Vec<LayerDef> {
        self.layers
            .iter()
            .filter(|layer| layer.entry.visible && layer.entry.time_varying)
            .filter_map(|layer| self.catalog_layers.get(&layer.entry.layer_id).cloned())
            .collect()
    }

    /// Shows a history snapshot of `layer_id` instead of its cached features, until
    /// [`MapModel::show_live`].
    pub fn show_history(&mut self, layer_id: &str, features: &[Feature]) {
        let Some(position) = self
            .layers
            .iter()
            .position(|l| l.entry.layer_id == layer_id)
        else {
            return;
        };
        let mut layer = self.layers[position].clone();
        if !layer.entry.history {
            self.live_layers.insert(layer_id.to_owned(), layer.clone());
        }
        let raw = features
            .iter()
            .enumerate()
            .map(|(index, feature)| RawFeature {
                feature_id: feature
                    .id
                    .as_ref()
                    .map_or_else(|| format!("#{}", index + 1), ToString::to_string),
                geometry: feature.geometry.clone(),
                properties: feature.properties.clone().unwrap_or_default(),
            });
        self.fill_layer(&mut layer, raw, features.len() as u64);
        layer.entry.history = true;
        self.layers[position] = layer;
        if layer_id == WARDS_LAYER {
            let metric = self.choropleth.metric.as_ref().map(|m| m.key.clone());
            self.rebuild_choropleth(metric.as_deref().unwrap_or_default());
        }
    }

    /// Back to the cached features of every layer that showed history.
    pub fn show_live(&mut self) {
        let mut wards_changed = false;
        for (layer_id, live) in std::mem::take(&mut self.live_layers) {
            if let Some(layer) = self
                .layers
                .iter_mut()
                .find(|l| l.entry.layer_id == layer_id)
            {
                let visible = layer.entry.visible;
                *layer = live;
                layer.entry.visible = visible;
                wards_changed |= layer_id == WARDS_LAYER;
            }
        }
        if wards_changed {
            let metric = self.choropleth.metric.as_ref().map(|m| m.key.clone());
            self.rebuild_choropleth(metric.as_deref().unwrap_or_default());
        }
    }

    /// Whether some layer shows a history snapshot.
    pub fn showing_history(&self) -> bool {
        !self.live_layers.is_empty()
    }

    /// Classes the wards by `metric` (or the first metric they have) and writes the legend.
    fn rebuild_choropleth(&mut self, metric: &str) {
        let i18n = I18n::new(self.lang);
        let Some(wards) = self
            .layers
            .iter_mut()
            .find(|layer| layer.entry.layer_id == WARDS_LAYER && layer.entry.visible)
        else {
            self.choropleth = ChoroplethModel::default();
            return;
        };
        let values: Vec<(&str, &Map<String, Value>)> = wards
            .features
            .iter()
            .map(|feature| (feature.feature_id.as_str(), &feature.properties))
            .collect();
        let choropleth = ChoroplethModel::build(&values, metric, &i18n);
        let formatter = PropertyFormatter::new(self.lang, self.zone);
        for feature in Arc::make_mut(&mut wards.features) {
            feature.ward_class = choropleth
                .classes
                .class_of
                .get(&feature.feature_id)
                .copied();
            let Some(chosen) = &choropleth.metric else {
                continue;
            };
            // The chosen metric leads the ward's tooltip.
            feature.tooltip.retain(|row| row.key != chosen.key);
            let text = feature
                .properties
                .get(&chosen.key)
                .and_then(|value| formatter.value(&chosen.key, value));
            if let Some(value) = text {
                let row = PropertyRow {
                    key: chosen.key.clone(),
                    label: chosen.label.clone(),
                    value,
                };
                feature.tooltip.insert(0, row);
            }
        }
        self.choropleth = choropleth;
    }
}

#[cfg(test)]
mod tests;
