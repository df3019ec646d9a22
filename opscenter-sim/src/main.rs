//! `opscenter-sim`: the simulated operations center as a standalone server.

use std::net::SocketAddr;

use anyhow::Context as _;
use clap::Parser;
use opscenter_sim::SimConfig;

/// The demo token used unless `--token` or `--no-auth` says otherwise.
const DEMO_TOKEN: &str = "citydash-demo";

/// Serve API v1 of Ho Chi Minh City's operations center with simulated demo data.
#[derive(Debug, Parser)]
#[command(name = "opscenter-sim", version, about)]
struct Args {
    /// Address to listen on; loopback unless you mean to share the demo.
    #[arg(long, default_value = "127.0.0.1:8787")]
    bind: SocketAddr,
    /// Bearer token clients must send.
    #[arg(long, default_value = DEMO_TOKEN, env = "OPSCENTER_SIM_TOKEN")]
    token: String,
    /// Accept requests without a token.
    #[arg(long)]
    no_auth: bool,
    /// Seed of the simulated data: the same seed gives the same city.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Simulated start time: RFC 3339 (e.g. 2026-03-01T08:00:00+07:00) or `now`.
    #[arg(long, default_value = "now")]
    start: String,
    /// How fast simulated time runs (1 = real time, 60 = an hour a minute, 0 = frozen).
    #[arg(long, default_value_t = 1.0)]
    speed: f64,
    /// Days of history served before the simulated now.
    #[arg(long, default_value_t = 400, value_name = "DAYS")]
    history_days: i64,
    /// Let tests inject faults over HTTP (`PUT /__sim/faults`, `DELETE /__sim/faults`).
    #[arg(long)]
    enable_fault_admin: bool,
    /// Serve hostile content: markup and controls in every text, 10,000 more KPIs, values and
    /// times at the edges, series out of order, looping links, alerts that never end.
    #[arg(long)]
    hostile: bool,
    /// Serve a `bench-points` collection of this many synthetic points for load tests.
    #[arg(long, default_value_t = 0, value_name = "N")]
    bench_points: usize,
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let args = Args::parse();
    let start_ms = if args.start == "now" {
        opscenter_sim::wall_clock_ms()
    } else {
        chrono::DateTime::parse_from_rfc3339(&args.start)
            .with_context(|| {
                format!(
                    "--start must be an RFC 3339 time or `now`, not {:?}",
                    args.start
                )
            })?
            .timestamp_millis()
    };
    let token = (!args.no_auth).then_some(args.token);
    let config = SimConfig {
        seed: args.seed,
        start_ms,
        speed: args.speed,
        history_days: args.history_days,
        token: token.clone(),
        admin_faults: args.enable_fault_admin,
        hostile: args.hostile,
        bench_points: args.bench_points,
        ..SimConfig::default()
    };
    let sim = opscenter_sim::spawn(args.bind, config).with_context(|| {
        format!(
            "could not start the simulated operations center on {}",
            args.bind
        )
    })?;
    println!("Simulated operations center (demo data, not the city's real figures)");
    println!("  url:   {}", sim.url());
    match &token {
        Some(token) => println!("  token: {token}  (send Authorization: Bearer {token})"),
        None => println!("  token: none (--no-auth)"),
    }
    if args.bench_points > 0 {
        println!(
            "  bench: {} points at {}/collections/bench-points/items",
            args.bench_points,
            sim.url()
        );
    }
    if args.enable_fault_admin {
        println!("  fault admin: PUT/DELETE {}/__sim/faults", sim.url());
    }
    println!("Press Ctrl-C to stop.");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("could not start a runtime to wait for Ctrl-C")?;
    runtime
        .block_on(tokio::signal::ctrl_c())
        .context("could not wait for Ctrl-C")?;
    sim.shutdown();
    Ok(())
}
