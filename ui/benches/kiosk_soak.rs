//! The kiosk's soak run: the real `citydash kiosk` under Xvfb against the simulated operations
//! center running fast (30 simulated days in 10 minutes by default), with at least 20 outages
//! of varying length (the server stops and comes back on the same address, its clock running on
//! meanwhile). It reads the kiosk's heartbeat file and prints: restarts, RSS at the start, after
//! warm-up and at the end (and the growth after warm-up), the cache's size at the start and the
//! end, the longest time from the server's return to fresh data on screen, frames over 50 ms,
//! and pages shown. Not part of the tests' time:
//!
//! `cargo bench -p citydash --bench kiosk_soak` (`SOAK_DAYS`, `SOAK_MINUTES`, `SOAK_OUTAGES`
//! change the run; it needs `xvfb-run`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use citydash::kiosk::heartbeat::Heartbeat;
use offline_cache::store::now_ms;
use offline_cache::sync::{LayerSelection, SyncConfig, TilePlan, sync_once};
use opscenter_sim::{SimConfig, SimHandle};

const TOKEN: &str = "soak-token";
const PLAYLIST: &str = r#"alert_seconds = 8
[[page]]
kind = "city-now"
seconds = 6
[[page]]
kind = "map"
seconds = 6
layers = ["wards", "flood-sensors", "incidents", "congestion"]
ward_metric = "aqi"
[[page]]
kind = "kpi"
kpi = "EN03"
range = "24h"
seconds = 6
[[page]]
kind = "overview"
domain = "mobility"
seconds = 6
[[page]]
kind = "alerts"
seconds = 6
"#;

fn env_number(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// The simulator, stopped and started again on the same address with its clock running on.
struct Server {
    handle: Option<SimHandle>,
    address: SocketAddr,
    config: SimConfig,
    /// The simulated time and the wall time when it stopped.
    stopped_at: Option<(i64, i64)>,
}

impl Server {
    fn start(config: SimConfig) -> Server {
        let handle = opscenter_sim::spawn_on_loopback(config.clone()).unwrap();
        let address = handle.url().trim_start_matches("http://").parse().unwrap();
        Server {
            handle: Some(handle),
            address,
            config,
            stopped_at: None,
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    fn stop(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.stopped_at = Some((handle.now_ms(), now_ms()));
            handle.shutdown();
        }
    }

    fn restart(&mut self) {
        let (sim_ms, wall_ms) = self.stopped_at.take().unwrap();
        let mut config = self.config.clone();
        config.start_ms = sim_ms + ((now_ms() - wall_ms) as f64 * config.speed) as i64;
        self.handle = Some(opscenter_sim::spawn(self.address, config).unwrap());
    }

    fn sim_now_ms(&self) -> Option<i64> {
        self.handle.as_ref().map(SimHandle::now_ms)
    }
}

fn cache_bytes(cache: &Path) -> u64 {
    ["", "-wal"]
        .iter()
        .filter_map(|suffix| {
            let mut path = cache.as_os_str().to_owned();
            path.push(suffix);
            std::fs::metadata(PathBuf::from(path)).ok()
        })
        .map(|meta| meta.len())
        .sum()
}

fn read_heartbeat(path: &Path) -> Option<Heartbeat> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn start_kiosk(binary: &str, cache: &Path, url: &str, heartbeat: &Path, playlist: &Path) -> Child {
    Command::new("xvfb-run")
        .args([
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            binary,
            "kiosk",
            "--cache",
        ])
        .arg(cache)
        .args(["--server", url, "--token", TOKEN, "--heartbeat"])
        .arg(heartbeat)
        .arg("--playlist")
        .arg(playlist)
        .args(["--retain-days", "7", "--lang", "vi"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("xvfb-run starts (apt install xvfb)")
}

fn stop_kiosk(child: &mut Child) {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
    let _ = child.wait();
}

/// Watches the kiosk: its heartbeat, its process (started again if it ends, and counted).
struct Monitor {
    kiosk: Child,
    binary: &'static str,
    cache: PathBuf,
    url: String,
    heartbeat: PathBuf,
    playlist: PathBuf,
    started: Instant,
    warm_up: Duration,
    restarts: u32,
    rss_start: Option<u64>,
    rss_warm: Option<u64>,
    last: Option<Heartbeat>,
    sim_start: i64,
    simulated_days: f64,
}

impl Monitor {
    fn watch(&mut self, server: &Server, for_how_long: Duration) {
        let until = Instant::now() + for_how_long;
        while Instant::now() < until {
            std::thread::sleep(Duration::from_millis(250));
            if let Ok(Some(_)) = self.kiosk.try_wait() {
                self.restarts += 1;
                self.kiosk = start_kiosk(
                    self.binary,
                    &self.cache,
                    &self.url,
                    &self.heartbeat,
                    &self.playlist,
                );
            }
            if let Some(beat) = read_heartbeat(&self.heartbeat) {
                if self.rss_start.is_none() {
                    self.rss_start = beat.rss_bytes;
                }
                if self.rss_warm.is_none() && self.started.elapsed() >= self.warm_up {
                    self.rss_warm = beat.rss_bytes;
                }
                self.last = Some(beat);
            }
            if let Some(now) = server.sim_now_ms() {
                self.simulated_days = (now - self.sim_start) as f64 / 86_400_000.0;
            }
        }
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; a plain `cargo test --benches` run must not soak.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let days = env_number("SOAK_DAYS", 30.0);
    let minutes = env_number("SOAK_MINUTES", 10.0);
    let outages_wanted = env_number("SOAK_OUTAGES", 22.0) as usize;
    let speed = days * 86_400.0 / (minutes * 60.0);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("wall.gpkg");
    let heartbeat = dir.path().join("heartbeat.json");
    let playlist = dir.path().join("playlist.toml");
    std::fs::write(&playlist, PLAYLIST).unwrap();

    let mut server = Server::start(SimConfig {
        history_days: 2,
        speed,
        token: Some(TOKEN.into()),
        ..SimConfig::default()
    });
    let mut config = SyncConfig::new(server.url(), Some(TOKEN.into()), &cache);
    config.history_days = 2;
    config.layers = LayerSelection::All;
    config.tiles = Some(TilePlan {
        min_zoom: 9,
        max_zoom: 11,
        ..TilePlan::default()
    });
    sync_once(&config).expect("the first sync runs");
    let cache_start = cache_bytes(&cache);
    let sim_start = server.sim_now_ms().unwrap();
    println!(
        "kiosk soak: {days} simulated days at {speed:.0}x ({minutes} min), {outages_wanted} outages"
    );

    let binary = env!("CARGO_BIN_EXE_citydash");
    let url = server.url();
    let mut monitor = Monitor {
        kiosk: start_kiosk(binary, &cache, &url, &heartbeat, &playlist),
        binary,
        cache: cache.clone(),
        url: url.clone(),
        heartbeat: heartbeat.clone(),
        playlist: playlist.clone(),
        started: Instant::now(),
        warm_up: Duration::from_secs_f64(minutes * 60.0 / 10.0),
        restarts: 0,
        rss_start: None,
        rss_warm: None,
        last: None,
        sim_start,
        simulated_days: 0.0,
    };
    let mut rng = fastrand::Rng::with_seed(7);
    let mut recoveries_ms: Vec<i64> = Vec::new();
    let mut outages = 0;
    while monitor.simulated_days < days || outages < outages_wanted {
        monitor.watch(&server, Duration::from_secs(rng.u64(8..=20)));
        let down = Duration::from_secs(rng.u64(2..=40));
        server.stop();
        monitor.watch(&server, down);
        server.restart();
        outages += 1;
        let back_ms = now_ms();
        // Fresh data on screen: a heartbeat whose data was synced after the return.
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut recovered = None;
        while Instant::now() < deadline && recovered.is_none() {
            monitor.watch(&server, Duration::from_millis(250));
            if let Some(beat) = &monitor.last
                && beat
                    .shown_last_sync_ms
                    .is_some_and(|synced| synced >= back_ms)
            {
                recovered = Some(beat.written_at_ms - back_ms);
            }
        }
        let recovery = recovered.unwrap_or(60_000);
        recoveries_ms.push(recovery);
        println!(
            "  outage {outages:2}: {:2} s down; fresh data on screen {:.1} s after the return (day {:.1})",
            down.as_secs(),
            recovery as f64 / 1_000.0,
            monitor.simulated_days
        );
    }
    monitor.watch(&server, Duration::from_secs(5));
    stop_kiosk(&mut monitor.kiosk);
    server.stop();
    let Monitor {
        started,
        restarts,
        rss_start,
        rss_warm,
        last,
        simulated_days,
        ..
    } = monitor;

    let last = last.expect("the kiosk wrote a heartbeat");
    let rss_end = last.rss_bytes.unwrap_or(0);
    let rss_start = rss_start.unwrap_or(0);
    let rss_warm = rss_warm.unwrap_or(rss_start);
    let growth = (rss_end as f64 - rss_warm as f64) / rss_warm.max(1) as f64 * 100.0;
    let longest = recoveries_ms.iter().copied().max().unwrap_or(0);
    println!(
        "simulated days: {simulated_days:.1} in {:.1} min",
        started.elapsed().as_secs_f64() / 60.0
    );
    println!("outages: {outages}");
    println!("restarts: {restarts}");
    println!(
        "RSS: start {:.0} MiB, after warm-up {:.0} MiB, end {:.0} MiB (growth after warm-up {growth:+.1} %)",
        mib(rss_start),
        mib(rss_warm),
        mib(rss_end)
    );
    println!(
        "cache: start {:.1} MiB, end {:.1} MiB",
        mib(cache_start),
        mib(cache_bytes(&cache))
    );
    println!(
        "longest from the server's return to fresh data on screen: {:.1} s",
        longest as f64 / 1_000.0
    );
    println!(
        "frames: {} ({} over 50 ms, slowest {:.0} ms)",
        last.frames, last.frames_over_budget, last.slowest_frame_ms
    );
    println!("pages shown: {}", last.pages_shown);
}
