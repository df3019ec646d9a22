//! CityDash briefings: a pack (or the cache) and a briefing spec made into a document with
//! typst as a library, in-process, with no server and no browser. Every number, date, status
//! and sentence comes from the shared view models (`citydash-views`); the template
//! (`assets/brief/briefing.typ`) receives them as data (JSON), so text from the operations
//! center or a pack is set as text, never evaluated. The document's date is the data's as-of
//! date, so the same source and spec give the same bytes.
//!
//! [`BriefSource::open`] checks a pack as the dashboard does; [`Briefing::prepare`] reads what
//! the spec asks for; [`Briefing::compile`] lays out the pages, which [`Document`] writes as
//! PDF, SVG or PNG.

pub mod chart;
pub mod content;
pub mod map;
pub mod spec;
mod world;

use std::path::{Path, PathBuf};

use chrono::Datelike as _;
use typst::foundations::Smart;
use typst_layout::PagedDocument;

use citydash_views::i18n::I18n;
use citydash_views::pack::{refusal_text, signature_text};
use offline_cache::pack::{OpenedPack, PackRefused, TrustedKeys};
use offline_cache::store::Reader;

pub use content::{BriefData, Content};
pub use spec::{BriefSpec, MapPageSpec, Section};
pub use world::BriefWorld;

/// The template every briefing is set with.
pub const TEMPLATE: &str = include_str!("../../assets/brief/briefing.typ");
/// The spec shipped for a first briefing.
pub const DEFAULT_SPEC: &str = include_str!("../../assets/brief/briefing.toml");

/// Why a briefing could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    #[error("the briefing spec cannot be used: {0}")]
    Spec(String),
    #[error("the source's catalog has no KPI {}", .0.join(", "))]
    UnknownKpis(Vec<String>),
    #[error("the source's catalog has no layer {}", .0.join(", "))]
    UnknownLayers(Vec<String>),
    #[error("the source has no catalog yet: sync the cache first")]
    NoCatalog,
    #[error(transparent)]
    Source(#[from] offline_cache::Error),
    #[error("the pack was refused: {0}")]
    Pack(PackRefused),
    #[error("the template cannot be read: {0}")]
    Template(String),
    #[error("the document could not be laid out: {0}")]
    Typst(String),
}

/// Where the data came from, as the cover and the footer say it.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// The time the briefing shows the city at: the pack's as-of time, the cache's last sync.
    pub as_of_ms: i64,
    pub source: String,
    /// Who vouches for it: the pack's signer, unsigned, or that it is the local cache.
    pub signature: String,
    pub footer: String,
}

/// A pack, checked, or the cache.
#[derive(Debug, Clone)]
pub enum BriefSource {
    Pack(Box<OpenedPack>),
    Cache(PathBuf),
}

impl BriefSource {
    /// The pack or cache at `path`: a file with a pack's manifest is checked as the dashboard
    /// checks one (and refused as it would be); any other is read as a cache.
    pub fn open(path: &Path, trusted: &TrustedKeys) -> Result<Self, BriefError> {
        if !path.exists() {
            return Err(BriefError::Source(offline_cache::Error::NoCache {
                path: path.to_owned(),
            }));
        }
        match OpenedPack::check(path, trusted) {
            Ok(pack) => Ok(Self::Pack(Box::new(pack))),
            Err(PackRefused::NotAPack) => Ok(Self::Cache(path.to_owned())),
            Err(refused) => Err(BriefError::Pack(refused)),
        }
    }

    /// The source's catalog: its KPIs and layers, to choose from.
    pub fn catalog(&self) -> Result<offline_cache::model::Catalog, BriefError> {
        self.reader()?.catalog()?.ok_or(BriefError::NoCatalog)
    }

    /// The time the source shows the city at and where it came from, as a briefing says it.
    pub fn describe(&self, i18n: &I18n) -> Result<Provenance, BriefError> {
        self.provenance(&self.reader()?, i18n)
    }

    fn reader(&self) -> Result<Reader, BriefError> {
        Ok(match self {
            Self::Pack(pack) => pack.reader()?,
            Self::Cache(path) => Reader::open(path)?,
        })
    }

    fn provenance(&self, reader: &Reader, i18n: &I18n) -> Result<Provenance, BriefError> {
        match self {
            Self::Pack(pack) => {
                let manifest = &pack.verified.manifest;
                Ok(Provenance {
                    as_of_ms: manifest.as_of_ms,
                    source: manifest
                        .source_server
                        .clone()
                        .unwrap_or_else(|| i18n.t("pack.banner.unknown_source").to_owned()),
                    signature: i18n.tf(
                        "brief.signature",
                        &[("signature", &signature_text(&pack.signature, i18n))],
                    ),
                    footer: i18n.tf("brief.footer_pack", &[("digest", &manifest.content_sha256)]),
                })
            }
            Self::Cache(_) => {
                let health = reader.sync_health()?;
                let catalog = reader.catalog()?.ok_or(BriefError::NoCatalog)?;
                Ok(Provenance {
                    as_of_ms: health.last_success_ms.unwrap_or(catalog.server_time_ms),
                    source: health
                        .last_success_server
                        .or(health.server)
                        .unwrap_or_else(|| i18n.t("pack.banner.unknown_source").to_owned()),
                    signature: i18n.t("brief.from_cache").to_owned(),
                    footer: i18n.t("brief.footer_cache").to_owned(),
                })
            }
        }
    }
}

/// What went wrong, in the reader's language (the detail of a TOML or typst error stays as its
/// tool says it: it names the line or the text at fault).
pub fn error_text(error: &BriefError, i18n: &I18n) -> String {
    match error {
        BriefError::Pack(refused) => i18n.tf(
            "brief.error.pack",
            &[("reason", &refusal_text(refused, i18n))],
        ),
        BriefError::Source(core) => citydash_views::failure::error_text(core, i18n),
        BriefError::Spec(detail) => i18n.tf("brief.error.spec", &[("detail", detail)]),
        BriefError::UnknownKpis(ids) => i18n.tf("brief.error.kpis", &[("ids", &ids.join(", "))]),
        BriefError::UnknownLayers(ids) => {
            i18n.tf("brief.error.layers", &[("ids", &ids.join(", "))])
        }
        BriefError::NoCatalog => i18n.t("brief.error.no_catalog").to_owned(),
        BriefError::Template(detail) | BriefError::Typst(detail) => {
            i18n.tf("brief.error.layout", &[("detail", detail)])
        }
    }
}

/// A briefing ready to be laid out: its content read and its world built. Change a choice with
/// [`Briefing::update`] and compile again: typst reuses what did not change.
pub struct Briefing {
    world: BriefWorld,
    reader: Reader,
    provenance: Provenance,
    pub content: Content,
}

impl Briefing {
    /// Reads what `spec` asks for from `source`.
    pub fn prepare(source: &BriefSource, spec: &BriefSpec) -> Result<Self, BriefError> {
        let reader = source.reader()?;
        let i18n = I18n::new(spec.language()?);
        let provenance = source.provenance(&reader, &i18n)?;
        let content = content::build(&reader, spec, &provenance)?;
        let world = BriefWorld::new(TEMPLATE, files(&content)?, today(provenance.as_of_ms))?;
        Ok(Self {
            world,
            reader,
            provenance,
            content,
        })
    }

    /// Reads the content of a changed `spec` and swaps in the files that changed.
    pub fn update(&mut self, spec: &BriefSpec) -> Result<(), BriefError> {
        let content = content::build(&self.reader, spec, &self.provenance)?;
        for (path, bytes) in files(&content)? {
            self.world.set_file(&path, bytes);
        }
        self.content = content;
        Ok(())
    }

    /// Each diagnostic with the template's text it points at.
    fn describe(&self, errors: &[typst::diag::SourceDiagnostic]) -> String {
        use typst::WorldExt as _;
        errors
            .iter()
            .map(|error| {
                let at = self
                    .world
                    .range(error.span)
                    .and_then(|range| self.world.main_text().get(range).map(str::to_owned));
                match at {
                    Some(text) => format!("{} (at `{text}`)", error.message),
                    None => error.message.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Lays the pages out.
    pub fn compile(&self) -> Result<Document, BriefError> {
        let warned = typst::compile::<PagedDocument>(&self.world);
        let document = warned
            .output
            .map_err(|errors| BriefError::Typst(self.describe(&errors)))?;
        Ok(Document {
            document,
            ident: self.provenance.footer.clone(),
        })
    }
}

/// Every string in `value`, at any depth, through [`citydash_views::format::layout_safe`].
fn make_layout_safe(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(text) => {
            if let std::borrow::Cow::Owned(safe) = citydash_views::format::layout_safe(text) {
                *text = safe;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(make_layout_safe),
        Value::Object(fields) => fields.values_mut().for_each(make_layout_safe),
        _ => {}
    }
}

/// The data and the charts as the world's files. Every text in the data is made layout-safe
/// (no control characters, no bidirectional overrides): typst shows it as text anyway, but an
/// override would reorder the words the template sets beside it.
fn files(content: &Content) -> Result<Vec<(String, Vec<u8>)>, BriefError> {
    let mut data = serde_json::to_value(&content.data)
        .map_err(|error| BriefError::Template(error.to_string()))?;
    make_layout_safe(&mut data);
    let data =
        serde_json::to_vec(&data).map_err(|error| BriefError::Template(error.to_string()))?;
    let mut files = vec![("/data.json".to_owned(), data)];
    files.extend(
        content
            .charts
            .iter()
            .map(|(path, svg)| (path.clone(), svg.clone().into_bytes())),
    );
    Ok(files)
}

/// The as-of date in the city's time (UTC+7), the document's "today".
fn today(as_of_ms: i64) -> (i32, u8, u8) {
    const CITY_OFFSET_MS: i64 = 7 * 3_600_000;
    let date = chrono::DateTime::from_timestamp_millis(as_of_ms.saturating_add(CITY_OFFSET_MS))
        .map(|time| time.date_naive())
        .unwrap_or_default();
    (date.year(), date.month() as u8, date.day() as u8)
}

/// The laid-out briefing.
pub struct Document {
    document: PagedDocument,
    ident: String,
}

impl Document {
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// The template's marks (`#metadata("…")` of a string) with the page each sits on, in
    /// document order: where a chart starts and ends, for the page-break checks.
    pub fn marks(&self) -> Vec<(String, usize)> {
        use typst::foundations::{Element, Selector, Value};
        use typst::introspection::{Introspector as _, MetadataElem};
        let introspector = self.document.introspector();
        let selector = Selector::Elem(Element::of::<MetadataElem>(), None);
        introspector
            .query(&selector)
            .iter()
            .filter_map(|content| {
                let mark = content.to_packed::<MetadataElem>()?;
                let Value::Str(text) = &mark.value else {
                    return None;
                };
                let page = introspector.page(content.location()?)?;
                Some((text.to_string(), page.get()))
            })
            .collect()
    }

    /// The PDF, identical for the same source and spec (no creation time, a fixed identifier).
    pub fn pdf(&self) -> Result<Vec<u8>, BriefError> {
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(self.ident.clone()),
            creator: Smart::Custom(Some("CityDash".into())),
            ..typst_pdf::PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| {
            BriefError::Typst(
                errors
                    .iter()
                    .map(|error| error.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })
    }

    /// Each page as SVG, for a preview.
    pub fn svg_pages(&self) -> Vec<String> {
        let options = typst_svg::SvgOptions::default();
        self.document
            .pages()
            .iter()
            .map(|page| typst_svg::svg(page, &options))
            .collect()
    }

    /// Each page as PNG at `pixels_per_point` (2.0 is 144 dpi).
    pub fn png_pages(&self, pixels_per_point: f64) -> Result<Vec<Vec<u8>>, BriefError> {
        let options = typst_render::RenderOptions {
            pixel_per_pt: pixels_per_point.into(),
            ..typst_render::RenderOptions::default()
        };
        self.document
            .pages()
            .iter()
            .map(|page| {
                typst_render::render(page, &options)
                    .encode_png()
                    .map_err(|error| BriefError::Typst(error.to_string()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_of_the_data_is_made_layout_safe() {
        // A unit ending in a right-to-left override once turned the template's "so với ngày
        // 28/11" after it into "11/82 yàgn iớv os".
        let mut data = serde_json::json!({
            "rows": [{"unit": "m<sup>2</sup>\u{202e}", "value": 1.5}],
            "title": "Báo cáo \u{1b}]0;owned\u{7}tuần",
        });
        make_layout_safe(&mut data);
        assert_eq!(data["rows"][0]["unit"], "m<sup>2</sup>");
        assert_eq!(data["rows"][0]["value"], 1.5);
        assert_eq!(data["title"], "Báo cáo ]0;ownedtuần");
    }
}
