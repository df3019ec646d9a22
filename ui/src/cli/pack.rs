//! `citydash pack export|verify|info`: a briefing pack written from the cache, checked, and
//! described. Verification's verdict is one line and an exit code: 0 valid, 1 refused (and
//! why), 3 valid but expired.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use offline_cache::model::units::{DAY_MS, HOUR_MS};
use offline_cache::pack::{PackInfo, PackRefused, Selection, VerifiedPack, export, verify};
use offline_cache::store::{Reader, now_ms};

use crate::i18n::{I18n, Lang};
use crate::view_models::format::{CityZone, format_number};

#[derive(Debug, Args)]
pub struct PackArgs {
    #[command(subcommand)]
    pub command: PackCommand,
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Write a pack of the cache: chosen KPIs over a time window, layers and basemap zooms.
    Export(ExportArgs),
    /// Check a pack: exit 0 when valid, 1 when refused (and why), 3 when valid but expired.
    Verify(FileArgs),
    /// Describe a pack: its title, author, source, as-of time, expiry and what it holds.
    Info(FileArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The pack to write (`.citybrief`).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[arg(long, default_value = "CityDash briefing", value_name = "TITLE")]
    pub title: String,
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    /// `all`, a domain (`environment`) or KPI ids separated by commas.
    #[arg(long, default_value = "all", value_name = "KPIS")]
    pub kpis: String,
    /// The window's length back from its end: `7d`, `36h`.
    #[arg(long, default_value = "7d", value_name = "SPAN")]
    pub last: String,
    /// `all`, `none` or layer ids separated by commas.
    #[arg(long, default_value = "all", value_name = "IDS")]
    pub layers: String,
    /// Basemap zooms, `8-14`, or `none`.
    #[arg(long, default_value = "8-14", value_name = "ZOOMS")]
    pub zooms: String,
    /// How long the pack is good for: `14d`.
    #[arg(long, value_name = "SPAN")]
    pub expires: Option<String>,
    /// Replace an existing pack of that name.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub cache: super::CacheArg,
}

#[derive(Debug, Args)]
pub struct FileArgs {
    pub file: PathBuf,
    /// Print JSON instead of a line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: PackArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    match args.command {
        PackCommand::Export(export_args) => run_export(&export_args, &cache, &i18n),
        PackCommand::Verify(file) => run_verify(&file, &i18n),
        PackCommand::Info(file) => run_info(&file, &i18n),
    }
}

/// `7d`, `36h` in milliseconds.
fn span_ms(text: &str) -> anyhow::Result<i64> {
    let text = text.trim();
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let number: i64 = number
        .parse()
        .map_err(|_| anyhow::anyhow!("not a span like 7d or 36h: {text}"))?;
    anyhow::ensure!(number > 0, "not a span like 7d or 36h: {text}");
    match unit {
        "d" => Ok(number.saturating_mul(DAY_MS)),
        "h" => Ok(number.saturating_mul(HOUR_MS)),
        _ => anyhow::bail!("not a span like 7d or 36h: {text}"),
    }
}

fn ids(text: &str) -> Option<Vec<String>> {
    match text.trim() {
        "all" => None,
        "none" => Some(Vec::new()),
        list => Some(
            list.split(',')
                .map(|id| id.trim().to_owned())
                .filter(|id| !id.is_empty())
                .collect(),
        ),
    }
}

fn run_export(args: &ExportArgs, cache: &Path, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let reader = Reader::open(cache)?;
    let catalog = reader.catalog()?.ok_or_else(|| {
        anyhow::anyhow!("the cache has no catalog yet: run `citydash sync` first")
    })?;
    drop(reader);
    // A domain's name chooses its KPIs.
    let kpi_ids = match ids(&args.kpis) {
        Some(list) if list.len() == 1 => {
            let domain = catalog
                .kpis
                .iter()
                .filter(|kpi| {
                    serde_json::to_value(kpi.domain)
                        .ok()
                        .and_then(|value| value.as_str().map(|name| name == list[0]))
                        .unwrap_or(false)
                })
                .map(|kpi| kpi.id.clone())
                .collect::<Vec<_>>();
            Some(if domain.is_empty() { list } else { domain })
        }
        other => other,
    };
    if let Some(ids) = &kpi_ids {
        let unknown: Vec<&String> = ids.iter().filter(|id| catalog.kpi(id).is_none()).collect();
        anyhow::ensure!(
            unknown.is_empty(),
            "the catalog has no KPI {}",
            unknown
                .iter()
                .map(|id| id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let to_ms = catalog.server_time_ms;
    let selection = Selection {
        kpi_ids,
        from_ms: to_ms - span_ms(&args.last)?,
        to_ms,
        layer_ids: ids(&args.layers),
        zooms: super::sync::parse_zooms(&args.zooms)?,
    };
    let created_at_ms = now_ms();
    let info = PackInfo {
        title: args.title.clone(),
        author: args.author.clone(),
        expires_at_ms: args
            .expires
            .as_deref()
            .map(span_ms)
            .transpose()?
            .map(|span| created_at_ms + span),
    };
    let manifest = export(
        cache,
        &args.out,
        &selection,
        &info,
        created_at_ms,
        args.force,
    )?;
    let bytes = std::fs::metadata(&args.out)
        .map(|meta| meta.len())
        .unwrap_or(0);
    let holds = &manifest.holds;
    let count = |n: u64| format_number(n as f64, 0, i18n);
    say!(
        "{}",
        i18n.tf(
            "cli.pack.exported",
            &[
                ("path", &args.out.display().to_string()),
                ("kpis", &count(holds.kpis.len() as u64)),
                ("observations", &count(holds.observations)),
                ("alerts", &count(holds.alerts)),
                ("layers", &count(holds.layers.len() as u64)),
                ("features", &count(holds.features)),
                ("tiles", &count(holds.tiles)),
                ("mib", &format_number(bytes as f64 / 1_048_576.0, 1, i18n)),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// The reason a pack is refused, in the reader's language.
fn refusal_text(refused: &PackRefused, i18n: &I18n) -> String {
    match refused {
        PackRefused::Unreadable(detail) => {
            i18n.tf("cli.pack.refused.unreadable", &[("detail", detail)])
        }
        PackRefused::NotSqlite(_) => i18n.t("cli.pack.refused.not_sqlite").to_owned(),
        PackRefused::NotAPack => i18n.t("cli.pack.refused.not_a_pack").to_owned(),
        PackRefused::Damaged(detail) => i18n.tf("cli.pack.refused.damaged", &[("detail", detail)]),
        PackRefused::BadManifest(detail) => {
            i18n.tf("cli.pack.refused.bad_manifest", &[("detail", detail)])
        }
        PackRefused::NewerFormat { found, supported } => i18n.tf(
            "cli.pack.refused.newer",
            &[
                ("found", &found.to_string()),
                ("supported", &supported.to_string()),
            ],
        ),
        PackRefused::ContentChanged => i18n.t("cli.pack.refused.changed").to_owned(),
    }
}

fn run_verify(args: &FileArgs, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let path = args.file.display().to_string();
    match verify(&args.file) {
        Err(refused) => {
            if args.json {
                say!(
                    "{}",
                    serde_json::json!({"valid": false, "reason": refused.to_string()})
                );
            } else {
                let reason = refusal_text(&refused, i18n);
                say!(
                    "{}",
                    i18n.tf("cli.pack.refused", &[("path", &path), ("reason", &reason)])
                );
            }
            Ok(ExitCode::FAILURE)
        }
        Ok(pack) => {
            let expired = pack.is_expired(now_ms());
            if args.json {
                say!(
                    "{}",
                    serde_json::json!({
                        "valid": true,
                        "signed": pack.signature.is_some(),
                        "expired": expired,
                        "manifest": pack.manifest,
                    })
                );
            } else {
                let key = if expired {
                    "cli.pack.valid_expired"
                } else {
                    "cli.pack.valid_unsigned"
                };
                let args = verdict_args(&pack, &path, i18n);
                let args: Vec<(&str, &str)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.as_str()))
                    .collect();
                say!("{}", i18n.tf(key, &args));
            }
            Ok(if expired {
                ExitCode::from(3)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn verdict_args(pack: &VerifiedPack, path: &str, i18n: &I18n) -> Vec<(&'static str, String)> {
    let zone = CityZone::fallback();
    let manifest = &pack.manifest;
    vec![
        ("path", path.to_owned()),
        ("title", manifest.title.clone()),
        ("as_of", zone.format(manifest.as_of_ms, i18n)),
        (
            "expiry",
            manifest
                .expires_at_ms
                .map_or_else(|| "-".to_owned(), |t| zone.format(t, i18n)),
        ),
    ]
}

fn run_info(args: &FileArgs, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let pack = match verify(&args.file) {
        Ok(pack) => pack,
        Err(refused) => {
            let reason = refusal_text(&refused, i18n);
            let path = args.file.display().to_string();
            say!(
                "{}",
                i18n.tf("cli.pack.refused", &[("path", &path), ("reason", &reason)])
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    if args.json {
        say!("{}", serde_json::to_string_pretty(&pack.manifest)?);
        return Ok(ExitCode::SUCCESS);
    }
    let manifest = &pack.manifest;
    let zone = CityZone::fallback();
    let holds = &manifest.holds;
    say!("{}", manifest.title);
    for (key, value) in [
        (
            "cli.pack.info.author",
            manifest.author.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "cli.pack.info.source",
            manifest.source_server.clone().unwrap_or_else(|| "-".into()),
        ),
        ("cli.pack.info.as_of", zone.format(manifest.as_of_ms, i18n)),
        (
            "cli.pack.info.created",
            zone.format(manifest.created_at_ms, i18n),
        ),
        (
            "cli.pack.info.expires",
            manifest
                .expires_at_ms
                .map_or_else(|| "-".to_owned(), |t| zone.format(t, i18n)),
        ),
        ("cli.pack.info.kpis", holds.kpis.join(", ")),
        (
            "cli.pack.info.window",
            format!(
                "{} – {}",
                zone.format(holds.from_ms, i18n),
                zone.format(holds.to_ms, i18n)
            ),
        ),
        ("cli.pack.info.layers", holds.layers.join(", ")),
        ("cli.pack.info.digest", manifest.content_sha256.clone()),
    ] {
        say!("{}", i18n.tf(key, &[("value", &value)]));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn spans_and_id_lists_read_as_written() {
        assert_eq!(span_ms("7d").unwrap(), 7 * DAY_MS);
        assert_eq!(span_ms("36h").unwrap(), 36 * HOUR_MS);
        for bad in ["", "7", "d", "-3d", "7w"] {
            assert!(span_ms(bad).is_err(), "{bad:?}");
        }
        assert_eq!(ids("all"), None);
        assert_eq!(ids("none"), Some(vec![]));
        assert_eq!(ids("EN03, DE01"), Some(vec!["EN03".into(), "DE01".into()]));
    }
}
