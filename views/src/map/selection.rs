//! The selected feature: its info panel (name, layer, status, every property, related KPIs),
//! where to centre the map on it, its outline for the highlight, and for a ward a drill-down of
//! the incidents and sensors inside it (an R*Tree query on the ward's box, then
//! point-in-polygon, both bounded).

use offline_cache::model::{BoundingBox, FeatureRef, Geometry};

use super::geometry::{LayerShapes, LocalFrame, LocalRect};
use super::{
    FeatureStatus, MapModel, MapSource, PropertyFormatter, PropertyRow, RawFeature, WARDS_LAYER,
    display_name, feature_status, tooltip_keys,
};
use crate::format::format_number;
use crate::i18n::I18n;

/// Most features of one layer read inside a ward's box.
pub const DRILL_DOWN_QUERY_CAP: usize = 2_000;
/// Most items a drill-down group lists.
pub const DRILL_DOWN_LIST_CAP: usize = 50;
/// Slack around a feature's box when it is looked up again (f32 rounding of the local frame).
const BOX_MARGIN_DEG: f64 = 1e-4;
/// The layers a ward's drill-down lists, in order.
pub const DRILL_DOWN_LAYERS: [&str; 5] = [
    "incidents",
    "flood-sensors",
    "air-quality",
    "tide-gauges",
    "cameras",
];

/// The info panel of the selected feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub layer_id: String,
    pub feature_id: String,
    pub layer_title: String,
    pub name: String,
    pub status: Option<FeatureStatus>,
    pub rows: Vec<PropertyRow>,
    /// (KPI id, name) of KPIs that tell more, those the catalog has.
    pub related_kpis: Vec<(String, String)>,
    /// Where to centre the map: (longitude, latitude).
    pub centre: Option<(f64, f64)>,
    /// The feature's extent, for "zoom to".
    pub bbox: Option<BoundingBox>,
    /// The feature's geometry alone, for the highlight.
    pub shapes: LayerShapes,
    pub drill_down: Option<WardDrillDown>,
}

/// What lies inside a ward.
#[derive(Debug, Clone, PartialEq)]
pub struct WardDrillDown {
    pub groups: Vec<DrillGroup>,
}

/// The features of one layer inside a ward.
#[derive(Debug, Clone, PartialEq)]
pub struct DrillGroup {
    pub layer_id: String,
    pub title: String,
    /// Worst status first.
    pub items: Vec<DrillItem>,
    /// How many lie inside the ward (items may list fewer).
    pub count: usize,
    /// "showing 50 of 230", "layer not synced", a read error.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DrillItem {
    pub feature_id: String,
    pub name: String,
    pub status: Option<FeatureStatus>,
}

impl MapModel {
    /// Selects a feature and builds its info panel; `false` (with a message) when the cache
    /// does not have it.
    pub fn select(&mut self, reader: &impl MapSource, layer_id: &str, feature_id: &str) -> bool {
        let i18n = I18n::new(self.lang);
        self.selection_message = None;
        let Some(raw) = self.find_feature(reader, layer_id, feature_id) else {
            self.selection = None;
            self.selection_message =
                Some(i18n.tf("map.selection.missing", &[("feature", feature_id)]));
            return false;
        };
        let formatter = PropertyFormatter::new(self.lang, self.zone);
        let mut shapes = LayerShapes::default();
        let usable = raw
            .geometry
            .as_ref()
            .is_some_and(|geometry| shapes.add(0, geometry, &self.frame).is_ok());
        let extent = shapes.bbox.filter(|_| usable);
        let (centre, bbox) = match extent {
            Some(rect) => (
                Some(self.frame.to_lon_lat(rect.center())),
                Some(self.bounding_box(&rect)),
            ),
            None => (None, None),
        };
        let layer_title = self
            .layer(layer_id)
            .map_or_else(|| layer_id.to_owned(), |layer| layer.entry.title.clone());
        let related_kpis = super::related_kpis(layer_id)
            .iter()
            .filter_map(|id| Some(((*id).to_owned(), self.kpi_names.get(*id)?.clone())))
            .collect();
        let drill_down =
            (layer_id == WARDS_LAYER && usable).then(|| self.drill_down(reader, &shapes));
        self.selection = Some(Selection {
            layer_id: layer_id.to_owned(),
            feature_id: feature_id.to_owned(),
            layer_title,
            name: display_name(&raw.properties, feature_id, self.lang),
            status: feature_status(layer_id, &raw.properties, &i18n),
            rows: formatter.all_rows(&raw.properties, tooltip_keys(layer_id)),
            related_kpis,
            centre,
            bbox,
            shapes,
            drill_down,
        });
        if !usable {
            self.selection_message = Some(i18n.t("map.selection.no_geometry").to_owned());
        }
        true
    }

    /// Selects the feature an alert is about and says where to centre the map: (longitude,
    /// latitude).
    pub fn focus(&mut self, reader: &impl MapSource, feature: &FeatureRef) -> Option<(f64, f64)> {
        if !self.select(reader, &feature.layer_id, &feature.feature_id) {
            return None;
        }
        self.selection.as_ref()?.centre
    }

    pub fn clear_selection(&mut self) {
        self.selection = None;
        self.selection_message = None;
    }

    /// The feature from the loaded layer, else from the cache (bounded).
    fn find_feature(
        &self,
        reader: &impl MapSource,
        layer_id: &str,
        feature_id: &str,
    ) -> Option<RawFeature> {
        if let Some(layer) = self.layer(layer_id) {
            let index = layer
                .features
                .iter()
                .position(|feature| feature.feature_id == feature_id);
            if let Some(index) = index {
                // Geometry is not kept per feature: read it back through the R*Tree on the
                // feature's own box, unless the layer shows a history snapshot.
                if !layer.entry.history {
                    let around = layer.shapes.feature_bbox(index).map(|rect| {
                        let mut bbox = self.bounding_box(&rect);
                        bbox.min_lon -= BOX_MARGIN_DEG;
                        bbox.min_lat -= BOX_MARGIN_DEG;
                        bbox.max_lon += BOX_MARGIN_DEG;
                        bbox.max_lat += BOX_MARGIN_DEG;
                        bbox
                    });
                    let found = around.and_then(|bbox| {
                        reader
                            .features_in_bbox(layer_id, bbox, DRILL_DOWN_QUERY_CAP)
                            .ok()?
                            .into_iter()
                            .find(|feature| feature.feature_id == feature_id)
                    });
                    if let Some(stored) = found {
                        return Some(RawFeature::from(stored));
                    }
                }
                let feature = &layer.features[index];
                return Some(RawFeature {
                    feature_id: feature.feature_id.clone(),
                    geometry: geometry_of(&layer.shapes, index, &self.frame),
                    properties: feature.properties.clone(),
                });
            }
        }
        read_feature(reader, layer_id, feature_id)
    }

    fn bounding_box(&self, rect: &LocalRect) -> BoundingBox {
        let (west, north) = self.frame.to_lon_lat(rect.min);
        let (east, south) = self.frame.to_lon_lat(rect.max);
        BoundingBox {
            min_lon: west.min(east),
            min_lat: south.min(north),
            max_lon: west.max(east),
            max_lat: south.max(north),
        }
    }

    /// The incidents and sensors inside the ward drawn by `ward` (feature 0).
    fn drill_down(&self, reader: &impl MapSource, ward: &LayerShapes) -> WardDrillDown {
        let i18n = I18n::new(self.lang);
        let Some(extent) = ward.bbox else {
            return WardDrillDown { groups: Vec::new() };
        };
        let bbox = self.bounding_box(&extent);
        let mut groups = Vec::new();
        for layer_id in DRILL_DOWN_LAYERS {
            let title = self.catalog_layers.get(layer_id).map_or_else(
                || layer_id.to_owned(),
                |def| def.title.get(self.lang.code()).to_owned(),
            );
            let mut group = DrillGroup {
                layer_id: layer_id.to_owned(),
                title,
                items: Vec::new(),
                count: 0,
                note: None,
            };
            let features = match reader.features_in_bbox(layer_id, bbox, DRILL_DOWN_QUERY_CAP) {
                Ok(features) => features,
                Err(offline_cache::Error::NoLayer { .. }) => {
                    if self.catalog_layers.contains_key(layer_id) {
                        group.note = Some(i18n.t("map.layer.not_synced").to_owned());
                        groups.push(group);
                    }
                    continue;
                }
                Err(error) => {
                    group.note = Some(i18n.tf("map.error.read", &[("error", &error.to_string())]));
                    groups.push(group);
                    continue;
                }
            };
            let capped = features.len() >= DRILL_DOWN_QUERY_CAP;
            for feature in features {
                let inside = feature.geometry.as_ref().is_some_and(|geometry| {
                    points_of(geometry).any(|(lon, lat)| {
                        self.frame.to_local(lon, lat).is_some_and(|point| {
                            ward.polygons
                                .iter()
                                .any(|part| ward.polygon_contains(part, point))
                        })
                    })
                });
                if !inside {
                    continue;
                }
                group.count += 1;
                group.items.push(DrillItem {
                    name: display_name(&feature.properties, &feature.feature_id, self.lang),
                    status: feature_status(layer_id, &feature.properties, &i18n),
                    feature_id: feature.feature_id,
                });
            }
            group.items.sort_by(|a, b| {
                let level = |item: &DrillItem| item.status.as_ref().map(|s| s.level);
                level(b).cmp(&level(a)).then_with(|| a.name.cmp(&b.name))
            });
            if group.items.len() > DRILL_DOWN_LIST_CAP || capped {
                group.items.truncate(DRILL_DOWN_LIST_CAP);
                let key = if capped {
                    "map.drill.capped"
                } else {
                    "map.layer.partial"
                };
                group.note = Some(i18n.tf(
                    key,
                    &[
                        ("shown", &format_number(group.items.len() as f64, 0, &i18n)),
                        ("total", &format_number(group.count as f64, 0, &i18n)),
                    ],
                ));
            }
            groups.push(group);
        }
        WardDrillDown { groups }
    }
}

/// One feature of a layer by id, read from the cache through its unique index.
fn read_feature(reader: &impl MapSource, layer_id: &str, feature_id: &str) -> Option<RawFeature> {
    reader
        .feature(layer_id, feature_id)
        .ok()
        .flatten()
        .map(RawFeature::from)
}

/// A point geometry rebuilt from prepared shapes (for history features, which keep no
/// original geometry).
fn geometry_of(shapes: &LayerShapes, feature: usize, frame: &LocalFrame) -> Option<Geometry> {
    let rect = shapes.feature_bbox(feature)?;
    let (lon, lat) = frame.to_lon_lat(rect.center());
    Some(Geometry::Point(offline_cache::model::Position { lon, lat }))
}

/// Every position of a point geometry (lines and areas have none that count as "inside").
fn points_of(geometry: &Geometry) -> Box<dyn Iterator<Item = (f64, f64)> + '_> {
    match geometry {
        Geometry::Point(at) => Box::new(std::iter::once((at.lon, at.lat))),
        Geometry::MultiPoint(points) => Box::new(points.iter().map(|at| (at.lon, at.lat))),
        _ => Box::new(std::iter::empty()),
    }
}
