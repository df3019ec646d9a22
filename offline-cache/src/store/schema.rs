//! The cache schema and its versioned migrations.
//!
//! The file is an OGC GeoPackage (application id `GPKG`, `user_version` 10300 for GeoPackage
//! 1.3), so GDAL and QGIS open it as it is. Because GeoPackage owns `user_version`, our own schema
//! version lives in `citydash_meta`. Tables:
//!
//! - `gpkg_spatial_ref_sys`, `gpkg_contents`, `gpkg_geometry_columns`, `gpkg_extensions`: the
//!   GeoPackage core, as the specification defines them. Map layers register here.
//! - `citydash_meta(key, value)`: `schema_version` (an integer), `created_at_ms`, and
//!   `data_epoch`: the catalog's data epoch the stored data belongs to (see
//!   [`crate::store::Store::adopt_data_epoch`]).
//! - `catalog_info`: the one row describing the city and the server of the last catalog sync:
//!   `city_json` (a [`crate::model::CityInfo`]), `simulated`, `data_notice_json`, `server_url`,
//!   `api_version`, `server_time_ms`.
//! - `kpi`: one row per KPI of the current catalog, in catalog order (`position`); `def_json`
//!   holds the whole [`crate::model::KpiDef`].
//! - `latest_value`: the latest value of each KPI with the previous one; times in UTC ms.
//! - `observation`: every stored observation, `WITHOUT ROWID`, keyed by `(kpi_id, t_ms)`.
//! - `alert`: alerts by id with their time, severity and status; `alert_json` holds the whole
//!   [`crate::model::Alert`].
//! - `sync_state`: one row per resource (`catalog`, `latest`, `series/<kpi_id>`, `alerts`,
//!   `layer/<layer_id>`, `tiles`, `collections`): the URL
//!   and ETag of its last request, its cursor (last stored time, alert cursor), and the time and
//!   message of its last success and last error.
//! - `sync_run`: one row per sync run: server, start and end, whether the server was reachable,
//!   and how many resources failed.
//!
//! Added by migration 2 (map layers and the basemap):
//!
//! - `catalog_info.layers_json` and `basemap_json`: the catalog's layer definitions and basemap.
//! - `layer`: one row per cached layer: its GeoPackage table, the collection URL it came from,
//!   title, feature count, bounding box and when it was fetched.
//! - `layer_<id>` (one per layer, `-` becomes `_`): a GeoPackage feature table (`fid`, `geom` as a
//!   GeoPackage blob in EPSG:4326, `feature_id`, `name`, `properties` as JSON) with its R*Tree
//!   index `rtree_layer_<id>_geom`, maintained by the writer in the same transaction. A layer is
//!   written into `layer_<id>__staging` page by page and swapped in by renaming, in one
//!   transaction, so readers see the previous layer until the new one is whole.
//! - `basemap_tiles`: the basemap as a GeoPackage tile pyramid in EPSG:3857 (rows counted from the
//!   top, as in XYZ), with `basemap_tile_info` holding each tile's ETag, size and fetch time for
//!   revalidation and eviction.
//!
//! Added by migration 3 (chart rollups, see [`super::rollup`]):
//!
//! - `series_rollup`: per KPI, level (bucket length in ms: an hour or a UTC day) and bucket
//!   start, the lowest and highest finite value with the time of each (the earliest on a tie),
//!   their sum and count. Kept in step with `observation` by the writer; the migration backfills
//!   it from the observations already stored.
//!
//! Added by migration 4: `sync_state.last_error_reason`, the kind of the last error as a
//! [`crate::FailureReason::code`] (`refused`, `http-503`...), so a face says it in its language.

/// The newest schema this build knows.
pub const SCHEMA_VERSION: i64 = 4;

/// `PRAGMA application_id` of a GeoPackage: the ASCII bytes `GPKG`.
pub const GPKG_APPLICATION_ID: i64 = 0x4750_4B47;

/// `PRAGMA user_version` of a GeoPackage 1.3 file: we use nothing newer, and GDAL 3.6 (Debian
/// 12) warns on files that claim 1.4.
pub const GPKG_USER_VERSION: i64 = 10_300;

/// Migration `n` (1-based) brings a cache from version `n - 1` to version `n`.
pub const MIGRATIONS: &[&str] = &[MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4];

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

/// EPSG:3857 extent (metres) of the whole Web Mercator square.
pub const WEB_MERCATOR_HALF_WORLD_M: f64 = 20_037_508.342_789_244;

/// Highest zoom level registered in `gpkg_tile_matrix`.
pub const MAX_TILE_ZOOM: u8 = 20;

const MIGRATION_2: &str = r#"
PRAGMA user_version = 10300;
ALTER TABLE catalog_info ADD COLUMN layers_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE catalog_info ADD COLUMN basemap_json TEXT;

INSERT INTO gpkg_spatial_ref_sys VALUES
    ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857,
     'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]',
     'Web Mercator, as XYZ tiles use it');

CREATE TABLE layer (
    layer_id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL UNIQUE,
    source_url TEXT NOT NULL,
    title TEXT NOT NULL,
    interval_secs INTEGER,
    feature_count INTEGER NOT NULL,
    min_x REAL, min_y REAL, max_x REAL, max_y REAL,
    fetched_at_ms INTEGER NOT NULL
);

CREATE TABLE gpkg_tile_matrix_set (
    table_name TEXT NOT NULL PRIMARY KEY,
    srs_id INTEGER NOT NULL,
    min_x DOUBLE NOT NULL,
    min_y DOUBLE NOT NULL,
    max_x DOUBLE NOT NULL,
    max_y DOUBLE NOT NULL,
    CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

CREATE TABLE gpkg_tile_matrix (
    table_name TEXT NOT NULL,
    zoom_level INTEGER NOT NULL,
    matrix_width INTEGER NOT NULL,
    matrix_height INTEGER NOT NULL,
    tile_width INTEGER NOT NULL,
    tile_height INTEGER NOT NULL,
    pixel_x_size DOUBLE NOT NULL,
    pixel_y_size DOUBLE NOT NULL,
    CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
    CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name)
);

CREATE TABLE basemap_tiles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    UNIQUE (zoom_level, tile_column, tile_row)
);

CREATE TABLE basemap_tile_info (
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    etag TEXT,
    bytes INTEGER NOT NULL,
    fetched_at_ms INTEGER NOT NULL,
    PRIMARY KEY (zoom_level, tile_column, tile_row)
) WITHOUT ROWID;
CREATE INDEX basemap_tile_info_by_age ON basemap_tile_info (fetched_at_ms);
"#;

const MIGRATION_3: &str = r#"
CREATE TABLE series_rollup (
    kpi_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    bucket_ms INTEGER NOT NULL,
    min REAL NOT NULL,
    min_t_ms INTEGER NOT NULL,
    max REAL NOT NULL,
    max_t_ms INTEGER NOT NULL,
    sum REAL NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (kpi_id, level, bucket_ms)
) WITHOUT ROWID;

WITH
    levels (level) AS (VALUES (3600000), (86400000)),
    finite AS (
        SELECT kpi_id, t_ms, value FROM observation
        WHERE abs(value) <= 1.7976931348623157e308
    ),
    buckets AS (
        SELECT f.kpi_id, l.level, f.t_ms - ((f.t_ms % l.level) + l.level) % l.level AS bucket_ms,
               min(f.value) AS low, max(f.value) AS high, sum(f.value) AS total,
               count(*) AS n
        FROM finite f CROSS JOIN levels l
        GROUP BY f.kpi_id, l.level, bucket_ms
    )
INSERT INTO series_rollup (kpi_id, level, bucket_ms, min, min_t_ms, max, max_t_ms, sum, count)
SELECT b.kpi_id, b.level, b.bucket_ms,
       b.low, (SELECT min(o.t_ms) FROM observation o
               WHERE o.kpi_id = b.kpi_id AND o.t_ms BETWEEN b.bucket_ms AND b.bucket_ms + b.level - 1
                 AND o.value = b.low),
       b.high, (SELECT min(o.t_ms) FROM observation o
                WHERE o.kpi_id = b.kpi_id AND o.t_ms BETWEEN b.bucket_ms AND b.bucket_ms + b.level - 1
                  AND o.value = b.high),
       b.total, b.n
FROM buckets b;
"#;

const MIGRATION_4: &str = "ALTER TABLE sync_state ADD COLUMN last_error_reason TEXT;";
