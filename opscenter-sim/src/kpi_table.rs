//! The KPI table of DOMAIN.md as data: names and descriptions in English and Vietnamese, units,
//! frequencies, directions, targets and thresholds. Order: grouped by `Domain::ALL`, table order
//! inside a domain. [`crate::kpis`] turns these rows into the catalog's `KpiDef`s.

use offline_cache::model::{Direction, Domain, Frequency};

/// Warning and alert levels of a KPI: `[warning, alert, warning_low, alert_low]` as in
/// `offline_cache::model::Thresholds`.
pub type Levels = [Option<f64>; 4];

/// One row of the KPI table.
#[derive(Debug, Clone, Copy)]
pub struct KpiSpec {
    pub id: &'static str,
    /// `[en, vi]`.
    pub name: [&'static str; 2],
    /// `[en, vi]`.
    pub description: [&'static str; 2],
    pub domain: Domain,
    pub unit: &'static str,
    pub frequency: Frequency,
    pub direction: Direction,
    /// Targets in due order: `(value, due date)`; the catalog shows the first not yet due.
    pub targets: &'static [(f64, Option<&'static str>)],
    pub levels: Levels,
    /// Decimals values are rounded to (0 for counts).
    pub decimals: u8,
    /// The real system the simulated figure imitates, for the `source` string.
    pub modelled_on: &'static str,
}

const NONE: Levels = [None, None, None, None];

/// Warning and alert levels for an `up` or `down` KPI.
const fn lv(warning: f64, alert: f64) -> Levels {
    [Some(warning), Some(alert), None, None]
}

/// Levels on both sides of a `band` KPI.
const fn band(warning: f64, alert: f64, warning_low: f64, alert_low: f64) -> Levels {
    [
        Some(warning),
        Some(alert),
        Some(warning_low),
        Some(alert_low),
    ]
}

use Direction::{Band, Down, Up};
use Domain::*;
use Frequency::{Annual, Daily, FiveMinutes, Hourly, Live, Monthly, Quarterly};

#[rustfmt::skip]
pub const KPI_TABLE: [KpiSpec; 36] = [
    // Digital government.
    KpiSpec { id: "DE02", name: ["Public-service portal accounts", "Tài khoản Cổng dịch vụ công"],
        description: ["Accounts registered on the city's public-service portal, cumulative.",
            "Số tài khoản đăng ký trên Cổng dịch vụ công của Thành phố, lũy kế."],
        domain: DigitalGovernment, unit: "million", frequency: Monthly, direction: Up,
        targets: &[], levels: NONE, decimals: 2, modelled_on: "the public-service portal" },
    KpiSpec { id: "DE03", name: ["Cases resolved on time", "Hồ sơ giải quyết đúng hạn"],
        description: ["Share of administrative cases resolved on or before their due date, previous day.",
            "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn trong ngày trước."],
        domain: DigitalGovernment, unit: "%", frequency: Daily, direction: Up,
        targets: &[], levels: lv(95.0, 93.0), decimals: 2, modelled_on: "the administrative case system" },
    KpiSpec { id: "DE04", name: ["Case digitisation rate", "Tỷ lệ số hóa hồ sơ"],
        description: ["Share of administrative case files digitised together with their results.",
            "Tỷ lệ hồ sơ thủ tục hành chính được số hóa cùng kết quả giải quyết."],
        domain: DigitalGovernment, unit: "%", frequency: Daily, direction: Up,
        targets: &[], levels: lv(55.0, 50.0), decimals: 1, modelled_on: "the administrative case system" },
    KpiSpec { id: "DE05", name: ["Service quality index", "Chỉ số phục vụ"],
        description: ["Index of how well the administration serves residents and businesses, out of 100.",
            "Chỉ số phục vụ người dân và doanh nghiệp, thang điểm 100."],
        domain: DigitalGovernment, unit: "/100", frequency: Monthly, direction: Up,
        targets: &[(89.0, None)], levels: lv(88.0, 85.0), decimals: 1, modelled_on: "the service quality survey" },
    KpiSpec { id: "DE07", name: ["Online public services offered", "Số dịch vụ công trực tuyến"],
        description: ["Public services that can be completed online.",
            "Số dịch vụ công có thể thực hiện trực tuyến."],
        domain: DigitalGovernment, unit: "count", frequency: Monthly, direction: Up,
        targets: &[(982.0, None)], levels: lv(900.0, 850.0), decimals: 0, modelled_on: "the public-service portal" },
    KpiSpec { id: "DE11", name: ["Digital Citizen app active users", "Người dùng ứng dụng Công dân số"],
        description: ["Users active in the Digital Citizen app on the previous day.",
            "Số người dùng hoạt động trên ứng dụng Công dân số trong ngày trước."],
        domain: DigitalGovernment, unit: "thousand", frequency: Daily, direction: Up,
        targets: &[], levels: NONE, decimals: 1, modelled_on: "the Digital Citizen app" },
    // Digital economy.
    KpiSpec { id: "DE01", name: ["Digital economy share of city output", "Tỷ trọng kinh tế số trong GRDP"],
        description: ["Digital economy share of gross regional domestic product (GRDP), annual estimate.",
            "Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn (GRDP), ước tính hằng năm."],
        domain: DigitalEconomy, unit: "%", frequency: Annual, direction: Up,
        targets: &[(25.0, Some("2025-12-31")), (40.0, Some("2030-12-31"))], levels: NONE, decimals: 1,
        modelled_on: "the city statistics office" },
    KpiSpec { id: "DE08", name: ["Shared databases connected", "Cơ sở dữ liệu kết nối"],
        description: ["Shared databases connected to the city's data integration platform.",
            "Số cơ sở dữ liệu dùng chung đã kết nối với nền tảng tích hợp dữ liệu của Thành phố."],
        domain: DigitalEconomy, unit: "count", frequency: Annual, direction: Up,
        targets: &[], levels: NONE, decimals: 0, modelled_on: "the data integration platform" },
    KpiSpec { id: "DE09", name: ["IT share of local budget", "Tỷ lệ chi ngân sách cho CNTT"],
        description: ["Share of the local budget spent on information technology.",
            "Tỷ lệ chi ngân sách địa phương cho công nghệ thông tin."],
        domain: DigitalEconomy, unit: "%", frequency: Annual, direction: Up,
        targets: &[(1.0, None)], levels: lv(0.25, 0.2), decimals: 2, modelled_on: "the city budget" },
    KpiSpec { id: "DE12", name: ["Digital technology businesses", "Doanh nghiệp công nghệ số"],
        description: ["Digital technology businesses registered in the city (Make in Vietnam).",
            "Số doanh nghiệp công nghệ số đăng ký trên địa bàn Thành phố (Make in Vietnam)."],
        domain: DigitalEconomy, unit: "count", frequency: Quarterly, direction: Up,
        targets: &[], levels: NONE, decimals: 0, modelled_on: "the business registry" },
    // Payments.
    KpiSpec { id: "FP01", name: ["Adults with a bank account", "Người trưởng thành có tài khoản ngân hàng"],
        description: ["Share of adults who hold a bank account.",
            "Tỷ lệ người trưởng thành có tài khoản ngân hàng."],
        domain: Payments, unit: "%", frequency: Annual, direction: Up,
        targets: &[], levels: NONE, decimals: 1, modelled_on: "the State Bank branch survey" },
    KpiSpec { id: "FP02", name: ["Non-cash share of daily transactions", "Tỷ lệ giao dịch không dùng tiền mặt"],
        description: ["Share of everyday transactions paid without cash.",
            "Tỷ lệ giao dịch hằng ngày thanh toán không dùng tiền mặt."],
        domain: Payments, unit: "%", frequency: Quarterly, direction: Up,
        targets: &[], levels: lv(60.0, 50.0), decimals: 1, modelled_on: "the State Bank branch survey" },
    KpiSpec { id: "FP03", name: ["Cashless payments for public services", "Thanh toán không tiền mặt dịch vụ công"],
        description: ["Share of public-service fees and charges paid without cash.",
            "Tỷ lệ phí, lệ phí dịch vụ công được thanh toán không dùng tiền mặt."],
        domain: Payments, unit: "%", frequency: Monthly, direction: Up,
        targets: &[], levels: lv(45.0, 40.0), decimals: 1, modelled_on: "the public-service payment platform" },
    // Mobility.
    KpiSpec { id: "MO01", name: ["Metro Line 1 ridership", "Lượt khách metro số 1"],
        description: ["Passengers on Metro Line 1 (Ben Thanh - Suoi Tien) over the last 24 hours.",
            "Lượt khách đi metro số 1 (Bến Thành - Suối Tiên) trong 24 giờ qua."],
        domain: Mobility, unit: "passengers/day", frequency: Hourly, direction: Up,
        targets: &[], levels: lv(40_000.0, 30_000.0), decimals: 0, modelled_on: "Metro Line 1 fare gates" },
    KpiSpec { id: "MO02", name: ["Metro punctuality", "Tỷ lệ đúng giờ metro"],
        description: ["Share of Metro Line 1 trains arriving on time.",
            "Tỷ lệ chuyến tàu metro số 1 đến ga đúng giờ."],
        domain: Mobility, unit: "%", frequency: Live, direction: Up,
        targets: &[], levels: lv(98.5, 97.5), decimals: 2, modelled_on: "Metro Line 1 train control" },
    KpiSpec { id: "MO04", name: ["Green bus share", "Tỷ lệ xe buýt xanh"],
        description: ["Share of city buses running on electricity or other clean energy.",
            "Tỷ lệ xe buýt sử dụng điện hoặc năng lượng xanh."],
        domain: Mobility, unit: "%", frequency: Monthly, direction: Up,
        targets: &[(100.0, Some("2030-12-31"))], levels: NONE, decimals: 1, modelled_on: "the public transport management center" },
    KpiSpec { id: "MO05", name: ["Electric buses in service", "Xe buýt điện hoạt động"],
        description: ["Electric buses that ran in service on the previous day.",
            "Số xe buýt điện hoạt động trong ngày trước."],
        domain: Mobility, unit: "vehicles", frequency: Daily, direction: Up,
        targets: &[], levels: lv(600.0, 550.0), decimals: 0, modelled_on: "the bus fleet tracking system" },
    KpiSpec { id: "MO06", name: ["Congested road segments", "Đoạn đường ùn tắc"],
        description: ["Road segments with traffic congestion right now.",
            "Số đoạn đường đang ùn tắc giao thông."],
        domain: Mobility, unit: "count", frequency: FiveMinutes, direction: Down,
        targets: &[], levels: lv(40.0, 55.0), decimals: 0, modelled_on: "traffic cameras and probe vehicles" },
    KpiSpec { id: "MO07", name: ["AI-camera violations", "Vi phạm phát hiện bởi camera AI"],
        description: ["Traffic violations detected by AI cameras on the previous day.",
            "Số vi phạm giao thông được camera AI phát hiện trong ngày trước."],
        domain: Mobility, unit: "per day", frequency: Daily, direction: Down,
        targets: &[], levels: lv(130.0, 160.0), decimals: 0, modelled_on: "the AI traffic cameras" },
    // Environment.
    KpiSpec { id: "EN01", name: ["Air quality index, city maximum", "Chỉ số chất lượng không khí"],
        description: ["Highest air quality index (VN_AQI) across the monitoring stations in the last hour.",
            "Chỉ số chất lượng không khí (VN_AQI) cao nhất giữa các trạm quan trắc trong giờ qua."],
        domain: Environment, unit: "AQI", frequency: Hourly, direction: Down,
        targets: &[], levels: lv(100.0, 150.0), decimals: 0, modelled_on: "the air quality stations" },
    KpiSpec { id: "EN02", name: ["PM2.5", "Bụi mịn PM2.5"],
        description: ["Fine particulate matter (PM2.5), city average over the last hour.",
            "Nồng độ bụi mịn PM2.5 trung bình toàn thành phố trong giờ qua."],
        domain: Environment, unit: "ug/m3", frequency: Hourly, direction: Down,
        targets: &[(5.0, None)], levels: lv(25.0, 50.0), decimals: 1, modelled_on: "the air quality stations" },
    KpiSpec { id: "EN03", name: ["Tide peak at Phu An", "Đỉnh triều tại Phú An"],
        description: ["Height of the latest high tide at the Phu An gauge on the Saigon River (alert level 3: 1.60 m).",
            "Mực nước đỉnh triều gần nhất tại trạm Phú An trên sông Sài Gòn (báo động 3: 1,60 m)."],
        domain: Environment, unit: "m", frequency: FiveMinutes, direction: Down,
        targets: &[], levels: lv(1.5, 1.6), decimals: 2, modelled_on: "the Phu An tide gauge" },
    KpiSpec { id: "EN04", name: ["Active flood points", "Điểm ngập đang hoạt động"],
        description: ["Street flood points with standing water right now.",
            "Số điểm ngập trên đường phố đang có nước đọng."],
        domain: Environment, unit: "count", frequency: FiveMinutes, direction: Down,
        targets: &[], levels: lv(5.0, 10.0), decimals: 0, modelled_on: "the street flood sensors" },
    KpiSpec { id: "EN05", name: ["Rainfall", "Lượng mưa"],
        description: ["Rainfall intensity, highest across the city's rain gauges.",
            "Cường độ mưa lớn nhất giữa các trạm đo mưa của Thành phố."],
        domain: Environment, unit: "mm/h", frequency: FiveMinutes, direction: Band,
        targets: &[], levels: [Some(30.0), Some(60.0), None, None], decimals: 1, modelled_on: "the rain gauges" },
    // Safety.
    KpiSpec { id: "PS01", name: ["Emergency calls 113/114/115", "Cuộc gọi khẩn cấp"],
        description: ["Calls to the 113 police, 114 fire and rescue and 115 ambulance lines, per hour.",
            "Số cuộc gọi mỗi giờ đến các đường dây 113 (công an), 114 (cứu hỏa, cứu nạn) và 115 (cấp cứu)."],
        domain: Safety, unit: "per hour", frequency: Live, direction: Band,
        targets: &[], levels: band(900.0, 1_100.0, 100.0, 50.0), decimals: 0, modelled_on: "the emergency call centers" },
    KpiSpec { id: "PS02", name: ["Ambulance 115 response time", "Thời gian phản ứng cấp cứu 115"],
        description: ["Average time from a 115 call to an ambulance on site, over the last hour.",
            "Thời gian trung bình từ cuộc gọi 115 đến khi xe cấp cứu có mặt, trong giờ qua."],
        domain: Safety, unit: "min", frequency: Live, direction: Down,
        targets: &[], levels: lv(20.0, 25.0), decimals: 1, modelled_on: "the 115 dispatch center" },
    KpiSpec { id: "PS03", name: ["Cameras online", "Tỷ lệ camera hoạt động"],
        description: ["Share of the operations center's cameras online.",
            "Tỷ lệ camera của Trung tâm điều hành đang hoạt động."],
        domain: Safety, unit: "%", frequency: FiveMinutes, direction: Up,
        targets: &[], levels: lv(93.0, 90.0), decimals: 1, modelled_on: "the camera network monitor" },
    // Utilities.
    KpiSpec { id: "UT01", name: ["Non-revenue water", "Tỷ lệ thất thoát nước"],
        description: ["Share of treated water lost before it is billed, over the last 12 months.",
            "Tỷ lệ nước sạch thất thoát, thất thu trong 12 tháng gần nhất."],
        domain: Utilities, unit: "%", frequency: Monthly, direction: Down,
        targets: &[(14.5, Some("2030-12-31"))], levels: lv(15.0, 18.0), decimals: 1, modelled_on: "the water utility" },
    KpiSpec { id: "UT03", name: ["Power outage minutes per customer", "Thời gian mất điện bình quân"],
        description: ["Average minutes without power per customer (SAIDI) over the last 12 months.",
            "Thời gian mất điện bình quân của một khách hàng (SAIDI) trong 12 tháng gần nhất."],
        domain: Utilities, unit: "min/yr", frequency: Monthly, direction: Down,
        targets: &[], levels: lv(250.0, 350.0), decimals: 0, modelled_on: "the power utility" },
    // Citizen services.
    KpiSpec { id: "CS01", name: ["1022 reports received", "Phản ánh qua 1022"],
        description: ["Reports from residents through the 1022 line and the Digital Citizen app, last 24 hours.",
            "Số phản ánh của người dân qua đường dây 1022 và ứng dụng Công dân số trong 24 giờ qua."],
        domain: CitizenServices, unit: "per day", frequency: Hourly, direction: Band,
        targets: &[], levels: band(3_200.0, 3_800.0, 1_500.0, 1_000.0), decimals: 0, modelled_on: "the 1022 portal" },
    KpiSpec { id: "CS02", name: ["1022 reports resolved", "Tỷ lệ xử lý phản ánh 1022"],
        description: ["Share of 1022 reports resolved within their deadline.",
            "Tỷ lệ phản ánh qua 1022 được xử lý đúng hạn."],
        domain: CitizenServices, unit: "%", frequency: Daily, direction: Up,
        targets: &[], levels: lv(80.0, 72.0), decimals: 1, modelled_on: "the 1022 portal" },
    // Security.
    KpiSpec { id: "CY01", name: ["Security events blocked", "Sự kiện an toàn thông tin bị chặn"],
        description: ["Information-security events blocked across city systems, as a monthly rate.",
            "Số sự kiện an toàn thông tin bị ngăn chặn trên các hệ thống của Thành phố, quy ra tháng."],
        domain: Security, unit: "million/month", frequency: Daily, direction: Down,
        targets: &[], levels: lv(8.0, 10.0), decimals: 2, modelled_on: "the security operations center" },
    KpiSpec { id: "ID01", name: ["VNeID level-2 accounts (Project 06)", "Tài khoản định danh điện tử mức 2 (Đề án 06)"],
        description: ["Residents with a level-2 VNeID electronic identity account.",
            "Số người dân có tài khoản định danh điện tử VNeID mức 2."],
        domain: Security, unit: "million", frequency: Monthly, direction: Up,
        targets: &[], levels: NONE, decimals: 2, modelled_on: "the Project 06 population data" },
    // Telecom.
    KpiSpec { id: "TI01", name: ["5G population coverage", "Tỷ lệ dân số được phủ sóng 5G"],
        description: ["Share of the population covered by 5G mobile service.",
            "Tỷ lệ dân số được phủ sóng di động 5G."],
        domain: Telecom, unit: "%", frequency: Monthly, direction: Up,
        targets: &[(100.0, Some("2030-12-31"))], levels: NONE, decimals: 1, modelled_on: "the mobile operators' reports" },
    KpiSpec { id: "TI02", name: ["Households with fibre broadband", "Hộ gia đình có cáp quang"],
        description: ["Share of households with a fibre-optic broadband connection.",
            "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang."],
        domain: Telecom, unit: "%", frequency: Quarterly, direction: Up,
        targets: &[(100.0, Some("2030-12-31"))], levels: NONE, decimals: 1, modelled_on: "the telecom operators' reports" },
    KpiSpec { id: "TI03", name: ["Adults with a smartphone", "Người trưởng thành có điện thoại thông minh"],
        description: ["Share of adults who own a smartphone.",
            "Tỷ lệ người trưởng thành sở hữu điện thoại thông minh."],
        domain: Telecom, unit: "%", frequency: Quarterly, direction: Up,
        targets: &[(100.0, Some("2025-12-31"))], levels: NONE, decimals: 1, modelled_on: "the telecom operators' reports" },
];
