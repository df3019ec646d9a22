//! The local cache: one SQLite file (a GeoPackage) that the sync engine writes and the faces read.
//!
//! [`Store`] is the one writer (the sync engine's); [`Reader`] opens the file read-only. Under WAL a
//! reader sees whole syncs only: each resource is committed in one transaction with its sync
//! state. Opening never changes a file it refuses: a file that is not SQLite, a damaged one, or one
//! written by a newer build is reported and left as it is.

pub mod gpkg;
mod layers;
mod lock;
mod open;
mod overview;
mod reader;
mod resource;
mod retention;
pub mod rollup;
pub mod schema;
mod series;
mod sparkline;
mod tiles;
mod writer;

pub use layers::{LayerInfo, LayerSummary, LayerWrite, StoredFeature, table_name};
pub use lock::{SyncLock, lock_path};
pub use overview::{Overview, OverviewKpi, ResourceError, SyncHealth};
pub use reader::{MAX_SERIES_POINTS, Reader};
pub use resource::Resource;
pub use retention::Pruned;
pub use series::{ChartWindows, downsample_min_max};
pub use sparkline::{
    SPARKLINE_COLUMNS, SPARKLINE_MAX_POINTS, SPARKLINE_RECENT_COUNT, Sparkline, SparklineSpan,
};
pub use tiles::{Eviction, FetchedTile, TileId, TileLevel, TileState, TileStats, tile_range};
pub use writer::{FetchMeta, Store, SyncState};

/// Brings a cache written by an older build to this build's schema (what opening it for writing
/// does), so a [`Reader`] can open it. Safe while another process opens it too.
pub fn upgrade(path: &std::path::Path) -> crate::error::Result<()> {
    Store::open(path).map(drop)
}

/// The current wall-clock time in UTC milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod upgrade_tests;
