//! The fault matrix: every route the client uses, crossed with every way an answer can go wrong
//! (an error status, 503 with `Retry-After`, no answer in time, a reset connection, a body cut
//! off, broken JSON, wrong types, a body over the cap, a redirect to another host, bytes dripped
//! too slowly, a gzip bomb), against the simulated operations center on loopback.
//!
//! One cache lives through the whole matrix. Each cell lets simulated time move on, syncs with
//! the fault in place and checks that the sync ended in bounded time with a clear error for
//! that resource (its kind as the fault implies), recorded for the faces, and that the
//! resource's stored data is exactly what it was; then it syncs again without the fault and
//! checks that everything recovered (no error left, the cache whole). The event stream, which
//! stores nothing, has a row of its own: a wait on it must end within its interval with the
//! stream given up (never hang, never hold more than an event's cap in memory), and once the
//! fault is gone the next wait must hear a change. Prints the matrix, the
//! failed cells with what went wrong, and the figures last; exits non-zero unless every cell
//! is green.
//!
//! usage: fault-matrix

// A harness: a failed expectation is reported in the matrix, and set-up failures end the run.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use citydash_e2e::{TEST_TOKEN, integrity_check, snapshot, staging_tables};
use offline_cache::FailureReason;
use offline_cache::http::RetryPolicy;
use offline_cache::model::BoundingBox;
use offline_cache::store::{Reader, Resource};
use offline_cache::sync::{
    ChangeWaiter, LayerSelection, SourceKind, SyncConfig, TilePlan, WaitOutcome, sync_once,
};
use opscenter_sim::{Fault, Route, SimConfig, SimHandle};
use rusqlite::Connection;

/// Longest silence and longest whole answer the matrix's client accepts.
const READ_TIMEOUT: Duration = Duration::from_secs(1);
const ANSWER_TIMEOUT: Duration = Duration::from_secs(3);
/// The client's cap on a body; the oversized fault sends a megabyte more.
const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// A faulted sync that takes longer than this is a failed cell: the client hung.
const BOUNDED: Duration = Duration::from_secs(60);
/// The layers the matrix syncs: polygons that do not move and points that do.
const LAYERS: [&str; 2] = ["wards", "cameras"];

/// A route of the matrix and which sync reaches it.
struct Row {
    name: &'static str,
    route: Route,
    source: SourceKind,
}

const ROWS: [Row; 7] = [
    Row {
        name: "catalog",
        route: Route::Catalog,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "latest",
        route: Route::Latest,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "series",
        route: Route::Series,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "alerts",
        route: Route::Alerts,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "features",
        route: Route::Features,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "tiles",
        route: Route::Tiles,
        source: SourceKind::OperationsCenter,
    },
    Row {
        name: "collections",
        route: Route::Collections,
        source: SourceKind::OgcFeatures,
    },
];

/// A fault of the matrix and the kinds of error it may be reported as.
struct Column {
    name: &'static str,
    fault: Fault,
    reasons: &'static [FailureReason],
}

fn columns() -> Vec<Column> {
    use FailureReason::*;
    vec![
        Column {
            name: "500",
            fault: Fault::Status(500),
            reasons: &[Http(500)],
        },
        Column {
            name: "503",
            fault: Fault::Unavailable {
                retry_after_secs: 1,
            },
            reasons: &[Http(503)],
        },
        Column {
            name: "timeout",
            fault: Fault::Delay(READ_TIMEOUT + ANSWER_TIMEOUT),
            reasons: &[Timeout],
        },
        Column {
            name: "reset",
            fault: Fault::DropConnection,
            reasons: &[Broken],
        },
        Column {
            name: "cut",
            fault: Fault::TruncatedBody,
            reasons: &[Broken],
        },
        Column {
            name: "json",
            fault: Fault::MalformedJson,
            reasons: &[Invalid],
        },
        Column {
            name: "types",
            fault: Fault::WrongValueType,
            reasons: &[Invalid],
        },
        Column {
            name: "big",
            fault: Fault::OversizedBody {
                bytes: MAX_BODY_BYTES + (1 << 20),
            },
            reasons: &[TooLarge],
        },
        Column {
            name: "redirect",
            fault: Fault::RedirectElsewhere,
            reasons: &[Invalid],
        },
        Column {
            name: "drip",
            fault: Fault::SlowDrip,
            reasons: &[Timeout],
        },
        Column {
            name: "bomb",
            fault: Fault::GzipBomb,
            reasons: &[TooLarge],
        },
    ]
}

fn sync_config(sim: &SimHandle, cache: &Path, source: SourceKind) -> SyncConfig {
    let mut config = SyncConfig::new(sim.url(), Some(TEST_TOKEN.into()), cache);
    config.source = source;
    config.history_days = 1;
    config.layers = LayerSelection::Only(LAYERS.iter().map(|id| (*id).to_owned()).collect());
    config.tiles = Some(TilePlan {
        min_zoom: 11,
        max_zoom: 11,
        bbox: Some(BoundingBox {
            min_lon: 106.68,
            min_lat: 10.76,
            max_lon: 106.73,
            max_lat: 10.80,
        }),
        // Every sync asks for every tile again, so a tile fault is always met.
        refresh_after_secs: 0,
        ..TilePlan::default()
    });
    config.read_timeout = READ_TIMEOUT;
    config.answer_timeout = ANSWER_TIMEOUT;
    config.max_body_bytes = MAX_BODY_BYTES;
    config.retry = RetryPolicy {
        max_attempts: 2,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
    };
    config
}

/// Whether an error is about the row's resource.
fn is_about(route: Route, resource: &Resource) -> bool {
    match route {
        Route::Catalog => *resource == Resource::Catalog,
        Route::Latest => *resource == Resource::Latest,
        Route::Series => matches!(resource, Resource::Series { .. }),
        Route::Alerts => *resource == Resource::Alerts,
        Route::Features => matches!(resource, Resource::Layer { .. }),
        Route::Tiles => *resource == Resource::Tiles,
        Route::Collections => *resource == Resource::Collections,
        Route::Stream => false,
    }
}

/// What a route's resource holds in the cache, to compare before and after a faulted sync.
fn stored(cache: &Path, route: Route) -> String {
    let data = snapshot(cache);
    let connection = Connection::open(cache).expect("cache opens");
    let digest = |sql: &str| -> String {
        connection
            .query_row(sql, [], |row| {
                Ok(format!(
                    "{}/{}/{}",
                    row.get::<_, i64>(0)?,
                    row.get::<_, f64>(1)?,
                    row.get::<_, f64>(2)?
                ))
            })
            .expect("digest reads")
    };
    match route {
        Route::Catalog => format!("{:?}{:?}", data.catalog, data.kpis),
        Route::Latest => format!("{:?}", data.latest),
        Route::Series => format!("{}/{}", data.observation_count, data.observation_digest),
        Route::Alerts => format!("{:?}", data.alerts),
        Route::Tiles => digest(
            "SELECT count(*), total(length(tile_data)), total(zoom_level * 1000003 + tile_column * 1009 + tile_row)
             FROM basemap_tiles",
        ),
        Route::Features | Route::Collections | Route::Stream => {
            let mut statement = connection
                .prepare("SELECT layer_id, table_name, feature_count FROM layer ORDER BY layer_id")
                .expect("layers query");
            let layers: Vec<(String, String, i64)> = statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
                .expect("layers read")
                .collect::<Result<_, _>>()
                .expect("layers read");
            layers
                .iter()
                .map(|(id, table, count)| {
                    let features = digest(&format!(
                        "SELECT count(*), total(length(geom)), total(fid) FROM \"{table}\""
                    ));
                    format!("{id}:{count}:{features};")
                })
                .collect()
        }
    }
}

/// Runs one cell; `Ok(seconds the faulted sync took)` or what went wrong.
fn run_cell(
    sim: &SimHandle,
    config: &SyncConfig,
    row: &Row,
    column: &Column,
) -> Result<f64, String> {
    // Let simulated time move on, so a sync without the fault would change the data.
    std::thread::sleep(Duration::from_millis(1_100));
    let before = stored(&config.cache_path, row.route);
    sim.set_fault(row.route, column.fault.clone());
    let started = Instant::now();
    let report = sync_once(config);
    let took = started.elapsed();
    sim.clear_faults();
    let report = report.map_err(|error| format!("the sync failed whole: {error}"))?;
    if took > BOUNDED {
        return Err(format!("the faulted sync took {took:.0?}"));
    }
    let error = report
        .errors
        .iter()
        .find(|error| is_about(row.route, &error.resource))
        .ok_or_else(|| {
            format!(
                "no error for the {} resource: {:?}",
                row.name, report.errors
            )
        })?;
    if !error
        .reason
        .is_some_and(|reason| column.reasons.contains(&reason))
    {
        return Err(format!(
            "said {:?} ({}), expected {:?}",
            error.reason, error.message, column.reasons
        ));
    }
    if stored(&config.cache_path, row.route) != before {
        return Err("the stored data changed".into());
    }
    let health = Reader::open(&config.cache_path)
        .and_then(|reader| reader.sync_health())
        .map_err(|error| format!("the cache does not open: {error}"))?;
    if !health
        .errors
        .iter()
        .any(|error| is_about(row.route, &error.resource))
    {
        return Err("the error is not on record for the faces".into());
    }
    let check = integrity_check(&config.cache_path);
    if check != "ok" {
        return Err(format!("integrity check: {check}"));
    }

    let recovery = sync_once(config).map_err(|error| format!("no recovery: {error}"))?;
    if !recovery.is_success() {
        return Err(format!("no recovery: {:?}", recovery.errors));
    }
    let health = Reader::open(&config.cache_path)
        .and_then(|reader| reader.sync_health())
        .map_err(|error| format!("the cache does not open: {error}"))?;
    if !health.errors.is_empty() {
        return Err(format!("errors left after recovery: {:?}", health.errors));
    }
    let leftovers = staging_tables(&config.cache_path);
    if !leftovers.is_empty() {
        return Err(format!("left behind: {leftovers:?}"));
    }
    Ok(took.as_secs_f64())
}

/// How long a wait on the event stream may last in the matrix.
const WAIT_INTERVAL: Duration = Duration::from_secs(4);

/// The event stream's cell: a wait with the fault ends in bounded time without hanging on it
/// (a change heard through a tampered event is fine: the sync it starts checks the data), and
/// a wait after the fault hears a change.
fn run_stream_cell(sim: &SimHandle, config: &SyncConfig, column: &Column) -> Result<f64, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let mut waiter = ChangeWaiter::new(&config.client_config());
    sim.set_fault(Route::Stream, column.fault.clone());
    let started = Instant::now();
    let outcome = runtime.block_on(waiter.wait(WAIT_INTERVAL, Duration::ZERO));
    let took = started.elapsed();
    sim.clear_faults();
    if took > WAIT_INTERVAL + Duration::from_secs(3) {
        return Err(format!("the wait took {took:.1?}: {outcome:?}"));
    }
    let bounded = match (&column.fault, &outcome) {
        (Fault::OversizedBody { .. } | Fault::GzipBomb, WaitOutcome::StreamLost { reason }) => {
            reason.contains("larger than")
        }
        (Fault::OversizedBody { .. } | Fault::GzipBomb, _) => false,
        _ => true,
    };
    if !bounded {
        return Err(format!("an oversized event was not refused: {outcome:?}"));
    }
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let after = runtime.block_on(waiter.wait(WAIT_INTERVAL, Duration::ZERO));
    if !matches!(after, WaitOutcome::Changed { .. }) {
        return Err(format!(
            "no change heard after the fault: {after:?} (with it: {outcome:?})"
        ));
    }
    Ok(took.as_secs_f64())
}

/// The matrix as it is run: each row's cells, what failed, the slowest faulted sync or wait.
#[derive(Default)]
struct Tally {
    table: Vec<(&'static str, Vec<&'static str>)>,
    failures: Vec<String>,
    slowest: f64,
}

impl Tally {
    /// Runs one row: `run` for each column, `Ok(seconds)` for a green cell.
    fn row(
        &mut self,
        name: &'static str,
        columns: &[Column],
        mut run: impl FnMut(&Column) -> Result<f64, String>,
    ) {
        let mut cells = Vec::new();
        for column in columns {
            let cell = match run(column) {
                Ok(seconds) => {
                    self.slowest = self.slowest.max(seconds);
                    "ok"
                }
                Err(problem) => {
                    self.failures
                        .push(format!("{name} x {}: {problem}", column.name));
                    "FAIL"
                }
            };
            eprintln!("{name} x {}: {cell}", column.name);
            cells.push(cell);
        }
        self.table.push((name, cells));
    }
}

fn main() -> ExitCode {
    let started = Instant::now();
    let sim = opscenter_sim::spawn_on_loopback(SimConfig {
        history_days: 1,
        // An hour of simulated time a second: every sync has something new.
        speed: 3_600.0,
        token: Some(TEST_TOKEN.into()),
        ..SimConfig::default()
    })
    .expect("the simulator starts on loopback");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let columns = columns();

    let mut tally = Tally::default();
    for row in &ROWS {
        let cache = dir.path().join(format!("{}.gpkg", row.name));
        let config = sync_config(&sim, &cache, row.source);
        let first = sync_once(&config).expect("the first sync runs");
        assert!(first.is_success(), "the first sync is clean: {first:#?}");
        tally.row(row.name, &columns, |column| {
            run_cell(&sim, &config, row, column)
        });
    }
    let stream_config = sync_config(
        &sim,
        &dir.path().join("stream.gpkg"),
        SourceKind::OperationsCenter,
    );
    tally.row("stream", &columns, |column| {
        run_stream_cell(&sim, &stream_config, column)
    });
    let Tally {
        table,
        failures,
        slowest,
    } = tally;

    print!("\n{:<12}", "route");
    for column in &columns {
        print!("{:>9}", column.name);
    }
    println!();
    for (name, cells) in &table {
        print!("{name:<12}");
        for cell in cells {
            print!("{cell:>9}");
        }
        println!();
    }
    if !failures.is_empty() {
        println!("\nfailed cells:");
        for failure in &failures {
            println!("  {failure}");
        }
    }
    let total = (ROWS.len() + 1) * columns.len();
    let green = total - failures.len();
    println!(
        "\ncells: {total}, green: {green} ({:.0} %), slowest faulted sync or wait: {slowest:.1} s, run: {:.0} s",
        100.0 * green as f64 / total as f64,
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
