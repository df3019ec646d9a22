//! The `citydash` command as a user runs it: against the simulator on loopback, killed mid-sync,
//! and asked for the status when the server has gone away.

// Helpers of a test file: a failure here is a failed test.
#![allow(clippy::unwrap_used, clippy::disallowed_types)]

mod cli_support;

use std::time::{Duration, Instant};

use cli_support::{
    TOKEN, citydash, frozen_day, observation_count, run, run_sync, sim, sync_command, text,
};
use opscenter_sim::SimConfig;

#[test]
fn sync_killed_mid_run_leaves_a_sound_cache_that_the_next_sync_completes() {
    let sim = sim(SimConfig {
        history_days: 400,
        speed: 0.0,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let url = sim.url();
    let mut child = sync_command(&url, TOKEN, &cache, &["--quiet"])
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while observation_count(&cache) < 50_000 {
        assert!(
            Instant::now() < deadline,
            "the sync stored nothing in a minute"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let stored_when_killed = observation_count(&cache);

    let connection = rusqlite::Connection::open(&cache).unwrap();
    let integrity: String = connection
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    drop(connection);

    let output = run_sync(&url, TOKEN, &cache, &["--quiet"]);
    assert!(output.status.success(), "{}", text(&output));
    let total = observation_count(&cache);
    assert!(total > stored_when_killed);

    let fresh = dir.path().join("fresh.gpkg");
    let output = run_sync(&url, TOKEN, &fresh, &["--quiet"]);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(
        observation_count(&fresh),
        total,
        "the resumed sync differs from a fresh one"
    );
}

#[test]
fn status_against_a_stopped_server_prints_the_offline_line_and_stale_marks() {
    // The simulated city runs a day behind, so (counted from our clock) fast KPIs are stale and
    // yearly ones are not.
    let sim = sim(SimConfig {
        history_days: 3,
        speed: 0.0,
        start_ms: offline_cache::store::now_ms() - 86_400_000,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let cache_arg = cache.to_str().unwrap();
    let url = sim.url();
    let output = run_sync(&url, TOKEN, &cache, &["--history-days", "3"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("Synced"), "{}", text(&output));
    sim.shutdown();

    // The simulator's clock (its `Date`) is a day behind ours: status says so and counts ages
    // from the server's clock, where nothing is a day old yet.
    let output = run(&["status", "--cache", cache_arg]);
    let table = text(&output);
    assert!(
        table.contains("This computer's clock is 24 h ahead of the operations center's"),
        "no clock line:\n{table}"
    );
    // As if the server's clock had agreed with ours and the sync were a day ago.
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute(
            "UPDATE citydash_meta SET value = '0' WHERE key = 'server_clock_offset_ms'",
            [],
        )
        .unwrap();

    let output = run(&["status", "--cache", cache_arg]);
    assert!(output.status.success(), "{}", text(&output));
    let table = text(&output);
    assert!(!table.contains("clock is"), "a clock line:\n{table}");
    assert!(table.contains("unreachable"), "no offline line:\n{table}");
    let line = |id: &str| {
        table
            .lines()
            .find(|line| line.starts_with(id))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        line("EN03").ends_with("STALE"),
        "EN03 not marked stale:\n{table}"
    );
    assert!(
        !line("DE01").contains("STALE"),
        "DE01 wrongly stale:\n{table}"
    );

    let output = run(&["status", "--cache", cache_arg, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["reachable"], false);
    assert_eq!(json["server"], url);
    assert!(json["last_sync_ms"].as_i64().is_some());
    let kpis = json["kpis"].as_array().unwrap();
    assert_eq!(kpis.len(), 36);
    let en03 = kpis.iter().find(|kpi| kpi["id"] == "EN03").unwrap();
    assert_eq!(en03["stale"], true);
    assert_eq!(en03["unit"], "m");
    assert!(en03["age_secs"].as_i64().unwrap() >= 86_000);
    for key in ["name", "value", "measured_at_ms"] {
        assert!(!en03[key].is_null(), "{key} missing");
    }

    let output = run(&["status", "--cache", cache_arg, "--lang", "vi"]);
    assert!(
        text(&output).contains("Đỉnh triều tại Phú An"),
        "{}",
        text(&output)
    );
}

#[test]
fn wrong_token_and_bad_cache_get_clear_messages() {
    let (sim, dir, cache) = frozen_day();
    let output = run_sync(&sim.url(), "wrong", &cache, &[]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("refused the token"),
        "{}",
        text(&output)
    );
    // In Vietnamese too: no English cause inside a Vietnamese sentence.
    let output = run_sync(&sim.url(), "wrong", &cache, &["--lang", "vi"]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("từ chối mã truy cập") && !text(&output).contains("refused"),
        "{}",
        text(&output)
    );

    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "shopping list\n".repeat(10)).unwrap();
    let output = run(&["status", "--cache", notes.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("not a CityDash cache"),
        "{}",
        text(&output)
    );
    let output = run(&["status", "--cache", notes.to_str().unwrap(), "--lang", "vi"]);
    assert!(
        text(&output).contains("không phải bộ nhớ đệm CityDash"),
        "{}",
        text(&output)
    );
    assert_eq!(
        std::fs::read_to_string(&notes).unwrap(),
        "shopping list\n".repeat(10)
    );
}

#[test]
fn watch_syncs_again_when_the_server_announces_changes() {
    let sim = sim(SimConfig {
        history_days: 1,
        speed: 3_600.0,
        ..SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    let url = sim.url();
    let watch = ["--history-days", "1", "--watch", "--interval-secs", "600"];
    let mut child = sync_command(&url, TOKEN, &cache, &watch)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines_tx, lines_rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("watch-stdout".into())
        .spawn(move || {
            use std::io::BufRead as _;
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                let _ = lines_tx.send(line);
            }
        })
        .unwrap();
    let mut summaries = 0;
    let deadline = Instant::now() + Duration::from_secs(30);
    while summaries < 2 && Instant::now() < deadline {
        if let Ok(line) = lines_rx.recv_timeout(Duration::from_millis(200)) {
            summaries += usize::from(line.starts_with("Synced"));
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // The interval is ten minutes: a second run within 30 s came from the event stream.
    assert_eq!(
        summaries, 2,
        "watch did not sync again on the server's events"
    );
}

#[test]
fn layers_and_tiles_commands_report_the_cached_map() {
    let (sim, _dir, cache) = frozen_day();
    let cache_arg = cache.to_str().unwrap();
    let url = sim.url();
    let output = run_sync(
        &url,
        TOKEN,
        &cache,
        &[
            "--history-days",
            "1",
            "--layers",
            "wards,metro",
            "--zooms",
            "8-9",
            "--quiet",
        ],
    );
    assert!(output.status.success(), "{}", text(&output));
    let summary = text(&output);

    let output = run(&["layers", "--cache", cache_arg]);
    let table = text(&output);
    assert!(output.status.success(), "{table}");
    let wards = table
        .lines()
        .find(|line| line.starts_with("wards"))
        .unwrap_or_default();
    assert!(wards.contains(" 168 "), "{table}");
    assert!(
        table.lines().any(|line| line.starts_with("metro")),
        "{table}"
    );
    assert!(
        !table.contains("cameras"),
        "a layer that was not asked for:\n{table}"
    );

    let output = run(&["tiles", "--cache", cache_arg, "--json"]);
    let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(stats["min_zoom"], 8);
    assert_eq!(stats["max_zoom"], 9);
    let tile_count = stats["count"].as_u64().unwrap();
    assert!(tile_count > 0);
    assert!(
        summary.contains(&format!(" {tile_count} tiles stored")),
        "the summary should count the tiles stored: {summary}"
    );
}

#[test]
fn a_reader_that_stops_reading_is_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache.gpkg");
    drop(offline_cache::store::Store::open(&cache).unwrap());
    // Like `citydash layers | head -0`: the reading end is already closed.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = citydash(&["layers", "--cache", cache.to_str().unwrap()])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_config_file_fills_what_flags_and_variables_leave_open_and_never_shows_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    std::fs::write(&token, "wall-s3cret\n").unwrap();
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "server = \"http://127.0.0.1:9\"\nlang = \"vi\"\ntoken_file = \"{}\"\nretain_days = 30\n",
            token.display()
        ),
    )
    .unwrap();
    let with_config = || {
        let mut command = citydash(&[]);
        command.env("CITYDASH_CONFIG", &config);
        command
    };
    let output = with_config().args(["config"]).output().unwrap();
    let said = text(&output);
    assert!(output.status.success(), "{said}");
    // In the file's language.
    assert!(
        said.contains("server = http://127.0.0.1:9 (tệp cấu hình)"),
        "{said}"
    );
    assert!(said.contains("lang = vi (tệp cấu hình)"), "{said}");
    assert!(
        said.contains("(đã đặt; không hiển thị) (tệp mã truy cập"),
        "{said}"
    );
    assert!(!said.contains("wall-s3cret"), "{said}");
    let output = with_config()
        .args(["--lang", "en", "config"])
        .output()
        .unwrap();
    let said = text(&output);
    assert!(said.contains("(set; not shown) (token file"), "{said}");
    assert!(!said.contains("wall-s3cret"), "{said}");

    // A variable wins over the file, a flag over both.
    let output = with_config()
        .env("CITYDASH_LANG", "en")
        .args(["config"])
        .output()
        .unwrap();
    assert!(text(&output).contains("lang = en (environment CITYDASH_LANG)"));
    let output = with_config()
        .env("CITYDASH_LANG", "en")
        .args(["--lang", "vi", "config"])
        .output()
        .unwrap();
    assert!(text(&output).contains("lang = vi (cờ dòng lệnh)"));

    // Every subcommand reads it: status speaks the file's language.
    let output = with_config()
        .args(["status", "--cache"])
        .arg(dir.path().join("none.gpkg"))
        .output()
        .unwrap();
    assert!(
        text(&output).contains("chưa có bộ nhớ đệm"),
        "{}",
        text(&output)
    );

    // A token file others may read is refused, and `config` says why.
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let output = with_config().args(["config"]).output().unwrap();
    assert!(text(&output).contains("chmod 600"), "{}", text(&output));
    let output = with_config()
        .args(["status", "--cache"])
        .arg(dir.path().join("none.gpkg"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(text(&output).contains("chmod 600"), "{}", text(&output));
}

#[test]
fn a_token_on_the_command_line_is_warned_of_and_the_token_is_never_written_down() {
    let (sim, dir, cache) = frozen_day();
    let token = TOKEN.to_owned();
    let output = run_sync(&sim.url(), &token, &cache, &[]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(
        text(&output).contains("can be read by other users"),
        "{}",
        text(&output)
    );
    let vi = run_sync(&sim.url(), &token, &cache, &["--lang", "vi"]);
    assert!(text(&vi).contains("người dùng khác"), "{}", text(&vi));

    // The same token from the environment: no warning.
    let mut quiet = citydash(&["sync", "--server", &sim.url(), "--cache"]);
    let quiet = quiet
        .arg(&cache)
        .env("CITYDASH_TOKEN", &token)
        .output()
        .unwrap();
    assert!(quiet.status.success(), "{}", text(&quiet));
    assert!(!text(&quiet).contains("other users"), "{}", text(&quiet));

    // Nowhere in what the runs wrote: the cache (and its journal), a pack, the output.
    let pack = dir.path().join("week.citybrief");
    let export = run(&[
        "pack",
        "export",
        "--cache",
        cache.to_str().unwrap(),
        "--out",
        pack.to_str().unwrap(),
    ]);
    assert!(export.status.success(), "{}", text(&export));
    let needle = token.as_bytes();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(needle.len()).any(|window| window == needle),
            "the token is written in {}",
            path.display()
        );
    }
    for said in [&output, &vi, &quiet, &export] {
        assert!(!text(said).contains(&token), "the token was printed");
    }
}

#[test]
fn names_from_the_server_reach_the_terminal_as_text_never_as_controls() {
    let (sim, _dir, cache) = frozen_day();
    assert!(run_sync(&sim.url(), TOKEN, &cache, &[]).status.success());
    // Clear the screen, set the window title, write the clipboard, reverse the line.
    let hostile = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{202e}gnissim";
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute(
            "UPDATE kpi SET def_json = json_set(def_json, '$.name.en', ?1, '$.name.vi', ?1)
             WHERE kpi_id = 'EN01'",
            [hostile],
        )
        .unwrap();
    for lang in ["en", "vi"] {
        let output = run(&["status", "--cache", cache.to_str().unwrap(), "--lang", lang]);
        assert!(output.status.success(), "{}", text(&output));
        let said = text(&output);
        assert!(
            !said.contains('\u{1b}') && !said.contains('\u{7}') && !said.contains('\u{202e}'),
            "a control reached the terminal: {said:?}"
        );
        assert!(
            said.contains("\\u{1b}[2J"),
            "the name is shown as text: {said}"
        );
    }
}
