//! The config file: `config.toml` in the platform's config folder (`~/.config/citydash/` on
//! Linux; `CITYDASH_CONFIG` names another), read by every subcommand. A flag wins over a
//! `CITYDASH_*` variable, which wins over the file. The token is never in the file: it comes from
//! `--token` or `CITYDASH_TOKEN`, else the operating system's keyring (`citydash token set`),
//! else `token_file`, a file only its owner may read; so a wall's token is on no command line
//! `ps` shows. `citydash config` prints every value and where it came from, never the token.
//!
//! ```toml
//! server = "https://ioc.example.vn"
//! lang = "vi"
//! cache = "/var/lib/citydash/wall.gpkg"
//! token_file = "/home/wall/.config/citydash/token"
//! playlist = "/home/wall/.config/citydash/playlist.toml"
//! retain_days = 90
//! tile_budget_mib = 512
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::keyring::{Lookup, StoreKind, SystemKeyring, TokenKeyring};
use super::{Cli, Command};
use crate::i18n::I18n;

pub use offline_cache::places::{CONFIG_ENV, ConfigFile, config_path};

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env(&'static str),
    File,
    TokenFile(PathBuf),
    Keyring(StoreKind),
    Default,
    Unset,
}

/// Every value a command may take from the config, and its origin (for `citydash config`).
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The config file read, if there is one.
    pub file: Option<PathBuf>,
    pub values: Vec<(&'static str, Option<Shown>, Origin)>,
    /// What the keyring said, when it was asked or could not be.
    pub keyring: Option<KeyringNote>,
}

/// A value as `citydash config` shows it: the token only as whether it is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Text(String),
    TokenSet,
    /// A token is named but cannot be used: why.
    TokenUnusable(String),
}

/// The keyring's answer, for `citydash config` (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringNote {
    /// The token came from it.
    Used { origin: String },
    /// It holds no token for the server.
    Missing { origin: String },
    /// It could not be reached: the stores' own words.
    Unreachable { detail: String },
    /// The server is not known, so there is no entry to look up.
    NoServer,
    /// The server is not an http(s) URL.
    BadServer,
}

/// Reads the config file at `path` (see [`offline_cache::places::read_config`]).
pub fn read_config(path: &Path, named: bool) -> anyhow::Result<ConfigFile> {
    Ok(offline_cache::places::read_config(path, named)?)
}

/// Reads a token file, refused when others may read it (`chmod 600` fixes it).
pub fn read_token_file(path: &Path) -> anyhow::Result<String> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = std::fs::metadata(path)
        .with_context(|| format!("could not read the token file {}", path.display()))?;
    if meta.permissions().mode() & 0o077 != 0 {
        anyhow::bail!(
            "the token file {} may be read by others; it was not used: chmod 600 it",
            path.display()
        );
    }
    let token = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the token file {}", path.display()))?;
    let token = token.trim().to_owned();
    anyhow::ensure!(
        !token.is_empty(),
        "the token file {} is empty",
        path.display()
    );
    Ok(token)
}

/// Takes a value from the flag, else the variable, else the file; records where it came from.
fn pick(
    values: &mut Vec<(&'static str, Option<Shown>, Origin)>,
    name: &'static str,
    flag: &mut Option<String>,
    env: &'static str,
    file: Option<String>,
) {
    let origin = if flag.is_some() {
        Origin::Flag
    } else if let Some(value) = std::env::var(env).ok().filter(|v| !v.trim().is_empty()) {
        *flag = Some(value);
        Origin::Env(env)
    } else if let Some(value) = file {
        *flag = Some(value);
        Origin::File
    } else {
        Origin::Unset
    };
    values.push((name, flag.clone().map(Shown::Text), origin));
}

/// Fills what the command line left open from `CITYDASH_*` variables, the keyring and the
/// config file.
pub fn apply(cli: &mut Cli) -> anyhow::Result<Resolved> {
    apply_with(cli, &SystemKeyring)
}

/// [`apply`] with the keyring to ask.
pub fn apply_with(cli: &mut Cli, keyring: &dyn TokenKeyring) -> anyhow::Result<Resolved> {
    let path = config_path();
    let named = std::env::var_os(CONFIG_ENV).is_some();
    let file = match &path {
        Some(path) => read_config(path, named)?,
        None => ConfigFile::default(),
    };
    let mut values = Vec::new();
    pick(
        &mut values,
        "lang",
        &mut cli.lang,
        "CITYDASH_LANG",
        file.lang.clone(),
    );

    let path_text = |path: &Option<PathBuf>| path.as_ref().map(|p| p.display().to_string());
    let mut cache = own_cache(cli)
        .or_else(|| cli.cache.path.clone())
        .map(|path| path.display().to_string());
    pick(
        &mut values,
        "cache",
        &mut cache,
        "CITYDASH_CACHE",
        path_text(&file.cache),
    );
    if cli.cache.path.is_none() && own_cache(cli).is_none() {
        cli.cache.path = cache.map(PathBuf::from);
    }
    if let Some(last) = values.last_mut()
        && last.2 == Origin::Unset
    {
        last.2 = Origin::Default;
        last.1 = super::default_cache_path()
            .ok()
            .map(|path| Shown::Text(path.display().to_string()));
    }

    // `config` is how one finds out what is wrong, and `token` how one mends it: both go on.
    let lenient = matches!(cli.command, Some(Command::Config | Command::Token(_)));
    let asks_keyring = uses_token(cli);
    let mut token_problem = None;
    let mut keyring_note = None;
    let (server, token) = command_server_and_token(cli);
    pick(
        &mut values,
        "server",
        server,
        "CITYDASH_SERVER",
        file.server.clone(),
    );
    // The token: a flag or CITYDASH_TOKEN (clap reads both into the same value), else the
    // keyring's entry for the server, else the token file.
    let token_origin = match (&*token, std::env::var("CITYDASH_TOKEN").ok()) {
        (Some(value), Some(env)) if *value == env => Origin::Env("CITYDASH_TOKEN"),
        (Some(_), _) => Origin::Flag,
        (None, _) => {
            let from_keyring = if asks_keyring {
                let (found, note) = from_keyring(keyring, server.as_deref());
                keyring_note = Some(note);
                found
            } else {
                None
            };
            match (from_keyring, &file.token_file) {
                (Some((read, store)), _) => {
                    *token = Some(read);
                    Origin::Keyring(store)
                }
                (None, Some(path)) => match read_token_file(path) {
                    Ok(read) => {
                        *token = Some(read);
                        Origin::TokenFile(path.clone())
                    }
                    Err(error) if lenient => {
                        token_problem = Some(error.to_string());
                        Origin::TokenFile(path.clone())
                    }
                    Err(error) => return Err(error),
                },
                (None, None) => Origin::Unset,
            }
        }
    };
    let token_said = match (&token_problem, token.as_ref()) {
        (Some(problem), _) => Some(Shown::TokenUnusable(problem.clone())),
        (None, Some(_)) => Some(Shown::TokenSet),
        (None, None) => None,
    };
    values.push(("token", token_said, token_origin));

    if let Some(Command::Kiosk(args)) = &mut cli.command {
        let mut playlist = path_text(&args.playlist);
        pick(
            &mut values,
            "playlist",
            &mut playlist,
            "CITYDASH_PLAYLIST",
            path_text(&file.playlist),
        );
        args.playlist = playlist.map(PathBuf::from);
        let mut retain = args.retain_days.map(|days| days.to_string());
        pick(
            &mut values,
            "retain_days",
            &mut retain,
            "CITYDASH_RETAIN_DAYS",
            file.retain_days.map(|days| days.to_string()),
        );
        args.retain_days = retain.and_then(|days| days.trim().parse().ok());
        let mut budget = args.tile_budget_mib.map(|mib| mib.to_string());
        pick(
            &mut values,
            "tile_budget_mib",
            &mut budget,
            "CITYDASH_TILE_BUDGET_MIB",
            file.tile_budget_mib.map(|mib| mib.to_string()),
        );
        args.tile_budget_mib = budget.and_then(|mib| mib.trim().parse().ok());
    }
    let file = path.filter(|path| path.exists());
    Ok(Resolved {
        file,
        values,
        keyring: keyring_note,
    })
}

/// Whether the command being run sends a token, so the keyring is worth asking.
fn uses_token(cli: &Cli) -> bool {
    match &cli.command {
        None => cli.pack.is_none(),
        Some(Command::Sync(args)) => args.ogc_features.is_none(),
        Some(Command::Status(_) | Command::Kiosk(_) | Command::Config) => true,
        Some(_) => false,
    }
}

/// The keyring's token for `server`, and what to say of the lookup.
fn from_keyring(
    keyring: &dyn TokenKeyring,
    server: Option<&str>,
) -> (Option<(String, StoreKind)>, KeyringNote) {
    let Some(server) = server else {
        return (None, KeyringNote::NoServer);
    };
    let Some(origin) = super::keyring::origin(server) else {
        return (None, KeyringNote::BadServer);
    };
    match keyring.read(&origin) {
        Lookup::Found { token, store } => (Some((token, store)), KeyringNote::Used { origin }),
        Lookup::Missing => (None, KeyringNote::Missing { origin }),
        Lookup::Unreachable(detail) => (None, KeyringNote::Unreachable { detail }),
    }
}

/// The cache a subcommand was given with its own `--cache`.
pub(super) fn own_cache(cli: &Cli) -> Option<PathBuf> {
    match &cli.command {
        Some(Command::Demo(args)) => args.cache.path.clone(),
        Some(Command::Sync(args)) => args.cache.path.clone(),
        Some(Command::Status(args)) => args.cache.path.clone(),
        Some(Command::Layers(args)) => args.cache.path.clone(),
        Some(Command::Tiles(args)) => args.cache.path.clone(),
        Some(Command::Kiosk(args)) => args.cache.path.clone(),
        Some(Command::Pack(args)) => match &args.command {
            super::pack::PackCommand::Export(export) => export.cache.path.clone(),
            _ => None,
        },
        None
        | Some(
            Command::ServeDemo(_)
            | Command::Config
            | Command::Keygen(_)
            | Command::Trust(_)
            | Command::Token(_)
            | Command::Open(_)
            | Command::Brief(_),
        ) => None,
    }
}

/// The server and token of the command being run (a subcommand's own, else the global ones).
fn command_server_and_token(cli: &mut Cli) -> (&mut Option<String>, &mut Option<String>) {
    match &mut cli.command {
        Some(Command::Sync(args)) if args.ogc_features.is_none() => {
            (&mut args.server, &mut args.token.value)
        }
        Some(Command::Status(args)) => (&mut args.server, &mut args.token.value),
        Some(Command::Token(args)) => (args.server_mut(), &mut cli.token.value),
        Some(Command::Kiosk(args)) if args.server.is_some() || args.token.value.is_some() => {
            (&mut args.server, &mut args.token.value)
        }
        _ => (&mut cli.server, &mut cli.token.value),
    }
}

/// `citydash config`: each value and where it came from, in `i18n`'s language.
pub fn describe(resolved: &Resolved, i18n: &I18n) -> String {
    let mut out = String::new();
    match &resolved.file {
        Some(path) => {
            let path = path.display().to_string();
            let _ = writeln!(out, "{}", i18n.tf("cli.config.file", &[("path", &path)]));
        }
        None => {
            let looked = config_path().map_or_else(|| "-".to_owned(), |p| p.display().to_string());
            let _ = writeln!(
                out,
                "{}",
                i18n.tf("cli.config.file_none", &[("path", &looked)])
            );
        }
    }
    for (name, value, origin) in &resolved.values {
        let from = match origin {
            Origin::Flag => i18n.t("cli.config.from_flag").to_owned(),
            Origin::Env(name) => i18n.tf("cli.config.from_env", &[("name", name)]),
            Origin::File => i18n.t("cli.config.from_file").to_owned(),
            Origin::TokenFile(path) => i18n.tf(
                "cli.config.from_token_file",
                &[("path", &path.display().to_string())],
            ),
            Origin::Keyring(store) => i18n.t(store_key(*store)).to_owned(),
            Origin::Default => i18n.t("cli.config.from_default").to_owned(),
            Origin::Unset => i18n.t("cli.config.unset").to_owned(),
        };
        let value = match value {
            None => "-".to_owned(),
            Some(Shown::Text(text)) => text.clone(),
            Some(Shown::TokenSet) => i18n.t("cli.config.token_set").to_owned(),
            Some(Shown::TokenUnusable(problem)) => {
                i18n.tf("cli.config.token_unusable", &[("problem", problem)])
            }
        };
        let _ = writeln!(out, "{name} = {value} ({from})");
    }
    if let Some(note) = &resolved.keyring {
        let line = match note {
            KeyringNote::Used { origin } => {
                i18n.tf("cli.config.keyring_used", &[("origin", origin)])
            }
            KeyringNote::Missing { origin } => {
                i18n.tf("cli.config.keyring_missing", &[("origin", origin)])
            }
            KeyringNote::Unreachable { detail } => {
                i18n.tf("cli.config.keyring_unreachable", &[("detail", detail)])
            }
            KeyringNote::NoServer => i18n.t("cli.config.keyring_no_server").to_owned(),
            KeyringNote::BadServer => i18n.t("cli.config.keyring_bad_server").to_owned(),
        };
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The words for a keyring store as a value's origin.
fn store_key(store: StoreKind) -> &'static str {
    match store {
        StoreKind::SecretService => "cli.config.from_keyring_secret_service",
        StoreKind::Kernel => "cli.config.from_keyring_kernel",
        StoreKind::Platform => "cli.config.from_keyring",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn a_token_file_others_may_read_is_refused_and_one_of_its_owner_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("token");
        std::fs::write(&path, "s3cret\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let error = read_token_file(&path).unwrap_err().to_string();
        assert!(error.contains("chmod 600"), "{error}");
        assert!(!error.contains("s3cret"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_token_file(&path).unwrap(), "s3cret");
    }

    #[test]
    fn the_keyring_is_asked_for_the_servers_origin_and_an_unreachable_one_is_said_in_one_line() {
        use crate::cli::keyring::MemoryKeyring;
        use crate::i18n::Lang;
        let keyring = MemoryKeyring::default();
        keyring.store("http://127.0.0.1:9", "s3cret").unwrap();
        let (found, note) = from_keyring(&keyring, Some("http://127.0.0.1:9/api/"));
        assert_eq!(found, Some(("s3cret".to_owned(), StoreKind::Kernel)));
        let used = Resolved {
            file: None,
            values: vec![(
                "token",
                Some(Shown::TokenSet),
                Origin::Keyring(StoreKind::Kernel),
            )],
            keyring: Some(note),
        };
        for lang in [Lang::En, Lang::Vi] {
            let said = describe(&used, &I18n::new(lang));
            assert!(!said.contains("s3cret"), "{said}");
            assert!(said.contains("http://127.0.0.1:9"), "{said}");
        }
        assert!(describe(&used, &I18n::new(Lang::En)).contains("(keyring (kernel))"));
        assert_eq!(
            from_keyring(&keyring, Some("http://127.0.0.1:10")),
            (
                None,
                KeyringNote::Missing {
                    origin: "http://127.0.0.1:10".into()
                }
            )
        );
        assert_eq!(from_keyring(&keyring, None), (None, KeyringNote::NoServer));
        assert_eq!(
            from_keyring(&keyring, Some("ops.example.vn")),
            (None, KeyringNote::BadServer)
        );

        let unreachable = MemoryKeyring {
            unreachable: Some("Secret Service: no session bus".into()),
            ..MemoryKeyring::default()
        };
        let (found, note) = from_keyring(&unreachable, Some("http://127.0.0.1:9"));
        assert_eq!(found, None);
        let resolved = Resolved {
            file: None,
            values: vec![("token", None, Origin::Unset)],
            keyring: Some(note),
        };
        let said = describe(&resolved, &I18n::new(Lang::En));
        let lines: Vec<_> = said.lines().filter(|l| l.starts_with("keyring:")).collect();
        assert_eq!(lines.len(), 1, "{said}");
        assert!(lines[0].contains("not reachable"), "{said}");
        assert!(lines[0].contains("no session bus"), "{said}");
    }

    #[test]
    fn a_config_file_is_read_and_a_bad_one_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert!(
            read_config(&path, true).unwrap().server.is_none(),
            "missing is empty"
        );
        std::fs::write(&path, "server = \"http://ioc\"\nretain_days = 30\n").unwrap();
        let config = read_config(&path, true).unwrap();
        assert_eq!(config.server.as_deref(), Some("http://ioc"));
        assert_eq!(config.retain_days, Some(30));
        std::fs::write(&path, "server = \"http://ioc\"\ntoken = \"s3cret\"\n").unwrap();
        let error = read_config(&path, true).unwrap_err().to_string();
        assert!(error.contains("line 2"), "{error}");
        assert!(!error.contains("s3cret"), "{error}");
    }
}
