//! Where the cache lives by default: the platform's data folder.

use std::path::PathBuf;

/// `~/.local/share/citydash/cache.gpkg` on Linux, the equivalents elsewhere.
pub fn default_cache_path() -> anyhow::Result<PathBuf> {
    offline_cache::places::default_cache_path().ok_or_else(|| {
        anyhow::anyhow!("could not find a home folder for the cache; pass --cache PATH")
    })
}
