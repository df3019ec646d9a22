//! Per-layer rules of the map: a feature's name in the user's language, its status for the
//! symbol (flood depth, AQI class, camera online, incident status, tide alert level, hospital
//! queue, congestion level, service center open), the key properties its tooltip shows, and
//! how any property is labelled and formatted.

use serde_json::{Map, Value};

use crate::format::{CityZone, format_value};
use crate::i18n::{I18n, Lang};

/// How a symbol is marked; each level has its own shape detail, not only a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusLevel {
    /// Closed, offline, not in service: drawn hollow.
    Inactive,
    Normal,
    /// Drawn with a ring.
    Warning,
    /// Drawn larger, with a double ring.
    Alert,
}

impl StatusLevel {
    pub const ALL: [StatusLevel; 4] = [
        StatusLevel::Normal,
        StatusLevel::Warning,
        StatusLevel::Alert,
        StatusLevel::Inactive,
    ];

    /// The translation key of the level's legend word.
    pub fn label_key(self) -> &'static str {
        match self {
            StatusLevel::Inactive => "map.level.inactive",
            StatusLevel::Normal => "map.level.normal",
            StatusLevel::Warning => "map.level.warning",
            StatusLevel::Alert => "map.level.alert",
        }
    }
}

/// A feature's status: its level and the word that says it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureStatus {
    pub level: StatusLevel,
    pub word: String,
    /// 0 (free flow) to 4 (jammed), for congestion segments.
    pub congestion_level: Option<u8>,
}

fn number(properties: &Map<String, Value>, key: &str) -> Option<f64> {
    properties
        .get(key)
        .and_then(Value::as_f64)
        .filter(|v| v.is_finite())
}

fn text<'a>(properties: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    properties.get(key).and_then(Value::as_str)
}

/// The suffix of a property's English twin: the city's systems name places in Vietnamese
/// (`ward`), and a server may add the English name beside it (`ward_en`).
const ENGLISH_TWIN: &str = "_en";

/// A text property in `lang`: in English its English twin where the feature has one.
fn localized_text<'a>(
    properties: &'a Map<String, Value>,
    key: &str,
    lang: Lang,
) -> Option<&'a str> {
    let english = (lang == Lang::En)
        .then(|| text(properties, &format!("{key}{ENGLISH_TWIN}")))
        .flatten()
        .filter(|word| !word.trim().is_empty());
    english.or_else(|| text(properties, key))
}

/// True for `ward_en` beside `ward`: shown through its twin, never as a row of its own.
fn is_english_twin(properties: &Map<String, Value>, key: &str) -> bool {
    key.strip_suffix(ENGLISH_TWIN)
        .is_some_and(|base| properties.contains_key(base))
}

fn status(level: StatusLevel, word: String) -> Option<FeatureStatus> {
    Some(FeatureStatus {
        level,
        word,
        congestion_level: None,
    })
}

/// The status of a feature of `layer_id`, or `None` for layers whose features have none.
pub fn feature_status(
    layer_id: &str,
    properties: &Map<String, Value>,
    i18n: &I18n,
) -> Option<FeatureStatus> {
    use StatusLevel::{Alert, Inactive, Normal, Warning};
    match layer_id {
        "flood-sensors" => {
            let depth = number(properties, "depth_cm")?;
            let alert = properties.get("alert").and_then(Value::as_bool) == Some(true);
            if alert || depth >= 30.0 {
                status(Alert, i18n.t("map.status.flood_alert").to_owned())
            } else if depth >= 10.0 {
                status(Warning, i18n.t("map.status.water_on_street").to_owned())
            } else {
                status(Normal, i18n.t("map.status.dry").to_owned())
            }
        }
        "air-quality" => {
            let aqi = number(properties, "aqi")?;
            let (level, key) = match aqi {
                // Vietnam's categories (VN_AQI), as the wards choropleth colours them.
                a if a <= 50.0 => (Normal, "aqi.category.good"),
                a if a <= 100.0 => (Normal, "aqi.category.moderate"),
                a if a <= 150.0 => (Warning, "aqi.category.poor"),
                a if a <= 200.0 => (Alert, "aqi.category.bad"),
                a if a <= 300.0 => (Alert, "aqi.category.very_bad"),
                _ => (Alert, "aqi.category.hazardous"),
            };
            status(level, i18n.t(key).to_owned())
        }
        "cameras" => match properties.get("online").and_then(Value::as_bool)? {
            true => status(Normal, i18n.t("map.status.online").to_owned()),
            false => status(Inactive, i18n.t("map.status.offline").to_owned()),
        },
        "incidents" => match text(properties, "status")? {
            "new" => status(Alert, i18n.t("map.value.new").to_owned()),
            "in_progress" => status(Warning, i18n.t("map.value.in_progress").to_owned()),
            "closed" => status(Inactive, i18n.t("map.value.closed").to_owned()),
            other => status(Normal, other.to_owned()),
        },
        "tide-gauges" => {
            let level = number(properties, "alert_level")?;
            if level < 1.0 {
                status(Normal, i18n.t("map.status.below_alert").to_owned())
            } else {
                let word = i18n.tf(
                    "map.status.alert_level",
                    &[("level", &format!("{}", level.round() as i64))],
                );
                status(if level >= 2.0 { Alert } else { Warning }, word)
            }
        }
        "hospitals" => {
            let queue = number(properties, "emergency_queue")?;
            let ambulances = number(properties, "ambulances_free");
            if queue >= 20.0 {
                status(Alert, i18n.t("map.status.queue_long").to_owned())
            } else if queue >= 10.0 || ambulances == Some(0.0) {
                status(Warning, i18n.t("map.status.queue_busy").to_owned())
            } else {
                status(Normal, i18n.t("map.status.queue_normal").to_owned())
            }
        }
        "service-centers" => {
            if properties.get("open").and_then(Value::as_bool) == Some(false) {
                return status(Inactive, i18n.t("map.status.closed_now").to_owned());
            }
            if number(properties, "queue").is_some_and(|queue| queue >= 30.0) {
                status(Warning, i18n.t("map.status.queue_busy").to_owned())
            } else {
                status(Normal, i18n.t("map.status.open_now").to_owned())
            }
        }
        "congestion" => {
            let level = number(properties, "level")?.clamp(0.0, 4.0).round() as u8;
            let severity = match level {
                0 | 1 => Normal,
                2 => Warning,
                _ => Alert,
            };
            Some(FeatureStatus {
                level: severity,
                word: i18n.t(CONGESTION_KEYS[usize::from(level)]).to_owned(),
                congestion_level: Some(level),
            })
        }
        _ => None,
    }
}

const CONGESTION_KEYS: [&str; 5] = [
    "map.congestion.free",
    "map.congestion.light",
    "map.congestion.moderate",
    "map.congestion.heavy",
    "map.congestion.jammed",
];

/// A feature's name in `lang`: `name_vi`/`name_en` where given, then `name`, then the road of a
/// road segment, then the feature id.
pub fn display_name(properties: &Map<String, Value>, feature_id: &str, lang: Lang) -> String {
    let localized = match lang {
        Lang::Vi => ["name_vi", "name", "road", "road_en"],
        Lang::En => ["name_en", "name", "road_en", "road"],
    };
    localized
        .iter()
        .find_map(|key| text(properties, key).filter(|name| !name.trim().is_empty()))
        .map(str::to_owned)
        .or_else(|| described_name(properties, lang))
        .unwrap_or_else(|| feature_id.to_owned())
}

/// A name for a feature that has none, from what it is and where (an incident: "Flooding · An
/// Lac Ward"), so a raw id is the last resort.
fn described_name(properties: &Map<String, Value>, lang: Lang) -> Option<String> {
    let category = text(properties, "category").filter(|word| !word.trim().is_empty())?;
    let i18n = I18n::new(lang);
    let word = i18n
        .get(&format!("map.value.{category}"))
        .unwrap_or(category);
    // A name starts with a capital: "flooding" names an incident as "Flooding".
    let mut chars = word.chars();
    let what: String = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    Some(
        match localized_text(properties, "ward", lang).filter(|ward| !ward.trim().is_empty()) {
            Some(ward) => format!("{what} · {ward}"),
            None => what.to_owned(),
        },
    )
}

/// The properties a tooltip shows for a feature of `layer_id`, most telling first.
pub fn tooltip_keys(layer_id: &str) -> &'static [&'static str] {
    match layer_id {
        "wards" => &["population", "aqi", "flood_points", "on_time_pct"],
        "metro" => &[
            "passengers_per_hour",
            "underground",
            "length_km",
            "stations",
        ],
        "bus-routes" => &["route", "fuel", "headway_min", "vehicles"],
        "congestion" => &["speed_kmh", "free_flow_kmh"],
        "cameras" => &["type", "violations_today", "ward"],
        "flood-sensors" => &["depth_cm", "rain_mm_h", "trend", "ward"],
        "tide-gauges" => &["level_m", "trend", "alert_levels_m"],
        "air-quality" => &["aqi", "pm25", "dominant"],
        "incidents" => &["category", "line", "minutes_open", "ward"],
        "hospitals" => &["emergency_queue", "ambulances_free", "beds"],
        "service-centers" => &["queue", "cases_today", "on_time_pct"],
        "river" => &["kind", "tide_affected"],
        _ => &[],
    }
}

/// KPIs that tell more about a layer, by id (only those the catalog has are offered).
pub fn related_kpis(layer_id: &str) -> &'static [&'static str] {
    match layer_id {
        "metro" => &["MO01", "MO02"],
        "bus-routes" => &["MO04", "MO05"],
        "congestion" => &["MO06"],
        "cameras" => &["PS03", "MO07"],
        "flood-sensors" => &["EN04", "EN05"],
        "tide-gauges" => &["EN03"],
        "air-quality" => &["EN01", "EN02"],
        "incidents" => &["CS01", "PS01"],
        "hospitals" => &["PS02"],
        "service-centers" => &["DE03"],
        "wards" => &["EN01", "EN04", "DE03", "CS01"],
        _ => &[],
    }
}

/// Properties that are names (shown as the title) rather than rows.
const NAME_KEYS: [&str; 5] = ["name", "name_en", "name_vi", "road", "road_en"];

/// Units of known properties, as unit keys (`unit.<key>`) or symbols.
fn property_unit(key: &str) -> Option<&'static str> {
    Some(match key {
        "depth_cm" => "cm",
        "rain_mm_h" => "mm/h",
        "level_m" | "alert_levels_m" => "m",
        "speed_kmh" | "free_flow_kmh" => "km/h",
        "on_time_pct" => "%",
        "minutes_open" | "headway_min" => "min",
        "area_km2" => "km²",
        "length_km" => "km",
        "pm25" | "pm10" | "no2" => "µg/m³",
        _ => return None,
    })
}

/// The label of a property: translated when the catalog knows it, the raw key otherwise.
pub fn property_label(key: &str, i18n: &I18n) -> String {
    i18n.get(&format!("map.prop.{key}"))
        .unwrap_or(key)
        .to_owned()
}

/// One labelled, formatted property.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyRow {
    pub key: String,
    pub label: String,
    pub value: String,
}

/// Formats property values for one language and time zone.
#[derive(Debug, Clone, Copy)]
pub struct PropertyFormatter {
    pub i18n: I18n,
    pub zone: CityZone,
}

impl PropertyFormatter {
    pub fn new(lang: Lang, zone: CityZone) -> PropertyFormatter {
        PropertyFormatter {
            i18n: I18n::new(lang),
            zone,
        }
    }

    /// A value as shown: numbers with separators and unit, yes/no, known words translated,
    /// times (`*_ms`) in the city's zone; `None` for nulls and nested objects.
    pub fn value(&self, key: &str, value: &Value) -> Option<String> {
        let unit = property_unit(key);
        let with_unit = |number: String| match unit {
            Some(unit) => format!("{number} {unit}"),
            None => number,
        };
        match value {
            Value::Null | Value::Object(_) => None,
            Value::Bool(true) => Some(self.i18n.t("map.yes").to_owned()),
            Value::Bool(false) => Some(self.i18n.t("map.no").to_owned()),
            Value::Number(number) => {
                let number = number.as_f64()?;
                if key.ends_with("_ms") {
                    return Some(self.zone.format(number as i64, &self.i18n));
                }
                if key == "population" || key.ends_with("_code") {
                    return Some(crate::format::format_number(number, 0, &self.i18n));
                }
                Some(with_unit(format_value(number, &self.i18n)))
            }
            Value::String(word) => Some(match self.i18n.get(&format!("map.value.{word}")) {
                Some(known) => known.to_owned(),
                None => {
                    crate::format::clip_text(word, crate::format::LONG_TEXT_MAX_CHARS).into_owned()
                }
            }),
            Value::Array(items) => {
                let numbers: Vec<String> = items
                    .iter()
                    .filter_map(|item| item.as_f64().map(|v| format_value(v, &self.i18n)))
                    .collect();
                (!numbers.is_empty()).then(|| with_unit(numbers.join(" / ")))
            }
        }
    }

    /// Rows for `keys` that the feature has, in that order.
    pub fn rows(&self, properties: &Map<String, Value>, keys: &[&str]) -> Vec<PropertyRow> {
        // How long a closed incident "is open" is a number frozen at its closing: left out.
        let closed = text(properties, "status") == Some("closed");
        keys.iter()
            .filter(|key| !(closed && **key == "minutes_open"))
            .filter_map(|key| {
                let value = match localized_text(properties, key, self.i18n.lang()) {
                    Some(word) => self.value(key, &Value::String(word.to_owned()))?,
                    None => self.value(key, properties.get(*key)?)?,
                };
                Some(PropertyRow {
                    key: (*key).to_owned(),
                    label: property_label(key, &self.i18n),
                    value,
                })
            })
            .collect()
    }

    /// Every property but the names: `first` in order, then the rest by key.
    pub fn all_rows(&self, properties: &Map<String, Value>, first: &[&str]) -> Vec<PropertyRow> {
        let mut rows = self.rows(properties, first);
        let mut rest: Vec<&str> = properties
            .keys()
            .map(String::as_str)
            .filter(|key| {
                !first.contains(key)
                    && !NAME_KEYS.contains(key)
                    && !is_english_twin(properties, key)
            })
            .collect();
        rest.sort_unstable();
        rows.extend(self.rows(properties, &rest));
        rows
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn props(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn level(layer: &str, value: Value) -> Option<StatusLevel> {
        feature_status(layer, &props(value), &I18n::new(Lang::En)).map(|s| s.level)
    }

    #[test]
    fn a_feature_without_a_name_is_named_by_what_and_where_and_a_closed_one_is_not_open() {
        let incident = props(json!({
            "category": "flooding",
            "ward": "Phường An Lạc",
            "ward_en": "An Lac Ward",
            "status": "closed",
            "minutes_open": 316
        }));
        let en = display_name(&incident, "inc-1022-7", Lang::En);
        assert_eq!(en, "Flooding · An Lac Ward");
        let vi = display_name(&incident, "inc-1022-7", Lang::Vi);
        assert!(vi.ends_with(" · Phường An Lạc"), "{vi}");
        assert_eq!(
            display_name(&props(json!({})), "inc-1022-7", Lang::En),
            "inc-1022-7"
        );
        let formatter = PropertyFormatter::new(Lang::En, CityZone::fallback());
        let rows = formatter.all_rows(&incident, &["minutes_open", "ward"]);
        assert!(rows.iter().all(|row| row.key != "minutes_open"), "{rows:?}");
        // The ward in the reader's language, once: its English twin is not a row of its own.
        let ward = |rows: &[PropertyRow]| {
            rows.iter()
                .find(|row| row.key == "ward")
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(ward(&rows), "An Lac Ward");
        assert!(rows.iter().all(|row| row.key != "ward_en"), "{rows:?}");
        let vi_rows =
            PropertyFormatter::new(Lang::Vi, CityZone::fallback()).all_rows(&incident, &[]);
        assert_eq!(ward(&vi_rows), "Phường An Lạc");
        let open = props(json!({"status": "open", "minutes_open": 20}));
        assert_eq!(formatter.rows(&open, &["minutes_open"]).len(), 1);
    }

    #[test]
    fn status_rules_follow_each_layer() {
        use StatusLevel::*;
        assert_eq!(
            level("flood-sensors", json!({"depth_cm": 2.0, "alert": false})),
            Some(Normal)
        );
        assert_eq!(
            level("flood-sensors", json!({"depth_cm": 15.0})),
            Some(Warning)
        );
        assert_eq!(
            level("flood-sensors", json!({"depth_cm": 12.0, "alert": true})),
            Some(Alert)
        );
        assert_eq!(level("air-quality", json!({"aqi": 80.0})), Some(Normal));
        assert_eq!(level("air-quality", json!({"aqi": 120.0})), Some(Warning));
        assert_eq!(level("air-quality", json!({"aqi": 180.0})), Some(Alert));
        assert_eq!(level("cameras", json!({"online": false})), Some(Inactive));
        assert_eq!(level("cameras", json!({"online": true})), Some(Normal));
        assert_eq!(level("incidents", json!({"status": "new"})), Some(Alert));
        assert_eq!(
            level("incidents", json!({"status": "in_progress"})),
            Some(Warning)
        );
        assert_eq!(
            level("incidents", json!({"status": "closed"})),
            Some(Inactive)
        );
        assert_eq!(
            level("tide-gauges", json!({"alert_level": 0})),
            Some(Normal)
        );
        assert_eq!(
            level("tide-gauges", json!({"alert_level": 1})),
            Some(Warning)
        );
        assert_eq!(level("tide-gauges", json!({"alert_level": 3})), Some(Alert));
        assert_eq!(
            level("hospitals", json!({"emergency_queue": 25.0})),
            Some(Alert)
        );
        assert_eq!(
            level(
                "hospitals",
                json!({"emergency_queue": 3.0, "ambulances_free": 0.0})
            ),
            Some(Warning)
        );
        assert_eq!(
            level("service-centers", json!({"open": false, "queue": 50.0})),
            Some(Inactive)
        );
        assert_eq!(level("wards", json!({"aqi": 300.0})), None);
        // Missing or mistyped properties give no status rather than a wrong one.
        assert_eq!(level("flood-sensors", json!({"depth_cm": "deep"})), None);
        assert_eq!(level("cameras", json!({})), None);

        let jammed = feature_status(
            "congestion",
            &props(json!({"level": 4})),
            &I18n::new(Lang::Vi),
        )
        .unwrap();
        assert_eq!(jammed.congestion_level, Some(4));
        assert_eq!(jammed.level, Alert);
        assert_ne!(jammed.word, "map.congestion.jammed");
        let tide = feature_status(
            "tide-gauges",
            &props(json!({"alert_level": 2})),
            &I18n::new(Lang::En),
        )
        .unwrap();
        assert!(tide.word.contains('2'), "{}", tide.word);
    }

    #[test]
    fn names_follow_the_language() {
        let station = props(json!({"name": "Opera House", "name_vi": "Nhà hát Thành phố"}));
        assert_eq!(display_name(&station, "s", Lang::Vi), "Nhà hát Thành phố");
        assert_eq!(display_name(&station, "s", Lang::En), "Opera House");
        let ward = props(json!({"name": "Phường Sài Gòn", "name_en": "Sai Gon Ward"}));
        assert_eq!(display_name(&ward, "w", Lang::En), "Sai Gon Ward");
        assert_eq!(display_name(&ward, "w", Lang::Vi), "Phường Sài Gòn");
        assert_eq!(
            display_name(&props(json!({})), "cam-0001", Lang::Vi),
            "cam-0001"
        );
    }

    #[test]
    fn values_are_formatted_and_labels_translated() {
        let en = PropertyFormatter::new(Lang::En, CityZone::fallback());
        let vi = PropertyFormatter::new(Lang::Vi, CityZone::fallback());
        assert_eq!(en.value("depth_cm", &json!(35.0)).unwrap(), "35 cm");
        assert_eq!(vi.value("level_m", &json!(1.52)).unwrap(), "1,52 m");
        assert_eq!(en.value("population", &json!(116883)).unwrap(), "116,883");
        assert_eq!(en.value("online", &json!(true)).unwrap(), "yes");
        assert_eq!(en.value("trend", &json!("rising")).unwrap(), "rising");
        assert_ne!(vi.value("trend", &json!("rising")).unwrap(), "rising");
        assert_eq!(en.value("trend", &json!("sideways")).unwrap(), "sideways");
        assert_eq!(en.value("closed_ms", &Value::Null), None);
        assert!(
            en.value("opened_ms", &json!(1_795_434_960_000_i64))
                .unwrap()
                .contains("18:56")
        );
        assert_eq!(
            property_label("depth_cm", &I18n::new(Lang::En)),
            "Water depth"
        );
        assert_eq!(
            property_label("mystery_field", &I18n::new(Lang::En)),
            "mystery_field"
        );

        let rows = en.all_rows(
            &props(json!({"name": "x", "zeta": 1, "depth_cm": 4.0, "alpha": "a"})),
            &["depth_cm"],
        );
        let keys: Vec<&str> = rows.iter().map(|row| row.key.as_str()).collect();
        assert_eq!(keys, ["depth_cm", "alpha", "zeta"]);
    }
}
