//! `citydash` with no subcommand: the dashboard on a cache, synced in the background when there
//! is a server to sync from; `citydash open FILE` and `citydash --pack FILE`: the dashboard on a
//! briefing pack, checked before the window opens.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use offline_cache::pack::OpenedPack;
use offline_cache::store::Reader;
use offline_cache::sync::SyncConfig;

use crate::app::{DashboardOptions, View, run_dashboard};
use crate::i18n::{I18n, Lang};

/// `citydash open`: a briefing pack in the dashboard, read-only, never synced.
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The pack (`.citybrief`).
    pub file: PathBuf,
    /// Also trust this public key for this pack: a `.pub` file or the key itself.
    #[arg(long, value_name = "PUBKEY")]
    pub trust: Vec<String>,
}

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
        pack: None,
        trusted_keys: super::keys::trusted_keys_or_none(),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The dashboard on the pack at `file`, once it is checked; a refused pack opens no window and
/// says why.
pub fn run_pack(
    file: &Path,
    trust: &[String],
    cache: PathBuf,
    lang: Option<Lang>,
    start_view: Option<View>,
) -> anyhow::Result<ExitCode> {
    let trusted_keys = super::keys::trusted_keys(trust)?;
    let pack = match OpenedPack::check(file, &trusted_keys) {
        Ok(pack) => pack,
        Err(refused) => {
            let i18n = I18n::new(lang.unwrap_or_default());
            say_err!(
                "citydash: {}",
                super::pack_check::refused_line(file, &refused, &i18n)
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    run_dashboard(DashboardOptions {
        cache_path: cache,
        sync: None,
        lang,
        start_view,
        pack: Some(pack),
        trusted_keys,
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
