//! The attention strip on the overview tests' city: the tide past its alert level, the digital
//! economy's target missed, alerts of every severity and status.

use offline_cache::model::{Domain, Frequency, LocalizedText, Thresholds};

use super::*;
use crate::overview::tests::{NOW_MS, def, kpi, latest, overview};

fn alert(id: &str, severity: AlertSeverity, status: AlertStatus, minutes_ago: i64) -> Alert {
    Alert {
        id: id.into(),
        t_ms: NOW_MS - minutes_ago * 60_000,
        severity,
        title: LocalizedText::new(format!("{id} in English"), format!("{id} tiếng Việt")),
        body: LocalizedText::new("", ""),
        kpi_id: Some("EN03".into()),
        feature: (id == "flood").then(|| FeatureRef {
            layer_id: "flood-sensors".into(),
            feature_id: "fs-7".into(),
        }),
        status,
    }
}

fn city() -> OverviewModel {
    let mut overview = overview();
    // The tide past its alert level of 1.6 m.
    overview.kpis[0].latest = Some(latest("EN03", 120, 1.72, Some(1.55)));
    // A KPI not updated for three of its intervals.
    let mut air = def(
        "EN01",
        "Air quality index",
        "Chỉ số chất lượng không khí",
        Domain::Environment,
        "AQI",
        offline_cache::model::Direction::Down,
    );
    air.frequency = Frequency::Hourly;
    air.interval_secs = 3_600;
    air.thresholds = Thresholds {
        warning: Some(100.0),
        alert: Some(150.0),
        ..Thresholds::default()
    };
    overview
        .kpis
        .push(kpi(air, Some(latest("EN01", 3 * 3_600 + 60, 80.0, None))));
    OverviewModel::build(&overview, Lang::En, NOW_MS)
}

fn strip(model: &OverviewModel, alerts: &[Alert], lang: Lang) -> AttentionModel {
    AttentionModel::build(
        model,
        alerts,
        &AlertNames::default(),
        lang,
        CityZone::fallback(),
        NOW_MS,
    )
}

#[test]
fn critical_alerts_then_kpis_in_alert_then_missed_targets_then_stale() {
    let alerts = [
        alert(
            "older",
            AlertSeverity::Critical,
            AlertStatus::Acknowledged,
            30,
        ),
        alert("flood", AlertSeverity::Critical, AlertStatus::Active, 5),
        alert("over", AlertSeverity::Critical, AlertStatus::Resolved, 1),
        alert("minor", AlertSeverity::Warning, AlertStatus::Active, 2),
    ];
    let strip = strip(&city(), &alerts, Lang::En);
    let kinds: Vec<(AttentionKind, &str)> = strip
        .items
        .iter()
        .map(|item| (item.kind, item.text.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (AttentionKind::CriticalAlert, "flood in English"),
            (AttentionKind::CriticalAlert, "older in English"),
            (AttentionKind::KpiAlert, "Tide peak at Phu An: 1.72 m"),
            (
                AttentionKind::TargetMissed,
                "Digital economy share of city output: 21.5 % (Target 25 % by 2025-12-31)"
            ),
            (
                AttentionKind::Stale,
                "2 KPIs not updated as expected: Metro Line 1 ridership, Air quality index"
            ),
        ]
    );
    assert_eq!(
        strip.items[0].action,
        AttentionAction::ShowFeature(FeatureRef {
            layer_id: "flood-sensors".into(),
            feature_id: "fs-7".into(),
        })
    );
    assert_eq!(
        strip.items[1].action,
        AttentionAction::OpenKpi("EN03".into())
    );
    assert_eq!(
        strip.items[2].action,
        AttentionAction::OpenKpi("EN03".into())
    );
    assert_eq!(strip.items[2].label, "Alert");
    assert_eq!(strip.items[3].label, "Target missed");
    assert_eq!(
        strip.counts,
        "2 critical alerts open · 1 KPI in alert · 1 target missed · 2 KPIs stale"
    );
    assert_eq!(strip.all_clear, None);
}

#[test]
fn a_kpi_in_alert_is_shown_when_the_source_resolved_its_alert() {
    // The operations center resolved its alert; the tide is still past its level.
    let alerts = [alert(
        "tide",
        AlertSeverity::Critical,
        AlertStatus::Resolved,
        1,
    )];
    let strip = strip(&city(), &alerts, Lang::En);
    assert_eq!(strip.critical_alerts, 0);
    assert_eq!(strip.kpis_in_alert, 1);
    assert!(
        strip
            .counts
            .starts_with("0 critical alerts open · 1 KPI in alert")
    );
    assert!(
        strip
            .items
            .iter()
            .any(|item| item.kind == AttentionKind::KpiAlert)
    );
}

#[test]
fn nothing_to_attend_to_says_so_and_no_cards_says_nothing() {
    let mut overview = overview();
    overview.kpis.retain(|kpi| kpi.def.id == "MO01");
    overview.kpis[0].latest = Some(latest("MO01", 60, 52_345.0, None));
    let calm = OverviewModel::build(&overview, Lang::Vi, NOW_MS);
    let strip = strip(&calm, &[], Lang::Vi);
    assert!(strip.items.is_empty());
    assert!(strip.all_clear.is_some());
    assert_eq!(
        strip.counts,
        "0 cảnh báo nghiêm trọng đang mở · 0 chỉ số ở mức báo động · 0 mục tiêu trễ hạn · 0 chỉ số dữ liệu cũ"
    );
    let nothing =
        OverviewModel::build(&offline_cache::store::Overview::default(), Lang::En, NOW_MS);
    assert!(self::strip(&nothing, &[], Lang::En).is_empty());
}

#[test]
fn the_strip_stops_at_its_length_and_says_how_many_more() {
    let alerts: Vec<Alert> = (0..12)
        .map(|i| {
            alert(
                &format!("a{i}"),
                AlertSeverity::Critical,
                AlertStatus::Active,
                i,
            )
        })
        .collect();
    let strip = strip(&city(), &alerts, Lang::En);
    assert_eq!(strip.items.len(), MAX_ITEMS);
    assert_eq!(strip.more.as_deref(), Some("+7 more"));
    assert_eq!(strip.critical_alerts, 12);
}
