//! Where the 168 demo wards, communes and the special zone sit, and what they are called.
//!
//! Each area is a circle around a real place (the old core, Thu Duc, Thu Dau Mot, Vung Tau, Cu
//! Chi, ...) holding as many units as the 2025 reorganisation gave that part of the merged city
//! (old Ho Chi Minh City 80 wards and 22 communes, Binh Duong 20 and 16, Ba Ria-Vung Tau 13 and
//! 16 plus Con Dao). The names are real local place names, but which name lands on which demo
//! cell is not the official map: no open boundary file of the new units exists.

/// Kind of a local unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Ward,
    Commune,
    SpecialZone,
}

impl UnitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::Ward => "ward",
            UnitKind::Commune => "commune",
            UnitKind::SpecialZone => "special_zone",
        }
    }

    pub fn prefix_vi(self) -> &'static str {
        match self {
            UnitKind::Ward => "Phường",
            UnitKind::Commune => "Xã",
            UnitKind::SpecialZone => "Đặc khu",
        }
    }

    pub fn suffix_en(self) -> &'static str {
        match self {
            UnitKind::Ward => "Ward",
            UnitKind::Commune => "Commune",
            UnitKind::SpecialZone => "Special Zone",
        }
    }
}

/// A circle of the city holding some demo units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitArea {
    pub id: &'static str,
    pub kind: UnitKind,
    /// Centre `(lat, lon)`.
    pub centre: (f64, f64),
    /// Radius in degrees within which the units' centres fall.
    pub radius_deg: f64,
    /// Typical population of one unit.
    pub population: u32,
    pub names: &'static [&'static str],
}

const fn area(
    id: &'static str,
    kind: UnitKind,
    centre: (f64, f64),
    radius_deg: f64,
    population: u32,
    names: &'static [&'static str],
) -> UnitArea {
    UnitArea {
        id,
        kind,
        centre,
        radius_deg,
        population,
        names,
    }
}

use UnitKind::{Commune, Ward};

/// The areas, wards first; the names of each are its units.
pub const UNIT_AREAS: &[UnitArea] = &[
    area(
        "core",
        Ward,
        (10.778, 106.672),
        0.050,
        95_000,
        &[
            "Sài Gòn",
            "Tân Định",
            "Bến Thành",
            "Cầu Ông Lãnh",
            "Bàn Cờ",
            "Xuân Hòa",
            "Nhiêu Lộc",
            "Xóm Chiếu",
            "Khánh Hội",
            "Vĩnh Hội",
            "Chợ Quán",
            "An Đông",
            "Chợ Lớn",
            "Bình Tây",
            "Bình Tiên",
            "Bình Phú",
            "Phú Lâm",
            "Chánh Hưng",
            "Bình Đông",
            "Phú Định",
            "Vườn Lài",
            "Diên Hồng",
            "Hòa Hưng",
            "Minh Phụng",
            "Bình Thới",
            "Hòa Bình",
            "Phú Thọ",
            "Tân Sơn Nhất",
            "Tân Sơn Hòa",
            "Bảy Hiền",
            "Tân Bình",
            "Tân Hòa",
            "Tân Sơn",
            "Phú Nhuận",
            "Đức Nhuận",
            "Cầu Kiệu",
            "Gia Định",
            "Bình Thạnh",
            "Bình Lợi Trung",
            "Thạnh Mỹ Tây",
            "Bình Quới",
            "Tân Phú",
            "Tây Thạnh",
            "Tân Sơn Nhì",
            "Phú Thọ Hòa",
            "Phú Thạnh",
            "Bình Tân",
            "Bình Trị Đông",
            "An Lạc",
            "Tân Tạo",
        ],
    ),
    area(
        "north",
        Ward,
        (10.855, 106.655),
        0.035,
        110_000,
        &[
            "Gò Vấp",
            "Hạnh Thông",
            "An Nhơn",
            "An Hội Đông",
            "An Hội Tây",
            "Thông Tây Hội",
            "Trung Mỹ Tây",
            "Tân Thới Hiệp",
            "Thới An",
            "Đông Hưng Thuận",
        ],
    ),
    area(
        "thu-duc",
        Ward,
        (10.815, 106.775),
        0.045,
        90_000,
        &[
            "Thủ Đức",
            "Hiệp Bình",
            "Tam Bình",
            "Linh Xuân",
            "Tăng Nhơn Phú",
            "Phước Long",
            "Long Bình",
            "Long Phước",
            "Long Trường",
            "An Khánh",
            "Bình Trưng",
            "Cát Lái",
            "Thủ Thiêm",
            "Thảo Điền",
        ],
    ),
    area(
        "south",
        Ward,
        (10.728, 106.710),
        0.022,
        85_000,
        &[
            "Tân Thuận",
            "Tân Mỹ",
            "Tân Hưng",
            "Phú Thuận",
            "Tân Phong",
            "Tân Quy",
        ],
    ),
    area(
        "thu-dau-mot",
        Ward,
        (10.990, 106.665),
        0.035,
        90_000,
        &[
            "Thủ Dầu Một",
            "Phú Lợi",
            "Bình Dương",
            "Chánh Hiệp",
            "Hiệp An",
            "Định Hòa",
        ],
    ),
    area(
        "thuan-an",
        Ward,
        (10.925, 106.710),
        0.025,
        110_000,
        &["Thuận An", "Lái Thiêu", "An Phú", "Bình Hòa", "Thuận Giao"],
    ),
    area(
        "di-an",
        Ward,
        (10.905, 106.765),
        0.020,
        120_000,
        &["Dĩ An", "Đông Hòa", "Tân Đông Hiệp", "Bình An"],
    ),
    area(
        "tan-uyen",
        Ward,
        (11.060, 106.790),
        0.040,
        80_000,
        &["Tân Uyên", "Tân Hiệp", "Vĩnh Tân"],
    ),
    area(
        "ben-cat",
        Ward,
        (11.130, 106.590),
        0.035,
        80_000,
        &["Bến Cát", "Chánh Phú Hòa"],
    ),
    area(
        "vung-tau",
        Ward,
        (10.375, 107.100),
        0.030,
        55_000,
        &[
            "Vũng Tàu",
            "Tam Thắng",
            "Rạch Dừa",
            "Phước Thắng",
            "Thắng Nhì",
            "Thắng Nhất",
        ],
    ),
    area(
        "ba-ria",
        Ward,
        (10.500, 107.175),
        0.020,
        50_000,
        &["Bà Rịa", "Long Hương", "Tam Long"],
    ),
    area(
        "phu-my",
        Ward,
        (10.590, 107.060),
        0.035,
        45_000,
        &["Phú Mỹ", "Tân Thành", "Tân Phước", "Tân Hải"],
    ),
    area(
        "cu-chi",
        Commune,
        (11.000, 106.500),
        0.080,
        60_000,
        &[
            "Củ Chi",
            "Tân An Hội",
            "Thái Mỹ",
            "An Nhơn Tây",
            "Nhuận Đức",
            "Phú Hòa Đông",
            "Bình Mỹ",
        ],
    ),
    area(
        "hoc-mon",
        Commune,
        (10.885, 106.595),
        0.030,
        90_000,
        &["Hóc Môn", "Bà Điểm", "Xuân Thới Sơn", "Đông Thạnh"],
    ),
    area(
        "binh-chanh",
        Commune,
        (10.690, 106.580),
        0.050,
        85_000,
        &[
            "Bình Chánh",
            "Tân Nhựt",
            "Bình Lợi",
            "Hưng Long",
            "Bình Hưng",
        ],
    ),
    area(
        "nha-be",
        Commune,
        (10.665, 106.735),
        0.025,
        70_000,
        &["Nhà Bè", "Hiệp Phước"],
    ),
    area(
        "can-gio",
        Commune,
        (10.520, 106.880),
        0.080,
        25_000,
        &["Cần Giờ", "Bình Khánh", "An Thới Đông"],
    ),
    area(
        "thanh-an",
        Commune,
        (10.490, 106.980),
        0.020,
        5_000,
        &["Thạnh An"],
    ),
    area(
        "dau-tieng",
        Commune,
        (11.300, 106.420),
        0.060,
        30_000,
        &["Dầu Tiếng", "Minh Thạnh", "Long Hòa", "Thanh Tuyền"],
    ),
    area(
        "bau-bang",
        Commune,
        (11.250, 106.630),
        0.050,
        35_000,
        &["Bàu Bàng", "Trừ Văn Thố", "Lai Uyên"],
    ),
    area(
        "phu-giao",
        Commune,
        (11.300, 106.800),
        0.060,
        25_000,
        &["Phú Giáo", "Phước Hòa", "Phước Thành", "An Long"],
    ),
    area(
        "bac-tan-uyen",
        Commune,
        (11.150, 106.850),
        0.040,
        25_000,
        &["Bắc Tân Uyên", "Thường Tân", "Tân Lập"],
    ),
    area(
        "ben-cat-rural",
        Commune,
        (11.200, 106.520),
        0.040,
        30_000,
        &["An Tây", "Long Nguyên"],
    ),
    area(
        "chau-duc",
        Commune,
        (10.660, 107.240),
        0.060,
        25_000,
        &[
            "Ngãi Giao",
            "Kim Long",
            "Xuân Sơn",
            "Châu Đức",
            "Bình Giã",
            "Nghĩa Thành",
        ],
    ),
    area(
        "xuyen-moc",
        Commune,
        (10.600, 107.430),
        0.080,
        30_000,
        &["Xuyên Mộc", "Hòa Hiệp", "Bình Châu", "Hồ Tràm", "Bàu Lâm"],
    ),
    area(
        "long-dat",
        Commune,
        (10.460, 107.270),
        0.040,
        35_000,
        &["Long Điền", "Long Hải", "Đất Đỏ", "Phước Hải"],
    ),
    area(
        "long-son",
        Commune,
        (10.460, 107.070),
        0.020,
        15_000,
        &["Long Sơn"],
    ),
];

/// Centres `(lat, lon)` of the neighbouring provinces (Long An, Tay Ninh, Binh Phuoc, Dong Nai,
/// Lam Dong): their Voronoi cells are left out, which shapes the merged city's outline.
pub const NEIGHBOUR_SITES: &[(f64, f64)] = &[
    (10.90, 106.38),
    (10.76, 106.44),
    (10.63, 106.50),
    (10.57, 106.64),
    (10.42, 106.66),
    (10.33, 106.55),
    (11.10, 106.30),
    (11.35, 106.28),
    (11.58, 106.62),
    (11.55, 106.90),
    (11.50, 107.10),
    (11.15, 107.02),
    (10.98, 106.87),
    (10.95, 107.05),
    (10.80, 106.97),
    (10.71, 106.91),
    (10.93, 107.24),
    (10.78, 107.22),
    (11.20, 107.35),
    (10.90, 107.45),
    (11.00, 107.62),
    (10.72, 107.68),
];

/// Con Dao, the special zone, about 180 km south at sea.
pub const CON_DAO_NAME: &str = "Côn Đảo";
pub const CON_DAO_POPULATION: u32 = 11_000;
/// A demo outline of Con Son island `(lat, lon)`; the geodata does not reach that far.
pub const CON_DAO_OUTLINE: &[(f64, f64)] = &[
    (8.735, 106.620),
    (8.722, 106.655),
    (8.695, 106.668),
    (8.668, 106.648),
    (8.645, 106.625),
    (8.650, 106.590),
    (8.675, 106.562),
    (8.705, 106.570),
    (8.728, 106.592),
];
pub const CON_DAO_CENTRE: (f64, f64) = (8.690, 106.612);

/// Vietnamese text folded to ASCII (diacritics dropped, `đ` as `d`).
pub fn ascii_fold(text: &str) -> String {
    const GROUPS: [(&str, char); 14] = [
        ("àáạảãâầấậẩẫăằắặẳẵ", 'a'),
        ("ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ", 'A'),
        ("èéẹẻẽêềếệểễ", 'e'),
        ("ÈÉẸẺẼÊỀẾỆỂỄ", 'E'),
        ("ìíịỉĩ", 'i'),
        ("ÌÍỊỈĨ", 'I'),
        ("òóọỏõôồốộổỗơờớợởỡ", 'o'),
        ("ÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ", 'O'),
        ("ùúụủũưừứựửữ", 'u'),
        ("ÙÚỤỦŨƯỪỨỰỬỮ", 'U'),
        ("ỳýỵỷỹ", 'y'),
        ("ỲÝỴỶỸ", 'Y'),
        ("đ", 'd'),
        ("Đ", 'D'),
    ];
    text.chars()
        .map(|c| {
            GROUPS
                .iter()
                .find(|(group, _)| group.contains(c))
                .map_or(c, |(_, base)| *base)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_the_2025_reorganisation() {
        let count = |kind| -> usize {
            UNIT_AREAS
                .iter()
                .filter(|area| area.kind == kind)
                .map(|area| area.names.len())
                .sum()
        };
        assert_eq!(count(UnitKind::Ward), 113);
        assert_eq!(count(UnitKind::Commune), 54);
        let mut names: Vec<(UnitKind, &str)> = UNIT_AREAS
            .iter()
            .flat_map(|area| area.names.iter().map(|name| (area.kind, *name)))
            .collect();
        names.sort_unstable_by_key(|(kind, name)| (kind.as_str(), *name));
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a name is used twice");
    }

    #[test]
    fn folding_drops_diacritics() {
        assert_eq!(ascii_fold("Thủ Dầu Một"), "Thu Dau Mot");
        assert_eq!(ascii_fold("Đặc khu Côn Đảo"), "Dac khu Con Dao");
        assert_eq!(ascii_fold("Bình Lợi Trung"), "Binh Loi Trung");
    }
}
