//! A briefing spec (TOML): the title, the language, the period back from the data's as-of
//! time, the sections in order, the KPIs, and the notes. Checked against the source's catalog:
//! an unknown KPI or section is an error that names it.

use serde::{Deserialize, Serialize};

use offline_cache::model::Catalog;

use crate::BriefError;

/// The sections a briefing can have, in the order a spec lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// Title, city, as of, source, signature, period.
    Cover,
    /// Each KPI with its value, change over the period, status against target, measured at.
    Headlines,
    /// A chart of each KPI over the period: target, thresholds, the previous period.
    Charts,
    /// The map pages: wards coloured by a ward metric, point layers over them.
    Maps,
    /// The alerts of the period.
    Alerts,
    /// The spec's notes, as written.
    Notes,
}

/// What a briefing holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefSpec {
    /// The document's title; the language's default when absent.
    #[serde(default)]
    pub title: Option<String>,
    /// `en` or `vi`.
    #[serde(default = "default_lang")]
    pub lang: String,
    /// The period back from the data's as-of time: `24h`, `7d`, `30d`.
    #[serde(default = "default_period")]
    pub period: String,
    #[serde(default = "default_sections")]
    pub sections: Vec<Section>,
    /// KPI ids, in the order they are shown.
    pub kpis: Vec<String>,
    /// Plain text for the notes section (never read as markup).
    #[serde(default)]
    pub notes: String,
    /// The map pages (`[[map]]`), in order.
    #[serde(default, rename = "map")]
    pub maps: Vec<MapPageSpec>,
}

/// One map page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapPageSpec {
    /// The page's heading; the metric's name when absent.
    #[serde(default)]
    pub title: Option<String>,
    /// The ward property the wards are coloured by (`aqi`, `flood_points`, `population`...).
    #[serde(default = "default_metric")]
    pub metric: String,
    /// Point and line layers drawn over the wards.
    #[serde(default)]
    pub layers: Vec<String>,
}

fn default_metric() -> String {
    "aqi".into()
}

fn default_lang() -> String {
    "vi".into()
}

fn default_period() -> String {
    "7d".into()
}

/// Every section, in the order of a full briefing.
pub fn default_sections() -> Vec<Section> {
    vec![
        Section::Cover,
        Section::Headlines,
        Section::Charts,
        Section::Maps,
        Section::Alerts,
        Section::Notes,
    ]
}

impl BriefSpec {
    /// Reads a spec; a TOML error names its line.
    pub fn parse(text: &str) -> Result<Self, BriefError> {
        let spec: BriefSpec =
            toml::from_str(text).map_err(|error| BriefError::Spec(error.to_string()))?;
        spec.period_ms()?;
        spec.language()?;
        Ok(spec)
    }

    pub fn language(&self) -> Result<citydash_views::Lang, BriefError> {
        citydash_views::Lang::from_code(&self.lang)
            .ok_or_else(|| BriefError::Spec(format!("lang: {} is not en or vi", self.lang)))
    }

    /// The period in milliseconds (ten years at most).
    pub fn period_ms(&self) -> Result<i64, BriefError> {
        const TEN_YEARS_MS: i64 = 3_660 * 86_400_000;
        citydash_views::format::span_ms(&self.period)
            .filter(|span| *span <= TEN_YEARS_MS)
            .ok_or_else(|| {
                BriefError::Spec(format!(
                    "period: not a span like 24h or 7d: {}",
                    self.period.trim()
                ))
            })
    }

    /// The KPIs and layers the source's catalog lacks, named, as one error.
    pub fn check_against(&self, catalog: &Catalog) -> Result<(), BriefError> {
        let unknown: Vec<String> = self
            .kpis
            .iter()
            .filter(|id| catalog.kpi(id).is_none())
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return Err(BriefError::UnknownKpis(unknown));
        }
        let mut layers: Vec<String> = self
            .maps
            .iter()
            .flat_map(|map| map.layers.iter())
            .filter(|id| !catalog.layers.iter().any(|layer| &layer.id == *id))
            .cloned()
            .collect();
        layers.dedup();
        if layers.is_empty() {
            Ok(())
        } else {
            Err(BriefError::UnknownLayers(layers))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_spec_reads_with_its_defaults_and_a_bad_one_says_what_is_wrong() {
        let spec = BriefSpec::parse("kpis = [\"EN03\", \"MO01\"]").unwrap();
        assert_eq!(spec.lang, "vi");
        assert_eq!(spec.period_ms().unwrap(), 7 * 86_400_000);
        assert_eq!(spec.sections.len(), 6);
        let maps = BriefSpec::parse("kpis = []\n[[map]]\nlayers = [\"incidents\"]").unwrap();
        assert_eq!(maps.maps[0].metric, "aqi");
        for (bad, says) in [
            ("kpis = []\nperiod = \"7w\"", "period"),
            ("kpis = []\nlang = \"fr\"", "lang"),
            ("kpis = []\nsections = [\"cover\", \"gossip\"]", "gossip"),
            ("kpis = []\ncolour = \"red\"", "colour"),
            ("title = \"x\"", "kpis"),
        ] {
            let error = BriefSpec::parse(bad).unwrap_err().to_string();
            assert!(error.contains(says), "{bad}: {error}");
        }
    }
}
