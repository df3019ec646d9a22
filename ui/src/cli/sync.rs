//! `citydash sync`: bring the cache up to date from an operations center, once or continuously.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use offline_cache::store::schema::MAX_TILE_ZOOM;
use offline_cache::sync::{
    ChangeWaiter, LayerSelection, SourceKind, StopSignal, SyncConfig, SyncEvent, SyncReport,
    TilePlan, WaitOutcome, sync_once_with,
};

use crate::i18n::{I18n, Lang};
use crate::view_models::failure::resource_error_text;
use crate::view_models::format::{format_number, format_value};

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub cache: super::CacheArg,
    /// Base URL of the operations center, e.g. http://127.0.0.1:8787.
    /// Also CITYDASH_SERVER or the config file's `server`.
    #[arg(long, value_name = "URL", conflicts_with = "ogc_features")]
    pub server: Option<String>,
    /// Sync the collections of any OGC API - Features landing page as layers (no KPIs).
    #[arg(long, value_name = "URL")]
    pub ogc_features: Option<String>,
    /// Layers to sync: all, none, or ids separated by commas.
    #[arg(long, default_value = "all", value_name = "IDS")]
    pub layers: String,
    /// Basemap zoom levels to prefetch over the city, e.g. 8-14; `none` fetches no tiles.
    #[arg(long, default_value = "8-13", value_name = "RANGE")]
    pub zooms: String,
    /// An XYZ tile URL template ({z}, {x}, {y}) instead of the catalog's basemap.
    #[arg(long, value_name = "TEMPLATE")]
    pub tiles: Option<String>,
    /// Most room the basemap may take (e.g. 512MiB, 500MB): zooms it cannot hold are not fetched,
    /// and beyond it the deepest and oldest tiles are evicted first.
    #[arg(long, default_value = "512MiB", value_name = "SIZE")]
    pub tile_budget: String,
    #[command(flatten)]
    pub token: super::TokenArg,
    /// Keep syncing: after each run wait for the server's event stream or the interval.
    #[arg(long)]
    pub watch: bool,
    /// Seconds between runs in --watch mode when the server announces nothing.
    #[arg(long, default_value_t = 60, value_name = "SECS")]
    pub interval_secs: u64,
    /// How many days of history to fetch the first time.
    #[arg(long, default_value_t = 400, value_name = "DAYS")]
    pub history_days: i64,
    /// Print no progress bar (failures and notices still go to standard error).
    #[arg(long)]
    pub quiet: bool,
    /// Seconds to wait for another sync of the same cache to finish; 0 gives up at once.
    #[arg(long, default_value_t = 300, value_name = "SECS")]
    pub lock_wait_secs: u64,
}

pub fn run(args: SyncArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let config = sync_config(&args, cache)?;
    stop_on_signals(&config.stop)?;
    if !args.watch {
        let report = run_once(&config, &i18n, args.quiet)?;
        return Ok(match report {
            report if report.cancelled => ExitCode::from(130),
            report if report.is_success() => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        });
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let interval = Duration::from_secs(args.interval_secs.max(1));
    while !config.stop.is_stopped() {
        // A failed run is reported and retried at the next wake-up; watching goes on.
        match run_once(&config, &i18n, true) {
            Ok(report) if !report.reachable => waiter.server_unreachable(),
            Ok(_) => {}
            Err(error) => say_err!("citydash: {}", super::error_text(&error, &i18n)),
        }
        let outcome = runtime.block_on(async {
            tokio::select! {
                outcome = waiter.wait(interval, Duration::from_secs(2)) => Some(outcome),
                () = config.stop.stopped() => None,
            }
        });
        if let Some(WaitOutcome::StreamUnavailable { reason }) = outcome {
            say!("{}", i18n.tf("cli.sync.polling", &[("reason", &reason)]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Ctrl-C and SIGTERM stop the run at its next transaction boundary (and a `--watch` loop after
/// it); a second Ctrl-C while it winds down ends the process at once.
fn stop_on_signals(stop: &StopSignal) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let stop = stop.clone();
    let mut terminate = runtime.block_on(async {
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
    })?;
    std::thread::Builder::new()
        .name("citydash-signals".into())
        .spawn(move || {
            runtime.block_on(async {
                loop {
                    tokio::select! {
                        interrupted = tokio::signal::ctrl_c() => {
                            if interrupted.is_err() {
                                return;
                            }
                            if stop.is_stopped() {
                                std::process::exit(130);
                            }
                        }
                        _ = terminate.recv() => {}
                    }
                    stop.stop();
                }
            });
        })?;
    Ok(())
}

fn sync_config(args: &SyncArgs, cache: PathBuf) -> anyhow::Result<SyncConfig> {
    let (server, source) = match (&args.server, &args.ogc_features) {
        (_, Some(landing)) => (landing.clone(), SourceKind::OgcFeatures),
        (Some(server), None) => (server.clone(), SourceKind::OperationsCenter),
        (None, None) => anyhow::bail!("give --server URL or --ogc-features URL"),
    };
    let mut config = SyncConfig::new(server, args.token.value.clone(), cache);
    config.source = source;
    config.history_days = args.history_days;
    config.lock_wait = Duration::from_secs(args.lock_wait_secs);
    config.layers = LayerSelection::parse(&args.layers);
    config.tiles = match parse_zooms(&args.zooms)? {
        None => None,
        Some((min_zoom, max_zoom)) => Some(TilePlan {
            min_zoom,
            max_zoom,
            template: args.tiles.clone(),
            budget_bytes: parse_size(&args.tile_budget)?,
            ..TilePlan::default()
        }),
    };
    Ok(config)
}

/// `8-14`, `12` or `none`.
pub(super) fn parse_zooms(text: &str) -> anyhow::Result<Option<(u8, u8)>> {
    if text.trim() == "none" {
        return Ok(None);
    }
    let (low, high) = text.split_once('-').unwrap_or((text, text));
    let low: u8 = low
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--zooms: not a zoom range: {text}"))?;
    let high: u8 = high
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--zooms: not a zoom range: {text}"))?;
    anyhow::ensure!(
        low <= high && high <= MAX_TILE_ZOOM,
        "--zooms: expected a range like 8-14 within 0-{MAX_TILE_ZOOM} (the zooms the cache holds), got {text}"
    );
    Ok(Some((low, high)))
}

/// `512MiB`, `2GiB`, `800MB`, `1000000` (bytes).
fn parse_size(text: &str) -> anyhow::Result<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| anyhow::anyhow!("not a size: {text}"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "kib" | "k" => 1 << 10,
        "mb" => 1_000_000,
        "mib" | "m" => 1 << 20,
        "gb" => 1_000_000_000,
        "gib" | "g" => 1 << 30,
        _ => anyhow::bail!("not a size unit: {text} (use KiB, MiB, GiB)"),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| anyhow::anyhow!("size too large: {text}"))
}

fn run_once(config: &SyncConfig, i18n: &I18n, quiet: bool) -> anyhow::Result<SyncReport> {
    let bar = if quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(1)
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{bar:32}] {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(i18n.tf("cli.sync.connecting", &[("server", &config.server)]));
    // Reasons always reach standard error, with or without a terminal or a progress bar:
    // "1 resource failed" alone helps nobody reading a log.
    let on_event = |event: &SyncEvent| match event {
        SyncEvent::Progress { done, total } => {
            bar.set_length(*total as u64);
            bar.set_position(*done as u64);
        }
        SyncEvent::Changed { resources } => {
            if let Some(resource) = resources.first() {
                bar.set_message(resource.to_string());
            }
        }
        SyncEvent::Failed(failure) => {
            let line = i18n.tf(
                "cli.sync.resource_failed",
                &[
                    ("resource", &failure.resource.to_string()),
                    ("message", &resource_error_text(failure, i18n)),
                ],
            );
            bar.suspend(|| say_err!("{line}"));
        }
        SyncEvent::Notice(notice) => {
            let line = i18n.tf(
                "cli.sync.notice",
                &[
                    ("resource", &notice.resource.to_string()),
                    ("message", &notice.message),
                ],
            );
            bar.suspend(|| say_err!("{line}"));
        }
        SyncEvent::WaitingForLock { holder_pid } => {
            let line = match holder_pid {
                Some(pid) => i18n.tf("cli.sync.waiting_pid", &[("pid", &pid.to_string())]),
                None => i18n.t("cli.sync.waiting").to_owned(),
            };
            bar.suspend(|| say_err!("{line}"));
        }
        SyncEvent::Started { .. } | SyncEvent::Finished(_) => {}
    };
    let report = sync_once_with(config, &on_event);
    bar.finish_and_clear();
    let report = report?;
    say!("{}", summary(&report, config, i18n));
    Ok(report)
}

/// A few lines saying what the run did.
pub fn summary(report: &SyncReport, config: &SyncConfig, i18n: &I18n) -> String {
    let seconds = format_number(
        (report.finished_ms - report.started_ms) as f64 / 1000.0,
        1,
        i18n,
    );
    if !report.reachable && !report.cancelled {
        let reason = report
            .errors
            .first()
            .map_or_else(|| "-".to_owned(), |error| resource_error_text(error, i18n));
        return i18n.tf(
            "cli.sync.failed",
            &[
                ("server", &report.server),
                ("seconds", &seconds),
                ("reason", &reason),
            ],
        );
    }
    let counted = |key: &str, count: u64| i18n.tn(key, count, &[]);
    let mut lines = vec![i18n.tf(
        "cli.sync.summary",
        &[
            ("server", &report.server),
            ("seconds", &seconds),
            (
                "changed",
                &counted("cli.sync.resources", report.changed.len() as u64),
            ),
            ("unchanged", &report.not_modified.to_string()),
            (
                "observations",
                &counted("cli.sync.observations", report.observations_written),
            ),
            ("tiles", &counted("cli.sync.tiles", report.tiles_written)),
        ],
    )];
    let budget = config
        .tiles
        .as_ref()
        .map(|plan| format_bytes(plan.budget_bytes, i18n))
        .unwrap_or_default();
    if let Some(zooms) = report.tiles_skipped_zooms {
        let levels = u64::from(zooms.1 - zooms.0) + 1;
        lines.push(i18n.tn(
            "cli.sync.tiles_skipped",
            levels,
            &[("zooms", &zoom_text(zooms)), ("budget", &budget)],
        ));
    }
    if report.tiles_evicted > 0 {
        lines.push(
            i18n.tf(
                "cli.sync.tiles_evicted",
                &[
                    ("count", &format_value(report.tiles_evicted as f64, i18n)),
                    ("size", &format_bytes(report.tiles_evicted_bytes, i18n)),
                    (
                        "zooms",
                        &report
                            .tiles_evicted_zooms
                            .map(zoom_text)
                            .unwrap_or_default(),
                    ),
                    ("budget", &budget),
                ],
            ),
        );
    }
    if report.cancelled {
        lines.push(i18n.t("cli.sync.stopped").to_owned());
    }
    if !report.errors.is_empty() {
        lines.push(i18n.tn("cli.sync.errors", report.errors.len() as u64, &[]));
    }
    lines.join("\n")
}

fn zoom_text((low, high): (u8, u8)) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low}-{high}")
    }
}

/// A size in the units `--tile-budget` takes, decimal (kB, MB, GB) when the size is a round
/// number of them, as it is when it was given that way, binary (KiB, MiB, GiB) otherwise.
fn format_bytes(bytes: u64, i18n: &I18n) -> String {
    const ROUND: [(&str, u64); 6] = [
        ("GiB", 1 << 30),
        ("GB", 1_000_000_000),
        ("MiB", 1 << 20),
        ("MB", 1_000_000),
        ("KiB", 1 << 10),
        ("kB", 1_000),
    ];
    if let Some((unit, size)) = ROUND
        .iter()
        .find(|(_, size)| bytes >= *size && bytes.is_multiple_of(*size))
    {
        return format!("{} {unit}", bytes / size);
    }
    const BINARY: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    BINARY.iter().find(|(_, size)| bytes >= *size).map_or_else(
        || format!("{bytes} B"),
        |(unit, size)| format!("{} {unit}", format_value(bytes as f64 / *size as f64, i18n)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_ranges_and_sizes_parse() {
        assert_eq!(parse_zooms("8-14").unwrap(), Some((8, 14)));
        assert_eq!(parse_zooms("12").unwrap(), Some((12, 12)));
        assert_eq!(parse_zooms("none").unwrap(), None);
        assert!(parse_zooms("14-8").is_err());
        assert!(parse_zooms("20-22").is_err());
        assert!(parse_zooms("22").is_err());
        assert_eq!(parse_zooms("0-20").unwrap(), Some((0, 20)));
        assert_eq!(parse_size("512MiB").unwrap(), 512 << 20);
        assert_eq!(parse_size("2GB").unwrap(), 2_000_000_000);
        assert!(parse_size("lots").is_err());
        let i18n = I18n::new(Lang::En);
        assert_eq!(format_bytes(500_000, &i18n), "500 kB");
        assert_eq!(format_bytes(512 << 20, &i18n), "512 MiB");
        assert_eq!(format_bytes(0, &i18n), "0 B");
    }
}
