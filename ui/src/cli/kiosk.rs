//! `citydash kiosk`: the meeting-room wall, full screen, playing a playlist; and
//! `citydash kiosk --check FILE`, which says whether a playlist would play and, if not, names
//! each problem with its line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use offline_cache::pack::OpenedPack;
use offline_cache::store::Reader;
use offline_cache::sync::SyncConfig;

use crate::app::kiosk::{EXIT_CHORD, KioskOptions, run_kiosk};
use crate::i18n::{I18n, Lang};
use crate::kiosk::playlist::{Offered, Playlist, PlaylistProblem};
use crate::view_models::pack::signature_text;

#[derive(Debug, Args)]
pub struct KioskArgs {
    /// The playlist to play (TOML; default: the one shipped in assets/kiosk/playlist.toml).
    /// Edits take effect at the next page.
    #[arg(long, value_name = "FILE")]
    pub playlist: Option<PathBuf>,
    /// Check a playlist and exit: 0 when it would play, 1 with each problem and its line.
    #[arg(long, value_name = "FILE", conflicts_with = "playlist")]
    pub check: Option<PathBuf>,
    /// The monitor to fill, counted from 1 in the system's order (default: the one the window
    /// opens on).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub display: Option<u16>,
    /// Where to write the heartbeat for a monitoring agent (default: kiosk-heartbeat.json
    /// beside the cache).
    #[arg(long, value_name = "FILE")]
    pub heartbeat: Option<PathBuf>,
    /// Days of readings and resolved alerts the wall's cache keeps (older ones are removed
    /// after each sync, so the cache stops growing); a KPI always keeps the twelve intervals
    /// its trend needs (default 400).
    #[arg(long, value_name = "DAYS")]
    pub retain_days: Option<i64>,
    /// Room for basemap tiles in the cache, in MiB (default 512); the oldest and deepest go
    /// first.
    #[arg(long, value_name = "MIB")]
    pub tile_budget_mib: Option<u64>,
    /// Keep the cache synced from this operations center (default: the one it was last synced
    /// from, when a token is given).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    #[command(flatten)]
    pub token: super::TokenArg,
    #[command(flatten)]
    pub cache: super::CacheArg,
    /// Play this briefing pack instead of the cache, for a room with no network: nothing
    /// syncs, every page says it is the pack as of its time. A pack signed by a key not trusted
    /// is refused (nobody is there to say yes): trust the key first, or name it with --trust.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["server", "check"])]
    pub pack: Option<PathBuf>,
    /// Also trust this public key for the pack: a `.pub` file or the key itself.
    #[arg(long, value_name = "PUBKEY", requires = "pack")]
    pub trust: Vec<String>,
}

/// Days of readings a wall keeps unless told otherwise.
const DEFAULT_RETAIN_DAYS: i64 = 400;

pub fn run(
    args: KioskArgs,
    cache: PathBuf,
    server: Option<String>,
    token: Option<String>,
    lang: Option<Lang>,
) -> anyhow::Result<ExitCode> {
    let lang = lang.unwrap_or(Lang::Vi);
    if let Some(path) = &args.check {
        return check(path, &cache, &I18n::new(lang));
    }
    tracing::info!("the kiosk ends with {EXIT_CHORD}, SIGTERM or its service manager");
    let pack = match &args.pack {
        Some(file) => match wall_pack(file, &args.trust, &I18n::new(lang))? {
            Ok(pack) => Some(pack),
            Err(refusal) => {
                say_err!("citydash: {refusal}");
                return Ok(ExitCode::FAILURE);
            }
        },
        None => None,
    };
    let server = args.server.or(server);
    let token = args.token.value.or(token);
    let retain_days = args.retain_days.unwrap_or(DEFAULT_RETAIN_DAYS).max(1);
    let tile_budget = args.tile_budget_mib;
    let sync =
        super::dashboard::background_server(&cache, server, token.as_deref()).map(|server| {
            let mut config = SyncConfig::new(server, token, cache.clone());
            config.retain_days = Some(retain_days);
            config.history_days = config.history_days.min(retain_days);
            if let (Some(plan), Some(mib)) = (config.tiles.as_mut(), tile_budget) {
                plan.budget_bytes = mib.saturating_mul(1024 * 1024);
            }
            config
        });
    let heartbeat = args.heartbeat.unwrap_or_else(|| {
        cache
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join("kiosk-heartbeat.json")
    });
    run_kiosk(KioskOptions {
        cache_path: cache,
        pack,
        sync,
        lang,
        playlist_path: args.playlist,
        heartbeat_path: Some(heartbeat),
        display: args.display.map(usize::from),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The pack a wall may play: checked, and unsigned or signed by a trusted key; otherwise the
/// reason it may not, in the wall's language.
fn wall_pack(
    file: &Path,
    trust: &[String],
    i18n: &I18n,
) -> anyhow::Result<Result<OpenedPack, String>> {
    let trusted = super::keys::trusted_keys(trust)?;
    let shown = file.display().to_string();
    Ok(match OpenedPack::check(file, &trusted) {
        Err(refused) => Err(super::pack_check::refused_line(file, &refused, i18n)),
        Ok(pack) if pack.signature.needs_consent() => Err(i18n.tf(
            "cli.kiosk.untrusted_pack",
            &[
                ("path", &shown),
                ("signature", &signature_text(&pack.signature, i18n)),
            ],
        )),
        Ok(pack) => Ok(pack),
    })
}

/// Checks the playlist at `path`, against the cache's catalog when there is one.
fn check(path: &Path, cache: &Path, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|error| anyhow::anyhow!("could not read the playlist {shown}: {error}"))?;
    let mut problems: Vec<PlaylistProblem> = Vec::new();
    let playlist = match Playlist::parse(&text) {
        Ok(playlist) => Some(playlist),
        Err(found) => {
            problems = found;
            None
        }
    };
    if let Some(playlist) = &playlist {
        match catalog_ids(cache) {
            Some((kpis, layers, metrics)) => {
                let kpi_ids: Vec<&str> = kpis.iter().map(String::as_str).collect();
                let layer_ids: Vec<&str> = layers.iter().map(String::as_str).collect();
                let ward_metrics: Vec<&str> = metrics.iter().map(String::as_str).collect();
                problems = playlist.check_against(&Offered {
                    kpi_ids: &kpi_ids,
                    layer_ids: &layer_ids,
                    ward_metrics: &ward_metrics,
                });
            }
            None => say!(
                "{}",
                i18n.tf(
                    "kiosk.check.no_catalog",
                    &[("path", &cache.display().to_string())]
                )
            ),
        }
    }
    if problems.is_empty() {
        let pages = playlist.map_or(0, |playlist| playlist.pages.len());
        say!(
            "{}",
            i18n.tn("kiosk.check.ok", pages as u64, &[("path", &shown)])
        );
        return Ok(ExitCode::SUCCESS);
    }
    say!(
        "{}",
        i18n.tn(
            "kiosk.check.failed",
            problems.len() as u64,
            &[("path", &shown)]
        )
    );
    for problem in &problems {
        say!("  {}", problem.text(i18n));
    }
    Ok(ExitCode::FAILURE)
}

/// The KPI ids, layer ids and ward metrics of the cache's catalog, if it has one.
fn catalog_ids(cache: &Path) -> Option<(Vec<String>, Vec<String>, Vec<String>)> {
    let reader = Reader::open_upgrading(cache).ok()?;
    let overview = reader.overview(offline_cache::store::now_ms()).ok()?;
    if overview.kpis.is_empty() {
        return None;
    }
    let kpis = overview.kpis.iter().map(|kpi| kpi.def.id.clone()).collect();
    let catalog = reader.catalog().ok().flatten();
    let layers = catalog
        .map(|catalog| catalog.layers.into_iter().map(|layer| layer.id).collect())
        .unwrap_or_default();
    let metrics = reader
        .features("wards", 1)
        .ok()
        .and_then(|features| features.into_iter().next())
        .map(|ward| {
            ward.properties
                .iter()
                .filter(|(_, value)| value.is_number())
                .map(|(key, _)| key.clone())
                .collect()
        })
        .unwrap_or_default();
    Some((kpis, layers, metrics))
}
