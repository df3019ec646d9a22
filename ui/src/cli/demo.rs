//! `citydash demo`: the simulated operations center on loopback, synced into the cache in the
//! background, with the dashboard open on it.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;
use offline_cache::sync::SyncConfig;

use super::serve_demo::{DEMO_TOKEN, SimArgs};
use crate::i18n::{I18n, Lang};

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub cache: super::CacheArg,
    #[command(flatten)]
    pub window: super::WindowArgs,
    #[command(flatten)]
    pub sim: SimArgs,
}

pub fn run(
    args: DemoArgs,
    cache: PathBuf,
    lang: Option<Lang>,
    start_view: Option<crate::app::View>,
) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let handle = opscenter_sim::spawn(addr, args.sim.config(Some(DEMO_TOKEN.into())))
        .context("could not start the simulated operations center")?;
    say!(
        "{}",
        i18n.tf(
            "cli.demo.started",
            &[
                ("url", &handle.url()),
                ("cache", &cache.display().to_string())
            ]
        )
    );
    let mut sync = SyncConfig::new(handle.url(), Some(DEMO_TOKEN.into()), cache.clone());
    sync.history_days = args.sim.history_days;
    crate::app::run_dashboard(crate::app::DashboardOptions {
        cache_path: cache,
        sync: Some(sync),
        lang,
        start_view,
        pack: None,
        trusted_keys: super::keys::trusted_keys_or_none(),
    })?;
    handle.shutdown();
    Ok(ExitCode::SUCCESS)
}
