//! `crash-loop N [--citydash PATH]`: kills `citydash sync`, `citydash pack export` and the
//! dashboard (on the map, syncing and fetching tiles, in a window under Xvfb) with SIGKILL at
//! random moments, N times, against the simulated city on loopback (its clock running
//! ten minutes a second, so every sync has new readings to write), and checks the cache after
//! each kill: it opens, `PRAGMA integrity_check` says ok, and every resource is whole (each
//! layer's table holds the count its row records and its R*Tree indexes exactly those features;
//! every latest value names a KPI of the catalog); a pack target is absent or a pack that
//! verifies. Every 25th sync starts from no cache, so the first sync's layer writes are killed
//! too. At the end a clean sync and a clean export must leave nothing behind: no staging table,
//! no run without an end, no `.part` file. Prints the figures last; exits 1 when any is not zero.
//!
//! Run through `scripts/crash-loop N`.

// A harness that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use citydash_e2e::{TEST_TOKEN, start_sim};
use rusqlite::{Connection, OpenFlags};

#[derive(Debug, Default)]
struct Figures {
    kills: u32,
    sync_kills: u32,
    export_kills: u32,
    dashboard_kills: u32,
    finished_before_the_kill: u32,
    fresh_starts: u32,
    corruptions: u32,
    mixed: u32,
    half_packs: u32,
    leftovers: u32,
}

struct Setup {
    citydash: PathBuf,
    server: String,
    cache: PathBuf,
    pack: PathBuf,
    display: String,
    home: PathBuf,
}

impl Setup {
    fn sync(&self) -> Command {
        let mut command = Command::new(&self.citydash);
        command
            .arg("--cache")
            .arg(&self.cache)
            .args(["sync", "--quiet", "--history-days", "10", "--zooms", "8-12"])
            .args(["--lock-wait-secs", "30", "--server", &self.server])
            .env("CITYDASH_TOKEN", TEST_TOKEN)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    /// The dashboard on the map, keeping the cache synced and fetching the tiles it lacks.
    fn dashboard(&self) -> Command {
        let mut command = Command::new(&self.citydash);
        command
            .arg("--cache")
            .arg(&self.cache)
            .args(["--server", &self.server, "--view", "map"])
            .env("CITYDASH_TOKEN", TEST_TOKEN)
            .env("DISPLAY", &self.display)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_DATA_HOME", self.home.join("data"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    fn export(&self) -> Command {
        let mut command = Command::new(&self.citydash);
        command
            .arg("--cache")
            .arg(&self.cache)
            .args(["pack", "export", "--last", "7d", "--out"])
            .arg(&self.pack)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }
}

/// Runs `command` to its end and says how long it took.
fn timed(mut command: Command) -> Duration {
    let started = Instant::now();
    let status = command.status().expect("citydash runs");
    assert!(status.success(), "{command:?} failed: {status}");
    started.elapsed()
}

/// Starts `command`, kills it after a random moment within `within`; `true` when it was killed.
fn kill_at_random(mut command: Command, within: Duration) -> bool {
    let mut child = command.spawn().expect("citydash starts");
    let moment = Duration::from_micros(fastrand::u64(0..within.as_micros().max(1) as u64));
    std::thread::sleep(moment);
    if child.try_wait().expect("the child's status").is_some() {
        return false;
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("the killed child is reaped");
    true
}

/// An X server on a free display for the dashboard's window; killed on drop.
struct Xvfb(std::process::Child, String);

impl Xvfb {
    fn start() -> Self {
        use std::io::BufRead as _;
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "1280x800x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts (scripts/crash-loop installs it)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let display = format!(":{}", line.trim());
        Self(child, display)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn remove_cache(cache: &Path) {
    for suffix in ["", "-wal", "-shm", ".sync-lock"] {
        let mut name = cache.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// What is wrong with the cache after a kill: `Err` when it is damaged, else the resources that
/// are neither their old nor their new version.
fn check_cache(cache: &Path) -> Result<Vec<String>, String> {
    if !cache.exists() {
        return Ok(Vec::new());
    }
    offline_cache::store::Reader::open(cache).map_err(|error| format!("does not open: {error}"))?;
    let connection = Connection::open_with_flags(cache, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|error| error.to_string())?;
    let integrity: String = connection
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|error| error.to_string())?;
    if integrity != "ok" {
        return Err(format!("integrity_check: {integrity}"));
    }
    let mut mixed = Vec::new();
    let layers: Vec<(String, String, i64)> = connection
        .prepare("SELECT layer_id, table_name, feature_count FROM layer")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
                .collect()
        })
        .map_err(|error| error.to_string())?;
    for (layer, table, recorded) in layers {
        let count = |sql: String| -> Result<i64, String> {
            connection
                .query_row(&sql, [], |row| row.get(0))
                .map_err(|error| format!("layer {layer}: {error}"))
        };
        let stored = count(format!("SELECT COUNT(*) FROM \"{table}\""))?;
        let indexed = count(format!("SELECT COUNT(*) FROM \"rtree_{table}_geom\""))?;
        if stored != recorded || indexed != stored {
            mixed.push(format!(
                "layer {layer}: {stored} features, {indexed} indexed, {recorded} recorded"
            ));
        }
    }
    let orphans: i64 = connection
        .query_row(
            "SELECT COUNT(*) FROM latest_value WHERE kpi_id NOT IN (SELECT kpi_id FROM kpi)",
            [],
            |row| row.get(0),
        )
        .map_err(|error| error.to_string())?;
    if orphans > 0 {
        mixed.push(format!(
            "{orphans} latest values of KPIs not in the catalog"
        ));
    }
    // A series page is written with its hourly and daily rollups in one transaction: a page
    // half stored would leave the readings and the rollups disagreeing.
    let disagreeing: Vec<String> = connection
        .prepare(
            "SELECT o.kpi_id || ': ' || o.n || ' readings, ' || coalesce(h.n, 0) || ' by hour, '
                    || coalesce(d.n, 0) || ' by day'
             FROM (SELECT kpi_id, count(*) AS n FROM observation GROUP BY kpi_id) AS o
             LEFT JOIN (SELECT kpi_id, sum(count) AS n FROM series_rollup
                        WHERE level = 3600000 GROUP BY kpi_id) AS h USING (kpi_id)
             LEFT JOIN (SELECT kpi_id, sum(count) AS n FROM series_rollup
                        WHERE level = 86400000 GROUP BY kpi_id) AS d USING (kpi_id)
             WHERE h.n IS NOT o.n OR d.n IS NOT o.n",
        )
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(|error| error.to_string())?;
    mixed.extend(disagreeing.into_iter().map(|kpi| format!("series {kpi}")));
    Ok(mixed)
}

/// What a finished sync and export must not leave: staging tables, runs without an end, `.part`.
fn leftovers(setup: &Setup) -> Vec<String> {
    let connection =
        Connection::open_with_flags(&setup.cache, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut found: Vec<String> = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_\\_staging%' ESCAPE '\\'")
        .unwrap()
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let unfinished: i64 = connection
        .query_row(
            "SELECT COUNT(*) FROM sync_run WHERE finished_ms IS NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    if unfinished > 0 {
        found.push(format!("{unfinished} sync runs without an end"));
    }
    let mut part = setup.pack.as_os_str().to_owned();
    part.push(".part");
    if Path::new(&part).exists() {
        found.push(format!("{}", Path::new(&part).display()));
    }
    found
}

/// The checks can fail: a copy with a layer's recorded count changed is mixed, so is one with a
/// reading missing from its rollups, and a copy with pages overwritten is damaged.
fn the_checks_see_damage(cache: &Path, dir: &Path) {
    let copy = dir.join("damaged.gpkg");
    Connection::open(cache)
        .unwrap()
        .execute("VACUUM INTO ?1", [copy.to_string_lossy()])
        .unwrap();
    Connection::open(&copy)
        .unwrap()
        .execute(
            "UPDATE layer SET feature_count = feature_count + 1 WHERE rowid = (SELECT MIN(rowid) FROM layer)",
            [],
        )
        .unwrap();
    assert!(
        !check_cache(&copy).unwrap().is_empty(),
        "a layer that lost a feature passed the checks"
    );
    Connection::open(&copy)
        .unwrap()
        .execute_batch(
            "UPDATE layer SET feature_count = feature_count - 1
                 WHERE rowid = (SELECT MIN(rowid) FROM layer);
             DELETE FROM observation WHERE (kpi_id, t_ms) =
                 (SELECT kpi_id, t_ms FROM observation ORDER BY t_ms DESC LIMIT 1);",
        )
        .unwrap();
    let mixed = check_cache(&copy).unwrap();
    assert!(
        mixed.len() == 1 && mixed[0].starts_with("series "),
        "a series with a reading gone from its rollups: {mixed:?}"
    );
    let mut bytes = std::fs::read(&copy).unwrap();
    let page = 4096;
    for byte in &mut bytes[page * 3..page * 40] {
        *byte = 0x5a;
    }
    std::fs::write(&copy, bytes).unwrap();
    assert!(
        check_cache(&copy).is_err(),
        "a damaged cache passed the checks"
    );
    std::fs::remove_file(&copy).unwrap();
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let kills: u32 = args
        .next()
        .and_then(|n| n.parse().ok())
        .expect("usage: crash-loop N [--citydash PATH]");
    let citydash = match (args.next().as_deref(), args.next()) {
        (Some("--citydash"), Some(path)) => PathBuf::from(path),
        _ => std::env::current_exe().unwrap().with_file_name("citydash"),
    };
    let sim = start_sim(opscenter_sim::SimConfig {
        history_days: 10,
        speed: 600.0,
        token: Some(TEST_TOKEN.into()),
        ..opscenter_sim::SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let xvfb = Xvfb::start();
    let setup = Setup {
        citydash,
        server: sim.url(),
        cache: dir.path().join("cache.gpkg"),
        pack: dir.path().join("week.citybrief"),
        display: xvfb.1.clone(),
        home: dir.path().join("home"),
    };
    let full_sync = timed(setup.sync());
    let next_sync = timed(setup.sync());
    let export = timed(setup.export());
    std::fs::remove_file(&setup.pack).unwrap();
    the_checks_see_damage(&setup.cache, dir.path());
    println!(
        "the checks see a mixed and a damaged copy; a whole sync {:.1} s, the next {:.2} s, an export {:.2} s: kills fall within 1.2 times these",
        full_sync.as_secs_f64(),
        next_sync.as_secs_f64(),
        export.as_secs_f64()
    );

    let mut figures = Figures::default();
    let mut attempt = 0u32;
    while figures.kills < kills {
        attempt += 1;
        let exporting = attempt.is_multiple_of(10);
        let killed = if attempt % 20 == 5 {
            // A window takes a moment to open; its writes (sync, tiles) start after.
            let killed = kill_at_random(setup.dashboard(), Duration::from_secs(4));
            figures.dashboard_kills += u32::from(killed);
            killed
        } else if exporting {
            let killed = kill_at_random(setup.export(), export.mul_f64(1.2));
            figures.export_kills += u32::from(killed);
            killed
        } else {
            let fresh = attempt % 25 == 1;
            if fresh {
                remove_cache(&setup.cache);
                figures.fresh_starts += 1;
            }
            let within = if fresh { full_sync } else { next_sync };
            let killed = kill_at_random(setup.sync(), within.mul_f64(1.2));
            figures.sync_kills += u32::from(killed);
            killed
        };
        if killed {
            figures.kills += 1;
        } else {
            figures.finished_before_the_kill += 1;
        }
        match check_cache(&setup.cache) {
            Ok(mixed) if mixed.is_empty() => {}
            Ok(mixed) => {
                figures.mixed += 1;
                eprintln!("after kill {}: mixed: {}", figures.kills, mixed.join("; "));
            }
            Err(error) => {
                figures.corruptions += 1;
                eprintln!("after kill {}: damaged: {error}", figures.kills);
            }
        }
        if exporting && setup.pack.exists() {
            if let Err(refused) = offline_cache::pack::verify(&setup.pack) {
                figures.half_packs += 1;
                eprintln!("after kill {}: a half pack: {refused}", figures.kills);
            }
            std::fs::remove_file(&setup.pack).unwrap();
        }
        if figures.kills.is_multiple_of(50) && killed {
            eprintln!("{} kills", figures.kills);
        }
    }

    timed(setup.sync());
    timed(setup.export());
    for leftover in leftovers(&setup) {
        figures.leftovers += 1;
        eprintln!("left behind: {leftover}");
    }
    sim.shutdown();
    drop(xvfb);
    println!(
        "crash loop: {} kills ({} syncs, {} exports, {} dashboards; {} fresh caches; {} runs ended before their kill), {} corruptions, {} mixed resources, {} half packs, {} leftovers",
        figures.kills,
        figures.sync_kills,
        figures.export_kills,
        figures.dashboard_kills,
        figures.fresh_starts,
        figures.finished_before_the_kill,
        figures.corruptions,
        figures.mixed,
        figures.half_packs,
        figures.leftovers
    );
    if figures.corruptions + figures.mixed + figures.half_packs + figures.leftovers == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
