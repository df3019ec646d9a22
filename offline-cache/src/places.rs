//! Where CityDash keeps its files by default, shared by every face: the config file
//! (`config.toml` in the platform's config folder, or the file `CITYDASH_CONFIG` names), the
//! trusted keys beside it, and the cache in the platform's data folder.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The variable naming another config file.
pub const CONFIG_ENV: &str = "CITYDASH_CONFIG";
const CONFIG_FILE_NAME: &str = "config.toml";
/// The cache file name inside the data folder. It is a GeoPackage, hence the extension.
pub const CACHE_FILE_NAME: &str = "cache.gpkg";
/// The trusted keys' file, beside `config.toml`.
pub const TRUSTED_KEYS_FILE: &str = "trusted-keys";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("vn", "CityDash", "citydash")
}

/// The config file's path: `CITYDASH_CONFIG`, else the platform's config folder.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(CONFIG_ENV) {
        return Some(PathBuf::from(path));
    }
    project_dirs().map(|dirs| dirs.config_dir().join(CONFIG_FILE_NAME))
}

/// Whether the config file was named by `CITYDASH_CONFIG` rather than found at its default place.
pub fn config_path_named() -> bool {
    std::env::var_os(CONFIG_ENV).is_some()
}

/// `~/.local/share/citydash/cache.gpkg` on Linux, the equivalents elsewhere; `None` on a system
/// with no home folder.
pub fn default_cache_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.data_dir().join(CACHE_FILE_NAME))
}

/// The trusted keys' file: in the config folder, beside `config.toml`.
pub fn trusted_keys_path() -> Option<PathBuf> {
    config_path().and_then(|config| config.parent().map(|folder| folder.join(TRUSTED_KEYS_FILE)))
}

/// What the config file may say.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub server: Option<String>,
    pub lang: Option<String>,
    pub cache: Option<PathBuf>,
    pub token_file: Option<PathBuf>,
    pub playlist: Option<PathBuf>,
    pub retain_days: Option<i64>,
    pub tile_budget_mib: Option<u64>,
}

/// Why the config file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("could not read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the config file {} cannot be used (line {line}): {message}", .path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// Reads the config file at `path`; a missing file is an empty config, a bad one an error
/// naming its line. At the default place (`named` false), a folder this user may not enter
/// (another user's home, as a service's user sees it) counts as no config.
pub fn read_config(path: &Path, named: bool) -> Result<ConfigFile, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(ConfigFile::default());
        }
        Err(error) if error.kind() == std::io::ErrorKind::PermissionDenied && !named => {
            tracing::warn!("the config file {} cannot be read: {error}", path.display());
            return Ok(ConfigFile::default());
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    toml::from_str(&text).map_err(|error| ConfigError::Invalid {
        path: path.to_owned(),
        line: error.span().map_or(1, |span| {
            text.as_bytes()[..span.start]
                .iter()
                .filter(|byte| **byte == b'\n')
                .count()
                + 1
        }),
        message: error.message().trim().to_owned(),
    })
}

/// The cache a face opens when not told another: the config file's `cache`, else the default.
/// A config file that cannot be read counts as none here; the command line says why.
pub fn configured_cache_path() -> Option<PathBuf> {
    config_path()
        .and_then(|path| read_config(&path, config_path_named()).ok())
        .and_then(|config| config.cache)
        .or_else(default_cache_path)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_missing_config_is_empty_and_a_bad_one_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert!(read_config(&path, true).unwrap().cache.is_none());
        std::fs::write(&path, "lang = \"vi\"\ncolour = \"red\"\n").unwrap();
        let error = read_config(&path, true).unwrap_err().to_string();
        assert!(
            error.contains("line 2") && error.contains("colour"),
            "{error}"
        );
        std::fs::write(&path, "cache = \"/srv/wall.gpkg\"\n").unwrap();
        let config = read_config(&path, true).unwrap();
        assert_eq!(config.cache, Some(PathBuf::from("/srv/wall.gpkg")));
    }
}
