//! `citydash sync` left alone for weeks, as a user runs it: stopped by Ctrl-C or SIGTERM mid-run,
//! three at once on one cache, piped to a log, given a typo, and read from a read-only medium.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used, clippy::disallowed_types)]

mod cli_support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use cli_support::{TOKEN, frozen_day, run, run_sync, sync_command, text};

fn unfinished_runs(cache: &Path) -> i64 {
    rusqlite::Connection::open_with_flags(cache, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| {
            c.query_row(
                "SELECT count(*) FROM sync_run WHERE finished_ms IS NULL",
                [],
                |row| row.get(0),
            )
        })
        .unwrap_or(0)
}

fn signal(child: &std::process::Child, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// Waits up to `limit` for `child` to end.
fn exit_within(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("did not end within {limit:?} of the signal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until a run of `cache` has started and not finished.
fn wait_for_a_run_in_progress(cache: &Path, child: &mut std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while unfinished_runs(cache) == 0 {
        assert!(Instant::now() < deadline, "no run started");
        assert!(child.try_wait().unwrap().is_none(), "the sync ended early");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_c_and_sigterm_end_a_run_promptly_and_record_its_end() {
    let (sim, _dir, cache) = frozen_day();
    let url = sim.url();
    let output = run_sync(&url, TOKEN, &cache, &["--history-days", "1", "--quiet"]);
    assert!(output.status.success(), "{}", text(&output));
    // From now on every series answer takes half a minute.
    sim.set_fault(
        opscenter_sim::Route::Series,
        opscenter_sim::Fault::Delay(Duration::from_secs(30)),
    );

    // Ctrl-C during a run of `--watch` (it used to be heard only between runs).
    let watch = [
        "--history-days",
        "1",
        "--watch",
        "--interval-secs",
        "1",
        "--quiet",
    ];
    let mut child = sync_command(&url, TOKEN, &cache, &watch)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_for_a_run_in_progress(&cache, &mut child);
    signal(&child, "INT");
    let status = exit_within(&mut child, Duration::from_secs(5));
    assert!(status.success(), "{status:?}");
    assert_eq!(unfinished_runs(&cache), 0, "the run was left unfinished");

    // SIGTERM (a service manager stopping us) during a single run.
    let mut child = sync_command(&url, TOKEN, &cache, &["--history-days", "1", "--quiet"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_a_run_in_progress(&cache, &mut child);
    signal(&child, "TERM");
    let status = exit_within(&mut child, Duration::from_secs(5));
    let mut said = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut said).unwrap();
    assert_eq!(status.code(), Some(130), "{said}");
    assert!(said.contains("Stopped before the end"), "{said}");
    assert_eq!(unfinished_runs(&cache), 0, "the run was left unfinished");
    let integrity: String = rusqlite::Connection::open(&cache)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[test]
fn failure_reasons_reach_standard_error_without_a_terminal() {
    let (sim, _dir, cache) = frozen_day();
    sim.set_fault(
        opscenter_sim::Route::Latest,
        opscenter_sim::Fault::MalformedJson,
    );
    let output = run_sync(
        &sim.url(),
        TOKEN,
        &cache,
        &["--history-days", "1", "--zooms", "none", "--quiet"],
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("latest: the answer is not valid: malformed JSON"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("1 resource failed; its previous data"),
        "{stdout}"
    );
}

#[test]
fn layers_and_zooms_the_server_lacks_are_named() {
    let (sim, _dir, cache) = frozen_day();
    let url = sim.url();
    let common = ["--history-days", "1", "--quiet"];
    let with = |extra: &[&str]| {
        let mut args = common.to_vec();
        args.extend_from_slice(extra);
        run_sync(&url, TOKEN, &cache, &args)
    };
    let output = with(&["--layers", "wards,nosuchlayer", "--zooms", "none"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains("the server has no layer \"nosuchlayer\"; it has: "),
        "{}",
        text(&output)
    );

    let output = with(&["--layers", "none", "--zooms", "20-22"]);
    assert!(!output.status.success());
    assert!(text(&output).contains("within 0-20"), "{}", text(&output));

    let output = with(&["--layers", "none", "--zooms", "3-5"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains("the basemap serves zooms 8-16, none of the zooms 3-5"),
        "{}",
        text(&output)
    );
}

#[test]
fn status_names_a_refused_token_and_the_server_of_the_last_success() {
    let (sim, _dir, cache) = frozen_day();
    let cache_arg = cache.to_str().unwrap();
    let url = sim.url();
    let output = run_sync(&url, TOKEN, &cache, &["--history-days", "1", "--quiet"]);
    assert!(output.status.success(), "{}", text(&output));

    let output = run(&["status", "--cache", cache_arg, "--token", "wrong"]);
    let said = text(&output);
    assert!(said.contains("refuses the token (HTTP 401)"), "{said}");
    assert!(!said.contains("is reachable"), "{said}");

    // A refused sync against another address does not become "the server we synced from".
    let output = run_sync("http://127.0.0.1:9", TOKEN, &cache, &["--quiet"]);
    assert!(!output.status.success());
    let output = run(&["status", "--cache", cache_arg, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["last_sync_server"].as_str(), Some(url.as_str()));
    let output = run(&["status", "--cache", cache_arg]);
    assert!(
        text(&output).contains(&format!("ago) from {url}")),
        "{}",
        text(&output)
    );
}

#[test]
fn status_and_layers_read_a_cache_in_a_read_only_folder() {
    let (sim, dir, _) = frozen_day();
    let synced = dir.path().join("synced.gpkg");
    let output = run_sync(
        &sim.url(),
        TOKEN,
        &synced,
        &[
            "--history-days",
            "1",
            "--layers",
            "wards",
            "--zooms",
            "none",
            "--quiet",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));

    // A USB stick mounted read-only, as a user without write access sees it.
    use std::os::unix::fs::PermissionsExt as _;
    let stick = dir.path().join("stick");
    std::fs::create_dir(&stick).unwrap();
    let cache = stick.join("cache.gpkg");
    std::fs::copy(&synced, &cache).unwrap();
    let binary = dir.path().join("citydash");
    std::fs::copy(env!("CARGO_BIN_EXE_citydash"), &binary).unwrap();
    let mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    mode(&cache, 0o444);
    mode(&stick, 0o555);
    mode(dir.path(), 0o755);
    // Root writes anywhere, so the commands run as `nobody` when the tests run as root.
    let as_reader = |args: &[&str]| {
        let mut command = if running_as_root() {
            let mut command = Command::new("setpriv");
            command
                .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&binary);
            command
        } else {
            Command::new(&binary)
        };
        command
            .args(args)
            .env_remove("CITYDASH_TOKEN")
            .output()
            .unwrap()
    };
    let cache_arg = cache.to_str().unwrap();
    let output = as_reader(&["status", "--cache", cache_arg]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("EN03"), "{}", text(&output));
    let output = as_reader(&["layers", "--cache", cache_arg]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains(" 168 "), "{}", text(&output));
    assert!(!stick.join("cache.gpkg-shm").exists());

    // A cache of an older schema there cannot be upgraded: said so, and left unchanged.
    let older = dir.path().join("older.gpkg");
    rusqlite::Connection::open(&older)
        .unwrap()
        .execute_batch(include_str!(
            "../../offline-cache/src/store/frozen/schema-2.sql"
        ))
        .unwrap();
    mode(&stick, 0o755);
    let older_on_stick = stick.join("older.gpkg");
    std::fs::copy(&older, &older_on_stick).unwrap();
    mode(&older_on_stick, 0o444);
    mode(&stick, 0o555);
    let before = std::fs::read(&older_on_stick).unwrap();
    let output = as_reader(&["status", "--cache", older_on_stick.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("cannot be upgraded (a read-only folder or medium)"),
        "{}",
        text(&output)
    );
    assert_eq!(std::fs::read(&older_on_stick).unwrap(), before);
    mode(&stick, 0o755);
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

#[test]
fn three_syncs_started_at_once_take_turns_and_leave_every_layer_whole() {
    let (sim, _dir, cache) = frozen_day();
    let url = sim.url();
    let base = ["--zooms", "none", "--history-days", "1", "--quiet"];
    let output = run_sync(
        &url,
        TOKEN,
        &cache,
        &[&base[..], &["--layers", "none"]].concat(),
    );
    assert!(output.status.success(), "{}", text(&output));

    let children: Vec<_> = (0..3)
        .map(|_| {
            sync_command(&url, TOKEN, &cache, &base)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", text(&output));
    }
    let connection = rusqlite::Connection::open(&cache).unwrap();
    let layers: Vec<(String, i64)> = connection
        .prepare("SELECT table_name, feature_count FROM layer")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(layers.len(), 12);
    for (table, feature_count) in layers {
        let count: i64 = connection
            .query_row(&format!(r#"SELECT count(*) FROM "{table}""#), [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(count, feature_count, "{table}");
    }
}
