//! The alerts panel and toasts on real alerts: the simulated operations center on 127.0.0.1:0,
//! `sync_once` into a temporary cache, the alerts read back with `Reader::recent_alerts`, then
//! the panel in a kittest harness. Clicking an alert's title asks to open its KPI; typing in the
//! search field filters the list; toasts stack at most three and open the alert's KPI.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::disallowed_types)]

mod common;

use citydash::Lang;
use citydash::panels::{AlertAction, AlertsPanel, Toasts};
use citydash::theme::{Theme, ThemeChoice};
use citydash::view_models::alerts::AlertNames;
use citydash::view_models::{ALERTS_READ_LIMIT, AlertFilter, AlertsModel, AlertsTracker, CityZone};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offline_cache::model::{Alert, AlertSeverity, AlertStatus, LocalizedText};
use offline_cache::store::Reader;

/// The panel's state in the harness: the alerts read, the filter, the model and what the panel
/// returned.
struct PanelState {
    alerts: Vec<Alert>,
    filter: AlertFilter,
    model: AlertsModel,
    panel: AlertsPanel,
    actions: Vec<AlertAction>,
    now_ms: i64,
}

impl PanelState {
    fn rebuild(&mut self) {
        self.model = AlertsModel::build(
            &self.alerts,
            &self.filter,
            &AlertNames::default(),
            Lang::En,
            CityZone::fallback(),
            self.now_ms,
        );
    }
}

fn panel_harness(alerts: Vec<Alert>, now_ms: i64) -> Harness<'static, PanelState> {
    let filter = AlertFilter::default();
    let model = AlertsModel::build(
        &alerts,
        &filter,
        &AlertNames::default(),
        Lang::En,
        CityZone::fallback(),
        now_ms,
    );
    let state = PanelState {
        alerts,
        filter,
        model,
        panel: AlertsPanel,
        actions: Vec::new(),
        now_ms,
    };
    let theme = Theme::new(ThemeChoice::Dark);
    Harness::builder()
        .with_context_setup(move |ctx| {
            citydash::fonts::install(ctx);
            theme.apply(ctx);
        })
        .with_size(egui::vec2(420.0, 4000.0))
        .build_ui_state(
            move |ui, state: &mut PanelState| {
                let action = state.panel.ui(ui, &state.model, &mut state.filter, &theme);
                if let Some(action) = action {
                    if action == AlertAction::FilterChanged {
                        state.rebuild();
                    }
                    state.actions.push(action);
                }
            },
            state,
        )
}

fn simulated_alerts() -> (Vec<Alert>, i64) {
    let sim = common::start_sim("alerts-test-token");
    let (_dir, cache) = common::synced_temp_cache(&sim);
    let alerts = Reader::open(&cache)
        .unwrap()
        .recent_alerts(ALERTS_READ_LIMIT)
        .unwrap();
    (alerts, sim.now_ms())
}

#[test]
fn clicking_an_alert_by_its_title_opens_its_kpi() {
    let (alerts, now_ms) = simulated_alerts();
    assert!(
        !alerts.is_empty(),
        "the simulator raised alerts in its history"
    );
    assert!(
        alerts.windows(2).all(|pair| pair[0].t_ms >= pair[1].t_ms),
        "the reader returns the newest first"
    );
    // An alert about a KPI whose title no other alert shares, so its button is found once.
    let target = alerts
        .iter()
        .find(|alert| {
            alert.kpi_id.is_some()
                && alerts
                    .iter()
                    .filter(|other| other.title.en == alert.title.en)
                    .count()
                    == 1
        })
        .expect("an alert with a KPI and a unique title")
        .clone();

    let mut harness = panel_harness(alerts.clone(), now_ms);
    harness.run();
    assert_eq!(harness.state().model.items.len(), alerts.len());
    harness.get_by_label("Minimum severity");
    harness.get_by_label("Unresolved only");
    harness.get_by_label(&target.title.en).click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [AlertAction::OpenKpi(target.kpi_id.clone().unwrap())]
    );
}

#[test]
fn typing_in_the_search_field_filters_the_list_and_says_when_nothing_matches() {
    let (mut alerts, now_ms) = simulated_alerts();
    let mut flood = alerts[0].clone();
    flood.id = "flood-test".into();
    flood.t_ms = now_ms;
    flood.title = LocalizedText::new("Flooding on Nguyen Huu Canh", "Ngập trên Nguyễn Hữu Cảnh");
    flood.body = LocalizedText::new("Water 30 cm deep", "Nước sâu 30 cm");
    flood.kpi_id = Some("EN04".into());
    alerts.insert(0, flood);

    let mut harness = panel_harness(alerts.clone(), now_ms);
    harness.run();
    harness.get_by_label("Search alerts").click();
    harness.run();
    harness.get_by_label("Search alerts").type_text("ngập");
    harness.run();
    assert_eq!(harness.state().filter.search, "ngập");
    assert!(
        harness
            .state()
            .actions
            .contains(&AlertAction::FilterChanged)
    );
    // The simulator's tide alerts warn that streets may flood ("ngập") too: those that say so,
    // in either language, stay; the others go.
    let folded = |alert: &Alert| {
        citydash::view_models::fold_for_search(&format!(
            "{} {} {} {}",
            alert.title.en, alert.title.vi, alert.body.en, alert.body.vi
        ))
    };
    let expected: Vec<&str> = alerts
        .iter()
        .filter(|alert| folded(alert).contains("ngap"))
        .map(|alert| alert.id.as_str())
        .collect();
    let ids: Vec<&str> = harness
        .state()
        .model
        .items
        .iter()
        .map(|item| item.alert_id.as_str())
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(ids[0], "flood-test");
    assert!(ids.len() < alerts.len());
    harness.get_by_label("Flooding on Nguyen Huu Canh");
    let hidden = alerts
        .iter()
        .find(|alert| !folded(alert).contains("ngap"))
        .expect("an alert that does not mention flooding");
    assert!(
        harness.query_by_label(&hidden.title.en).is_none(),
        "other alerts are hidden"
    );

    harness.get_by_label("Search alerts").type_text(" typhoon");
    harness.run();
    let hidden = alerts.len();
    harness.get_by_label(&format!("No alerts match the filter ({hidden} hidden)."));
    harness.get_by_label("Clear alert filter").click();
    harness.run();
    assert_eq!(harness.state().filter, AlertFilter::default());
    assert_eq!(harness.state().model.items.len(), alerts.len());
}

fn alert(id: &str, t_ms: i64, severity: AlertSeverity) -> Alert {
    Alert {
        id: id.into(),
        t_ms,
        severity,
        title: LocalizedText::new(format!("Alert {id}"), format!("Cảnh báo {id}")),
        body: LocalizedText::new("Body", "Nội dung"),
        kpi_id: Some(format!("KPI-{id}")),
        feature: None,
        status: AlertStatus::Active,
    }
}

struct ToastState {
    toasts: Toasts,
    actions: Vec<AlertAction>,
}

fn toast_harness(toasts: Toasts) -> Harness<'static, ToastState> {
    let theme = Theme::new(ThemeChoice::Light);
    Harness::builder()
        .with_context_setup(move |ctx| {
            citydash::fonts::install(ctx);
            theme.apply(ctx);
        })
        .with_size(egui::vec2(800.0, 600.0))
        .build_ui_state(
            move |ui, state: &mut ToastState| {
                if let Some(action) = state.toasts.ui(ui.ctx(), &theme, Lang::En) {
                    state.actions.push(action);
                }
            },
            ToastState {
                toasts,
                actions: Vec::new(),
            },
        )
}

#[test]
fn new_alerts_toast_at_most_three_and_only_critical_ones_stay() {
    let now_ms = 1_795_434_960_000;
    let mut tracker = AlertsTracker::default();
    let backlog = vec![alert("old", now_ms - 60_000, AlertSeverity::Critical)];
    assert!(
        tracker.update(&backlog).is_empty(),
        "the backlog is not toasted"
    );

    let mut read = backlog.clone();
    read.extend([
        alert("a", now_ms - 4_000, AlertSeverity::Info),
        alert("b", now_ms - 3_000, AlertSeverity::Warning),
        alert("c", now_ms - 2_000, AlertSeverity::Critical),
        alert("d", now_ms - 1_000, AlertSeverity::Info),
    ]);
    let mut resolved = alert("resolved", now_ms, AlertSeverity::Critical);
    resolved.status = AlertStatus::Resolved;
    read.push(resolved);
    let new = tracker.update(&read);
    assert_eq!(new.len(), 5);

    let mut toasts = Toasts::default();
    toasts.push(&new, now_ms);
    assert_eq!(
        toasts.alert_ids(),
        ["d", "c", "b", "a"],
        "newest on top, resolved left out"
    );

    let mut harness = toast_harness(toasts);
    harness.run();
    harness.get_by_label("Alert d");
    harness.get_by_label("Alert c");
    harness.get_by_label("Alert b");
    assert!(
        harness.query_by_label("Alert a").is_none(),
        "a fourth waits"
    );
    harness.get_by_label("+1 more");

    // Clicking a toast asks for its KPI and dismisses it; the waiting one shows.
    harness.get_by_label("Alert b").click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [AlertAction::OpenKpi("KPI-b".into())]
    );
    assert!(harness.query_by_label("Alert b").is_none());
    harness.get_by_label("Alert a");

    // Ten seconds later only the critical toast is left (steps of 0.25 s).
    harness.run_steps(40);
    assert_eq!(harness.state().toasts.alert_ids(), ["c"]);
    harness.get_by_label("Alert c");
    // Between frames no immediate repaint is asked for: the critical toast just waits.
    harness.run();

    harness.get_by_label("Dismiss alert").click();
    harness.run();
    assert!(harness.state().toasts.is_empty());
}
