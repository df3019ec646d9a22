//! Unit tests of the overview model, on hand-made overviews.

use offline_cache::model::units::HOUR_MS;
use offline_cache::model::{
    Direction, Frequency, KpiDef, LatestValue, LocalizedText, Observation, Target, Thresholds,
};
use offline_cache::store::{ResourceError, Sparkline, SyncHealth};

use super::*;

/// 2026-11-23 18:56 in Ho Chi Minh City.
pub(crate) const SYNCED_MS: i64 = 1_795_434_960_000;
pub(crate) const NOW_MS: i64 = SYNCED_MS + 120_000;

pub(crate) fn def(
    id: &str,
    en: &str,
    vi: &str,
    domain: Domain,
    unit: &str,
    direction: Direction,
) -> KpiDef {
    KpiDef {
        description: LocalizedText::new(format!("About {en}"), format!("Về {vi}")),
        source: LocalizedText::new("Simulator", "Trình mô phỏng"),
        ..KpiDef::new(
            id,
            LocalizedText::new(en, vi),
            domain,
            unit,
            Frequency::FiveMinutes,
            direction,
        )
    }
}

pub(crate) fn latest(
    kpi_id: &str,
    age_secs: i64,
    value: f64,
    previous: Option<f64>,
) -> LatestValue {
    let t_ms = NOW_MS - age_secs * 1_000;
    LatestValue {
        kpi_id: kpi_id.into(),
        t_ms,
        value,
        quality: Quality::Good,
        previous: previous.map(|value| Observation {
            t_ms: t_ms - 300_000,
            value,
        }),
    }
}

pub(crate) fn kpi(def: KpiDef, latest: Option<LatestValue>) -> OverviewKpi {
    OverviewKpi {
        freshness: latest
            .as_ref()
            .map(|latest| Freshness::at(latest.t_ms, NOW_MS, def.interval_secs)),
        def,
        latest,
        sparkline: Sparkline::default(),
    }
}

pub(crate) fn overview() -> Overview {
    let mut tide = def(
        "EN03",
        "Tide peak at Phu An",
        "Đỉnh triều tại Phú An",
        Domain::Environment,
        "m",
        Direction::Down,
    );
    tide.thresholds = Thresholds {
        warning: Some(1.5),
        alert: Some(1.6),
        ..Thresholds::default()
    };
    let mut digital = def(
        "DE01",
        "Digital economy share of city output",
        "Tỷ trọng kinh tế số trong GRDP",
        Domain::DigitalEconomy,
        "%",
        Direction::Up,
    );
    digital.frequency = Frequency::Annual;
    digital.interval_secs = 365 * 86_400;
    digital.target = Some(Target {
        value: 25.0,
        due: Some("2025-12-31".into()),
    });
    let metro = def(
        "MO01",
        "Metro Line 1 ridership",
        "Lượt khách metro số 1",
        Domain::Mobility,
        "passengers/day",
        Direction::Up,
    );
    let portal = def(
        "DE02",
        "Public-service portal accounts",
        "Tài khoản Cổng dịch vụ công",
        Domain::DigitalGovernment,
        "million",
        Direction::Up,
    );
    let flood = def(
        "EN04",
        "Active flood points",
        "Điểm ngập đang hoạt động",
        Domain::Environment,
        "count",
        Direction::Down,
    );
    Overview {
        city: Some(opscenter_sim::kpis::city_info()),
        simulated: true,
        data_notice: Some(LocalizedText::new(
            "Simulated demo data",
            "Dữ liệu mô phỏng",
        )),
        // Catalog order is not domain order: the model must regroup.
        kpis: vec![
            kpi(tide, Some(latest("EN03", 120, 1.55, Some(1.48)))),
            kpi(digital, Some(latest("DE01", 3_600, 21.5, Some(21.5)))),
            kpi(metro, Some(latest("MO01", 2_000, 52_345.0, Some(51_000.0)))),
            kpi(portal, None),
            kpi(flood, Some(latest("EN04", 60, 3.0, Some(5.0)))),
        ],
        sync: SyncHealth {
            server: Some("http://127.0.0.1:9999".into()),
            last_success_server: Some("http://127.0.0.1:9999".into()),
            last_success_ms: Some(SYNCED_MS),
            last_attempt_ms: Some(NOW_MS),
            reachable: Some(true),
            offline_since_ms: None,
            errors: Vec::new(),
            server_clock_offset_ms: None,
        },
    }
}

#[test]
fn groups_follow_domain_order_and_keep_catalog_order_inside() {
    let model = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    let domains: Vec<Domain> = model.groups.iter().map(|group| group.domain).collect();
    assert_eq!(
        domains,
        [
            Domain::DigitalGovernment,
            Domain::DigitalEconomy,
            Domain::Mobility,
            Domain::Environment
        ]
    );
    let environment: Vec<&str> = model.groups[3]
        .cards
        .iter()
        .map(|card| card.kpi_id.as_str())
        .collect();
    assert_eq!(environment, ["EN03", "EN04"]);
    assert_eq!(model.groups[3].title, "Environment");
    assert_eq!(model.title, "Ho Chi Minh City");
    assert!(model.empty_text.is_none());
}

#[test]
fn tide_card_in_english() {
    let model = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    let tide = model.card("EN03").unwrap();
    assert_eq!(tide.name, "Tide peak at Phu An");
    assert_eq!(tide.value_text, "1.55");
    assert_eq!(tide.unit_text.as_deref(), Some("m"));
    assert_eq!(tide.status, KpiStatus::Warning);
    assert_eq!(tide.status_text, "Warning");
    assert_eq!(tide.freshness_text.as_deref(), Some("2 min ago"));
    assert!(!tide.stale);
    assert_eq!(tide.stale_text, None);
    let change = tide.change.as_ref().unwrap();
    assert_eq!(change.direction, ChangeDirection::Up);
    // The tide is a lower-is-better KPI: rising is worse.
    assert_eq!(change.better, Some(false));
    assert_eq!(change.text, "+0.07 m since 18:51");
    assert_eq!(change.verdict.as_deref(), Some("worse"));
    assert_eq!(tide.description, "About Tide peak at Phu An");
    assert!(
        tide.details
            .contains(&"Measured at 2026-11-23 18:56 (UTC+7)".to_owned())
    );
    assert!(tide.details.contains(&"Source: Simulator".to_owned()));
}

#[test]
fn tide_card_in_vietnamese() {
    let model = OverviewModel::build(&overview(), Lang::Vi, NOW_MS);
    let tide = model.card("EN03").unwrap();
    assert_eq!(tide.name, "Đỉnh triều tại Phú An");
    assert_eq!(tide.value_text, "1,55");
    // "Cảnh báo" is only the alerts of the operations center; a KPI's warning is "Chú ý".
    assert_eq!(tide.status_text, "Chú ý");
    assert!(tide.details.contains(&"Nguồn: Trình mô phỏng".to_owned()));
    assert_eq!(tide.freshness_text.as_deref(), Some("2 phút trước"));
    assert_eq!(
        tide.change.as_ref().unwrap().text,
        "+0,07 m so với lúc 18:51"
    );
    assert_eq!(model.groups[3].title, "Môi trường");
    assert_eq!(model.title, "Thành phố Hồ Chí Minh");
    let metro = model.card("MO01").unwrap();
    assert_eq!(metro.value_text, "52.345");
    assert_eq!(metro.unit_text.as_deref(), Some("lượt khách/ngày"));
}

#[test]
fn targets_units_and_thousands() {
    let model = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    let digital = model.card("DE01").unwrap();
    assert_eq!(
        digital.target_text.as_deref(),
        Some("Target 25 % by 2025-12-31")
    );
    // Its due date has passed without the target met.
    assert_eq!(digital.status, KpiStatus::Overdue);
    assert_eq!(digital.status_text, "Target missed");
    let change = digital.change.as_ref().unwrap();
    assert_eq!(change.direction, ChangeDirection::Flat);
    assert_eq!(change.better, None);
    assert_eq!(change.text, "No change since the previous value");

    let metro = model.card("MO01").unwrap();
    assert_eq!(metro.value_text, "52,345");
    let change = metro.change.as_ref().unwrap();
    assert_eq!(change.text, "+1,345 passengers/day since 18:19");
    assert_eq!(change.better, Some(true));

    let flood = model.card("EN04").unwrap();
    assert_eq!(flood.value_text, "3");
    assert_eq!(flood.unit_text, None);
    let change = flood.change.as_ref().unwrap();
    assert_eq!(change.direction, ChangeDirection::Down);
    assert_eq!(change.better, Some(true));
    assert_eq!(change.text, "-2 since 18:52");
}

#[test]
fn a_change_says_its_unit_and_since_when_as_its_frequency_counts_time() {
    // (frequency, unit, hours between the values, English, Vietnamese)
    let cases = [
        (
            Frequency::FiveMinutes,
            "m",
            0,
            "+1.6 m since 18:53",
            "+1,6 m so với lúc 18:53",
        ),
        (
            Frequency::Hourly,
            "m",
            24,
            "+1.6 m since 22 Nov",
            "+1,6 m so với ngày 22/11",
        ),
        (
            Frequency::Daily,
            "count",
            24,
            "+1.6 since 22 Nov",
            "+1,6 so với ngày 22/11",
        ),
        (
            Frequency::Daily,
            "count",
            24 * 330,
            "+1.6 since 2025-12-28",
            "+1,6 so với ngày 28/12/2025",
        ),
        (
            Frequency::Monthly,
            "million",
            30 * 24,
            "+1.6 million since Oct 2026",
            "+1,6 triệu so với tháng 10/2026",
        ),
        (
            Frequency::Quarterly,
            "%",
            91 * 24,
            "+1.6 percentage points since Q3 2026",
            "+1,6 điểm phần trăm so với quý 3/2026",
        ),
        (
            Frequency::Annual,
            "%",
            365 * 24,
            "+1.6 percentage points since 2025",
            "+1,6 điểm phần trăm so với năm 2025",
        ),
    ];
    for (frequency, unit, hours, en, vi) in cases {
        let mut kpi_def = def(
            "DE01",
            "Share",
            "Tỷ lệ",
            Domain::DigitalEconomy,
            unit,
            Direction::Up,
        );
        kpi_def.frequency = frequency;
        kpi_def.interval_secs = 10 * 365 * 86_400;
        let mut value = latest("DE01", 0, 23.1, None);
        value.previous = Some(Observation {
            t_ms: NOW_MS - hours * 3_600_000 - 5 * 60_000,
            value: 21.5,
        });
        let mut overview = overview();
        overview.kpis = vec![kpi(kpi_def, Some(value))];
        for (lang, expected) in [(Lang::En, en), (Lang::Vi, vi)] {
            let model = OverviewModel::build(&overview, lang, NOW_MS);
            let change = model.card("DE01").unwrap().change.clone().unwrap();
            assert_eq!(change.text, expected, "{frequency:?} in {lang:?}");
        }
    }
}

#[test]
fn a_kpi_without_value_says_so() {
    let model = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    let portal = model.card("DE02").unwrap();
    assert!(!portal.has_value);
    assert_eq!(portal.value_text, "No value yet");
    assert_eq!(portal.freshness_text, None);
    assert_eq!(portal.change, None);
    assert_eq!(portal.status, KpiStatus::Neutral);
    assert_eq!(portal.status_text, "Not rated");
}

#[test]
fn ages_are_recomputed_at_build_time() {
    let overview = overview();
    // Ten minutes later the tide value (expected every 5 min) is 12 min old: stale.
    let later = OverviewModel::build(&overview, Lang::En, NOW_MS + 600_000);
    let tide = later.card("EN03").unwrap();
    assert!(tide.stale);
    assert_eq!(tide.freshness_text.as_deref(), Some("stale: 12 min"));
    assert_eq!(tide.stale_text.as_deref(), Some("Stale"));
    let vi = OverviewModel::build(&overview, Lang::Vi, NOW_MS + 600_000);
    assert_eq!(
        vi.card("EN03").unwrap().freshness_text.as_deref(),
        Some("đã cũ: 12 phút")
    );
}

#[test]
fn quality_other_than_good_is_named() {
    let mut overview = overview();
    overview.kpis[0].latest.as_mut().unwrap().quality = Quality::Estimated;
    let model = OverviewModel::build(&overview, Lang::Vi, NOW_MS);
    assert_eq!(
        model.card("EN03").unwrap().quality_text.as_deref(),
        Some("Ước tính")
    );
    assert_eq!(model.card("EN04").unwrap().quality_text, None);
}

#[test]
fn no_banner_while_reachable() {
    let model = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    assert_eq!(model.offline_banner, None);
    assert_eq!(model.errors_heading, None);
    assert!(model.errors.is_empty());
}

#[test]
fn offline_banner_names_the_last_successful_sync_in_city_time() {
    let mut overview = overview();
    overview.sync.reachable = Some(false);
    overview.sync.errors = vec![
        ResourceError {
            resource: offline_cache::store::Resource::Latest,
            message: "could not reach the operations center".into(),
            reason: Some(offline_cache::FailureReason::Refused),
            at_ms: NOW_MS,
        },
        ResourceError {
            resource: offline_cache::store::Resource::Catalog,
            message: "could not reach the operations center".into(),
            reason: Some(offline_cache::FailureReason::Refused),
            at_ms: NOW_MS,
        },
    ];
    let model = OverviewModel::build(&overview, Lang::En, NOW_MS);
    assert_eq!(
        model.offline_banner.as_deref(),
        Some("Offline: showing data from the last successful sync at 2026-11-23 18:56 (UTC+7)")
    );
    // A server that is down is one problem, not one failed resource each.
    assert_eq!(model.errors_heading, None);
    assert!(model.errors.is_empty());
    overview.sync.offline_since_ms = Some(SYNCED_MS + 60_000);
    let since = OverviewModel::build(&overview, Lang::En, NOW_MS);
    assert_eq!(
        since.offline_banner.as_deref(),
        Some(
            "Offline since 2026-11-23 18:57 (UTC+7): the operations center cannot be reached. \
             Showing data from the last successful sync at 2026-11-23 18:56 (UTC+7)"
        )
    );
    overview.sync.offline_since_ms = None;
    let vi = OverviewModel::build(&overview, Lang::Vi, NOW_MS);
    assert_eq!(
        vi.offline_banner.as_deref(),
        Some(
            "Ngoại tuyến: đang hiển thị dữ liệu từ lần đồng bộ thành công gần nhất lúc \
             18:56 23/11/2026 (UTC+7)"
        )
    );

    overview.sync.last_success_ms = None;
    let never = OverviewModel::build(&overview, Lang::En, NOW_MS);
    assert_eq!(
        never.offline_banner.as_deref(),
        Some("Offline: the operations center could not be reached, and no sync has succeeded yet")
    );
}

#[test]
fn offline_banner_falls_back_to_utc_plus_7() {
    let mut overview = overview();
    overview.sync.reachable = Some(false);
    if let Some(city) = overview.city.as_mut() {
        city.time_zone = "Not/A_Zone".into();
    }
    let model = OverviewModel::build(&overview, Lang::En, NOW_MS);
    assert!(
        model
            .offline_banner
            .as_deref()
            .unwrap()
            .ends_with("2026-11-23 18:56 (UTC+7)")
    );
}

#[test]
fn simulated_notice_comes_from_the_catalog() {
    let model = OverviewModel::build(&overview(), Lang::Vi, NOW_MS);
    let notice = model.notice.unwrap();
    assert_eq!(
        notice.text,
        "Dữ liệu mô phỏng để trình diễn, không phải số liệu thật của thành phố"
    );
    assert_eq!(notice.detail.as_deref(), Some("Dữ liệu mô phỏng"));

    let mut real = overview();
    real.simulated = false;
    real.data_notice = None;
    assert_eq!(OverviewModel::build(&real, Lang::En, NOW_MS).notice, None);
}

#[test]
fn empty_and_unavailable_caches_say_why() {
    let empty = OverviewModel::build(&Overview::default(), Lang::En, NOW_MS);
    assert!(empty.groups.is_empty());
    assert_eq!(empty.title, "Operations overview");
    assert!(empty.empty_text.unwrap().starts_with("No data yet"));
    assert_eq!(empty.offline_banner, None);

    let missing = OverviewModel::unavailable(&CacheProblem::NoCache, Lang::Vi, NOW_MS);
    assert!(
        missing
            .empty_text
            .unwrap()
            .starts_with("Chưa có bộ nhớ đệm")
    );

    let failed = OverviewModel::unavailable(
        &CacheProblem::Failed {
            message: LocalizedText::new(
                "the cache is damaged (file is not a database)",
                "bộ nhớ đệm bị hỏng (file is not a database)",
            ),
        },
        Lang::En,
        NOW_MS,
    );
    assert_eq!(
        failed.empty_text.as_deref(),
        Some("Could not open the cache: the cache is damaged (file is not a database)")
    );
}

#[test]
fn cache_problems_map_from_errors() {
    let missing = offline_cache::Error::NoCache {
        path: "/tmp/none.gpkg".into(),
    };
    assert_eq!(CacheProblem::from_error(&missing), CacheProblem::NoCache);
    let corrupt = offline_cache::Error::Corrupt {
        path: "/tmp/bad.gpkg".into(),
        detail: "file is not a database".into(),
    };
    // Said in both languages: the loader finds it before the reader's language is known.
    assert!(matches!(
        CacheProblem::from_error(&corrupt),
        CacheProblem::Failed { message }
            if message.en.contains("damaged") && message.vi.contains("bị hỏng")
                && message.vi.contains("/tmp/bad.gpkg")
    ));
}

fn points(values: &[(i64, f64)]) -> Vec<Observation> {
    values
        .iter()
        .map(|&(t_ms, value)| Observation { t_ms, value })
        .collect()
}

/// The overview with `sparkline` on the tide card (a 5-minute KPI: a 24 h window).
fn with_tide_sparkline(sparkline: Sparkline) -> OverviewModel {
    let mut overview = overview();
    overview.kpis[0].sparkline = sparkline;
    OverviewModel::build(&overview, Lang::En, NOW_MS)
}

#[test]
fn sparkline_is_scaled_to_the_unit_square() {
    let from_ms = NOW_MS - 24 * HOUR_MS;
    let model = with_tide_sparkline(Sparkline {
        from_ms,
        to_ms: NOW_MS,
        points: points(&[
            (from_ms, 1.2),
            (from_ms + 30 * 60_000, 1.6),
            (from_ms + 60 * 60_000, 1.4),
            (NOW_MS, 1.55),
        ]),
    });
    let sparkline = model.card("EN03").unwrap().sparkline.clone().unwrap();
    // The points are 30 min apart: no gap (two 45-min buckets of a day's window allowed).
    assert_eq!(
        sparkline.runs.len(),
        2,
        "the last point is 23 h later: a gap"
    );
    let first = &sparkline.runs[0];
    assert_eq!(first[0], [0.0, 0.0]);
    assert_eq!(first[1][1], 1.0);
    assert!((first[2][1] - 0.5).abs() < 1e-6);
    assert_eq!(sparkline.runs[1].len(), 1);
    let [x, y] = sparkline.runs[1][0];
    assert_eq!(x, 1.0);
    assert!((y - 0.875).abs() < 1e-6);
    for run in &sparkline.runs {
        for [x, y] in run {
            assert!((0.0..=1.0).contains(x) && (0.0..=1.0).contains(y));
        }
    }
    assert_eq!(sparkline.target_y, None, "the tide has no target");
    assert_eq!(sparkline.summary, "Last 24 h: low 1.20 m, high 1.60 m");
    assert!(
        model
            .card("EN03")
            .unwrap()
            .details
            .contains(&sparkline.summary)
    );
}

#[test]
fn sparkline_breaks_at_non_finite_values_and_survives_odd_input() {
    let from_ms = NOW_MS - 24 * HOUR_MS;
    let step = 5 * 60_000;
    let model = with_tide_sparkline(Sparkline {
        from_ms,
        to_ms: NOW_MS,
        points: points(&[
            (from_ms, 1.0),
            (from_ms + step, 1.1),
            (from_ms + 2 * step, f64::NAN),
            (from_ms + 3 * step, 1.2),
            (from_ms + 4 * step, f64::INFINITY),
        ]),
    });
    let sparkline = model.card("EN03").unwrap().sparkline.clone().unwrap();
    assert_eq!(sparkline.runs.len(), 2);
    assert_eq!(sparkline.runs[0].len(), 2);
    assert_eq!(sparkline.runs[1].len(), 1);

    // Only non-finite values, an empty window, a flat line, points outside the window.
    let nan_only = with_tide_sparkline(Sparkline {
        from_ms,
        to_ms: NOW_MS,
        points: points(&[(from_ms, f64::NAN)]),
    });
    assert_eq!(nan_only.card("EN03").unwrap().sparkline, None);
    assert_eq!(
        with_tide_sparkline(Sparkline::default())
            .card("EN03")
            .unwrap()
            .sparkline,
        None
    );
    let flat = with_tide_sparkline(Sparkline {
        from_ms: NOW_MS,
        to_ms: NOW_MS,
        points: points(&[(NOW_MS - HOUR_MS, 2.0), (NOW_MS + HOUR_MS, 2.0)]),
    });
    let flat = flat.card("EN03").unwrap().sparkline.clone().unwrap();
    for run in &flat.runs {
        for [x, y] in run {
            assert_eq!((*x, *y), (1.0, 0.5));
        }
    }
}

#[test]
fn the_target_joins_the_sparkline_when_it_is_near_the_data() {
    let mut overview = overview();
    // DE01: annual, target 25 %; its last values 20 to 24 put the target within reach.
    let year_ms = 365 * 24 * HOUR_MS;
    overview.kpis[1].sparkline = Sparkline {
        from_ms: NOW_MS - 4 * year_ms,
        to_ms: NOW_MS,
        points: points(&[
            (NOW_MS - 4 * year_ms, 20.0),
            (NOW_MS - 3 * year_ms, 21.0),
            (NOW_MS - 2 * year_ms, 22.0),
            (NOW_MS - year_ms, 23.0),
            (NOW_MS, 24.0),
        ]),
    };
    let model = OverviewModel::build(&overview, Lang::Vi, NOW_MS);
    let sparkline = model.card("DE01").unwrap().sparkline.clone().unwrap();
    assert_eq!(sparkline.runs.len(), 1);
    assert_eq!(sparkline.target_y, Some(1.0));
    let [x, y] = sparkline.runs[0][4];
    assert_eq!(x, 1.0);
    assert!((y - 0.8).abs() < 1e-6);
    assert_eq!(
        sparkline.summary,
        "5 giá trị gần nhất: thấp nhất 20 %, cao nhất 24 %"
    );

    // A target far above the data stays off the line (the card says it in words).
    overview.kpis[1].def.target.as_mut().unwrap().value = 90.0;
    let model = OverviewModel::build(&overview, Lang::En, NOW_MS);
    let sparkline = model.card("DE01").unwrap().sparkline.clone().unwrap();
    assert_eq!(sparkline.target_y, None);
    assert_eq!(sparkline.runs[0][0], [0.0, 0.0]);
}

#[test]
fn due_dates_follow_the_language() {
    let en = OverviewModel::build(&overview(), Lang::En, NOW_MS);
    assert_eq!(
        en.card("DE01").unwrap().target_text.as_deref(),
        Some("Target 25 % by 2025-12-31")
    );
    let vi = OverviewModel::build(&overview(), Lang::Vi, NOW_MS);
    assert_eq!(
        vi.card("DE01").unwrap().target_text.as_deref(),
        Some("Mục tiêu 25 % vào 31/12/2025")
    );
}

#[test]
fn folding_drops_case_and_vietnamese_diacritics() {
    assert_eq!(fold_for_search("Tiếp nhận"), "tiep nhan");
    assert_eq!(fold_for_search("  ĐỈNH   TRIỀU "), "dinh trieu");
    assert_eq!(fold_for_search("Ngập"), "ngap");
    // Decomposed input: a + combining dot below + combining circumflex.
    assert_eq!(fold_for_search("nga\u{323}\u{302}p"), "ngap");
    assert_eq!(fold_for_search("EN03"), "en03");
}

fn visible_ids(model: &OverviewModel, filter: &OverviewFilter) -> Vec<String> {
    model
        .filtered(filter)
        .iter()
        .flat_map(|group| group.cards.iter().map(|card| card.kpi_id.clone()))
        .collect()
}

#[test]
fn filter_by_domain_and_words_in_either_language() {
    let model = OverviewModel::build(&overview(), Lang::Vi, NOW_MS);
    let all = OverviewFilter::default();
    assert!(!all.is_active());
    assert_eq!(visible_ids(&model, &all).len(), 5);

    let search = |text: &str| OverviewFilter {
        search: text.into(),
        ..OverviewFilter::default()
    };
    // Vietnamese without diacritics, English words while the UI is in Vietnamese, ids.
    assert_eq!(visible_ids(&model, &search("dinh trieu")), ["EN03"]);
    assert_eq!(visible_ids(&model, &search("TIDE")), ["EN03"]);
    assert_eq!(visible_ids(&model, &search("en04")), ["EN04"]);
    assert_eq!(visible_ids(&model, &search("phú an đỉnh")), ["EN03"]);
    assert_eq!(visible_ids(&model, &search("metro")), ["MO01"]);
    assert!(visible_ids(&model, &search("typhoon")).is_empty());

    let environment = OverviewFilter {
        domain: Some(Domain::Environment),
        ..OverviewFilter::default()
    };
    assert!(environment.is_active());
    assert_eq!(visible_ids(&model, &environment), ["EN03", "EN04"]);
    let groups = model.filtered(&environment);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].group.title, "Môi trường");
    let flood = OverviewFilter {
        domain: Some(Domain::Environment),
        search: "ngap".into(),
    };
    assert_eq!(visible_ids(&model, &flood), ["EN04"]);
    assert!(flood.matches(model.card("EN04").unwrap()));
    assert!(!flood.matches(model.card("EN03").unwrap()));

    let mut cleared = flood.clone();
    cleared.clear();
    assert_eq!(cleared, OverviewFilter::default());
    assert_eq!(
        model.filter_texts.no_match,
        "Không có chỉ số nào khớp với bộ lọc."
    );
}

#[test]
fn the_filter_persists() {
    let filter = OverviewFilter {
        domain: Some(Domain::DigitalGovernment),
        search: "tiếp nhận".into(),
    };
    let json = serde_json::to_string(&filter).unwrap();
    assert_eq!(
        json,
        r#"{"domain":"digital_government","search":"tiếp nhận"}"#
    );
    assert_eq!(
        serde_json::from_str::<OverviewFilter>(&json).unwrap(),
        filter
    );
    assert_eq!(
        serde_json::from_str::<OverviewFilter>("{}").unwrap(),
        OverviewFilter::default()
    );
}
