//! The cache as a [`MapSource`]: the map's reads answered by the core's bounded queries. Only
//! a thread that owns a [`Reader`] calls these (the dashboard's model loader).

use offline_cache::model::{BoundingBox, Catalog};
use offline_cache::store::{LayerSummary, Reader, StoredFeature};

use super::MapSource;

impl MapSource for Reader {
    fn catalog(&self) -> offline_cache::Result<Option<Catalog>> {
        Reader::catalog(self)
    }

    fn layers(&self, now_ms: i64) -> offline_cache::Result<Vec<LayerSummary>> {
        Reader::layers(self, now_ms)
    }

    fn features(&self, layer_id: &str, limit: usize) -> offline_cache::Result<Vec<StoredFeature>> {
        Reader::features(self, layer_id, limit)
    }

    fn features_in_bbox(
        &self,
        layer_id: &str,
        bbox: BoundingBox,
        limit: usize,
    ) -> offline_cache::Result<Vec<StoredFeature>> {
        Reader::features_in_bbox(self, layer_id, bbox, limit)
    }

    fn feature(
        &self,
        layer_id: &str,
        feature_id: &str,
    ) -> offline_cache::Result<Option<StoredFeature>> {
        Reader::feature(self, layer_id, feature_id)
    }
}
