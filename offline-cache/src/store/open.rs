//! Opening a cache file safely: recognise it, check its schema version, migrate it.
//!
//! Every check runs on a read-only connection first, so a file we refuse is never touched (not
//! even switched to WAL).

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::schema::{
    GPKG_APPLICATION_ID, GPKG_USER_VERSION, MAX_TILE_ZOOM, MIGRATIONS, SCHEMA_VERSION,
    WEB_MERCATOR_HALF_WORLD_M,
};
use crate::error::{Error, Result};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// What an existing file turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Existing {
    /// No file, or an empty one: a new cache may be created.
    Absent,
    /// A CityDash cache at this schema version.
    Cache { schema_version: i64 },
}

pub(crate) fn sqlite_error(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |source| classify_sqlite_error(path, source)
}

/// Maps SQLite's "not a database" and "corrupt" codes to the errors users can act on.
pub(crate) fn classify_sqlite_error(path: &Path, source: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    match source.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotACache {
            path: path.to_owned(),
            detail: "the file is not a SQLite database".into(),
        },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path: path.to_owned(),
            detail: source.to_string(),
        },
        _ => Error::Sqlite {
            path: path.to_owned(),
            source,
        },
    }
}

/// Creates the folder `path` is in, when it has one and it is missing.
pub(crate) fn create_parent_folder(path: &Path) -> Result<()> {
    match path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        Some(parent) => std::fs::create_dir_all(parent).map_err(|source| Error::Io {
            context: format!("could not create the cache folder {}", parent.display()),
            source,
        }),
        None => Ok(()),
    }
}

/// Opens a cache read-only, also where nothing may be written: a read-only folder, medium or
/// file (a USB stick, a share, a pack handed over), or a full disk. A WAL database normally needs its `-shm`
/// file, which a reader creates when it is missing; where it cannot, the file is opened as
/// immutable instead, which reads it as of its last checkpoint (all of it, once the writer
/// has closed cleanly) and takes no locks.
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let opened = Connection::open_with_flags(path, flags).and_then(|connection| {
        connection.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        Ok(connection)
    });
    match opened {
        Ok(connection) => Ok(connection),
        Err(error) if cannot_write_beside(&error) || no_room_beside(&error) => {
            tracing::info!(path = %path.display(), "cache in a read-only or full place: opened as immutable");
            let uri = immutable_uri(path);
            Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(sqlite_error(path))
        }
        Err(error) => Err(classify_sqlite_error(path, error)),
    }
}

/// SQLite could read the file but not write it or create the files it needs beside it.
pub(crate) fn cannot_write_beside(error: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode;
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
    )
}

/// The disk is full: SQLite could not create or grow the `-shm` file a WAL reader needs.
fn no_room_beside(error: &rusqlite::Error) -> bool {
    const SHM_EXTENDED_CODES: [i32; 2] = [
        rusqlite::ffi::SQLITE_IOERR_SHMOPEN,
        rusqlite::ffi::SQLITE_IOERR_SHMSIZE,
    ];
    match error {
        rusqlite::Error::SqliteFailure(failure, _) => {
            failure.code == rusqlite::ErrorCode::DiskFull
                || SHM_EXTENDED_CODES.contains(&failure.extended_code)
        }
        _ => false,
    }
}

/// `file:` URI of `path` with `immutable=1`; `%`, `?`, `#` and bytes beyond ASCII are
/// percent-escaped.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii() && !matches!(byte, b'%' | b'?' | b'#') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Looks at a file without changing it and says whether we may use it.
pub(crate) fn inspect(path: &Path) -> Result<Existing> {
    let mut header = [0u8; 16];
    let read = match std::fs::File::open(path) {
        Ok(mut file) => file.read(&mut header).map_err(|source| Error::Io {
            context: format!("could not read {}", path.display()),
            source,
        })?,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Existing::Absent),
        Err(source) => {
            return Err(Error::Io {
                context: format!("could not open {}", path.display()),
                source,
            });
        }
    };
    if read == 0 {
        return Ok(Existing::Absent);
    }
    if read < SQLITE_HEADER.len() || &header != SQLITE_HEADER {
        return Err(Error::NotACache {
            path: path.to_owned(),
            detail: "the file is not a SQLite database".into(),
        });
    }

    let connection = open_read_only(path)?;
    let application_id: i64 = connection
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(sqlite_error(path))?;
    let has_meta: bool = connection
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'citydash_meta')",
            [],
            |row| row.get(0),
        )
        .map_err(sqlite_error(path))?;
    if !has_meta {
        let table_count: i64 = connection
            .query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))
            .map_err(sqlite_error(path))?;
        if table_count == 0 && application_id == 0 {
            return Ok(Existing::Absent);
        }
        let what = if application_id == GPKG_APPLICATION_ID {
            "a GeoPackage, but not one CityDash made"
        } else {
            "a SQLite database, but not one CityDash made"
        };
        return Err(Error::NotACache {
            path: path.to_owned(),
            detail: what.into(),
        });
    }
    let schema_version: Option<String> = connection
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'schema_version'",
            [],
            |row| row.get(0),
        )
        .optional()
        .map_err(sqlite_error(path))?;
    let schema_version = schema_version
        .and_then(|text| text.parse::<i64>().ok())
        .ok_or_else(|| Error::Corrupt {
            path: path.to_owned(),
            detail: "its schema version is missing".into(),
        })?;
    if schema_version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            path: path.to_owned(),
            found: schema_version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(Existing::Cache { schema_version })
}

/// Applies the migrations after `from_version` in one IMMEDIATE transaction.
/// The schema version the file records, read inside the migration's transaction; `None` before
/// the first migration made the table.
fn schema_version_in(transaction: &rusqlite::Transaction<'_>) -> Option<i64> {
    transaction
        .query_row(
            "SELECT value FROM citydash_meta WHERE key = 'schema_version'",
            [],
            |row| row.get::<_, String>(0),
        )
        .ok()?
        .parse()
        .ok()
}

pub(crate) fn migrate(connection: &mut Connection, path: &Path, from_version: i64) -> Result<()> {
    if from_version >= SCHEMA_VERSION {
        return Ok(());
    }
    let transaction = connection
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(sqlite_error(path))?;
    // Another process may have migrated the file while this one waited for the write lock.
    let from_version = schema_version_in(&transaction).unwrap_or(from_version);
    if from_version >= SCHEMA_VERSION {
        return Ok(());
    }
    if from_version == 0 {
        transaction
            .execute_batch(&format!(
                "PRAGMA application_id = {GPKG_APPLICATION_ID}; PRAGMA user_version = {GPKG_USER_VERSION};"
            ))
            .map_err(sqlite_error(path))?;
    }
    for (index, migration) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version > from_version {
            transaction
                .execute_batch(migration)
                .map_err(sqlite_error(path))?;
            if version == 2 {
                register_tile_pyramid(&transaction).map_err(sqlite_error(path))?;
            }
        }
    }
    transaction
        .execute(
            "INSERT INTO citydash_meta (key, value) VALUES ('schema_version', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [SCHEMA_VERSION.to_string()],
        )
        .map_err(sqlite_error(path))?;
    transaction
        .execute(
            "INSERT OR IGNORE INTO citydash_meta (key, value) VALUES ('created_at_ms', ?1)",
            [super::now_ms().to_string()],
        )
        .map_err(sqlite_error(path))?;
    transaction.commit().map_err(sqlite_error(path))
}

/// Registers `basemap_tiles` as a GeoPackage tile pyramid over the whole Web Mercator square, with
/// one tile matrix per zoom level from 0 to [`MAX_TILE_ZOOM`] (256-pixel tiles, as XYZ).
fn register_tile_pyramid(transaction: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let half = WEB_MERCATOR_HALF_WORLD_M;
    transaction.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,
                                    min_x, min_y, max_x, max_y, srs_id)
         VALUES ('basemap_tiles', 'tiles', 'basemap', 'Basemap tiles (XYZ, EPSG:3857)',
                 ?1, ?1, ?2, ?2, 3857)",
        rusqlite::params![-half, half],
    )?;
    transaction.execute(
        "INSERT INTO gpkg_tile_matrix_set VALUES ('basemap_tiles', 3857, ?1, ?1, ?2, ?2)",
        rusqlite::params![-half, half],
    )?;
    let mut insert = transaction.prepare(
        "INSERT INTO gpkg_tile_matrix VALUES ('basemap_tiles', ?1, ?2, ?2, 256, 256, ?3, ?3)",
    )?;
    for zoom in 0..=MAX_TILE_ZOOM {
        let tiles = 1_i64 << zoom;
        let pixel_size = 2.0 * half / (tiles as f64 * 256.0);
        insert.execute(rusqlite::params![zoom, tiles, pixel_size])?;
    }
    Ok(())
}
