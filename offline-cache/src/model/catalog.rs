//! The catalog: what the operations center knows about the city and the KPIs it serves.

use serde::{Deserialize, Serialize};

use super::{Basemap, KpiDef, LayerDef};

/// The API version this build speaks; the catalog names the server's.
pub const API_VERSION: &str = "1";

/// A text in both languages of the dashboard.
///
/// Read from `{"en": ..., "vi": ...}` or from a plain string, which is taken as English (a server
/// that speaks one language, or a cache written before a field became bilingual); an empty
/// Vietnamese text falls back to the English one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(from = "TextInEitherForm")]
pub struct LocalizedText {
    pub en: String,
    pub vi: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TextInEitherForm {
    Both { en: String, vi: String },
    English(String),
}

impl From<TextInEitherForm> for LocalizedText {
    fn from(text: TextInEitherForm) -> Self {
        match text {
            TextInEitherForm::Both { en, vi } => LocalizedText { en, vi },
            TextInEitherForm::English(en) => LocalizedText {
                en,
                vi: String::new(),
            },
        }
    }
}

impl LocalizedText {
    pub fn new(en: impl Into<String>, vi: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            vi: vi.into(),
        }
    }

    /// The text for a language code (`"vi"` or anything else for English).
    pub fn get(&self, lang: &str) -> &str {
        if lang == "vi" && !self.vi.is_empty() {
            &self.vi
        } else {
            &self.en
        }
    }
}

/// A WGS 84 bounding box in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundingBox {
    pub min_lon: f64,
    pub min_lat: f64,
    pub max_lon: f64,
    pub max_lat: f64,
}

/// The city the operations center serves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CityInfo {
    pub name: LocalizedText,
    /// IANA time zone in which times are shown, e.g. `Asia/Ho_Chi_Minh`.
    pub time_zone: String,
    pub bbox: BoundingBox,
}

/// `GET /api/v1/catalog`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub api_version: String,
    pub city: CityInfo,
    /// The server's clock when it answered (simulated clock on the simulator).
    pub server_time_ms: i64,
    /// True when every number comes from a simulator, not from the city's systems.
    pub simulated: bool,
    /// A line to show wherever the data is shown, e.g. "Simulated demo data".
    pub data_notice: LocalizedText,
    pub kpis: Vec<KpiDef>,
    /// Map layers, each an OGC API - Features collection of the same id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<LayerDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basemap: Option<Basemap>,
    /// Names the server's data as a whole; it changes when that data is reset (restored from a
    /// backup, reseeded), telling clients that what they stored before is no longer its data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_epoch: Option<String>,
}

impl Catalog {
    pub fn kpi(&self, kpi_id: &str) -> Option<&KpiDef> {
        self.kpis.iter().find(|kpi| kpi.id == kpi_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_read_in_both_languages_or_as_a_plain_english_string() {
        let both: LocalizedText =
            serde_json::from_str(r#"{"en": "Simulated", "vi": "Mô phỏng"}"#).unwrap();
        assert_eq!(both.get("vi"), "Mô phỏng");
        assert_eq!(both.get("en"), "Simulated");

        let plain: LocalizedText = serde_json::from_str(r#""City water utility""#).unwrap();
        assert_eq!(plain.get("en"), "City water utility");
        assert_eq!(
            plain.get("vi"),
            "City water utility",
            "falls back to English"
        );

        assert!(serde_json::from_str::<LocalizedText>("42").is_err());
        assert!(serde_json::from_str::<LocalizedText>(r#"{"en": "only"}"#).is_err());
    }

    #[test]
    fn a_text_is_written_in_both_languages() {
        let text = LocalizedText::new("Rain", "Mưa");
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"en":"Rain","vi":"Mưa"}"#
        );
    }
}
