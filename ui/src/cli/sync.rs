//! `citydash sync`: bring the cache up to date from an operations center, once or continuously.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use offline_cache::sync::{
    ChangeWaiter, SyncConfig, SyncEvent, SyncReport, WaitOutcome, sync_once_with,
};

use crate::i18n::{I18n, Lang};
use crate::view_models::format::format_value;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Base URL of the operations center, e.g. http://127.0.0.1:8787.
    #[arg(long, value_name = "URL")]
    pub server: String,
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
    /// Print no progress bar.
    #[arg(long)]
    pub quiet: bool,
}

pub fn run(args: SyncArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let mut config = SyncConfig::new(args.server.clone(), args.token.value.clone(), cache);
    config.history_days = args.history_days;
    if !args.watch {
        let report = run_once(&config, &i18n, args.quiet)?;
        return Ok(if report.is_success() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut waiter = ChangeWaiter::new(&config.client_config());
    let interval = Duration::from_secs(args.interval_secs.max(1));
    loop {
        // A failed run is reported and retried at the next wake-up; watching goes on.
        if let Err(error) = run_once(&config, &i18n, true) {
            eprintln!("citydash: {error:#}");
        }
        let outcome = runtime.block_on(async {
            tokio::select! {
                outcome = waiter.wait(interval, Duration::from_secs(2)) => Some(outcome),
                _ = tokio::signal::ctrl_c() => None,
            }
        });
        match outcome {
            None => return Ok(ExitCode::SUCCESS),
            Some(WaitOutcome::StreamUnavailable { reason }) => {
                println!("{}", i18n.tf("cli.sync.polling", &[("reason", &reason)]));
            }
            Some(_) => {}
        }
    }
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
    let on_event = |event: &SyncEvent| match event {
        SyncEvent::Progress { done, total } => {
            bar.set_length(*total as u64);
            bar.set_position(*done as u64);
        }
        SyncEvent::Changed { resources } => {
            if let Some(resource) = resources.first() {
                bar.set_message(resource.clone());
            }
        }
        SyncEvent::Failed(failure) => {
            bar.println(i18n.tf(
                "cli.sync.resource_failed",
                &[
                    ("resource", &failure.resource),
                    ("message", &failure.message),
                ],
            ));
        }
        SyncEvent::Started { .. } | SyncEvent::Finished(_) => {}
    };
    let report = sync_once_with(config, &on_event);
    bar.finish_and_clear();
    let report = report?;
    println!("{}", summary(&report, i18n));
    Ok(report)
}

/// One or two lines saying what the run did.
pub fn summary(report: &SyncReport, i18n: &I18n) -> String {
    let seconds = format!(
        "{:.1}",
        (report.finished_ms - report.started_ms) as f64 / 1000.0
    );
    if !report.reachable {
        let reason = report
            .errors
            .first()
            .map_or("-", |error| error.message.as_str());
        return i18n.tf(
            "cli.sync.failed",
            &[
                ("server", &report.server),
                ("seconds", &seconds),
                ("reason", reason),
            ],
        );
    }
    let mut text = i18n.tf(
        "cli.sync.summary",
        &[
            ("server", &report.server),
            ("seconds", &seconds),
            ("changed", &report.changed.len().to_string()),
            ("unchanged", &report.not_modified.to_string()),
            (
                "observations",
                &format_value(report.observations_written as f64, i18n),
            ),
        ],
    );
    if !report.errors.is_empty() {
        text.push('\n');
        text.push_str(&i18n.tf(
            "cli.sync.errors",
            &[("count", &report.errors.len().to_string())],
        ));
    }
    text
}
