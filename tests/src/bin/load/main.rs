//! `load N [--citydash PATH] [--nginx PATH] [--speed X] [--warmup-secs S] [--measure-secs S]`:
//! N headless clients (`citydash sync --watch`, KPIs only: latest values, series, alerts; no
//! layers, no tiles) against the simulated operations center behind nginx as a caching reverse
//! proxy, the way one operations center serves many walls and laptops. The simulator's clock
//! runs fast (6 by default: a live KPI's new reading every 10 wall seconds), so values change
//! all the time. After every client has synced once and a warm-up, it measures for a fixed time:
//! the requests that reached the origin (from the simulator's own request log: API answers and
//! event-stream connections apart) per client-minute, what the proxy answered from its cache,
//! each client's time to see a new value of one live KPI (its cache read every 250 ms,
//! read-only, against the wall time the reading came due), and the CPU used. Prints the figures
//! last.
//!
//! Run through `scripts/load N`.

// A harness that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cpu;
mod nginx;
mod seen;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use citydash_e2e::{TEST_TOKEN, start_sim};
use offline_cache::model::Frequency;
use opscenter_sim::SimHandle;

/// Every how often the clients' caches are read.
const READ_EVERY: Duration = Duration::from_millis(250);
/// Every how often the simulator's request log is emptied into the counts.
const DRAIN_EVERY: Duration = Duration::from_secs(1);
/// The longest the clients may take to finish their first sync.
const FIRST_SYNC_LIMIT: Duration = Duration::from_secs(600);

struct Options {
    clients: usize,
    citydash: PathBuf,
    nginx: String,
    speed: f64,
    warmup: Duration,
    measure: Duration,
}

fn options() -> Options {
    let usage = "usage: load N [--citydash PATH] [--nginx PATH] [--speed X] [--warmup-secs S] [--measure-secs S]";
    let mut args = std::env::args().skip(1);
    let clients = args.next().and_then(|n| n.parse().ok()).expect(usage);
    let mut options = Options {
        clients,
        citydash: std::env::current_exe().unwrap().with_file_name("citydash"),
        nginx: "nginx".into(),
        speed: 6.0,
        warmup: Duration::from_secs(20),
        measure: Duration::from_secs(150),
    };
    while let Some(flag) = args.next() {
        let value = args.next().expect(usage);
        let secs = || Duration::from_secs(value.parse().expect(usage));
        match flag.as_str() {
            "--citydash" => options.citydash = PathBuf::from(&value),
            "--nginx" => options.nginx = value.clone(),
            "--speed" => options.speed = value.parse().expect(usage),
            "--warmup-secs" => options.warmup = secs(),
            "--measure-secs" => options.measure = secs(),
            _ => panic!("{usage}"),
        }
    }
    options
}

/// The clients, each a `citydash sync --watch` with its own cache; killed when dropped.
struct Clients {
    children: Vec<Child>,
    caches: Vec<PathBuf>,
}

impl Clients {
    /// Starts `count` clients against `server`, spread over a few seconds so their first syncs
    /// do not all land at once.
    fn start(options: &Options, server: &str, dir: &Path) -> Clients {
        let home = dir.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let spread = Duration::from_millis(50);
        let mut clients = Clients {
            children: Vec::new(),
            caches: Vec::new(),
        };
        for i in 0..options.clients {
            let cache = dir.join(format!("client-{i:04}.gpkg"));
            let log = std::fs::File::create(dir.join(format!("client-{i:04}.log"))).unwrap();
            let child = Command::new(&options.citydash)
                .arg("--cache")
                .arg(&cache)
                .args(["sync", "--watch", "--quiet", "--server", server])
                .args(["--layers", "none", "--zooms", "none", "--history-days", "1"])
                .env("CITYDASH_TOKEN", TEST_TOKEN)
                .env("HOME", &home)
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_DATA_HOME", home.join("data"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .unwrap_or_else(|error| {
                    panic!("could not start {}: {error}", options.citydash.display())
                });
            clients.children.push(child);
            clients.caches.push(cache);
            std::thread::sleep(spread);
        }
        clients
    }

    /// How many clients have exited (none should).
    fn exited(&mut self) -> usize {
        let mut exited = 0;
        for child in &mut self.children {
            if !matches!(child.try_wait(), Ok(None)) {
                exited += 1;
            }
        }
        exited
    }

    fn cpu_ticks(&self) -> u64 {
        self.children
            .iter()
            .map(|child| cpu::process_ticks(child.id()))
            .sum()
    }
}

impl Drop for Clients {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
        }
        for child in &mut self.children {
            let _ = child.wait();
        }
    }
}

/// Requests that reached the origin.
#[derive(Debug, Default, Clone, Copy)]
struct OriginCounts {
    api: u64,
    stream: u64,
}

impl OriginCounts {
    fn add(&mut self, sim: &SimHandle) {
        for request in sim.take_requests() {
            if request.path.starts_with("/api/v1/stream") {
                self.stream += 1;
            } else {
                self.api += 1;
            }
        }
    }
}

/// The id and grid step of the first live KPI: the one whose new values are timed.
fn live_kpi(sim: &SimHandle) -> (String, i64) {
    let catalog = sim.catalog();
    let kpi = catalog
        .kpis
        .iter()
        .find(|kpi| kpi.frequency == Frequency::Live)
        .expect("the catalog has a live KPI");
    (kpi.id.clone(), kpi.frequency.interval_secs() * 1_000)
}

fn main() -> ExitCode {
    let options = options();
    let sim = start_sim(opscenter_sim::SimConfig {
        history_days: 2,
        speed: options.speed,
        token: Some(TEST_TOKEN.into()),
        ..opscenter_sim::SimConfig::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let proxy = nginx::Proxy::start(&options.nginx, &sim.url(), &dir.path().join("nginx"));
    let (kpi_id, step_ms) = live_kpi(&sim);
    let started = Instant::now();
    let mut clients = Clients::start(&options, &proxy.url, dir.path());
    let mut watcher = seen::Watcher::open(&clients.caches, &kpi_id, &sim, options.speed, step_ms);

    while !watcher.all_synced() {
        assert!(
            started.elapsed() < FIRST_SYNC_LIMIT,
            "not every client finished its first sync within {FIRST_SYNC_LIMIT:?}; see the client logs in {}",
            dir.path().display()
        );
        std::thread::sleep(READ_EVERY);
        watcher.read();
        sim.take_requests();
    }
    let first_sync = started.elapsed();
    let warmup_end = Instant::now() + options.warmup;
    while Instant::now() < warmup_end {
        std::thread::sleep(READ_EVERY);
        watcher.read();
        sim.take_requests();
    }

    let mut origin = OriginCounts::default();
    let proxy_before = proxy.cache_counts();
    let machine_before = cpu::machine_ticks();
    let clients_before = clients.cpu_ticks();
    let nginx_pids = proxy.pids();
    let nginx_before: u64 = nginx_pids.iter().map(|pid| cpu::process_ticks(*pid)).sum();
    let own_before = cpu::process_ticks(std::process::id());
    let measure_start = Instant::now();
    let measure_end = measure_start + options.measure;
    watcher.start_timing(measure_start, measure_end);
    let mut next_drain = measure_start + DRAIN_EVERY;
    while Instant::now() < measure_end {
        std::thread::sleep(READ_EVERY);
        watcher.read();
        if Instant::now() >= next_drain {
            origin.add(&sim);
            next_drain += DRAIN_EVERY;
        }
    }
    origin.add(&sim);
    let measured = measure_start.elapsed();
    let machine_after = cpu::machine_ticks();
    let clients_cpu = clients.cpu_ticks().saturating_sub(clients_before);
    let nginx_cpu = nginx_pids
        .iter()
        .map(|pid| cpu::process_ticks(*pid))
        .sum::<u64>()
        .saturating_sub(nginx_before);
    let own_cpu = cpu::process_ticks(std::process::id()).saturating_sub(own_before);
    // Lines reach the access log within a second (its buffer's flush).
    std::thread::sleep(Duration::from_millis(1_200));
    let proxy_after = proxy.cache_counts();
    let exited = clients.exited();
    let delays = watcher.delays(&sim);
    drop(clients);
    drop(proxy);

    let n = options.clients as f64;
    let minutes = measured.as_secs_f64() / 60.0;
    let per_client_minute = |count: u64| count as f64 / n / minutes;
    let at_proxy = proxy_after.requests - proxy_before.requests;
    let hits = proxy_after.hits - proxy_before.hits;
    let (busy, all) = (
        machine_after.0 - machine_before.0,
        (machine_after.1 - machine_before.1).max(1),
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let share = |ticks: u64| 100.0 * ticks as f64 / all as f64 * cores;
    println!();
    println!("clients                     {}", options.clients);
    println!(
        "simulated clock             {}x (a new {kpi_id} reading every {:.0} s)",
        options.speed,
        step_ms as f64 / 1_000.0 / options.speed
    );
    println!(
        "started and synced, warm-up {:.0} s, {:.0} s",
        first_sync.as_secs_f64(),
        options.warmup.as_secs_f64()
    );
    println!("measured                    {minutes:.2} min");
    println!(
        "requests at the proxy       {at_proxy} ({:.1} per client-minute), {:.1}% from its cache",
        per_client_minute(at_proxy),
        100.0 * hits as f64 / at_proxy.max(1) as f64
    );
    println!(
        "requests at the origin      {} (API {}, event stream {})",
        origin.api + origin.stream,
        origin.api,
        origin.stream
    );
    println!(
        "origin per client-minute    {:.2} (API {:.2}, event stream {:.2})",
        per_client_minute(origin.api + origin.stream),
        per_client_minute(origin.api),
        per_client_minute(origin.stream)
    );
    println!(
        "time to a new value         p50 {:.2} s, p95 {:.2} s, max {:.2} s ({} seen, {} not seen by the end)",
        delays.percentile(50.0),
        delays.percentile(95.0),
        delays.percentile(100.0),
        delays.seen.len(),
        delays.unseen
    );
    println!(
        "CPU                         {:.0}% of {cores:.0} cores busy; in % of one core: clients {:.0}, nginx {:.0}, simulator and harness {:.0}",
        share(busy) / cores,
        share(clients_cpu),
        share(nginx_cpu),
        share(own_cpu)
    );
    println!("clients that exited         {exited}");
    if exited > 0 || delays.seen.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
