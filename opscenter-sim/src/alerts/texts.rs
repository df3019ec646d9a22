//! The words of alerts, in English and Vietnamese (with diacritics and decimal commas), and the
//! feature each points at: among the features its layer serves at the alert's instant, the one
//! that best explains it (the air station with the highest AQI, the flood sensor with the
//! deepest water or the most rain, the most congested road segment, the Phu An tide gauge),
//! named as the layers name it (a station's or gauge's name, a road's, or the ward a sensor
//! stands in).

use offline_cache::model::{AlertSeverity, Feature, LocalizedText};
use serde_json::{Map, Value};

use super::kind::AlertKind;
use crate::layers::{self, LayerId, city};
use crate::noise::splitmix64;
use crate::weather::Weather;

/// The tide gauge whose readings are the tide KPI (EN03).
const TIDE_KPI_GAUGE_ID: &str = "gauge-phu-an";

/// The feature an alert points at and the place it names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AlertFeature {
    pub layer: LayerId,
    pub feature_id: String,
    /// The feature's name, or the road or ward it lies on, as the layers give them.
    pub place: LocalizedText,
    /// The reading that singled it out (AQI, mm/h, cm, share of free-flow speed lost, metres),
    /// when one did.
    pub reading: Option<f64>,
}

/// The feature of the layer an alert of `kind` at `t_ms` concerns (none for camera outages,
/// which concern the whole network).
pub(crate) fn locate(
    kind: AlertKind,
    seed: u64,
    weather: &Weather,
    t_ms: i64,
) -> Option<AlertFeature> {
    let number = |properties: &Map<String, Value>, key: &str| properties.get(key)?.as_f64();
    match kind {
        AlertKind::Air => best_feature(seed, weather, LayerId::AirQuality, t_ms, |properties| {
            number(properties, "aqi")
        }),
        AlertKind::Rain => best_feature(seed, weather, LayerId::FloodSensors, t_ms, |properties| {
            number(properties, "rain_mm_h")
        }),
        AlertKind::Flood => {
            best_feature(seed, weather, LayerId::FloodSensors, t_ms, |properties| {
                number(properties, "depth_cm")
            })
        }
        AlertKind::Congestion => {
            best_feature(seed, weather, LayerId::Congestion, t_ms, |properties| {
                let speed_kmh = number(properties, "speed_kmh")?;
                let free_flow_kmh = number(properties, "free_flow_kmh").filter(|v| *v > 0.0)?;
                Some(1.0 - speed_kmh / free_flow_kmh)
            })
        }
        AlertKind::Cameras => None,
    }
}

/// The tide gauge a high tide alert at `t_ms` concerns: Phu An, whose readings the tide KPI
/// reports (the highest water among the gauges if Phu An is not served).
pub(crate) fn locate_tide(seed: u64, weather: &Weather, t_ms: i64) -> Option<AlertFeature> {
    let features = layers::all_features(seed, weather, LayerId::TideGauges, t_ms);
    let phu_an = features
        .iter()
        .find(|feature| feature_id(feature).as_deref() == Some(TIDE_KPI_GAUGE_ID));
    match phu_an {
        Some(feature) => {
            let level_m = feature
                .properties
                .as_ref()
                .and_then(|properties| properties.get("level_m")?.as_f64());
            described_feature(seed, LayerId::TideGauges, feature, level_m)
        }
        None => best_feature(seed, weather, LayerId::TideGauges, t_ms, |properties| {
            properties.get("level_m")?.as_f64()
        }),
    }
}

/// The feature of `layer` at `t_ms` with the highest `score`; ties, and a layer whose features
/// have no score, are settled by a pick seeded by the time, so a seed always gives the same one.
fn best_feature(
    seed: u64,
    weather: &Weather,
    layer: LayerId,
    t_ms: i64,
    score: impl Fn(&Map<String, Value>) -> Option<f64>,
) -> Option<AlertFeature> {
    let features = layers::all_features(seed, weather, layer, t_ms);
    let scored: Vec<(&Feature, Option<f64>)> = features
        .iter()
        .filter(|feature| feature_id(feature).is_some())
        .map(|feature| {
            let value = feature
                .properties
                .as_ref()
                .and_then(&score)
                .filter(|value| value.is_finite());
            (feature, value)
        })
        .collect();
    let top = scored
        .iter()
        .filter_map(|(_, value)| *value)
        .reduce(f64::max);
    let candidates: Vec<&(&Feature, Option<f64>)> = scored
        .iter()
        .filter(|(_, value)| top.is_none() || *value == top)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (feature, value) = candidates[(splitmix64(t_ms as u64) % candidates.len() as u64) as usize];
    described_feature(seed, layer, feature, *value)
}

fn feature_id(feature: &Feature) -> Option<String> {
    feature.id.as_ref().map(ToString::to_string)
}

fn described_feature(
    seed: u64,
    layer: LayerId,
    feature: &Feature,
    reading: Option<f64>,
) -> Option<AlertFeature> {
    Some(AlertFeature {
        layer,
        feature_id: feature_id(feature)?,
        place: place_of(seed, feature)?,
        reading,
    })
}

/// Where a feature is, in words: its name (`name_en`/`name`), else the road it is a segment of
/// (`road_en`/`road`), else the ward it stands in (`ward_code`, named as the wards layer names
/// it).
fn place_of(seed: u64, feature: &Feature) -> Option<LocalizedText> {
    let properties = feature.properties.as_ref()?;
    let text = |key: &str| properties.get(key)?.as_str().map(str::to_owned);
    let pair = |en: &str, vi: &str| Some(LocalizedText::new(text(en)?, text(vi)?));
    pair("name_en", "name")
        .or_else(|| pair("road_en", "road"))
        .or_else(|| {
            let code = text("ward_code")?;
            let city = city::city(seed);
            let ward = city.wards.iter().find(|ward| ward.code == code)?;
            Some(LocalizedText::new(
                ward.name_en.clone(),
                ward.name_vi.clone(),
            ))
        })
}

/// The words of a crossing alert of `kind` at `value`, about `feature` when one was found.
pub(crate) fn describe(kind: AlertKind, value: f64, feature: Option<AlertFeature>) -> Described {
    let (en, vi) = place_names(feature.as_ref());
    let reading = feature.as_ref().and_then(|feature| feature.reading);
    let (severity, title, body) = match kind {
        AlertKind::Air => {
            let station_en = reading.map_or_else(String::new, |aqi| format!(" (AQI {aqi:.0})"));
            let station_vi = reading.map_or_else(String::new, |aqi| format!(" (AQI {aqi:.0})"));
            (
                if value > 200.0 {
                    AlertSeverity::Critical
                } else {
                    AlertSeverity::Warning
                },
                LocalizedText::new(
                    format!("Unhealthy air: AQI {value:.0} at {en}"),
                    format!("Không khí xấu: AQI {value:.0} tại {vi}"),
                ),
                LocalizedText::new(
                    format!(
                        "The air quality index reached {value:.0} (over 150, unhealthy); the worst air is at {en}{station_en}. Sensitive groups should limit time outdoors."
                    ),
                    format!(
                        "Chỉ số chất lượng không khí đạt {value:.0} (trên 150, có hại cho sức khỏe); ô nhiễm nhất tại {vi}{station_vi}. Nhóm nhạy cảm nên hạn chế ra ngoài."
                    ),
                ),
            )
        }
        AlertKind::Rain => (
            if value >= 90.0 {
                AlertSeverity::Critical
            } else {
                AlertSeverity::Warning
            },
            LocalizedText::new(
                format!("Heavy rain: {value:.0} mm/h"),
                format!("Mưa lớn: {value:.0} mm/h"),
            ),
            LocalizedText::new(
                format!(
                    "Rain gauges report {value:.1} mm/h, heaviest in {en}; expect street flooding in low-lying wards."
                ),
                format!(
                    "Trạm đo mưa ghi nhận {} mm/h, mưa to nhất tại {vi}; dự báo ngập đường ở các phường trũng thấp.",
                    vi_number(value, 1)
                ),
            ),
        ),
        AlertKind::Flood => {
            let (deepest_en, deepest_vi) = reading.map_or_else(
                || (String::new(), String::new()),
                |depth_cm| {
                    (
                        format!(", {depth_cm:.0} cm deep,"),
                        format!(" ({depth_cm:.0} cm)"),
                    )
                },
            );
            (
                if value >= 13.0 {
                    AlertSeverity::Critical
                } else {
                    AlertSeverity::Warning
                },
                LocalizedText::new(
                    format!("{value:.0} active flood points"),
                    format!("{value:.0} điểm ngập đang hoạt động"),
                ),
                LocalizedText::new(
                    format!(
                        "Street flood sensors report {value:.0} flood points across the city; the deepest water{deepest_en} is in {en}."
                    ),
                    format!(
                        "Cảm biến ghi nhận {value:.0} điểm ngập trên toàn thành phố; ngập sâu nhất{deepest_vi} tại {vi}."
                    ),
                ),
            )
        }
        AlertKind::Congestion => (
            if value >= 65.0 {
                AlertSeverity::Warning
            } else {
                AlertSeverity::Info
            },
            LocalizedText::new(
                format!("Heavy congestion: {value:.0} road segments"),
                format!("Ùn tắc nghiêm trọng: {value:.0} đoạn đường"),
            ),
            LocalizedText::new(
                format!(
                    "Traffic is congested on {value:.0} road segments, worst on {en}. Consider diverting buses and sending traffic police."
                ),
                format!(
                    "Giao thông ùn tắc trên {value:.0} đoạn đường, nặng nhất trên tuyến {vi}. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông."
                ),
            ),
        ),
        AlertKind::Cameras => (
            if value < 86.0 {
                AlertSeverity::Critical
            } else {
                AlertSeverity::Warning
            },
            LocalizedText::new(
                format!("Cameras offline: {value:.1}% online"),
                format!("Camera mất kết nối: còn {}% hoạt động", vi_number(value, 1)),
            ),
            LocalizedText::new(
                format!(
                    "Only {value:.1}% of the operations center's cameras are online (alert below 90%). Check the network links."
                ),
                format!(
                    "Chỉ còn {}% camera của Trung tâm điều hành hoạt động (báo động dưới 90%). Cần kiểm tra đường truyền.",
                    vi_number(value, 1)
                ),
            ),
        ),
    };
    Described {
        severity,
        title,
        body,
        feature,
    }
}

/// The words of a high tide alert of `height_m`, at `gauge` when one was found.
pub(crate) fn describe_tide(height_m: f64, gauge: Option<AlertFeature>) -> Described {
    let (en, vi) = place_names(gauge.as_ref());
    Described {
        severity: if height_m >= 1.68 {
            AlertSeverity::Critical
        } else {
            AlertSeverity::Warning
        },
        title: LocalizedText::new(
            format!("Tide above alert level 3 at {en}"),
            format!("Triều vượt báo động 3 tại {vi}"),
        ),
        body: LocalizedText::new(
            format!(
                "High tide of {height_m:.2} m at the {en} gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood."
            ),
            format!(
                "Đỉnh triều {} m tại trạm {vi}, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập.",
                vi_number(height_m, 2)
            ),
        ),
        feature: gauge,
    }
}

/// The place a feature names, or the whole city when there is none.
fn place_names(feature: Option<&AlertFeature>) -> (String, String) {
    feature.map_or_else(
        || ("the city".to_owned(), "thành phố".to_owned()),
        |feature| (feature.place.en.clone(), feature.place.vi.clone()),
    )
}

/// A number with a decimal comma, as Vietnamese writes it.
fn vi_number(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}

pub(crate) struct Described {
    pub severity: AlertSeverity,
    pub title: LocalizedText,
    pub body: LocalizedText,
    pub feature: Option<AlertFeature>,
}
