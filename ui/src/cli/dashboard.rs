//! `citydash` with no subcommand: the dashboard on a cache, synced in the background when there
//! is a server to sync from.

use std::path::PathBuf;
use std::process::ExitCode;

use offline_cache::store::Reader;
use offline_cache::sync::SyncConfig;

use crate::app::{DashboardOptions, View, run_dashboard};
use crate::i18n::Lang;

pub fn run(
    cache: PathBuf,
    server: Option<String>,
    token: Option<String>,
    lang: Option<Lang>,
    start_view: Option<View>,
) -> anyhow::Result<ExitCode> {
    let sync = background_server(&cache, server, token.as_deref())
        .map(|server| SyncConfig::new(server, token, cache.clone()));
    run_dashboard(DashboardOptions {
        cache_path: cache,
        sync,
        lang,
        start_view,
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The server to keep the cache synced from: the one asked for, or else the one the cache was
/// last synced from when a token came with the command. Without either, the dashboard shows the
/// cache as it is (offline use, or a server that needs no token is named with --server).
pub(super) fn background_server(
    cache: &std::path::Path,
    server: Option<String>,
    token: Option<&str>,
) -> Option<String> {
    server.or_else(|| token.and_then(|_| last_synced_server(cache)))
}

fn last_synced_server(cache: &std::path::Path) -> Option<String> {
    Reader::open_upgrading(cache)
        .ok()?
        .sync_health()
        .ok()?
        .server
}
