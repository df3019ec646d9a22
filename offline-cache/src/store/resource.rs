//! What the cache syncs, one value per resource: named in sync events, errors and notices, and
//! keyed in `sync_state` by [`Resource::key`]. Faces match on it; nobody builds or parses the
//! keys by hand, so a rename cannot silently stop a refresh.

use std::fmt;

use serde::{Serialize, Serializer};

/// One thing the sync engine fetches and the cache keeps the state of.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Resource {
    /// The catalog: city, KPI definitions, layers, basemap.
    Catalog,
    /// The latest value of every KPI.
    Latest,
    /// One KPI's series.
    Series { kpi_id: String },
    /// The alerts.
    Alerts,
    /// One map layer (an OGC API - Features collection).
    Layer { layer_id: String },
    /// The basemap tiles.
    Tiles,
    /// The list of collections of an OGC API - Features server.
    Collections,
    /// The cache as a whole (it could not be opened or locked for a run).
    Cache,
    /// A key this build does not know (written by another build).
    Other(String),
}

impl Resource {
    pub fn series(kpi_id: impl Into<String>) -> Resource {
        Resource::Series {
            kpi_id: kpi_id.into(),
        }
    }

    pub fn layer(layer_id: impl Into<String>) -> Resource {
        Resource::Layer {
            layer_id: layer_id.into(),
        }
    }

    /// The key of the resource in `sync_state`: `catalog`, `series/EN03`, `layer/wards`...
    pub fn key(&self) -> String {
        match self {
            Resource::Catalog => "catalog".into(),
            Resource::Latest => "latest".into(),
            Resource::Series { kpi_id } => format!("{SERIES_PREFIX}{kpi_id}"),
            Resource::Alerts => "alerts".into(),
            Resource::Layer { layer_id } => format!("{LAYER_PREFIX}{layer_id}"),
            Resource::Tiles => "tiles".into(),
            Resource::Collections => "collections".into(),
            Resource::Cache => "cache".into(),
            Resource::Other(key) => key.clone(),
        }
    }

    /// The resource a `sync_state` key names.
    pub fn from_key(key: &str) -> Resource {
        if let Some(kpi_id) = key.strip_prefix(SERIES_PREFIX) {
            return Resource::series(kpi_id);
        }
        if let Some(layer_id) = key.strip_prefix(LAYER_PREFIX) {
            return Resource::layer(layer_id);
        }
        match key {
            "catalog" => Resource::Catalog,
            "latest" => Resource::Latest,
            "alerts" => Resource::Alerts,
            "tiles" => Resource::Tiles,
            "collections" => Resource::Collections,
            "cache" => Resource::Cache,
            other => Resource::Other(other.to_owned()),
        }
    }

    /// The city's data, as opposed to its map: dropped and fetched again when the server's data
    /// is reset.
    pub fn is_data(&self) -> bool {
        matches!(
            self,
            Resource::Latest | Resource::Alerts | Resource::Series { .. }
        )
    }
}

const SERIES_PREFIX: &str = "series/";
const LAYER_PREFIX: &str = "layer/";

impl fmt::Display for Resource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl Serialize for Resource {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_go_both_ways() {
        for resource in [
            Resource::Catalog,
            Resource::Latest,
            Resource::series("EN03"),
            Resource::Alerts,
            Resource::layer("flood-sensors"),
            Resource::Tiles,
            Resource::Collections,
            Resource::Cache,
            Resource::Other("later/thing".into()),
        ] {
            assert_eq!(Resource::from_key(&resource.key()), resource);
        }
        assert_eq!(Resource::series("EN03").to_string(), "series/EN03");
        assert_eq!(
            serde_json::to_string(&Resource::layer("wards")).unwrap(),
            "\"layer/wards\""
        );
    }
}
