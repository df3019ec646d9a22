//! `citydash serve-demo`: the simulated operations center as a standalone server on loopback.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;
use opscenter_sim::SimConfig;

use crate::i18n::{I18n, Lang};

/// The token `serve-demo` and `demo` use unless told otherwise.
pub const DEMO_TOKEN: &str = "citydash-demo";

/// Options shared by `demo` and `serve-demo` for the simulated city.
#[derive(Debug, Clone, Args)]
pub struct SimArgs {
    /// Seed of the simulated data: the same seed gives the same city.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// How fast simulated time runs (1 = real time, 60 = an hour a minute, 0 = frozen).
    #[arg(long, default_value_t = 1.0)]
    pub speed: f64,
    /// Days of back-filled history.
    #[arg(long, default_value_t = 400, value_name = "DAYS")]
    pub history_days: i64,
}

impl SimArgs {
    pub fn config(&self, token: Option<String>) -> SimConfig {
        SimConfig {
            seed: self.seed,
            speed: self.speed,
            history_days: self.history_days,
            token,
            ..SimConfig::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct ServeDemoArgs {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8787)]
    pub port: u16,
    /// Address to listen on; loopback unless you mean to share the demo.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub bind: IpAddr,
    /// Bearer token clients must send.
    #[arg(long, default_value = DEMO_TOKEN)]
    pub token: String,
    /// Accept requests without a token.
    #[arg(long)]
    pub no_auth: bool,
    /// Let tests inject faults over HTTP (`PUT /__sim/faults`).
    #[arg(long)]
    pub enable_fault_admin: bool,
    /// Serve hostile content (markup and controls in every text, 10,000 more KPIs, values and
    /// times at the edges, looping links, alerts that never end), to see how a client copes.
    #[arg(long)]
    pub hostile: bool,
    #[command(flatten)]
    pub sim: SimArgs,
}

pub fn run(args: ServeDemoArgs, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let token = (!args.no_auth).then(|| args.token.clone());
    let mut config = args.sim.config(token.clone());
    config.admin_faults = args.enable_fault_admin;
    config.hostile = args.hostile;
    let addr = SocketAddr::new(args.bind, args.port);
    let handle = opscenter_sim::spawn(addr, config)
        .with_context(|| format!("could not start the simulated operations center on {addr}"))?;
    say!(
        "{}",
        i18n.tf("cli.serve.listening", &[("url", &handle.url())])
    );
    match &token {
        Some(token) => say!("{}", i18n.tf("cli.serve.token", &[("token", token)])),
        None => say!("{}", i18n.t("cli.serve.no_auth")),
    }
    say!("{}", i18n.t("cli.serve.simulated"));
    say!("{}", i18n.t("cli.serve.stop"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(tokio::signal::ctrl_c())?;
    handle.shutdown();
    Ok(ExitCode::SUCCESS)
}
