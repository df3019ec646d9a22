//! The content digest of a pack: SHA-256 over everything a reader of the file can see, in an
//! order that does not depend on how SQLite laid it out. Two files with the same schema and the
//! same rows have the same digest whatever their page size, free space, VACUUM or the order the
//! rows were written in; any change a reader could see (a value, a row added or removed, a
//! table, a column, the schema's SQL) changes it. `docs/pack-format.md` says it byte by byte.
//!
//! The stream hashed, for the schema and then each table by name:
//!
//! - the schema: `S`, then for each row of `sqlite_schema` (ordered by type, name), its
//!   `type`, `name`, `tbl_name` and `sql` as values;
//! - the tables: every ordinary table but the manifest and SQLite's own (`sqlite_sequence`, the
//!   statistics), whose rows are bookkeeping;
//! - a table: `T` and its name as a text value, the number of columns (u32, big-endian) and each
//!   column's name as a text value, then `R` and the row's values for each row, the rows ordered
//!   by every column in their declared order (SQLite's comparison: NULL first, then numbers,
//!   text by bytes, blobs by bytes);
//! - a value: `0x00` for NULL; `0x01` and the integer as i64 big-endian; `0x02` and the real's
//!   IEEE 754 bits as u64 big-endian; `0x03`, the byte length as u64 big-endian and the UTF-8
//!   bytes of a text; `0x04`, the length and the bytes of a blob.

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use sha2::{Digest as _, Sha256};

/// The table that holds the manifest and its signature; not part of the content.
pub const MANIFEST_TABLE: &str = "citybrief_manifest";

/// Tables SQLite keeps for itself: not content (their rows follow from the content).
fn is_sqlite_own(name: &str) -> bool {
    name.starts_with("sqlite_")
}

/// The content digest of the database `connection` reads, as lowercase hex.
pub fn content_digest(connection: &Connection) -> rusqlite::Result<String> {
    let mut hasher = Sha256::new();
    hasher.update(b"S");
    let mut schema = connection
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")?;
    let mut rows = schema.query([])?;
    let mut tables = Vec::new();
    while let Some(row) = rows.next()? {
        let name: String = row.get(1)?;
        // Every entry is part of the schema a reader sees: SQLite's own (an automatic index,
        // `sqlite_sequence`) and the manifest table's; only their rows are not content.
        for index in 0..4 {
            hash_value(&mut hasher, row.get_ref(index)?);
        }
        if is_sqlite_own(&name) || name == MANIFEST_TABLE {
            continue;
        }
        let kind: String = row.get(0)?;
        // A virtual table (the R*Tree index) is hashed through its shadow tables.
        let sql: Option<String> = row.get(3)?;
        let is_virtual = sql
            .as_deref()
            .is_some_and(|sql| sql.to_ascii_uppercase().starts_with("CREATE VIRTUAL TABLE"));
        if kind == "table" && !is_virtual {
            tables.push(name);
        }
    }
    drop(rows);
    tables.sort();
    for table in &tables {
        hash_table(connection, &mut hasher, table)?;
    }
    Ok(hex(&hasher.finalize()))
}

fn hash_table(connection: &Connection, hasher: &mut Sha256, table: &str) -> rusqlite::Result<()> {
    let quoted = format!("\"{}\"", table.replace('"', "\"\""));
    let columns: Vec<String> = connection
        .prepare(&format!(
            "SELECT name FROM pragma_table_info({})",
            sql_text(table)
        ))?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    hasher.update(b"T");
    hash_value(hasher, ValueRef::Text(table.as_bytes()));
    hasher.update(
        u32::try_from(columns.len())
            .unwrap_or(u32::MAX)
            .to_be_bytes(),
    );
    for column in &columns {
        hash_value(hasher, ValueRef::Text(column.as_bytes()));
    }
    if columns.is_empty() {
        return Ok(());
    }
    let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
    let mut statement = connection.prepare(&format!(
        "SELECT * FROM {quoted} ORDER BY {}",
        order.join(", ")
    ))?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        hasher.update(b"R");
        for index in 0..columns.len() {
            hash_value(hasher, row.get_ref(index)?);
        }
    }
    Ok(())
}

fn hash_value(hasher: &mut Sha256, value: ValueRef<'_>) {
    match value {
        ValueRef::Null => hasher.update([0x00]),
        ValueRef::Integer(integer) => {
            hasher.update([0x01]);
            hasher.update(integer.to_be_bytes());
        }
        ValueRef::Real(real) => {
            hasher.update([0x02]);
            hasher.update(real.to_bits().to_be_bytes());
        }
        ValueRef::Text(text) => {
            hasher.update([0x03]);
            hasher.update((text.len() as u64).to_be_bytes());
            hasher.update(text);
        }
        ValueRef::Blob(blob) => {
            hasher.update([0x04]);
            hasher.update((blob.len() as u64).to_be_bytes());
            hasher.update(blob);
        }
    }
}

/// `name` as an SQL string literal.
fn sql_text(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn database(rows: &[(i64, &str)], page_size: u32) -> Connection {
        let connection = Connection::open_in_memory().unwrap();
        connection
            .execute_batch(&format!(
                "PRAGMA page_size = {page_size};
                 CREATE TABLE kpi (kpi_id TEXT PRIMARY KEY, value REAL, note BLOB);
                 CREATE TABLE citybrief_manifest (manifest TEXT);"
            ))
            .unwrap();
        for (value, id) in rows {
            connection
                .execute(
                    "INSERT INTO kpi VALUES (?1, ?2, x'00ff')",
                    rusqlite::params![id, *value as f64 / 10.0],
                )
                .unwrap();
        }
        connection
    }

    #[test]
    fn the_digest_follows_the_content_not_the_layout() {
        let a = database(&[(1, "EN03"), (2, "DE01"), (3, "MO01")], 4096);
        let b = database(&[(3, "MO01"), (1, "EN03"), (2, "DE01")], 1024);
        assert_eq!(content_digest(&a).unwrap(), content_digest(&b).unwrap());
        let before = content_digest(&a).unwrap();
        a.execute_batch("DELETE FROM kpi WHERE kpi_id = 'MO01'; INSERT INTO kpi VALUES ('MO01', 0.3, x'00ff'); VACUUM;")
            .unwrap();
        assert_eq!(
            content_digest(&a).unwrap(),
            before,
            "same rows after a rewrite and VACUUM"
        );
        // The manifest is not content.
        a.execute("INSERT INTO citybrief_manifest VALUES ('{}')", [])
            .unwrap();
        assert_eq!(content_digest(&a).unwrap(), before);
        assert_eq!(before.len(), 64);
    }

    #[test]
    fn any_change_a_reader_could_see_changes_the_digest() {
        let original = content_digest(&database(&[(1, "EN03"), (2, "DE01")], 4096)).unwrap();
        let changes = [
            "UPDATE kpi SET value = 0.2000001 WHERE kpi_id = 'EN03'",
            "UPDATE kpi SET note = x'00fe' WHERE kpi_id = 'EN03'",
            "UPDATE kpi SET value = NULL WHERE kpi_id = 'EN03'",
            "UPDATE kpi SET value = 'x' WHERE kpi_id = 'EN03'",
            "DELETE FROM kpi WHERE kpi_id = 'DE01'",
            "INSERT INTO kpi VALUES ('ZZ99', 1.0, NULL)",
            "CREATE TABLE extra (x)",
            "CREATE INDEX kpi_by_value ON kpi (value)",
        ];
        for change in changes {
            let changed = database(&[(1, "EN03"), (2, "DE01")], 4096);
            changed.execute_batch(change).unwrap();
            assert_ne!(content_digest(&changed).unwrap(), original, "{change}");
        }
    }
}
