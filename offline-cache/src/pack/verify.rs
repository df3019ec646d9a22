//! Checking a pack before anything is shown from it. The file is opened as untrusted input:
//! read-only and immutable (nothing is ever written to it, not even a journal), SQLite's
//! defensive mode on, `trusted_schema` off, cell sizes checked; then its integrity is checked,
//! its manifest read, its signature (when it has one) checked, and its content digest computed
//! again and compared (on a large pack the integrity check runs at the same time as the others,
//! on a second connection). Each refusal names its reason.

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

/// From this size on, a pack's two checks run at the same time (see [`verify`]); below it a
/// second connection and its thread cost about what they save (a 5 KiB pack took three times
/// as long checked that way, a 0.9 MB one as long).
const CHECKS_AT_ONCE_FROM_BYTES: u64 = 1024 * 1024;

/// Checks the pack at `path`: SQLite, whole, a manifest of a format this build reads, and
/// content equal to what the manifest's digest says.
///
/// The integrity check and the content check (manifest and digest) each read the whole file
/// and neither needs the other's answer, so on a pack of a megabyte or more they run at the
/// same time on two connections, each on a core of its own: it is checked in about the time
/// of the longer of the two rather than their sum. The content check so reads the file before
/// its integrity is known; on a damaged file SQLite answers it with errors (defensive mode,
/// cell sizes checked), and what it read is dropped. The answers are taken in the order of
/// the steps: a pack whose integrity check fails is refused as damaged whatever the content
/// check found, and nothing is returned before both have passed, so a verdict and its reason
/// are the same as with the steps one after the other.
pub fn verify(path: &Path) -> Result<VerifiedPack, PackRefused> {
    let connection = open_untrusted(path)?;
    let length = std::fs::metadata(path)
        .map_err(|error| PackRefused::Unreadable(error.to_string()))?
        .len();
    if length < CHECKS_AT_ONCE_FROM_BYTES {
        check_integrity(&connection, length)?;
        return check_content(&connection);
    }
    std::thread::scope(|scope| {
        let integrity = std::thread::Builder::new()
            .name("citydash-pack-integrity".into())
            .spawn_scoped(scope, || check_integrity(&open_untrusted(path)?, length));
        let content = check_content(&connection);
        let integrity = match integrity {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread could be started: the check runs here, after the other.
            Err(_) => check_integrity(&connection, length),
        };
        integrity.and(content)
    })
}

/// An error of SQLite reading the pack as a refusal.
fn refusal(error: rusqlite::Error) -> PackRefused {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => PackRefused::NotSqlite(error.to_string()),
        _ => PackRefused::Damaged(error.to_string()),
    }
}

/// `PRAGMA integrity_check` (every page, b-tree, cell, index entry and constraint), then the
/// file's `length`: exactly the pages its header counts. SQLite itself reads a file cut inside
/// its last page as if the missing bytes were zeros (a pack one byte short whose last page
/// ended in zeros would pass the other checks), and ignores what follows its pages.
fn check_integrity(connection: &Connection, length: u64) -> Result<(), PackRefused> {
    let integrity: Vec<String> = connection
        .prepare("PRAGMA integrity_check")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .map_err(refusal)?;
    if integrity != ["ok"] {
        return Err(PackRefused::Damaged(integrity.join("; ")));
    }
    let pragma = |name: &str| {
        connection
            .query_row(&format!("PRAGMA {name}"), [], |row| row.get::<_, i64>(0))
            .map_err(refusal)
    };
    let (pages, page_bytes) = (pragma("page_count")?, pragma("page_size")?);
    if i64::try_from(length).ok() != Some(pages.saturating_mul(page_bytes)) {
        return Err(PackRefused::Damaged(format!(
            "the file is {length} bytes where its header counts {pages} pages of {page_bytes} \
             bytes: it was cut short or added to"
        )));
    }
    Ok(())
}

/// The manifest read and the content digest computed again and compared with it.
fn check_content(connection: &Connection) -> Result<VerifiedPack, PackRefused> {
    let has_manifest: bool = connection
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [MANIFEST_TABLE],
            |row| row.get::<_, i64>(0),
        )
        .map_err(refusal)?
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
    let digest = content_digest(connection).map_err(refusal)?;
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::pack::Holds;

    /// A pack of one table of tiles with an index, large enough for its checks to run at once.
    fn large_pack(path: &Path) {
        let connection = Connection::open(path).unwrap();
        connection
            .execute_batch(
                "CREATE TABLE tile (id INTEGER PRIMARY KEY, zoom INTEGER NOT NULL, data BLOB);
                 CREATE INDEX tile_by_zoom ON tile (zoom);",
            )
            .unwrap();
        for id in 0..300_i64 {
            connection
                .execute(
                    "INSERT INTO tile VALUES (?1, ?2, ?3)",
                    rusqlite::params![id, id % 7, vec![id as u8; 4000]],
                )
                .unwrap();
        }
        // The manifest table's schema is content; its rows are not.
        connection
            .execute_batch(&format!(
                "CREATE TABLE {MANIFEST_TABLE} (manifest TEXT NOT NULL, signature BLOB);"
            ))
            .unwrap();
        let manifest = Manifest {
            format_version: FORMAT_VERSION,
            title: "Tiles".into(),
            author: None,
            source_server: None,
            created_at_ms: 0,
            as_of_ms: 0,
            expires_at_ms: None,
            holds: Holds {
                kpis: Vec::new(),
                from_ms: 0,
                to_ms: 0,
                layers: Vec::new(),
                zooms: None,
                bbox: None,
                observations: 0,
                alerts: 0,
                features: 0,
                tiles: 300,
            },
            content_sha256: content_digest(&connection).unwrap(),
            signer: None,
        };
        connection
            .execute(
                &format!("INSERT INTO {MANIFEST_TABLE} (manifest) VALUES (?1)"),
                [serde_json::to_string(&manifest).unwrap()],
            )
            .unwrap();
        assert!(std::fs::metadata(path).unwrap().len() >= CHECKS_AT_ONCE_FROM_BYTES);
    }

    #[test]
    fn a_pack_one_byte_short_or_with_bytes_added_is_refused() {
        let vector = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/vector.citybrief"
        ));
        let bytes = std::fs::read(vector).unwrap();
        // Its last page ends in zeros, as SQLite reads the byte that is missing.
        assert_eq!(bytes.last(), Some(&0));
        let dir = tempfile::tempdir().unwrap();
        let short = dir.path().join("short.citybrief");
        std::fs::write(&short, &bytes[..bytes.len() - 1]).unwrap();
        assert!(
            matches!(&verify(&short), Err(PackRefused::Damaged(reason)) if reason.contains("cut short")),
            "{:?}",
            verify(&short)
        );
        let longer = dir.path().join("longer.citybrief");
        std::fs::write(&longer, [bytes.as_slice(), &[0; 512]].concat()).unwrap();
        assert!(matches!(verify(&longer), Err(PackRefused::Damaged(_))));
        assert!(verify(vector).is_ok());
    }

    #[test]
    fn checked_at_once_a_large_pack_keeps_each_verdict_and_its_reason() {
        let dir = tempfile::tempdir().unwrap();
        let pack = dir.path().join("tiles.citybrief");
        large_pack(&pack);
        assert_eq!(verify(&pack).unwrap().manifest.title, "Tiles");

        let changed = dir.path().join("changed.citybrief");
        std::fs::copy(&pack, &changed).unwrap();
        Connection::open(&changed)
            .unwrap()
            .execute("UPDATE tile SET data = x'00' WHERE id = 299", [])
            .unwrap();
        assert_eq!(verify(&changed), Err(PackRefused::ContentChanged));

        // An index that no longer matches its table: the content check finds the schema
        // changed too, but the pack is refused as damaged, as when the steps ran in turn.
        let damaged = dir.path().join("damaged.citybrief");
        std::fs::copy(&pack, &damaged).unwrap();
        Connection::open(&damaged)
            .unwrap()
            .execute_batch(
                "PRAGMA writable_schema = ON;
                 UPDATE sqlite_schema SET sql = 'CREATE INDEX tile_by_zoom ON tile (id)'
                  WHERE name = 'tile_by_zoom';",
            )
            .unwrap();
        assert!(
            matches!(verify(&damaged), Err(PackRefused::Damaged(_))),
            "{:?}",
            verify(&damaged)
        );
    }
}
