//! `citydash brief render`: a briefing document from a pack or the cache and a spec, as PDF
//! (and SVG or PNG pages), made in-process by `citydash-brief`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use citydash_brief::{BriefSource, BriefSpec, Briefing, DEFAULT_SPEC};
use clap::{Args, Subcommand};

use crate::i18n::{I18n, Lang};
use crate::view_models::format::format_number;

#[derive(Debug, Args)]
pub struct BriefArgs {
    #[command(subcommand)]
    pub command: BriefCommand,
}

#[derive(Debug, Subcommand)]
pub enum BriefCommand {
    /// Make the briefing of a pack (checked first) or the cache as PDF, with SVG or PNG pages.
    Render(RenderArgs),
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A pack (`.citybrief`) or a cache (default: the cache).
    #[arg(long, value_name = "PACK_OR_CACHE")]
    pub source: Option<PathBuf>,
    /// The briefing spec (TOML; default: the one shipped in assets/brief/briefing.toml).
    #[arg(long, value_name = "SPEC")]
    pub spec: Option<PathBuf>,
    /// The PDF to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Also write each page as SVG into this folder (page-1.svg...).
    #[arg(long, value_name = "DIR")]
    pub svg: Option<PathBuf>,
    /// Also write each page as PNG (144 dpi) into this folder (page-1.png...).
    #[arg(long, value_name = "DIR")]
    pub png: Option<PathBuf>,
    /// Also trust this public key for the pack: a `.pub` file or the key itself.
    #[arg(long, value_name = "PUBKEY")]
    pub trust: Vec<String>,
}

pub fn run(args: BriefArgs, cache: PathBuf, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    match args.command {
        BriefCommand::Render(render) => run_render(&render, &cache, lang),
    }
}

fn run_render(args: &RenderArgs, cache: &Path, lang: Option<Lang>) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let text = match &args.spec {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|error| anyhow::anyhow!("{}: {error}", path.display()))?,
        None => DEFAULT_SPEC.to_owned(),
    };
    let said = |error: citydash_brief::BriefError, lang: Lang| {
        anyhow::anyhow!(citydash_brief::error_text(&error, &I18n::new(lang)))
    };
    let cli_lang = lang.unwrap_or_default();
    let mut spec = BriefSpec::parse(&text).map_err(|error| said(error, cli_lang))?;
    // `--lang` names the document's language too.
    if let Some(lang) = lang {
        spec.lang = lang.code().to_owned();
    }
    let doc_lang = spec.language().map_err(|error| said(error, cli_lang))?;
    let i18n = I18n::new(doc_lang);
    let trusted = super::keys::trusted_keys(&args.trust)?;
    let source_path = args.source.as_deref().unwrap_or(cache);
    let source = BriefSource::open(source_path, &trusted).map_err(|error| said(error, doc_lang))?;
    let briefing = Briefing::prepare(&source, &spec).map_err(|error| said(error, doc_lang))?;
    let document = briefing.compile().map_err(|error| said(error, doc_lang))?;
    let pdf = document.pdf().map_err(|error| said(error, doc_lang))?;
    write(&args.out, &pdf)?;
    if let Some(folder) = &args.svg {
        std::fs::create_dir_all(folder)?;
        for (index, page) in document.svg_pages().iter().enumerate() {
            write(
                &folder.join(format!("page-{}.svg", index + 1)),
                page.as_bytes(),
            )?;
        }
    }
    if let Some(folder) = &args.png {
        std::fs::create_dir_all(folder)?;
        let pages = document
            .png_pages(2.0)
            .map_err(|error| said(error, doc_lang))?;
        for (index, page) in pages.iter().enumerate() {
            write(&folder.join(format!("page-{}.png", index + 1)), page)?;
        }
    }
    let data = &briefing.content.data;
    say!(
        "{}",
        i18n.tf(
            "cli.brief.rendered",
            &[
                ("path", &args.out.display().to_string()),
                ("pages", &document.page_count().to_string()),
                ("kib", &format_number(pdf.len() as f64 / 1024.0, 0, &i18n)),
                ("kpis", &data.headlines.len().to_string()),
                ("alerts", &data.alerts.len().to_string()),
                ("as_of", &data.cover.as_of),
                (
                    "secs",
                    &format_number(started.elapsed().as_secs_f64(), 2, &i18n)
                ),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes `bytes` to `path` through a temporary file, so a reader never sees half a file.
fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".part");
    std::fs::write(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|error| anyhow::anyhow!("could not write {}: {error}", path.display()))
}
