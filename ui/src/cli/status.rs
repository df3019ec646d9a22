//! `citydash status`: every KPI in the cache with its value, time, age and stale flag, and a line
//! on the last successful sync and whether the server answers now. `--json` is a stable contract
//! for scripts.

use crate::view_models::failure::resource_error_text;
use citydash_views::status::kpi_status;
use offline_cache::model::KpiStatus;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use offline_cache::http::{Client, ClientConfig, Probe};
use offline_cache::store::{Overview, Reader, now_ms};
use serde::Serialize;

use crate::i18n::{I18n, Lang};
use crate::view_models::format::{CityZone, format_age, format_value, unit_text, with_unit};

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub cache: super::CacheArg,
    /// Server to check (default: the one the cache was last synced from).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    #[command(flatten)]
    pub token: super::TokenArg,
    /// Print JSON for scripts instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The `--json` document. Field names are a contract: add, never rename.
#[derive(Debug, Serialize)]
pub struct StatusJson {
    pub server: Option<String>,
    pub reachable: bool,
    pub last_sync_ms: Option<i64>,
    /// The server that answered the last successful sync.
    pub last_sync_server: Option<String>,
    pub simulated: bool,
    pub kpis: Vec<KpiStatusJson>,
    pub errors: Vec<ResourceErrorJson>,
}

#[derive(Debug, Serialize)]
pub struct KpiStatusJson {
    pub id: String,
    pub name: String,
    pub value: Option<f64>,
    pub unit: String,
    pub measured_at_ms: Option<i64>,
    pub age_secs: Option<i64>,
    pub stale: bool,
    /// By the views' rules, as the dashboard shows it.
    pub status: KpiStatus,
}

#[derive(Debug, Serialize)]
pub struct ResourceErrorJson {
    pub resource: String,
    /// In English, with its details.
    pub message: String,
    /// Its kind (`refused`, `http-503`, `invalid`...), when it was the server's or the network's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<offline_cache::FailureReason>,
    pub at_ms: i64,
}

pub fn run(args: StatusArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let lang = lang.unwrap_or_default();
    let i18n = I18n::new(lang);
    let reader = Reader::open_upgrading(&cache)?;
    // Ages count from the server's clock, as far as the last sync found it.
    let local_now = now_ms();
    let now = reader.server_now_ms(local_now)?;
    let overview = reader.overview(now)?;
    let server = args.server.clone().or_else(|| overview.sync.server.clone());
    let probe = match &server {
        Some(server) => probe(server, args.token.value.clone()),
        None => Probe::Unreachable,
    };
    let reachable = probe == Probe::Reachable;
    let status = StatusJson {
        server,
        reachable,
        last_sync_ms: overview.sync.last_success_ms,
        last_sync_server: overview.sync.last_success_server.clone(),
        simulated: overview.simulated,
        kpis: overview
            .kpis
            .iter()
            .map(|kpi| KpiStatusJson {
                id: kpi.def.id.clone(),
                name: kpi.def.name.get(lang.code()).to_owned(),
                value: kpi.latest.as_ref().map(|latest| latest.value),
                unit: kpi.def.unit.clone(),
                measured_at_ms: kpi.latest.as_ref().map(|latest| latest.t_ms),
                age_secs: kpi.freshness.map(|freshness| freshness.age_secs),
                // No value at all is as stale as it gets.
                stale: kpi.freshness.is_none_or(|freshness| freshness.stale),
                status: kpi.latest.as_ref().map_or(KpiStatus::Neutral, |latest| {
                    kpi_status(&kpi.def, latest.value, now)
                }),
            })
            .collect(),
        errors: overview
            .sync
            .errors
            .iter()
            .map(|error| ResourceErrorJson {
                resource: error.resource.to_string(),
                message: error.message.clone(),
                reason: error.reason,
                at_ms: error.at_ms,
            })
            .collect(),
    };
    if args.json {
        say!("{}", serde_json::to_string_pretty(&status)?);
    } else {
        say!(
            "{}",
            render_table(&status, probe, &overview, &i18n, local_now).trim_end()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn probe(server: &str, token: Option<String>) -> Probe {
    let Ok(client) = Client::new(&ClientConfig::new(server, token)) else {
        return Probe::Unreachable;
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Probe::Unreachable;
    };
    runtime.block_on(client.probe(Duration::from_secs(3)))
}

fn pad(text: &str, width: usize) -> String {
    let length = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(length)))
}

fn render_table(
    status: &StatusJson,
    probe: Probe,
    overview: &Overview,
    i18n: &I18n,
    local_now: i64,
) -> String {
    let zone = CityZone::from_name(overview.city.as_ref().map(|city| city.time_zone.as_str()));
    let mut out = String::new();
    if let Some(city) = &overview.city {
        out.push_str(city.name.get(i18n.lang().code()));
        if let Some(notice) = &overview.data_notice {
            out.push_str(&format!(" ({})", notice.get(i18n.lang().code())));
        }
        out.push('\n');
    }
    if status.kpis.is_empty() {
        out.push_str(i18n.t("cli.status.no_kpis"));
        out.push('\n');
    }
    let name_width = status
        .kpis
        .iter()
        .map(|kpi| kpi.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    out.push_str(&format!(
        "{}  {}  {}  {}  {}\n",
        pad(i18n.t("cli.status.id"), 5),
        pad(i18n.t("cli.status.name"), name_width),
        pad(i18n.t("cli.status.value"), 22),
        pad(i18n.t("cli.status.measured_at"), 24),
        i18n.t("cli.status.age"),
    ));
    for kpi in &status.kpis {
        let value = kpi.value.map_or_else(
            || i18n.t("cli.status.no_value").to_owned(),
            |value| {
                with_unit(
                    &format_value(value, i18n),
                    unit_text(&kpi.unit, i18n).as_deref(),
                )
            },
        );
        let measured = kpi
            .measured_at_ms
            .map_or_else(|| "-".to_owned(), |t_ms| zone.format(t_ms, i18n));
        let age = kpi
            .age_secs
            .map_or_else(|| "-".to_owned(), |age| format_age(age, i18n));
        let stale = if kpi.stale {
            format!("  {}", i18n.t("cli.status.stale"))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{}  {}  {}  {}  {}{stale}\n",
            pad(&kpi.id, 5),
            pad(&kpi.name, name_width),
            pad(&value, 22),
            pad(&measured, 24),
            age,
        ));
    }
    out.push('\n');
    out.push_str(&match status.last_sync_ms {
        Some(t_ms) => i18n.tf(
            "cli.status.last_sync",
            &[
                ("time", &zone.format(t_ms, i18n)),
                ("age", &format_age((local_now - t_ms) / 1000, i18n)),
                ("server", status.last_sync_server.as_deref().unwrap_or("-")),
            ],
        ),
        None => i18n.t("cli.status.never_synced").to_owned(),
    });
    out.push('\n');
    if let Some(clock) = citydash_views::status_bar::clock_skew_text(&overview.sync, i18n) {
        out.push_str(&clock);
        out.push('\n');
    }
    out.push_str(&match (&status.server, probe) {
        (Some(server), Probe::Reachable) => i18n.tf("cli.status.reachable", &[("server", server)]),
        (Some(server), Probe::Refused { status }) => i18n.tf(
            "cli.status.refused",
            &[("server", server), ("status", &status.to_string())],
        ),
        (Some(server), Probe::Failing { status }) => i18n.tf(
            "cli.status.failing",
            &[("server", server), ("status", &status.to_string())],
        ),
        (Some(server), Probe::Unreachable) => i18n.tf("cli.status.offline", &[("server", server)]),
        (None, _) => i18n.t("cli.status.no_server").to_owned(),
    });
    out.push('\n');
    for error in &overview.sync.errors {
        out.push_str(&i18n.tf(
            "cli.status.resource_error",
            &[
                ("resource", &error.resource.to_string()),
                ("time", &zone.format(error.at_ms, i18n)),
                ("message", &resource_error_text(error, i18n)),
            ],
        ));
        out.push('\n');
    }
    out
}
