//! The command line: argument parsing and one module per subcommand.

// Each command reads or writes the cache itself: none runs on the dashboard's UI thread.
#![allow(clippy::disallowed_types)]

/// Prints a line to standard output, returning the error instead of panicking when the reader
/// has gone (`citydash layers | head`).
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::write_line(format_args!($($arg)*))?
    };
}

/// A line on standard error, made safe for a terminal as [`say!`]'s are.
macro_rules! say_err {
    ($($arg:tt)*) => {
        $crate::cli::write_error_line(format_args!($($arg)*))
    };
}

mod brief;
pub mod config;
mod dashboard;
mod demo;
mod keyring;
mod keys;
mod kiosk;
mod layers;
mod pack;
mod pack_check;
mod paths;
mod serve_demo;
mod status;
mod sync;
mod token;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{I18n, Lang};

pub use paths::default_cache_path;

/// CityDash: Ho Chi Minh City's operations center on your desktop, online or offline.
#[derive(Debug, Parser)]
#[command(name = "citydash", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub cache: CacheArg,
    /// Language of the interface: en or vi.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// With no subcommand: keep the dashboard synced from this operations center (default: the
    /// one the cache was last synced from, when a token is given).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    #[command(flatten)]
    pub token: TokenArg,
    #[command(flatten)]
    pub window: WindowArgs,
    /// With no subcommand: show this briefing pack instead of the cache (as `citydash open`).
    #[arg(long, value_name = "FILE")]
    pub pack: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Which view the dashboard window opens on (a meeting-room display starts on the map, say).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WindowArgs {
    /// The view to open on (default: the one the last session ended on).
    #[arg(long, value_enum, value_name = "VIEW")]
    pub view: Option<StartView>,
    /// Open on this KPI's chart, e.g. EN05 (implies `--view kpi`).
    #[arg(long, value_name = "KPI_ID")]
    pub kpi: Option<String>,
    /// The range of that chart.
    #[arg(long, value_enum, value_name = "RANGE", default_value = "24h")]
    pub range: StartRange,
}

/// The chart ranges, as the command line spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum StartRange {
    #[default]
    #[value(name = "24h")]
    Day,
    #[value(name = "7d")]
    Week,
    #[value(name = "30d")]
    Month,
    #[value(name = "1y")]
    Year,
    All,
}

impl From<StartRange> for crate::view_models::RangePreset {
    fn from(range: StartRange) -> Self {
        use crate::view_models::RangePreset;
        match range {
            StartRange::Day => RangePreset::Day,
            StartRange::Week => RangePreset::Week,
            StartRange::Month => RangePreset::Month,
            StartRange::Year => RangePreset::Year,
            StartRange::All => RangePreset::All,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StartView {
    Overview,
    Map,
    Kpi,
}

impl WindowArgs {
    /// The view asked for, if any; `--view kpi` without `--kpi` opens the overview.
    pub fn start_view(&self) -> Option<crate::app::View> {
        use crate::app::View;
        match (self.view, &self.kpi) {
            (None | Some(StartView::Kpi), Some(kpi_id)) => Some(View::KpiDetail {
                kpi_id: kpi_id.clone(),
                range: self.range.into(),
            }),
            (Some(StartView::Map), _) => Some(View::Map),
            (Some(StartView::Overview | StartView::Kpi), _) => Some(View::Overview),
            (None, None) => None,
        }
    }
}

/// The cache file, for the commands that read or write one.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CacheArg {
    /// The cache file (default: in the platform's data folder).
    #[arg(long = "cache", value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// The bearer token, from `--token` or `CITYDASH_TOKEN`; never printed.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TokenArg {
    /// Bearer token for the operations center (also read from CITYDASH_TOKEN). Other users can
    /// read a command line: prefer CITYDASH_TOKEN, `citydash token set` or token_file.
    #[arg(
        long = "token",
        env = "CITYDASH_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub value: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the simulated operations center on loopback, sync it and open the dashboard.
    Demo(demo::DemoArgs),
    /// Serve the simulated operations center until interrupted.
    ServeDemo(serve_demo::ServeDemoArgs),
    /// Sync the cache from an operations center.
    Sync(sync::SyncArgs),
    /// Show every KPI in the cache with its freshness, and the state of the last sync.
    Status(status::StatusArgs),
    /// List the cached map layers with their feature counts, extents and ages.
    Layers(layers::LayersArgs),
    /// Report the cached basemap tiles: count, zoom range and size.
    Tiles(layers::TilesArgs),
    /// The meeting-room wall: full screen, pages in turn from a playlist, critical alerts
    /// interrupting; ends with Ctrl+Alt+Shift+Q or SIGTERM (Vietnamese unless --lang en).
    Kiosk(kiosk::KioskArgs),
    /// Briefing packs: `export` one from the cache, `verify` one, `info` on one.
    Pack(pack::PackArgs),
    /// Show a briefing pack in the dashboard, read-only and never synced, once it is checked.
    Open(dashboard::OpenArgs),
    /// Briefing documents: `render` one from a pack or the cache and a spec, as PDF.
    Brief(brief::BriefArgs),
    /// Make a key to sign packs with: the private key (readable by you alone) and KEYFILE.pub.
    Keygen(keys::KeygenArgs),
    /// The public keys whose packs open without a question: `add`, `list`, `remove`.
    Trust(keys::TrustArgs),
    /// A server's token in the operating system's keyring: `set` (read from standard input,
    /// never from the command line) and `forget`.
    Token(token::TokenArgs),
    /// Print the settings every command uses (server, language, cache, token, the kiosk's) and
    /// where each came from: a flag, a CITYDASH_* variable, the keyring, the config file or the
    /// default. The token itself is never printed.
    Config,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    init_logging();
    let mut cli = Cli::parse();
    // Flags win over CITYDASH_* variables, which win over the config file.
    let resolved = match config::apply(&mut cli) {
        Ok(resolved) => resolved,
        Err(error) => {
            let lang = cli.lang.as_deref().and_then(Lang::from_code);
            return fail(&error, lang);
        }
    };
    let lang = cli.lang.as_deref().and_then(Lang::from_code);
    let token_on_command_line = resolved
        .values
        .iter()
        .any(|(name, _, origin)| *name == "token" && *origin == config::Origin::Flag);
    if token_on_command_line {
        // Anyone on this machine can read a process's arguments (`ps`, /proc).
        say_err!(
            "{}",
            I18n::new(lang.unwrap_or_default()).t("cli.token_on_command_line")
        );
    }
    if matches!(cli.command, Some(Command::Config)) {
        let described = config::describe(&resolved, &I18n::new(lang.unwrap_or_default()));
        return match write_line(format_args!("{}", described.trim_end())) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => fail(&error.into(), lang),
        };
    }
    // A subcommand's own `--cache` wins; `citydash --cache PATH status` works too.
    let own_cache = config::own_cache(&cli);
    let cache = match own_cache
        .or_else(|| cli.cache.path.clone())
        .map_or_else(default_cache_path, Ok)
    {
        Ok(cache) => cache,
        Err(error) => return fail(&error, lang),
    };
    let outcome = match cli.command {
        None if let Some(pack) = &cli.pack => {
            dashboard::run_pack(pack, &[], cache, lang, cli.window.start_view())
        }
        Some(Command::Open(args)) => dashboard::run_pack(
            &args.file,
            &args.trust,
            cache,
            lang,
            cli.window.start_view(),
        ),
        None => dashboard::run(
            cache,
            cli.server,
            cli.token.value,
            lang,
            cli.window.start_view(),
        ),
        Some(Command::Demo(args)) => {
            let start_view = args.window.start_view().or_else(|| cli.window.start_view());
            demo::run(args, cache, lang, start_view)
        }
        Some(Command::ServeDemo(args)) => serve_demo::run(args, lang),
        Some(Command::Sync(args)) => sync::run(args, cache, lang),
        Some(Command::Status(args)) => status::run(args, cache, lang),
        Some(Command::Layers(args)) => layers::run_layers(args, cache, lang),
        Some(Command::Tiles(args)) => layers::run_tiles(args, cache, lang),
        Some(Command::Kiosk(args)) => kiosk::run(args, cache, cli.server, cli.token.value, lang),
        Some(Command::Pack(args)) => pack::run(args, cache, lang),
        Some(Command::Brief(args)) => brief::run(args, cache, lang),
        Some(Command::Keygen(args)) => keys::run_keygen(&args, lang),
        Some(Command::Trust(args)) => keys::run_trust(&args, lang),
        Some(Command::Token(args)) => token::run(args, lang),
        Some(Command::Config) => Ok(ExitCode::SUCCESS),
    };
    outcome.unwrap_or_else(|error| fail(&error, lang))
}

/// Writes one line to standard output.
/// Writes a line to standard output. Every line goes through
/// [`terminal_safe`](crate::view_models::format::terminal_safe): names and messages from a
/// server or a pack are printed as text, never as terminal controls.
pub(crate) fn write_line(line: std::fmt::Arguments<'_>) -> std::io::Result<()> {
    use std::io::Write as _;
    let line = line.to_string();
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "{}",
        crate::view_models::format::terminal_safe(&line)
    )?;
    stdout.flush()
}

/// Writes a line to standard error, made safe for a terminal as [`write_line`]'s are. A
/// standard error that cannot be written to has no one to tell.
pub(crate) fn write_error_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let line = line.to_string();
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        crate::view_models::format::terminal_safe(&line)
    );
}

fn fail(error: &anyhow::Error, lang: Option<Lang>) -> ExitCode {
    // Whoever read our output stopped reading (`| head`): that is not a failure.
    let broken_pipe = error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe);
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let i18n = I18n::new(lang.unwrap_or_default());
    say_err!("citydash: {}", error_text(error, &i18n));
    ExitCode::FAILURE
}

/// An error and its causes on one line, each said once: the core's messages already carry
/// their cause's words ("cache error: attempt to write a readonly database"), and SQLite's
/// own cause repeats them again behind its code, so a cause already said, or one that only
/// wraps a cause already said, is left out. An error of the core is said in `i18n`'s language
/// and ends the line: what it wraps is in its words already.
pub(crate) fn error_text(error: &anyhow::Error, i18n: &I18n) -> String {
    let mut text = String::new();
    let mut said: Vec<String> = Vec::new();
    for cause in error.chain() {
        if let Some(key) = cause.downcast_ref::<offline_cache::pack::KeyError>() {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&crate::view_models::pack::key_error_text(key, i18n));
            break;
        }
        if let Some(core) = cause.downcast_ref::<offline_cache::Error>() {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&crate::view_models::failure::error_text(core, i18n));
            break;
        }
        let cause = cause.to_string();
        let repeats = text.contains(&cause) || said.iter().any(|earlier| cause.contains(earlier));
        said.push(cause.clone());
        if repeats {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&cause);
    }
    text
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CITYDASH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::app::View;
    use crate::view_models::RangePreset;

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let source = std::io::Error::other("attempt to write a readonly database");
        let error = anyhow::Error::new(offline_cache::Error::Io {
            context: "could not open the cache".into(),
            source,
        })
        .context("status failed");
        assert_eq!(
            error_text(&error, &I18n::new(Lang::En)),
            "status failed: a file could not be used (details: could not open the cache: \
             attempt to write a readonly database)"
        );
        let sqlite = anyhow::anyhow!("Error code 1544: attempt to write a readonly database")
            .context("attempt to write a readonly database")
            .context("cache error: attempt to write a readonly database (cache.gpkg)");
        assert_eq!(
            error_text(&sqlite, &I18n::new(Lang::En)),
            "cache error: attempt to write a readonly database (cache.gpkg)"
        );
    }

    #[test]
    fn an_error_of_the_core_is_said_in_the_chosen_language() {
        let refused = anyhow::Error::new(offline_cache::Error::Unreachable {
            url: "http://127.0.0.1:8811/api/v1/catalog".into(),
            detail: "Connection refused (os error 111)".into(),
            cause: offline_cache::FailureReason::Refused,
        });
        let vi = error_text(&refused, &I18n::new(Lang::Vi));
        assert!(vi.starts_with("không có máy chủ nào trả lời"), "{vi}");
        assert!(!vi.contains("os error"), "{vi}");
        let missing = anyhow::Error::new(offline_cache::Error::NoCache {
            path: "/tmp/city.gpkg".into(),
        });
        assert_eq!(
            error_text(&missing, &I18n::new(Lang::Vi)),
            "chưa có bộ nhớ đệm: hãy chạy `citydash sync` trước (/tmp/city.gpkg)"
        );
    }

    fn start_view(args: &[&str]) -> Option<View> {
        let mut argv = vec!["citydash"];
        argv.extend_from_slice(args);
        Cli::try_parse_from(argv).unwrap().window.start_view()
    }

    #[test]
    fn the_window_opens_on_the_view_asked_for() {
        assert_eq!(start_view(&[]), None);
        assert_eq!(start_view(&["--view", "map"]), Some(View::Map));
        assert_eq!(start_view(&["--view", "overview"]), Some(View::Overview));
        assert_eq!(
            start_view(&["--kpi", "EN02", "--range", "7d"]),
            Some(View::KpiDetail {
                kpi_id: "EN02".into(),
                range: RangePreset::Week,
            })
        );
        assert_eq!(
            start_view(&["--kpi", "EN03"]),
            Some(View::KpiDetail {
                kpi_id: "EN03".into(),
                range: RangePreset::Day,
            })
        );
        assert_eq!(start_view(&["--view", "kpi"]), Some(View::Overview));
        assert!(Cli::try_parse_from(["citydash", "--range", "2w"]).is_err());
    }

    /// The options `citydash SUBCOMMAND --help` lists.
    fn options_of(subcommand: &str) -> Vec<String> {
        use clap::CommandFactory as _;
        let command = Cli::command();
        let sub = command.find_subcommand(subcommand).unwrap();
        sub.get_arguments()
            .filter_map(|arg| arg.get_long().map(str::to_owned))
            .collect()
    }

    #[test]
    fn each_subcommand_lists_only_the_options_it_uses() {
        for subcommand in ["sync", "status", "layers", "tiles", "serve-demo"] {
            let options = options_of(subcommand);
            for window_option in ["view", "kpi", "range"] {
                assert!(
                    !options.iter().any(|option| option == window_option),
                    "{subcommand} lists --{window_option}"
                );
            }
        }
        assert!(!options_of("serve-demo").contains(&"cache".to_owned()));
        assert!(options_of("sync").contains(&"cache".to_owned()));
        assert!(options_of("demo").contains(&"view".to_owned()));
        let parsed = Cli::try_parse_from(["citydash", "--cache", "a.gpkg", "status"]).unwrap();
        assert_eq!(parsed.cache.path, Some(PathBuf::from("a.gpkg")));
        assert!(Cli::try_parse_from(["citydash", "status", "--cache", "b.gpkg"]).is_ok());
        assert!(
            Cli::try_parse_from(["citydash", "sync", "--server", "u", "--view", "map"]).is_err()
        );
    }
}
