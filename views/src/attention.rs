//! The attention strip: what needs a leader's attention now, shown before everything else on
//! the overview (and on the wall and the first page of a briefing). In this order:
//!
//! 1. active or acknowledged **critical alerts** of the operations center, newest first;
//! 2. **KPIs in alert** (past an alert level, or far from their target: see
//!    [`crate::status`]);
//! 3. **targets missed** by their due date;
//! 4. KPIs whose values went **stale** (not updated as expected), in one item.
//!
//! Each item says what it is about in a sentence and leads to one place: the KPI's chart, or the
//! alert's feature on the map (its KPI, else the alerts panel). The heading counts each kind by
//! its own name, so a count of alerts is never read as a count of KPIs: an operations center
//! may resolve its alert while the KPI stays past its level, and both are shown for what they
//! are.

use offline_cache::model::{Alert, AlertSeverity, AlertStatus, FeatureRef, KpiStatus};

use crate::alerts::{AlertFilter, AlertNames, AlertsModel};
use crate::format::{CityZone, with_unit};
use crate::i18n::{I18n, Lang};
use crate::overview::{KpiCard, OverviewModel};

/// Most items the strip shows; the heading's counts still count them all.
pub const MAX_ITEMS: usize = 8;
/// Most KPI names the stale item lists.
const STALE_NAMES: usize = 3;

/// What kind of attention an item asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttentionKind {
    CriticalAlert,
    KpiAlert,
    TargetMissed,
    Stale,
}

/// Where an item leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttentionAction {
    OpenKpi(String),
    ShowFeature(FeatureRef),
    OpenAlerts,
}

/// One line of the strip.
#[derive(Debug, Clone, PartialEq)]
pub struct AttentionItem {
    pub kind: AttentionKind,
    /// The status its mark and colour come from.
    pub status: KpiStatus,
    /// `Critical alert`, `In alert`, `Target missed`, `Stale`, so colour is not the only cue.
    pub label: String,
    /// `Tide peak at Phu An: 1.72 m, Alert`.
    pub text: String,
    pub action: AttentionAction,
}

/// The strip; the default one is empty (nothing read yet) and is not drawn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttentionModel {
    /// `Needs attention`.
    pub heading: String,
    /// `1 critical alert · 2 KPIs in alert · 1 target missed · 3 KPIs stale`.
    pub counts: String,
    /// At most [`MAX_ITEMS`], most urgent first.
    pub items: Vec<AttentionItem>,
    /// `+4 more` when items were left out.
    pub more: Option<String>,
    /// Said when nothing needs attention.
    pub all_clear: Option<String>,
    pub critical_alerts: usize,
    pub kpis_in_alert: usize,
    pub targets_missed: usize,
    pub stale_kpis: usize,
}

impl AttentionModel {
    /// The strip for the overview's cards and the alerts read, in `lang`.
    pub fn build(
        overview: &OverviewModel,
        alerts: &[Alert],
        names: &AlertNames,
        lang: Lang,
        zone: CityZone,
        now_ms: i64,
    ) -> AttentionModel {
        let i18n = I18n::new(lang);
        let mut items = Vec::new();

        let critical = AlertFilter {
            min_severity: AlertSeverity::Critical,
            unresolved_only: true,
            search: String::new(),
        };
        let critical_alerts = AlertsModel::build(alerts, &critical, names, lang, zone, now_ms);
        for alert in &critical_alerts.items {
            debug_assert!(alert.status != AlertStatus::Resolved);
            let action = match (&alert.feature, &alert.kpi_id) {
                (Some(feature), _) => AttentionAction::ShowFeature(feature.clone()),
                (None, Some(kpi_id)) => AttentionAction::OpenKpi(kpi_id.clone()),
                (None, None) => AttentionAction::OpenAlerts,
            };
            items.push(AttentionItem {
                kind: AttentionKind::CriticalAlert,
                status: KpiStatus::Alert,
                label: i18n.t("attention.critical_alert").to_owned(),
                text: alert.title.clone(),
                action,
            });
        }

        let cards: Vec<&KpiCard> = overview.cards().collect();
        let in_alert: Vec<&&KpiCard> = cards
            .iter()
            .filter(|card| card.status == KpiStatus::Alert)
            .collect();
        let missed: Vec<&&KpiCard> = cards
            .iter()
            .filter(|card| card.status == KpiStatus::Overdue)
            .collect();
        for (kind, group) in [
            (AttentionKind::KpiAlert, &in_alert),
            (AttentionKind::TargetMissed, &missed),
        ] {
            for card in group {
                items.push(AttentionItem {
                    kind,
                    status: card.status,
                    label: card.status_text.clone(),
                    text: kpi_sentence(card, &i18n),
                    action: AttentionAction::OpenKpi(card.kpi_id.clone()),
                });
            }
        }

        let stale: Vec<&&KpiCard> = cards.iter().filter(|card| card.stale).collect();
        if let Some(first) = stale.first() {
            let mut listed: Vec<&str> = stale
                .iter()
                .take(STALE_NAMES)
                .map(|card| card.name.as_str())
                .collect();
            if stale.len() > STALE_NAMES {
                listed.push("…");
            }
            items.push(AttentionItem {
                kind: AttentionKind::Stale,
                status: KpiStatus::Warning,
                label: i18n.t("attention.stale").to_owned(),
                text: i18n.tn(
                    "attention.stale_kpis",
                    stale.len() as u64,
                    &[("names", &listed.join(", "))],
                ),
                action: AttentionAction::OpenKpi(first.kpi_id.clone()),
            });
        }

        let critical_count = critical_alerts.items.len();
        let counts = [
            i18n.tn(
                "attention.count.critical_alerts",
                critical_count as u64,
                &[],
            ),
            i18n.tn("attention.count.kpis_in_alert", in_alert.len() as u64, &[]),
            i18n.tn("attention.count.targets_missed", missed.len() as u64, &[]),
            i18n.tn("attention.count.stale", stale.len() as u64, &[]),
        ]
        .join(" · ");
        let total = items.len();
        items.truncate(MAX_ITEMS);
        let more =
            (total > MAX_ITEMS).then(|| i18n.tn("attention.more", (total - MAX_ITEMS) as u64, &[]));
        let all_clear =
            (total == 0 && !cards.is_empty()).then(|| i18n.t("attention.all_clear").to_owned());
        AttentionModel {
            heading: i18n.t("attention.heading").to_owned(),
            counts,
            items,
            more,
            all_clear,
            critical_alerts: critical_count,
            kpis_in_alert: in_alert.len(),
            targets_missed: missed.len(),
            stale_kpis: stale.len(),
        }
    }

    /// Whether the strip has anything to show (no cards at all: nothing to say yet).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.all_clear.is_none()
    }
}

/// `Tide peak at Phu An: 1.72 m (target 1.5 m by 31/12/2030)`.
fn kpi_sentence(card: &KpiCard, i18n: &I18n) -> String {
    let value = if card.has_value {
        with_unit(&card.value_text, card.unit_text.as_deref())
    } else {
        card.value_text.clone()
    };
    match &card.target_text {
        Some(target) => i18n.tf(
            "attention.kpi_with_target",
            &[("name", &card.name), ("value", &value), ("target", target)],
        ),
        None => i18n.tf("attention.kpi", &[("name", &card.name), ("value", &value)]),
    }
}

#[cfg(test)]
#[path = "attention_tests.rs"]
mod tests;
