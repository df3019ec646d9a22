//! Named places of the simulated city: Metro Line 1's fourteen stations (real coordinates), the
//! tide gauges and well-known hospitals (approximate positions). The demo roads and canals are
//! in `roads.rs`.
//!
//! Coordinates in the tables are written `(lat, lon)` as people quote them; [`lonlat`] turns them
//! into `[lon, lat]` positions.

use super::planar::Pt;

/// A `(lat, lon)` pair as quoted, turned into a `[lon, lat]` position.
pub const fn lonlat((lat, lon): (f64, f64)) -> Pt {
    [lon, lat]
}

/// A station of Metro Line 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Station {
    pub name_en: &'static str,
    pub name_vi: &'static str,
    pub at: (f64, f64),
    pub underground: bool,
    /// Relative share of the line's riders (the ends and the centre are busiest).
    pub weight: f64,
}

/// Metro Line 1, Ben Thanh to Suoi Tien (opened 22 Dec 2024; 19.7 km; the first three
/// stations underground).
pub const METRO_STATIONS: [Station; 14] = [
    station("Ben Thanh", "Bến Thành", (10.7708, 106.6975), true, 2.2),
    station(
        "Opera House",
        "Nhà hát Thành phố",
        (10.7753, 106.7018),
        true,
        1.3,
    ),
    station("Ba Son", "Ba Son", (10.7815, 106.7080), true, 1.0),
    station("Van Thanh", "Văn Thánh", (10.7960, 106.7155), false, 0.7),
    station("Tan Cang", "Tân Cảng", (10.7985, 106.7233), false, 0.9),
    station("Thao Dien", "Thảo Điền", (10.8004, 106.7337), false, 1.0),
    station("An Phu", "An Phú", (10.8021, 106.7422), false, 0.9),
    station("Rach Chiec", "Rạch Chiếc", (10.8085, 106.7553), false, 0.6),
    station("Phuoc Long", "Phước Long", (10.8214, 106.7582), false, 0.6),
    station("Binh Thai", "Bình Thái", (10.8326, 106.7639), false, 0.7),
    station("Thu Duc", "Thủ Đức", (10.8464, 106.7716), false, 1.0),
    station(
        "Hi-Tech Park",
        "Khu Công nghệ cao",
        (10.8590, 106.7888),
        false,
        0.9,
    ),
    station(
        "National University",
        "Đại học Quốc gia",
        (10.8663, 106.8012),
        false,
        1.2,
    ),
    station("Suoi Tien", "Suối Tiên", (10.8795, 106.8141), false, 1.6),
];

const fn station(
    name_en: &'static str,
    name_vi: &'static str,
    at: (f64, f64),
    underground: bool,
    weight: f64,
) -> Station {
    Station {
        name_en,
        name_vi,
        at,
        underground,
        weight,
    }
}

/// A tide gauge on the Saigon River system; `at` is snapped to the water when the city loads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GaugeSite {
    pub id: &'static str,
    pub name_en: &'static str,
    pub name_vi: &'static str,
    pub at: (f64, f64),
    /// Offset of this gauge's peaks from Phu An's, metres.
    pub offset_m: f64,
    /// Delay of the tide from Phu An, minutes (negative: earlier, nearer the sea).
    pub lag_min: f64,
    /// Levels for alert 1, 2 and 3, metres.
    pub alert_levels_m: [f64; 3],
}

pub const TIDE_GAUGES: [GaugeSite; 3] = [
    GaugeSite {
        id: "phu-an",
        name_en: "Phu An",
        name_vi: "Phú An",
        at: (10.7726, 106.7201),
        offset_m: 0.0,
        lag_min: 0.0,
        alert_levels_m: [1.40, 1.50, 1.60],
    },
    GaugeSite {
        id: "nha-be",
        name_en: "Nha Be",
        name_vi: "Nhà Bè",
        at: (10.6790, 106.7650),
        offset_m: 0.04,
        lag_min: -35.0,
        alert_levels_m: [1.40, 1.50, 1.60],
    },
    GaugeSite {
        id: "thu-dau-mot",
        name_en: "Thu Dau Mot",
        name_vi: "Thủ Dầu Một",
        at: (10.9790, 106.6600),
        offset_m: -0.12,
        lag_min: 70.0,
        alert_levels_m: [1.30, 1.40, 1.50],
    },
];

/// A hospital: well-known names at approximate positions (demo values).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HospitalSite {
    pub name_vi: &'static str,
    pub name_en: &'static str,
    pub at: (f64, f64),
    pub beds: u32,
}

pub const HOSPITALS: [HospitalSite; 16] = [
    hospital(
        "Bệnh viện Chợ Rẫy",
        "Cho Ray Hospital",
        (10.7579, 106.6596),
        2_400,
    ),
    hospital(
        "Bệnh viện Nhân dân 115",
        "People's Hospital 115",
        (10.7765, 106.6673),
        1_500,
    ),
    hospital(
        "Bệnh viện Từ Dũ",
        "Tu Du Hospital",
        (10.7688, 106.6857),
        1_400,
    ),
    hospital(
        "Bệnh viện Nhi Đồng 1",
        "Children's Hospital 1",
        (10.7686, 106.6703),
        1_400,
    ),
    hospital(
        "Bệnh viện Nhi Đồng 2",
        "Children's Hospital 2",
        (10.7813, 106.7026),
        1_400,
    ),
    hospital(
        "Bệnh viện Thống Nhất",
        "Thong Nhat Hospital",
        (10.7917, 106.6530),
        1_200,
    ),
    hospital(
        "Bệnh viện Nhân dân Gia Định",
        "Gia Dinh People's Hospital",
        (10.8033, 106.7018),
        1_500,
    ),
    hospital(
        "Bệnh viện Đại học Y Dược",
        "University Medical Center",
        (10.7556, 106.6647),
        1_000,
    ),
    hospital(
        "Bệnh viện Thủ Đức",
        "Thu Duc Hospital",
        (10.8491, 106.7720),
        1_000,
    ),
    hospital(
        "Bệnh viện Bình Dân",
        "Binh Dan Hospital",
        (10.7813, 106.6786),
        600,
    ),
    hospital(
        "Bệnh viện Đa khoa Bình Dương",
        "Binh Duong General Hospital",
        (10.9800, 106.6600),
        1_500,
    ),
    hospital(
        "Bệnh viện Bà Rịa",
        "Ba Ria Hospital",
        (10.4950, 107.1690),
        900,
    ),
    hospital(
        "Bệnh viện Lê Lợi",
        "Le Loi Hospital",
        (10.3480, 107.0800),
        500,
    ),
    hospital(
        "Bệnh viện Củ Chi",
        "Cu Chi Hospital",
        (10.9720, 106.4950),
        500,
    ),
    hospital(
        "Bệnh viện Cần Giờ",
        "Can Gio Hospital",
        (10.4150, 106.9550),
        200,
    ),
    hospital(
        "Bệnh viện Quận 7",
        "District 7 Hospital",
        (10.7360, 106.7210),
        400,
    ),
];

const fn hospital(
    name_vi: &'static str,
    name_en: &'static str,
    at: (f64, f64),
    beds: u32,
) -> HospitalSite {
    HospitalSite {
        name_vi,
        name_en,
        at,
        beds,
    }
}

/// Metro Line 1 as a line through its stations, in order.
pub fn metro_line() -> Vec<Pt> {
    METRO_STATIONS.iter().map(|s| lonlat(s.at)).collect()
}
