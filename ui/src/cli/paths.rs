//! Where the cache lives by default: the platform's data folder.

use std::path::PathBuf;

use anyhow::Context as _;

/// The cache file name inside the data folder. It is a GeoPackage, hence the extension.
pub const CACHE_FILE_NAME: &str = "cache.gpkg";

/// `~/.local/share/citydash/cache.gpkg` on Linux, the equivalents elsewhere.
pub fn default_cache_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("vn", "CityDash", "citydash")
        .context("could not find a home folder for the cache; pass --cache PATH")?;
    Ok(dirs.data_dir().join(CACHE_FILE_NAME))
}
