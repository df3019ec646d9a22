//! The cache schema and its versioned migrations.
//!
//! The file is an OGC GeoPackage (application id `GPKG`, `user_version` 10400 for GeoPackage
//! 1.4), so GDAL and QGIS open it as it is. Because GeoPackage owns `user_version`, our own schema
//! version lives in `citydash_meta`. Tables:
//!
//! - `gpkg_spatial_ref_sys`, `gpkg_contents`, `gpkg_geometry_columns`, `gpkg_extensions`: the
//!   GeoPackage core, as the specification defines them. Map layers register here.
//! - `citydash_meta(key, value)`: `schema_version` (an integer) and `created_at_ms`.
//! - `catalog_info`: the one row describing the city and the server of the last catalog sync:
//!   `city_json` (a [`crate::model::CityInfo`]), `simulated`, `data_notice_json`, `server_url`,
//!   `api_version`, `server_time_ms`.
//! - `kpi`: one row per KPI of the current catalog, in catalog order (`position`); `def_json`
//!   holds the whole [`crate::model::KpiDef`].
//! - `latest_value`: the latest value of each KPI with the previous one; times in UTC ms.
//! - `observation`: every stored observation, `WITHOUT ROWID`, keyed by `(kpi_id, t_ms)`.
//! - `alert`: alerts by id with their time, severity and status; `alert_json` holds the whole
//!   [`crate::model::Alert`].
//! - `sync_state`: one row per resource (`catalog`, `latest`, `series/<kpi_id>`, `alerts`): the URL
//!   and ETag of its last request, its cursor (last stored time, alert cursor), and the time and
//!   message of its last success and last error.
//! - `sync_run`: one row per sync run: server, start and end, whether the server was reachable,
//!   and how many resources failed.

/// The newest schema this build knows.
pub const SCHEMA_VERSION: i64 = 1;

/// `PRAGMA application_id` of a GeoPackage: the ASCII bytes `GPKG`.
pub const GPKG_APPLICATION_ID: i64 = 0x4750_4B47;

/// `PRAGMA user_version` of a GeoPackage 1.4 file.
pub const GPKG_USER_VERSION: i64 = 10_400;

/// Migration `n` (1-based) brings a cache from version `n - 1` to version `n`.
pub const MIGRATIONS: &[&str] = &[MIGRATION_1];

const MIGRATION_1: &str = r#"
CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
);
INSERT INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
    ('WGS 84 geodetic', 4326, 'EPSG', 4326,
     'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
     'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE,
    min_y DOUBLE,
    max_x DOUBLE,
    max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);

CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

CREATE TABLE gpkg_extensions (
    table_name TEXT,
    column_name TEXT,
    extension_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);

CREATE TABLE citydash_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE catalog_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    api_version TEXT NOT NULL,
    city_json TEXT NOT NULL,
    simulated INTEGER NOT NULL,
    data_notice_json TEXT NOT NULL,
    server_url TEXT NOT NULL,
    server_time_ms INTEGER NOT NULL
);

CREATE TABLE kpi (
    kpi_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    domain TEXT NOT NULL,
    interval_secs INTEGER NOT NULL,
    def_json TEXT NOT NULL
);

CREATE TABLE latest_value (
    kpi_id TEXT PRIMARY KEY,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    quality TEXT NOT NULL,
    previous_t_ms INTEGER,
    previous_value REAL,
    fetched_at_ms INTEGER NOT NULL
);

CREATE TABLE observation (
    kpi_id TEXT NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (kpi_id, t_ms)
) WITHOUT ROWID;

CREATE TABLE alert (
    alert_id TEXT PRIMARY KEY,
    t_ms INTEGER NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    kpi_id TEXT,
    alert_json TEXT NOT NULL
);
CREATE INDEX alert_by_time ON alert (t_ms);

CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY,
    url TEXT,
    etag TEXT,
    cursor TEXT,
    last_attempt_ms INTEGER,
    last_success_ms INTEGER,
    last_error TEXT,
    last_error_ms INTEGER
);

CREATE TABLE sync_run (
    run_id INTEGER PRIMARY KEY,
    server_url TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    reachable INTEGER,
    failed_resources INTEGER
);
"#;
