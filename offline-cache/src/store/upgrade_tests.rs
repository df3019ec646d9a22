//! Caches written by the builds of every earlier schema, frozen as SQL dumps in `frozen/`, are
//! upgraded in place: the upgraded schema equals a fresh cache's, nothing stored is lost, and
//! the data added by later migrations (the rollups) is filled in.

use rusqlite::Connection;

use super::schema::{GPKG_APPLICATION_ID, GPKG_USER_VERSION, SCHEMA_VERSION};
use super::{Reader, Store, upgrade};
use crate::Error;

const FROZEN: [(i64, &str); 3] = [
    (1, include_str!("frozen/schema-1.sql")),
    (2, include_str!("frozen/schema-2.sql")),
    (3, include_str!("frozen/schema-3.sql")),
];

/// The schema as SQLite keeps it, without the tables and indexes that belong to one layer's
/// data (their names vary with the layers cached; the layer tests check them) or to SQLite.
fn schema(connection: &Connection) -> Vec<(String, String, String)> {
    let mut statement = connection
        .prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master
             WHERE name NOT LIKE 'sqlite_%' AND tbl_name NOT LIKE 'layer\\_%' ESCAPE '\\'
               AND tbl_name NOT LIKE 'rtree\\_%' ESCAPE '\\'
             ORDER BY type, name",
        )
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The tables whose content an upgrade must keep, each with the order its rows are compared in.
const KEPT_TABLES: [(&str, &str); 5] = [
    ("kpi", "kpi_id"),
    ("latest_value", "kpi_id"),
    ("observation", "kpi_id, t_ms"),
    ("alert", "alert_id"),
    ("sync_state", "resource"),
];

/// The columns of each kept table, as the frozen cache has them (later migrations add more).
fn kept_columns(connection: &Connection) -> Vec<String> {
    KEPT_TABLES
        .iter()
        .map(|(table, _)| {
            let mut statement = connection
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
                ))
                .unwrap();
            let names: Vec<String> = statement
                .query_map([], |row| row.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            names.join(", ")
        })
        .collect()
}

/// Rows of the tables whose content an upgrade must keep, in a stable order: `columns` of
/// each, as [`kept_columns`] lists them.
fn kept_rows(connection: &Connection, columns: &[String]) -> Vec<String> {
    let mut rows = Vec::new();
    for ((table, order), columns) in KEPT_TABLES.iter().zip(columns) {
        let mut statement = connection
            .prepare(&format!("SELECT {columns} FROM {table} ORDER BY {order}"))
            .unwrap();
        let width = statement.column_count();
        let table_rows: Vec<String> = statement
            .query_map([], |row| {
                let values: Vec<rusqlite::types::Value> =
                    (0..width).map(|i| row.get(i)).collect::<Result<_, _>>()?;
                Ok(format!("{table}: {values:?}"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            !table_rows.is_empty(),
            "the frozen cache has no {table} rows"
        );
        rows.extend(table_rows);
    }
    rows
}

#[test]
fn caches_of_every_earlier_schema_upgrade_to_a_fresh_caches_schema_keeping_their_data() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.gpkg");
    drop(Store::open(&fresh).unwrap());
    let fresh_schema = schema(&Connection::open(&fresh).unwrap());

    for (version, dump) in FROZEN {
        let path = dir.path().join(format!("schema-{version}.gpkg"));
        let connection = Connection::open(&path).unwrap();
        connection.execute_batch(dump).unwrap();
        let columns = kept_columns(&connection);
        let before = kept_rows(&connection, &columns);
        drop(connection);

        match Reader::open(&path) {
            Err(Error::OlderSchema { found, .. }) => assert_eq!(found, version),
            other => panic!("schema {version}: expected OlderSchema, got {other:?}"),
        }
        upgrade(&path).unwrap();

        let connection = Connection::open(&path).unwrap();
        assert_eq!(
            schema(&connection),
            fresh_schema,
            "schema {version} upgraded"
        );
        let after = kept_rows(&connection, &columns);
        let lost: Vec<_> = before.iter().filter(|row| !after.contains(row)).collect();
        assert!(lost.is_empty(), "schema {version} lost rows: {lost:#?}");
        assert_eq!(after.len(), before.len(), "schema {version}: rows added");
        let pragma = |name: &str| -> i64 {
            connection
                .query_row(&format!("PRAGMA {name}"), [], |row| row.get(0))
                .unwrap()
        };
        assert_eq!(pragma("application_id"), GPKG_APPLICATION_ID);
        assert_eq!(pragma("user_version"), GPKG_USER_VERSION);
        let integrity: String = connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
        drop(connection);
        super::tests::assert_rollups_match_raw(&path);

        let reader = Reader::open(&path).unwrap();
        let stored_version: String = reader
            .connection()
            .query_row(
                "SELECT value FROM citydash_meta WHERE key = 'schema_version'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(stored_version, SCHEMA_VERSION.to_string());
        let overview = reader.overview(0).unwrap();
        assert_eq!(overview.kpis.len(), 36);
        // An error stored before errors had reasons reads back without one, its message intact.
        assert!(
            overview
                .sync
                .errors
                .iter()
                .all(|error| error.reason.is_none())
        );
        if version == 3 {
            assert!(
                overview.sync.errors[0].message.contains("could not reach"),
                "{:?}",
                overview.sync.errors
            );
        }
        if version >= 2 {
            let layers = reader.layers(0).unwrap();
            assert_eq!(layers.len(), 1, "schema {version}: {layers:?}");
            let features = reader.features(&layers[0].layer_id, 1_000).unwrap();
            assert_eq!(features.len() as u64, layers[0].feature_count);
            assert_eq!(reader.tile_stats().unwrap().count, 1);
        }
    }
}
