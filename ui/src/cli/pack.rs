//! `citydash pack export|verify|info`: a briefing pack written from the cache (this module),
//! checked and described ([`super::pack_check`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use offline_cache::model::BoundingBox;
use offline_cache::model::units::DAY_MS;
use offline_cache::pack::{
    ExportOptions, ExportStep, PackInfo, Selection, SigningKey, export_with,
};
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
    /// Write a pack of the cache: chosen KPIs over a time window, layers, an area and basemap
    /// zooms; signed with --sign.
    Export(Box<ExportArgs>),
    /// Check a pack. Exit 0: valid and signed by a trusted key; 1: refused (and why); 3:
    /// valid but expired; 4: valid but unsigned; 5: valid, signed by a key not trusted.
    Verify(super::pack_check::VerifyArgs),
    /// Describe a pack: its title, author, source, as-of time, signer, expiry and what it
    /// holds.
    Info(super::pack_check::VerifyArgs),
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
    /// The window's length back from the newest data: `7d`, `36h`.
    #[arg(long, default_value = "7d", value_name = "SPAN", conflicts_with_all = ["from", "to"])]
    pub last: String,
    /// The window's start, in the city's time: `2026-12-01`, `2026-12-01 08:00`, or RFC 3339.
    #[arg(long, value_name = "TIME", requires = "to")]
    pub from: Option<String>,
    /// The window's end, in the city's time (a date alone includes that whole day); also the
    /// pack's as-of time.
    #[arg(long, value_name = "TIME", requires = "from")]
    pub to: Option<String>,
    /// `all`, `none` or layer ids separated by commas.
    #[arg(long, default_value = "all", value_name = "IDS")]
    pub layers: String,
    /// Keep features and tiles within this area: `min_lon,min_lat,max_lon,max_lat` (WGS 84).
    #[arg(long, value_name = "BBOX", allow_hyphen_values = true)]
    pub bbox: Option<String>,
    /// Basemap zooms, `8-14`, or `none`.
    #[arg(long, default_value = "8-14", value_name = "ZOOMS")]
    pub zooms: String,
    /// How long the pack is good for: `14d`.
    #[arg(long, value_name = "SPAN")]
    pub expires: Option<String>,
    /// Sign the pack with this private key (made by `citydash keygen`).
    #[arg(long, value_name = "KEYFILE")]
    pub sign: Option<PathBuf>,
    /// Replace an existing pack of that name.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub cache: super::CacheArg,
}

pub fn run(args: PackArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    match args.command {
        PackCommand::Export(export_args) => run_export(&export_args, &cache, &i18n),
        PackCommand::Verify(verify_args) => super::pack_check::run_verify(&verify_args, &i18n),
        PackCommand::Info(info_args) => super::pack_check::run_info(&info_args, &i18n),
    }
}

/// `7d`, `36h` in milliseconds.
fn span_ms(text: &str) -> anyhow::Result<i64> {
    crate::view_models::format::span_ms(text)
        .ok_or_else(|| anyhow::anyhow!("not a span like 7d or 36h: {}", text.trim()))
}

/// A time as `--from`/`--to` take it: RFC 3339, or the city's wall clock as `2026-12-01 08:00`
/// (or with a `T`), or a date alone: its first moment, or with `end_of_day` its last.
fn time_ms(text: &str, zone: CityZone, end_of_day: bool) -> anyhow::Result<i64> {
    let text = text.trim();
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(time.timestamp_millis());
    }
    let local = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|pattern| NaiveDateTime::parse_from_str(text, pattern).ok());
    let (local, extra_ms) = match local {
        Some(local) => (local, 0),
        None => {
            let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
                anyhow::anyhow!("not a time like 2026-12-01, 2026-12-01 08:00 or RFC 3339: {text}")
            })?;
            match date.and_hms_opt(0, 0, 0) {
                Some(midnight) if end_of_day => (midnight, DAY_MS - 1),
                Some(midnight) => (midnight, 0),
                None => anyhow::bail!("not a time: {text}"),
            }
        }
    };
    zone.local_to_ms(local)
        .map(|ms| ms + extra_ms)
        .ok_or_else(|| anyhow::anyhow!("{text} does not exist in the city's time zone"))
}

/// `min_lon,min_lat,max_lon,max_lat` in degrees.
fn bbox(text: &str) -> anyhow::Result<BoundingBox> {
    let numbers: Vec<f64> = text
        .split(',')
        .map(|part| part.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| {
            anyhow::anyhow!("--bbox: not four numbers min_lon,min_lat,max_lon,max_lat: {text}")
        })?;
    let [min_lon, min_lat, max_lon, max_lat] = numbers[..] else {
        anyhow::bail!("--bbox: not four numbers min_lon,min_lat,max_lon,max_lat: {text}");
    };
    anyhow::ensure!(
        (-180.0..=180.0).contains(&min_lon)
            && (-180.0..=180.0).contains(&max_lon)
            && (-85.06..=85.06).contains(&min_lat)
            && (-85.06..=85.06).contains(&max_lat)
            && min_lon < max_lon
            && min_lat < max_lat,
        "--bbox: expected west,south,east,north in degrees with west < east and south < north, got {text}"
    );
    Ok(BoundingBox {
        min_lon,
        min_lat,
        max_lon,
        max_lat,
    })
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
    let zone = CityZone::from_name(Some(&catalog.city.time_zone));
    // The newest data the cache has is as far as a window can reach: a pack never claims to
    // show the city at a time its source had not reached.
    let newest_ms = catalog.server_time_ms;
    let (from_ms, to_ms) = match (&args.from, &args.to) {
        (Some(from), Some(to)) => {
            let from_ms = time_ms(from, zone, false)?;
            let to_ms = time_ms(to, zone, true)?.min(newest_ms);
            anyhow::ensure!(
                from_ms < to_ms,
                "--from must be before --to and before the cache's newest data ({})",
                zone.format(newest_ms, i18n)
            );
            (from_ms, to_ms)
        }
        _ => (newest_ms - span_ms(&args.last)?, newest_ms),
    };
    let selection = Selection {
        kpi_ids,
        from_ms,
        to_ms,
        layer_ids: ids(&args.layers),
        zooms: super::sync::parse_zooms(&args.zooms)?,
        bbox: args.bbox.as_deref().map(bbox).transpose()?,
    };
    let signing_key = args.sign.as_deref().map(SigningKey::read).transpose()?;
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
    let bar = ProgressBar::new(ExportStep::ALL.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{bar:32}] {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    let progress = |step: ExportStep| {
        let position = ExportStep::ALL.iter().position(|s| *s == step).unwrap_or(0);
        bar.set_position(position as u64);
        bar.set_message(i18n.t(step_key(step)).to_owned());
    };
    let options = ExportOptions {
        replace: args.force,
        signing_key: signing_key.as_ref(),
        progress: Some(&progress),
    };
    let exported = export_with(cache, &args.out, &selection, &info, created_at_ms, &options);
    bar.finish_and_clear();
    let manifest = exported?;
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
    say!(
        "{}",
        i18n.tf(
            "cli.pack.exported_window",
            &[
                ("from", &zone.format(holds.from_ms, i18n)),
                ("to", &zone.format(holds.to_ms, i18n)),
            ],
        )
    );
    let signed = match &signing_key {
        Some(key) => i18n.tf(
            "cli.pack.exported_signed",
            &[
                ("name", &key.name),
                ("fingerprint", &key.public().fingerprint()),
            ],
        ),
        None => i18n.t("cli.pack.exported_unsigned").to_owned(),
    };
    say!("{signed}");
    Ok(ExitCode::SUCCESS)
}

fn step_key(step: ExportStep) -> &'static str {
    match step {
        ExportStep::Copying => "cli.pack.step.copying",
        ExportStep::Cutting => "cli.pack.step.cutting",
        ExportStep::Compacting => "cli.pack.step.compacting",
        ExportStep::Sealing => "cli.pack.step.sealing",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use offline_cache::model::units::HOUR_MS;

    #[test]
    fn spans_times_areas_and_id_lists_read_as_written() {
        assert_eq!(span_ms("7d").unwrap(), 7 * DAY_MS);
        assert_eq!(span_ms("36h").unwrap(), 36 * HOUR_MS);
        for bad in ["", "7", "d", "-3d", "7w"] {
            assert!(span_ms(bad).is_err(), "{bad:?}");
        }
        assert_eq!(ids("all"), None);
        assert_eq!(ids("none"), Some(vec![]));
        assert_eq!(ids("EN03, DE01"), Some(vec!["EN03".into(), "DE01".into()]));

        let zone = CityZone::fallback();
        // 2026-12-01 00:00 in Ho Chi Minh City is 2026-11-30 17:00 UTC.
        let midnight = 1_796_058_000_000;
        assert_eq!(time_ms("2026-12-01", zone, false).unwrap(), midnight);
        assert_eq!(
            time_ms("2026-12-01", zone, true).unwrap(),
            midnight + DAY_MS - 1
        );
        assert_eq!(
            time_ms("2026-12-01 08:30", zone, true).unwrap(),
            midnight + 8 * HOUR_MS + 30 * 60_000
        );
        assert_eq!(
            time_ms("2026-12-01T01:30:00Z", zone, false).unwrap(),
            midnight + 7 * HOUR_MS + 90 * 60_000
        );
        for bad in ["yesterday", "2026-13-01", "01/12/2026"] {
            assert!(time_ms(bad, zone, false).is_err(), "{bad:?}");
        }

        let area = bbox("106.6, 10.7,106.9,10.85").unwrap();
        assert_eq!((area.min_lon, area.max_lat), (106.6, 10.85));
        for bad in [
            "106.6,10.7,106.9",
            "106.9,10.7,106.6,10.85",
            "a,b,c,d",
            "0,0,200,1",
        ] {
            assert!(bbox(bad).is_err(), "{bad:?}");
        }
    }
}
