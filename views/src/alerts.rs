//! The alerts list as plain data: the cache's recent alerts filtered, newest first, each with its
//! severity in words, its time in city time and its age, and what it concerns (a KPI, a map
//! feature); counts of active alerts for the top bar's badge; and an empty state that says
//! whether there are no alerts at all or only none that pass the filter.
//!
//! [`AlertsTracker`] tells which alerts of a new read were not seen before, so the app can show
//! them as toasts; the first read is taken as already seen, so opening the app does not toast
//! the backlog.

use std::collections::{BTreeMap, HashSet};

use offline_cache::model::{Alert, AlertSeverity, AlertStatus, Catalog, FeatureRef, LocalizedText};
use serde::{Deserialize, Serialize};

use crate::format::{CityZone, format_age};
use crate::i18n::{I18n, Lang};
use crate::search::{fold_for_search, search_matches};

/// The names of what alerts refer to by id: KPIs and map layers, from the catalog. An id the
/// catalog does not know is shown as it is.
#[derive(Debug, Clone, Default)]
pub struct AlertNames {
    kpis: BTreeMap<String, LocalizedText>,
    layers: BTreeMap<String, LocalizedText>,
    /// (layer id, feature id) to the feature's name in the cache, for the features that have one.
    features: BTreeMap<(String, String), String>,
}

impl AlertNames {
    /// The names of the KPIs and layers of `catalog`; feature names are added with
    /// [`AlertNames::name_feature`].
    pub fn from_catalog(catalog: &Catalog) -> AlertNames {
        AlertNames {
            features: BTreeMap::new(),
            kpis: catalog
                .kpis
                .iter()
                .map(|kpi| (kpi.id.clone(), kpi.name.clone()))
                .collect(),
            layers: catalog
                .layers
                .iter()
                .map(|layer| (layer.id.clone(), layer.title.clone()))
                .collect(),
        }
    }

    /// Names the feature `feature_id` of layer `layer_id` (a blank name is no name).
    pub fn name_feature(&mut self, layer_id: &str, feature_id: &str, name: &str) {
        if !name.trim().is_empty() {
            self.features.insert(
                (layer_id.to_owned(), feature_id.to_owned()),
                name.to_owned(),
            );
        }
    }

    /// Whether the feature already has a name here.
    pub fn names_feature(&self, feature: &FeatureRef) -> bool {
        self.feature(feature).is_some()
    }

    fn kpi(&self, kpi_id: &str, lang: Lang) -> String {
        self.kpis.get(kpi_id).map_or_else(
            || kpi_id.to_owned(),
            |name| name.get(lang.code()).to_owned(),
        )
    }

    fn feature(&self, feature: &FeatureRef) -> Option<&str> {
        self.features
            .get(&(feature.layer_id.clone(), feature.feature_id.clone()))
            .map(String::as_str)
    }

    fn layer(&self, layer_id: &str, lang: Lang) -> String {
        self.layers.get(layer_id).map_or_else(
            || layer_id.to_owned(),
            |title| title.get(lang.code()).to_owned(),
        )
    }
}

/// How many alerts the app reads from the cache for the list (newest first).
pub const ALERTS_READ_LIMIT: usize = 200;

/// Which alerts the list shows. The app keeps it between sessions; the default shows all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AlertFilter {
    /// Alerts below this severity are hidden.
    pub min_severity: AlertSeverity,
    /// Hide resolved alerts (active and acknowledged ones stay).
    pub unresolved_only: bool,
    /// Words that must all appear in the title or text, in either language.
    pub search: String,
}

impl Default for AlertFilter {
    fn default() -> Self {
        AlertFilter {
            min_severity: AlertSeverity::Info,
            unresolved_only: false,
            search: String::new(),
        }
    }
}

impl AlertFilter {
    /// Whether the filter hides anything.
    pub fn is_active(&self) -> bool {
        self.min_severity != AlertSeverity::Info
            || self.unresolved_only
            || !self.search.trim().is_empty()
    }

    pub fn clear(&mut self) {
        *self = AlertFilter::default();
    }

    /// Whether `alert` passes; `folded_query` is the search folded by [`fold_for_search`].
    fn passes(&self, alert: &Alert, folded_query: &str) -> bool {
        alert.severity >= self.min_severity
            && (!self.unresolved_only || alert.status != AlertStatus::Resolved)
            && (folded_query.is_empty() || search_matches(folded_query, &search_key(alert)))
    }
}

fn search_key(alert: &Alert) -> String {
    fold_for_search(&format!(
        "{} {} {} {}",
        alert.title.en, alert.title.vi, alert.body.en, alert.body.vi
    ))
}

/// How many alerts there are, for the badge and the heading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlertCounts {
    /// Alerts with status active, by severity, and in all.
    pub active_critical: usize,
    pub active_warning: usize,
    pub active_info: usize,
    pub active_total: usize,
    /// Active or acknowledged.
    pub unresolved_total: usize,
    /// Every alert read.
    pub total: usize,
}

/// One alert as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertItem {
    pub alert_id: String,
    pub t_ms: i64,
    pub severity: AlertSeverity,
    /// `Critical`, `Warning`, `Info`, so colour is not the only cue.
    pub severity_text: String,
    pub status: AlertStatus,
    pub status_text: String,
    pub title: String,
    pub body: String,
    /// `2026-11-23 18:56 (UTC+7) · 5 min ago`.
    pub when_text: String,
    pub kpi_id: Option<String>,
    /// `KPI EN03`.
    pub kpi_text: Option<String>,
    /// The label of the button that opens the KPI.
    pub open_kpi_text: Option<String>,
    pub feature: Option<FeatureRef>,
    /// `Map: tide-gauges / phu-an`.
    pub feature_text: Option<String>,
    /// The label of the button that shows the feature on the map.
    pub show_on_map_text: Option<String>,
}

/// The words of the panel's heading, filter controls and empty state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertTexts {
    pub title: String,
    /// `3 active, 1 critical`.
    pub counts: String,
    /// `Showing 12 of 200`, when the filter hides some.
    pub showing: Option<String>,
    pub min_severity_label: String,
    /// The severity words, lowest first, for the severity choice.
    pub severity_choices: Vec<(AlertSeverity, String)>,
    pub unresolved_only_label: String,
    pub search_label: String,
    pub search_hint: String,
    pub clear_filter: String,
}

/// Everything the alerts panel shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertsModel {
    pub lang: Lang,
    pub built_at_ms: i64,
    /// The alerts that pass the filter, newest first.
    pub items: Vec<AlertItem>,
    /// Counts over every alert read, whatever the filter.
    pub counts: AlertCounts,
    /// `No alerts in the cache.` or `No alerts match the filter (12 hidden).` when `items` is
    /// empty.
    pub empty_text: Option<String>,
    /// Whether the empty state comes from the filter (so a "clear filter" button helps).
    pub filtered_out: bool,
    pub texts: AlertTexts,
}

impl AlertsModel {
    /// The model of `alerts` (in any order) through `filter`, in `lang` with the KPIs and layers
    /// they concern named by `names`, with times in `zone` and ages at `now_ms`.
    pub fn build(
        alerts: &[Alert],
        filter: &AlertFilter,
        names: &AlertNames,
        lang: Lang,
        zone: CityZone,
        now_ms: i64,
    ) -> AlertsModel {
        let i18n = I18n::new(lang);
        let query = fold_for_search(&filter.search);
        let mut passing: Vec<&Alert> = alerts
            .iter()
            .filter(|alert| filter.passes(alert, &query))
            .collect();
        passing.sort_by(|a, b| b.t_ms.cmp(&a.t_ms).then_with(|| a.id.cmp(&b.id)));
        let items: Vec<AlertItem> = passing
            .into_iter()
            .map(|alert| item(alert, names, &i18n, &zone, now_ms))
            .collect();

        let mut counts = AlertCounts {
            total: alerts.len(),
            ..AlertCounts::default()
        };
        for alert in alerts {
            if alert.status != AlertStatus::Resolved {
                counts.unresolved_total += 1;
            }
            if alert.status == AlertStatus::Active {
                counts.active_total += 1;
                match alert.severity {
                    AlertSeverity::Critical => counts.active_critical += 1,
                    AlertSeverity::Warning => counts.active_warning += 1,
                    AlertSeverity::Info => counts.active_info += 1,
                }
            }
        }

        let hidden = alerts.len() - items.len();
        let (empty_text, filtered_out) = if !items.is_empty() {
            (None, false)
        } else if alerts.is_empty() {
            (Some(i18n.t("alerts.empty").to_owned()), false)
        } else {
            let text = i18n.tf("alerts.no_match", &[("count", &hidden.to_string())]);
            (Some(text), true)
        };

        let texts = AlertTexts {
            title: i18n.t("alerts.title").to_owned(),
            counts: i18n.tf(
                "alerts.counts",
                &[
                    ("active", &counts.active_total.to_string()),
                    ("critical", &counts.active_critical.to_string()),
                ],
            ),
            showing: (hidden > 0 && !items.is_empty()).then(|| {
                i18n.tf(
                    "alerts.showing",
                    &[
                        ("shown", &items.len().to_string()),
                        ("total", &alerts.len().to_string()),
                    ],
                )
            }),
            min_severity_label: i18n.t("alerts.filter.min_severity").to_owned(),
            severity_choices: [
                AlertSeverity::Info,
                AlertSeverity::Warning,
                AlertSeverity::Critical,
            ]
            .into_iter()
            .map(|severity| (severity, severity_text(severity, &i18n)))
            .collect(),
            unresolved_only_label: i18n.t("alerts.filter.unresolved_only").to_owned(),
            search_label: i18n.t("alerts.filter.search").to_owned(),
            search_hint: i18n.t("alerts.filter.search_hint").to_owned(),
            clear_filter: i18n.t("alerts.filter.clear").to_owned(),
        };

        AlertsModel {
            lang,
            built_at_ms: now_ms,
            items,
            counts,
            empty_text,
            filtered_out,
            texts,
        }
    }
}

/// The word of a severity.
pub fn severity_text(severity: AlertSeverity, i18n: &I18n) -> String {
    i18n.t(&format!("alerts.severity.{}", severity.key()))
        .to_owned()
}

fn item(alert: &Alert, names: &AlertNames, i18n: &I18n, zone: &CityZone, now_ms: i64) -> AlertItem {
    let lang = i18n.lang().code();
    let age_secs = (now_ms.saturating_sub(alert.t_ms) / 1_000).max(0);
    let kpi_id = alert
        .kpi_id
        .as_ref()
        .map(|kpi_id| kpi_id.trim().to_owned())
        .filter(|kpi_id| !kpi_id.is_empty());
    let feature = alert
        .feature
        .clone()
        .filter(|feature| !feature.layer_id.is_empty() && !feature.feature_id.is_empty());
    AlertItem {
        alert_id: alert.id.clone(),
        t_ms: alert.t_ms,
        severity: alert.severity,
        severity_text: severity_text(alert.severity, i18n),
        status: alert.status,
        status_text: i18n
            .t(&format!("alerts.status.{}", alert.status.key()))
            .to_owned(),
        title: alert.title.get(lang).to_owned(),
        body: crate::format::clip_text(alert.body.get(lang), crate::format::LONG_TEXT_MAX_CHARS)
            .into_owned(),
        when_text: i18n.tf(
            "alerts.when",
            &[
                ("time", &zone.format(alert.t_ms, i18n)),
                ("age", &format_age(age_secs, i18n)),
            ],
        ),
        kpi_text: kpi_id.as_ref().map(|kpi_id| {
            i18n.tf(
                "alerts.kpi",
                &[("kpi", &names.kpi(kpi_id, i18n.lang())), ("id", kpi_id)],
            )
        }),
        open_kpi_text: kpi_id.as_ref().map(|kpi_id| {
            i18n.tf(
                "alerts.open_kpi",
                &[("kpi", &names.kpi(kpi_id, i18n.lang()))],
            )
        }),
        kpi_id,
        feature_text: feature.as_ref().map(|feature| {
            i18n.tf(
                "alerts.feature",
                &[
                    ("layer", &names.layer(&feature.layer_id, i18n.lang())),
                    (
                        "feature",
                        names.feature(feature).unwrap_or(&feature.feature_id),
                    ),
                ],
            )
        }),
        show_on_map_text: feature
            .as_ref()
            .map(|feature| match names.feature(feature) {
                Some(name) => i18n.tf("alerts.show_feature_on_map", &[("feature", name)]),
                None => i18n.tf(
                    "alerts.show_on_map",
                    &[("layer", &names.layer(&feature.layer_id, i18n.lang()))],
                ),
            }),
        feature,
    }
}

/// Remembers which alerts were seen, to tell the new ones of each read.
#[derive(Debug, Clone, Default)]
pub struct AlertsTracker {
    /// The ids of the last read; `None` before the first.
    seen: Option<HashSet<String>>,
}

impl AlertsTracker {
    /// The alerts of `alerts` (a fresh read) not seen in the reads before, newest first. The
    /// first read returns none. An alert whose status changed keeps its id and is not new.
    ///
    /// Memory stays bounded by the read: only the ids of the last read are kept (an alert that
    /// fell off the end of a bounded read never comes back to its front).
    pub fn update(&mut self, alerts: &[Alert]) -> Vec<Alert> {
        let current: HashSet<String> = alerts.iter().map(|alert| alert.id.clone()).collect();
        let mut new: Vec<Alert> = match &self.seen {
            None => Vec::new(),
            Some(seen) => alerts
                .iter()
                .filter(|alert| !seen.contains(&alert.id))
                .cloned()
                .collect(),
        };
        new.sort_by(|a, b| b.t_ms.cmp(&a.t_ms).then_with(|| a.id.cmp(&b.id)));
        // An empty read (a cache being replaced, say) forgets nothing, so the next full read does
        // not toast everything again.
        if self.seen.is_none() || !current.is_empty() {
            self.seen = Some(current);
        }
        new
    }

    /// Whether a first read has been taken.
    pub fn is_primed(&self) -> bool {
        self.seen.is_some()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use offline_cache::model::LocalizedText;

    use super::*;

    /// 2026-11-23 18:56 in Ho Chi Minh City.
    const NOW_MS: i64 = 1_795_434_960_000;

    fn alert(id: &str, minutes_ago: i64, severity: AlertSeverity, status: AlertStatus) -> Alert {
        Alert {
            id: id.into(),
            t_ms: NOW_MS - minutes_ago * 60_000,
            severity,
            title: LocalizedText::new(format!("Alert {id}"), format!("Cảnh báo {id}")),
            body: LocalizedText::new("Something happened", "Có sự cố"),
            kpi_id: None,
            feature: None,
            status,
        }
    }

    fn alerts() -> Vec<Alert> {
        use AlertSeverity::{Critical, Info, Warning};
        use AlertStatus::{Acknowledged, Active, Resolved};
        let mut flood = alert("flood", 5, Critical, Active);
        flood.title =
            LocalizedText::new("Flooding on Nguyen Huu Canh", "Ngập trên Nguyễn Hữu Cảnh");
        flood.body = LocalizedText::new(
            "Water 30 cm deep after heavy rain",
            "Nước ngập sâu 30 cm sau mưa lớn",
        );
        flood.kpi_id = Some("EN04".into());
        flood.feature = Some(FeatureRef {
            layer_id: "flood-points".into(),
            feature_id: "nguyen-huu-canh".into(),
        });
        vec![
            alert("old-info", 600, Info, Resolved),
            flood,
            alert("tide", 30, Warning, Acknowledged),
            alert("air", 90, Warning, Active),
            alert("metro", 1, Info, Active),
        ]
    }

    fn ids(model: &AlertsModel) -> Vec<&str> {
        model
            .items
            .iter()
            .map(|item| item.alert_id.as_str())
            .collect()
    }

    fn build(filter: &AlertFilter, lang: Lang) -> AlertsModel {
        AlertsModel::build(
            &alerts(),
            filter,
            &AlertNames::default(),
            lang,
            CityZone::fallback(),
            NOW_MS,
        )
    }

    #[test]
    fn newest_first_with_words_times_and_targets() {
        let model = build(&AlertFilter::default(), Lang::En);
        assert_eq!(ids(&model), ["metro", "flood", "tide", "air", "old-info"]);
        let flood = &model.items[1];
        assert_eq!(flood.title, "Flooding on Nguyen Huu Canh");
        assert_eq!(flood.severity_text, "Critical");
        assert_eq!(flood.status_text, "Active");
        assert_eq!(flood.when_text, "2026-11-23 18:51 (UTC+7) · 5 min ago");
        assert_eq!(flood.kpi_text.as_deref(), Some("KPI EN04 (EN04)"));
        assert_eq!(
            flood.feature_text.as_deref(),
            Some("Map: flood-points / nguyen-huu-canh")
        );
        assert_eq!(model.empty_text, None);
        assert_eq!(model.texts.showing, None);

        let vi = build(&AlertFilter::default(), Lang::Vi);
        let flood = &vi.items[1];
        assert_eq!(flood.title, "Ngập trên Nguyễn Hữu Cảnh");
        assert_eq!(flood.severity_text, "Nghiêm trọng");
        assert_eq!(flood.when_text, "18:51 23/11/2026 (UTC+7) · 5 phút trước");
    }

    #[test]
    fn counts_cover_every_alert_whatever_the_filter() {
        let filter = AlertFilter {
            search: "nothing like this".into(),
            ..AlertFilter::default()
        };
        let model = build(&filter, Lang::En);
        assert_eq!(
            model.counts,
            AlertCounts {
                active_critical: 1,
                active_warning: 1,
                active_info: 1,
                active_total: 3,
                unresolved_total: 4,
                total: 5,
            }
        );
        assert_eq!(model.texts.counts, "3 active, 1 critical");
    }

    #[test]
    fn severity_and_status_filters() {
        let warning_up = AlertFilter {
            min_severity: AlertSeverity::Warning,
            ..AlertFilter::default()
        };
        assert!(warning_up.is_active());
        let model = build(&warning_up, Lang::En);
        assert_eq!(ids(&model), ["flood", "tide", "air"]);
        assert_eq!(model.texts.showing.as_deref(), Some("Showing 3 of 5"));

        let unresolved = AlertFilter {
            unresolved_only: true,
            ..AlertFilter::default()
        };
        assert_eq!(
            ids(&build(&unresolved, Lang::En)),
            ["metro", "flood", "tide", "air"]
        );
        assert!(!AlertFilter::default().is_active());
    }

    #[test]
    fn search_folds_case_and_diacritics_in_both_languages() {
        for query in ["ngap", "NGẬP", "nguyen huu", "flooding", "30 cm"] {
            let filter = AlertFilter {
                search: query.into(),
                ..AlertFilter::default()
            };
            assert_eq!(ids(&build(&filter, Lang::En)), ["flood"], "query {query:?}");
        }
        // Typed in decomposed form (e + combining marks).
        let filter = AlertFilter {
            search: "nga\u{323}\u{302}p".into(),
            ..AlertFilter::default()
        };
        assert_eq!(ids(&build(&filter, Lang::Vi)), ["flood"]);
    }

    #[test]
    fn empty_states_say_why() {
        let none = AlertsModel::build(
            &[],
            &AlertFilter::default(),
            &AlertNames::default(),
            Lang::En,
            CityZone::fallback(),
            NOW_MS,
        );
        assert_eq!(none.empty_text.as_deref(), Some("No alerts in the cache."));
        assert!(!none.filtered_out);

        let filter = AlertFilter {
            search: "typhoon".into(),
            ..AlertFilter::default()
        };
        let hidden = build(&filter, Lang::En);
        assert_eq!(
            hidden.empty_text.as_deref(),
            Some("No alerts match the filter (5 hidden).")
        );
        assert!(hidden.filtered_out);
        let vi = build(&filter, Lang::Vi);
        assert_eq!(
            vi.empty_text.as_deref(),
            Some("Không có cảnh báo nào khớp với bộ lọc (ẩn 5).")
        );
    }

    #[test]
    fn the_tracker_is_silent_on_the_first_read_and_reports_only_new_ids() {
        let mut tracker = AlertsTracker::default();
        let mut alerts = alerts();
        assert!(tracker.update(&alerts).is_empty());
        assert!(tracker.is_primed());
        assert!(tracker.update(&alerts).is_empty());

        // A status change is not a new alert; two new ones come newest first.
        alerts[1].status = AlertStatus::Resolved;
        alerts.push(alert(
            "new-1",
            0,
            AlertSeverity::Warning,
            AlertStatus::Active,
        ));
        alerts.push(alert("new-2", -1, AlertSeverity::Info, AlertStatus::Active));
        let new: Vec<String> = tracker.update(&alerts).into_iter().map(|a| a.id).collect();
        assert_eq!(new, ["new-2", "new-1"]);
        assert!(tracker.update(&alerts).is_empty());

        // An empty read forgets nothing.
        assert!(tracker.update(&[]).is_empty());
        assert!(tracker.update(&alerts).is_empty());
    }

    #[test]
    fn the_filter_persists_and_defaults_to_everything() {
        let filter = AlertFilter {
            min_severity: AlertSeverity::Critical,
            unresolved_only: true,
            search: "ngập".into(),
        };
        let json = serde_json::to_string(&filter).unwrap();
        assert_eq!(serde_json::from_str::<AlertFilter>(&json).unwrap(), filter);
        assert_eq!(
            serde_json::from_str::<AlertFilter>("{}").unwrap(),
            AlertFilter::default()
        );
    }
}
