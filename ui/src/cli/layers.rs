//! `citydash layers` and `citydash tiles`: what the cache holds of the map.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use offline_cache::store::{Reader, now_ms};

use crate::i18n::{I18n, Lang};
use crate::view_models::format::{CityZone, format_age, format_value};

#[derive(Debug, Args)]
pub struct LayersArgs {
    #[command(flatten)]
    pub cache: super::CacheArg,
    /// Print JSON for scripts instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run_layers(
    args: LayersArgs,
    cache: PathBuf,
    lang: Option<Lang>,
) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let reader = Reader::open_upgrading(&cache)?;
    let layers = reader.layers(now_ms())?;
    if args.json {
        say!("{}", serde_json::to_string_pretty(&layers)?);
        return Ok(ExitCode::SUCCESS);
    }
    if layers.is_empty() {
        say!("{}", i18n.t("cli.layers.none"));
        return Ok(ExitCode::SUCCESS);
    }
    say!(
        "{:<18} {:>10}  {:<38} {}",
        i18n.t("cli.layers.id"),
        i18n.t("cli.layers.features"),
        i18n.t("cli.layers.bbox"),
        i18n.t("cli.status.age"),
    );
    for layer in &layers {
        let bbox = layer.bbox.map_or_else(
            || "-".to_owned(),
            |b| {
                format!(
                    "{:.4},{:.4},{:.4},{:.4}",
                    b.min_lon, b.min_lat, b.max_lon, b.max_lat
                )
            },
        );
        let stale = if layer.freshness.stale {
            format!("  {}", i18n.t("cli.status.stale"))
        } else {
            String::new()
        };
        say!(
            "{:<18} {:>10}  {:<38} {}{stale}",
            layer.layer_id,
            format_value(layer.feature_count as f64, &i18n),
            bbox,
            format_age(layer.freshness.age_secs, &i18n),
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct TilesArgs {
    #[command(flatten)]
    pub cache: super::CacheArg,
    /// Print JSON for scripts instead of a line.
    #[arg(long)]
    pub json: bool,
}

pub fn run_tiles(args: TilesArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let reader = Reader::open_upgrading(&cache)?;
    let stats = reader.tile_stats()?;
    if args.json {
        say!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    let (Some(min_zoom), Some(max_zoom)) = (stats.min_zoom, stats.max_zoom) else {
        say!("{}", i18n.t("cli.tiles.none"));
        return Ok(ExitCode::SUCCESS);
    };
    let zone = CityZone::from_name(
        reader
            .catalog()?
            .as_ref()
            .map(|catalog| catalog.city.time_zone.as_str()),
    );
    let mebibytes = stats.bytes as f64 / f64::from(1u32 << 20);
    say!(
        "{}",
        i18n.tf(
            "cli.tiles.summary",
            &[
                ("count", &format_value(stats.count as f64, &i18n)),
                ("min_zoom", &min_zoom.to_string()),
                ("max_zoom", &max_zoom.to_string()),
                ("mebibytes", &format!("{mebibytes:.1}")),
                (
                    "oldest",
                    &stats
                        .oldest_fetched_at_ms
                        .map_or_else(|| "-".into(), |t| zone.format(t, &i18n))
                ),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}
