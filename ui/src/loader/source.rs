//! What a face shows: the local cache (kept synced, ages counted from now) or a verified
//! briefing pack (read-only and immutable, never synced, ages counted from its as-of time).

use std::path::Path;
use std::sync::Arc;

use offline_cache::pack::OpenedPack;
use offline_cache::store::{Reader, now_ms};

/// The file a face reads and how.
#[derive(Debug, Clone, PartialEq)]
pub enum DataSource {
    Cache(std::path::PathBuf),
    Pack(Arc<OpenedPack>),
}

impl DataSource {
    pub fn path(&self) -> &Path {
        match self {
            DataSource::Cache(path) => path,
            DataSource::Pack(pack) => &pack.path,
        }
    }

    pub fn pack(&self) -> Option<&OpenedPack> {
        match self {
            DataSource::Cache(_) => None,
            DataSource::Pack(pack) => Some(pack),
        }
    }

    /// The time ages are counted from: now for the cache, the as-of time for a pack (whose
    /// newest reading would otherwise look days stale in the meeting it was made for).
    pub fn data_now_ms(&self) -> i64 {
        match self {
            DataSource::Cache(_) => now_ms(),
            DataSource::Pack(pack) => pack.as_of_ms(),
        }
    }

    /// A reader of the file: the cache read-only, the pack untrusted and immutable (and only
    /// the very file that was checked).
    pub(crate) fn open_reader(&self) -> offline_cache::Result<Reader> {
        match self {
            DataSource::Cache(path) => Reader::open(path),
            DataSource::Pack(pack) => pack.reader(),
        }
    }
}
