//! `citydash pack verify|info`: a pack checked (integrity, manifest, content digest,
//! signature) and judged against the trusted keys. The verdict is one line and an exit code:
//! 0 valid and signed by a trusted key, 1 refused (and why), 3 valid but expired, 4 valid but
//! unsigned, 5 valid but signed by a key not trusted.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use offline_cache::pack::{PackRefused, Signature, VerifiedPack, verify};
use offline_cache::store::now_ms;

use crate::i18n::I18n;
use crate::view_models::format::CityZone;
use citydash_views::pack::{refusal_code, refusal_text, signature_text};

#[derive(Debug, Args)]
pub struct VerifyArgs {
    pub file: PathBuf,
    /// Also trust this public key for this check: a `.pub` file or the key itself.
    #[arg(long, value_name = "PUBKEY")]
    pub trust: Vec<String>,
    /// Print JSON instead of a line.
    #[arg(long)]
    pub json: bool,
}

/// The verdict's exit code.
fn exit_code(pack: &VerifiedPack, signature: &Signature, now_ms: i64) -> ExitCode {
    if pack.is_expired(now_ms) {
        return ExitCode::from(3);
    }
    match signature {
        Signature::Trusted { .. } => ExitCode::SUCCESS,
        Signature::Unsigned => ExitCode::from(4),
        Signature::Unknown { .. } => ExitCode::from(5),
    }
}

/// `FILE: refused: why`, as every command that checks a pack says it.
pub(super) fn refused_line(path: &std::path::Path, refused: &PackRefused, i18n: &I18n) -> String {
    i18n.tf(
        "cli.pack.refused",
        &[
            ("path", &path.display().to_string()),
            ("reason", &refusal_text(refused, i18n)),
        ],
    )
}

fn signature_json(signature: &Signature) -> serde_json::Value {
    match signature {
        Signature::Unsigned => serde_json::json!({"status": "unsigned"}),
        Signature::Trusted { name, fingerprint } => serde_json::json!({
            "status": "trusted", "name": name, "fingerprint": fingerprint,
        }),
        Signature::Unknown {
            claimed_name,
            fingerprint,
            public_key,
        } => serde_json::json!({
            "status": "unknown-key", "claimed_name": claimed_name,
            "fingerprint": fingerprint, "public_key": public_key,
        }),
    }
}

pub fn run_verify(args: &VerifyArgs, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let trusted = super::keys::trusted_keys(&args.trust)?;
    let pack = match verify(&args.file) {
        Ok(pack) => pack,
        Err(refused) => {
            if args.json {
                say!(
                    "{}",
                    serde_json::json!({
                        "valid": false,
                        "reason": refusal_code(&refused),
                        "message": refused.to_string(),
                    })
                );
            } else {
                say!("{}", refused_line(&args.file, &refused, i18n));
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    let now = now_ms();
    let signature = trusted.judge(&pack);
    let expired = pack.is_expired(now);
    if args.json {
        say!(
            "{}",
            serde_json::json!({
                "valid": true,
                "expired": expired,
                "signature": signature_json(&signature),
                "manifest": pack.manifest,
            })
        );
    } else {
        let zone = CityZone::fallback();
        let manifest = &pack.manifest;
        let key = if expired {
            "cli.pack.valid_expired"
        } else {
            "cli.pack.valid"
        };
        say!(
            "{}",
            i18n.tf(
                key,
                &[
                    ("path", &args.file.display().to_string()),
                    ("signature", &signature_text(&signature, i18n)),
                    ("title", &manifest.title),
                    ("as_of", &zone.format(manifest.as_of_ms, i18n)),
                    (
                        "expiry",
                        &manifest.expires_at_ms.map_or_else(
                            || i18n.t("cli.pack.expiry.none").to_owned(),
                            |t| {
                                let key = if expired {
                                    "cli.pack.expiry.expired"
                                } else {
                                    "cli.pack.expiry.until"
                                };
                                i18n.tf(key, &[("time", &zone.format(t, i18n))])
                            },
                        ),
                    ),
                ],
            )
        );
        if let Signature::Unknown { public_key, .. } = &signature {
            say!("{}", i18n.tf("cli.pack.trust_hint", &[("key", public_key)]));
        }
    }
    Ok(exit_code(&pack, &signature, now))
}

pub fn run_info(args: &VerifyArgs, i18n: &I18n) -> anyhow::Result<ExitCode> {
    let trusted = super::keys::trusted_keys(&args.trust)?;
    let pack = match verify(&args.file) {
        Ok(pack) => pack,
        Err(refused) => {
            say!("{}", refused_line(&args.file, &refused, i18n));
            return Ok(ExitCode::FAILURE);
        }
    };
    let signature = trusted.judge(&pack);
    if args.json {
        let mut value = serde_json::to_value(&pack.manifest)?;
        if let Some(object) = value.as_object_mut() {
            object.insert("signature".into(), signature_json(&signature));
        }
        say!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(ExitCode::SUCCESS);
    }
    let manifest = &pack.manifest;
    let zone = CityZone::fallback();
    let holds = &manifest.holds;
    let none = || "-".to_owned();
    say!("{}", manifest.title);
    for (key, value) in [
        (
            "cli.pack.info.author",
            manifest.author.clone().unwrap_or_else(none),
        ),
        (
            "cli.pack.info.source",
            manifest.source_server.clone().unwrap_or_else(none),
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
                .map_or_else(none, |t| zone.format(t, i18n)),
        ),
        ("cli.pack.info.signature", signature_text(&signature, i18n)),
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
        (
            "cli.pack.info.area",
            holds.bbox.map_or_else(none, |b| {
                format!(
                    "{}, {} – {}, {}",
                    b.min_lon, b.min_lat, b.max_lon, b.max_lat
                )
            }),
        ),
        (
            "cli.pack.info.zooms",
            holds
                .zooms
                .map_or_else(none, |(low, high)| format!("{low}–{high}")),
        ),
        ("cli.pack.info.tiles", holds.tiles.to_string()),
        ("cli.pack.info.digest", manifest.content_sha256.clone()),
    ] {
        say!("{}", i18n.tf(key, &[("value", &value)]));
    }
    Ok(ExitCode::SUCCESS)
}
