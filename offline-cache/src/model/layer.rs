//! Map layers and the basemap, as the catalog describes them.

use serde::{Deserialize, Serialize};

use super::LocalizedText;

/// The kind of geometry a layer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeometryKind {
    Point,
    Line,
    Polygon,
    /// Points and lines together (e.g. a metro line and its stations).
    Mixed,
}

impl GeometryKind {
    /// The GeoPackage geometry type name of a table holding this kind.
    pub fn gpkg_type_name(self) -> &'static str {
        match self {
            GeometryKind::Point => "POINT",
            GeometryKind::Line => "LINESTRING",
            GeometryKind::Polygon => "MULTIPOLYGON",
            GeometryKind::Mixed => "GEOMETRY",
        }
    }
}

/// One map layer of the catalog; its features are an OGC API - Features collection of the same id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerDef {
    /// Stable id such as `wards`; also the collection id.
    pub id: String,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub geometry: GeometryKind,
    /// Expected seconds between changes; the cached layer is stale when older than twice this.
    pub interval_secs: i64,
    /// True when features change with time and the server keeps history (`datetime` queries).
    pub time_varying: bool,
    /// Where the geometry comes from, e.g. "OpenStreetMap contributors (ODbL)" or "demo shapes".
    pub source: LocalizedText,
    /// True when the features are simulated or demo shapes, not the city's real records.
    pub simulated: bool,
}

/// The basemap: XYZ raster tiles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Basemap {
    /// URL template with `{z}`, `{x}`, `{y}` (absolute, or a path on the same server).
    pub tile_url: String,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// Tile edge in pixels.
    pub tile_size: u32,
    /// To be shown wherever the map is drawn.
    pub attribution: LocalizedText,
}
