//! The words of alerts, in English and Vietnamese (with diacritics and decimal commas), and
//! the places they name: air quality stations, street flood sensors, the Phu An tide gauge.

use offline_cache::model::{AlertSeverity, LocalizedText};

use crate::alerts::AlertKind;
use crate::noise::splitmix64;

/// Places named in alerts: (feature id, English, Vietnamese).
type Place = (&'static str, &'static str, &'static str);

const AIR_STATIONS: &[Place] = &[
    ("ben-thanh", "Ben Thanh", "Bến Thành"),
    ("tan-son-nhat", "Tan Son Nhat", "Tân Sơn Nhất"),
    ("thu-duc", "Thu Duc", "Thủ Đức"),
    ("cat-lai", "Cat Lai", "Cát Lái"),
    ("thu-dau-mot", "Thu Dau Mot", "Thủ Dầu Một"),
    ("phu-my-hung", "Phu My Hung", "Phú Mỹ Hưng"),
];

const FLOOD_SENSORS: &[Place] = &[
    (
        "nguyen-huu-canh",
        "Nguyen Huu Canh street",
        "đường Nguyễn Hữu Cảnh",
    ),
    (
        "huynh-tan-phat",
        "Huynh Tan Phat street",
        "đường Huỳnh Tấn Phát",
    ),
    (
        "kinh-duong-vuong",
        "Kinh Duong Vuong street",
        "đường Kinh Dương Vương",
    ),
    ("vo-van-ngan", "Vo Van Ngan street", "đường Võ Văn Ngân"),
    (
        "nguyen-van-linh",
        "Nguyen Van Linh avenue",
        "đại lộ Nguyễn Văn Linh",
    ),
    ("quoc-huong", "Quoc Huong street", "đường Quốc Hương"),
];

const ROAD_SEGMENTS: &[Place] = &[
    ("cong-hoa", "Cong Hoa street", "đường Cộng Hòa"),
    ("truong-chinh", "Truong Chinh street", "đường Trường Chinh"),
    (
        "dien-bien-phu",
        "Dien Bien Phu street",
        "đường Điện Biên Phủ",
    ),
    ("xa-lo-ha-noi", "Hanoi Highway", "Xa lộ Hà Nội"),
    ("vo-van-kiet", "Vo Van Kiet avenue", "đại lộ Võ Văn Kiệt"),
    (
        "nguyen-thi-minh-khai",
        "Nguyen Thi Minh Khai street",
        "đường Nguyễn Thị Minh Khai",
    ),
];

pub(crate) fn describe(kind: AlertKind, value: f64, t_ms: i64) -> Described {
    let pick =
        |places: &'static [Place]| places[(splitmix64(t_ms as u64) % places.len() as u64) as usize];
    match kind {
        AlertKind::Air => {
            let (id, en, vi) = pick(AIR_STATIONS);
            Described {
                severity: if value > 200.0 {
                    AlertSeverity::Critical
                } else {
                    AlertSeverity::Warning
                },
                title: LocalizedText::new(
                    format!("Unhealthy air: AQI {value:.0} at {en}"),
                    format!("Không khí xấu: AQI {value:.0} tại {vi}"),
                ),
                body: LocalizedText::new(
                    format!(
                        "The air quality index reached {value:.0} (over 150, unhealthy) at the {en} station. Sensitive groups should limit time outdoors."
                    ),
                    format!(
                        "Chỉ số chất lượng không khí đạt {value:.0} (trên 150, có hại cho sức khỏe) tại trạm {vi}. Nhóm nhạy cảm nên hạn chế ra ngoài."
                    ),
                ),
                feature: Some(("air-quality", id)),
            }
        }
        AlertKind::Rain => {
            let (id, en, vi) = pick(FLOOD_SENSORS);
            Described {
                severity: if value >= 90.0 {
                    AlertSeverity::Critical
                } else {
                    AlertSeverity::Warning
                },
                title: LocalizedText::new(
                    format!("Heavy rain: {value:.0} mm/h"),
                    format!("Mưa lớn: {value:.0} mm/h"),
                ),
                body: LocalizedText::new(
                    format!(
                        "Rain gauges report {value:.1} mm/h near {en}; expect street flooding in low-lying wards."
                    ),
                    format!(
                        "Trạm đo mưa ghi nhận {} mm/h gần {vi}; dự báo ngập đường ở các phường trũng thấp.",
                        vi_number(value, 1)
                    ),
                ),
                feature: Some(("flood-sensors", id)),
            }
        }
        AlertKind::Flood => {
            let (id, en, vi) = pick(FLOOD_SENSORS);
            Described {
                severity: if value >= 13.0 {
                    AlertSeverity::Critical
                } else {
                    AlertSeverity::Warning
                },
                title: LocalizedText::new(
                    format!("{value:.0} active flood points"),
                    format!("{value:.0} điểm ngập đang hoạt động"),
                ),
                body: LocalizedText::new(
                    format!(
                        "Street flood sensors report water over 30 cm on {en}, with {value:.0} flood points across the city."
                    ),
                    format!(
                        "Cảm biến ghi nhận mực nước ngập trên 30 cm tại {vi}, toàn thành phố có {value:.0} điểm ngập."
                    ),
                ),
                feature: Some(("flood-sensors", id)),
            }
        }
        AlertKind::Congestion => {
            let (id, en, vi) = pick(ROAD_SEGMENTS);
            Described {
                severity: if value >= 65.0 {
                    AlertSeverity::Warning
                } else {
                    AlertSeverity::Info
                },
                title: LocalizedText::new(
                    format!("Heavy congestion: {value:.0} road segments"),
                    format!("Ùn tắc nghiêm trọng: {value:.0} đoạn đường"),
                ),
                body: LocalizedText::new(
                    format!(
                        "Traffic is congested on {value:.0} road segments, worst on {en}. Consider diverting buses and sending traffic police."
                    ),
                    format!(
                        "Giao thông ùn tắc trên {value:.0} đoạn đường, nặng nhất tại {vi}. Cân nhắc điều chỉnh lộ trình xe buýt và tăng cường cảnh sát giao thông."
                    ),
                ),
                feature: Some(("congestion", id)),
            }
        }
        AlertKind::Cameras => Described {
            severity: if value < 86.0 {
                AlertSeverity::Critical
            } else {
                AlertSeverity::Warning
            },
            title: LocalizedText::new(
                format!("Cameras offline: {value:.1}% online"),
                format!("Camera mất kết nối: còn {}% hoạt động", vi_number(value, 1)),
            ),
            body: LocalizedText::new(
                format!(
                    "Only {value:.1}% of the operations center's cameras are online (alert below 90%). Check the network links."
                ),
                format!(
                    "Chỉ còn {}% camera của Trung tâm điều hành hoạt động (báo động dưới 90%). Cần kiểm tra đường truyền.",
                    vi_number(value, 1)
                ),
            ),
            feature: None,
        },
    }
}

pub(crate) fn describe_tide(height_m: f64) -> Described {
    Described {
        severity: if height_m >= 1.68 {
            AlertSeverity::Critical
        } else {
            AlertSeverity::Warning
        },
        title: LocalizedText::new(
            "Tide above alert level 3 at Phu An",
            "Triều vượt báo động 3 tại Phú An",
        ),
        body: LocalizedText::new(
            format!(
                "High tide of {height_m:.2} m at the Phu An gauge, above the 1.60 m alert level 3. Low-lying streets along the Saigon River may flood."
            ),
            format!(
                "Đỉnh triều {} m tại trạm Phú An, vượt mức báo động 3 (1,60 m). Các tuyến đường trũng thấp ven sông Sài Gòn có thể bị ngập.",
                vi_number(height_m, 2)
            ),
        ),
        feature: Some(("tide-gauges", "phu-an")),
    }
}

/// A number with a decimal comma, as Vietnamese writes it.
fn vi_number(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}

pub(crate) struct Described {
    pub severity: AlertSeverity,
    pub title: LocalizedText,
    pub body: LocalizedText,
    pub feature: Option<(&'static str, &'static str)>,
}
