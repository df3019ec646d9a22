//! What the app holds between commands, with no window in sight: the open source (a checked
//! pack or the cache), a pack waiting for the user's yes, the prepared briefing and the last
//! document laid out. Every command is a method here; `commands.rs` only moves them off the
//! window's thread.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use citydash_brief::{BriefSource, BriefSpec, Briefing, DEFAULT_SPEC, Document, Section};
use citydash_views::format::{CityZone, format_age, format_number};
use citydash_views::i18n::{I18n, Lang};
use citydash_views::pack::{ConsentModel, PackBanner};
use offline_cache::model::Catalog;
use offline_cache::pack::TrustedKeys;

use crate::error::AppError;

/// What the user chose on the page; every change renders the preview again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Choices {
    /// The document's language.
    pub lang: Lang,
    /// Empty for the language's default title.
    pub title: String,
    /// `24h`, `7d`, `30d`.
    pub period: String,
    pub sections: Vec<Section>,
    /// KPI ids in the order shown.
    pub kpis: Vec<String>,
    pub notes: String,
}

/// One KPI the user may choose.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KpiChoice {
    pub id: String,
    pub name: String,
    pub domain: String,
}

/// The question before a pack signed by an unknown key is used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub heading: String,
    pub lines: Vec<String>,
    pub advice: String,
    pub open_label: String,
    pub cancel_label: String,
}

/// The open source as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceInfo {
    /// `pack` or `cache`.
    pub kind: &'static str,
    /// The file's name.
    pub name: String,
    /// As of, source, who signed, expiry: one line each.
    pub lines: Vec<String>,
    /// Expired, or signed by a key not trusted: shown in warning colours.
    pub warning: bool,
    /// "Simulated demo data" and the like, from the catalog.
    pub notice: String,
    /// Asked before this source is used; the page answers with `accept_source` or
    /// `decline_source`.
    pub consent: Option<Consent>,
    pub as_of_ms: i64,
    pub kpis: Vec<KpiChoice>,
    /// The shipped spec's choices, limited to what the source holds.
    pub defaults: Choices,
}

/// Pages laid out for the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// The request this answers; the page shows only the newest.
    pub seq: u64,
    /// A newer request came while this one waited: nothing was rendered for it.
    pub stale: bool,
    /// Each page as SVG, drawn by typst from our template (no text from outside is markup).
    pub pages: Vec<String>,
    /// "5 pages · 8 indicators · 7 alerts · 35 ms".
    pub summary: String,
}

/// A PDF written.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub path: String,
    pub message: String,
}

struct Opened {
    path: PathBuf,
    source: BriefSource,
    catalog: Catalog,
    /// The time the source shows the city at: the pack's as-of time, the cache's last sync.
    as_of_ms: i64,
}

struct Prepared {
    lang: Lang,
    briefing: Briefing,
}

/// The app's state.
pub struct Session {
    trusted: TrustedKeys,
    cache_path: Option<PathBuf>,
    /// Opened by `startup` (a path given on the command line), once.
    launch_path: Option<PathBuf>,
    ui: Lang,
    /// Go full screen with the first pages laid out (a meeting room's screen).
    present_at_start: bool,
    current: Option<Opened>,
    pending: Option<Opened>,
    prepared: Option<Prepared>,
    document: Option<(Document, String)>,
}

impl Session {
    pub fn new(
        trusted: TrustedKeys,
        cache_path: Option<PathBuf>,
        launch_path: Option<PathBuf>,
        ui: Lang,
    ) -> Self {
        Self {
            trusted,
            cache_path,
            launch_path,
            ui,
            present_at_start: false,
            current: None,
            pending: None,
            prepared: None,
            document: None,
        }
    }

    /// Present full-screen as soon as the pages are laid out.
    pub fn presenting_at_start(mut self, present: bool) -> Self {
        self.present_at_start = present;
        self
    }

    pub fn present_at_start(&self) -> bool {
        self.present_at_start
    }

    pub fn ui_lang(&self) -> Lang {
        self.ui
    }

    pub fn set_ui_lang(&mut self, lang: Lang) {
        self.ui = lang;
    }

    fn i18n(&self) -> I18n {
        I18n::new(self.ui)
    }

    /// The source given at launch, else the cache when there is one; `Ok(None)` when neither.
    pub fn open_at_launch(&mut self) -> Result<Option<SourceInfo>, AppError> {
        if let Some(path) = self.launch_path.take() {
            return self.open(&path).map(Some);
        }
        match &self.cache_path {
            Some(path) if path.exists() => self.open(&path.clone()).map(Some),
            _ => Ok(None),
        }
    }

    /// The cache the dashboard syncs into.
    pub fn open_cache(&mut self) -> Result<SourceInfo, AppError> {
        let path = self.cache_path.clone().ok_or_else(|| AppError::Source {
            message: self.i18n().t("briefing.error.no_cache_path").to_owned(),
        })?;
        self.open(&path)
    }

    /// Opens a pack (checked as the dashboard checks one) or a cache. A pack signed by a key
    /// not trusted waits for [`Session::accept`]; a refused one leaves what was open.
    pub fn open(&mut self, path: &Path) -> Result<SourceInfo, AppError> {
        let i18n = self.i18n();
        let source = BriefSource::open(path, &self.trusted)
            .map_err(|error| AppError::from_brief(&error, &i18n))?;
        let catalog = source
            .catalog()
            .map_err(|error| AppError::from_brief(&error, &i18n))?;
        let provenance = source
            .describe(&i18n)
            .map_err(|error| AppError::from_brief(&error, &i18n))?;
        let opened = Opened {
            path: path.to_owned(),
            source,
            catalog,
            as_of_ms: provenance.as_of_ms,
        };
        let needs_consent =
            matches!(&opened.source, BriefSource::Pack(pack) if pack.signature.needs_consent());
        let info = self.info_with(&opened, &provenance, needs_consent);
        if needs_consent {
            self.pending = Some(opened);
        } else {
            self.use_source(opened);
        }
        Ok(info)
    }

    /// The user said yes to the waiting pack.
    pub fn accept(&mut self) -> Result<SourceInfo, AppError> {
        let opened = self
            .pending
            .take()
            .ok_or_else(|| AppError::no_source(&self.i18n()))?;
        let info = self.info(&opened, false)?;
        self.use_source(opened);
        Ok(info)
    }

    /// The user said no: the waiting pack is forgotten; what was open stays.
    pub fn decline(&mut self) -> Result<Option<SourceInfo>, AppError> {
        self.pending = None;
        self.current_info()
    }

    pub fn current_info(&self) -> Result<Option<SourceInfo>, AppError> {
        self.current
            .as_ref()
            .map(|opened| self.info(opened, false))
            .transpose()
    }

    fn use_source(&mut self, opened: Opened) {
        self.current = Some(opened);
        self.pending = None;
        self.prepared = None;
        self.document = None;
    }

    /// The source described in the app's language (read again: the words depend on it).
    fn info(&self, opened: &Opened, needs_consent: bool) -> Result<SourceInfo, AppError> {
        let i18n = self.i18n();
        let provenance = opened
            .source
            .describe(&i18n)
            .map_err(|error| AppError::from_brief(&error, &i18n))?;
        Ok(self.info_with(opened, &provenance, needs_consent))
    }

    fn info_with(
        &self,
        opened: &Opened,
        provenance: &citydash_brief::Provenance,
        needs_consent: bool,
    ) -> SourceInfo {
        let i18n = self.i18n();
        let lang = self.ui;
        let zone = CityZone::fallback();
        let (kind, lines, warning, consent) = match &opened.source {
            BriefSource::Pack(pack) => {
                let banner = PackBanner::new(&pack.verified, &pack.signature, now_ms(), &i18n);
                let consent = needs_consent.then(|| {
                    let model = ConsentModel::new(&pack.verified, &pack.signature, &i18n);
                    Consent {
                        heading: model.heading,
                        lines: model.lines,
                        advice: model.advice,
                        open_label: model.open_label,
                        cancel_label: model.cancel_label,
                    }
                });
                (
                    "pack",
                    vec![
                        banner.title,
                        banner.as_of,
                        banner.source,
                        banner.signature,
                        banner.expiry,
                    ],
                    banner.warning,
                    consent,
                )
            }
            BriefSource::Cache(_) => (
                "cache",
                vec![
                    i18n.tf(
                        "pack.banner.as_of",
                        &[("time", &zone.format(provenance.as_of_ms, &i18n))],
                    ),
                    i18n.tf("pack.banner.source", &[("source", &provenance.source)]),
                    provenance.signature.clone(),
                ],
                false,
                None,
            ),
        };
        let kpis = opened
            .catalog
            .kpis
            .iter()
            .map(|kpi| KpiChoice {
                id: kpi.id.clone(),
                name: kpi.name.get(lang.code()).to_owned(),
                domain: citydash_views::overview::domain_title(kpi.domain, &i18n),
            })
            .collect();
        SourceInfo {
            kind,
            name: opened.path.file_name().map_or_else(
                || opened.path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            ),
            lines,
            warning,
            notice: opened.catalog.data_notice.get(lang.code()).to_owned(),
            consent,
            as_of_ms: provenance.as_of_ms,
            kpis,
            defaults: default_choices(&opened.catalog, lang),
        }
    }

    /// Lays out the briefing `choices` describe, reusing what typst laid out before.
    pub fn render(&mut self, seq: u64, choices: &Choices) -> Result<Preview, AppError> {
        let started = std::time::Instant::now();
        let i18n = self.i18n();
        let opened = self
            .current
            .as_ref()
            .ok_or_else(|| AppError::no_source(&i18n))?;
        let spec = choices.to_spec(&opened.catalog, &i18n)?;
        let said = |error: citydash_brief::BriefError| AppError::from_brief(&error, &i18n);
        match &mut self.prepared {
            Some(prepared) if prepared.lang == choices.lang => {
                prepared.briefing.update(&spec).map_err(said)?;
            }
            _ => {
                let briefing = Briefing::prepare(&opened.source, &spec).map_err(said)?;
                self.prepared = Some(Prepared {
                    lang: choices.lang,
                    briefing,
                });
            }
        }
        let Some(prepared) = &self.prepared else {
            return Err(AppError::no_source(&i18n));
        };
        let document = prepared.briefing.compile().map_err(said)?;
        let pages = document.svg_pages();
        let data = &prepared.briefing.content.data;
        let summary = i18n.tf(
            "briefing.rendered",
            &[
                ("pages", &pages.len().to_string()),
                ("kpis", &data.headlines.len().to_string()),
                ("alerts", &data.alerts.len().to_string()),
                ("ms", &started.elapsed().as_millis().to_string()),
            ],
        );
        let file_name = pdf_file_name(opened.as_of_ms);
        self.document = Some((document, file_name));
        Ok(Preview {
            seq,
            stale: false,
            pages,
            summary,
        })
    }

    /// The last rendered briefing, and the file name to suggest for it.
    fn rendered(&self) -> Result<&(Document, String), AppError> {
        self.document
            .as_ref()
            .ok_or_else(|| AppError::NothingToSave {
                message: self.i18n().t("briefing.error.nothing_to_save").to_owned(),
            })
    }

    /// The name to offer for the PDF: `briefing-2026-12-05.pdf`, the as-of date.
    pub fn pdf_name(&self) -> Result<String, AppError> {
        Ok(self.rendered()?.1.clone())
    }

    /// The last rendered briefing as PDF, and its page count.
    pub fn pdf(&self) -> Result<(Vec<u8>, usize), AppError> {
        let (document, _) = self.rendered()?;
        let pdf = document
            .pdf()
            .map_err(|error| AppError::from_brief(&error, &self.i18n()))?;
        Ok((pdf, document.page_count()))
    }

    /// Writes the last rendered briefing to `path` (through a file beside it, renamed, so a
    /// reader never sees half a PDF).
    pub fn save_pdf(&self, path: &Path) -> Result<Saved, AppError> {
        let i18n = self.i18n();
        let (pdf, pages) = self.pdf()?;
        let failed = |error: std::io::Error| AppError::Save {
            message: i18n.tf(
                "briefing.error.save",
                &[
                    ("path", &path.display().to_string()),
                    ("detail", &error.to_string()),
                ],
            ),
        };
        let partial = path.with_extension("pdf.partial");
        std::fs::write(&partial, &pdf).map_err(failed)?;
        std::fs::rename(&partial, path).map_err(|error| {
            let _ = std::fs::remove_file(&partial);
            failed(error)
        })?;
        Ok(Saved {
            path: path.display().to_string(),
            message: i18n.tf(
                "briefing.saved",
                &[
                    ("path", &path.display().to_string()),
                    ("pages", &pages.to_string()),
                    ("kib", &format_number(pdf.len() as f64 / 1024.0, 0, &i18n)),
                ],
            ),
        })
    }

    /// "Data as of 08:09 05/12/2026 (UTC+7) · 3 h old", counted at `now_ms`.
    pub fn data_age(&self, now_ms: i64) -> Result<String, AppError> {
        let i18n = self.i18n();
        let as_of_ms = self
            .current
            .as_ref()
            .ok_or_else(|| AppError::no_source(&i18n))?
            .as_of_ms;
        Ok(i18n.tf(
            "briefing.data_age",
            &[
                ("time", &CityZone::fallback().format(as_of_ms, &i18n)),
                ("age", &format_age((now_ms - as_of_ms).max(0) / 1000, &i18n)),
            ],
        ))
    }
}

/// `briefing-2026-12-05.pdf`: the as-of date in the city's time, so two briefings of different
/// days do not take each other's name.
fn pdf_file_name(as_of_ms: i64) -> String {
    format!(
        "briefing-{}.pdf",
        CityZone::fallback().format_plain(as_of_ms, "%Y-%m-%d")
    )
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// The spec shipped in `assets/brief/briefing.toml`, read once: its KPIs, period and map pages
/// are the app's defaults. A test keeps it readable.
static SHIPPED_SPEC: std::sync::LazyLock<Option<BriefSpec>> =
    std::sync::LazyLock::new(|| BriefSpec::parse(DEFAULT_SPEC).ok());

/// The shipped spec's choices, its KPIs limited to those `catalog` has, in the app's language
/// `lang` (a user who opened the app in English expects an English briefing first).
pub fn default_choices(catalog: &Catalog, lang: Lang) -> Choices {
    let spec = SHIPPED_SPEC.as_ref();
    let kpis = spec
        .map(|spec| {
            spec.kpis
                .iter()
                .filter(|id| catalog.kpi(id).is_some())
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    Choices {
        lang,
        title: String::new(),
        period: spec.map_or_else(|| "7d".to_owned(), |spec| spec.period.clone()),
        sections: citydash_brief::spec::default_sections(),
        kpis,
        notes: String::new(),
    }
}

impl Choices {
    /// The spec these choices make: the shipped spec's map pages, with the layers `catalog`
    /// lacks left out.
    pub fn to_spec(&self, catalog: &Catalog, i18n: &I18n) -> Result<BriefSpec, AppError> {
        let shipped =
            BriefSpec::parse(DEFAULT_SPEC).map_err(|error| AppError::from_brief(&error, i18n))?;
        let maps = shipped
            .maps
            .into_iter()
            .map(|mut map| {
                map.layers
                    .retain(|id| catalog.layers.iter().any(|layer| &layer.id == id));
                // The shipped title is Vietnamese; in English the metric names the page.
                if self.lang != Lang::Vi {
                    map.title = None;
                }
                map
            })
            .collect();
        let spec = BriefSpec {
            title: Some(self.title.trim().to_owned()).filter(|title| !title.is_empty()),
            lang: self.lang.code().to_owned(),
            period: self.period.clone(),
            sections: self.sections.clone(),
            kpis: self.kpis.clone(),
            notes: self.notes.clone(),
            maps,
        };
        spec.period_ms()
            .map_err(|error| AppError::from_brief(&error, i18n))?;
        spec.check_against(catalog)
            .map_err(|error| AppError::from_brief(&error, i18n))?;
        Ok(spec)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_spec_reads() {
        let spec = super::SHIPPED_SPEC.as_ref();
        assert!(spec.is_some_and(|spec| !spec.kpis.is_empty() && !spec.maps.is_empty()));
    }
}
