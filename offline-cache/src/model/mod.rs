//! Plain serde types of the operations-center API v1: what travels over HTTP and what the store
//! keeps. No I/O here: the simulator, the client, the store and both faces share these types.

mod alert;
mod catalog;
mod freshness;
mod geojson;
mod kpi;
mod layer;
mod observation;
pub mod units;

pub use alert::{Alert, AlertSeverity, AlertStatus, AlertsPage, FeatureRef};
pub use catalog::{API_VERSION, BoundingBox, Catalog, CityInfo, LocalizedText};
pub use freshness::{AgeUnit, Freshness, age_parts};
pub use geojson::{
    CollectionInfo, Collections, Feature, FeatureCollection, FeatureId, Geometry, IncomingFeature,
    IncomingPage, Link, Position,
};
pub use kpi::{
    Direction, Domain, Frequency, KpiDef, KpiStatus, MIN_HISTORY_POINTS, Target, Thresholds,
};
pub use layer::{Basemap, GeometryKind, LayerDef};
pub use observation::{LatestValue, LatestValues, Observation, Quality, SeriesPage};

/// The JSON body of every error response from the operations center.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiError {
    /// A stable machine-readable code such as `unauthorized` or `not_found`.
    pub error: String,
    /// A human-readable explanation.
    pub message: String,
}

/// The payload of a `layer` event on the stream: a map layer changed on the server.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LayerChanged {
    pub layer_id: String,
    pub changed_at_ms: i64,
}
