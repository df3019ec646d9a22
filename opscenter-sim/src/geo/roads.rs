//! Demo main roads and canals, drawn between the landmarks of `DOMAIN.md`. No freely licensed
//! road file exists, so these are honest demo polylines: they follow the rough course of the
//! real roads and canals, join where they share a landmark, and say they are demo shapes.
//! Coordinates are written `(lat, lon)` as people quote them.

use super::places::lonlat;
use super::planar::Pt;

/// How prominent a demo road is drawn and how fast it flows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoadClass {
    /// Expressways and national highways.
    Highway,
    /// Main city avenues.
    Arterial,
}

/// A demo main road: a polyline between landmarks along the rough course of a real road.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoRoad {
    pub id: &'static str,
    pub name_en: &'static str,
    pub name_vi: &'static str,
    pub class: RoadClass,
    pub free_flow_kmh: f64,
    pub points: &'static [(f64, f64)],
}

const BEN_THANH: (f64, f64) = (10.7721, 106.6983);
const THU_THIEM_EAST: (f64, f64) = (10.7745, 106.7220);
const PHU_MY_BRIDGE: (f64, f64) = (10.7287, 106.7420);
const PHU_MY_HUNG: (f64, f64) = (10.7285, 106.7190);
const CAT_LAI_JUNCTION: (f64, f64) = (10.7950, 106.7640);
const THU_DAU_MOT: (f64, f64) = (10.9805, 106.6519);
const NHA_BE: (f64, f64) = (10.6700, 106.7350);
const BA_RIA: (f64, f64) = (10.5000, 107.1700);
const VUNG_TAU: (f64, f64) = (10.3460, 107.0843);

/// The demo road network.
pub const DEMO_ROADS: &[DemoRoad] = &[
    road(
        "ben-thanh-tan-son-nhat",
        "Ben Thanh – Tan Son Nhat",
        "Bến Thành – Tân Sơn Nhất",
        RoadClass::Arterial,
        40.0,
        &[
            BEN_THANH,
            (10.7790, 106.6895),
            (10.7870, 106.6800),
            (10.7950, 106.6700),
            (10.8040, 106.6620),
            (10.8120, 106.6580),
            (10.8188, 106.6520),
        ],
    ),
    road(
        "ben-thanh-thu-thiem-thu-duc",
        "Ben Thanh – Thu Thiem – Thu Duc",
        "Bến Thành – Thủ Thiêm – Thủ Đức",
        RoadClass::Arterial,
        50.0,
        &[
            BEN_THANH,
            (10.7705, 106.7050),
            (10.7690, 106.7105),
            THU_THIEM_EAST,
            (10.7800, 106.7370),
            (10.7870, 106.7520),
            CAT_LAI_JUNCTION,
            (10.8214, 106.7640),
            (10.8453, 106.7596),
        ],
    ),
    road(
        "hanoi-highway",
        "Saigon Bridge – Suoi Tien – Bien Hoa",
        "Cầu Sài Gòn – Suối Tiên – Biên Hòa",
        RoadClass::Highway,
        60.0,
        &[
            (10.7764, 106.7009),
            (10.7900, 106.7020),
            (10.8000, 106.7130),
            (10.7985, 106.7233),
            (10.8004, 106.7337),
            (10.8021, 106.7422),
            (10.8085, 106.7553),
            (10.8214, 106.7582),
            (10.8326, 106.7639),
            (10.8464, 106.7716),
            (10.8590, 106.7888),
            (10.8663, 106.8012),
            (10.8795, 106.8141),
            (10.9000, 106.8300),
            (10.9450, 106.8450),
        ],
    ),
    road(
        "phu-my-bridge-nha-be",
        "Phu My Bridge – Phu My Hung – Nha Be",
        "Cầu Phú Mỹ – Phú Mỹ Hưng – Nhà Bè",
        RoadClass::Arterial,
        50.0,
        &[
            PHU_MY_BRIDGE,
            (10.7286, 106.7300),
            PHU_MY_HUNG,
            (10.7150, 106.7080),
            (10.6950, 106.7040),
            (10.6800, 106.7180),
            NHA_BE,
        ],
    ),
    road(
        "ring-road-2-east",
        "Phu My Bridge – Cat Lai – Thu Duc",
        "Cầu Phú Mỹ – Cát Lái – Thủ Đức",
        RoadClass::Highway,
        60.0,
        &[
            PHU_MY_BRIDGE,
            (10.7450, 106.7560),
            (10.7600, 106.7700),
            (10.7750, 106.7690),
            CAT_LAI_JUNCTION,
        ],
    ),
    road(
        "nguyen-van-linh",
        "Binh Chanh – Phu My Hung",
        "Bình Chánh – Phú Mỹ Hưng",
        RoadClass::Arterial,
        55.0,
        &[
            (10.7200, 106.6200),
            (10.7250, 106.6600),
            (10.7300, 106.6900),
            PHU_MY_HUNG,
        ],
    ),
    road(
        "east-west-boulevard",
        "East–West Boulevard",
        "Đại lộ Đông – Tây",
        RoadClass::Arterial,
        50.0,
        &[
            (10.7690, 106.7105),
            (10.7660, 106.6950),
            (10.7560, 106.6800),
            (10.7500, 106.6600),
            (10.7470, 106.6400),
            (10.7450, 106.6100),
            (10.7350, 106.5900),
        ],
    ),
    road(
        "saigon-station-thu-dau-mot",
        "Saigon station – Thu Dau Mot",
        "Ga Sài Gòn – Thủ Dầu Một",
        RoadClass::Highway,
        50.0,
        &[
            (10.7828, 106.6786),
            (10.7960, 106.6900),
            (10.8100, 106.7000),
            (10.8300, 106.7080),
            (10.8600, 106.7150),
            (10.9000, 106.7100),
            (10.9300, 106.7000),
            (10.9600, 106.6750),
            THU_DAU_MOT,
        ],
    ),
    road(
        "tan-son-nhat-cu-chi",
        "Tan Son Nhat – Hoc Mon – Cu Chi",
        "Tân Sơn Nhất – Hóc Môn – Củ Chi",
        RoadClass::Highway,
        55.0,
        &[
            (10.7950, 106.6700),
            (10.8050, 106.6350),
            (10.8300, 106.6150),
            (10.8600, 106.6000),
            (10.8870, 106.5900),
            (10.9200, 106.5550),
            (10.9500, 106.5250),
            (10.9738, 106.4935),
            (11.0200, 106.4500),
        ],
    ),
    road(
        "thu-thiem-cat-lai",
        "Thu Thiem – Cat Lai port",
        "Thủ Thiêm – cảng Cát Lái",
        RoadClass::Arterial,
        45.0,
        &[
            (10.7800, 106.7370),
            (10.7700, 106.7550),
            (10.7600, 106.7700),
            (10.7500, 106.7750),
        ],
    ),
    road(
        "long-thanh-vung-tau",
        "Thu Duc – Long Thanh – Vung Tau",
        "Thủ Đức – Long Thành – Vũng Tàu",
        RoadClass::Highway,
        80.0,
        &[
            CAT_LAI_JUNCTION,
            (10.7900, 106.8000),
            (10.7850, 106.8500),
            (10.7800, 106.9000),
            (10.7800, 106.9500),
            (10.7300, 106.9900),
            (10.6600, 107.0300),
            (10.5800, 107.0500),
            BA_RIA,
            (10.4300, 107.1500),
            (10.3800, 107.1100),
            VUNG_TAU,
        ],
    ),
    road(
        "pham-van-dong",
        "Tan Son Nhat – Thu Duc",
        "Tân Sơn Nhất – Thủ Đức",
        RoadClass::Arterial,
        55.0,
        &[
            (10.8188, 106.6520),
            (10.8250, 106.6800),
            (10.8350, 106.7100),
            (10.8400, 106.7400),
            (10.8453, 106.7596),
        ],
    ),
    road(
        "national-road-1-west",
        "An Suong – Binh Chanh",
        "An Sương – Bình Chánh",
        RoadClass::Highway,
        55.0,
        &[
            (10.8450, 106.6150),
            (10.8000, 106.6050),
            (10.7600, 106.5950),
            (10.7200, 106.5900),
            (10.6800, 106.5700),
        ],
    ),
    road(
        "nha-be-can-gio",
        "Nha Be – Can Gio",
        "Nhà Bè – Cần Giờ",
        RoadClass::Arterial,
        60.0,
        &[
            NHA_BE,
            (10.6600, 106.7750),
            (10.6000, 106.8300),
            (10.5200, 106.8900),
            (10.4113, 106.9534),
        ],
    ),
    road(
        "thu-dau-mot-di-an",
        "Thu Dau Mot – Di An – National University",
        "Thủ Dầu Một – Dĩ An – Đại học Quốc gia",
        RoadClass::Arterial,
        50.0,
        &[
            THU_DAU_MOT,
            (10.9600, 106.7100),
            (10.9200, 106.7600),
            (10.9000, 106.7700),
            (10.8663, 106.8012),
        ],
    ),
    road(
        "thu-dau-mot-ben-cat",
        "Thu Dau Mot – Ben Cat – Bau Bang",
        "Thủ Dầu Một – Bến Cát – Bàu Bàng",
        RoadClass::Highway,
        60.0,
        &[
            THU_DAU_MOT,
            (11.0500, 106.6400),
            (11.1500, 106.6000),
            (11.2500, 106.6200),
            (11.3500, 106.6000),
        ],
    ),
    road(
        "vung-tau-coast",
        "Vung Tau – Long Hai – Ho Tram",
        "Vũng Tàu – Long Hải – Hồ Tràm",
        RoadClass::Arterial,
        60.0,
        &[
            (10.4300, 107.1500),
            (10.4000, 107.2000),
            (10.4000, 107.2400),
            (10.4500, 107.3500),
            (10.5300, 107.4500),
            (10.5500, 107.5500),
        ],
    ),
    road(
        "ba-ria-ngai-giao",
        "Ba Ria – Ngai Giao",
        "Bà Rịa – Ngãi Giao",
        RoadClass::Arterial,
        60.0,
        &[BA_RIA, (10.5800, 107.2100), (10.6500, 107.2500)],
    ),
    road(
        "ben-thanh-cho-lon",
        "Ben Thanh – Cho Lon",
        "Bến Thành – Chợ Lớn",
        RoadClass::Arterial,
        35.0,
        &[
            BEN_THANH,
            (10.7650, 106.6880),
            (10.7580, 106.6750),
            (10.7540, 106.6600),
            (10.7520, 106.6450),
        ],
    ),
    road(
        "cach-mang-thang-tam",
        "Ben Thanh – Bay Hien – An Suong",
        "Bến Thành – Bảy Hiền – An Sương",
        RoadClass::Arterial,
        40.0,
        &[
            BEN_THANH,
            (10.7780, 106.6820),
            (10.7860, 106.6620),
            (10.7930, 106.6520),
            (10.8150, 106.6300),
            (10.8450, 106.6150),
        ],
    ),
];

#[allow(clippy::too_many_arguments)]
const fn road(
    id: &'static str,
    name_en: &'static str,
    name_vi: &'static str,
    class: RoadClass,
    free_flow_kmh: f64,
    points: &'static [(f64, f64)],
) -> DemoRoad {
    DemoRoad {
        id,
        name_en,
        name_vi,
        class,
        free_flow_kmh,
        points,
    }
}

impl DemoRoad {
    pub fn line(&self) -> Vec<Pt> {
        self.points.iter().map(|p| lonlat(*p)).collect()
    }
}

/// A demo canal of the old core, along the rough course of the real one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DemoCanal {
    pub id: &'static str,
    pub name_en: &'static str,
    pub name_vi: &'static str,
    pub points: &'static [(f64, f64)],
}

pub const DEMO_CANALS: &[DemoCanal] = &[
    DemoCanal {
        id: "canal-nhieu-loc-thi-nghe",
        name_en: "Nhieu Loc – Thi Nghe canal",
        name_vi: "Kênh Nhiêu Lộc – Thị Nghè",
        points: &[
            (10.8013, 106.6530),
            (10.7930, 106.6670),
            (10.7875, 106.6800),
            (10.7885, 106.6920),
            (10.7920, 106.7010),
            (10.7890, 106.7080),
        ],
    },
    DemoCanal {
        id: "canal-ben-nghe-tau-hu",
        name_en: "Ben Nghe – Tau Hu canal",
        name_vi: "Kênh Bến Nghé – Tàu Hủ",
        points: &[
            (10.7680, 106.7070),
            (10.7640, 106.6990),
            (10.7560, 106.6880),
            (10.7500, 106.6700),
            (10.7480, 106.6500),
            (10.7440, 106.6300),
        ],
    },
    DemoCanal {
        id: "canal-tan-hoa-lo-gom",
        name_en: "Tan Hoa – Lo Gom canal",
        name_vi: "Kênh Tân Hóa – Lò Gốm",
        points: &[
            (10.7470, 106.6380),
            (10.7580, 106.6350),
            (10.7720, 106.6330),
            (10.7850, 106.6310),
        ],
    },
    DemoCanal {
        id: "canal-doi-te",
        name_en: "Doi – Te canal",
        name_vi: "Kênh Đôi – Kênh Tẻ",
        points: &[
            (10.7440, 106.6300),
            (10.7430, 106.6600),
            (10.7470, 106.6850),
            (10.7520, 106.7060),
            (10.7560, 106.7200),
        ],
    },
];

impl DemoCanal {
    pub fn line(&self) -> Vec<Pt> {
        self.points.iter().map(|p| lonlat(*p)).collect()
    }
}
