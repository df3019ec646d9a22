//! `citydash-briefing [--lang en|vi] [--cache CACHE] [--trust PUBKEY]... [--present]
//! [PACK_OR_CACHE]`: the briefing app, opening the pack or cache given, else the cache;
//! `--present` goes full-screen with the shipped briefing as soon as it is laid out.

// No console window beside the app on Windows.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::process::ExitCode;

use citydash_briefing::{NativePicker, Picker, Session};
use citydash_views::i18n::Lang;
use offline_cache::pack::TrustedKeys;
use offline_cache::places;
use tauri::Manager as _;

const USAGE: &str =
    "usage: citydash-briefing [--lang en|vi] [--cache CACHE] [--trust PUBKEY]... [PACK_OR_CACHE]";

struct Launch {
    lang: Option<Lang>,
    cache: Option<PathBuf>,
    trust: Vec<String>,
    present: bool,
    source: Option<PathBuf>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Launch, String> {
    let mut launch = Launch {
        lang: None,
        cache: None,
        trust: Vec::new(),
        present: false,
        source: None,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--lang" => {
                let code = value("--lang")?;
                launch.lang = Some(
                    Lang::from_code(&code)
                        .ok_or_else(|| format!("--lang: {code} is not en or vi"))?,
                );
            }
            "--cache" => launch.cache = Some(PathBuf::from(value("--cache")?)),
            "--trust" => launch.trust.push(value("--trust")?),
            "--present" => launch.present = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}\n{USAGE}")),
            path if launch.source.is_none() => launch.source = Some(PathBuf::from(path)),
            extra => return Err(format!("one source at a time: {extra}\n{USAGE}")),
        }
    }
    Ok(launch)
}

/// The trusted keys beside the config, with those given by `--trust` (a `.pub` file or a key).
fn trusted_keys(extra: &[String]) -> Result<TrustedKeys, String> {
    let (keys, problems) =
        TrustedKeys::read_configured(extra).map_err(|error| error.to_string())?;
    for problem in problems {
        eprintln!("citydash-briefing: {problem}");
    }
    Ok(keys)
}

/// `--lang`, else `CITYDASH_LANG`, else the config file's `lang`, else English.
fn language(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        std::env::var("CITYDASH_LANG")
            .ok()
            .and_then(|code| Lang::from_code(&code))
    })
    .or_else(|| {
        places::config_path()
            .and_then(|path| places::read_config(&path, places::config_path_named()).ok())
            .and_then(|config| config.lang)
            .and_then(|code| Lang::from_code(&code))
    })
    .unwrap_or_default()
}

fn main() -> ExitCode {
    let launch = match parse(std::env::args().skip(1)) {
        Ok(launch) => launch,
        Err(message) => {
            eprintln!("citydash-briefing: {message}");
            return ExitCode::from(2);
        }
    };
    let trusted = match trusted_keys(&launch.trust) {
        Ok(keys) => keys,
        Err(message) => {
            eprintln!("citydash-briefing: {message}");
            return ExitCode::from(2);
        }
    };
    let cache = launch
        .cache
        .or_else(|| std::env::var_os("CITYDASH_CACHE").map(PathBuf::from))
        .or_else(places::configured_cache_path);
    let session = Session::new(trusted, cache, launch.source, language(launch.lang))
        .presenting_at_start(launch.present);
    let built = citydash_briefing::app(tauri::Builder::default(), session)
        .setup(|app| {
            app.manage(Picker(Box::new(NativePicker::new(app.handle().clone()))));
            Ok(())
        })
        .run(citydash_briefing::context());
    match built {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("citydash-briefing: {error}");
            ExitCode::FAILURE
        }
    }
}
