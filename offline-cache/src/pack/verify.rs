//! Checking a pack before anything is shown from it. The file is opened as untrusted input:
//! read-only and immutable (nothing is ever written to it, not even a journal), SQLite's
//! defensive mode on, `trusted_schema` off, cell sizes checked; then its integrity is checked,
//! its manifest read, its signature (when it has one) checked, and its content digest computed
//! again and compared. Each refusal names its reason.

use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::manifest::{FORMAT_VERSION, Manifest};
use super::sign::{PublicKey, check_signature};
use super::{MANIFEST_TABLE, content_digest};

/// Why a pack is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackRefused {
    #[error("the file cannot be read: {0}")]
    Unreadable(String),
    #[error("not a SQLite file: {0}")]
    NotSqlite(String),
    #[error("a SQLite file but not a pack (it has no manifest)")]
    NotAPack,
    #[error("the pack is damaged: {0}")]
    Damaged(String),
    #[error("the pack's manifest cannot be read: {0}")]
    BadManifest(String),
    #[error(
        "the pack was written by a newer CityDash (pack format {found}, this build reads {supported})"
    )]
    NewerFormat { found: u32, supported: u32 },
    #[error("the pack's content is not what its manifest says: it was changed after it was made")]
    ContentChanged,
    #[error("the pack's signature is not valid: {0}")]
    BadSignature(String),
}

/// A pack that passed its checks.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    /// The manifest's bytes as stored (what a signature covers).
    pub manifest_text: String,
    pub signature: Option<Vec<u8>>,
    /// The key whose signature over the manifest checked; `None`: unsigned.
    pub signed_by: Option<PublicKey>,
}

impl VerifiedPack {
    /// Whether its expiry has passed at `now_ms` (it still opens, flagged).
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.manifest
            .expires_at_ms
            .is_some_and(|expiry| now_ms > expiry)
    }
}

/// Opens `path` as an untrusted, read-only, immutable database.
pub fn open_untrusted(path: &Path) -> Result<Connection, PackRefused> {
    std::fs::File::open(path).map_err(|error| PackRefused::Unreadable(error.to_string()))?;
    let uri = format!(
        "file:{}?immutable=1",
        path.to_string_lossy()
            .replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23")
    );
    let connection = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|error| PackRefused::NotSqlite(error.to_string()))?;
    let hardened = (|| -> rusqlite::Result<()> {
        connection.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
        connection.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
        connection.execute_batch("PRAGMA cell_size_check = ON; PRAGMA query_only = ON;")?;
        Ok(())
    })();
    hardened.map_err(|error| PackRefused::NotSqlite(error.to_string()))?;
    Ok(connection)
}

/// Checks the pack at `path`: SQLite, whole, a manifest of a format this build reads, and
/// content equal to what the manifest's digest says.
pub fn verify(path: &Path) -> Result<VerifiedPack, PackRefused> {
    let connection = open_untrusted(path)?;
    let not_sqlite = |error: rusqlite::Error| match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => PackRefused::NotSqlite(error.to_string()),
        _ => PackRefused::Damaged(error.to_string()),
    };
    let integrity: Vec<String> = connection
        .prepare("PRAGMA integrity_check")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .map_err(not_sqlite)?;
    if integrity != ["ok"] {
        return Err(PackRefused::Damaged(integrity.join("; ")));
    }
    let has_manifest: bool = connection
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [MANIFEST_TABLE],
            |row| row.get::<_, i64>(0),
        )
        .map_err(not_sqlite)?
        == 1;
    if !has_manifest {
        return Err(PackRefused::NotAPack);
    }
    let rows: Vec<(String, Option<Vec<u8>>)> = connection
        .prepare(&format!("SELECT manifest, signature FROM {MANIFEST_TABLE}"))
        .and_then(|mut statement| {
            statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect()
        })
        .map_err(|error| PackRefused::BadManifest(error.to_string()))?;
    let [(manifest_text, signature)] = rows.as_slice() else {
        return Err(PackRefused::BadManifest(format!(
            "{} manifests where there must be one",
            rows.len()
        )));
    };
    let version: serde_json::Value = serde_json::from_str(manifest_text)
        .map_err(|error| PackRefused::BadManifest(error.to_string()))?;
    if let Some(found) = version
        .get("format_version")
        .and_then(serde_json::Value::as_u64)
        && found > u64::from(FORMAT_VERSION)
    {
        return Err(PackRefused::NewerFormat {
            found: u32::try_from(found).unwrap_or(u32::MAX),
            supported: FORMAT_VERSION,
        });
    }
    let manifest: Manifest = serde_json::from_value(version)
        .map_err(|error| PackRefused::BadManifest(error.to_string()))?;
    let signed_by = check_signature(
        manifest.signer.as_ref(),
        manifest_text,
        signature.as_deref(),
    )
    .map_err(PackRefused::BadSignature)?;
    let digest = content_digest(&connection).map_err(not_sqlite)?;
    if digest != manifest.content_sha256 {
        return Err(PackRefused::ContentChanged);
    }
    Ok(VerifiedPack {
        manifest,
        manifest_text: manifest_text.clone(),
        signature: signature.clone(),
        signed_by,
    })
}
