//! The catalog's twelve map layers (`DOMAIN.md`) and the basemap: titles and descriptions in
//! English and Vietnamese, geometry kind, update interval, whether history can be asked for,
//! and where the geometry comes from. Every layer is simulated or built on demo shapes, and
//! says so; real geometry names its source and licence.

use offline_cache::model::{Basemap, GeometryKind, LayerDef, LocalizedText};

use crate::geo::assets::{GSHHS_SOURCE, OSM_SOURCE, WDB_SOURCE};
use crate::tiles::{MAX_ZOOM, MIN_ZOOM, TILE_SIZE_PX};

/// A layer the simulator serves; the catalog lists all but [`LayerId::BenchPoints`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LayerId {
    Wards,
    Metro,
    BusRoutes,
    Congestion,
    Cameras,
    FloodSensors,
    TideGauges,
    AirQuality,
    Incidents,
    Hospitals,
    ServiceCenters,
    River,
    /// A configurable number of points for load tests (`SimConfig::bench_points`).
    BenchPoints,
}

impl LayerId {
    /// The catalog's layers in the order it lists them.
    pub const CATALOG: [LayerId; 12] = [
        LayerId::Wards,
        LayerId::Metro,
        LayerId::BusRoutes,
        LayerId::Congestion,
        LayerId::Cameras,
        LayerId::FloodSensors,
        LayerId::TideGauges,
        LayerId::AirQuality,
        LayerId::Incidents,
        LayerId::Hospitals,
        LayerId::ServiceCenters,
        LayerId::River,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LayerId::Wards => "wards",
            LayerId::Metro => "metro",
            LayerId::BusRoutes => "bus-routes",
            LayerId::Congestion => "congestion",
            LayerId::Cameras => "cameras",
            LayerId::FloodSensors => "flood-sensors",
            LayerId::TideGauges => "tide-gauges",
            LayerId::AirQuality => "air-quality",
            LayerId::Incidents => "incidents",
            LayerId::Hospitals => "hospitals",
            LayerId::ServiceCenters => "service-centers",
            LayerId::River => "river",
            LayerId::BenchPoints => "bench-points",
        }
    }

    pub fn parse(id: &str) -> Option<LayerId> {
        Self::CATALOG
            .into_iter()
            .chain([LayerId::BenchPoints])
            .find(|layer| layer.as_str() == id)
    }

    /// The layer's catalog entry.
    pub fn def(self) -> LayerDef {
        let spec = spec(self);
        LayerDef {
            id: self.as_str().to_owned(),
            title: LocalizedText::new(spec.title[0], spec.title[1]),
            description: LocalizedText::new(spec.description[0], spec.description[1]),
            geometry: spec.geometry,
            interval_secs: spec.interval_secs,
            time_varying: spec.time_varying,
            source: spec.source,
            simulated: true,
        }
    }

    pub fn time_varying(self) -> bool {
        spec(self).time_varying
    }
}

/// The basemap the catalog announces.
pub fn basemap() -> Basemap {
    Basemap {
        tile_url: "/tiles/{z}/{x}/{y}.png".to_owned(),
        min_zoom: MIN_ZOOM,
        max_zoom: MAX_ZOOM,
        tile_size: TILE_SIZE_PX,
        attribution: LocalizedText::new(
            "© OpenStreetMap contributors (ODbL); GSHHS/WDB (LGPL); demo roads and wards \
             (simulated)",
            "© Những người đóng góp OpenStreetMap (ODbL); GSHHS/WDB (LGPL); đường và ranh giới \
             phường minh họa (mô phỏng)",
        ),
    }
}

/// Every layer definition of the catalog.
pub fn catalog_layers() -> Vec<LayerDef> {
    LayerId::CATALOG.into_iter().map(LayerId::def).collect()
}

struct Spec {
    title: [&'static str; 2],
    description: [&'static str; 2],
    geometry: GeometryKind,
    interval_secs: i64,
    time_varying: bool,
    source: LocalizedText,
}

/// `[en, vi]`: said of every layer whose values are simulated.
const SIMULATED: [&str; 2] = [
    "Simulated demo data (opscenter-sim); not the city's real records",
    "Dữ liệu minh họa mô phỏng (opscenter-sim); không phải hồ sơ thật của Thành phố",
];

/// The simulated-data notice alone, in both languages.
fn simulated() -> LocalizedText {
    LocalizedText::new(SIMULATED[0], SIMULATED[1])
}

/// `what` in English and Vietnamese, followed by the simulated-data notice.
fn on_simulated(what: [&str; 2]) -> LocalizedText {
    LocalizedText::new(
        format!("{}; {}", what[0], SIMULATED[0]),
        format!("{}; {}", what[1], SIMULATED[1]),
    )
}

fn spec(layer: LayerId) -> Spec {
    use GeometryKind::{Line, Mixed, Point, Polygon};
    let (title, description, geometry, interval_secs, time_varying, source): (
        [&str; 2],
        [&str; 2],
        GeometryKind,
        i64,
        bool,
        LocalizedText,
    ) = match layer {
        LayerId::Wards => (
            ["Wards and communes", "Phường, xã"],
            [
                "The 168 units since 1 July 2025 (113 wards, 54 communes, the Con Dao special \
                 zone) with population and ward KPIs (AQI, flood points, 1022 reports, cases on \
                 time). Boundaries are demo shapes: no open data exists for the 168 units.",
                "168 đơn vị từ 1/7/2025 (113 phường, 54 xã, đặc khu Côn Đảo) với dân số và chỉ \
                 số theo phường. Ranh giới là hình minh họa: chưa có dữ liệu mở về 168 đơn vị.",
            ],
            Polygon,
            3_600,
            false,
            LocalizedText::new(
                format!(
                    "Demo shapes: Voronoi cells of plausible centres clipped to the real land \
                     ({GSHHS_SOURCE}); names are real local place names at demo positions; \
                     values simulated"
                ),
                format!(
                    "Hình minh họa: ô Voronoi quanh các tâm hợp lý, cắt theo đất liền thật \
                     ({GSHHS_SOURCE}); tên là địa danh thật đặt ở vị trí minh họa; giá trị mô \
                     phỏng"
                ),
            ),
        ),
        LayerId::Metro => (
            ["Metro Line 1", "Tuyến metro số 1"],
            [
                "Ben Thanh – Suoi Tien (19.7 km, 14 stations, 3 underground) with simulated \
                 passengers per hour at each station.",
                "Bến Thành – Suối Tiên (19,7 km, 14 ga, 3 ga ngầm) với lượt khách mỗi giờ mô \
                 phỏng tại từng ga.",
            ],
            Mixed,
            3_600,
            false,
            LocalizedText::new(
                "Station positions from public reporting; the line is drawn straight between \
                 stations; ridership simulated",
                "Vị trí ga theo thông tin công khai; tuyến vẽ thẳng giữa các ga; lượt khách mô \
                 phỏng",
            ),
        ),
        LayerId::BusRoutes => (
            ["Bus routes", "Tuyến xe buýt"],
            [
                "Forty demo bus routes along the demo main roads: fuel (electric, CNG, diesel), \
                 headway and vehicles.",
                "Bốn mươi tuyến xe buýt minh họa theo các trục đường minh họa: nhiên liệu, giãn \
                 cách và số xe.",
            ],
            Line,
            86_400,
            false,
            on_simulated([
                "Demo shapes along demo roads",
                "Hình minh họa theo đường minh họa",
            ]),
        ),
        LayerId::Congestion => (
            ["Congestion", "Ùn tắc giao thông"],
            [
                "Segments of the demo main roads with speed (km/h) and level 0-4, heavier in \
                 the rush hours and in rain.",
                "Các đoạn của trục đường minh họa với tốc độ (km/h) và mức 0-4, nặng hơn giờ cao \
                 điểm và khi mưa.",
            ],
            Line,
            300,
            true,
            on_simulated(["Demo shapes (demo roads)", "Hình minh họa (đường minh họa)"]),
        ),
        LayerId::Cameras => (
            ["Cameras", "Camera giám sát"],
            [
                "About 1,500 traffic, speed, AI and security cameras: online or not, \
                 violations today.",
                "Khoảng 1.500 camera giao thông, tốc độ, AI và an ninh: trạng thái, vi phạm \
                 trong ngày.",
            ],
            Point,
            300,
            true,
            simulated(),
        ),
        LayerId::FloodSensors => (
            ["Flood sensors", "Cảm biến ngập"],
            [
                "Street flood sensors: water depth (cm), rain (mm/h), trend and alert; depths \
                 rise in afternoon storms of the rainy season.",
                "Cảm biến ngập đường phố: độ sâu (cm), mưa (mm/h), xu hướng, cảnh báo; ngập tăng \
                 trong mưa chiều mùa mưa.",
            ],
            Point,
            300,
            true,
            simulated(),
        ),
        LayerId::TideGauges => (
            ["Tide gauges", "Trạm đo triều"],
            [
                "Phu An, Nha Be and Thu Dau Mot on the Saigon River system: water level (m) and \
                 alert level 1-3 (level 3 at Phu An is 1.60 m).",
                "Phú An, Nhà Bè, Thủ Dầu Một trên hệ thống sông Sài Gòn: mực nước (m) và cấp báo \
                 động 1-3 (cấp 3 tại Phú An là 1,60 m).",
            ],
            Point,
            300,
            true,
            LocalizedText::new(
                format!(
                    "Gauge names real, positions approximate (on the water of {GSHHS_SOURCE}); \
                     levels simulated"
                ),
                format!(
                    "Tên trạm thật, vị trí gần đúng (trên mặt nước của {GSHHS_SOURCE}); mực \
                     nước mô phỏng"
                ),
            ),
        ),
        LayerId::AirQuality => (
            ["Air quality", "Chất lượng không khí"],
            [
                "About 30 stations: AQI, PM2.5, PM10, NO2 and the dominant pollutant; worse in \
                 dry-season mornings.",
                "Khoảng 30 trạm: AQI, PM2.5, PM10, NO2 và chất ô nhiễm chính; xấu hơn vào sáng \
                 mùa khô.",
            ],
            Point,
            3_600,
            true,
            simulated(),
        ),
        LayerId::Incidents => (
            ["Incidents", "Sự cố"],
            [
                "1022 citizen reports and 113/114/115 emergencies that open and close with the \
                 clock: category, status, minutes open, ward.",
                "Phản ánh 1022 và sự cố khẩn cấp 113/114/115 mở và đóng theo thời gian: loại, \
                 trạng thái, số phút, phường.",
            ],
            Point,
            60,
            true,
            simulated(),
        ),
        LayerId::Hospitals => (
            ["Hospitals and 115 stations", "Bệnh viện và trạm 115"],
            [
                "Major hospitals (real names, approximate positions) and 115 ambulance \
                 stations: beds, emergency queue, ambulances free.",
                "Bệnh viện lớn (tên thật, vị trí gần đúng) và trạm cấp cứu 115: giường, hàng \
                 chờ cấp cứu, xe cứu thương sẵn sàng.",
            ],
            Point,
            900,
            false,
            LocalizedText::new(
                format!(
                    "Hospital names real, positions approximate; 115 stations and values: {}",
                    SIMULATED[0]
                ),
                format!(
                    "Tên bệnh viện thật, vị trí gần đúng; trạm 115 và các giá trị: {}",
                    SIMULATED[1]
                ),
            ),
        ),
        LayerId::ServiceCenters => (
            [
                "Public service centers",
                "Trung tâm phục vụ hành chính công",
            ],
            [
                "One-stop public service offices, one per ward at its centre: queue, cases \
                 today, on-time share.",
                "Bộ phận một cửa của từng phường, xã: hàng chờ, hồ sơ trong ngày, tỷ lệ đúng hạn.",
            ],
            Point,
            900,
            false,
            on_simulated([
                "Demo positions (ward centres)",
                "Vị trí minh họa (tâm phường, xã)",
            ]),
        ),
        LayerId::River => (
            ["Rivers and canals", "Sông, kênh rạch"],
            [
                "The Saigon and Dong Nai rivers and other rivers (real geometry), and the main \
                 canals of the old core (demo lines), with tide influence.",
                "Sông Sài Gòn, sông Đồng Nai và các sông khác (hình học thật), các kênh chính \
                 của khu trung tâm cũ (đường minh họa), có ảnh hưởng triều.",
            ],
            Mixed,
            2_592_000,
            false,
            LocalizedText::new(
                format!(
                    "Rivers: {GSHHS_SOURCE}; {WDB_SOURCE}; lakes: {OSM_SOURCE}; canals: demo \
                     shapes; names assigned by the simulator"
                ),
                format!(
                    "Sông: {GSHHS_SOURCE}; {WDB_SOURCE}; hồ: {OSM_SOURCE}; kênh: hình minh họa; \
                     tên do trình mô phỏng đặt"
                ),
            ),
        ),
        LayerId::BenchPoints => (
            ["Benchmark points", "Điểm thử tải"],
            [
                "Synthetic points for load tests, generated page by page.",
                "Điểm tổng hợp để thử tải, sinh theo từng trang.",
            ],
            Point,
            86_400,
            false,
            simulated(),
        ),
    };
    Spec {
        title,
        description,
        geometry,
        interval_secs,
        time_varying,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_layers_round_trip_their_ids() {
        let layers = catalog_layers();
        assert_eq!(layers.len(), 12);
        for layer in &layers {
            assert_eq!(
                LayerId::parse(&layer.id).map(LayerId::as_str),
                Some(layer.id.as_str())
            );
            assert!(layer.simulated);
            assert!(!layer.source.en.is_empty() && !layer.source.vi.is_empty());
            assert_ne!(
                layer.source.en, layer.source.vi,
                "{} not translated",
                layer.id
            );
        }
        let varying: Vec<&str> = layers
            .iter()
            .filter(|layer| layer.time_varying)
            .map(|layer| layer.id.as_str())
            .collect();
        assert_eq!(
            varying,
            [
                "congestion",
                "cameras",
                "flood-sensors",
                "tide-gauges",
                "air-quality",
                "incidents"
            ]
        );
        assert!(layers[0].description.en.contains("demo shapes"));
        assert_eq!(LayerId::parse("bench-points"), Some(LayerId::BenchPoints));
        assert_eq!(LayerId::parse("nope"), None);
    }
}
