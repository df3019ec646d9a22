//! `citydash keygen` and `citydash trust add|list|remove`: the keys that sign packs and the
//! public keys whose packs open without a question. The trusted keys live in the config folder
//! beside `config.toml` (`trusted-keys`, one `citydash-ed25519 <key> <name>` line each).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use offline_cache::pack::{PublicKey, SigningKey, TrustedKeys};

use crate::i18n::{I18n, Lang};

/// The trusted keys' file name, in the config folder.

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// The private key to write (never over an existing file); its public key goes beside
    /// it as KEYFILE.pub.
    #[arg(long, value_name = "KEYFILE")]
    pub out: PathBuf,
    /// The name the key signs as, shown to those who open its packs.
    #[arg(long, value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct TrustArgs {
    #[command(subcommand)]
    pub command: TrustCommand,
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Trust a public key: a `.pub` file or the key itself (base64).
    Add {
        #[arg(value_name = "PUBKEY")]
        key: String,
        /// The name to know it by (default: the name in its `.pub` line).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// List the trusted keys with their names and fingerprints.
    List,
    /// Stop trusting a key: the key, its fingerprint or its name.
    Remove {
        #[arg(value_name = "KEY_OR_NAME")]
        which: String,
    },
}

/// The trusted keys' file: in the config folder, beside `config.toml`.
pub fn trusted_keys_path() -> anyhow::Result<PathBuf> {
    offline_cache::places::trusted_keys_path()
        .ok_or_else(|| anyhow::anyhow!("no config folder on this system (set CITYDASH_CONFIG)"))
}

/// The keys trusted in the config folder, with `extra` (files or keys) trusted for this run.
/// A line of the file that is not a key is reported and skipped.
pub fn trusted_keys(extra: &[String]) -> anyhow::Result<TrustedKeys> {
    let (keys, problems) = TrustedKeys::read_configured(extra)?;
    for problem in problems {
        say_err!("{problem}");
    }
    Ok(keys)
}

/// The trusted keys for a window, where a file that cannot be read is said and counts as
/// none: a dashboard still opens, and a signed pack then asks before it is shown.
pub fn trusted_keys_or_none() -> TrustedKeys {
    trusted_keys(&[]).unwrap_or_else(|error| {
        say_err!("citydash: {error}");
        TrustedKeys::default()
    })
}

pub fn run_keygen(args: &KeygenArgs, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    anyhow::ensure!(!args.name.trim().is_empty(), "--name: a key needs a name");
    let key = SigningKey::generate(&args.name)?;
    let public_path = key.write(&args.out)?;
    let public = key.public();
    say!(
        "{}",
        i18n.tf(
            "cli.keygen.written",
            &[
                ("private", &args.out.display().to_string()),
                ("public", &public_path.display().to_string()),
                ("fingerprint", &public.fingerprint()),
            ],
        )
    );
    say!("{}", public.line(&key.name));
    Ok(ExitCode::SUCCESS)
}

pub fn run_trust(args: &TrustArgs, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let i18n = I18n::new(lang.unwrap_or_default());
    let path = trusted_keys_path()?;
    let (mut keys, problems) = TrustedKeys::read(&path)?;
    for problem in problems {
        say_err!("{}: {problem}", path.display());
    }
    match &args.command {
        TrustCommand::Add { key, name } => {
            let (key, line_name) = PublicKey::from_file_or_text(key)?;
            let name = name.clone().unwrap_or(line_name);
            anyhow::ensure!(
                !name.trim().is_empty(),
                "--name: give the key a name to know it by"
            );
            let added = keys.add(key, &name);
            keys.write(&path)?;
            let message = if added {
                "cli.trust.added"
            } else {
                "cli.trust.renamed"
            };
            say!(
                "{}",
                i18n.tf(
                    message,
                    &[("name", &name), ("fingerprint", &key.fingerprint())]
                )
            );
        }
        TrustCommand::List => {
            if keys.is_empty() {
                say!(
                    "{}",
                    i18n.tf("cli.trust.none", &[("path", &path.display().to_string())])
                );
            }
            for trusted in keys.iter() {
                say!(
                    "{}  {}  {}",
                    trusted.key.fingerprint(),
                    trusted.key.to_base64(),
                    trusted.name
                );
            }
        }
        TrustCommand::Remove { which } => {
            let removed = keys.remove(which);
            if removed.is_empty() {
                say!("{}", i18n.tf("cli.trust.not_found", &[("which", which)]));
                return Ok(ExitCode::FAILURE);
            }
            keys.write(&path)?;
            for trusted in removed {
                say!(
                    "{}",
                    i18n.tf(
                        "cli.trust.removed",
                        &[
                            ("name", &trusted.name),
                            ("fingerprint", &trusted.key.fingerprint())
                        ]
                    )
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
