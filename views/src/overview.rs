//! The overview screen as plain data: KPI cards grouped by domain, the offline banner, the
//! per-resource sync errors and the data notice, every text already translated and formatted.
//!
//! Built from [`offline_cache::store::Overview`] (one read of the cache), a [`Lang`] and the
//! current time, so a language switch or the once-a-minute refresh of ages rebuilds it without
//! touching SQLite. No egui types here; the panels only draw what this says.
//!
//! Each card carries its sparkline already scaled to a unit square ([`SparklineModel`]) and a
//! folded search key, so [`OverviewFilter`] picks cards by domain and by words typed in either
//! language (case and diacritics ignored: `tiep nhan` finds `tiếp nhận`) with no query.

use offline_cache::model::{Domain, Freshness, KpiStatus, LocalizedText, Quality};
use offline_cache::store::{Overview, OverviewKpi};
use serde::{Deserialize, Serialize};

use crate::change::change;
pub use crate::change::{ChangeDirection, ChangeModel};
use crate::format::{CityZone, format_age, format_date, format_value, unit_text, with_unit};
use crate::i18n::{I18n, Lang};
use crate::search::{fold_for_search, search_matches};
use crate::sparkline::{SparklineModel, sparkline_model};
use crate::status::{kpi_status, severity};

/// Why there is no overview to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheProblem {
    /// The cache file does not exist yet (nothing synced so far).
    NoCache,
    /// The cache was written by an older build and is being upgraded in the background.
    Upgrading,
    /// Opening or reading the cache failed; the message says why and what to do, in both
    /// languages (the problem is found off the frame, before the reader's language is known).
    Failed { message: LocalizedText },
}

impl CacheProblem {
    pub fn from_error(error: &offline_cache::Error) -> CacheProblem {
        match error {
            offline_cache::Error::NoCache { .. } => CacheProblem::NoCache,
            offline_cache::Error::OlderSchema { .. } => CacheProblem::Upgrading,
            other => CacheProblem::Failed {
                message: crate::failure::error_in_both_languages(other),
            },
        }
    }
}

/// One KPI card.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiCard {
    pub kpi_id: String,
    pub name: String,
    pub description: String,
    /// `1.52`, `52,345`; the "no value yet" text when there is none.
    pub value_text: String,
    pub has_value: bool,
    pub unit_text: Option<String>,
    pub change: Option<ChangeModel>,
    /// `Target 25 % by 2025-12-31`.
    pub target_text: Option<String>,
    pub status: KpiStatus,
    pub status_text: String,
    /// `5 min ago` or `stale: 3 d`.
    pub freshness_text: Option<String>,
    pub stale: bool,
    /// The "Stale" mark, when stale.
    pub stale_text: Option<String>,
    pub quality: Quality,
    /// `Estimated` or `Suspect`; `None` for good values.
    pub quality_text: Option<String>,
    /// Lines for the hover: description, time measured, expected interval, recent range, source.
    pub details: Vec<String>,
    pub domain: Domain,
    /// The recent history, scaled; `None` when there is nothing to draw.
    pub sparkline: Option<SparklineModel>,
    /// The KPI's id and its names in every language, folded by [`fold_for_search`].
    pub search_key: String,
}

/// The words of the filter controls and of the "nothing matches" state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterTexts {
    pub domain_label: String,
    pub all_domains: String,
    pub search_label: String,
    pub search_hint: String,
    pub no_match: String,
    pub clear: String,
}

impl FilterTexts {
    fn new(i18n: &I18n) -> FilterTexts {
        FilterTexts {
            domain_label: i18n.t("overview.filter.domain").to_owned(),
            all_domains: i18n.t("overview.filter.all_domains").to_owned(),
            search_label: i18n.t("overview.filter.search").to_owned(),
            search_hint: i18n.t("overview.filter.search_hint").to_owned(),
            no_match: i18n.t("overview.filter.no_match").to_owned(),
            clear: i18n.t("overview.filter.clear").to_owned(),
        }
    }
}

/// Which cards the overview shows: one domain or all, and words to look for. The app keeps it
/// between sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OverviewFilter {
    /// `None` shows every domain.
    pub domain: Option<Domain>,
    /// Words that must all appear in the KPI's id or name, in either language.
    pub search: String,
}

impl OverviewFilter {
    /// Whether the filter hides anything.
    pub fn is_active(&self) -> bool {
        self.domain.is_some() || !self.search.trim().is_empty()
    }

    pub fn clear(&mut self) {
        *self = OverviewFilter::default();
    }

    /// Whether `card` passes the filter.
    pub fn matches(&self, card: &KpiCard) -> bool {
        self.domain.is_none_or(|domain| domain == card.domain)
            && search_matches(&fold_for_search(&self.search), &card.search_key)
    }
}

/// The cards of one domain that pass a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct FilteredGroup<'a> {
    pub group: &'a DomainGroup,
    pub cards: Vec<&'a KpiCard>,
}

/// The cards of one domain, under its heading.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainGroup {
    pub domain: Domain,
    pub title: String,
    pub cards: Vec<KpiCard>,
}

/// A line telling where the data comes from, e.g. that it is simulated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataNotice {
    pub text: String,
    /// The notice in a word or two, for a narrow window ("Simulated").
    pub short_text: String,
    /// The server's own notice, shown on hover when it adds to `text`.
    pub detail: Option<String>,
}

/// Everything the overview screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewModel {
    pub lang: Lang,
    pub built_at_ms: i64,
    /// The city's name, or a generic title before the first catalog.
    pub title: String,
    pub notice: Option<DataNotice>,
    /// The offline banner, when the last sync could not reach the operations center.
    pub offline_banner: Option<String>,
    /// Said above the last good data when the cache can no longer be read (deleted, damaged):
    /// the data stays on screen, and this says why it does not change.
    pub cache_banner: Option<String>,
    /// `Resources that failed to sync: 3; …`, when any did.
    pub errors_heading: Option<String>,
    /// `resource: message`, sorted by resource.
    pub errors: Vec<String>,
    /// Shown instead of the cards when there are none: no cache, no data, or why it failed.
    pub empty_text: Option<String>,
    pub groups: Vec<DomainGroup>,
    pub filter_texts: FilterTexts,
}

impl OverviewModel {
    /// The model of `overview` in `lang`, with ages at `now_ms`.
    pub fn build(overview: &Overview, lang: Lang, now_ms: i64) -> OverviewModel {
        let i18n = I18n::new(lang);
        let zone = CityZone::of(Some(overview));

        let title = overview
            .city
            .as_ref()
            .map(|city| city.name.get(lang.code()).to_owned())
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| i18n.t("app.city_unknown").to_owned());

        let groups: Vec<DomainGroup> = Domain::ALL
            .into_iter()
            .filter_map(|domain| {
                let mut cards: Vec<KpiCard> = overview
                    .kpis
                    .iter()
                    .filter(|kpi| kpi.def.domain == domain)
                    .map(|kpi| card(kpi, &i18n, &zone, now_ms))
                    .collect();
                // What needs attention first; the catalog's order otherwise.
                cards.sort_by_key(|card| std::cmp::Reverse(severity(card.status)));
                (!cards.is_empty()).then(|| DomainGroup {
                    domain,
                    title: domain_title(domain, &i18n),
                    cards,
                })
            })
            .collect();

        let sync = &overview.sync;
        let offline = sync.reachable == Some(false);
        let offline_banner = offline.then(|| match (sync.last_success_ms, sync.offline_since_ms) {
            (Some(t_ms), Some(since_ms)) => i18n.tf(
                "banner.offline_since",
                &[
                    ("since", &zone.format(since_ms, &i18n)),
                    ("time", &zone.format(t_ms, &i18n)),
                ],
            ),
            (Some(t_ms), None) => i18n.tf("banner.offline", &[("time", &zone.format(t_ms, &i18n))]),
            (None, _) => i18n.t("banner.offline_never").to_owned(),
        });
        // Offline, every resource failed for the one reason the banner gives; listing them
        // would say "N resources failed" of a server that is simply down.
        let errors_heading = (!offline && !sync.errors.is_empty()).then(|| {
            i18n.tf(
                "banner.errors",
                &[("count", &sync.errors.len().to_string())],
            )
        });
        // The same reason: offline, no resource is listed.
        let mut errors: Vec<_> = if offline {
            Vec::new()
        } else {
            sync.errors.iter().collect()
        };
        errors.sort_by(|a, b| a.resource.cmp(&b.resource));
        let errors = errors
            .into_iter()
            .map(|error| {
                i18n.tf(
                    "banner.error_line",
                    &[
                        ("resource", &error.resource.to_string()),
                        (
                            "message",
                            &crate::failure::resource_error_text(error, &i18n),
                        ),
                    ],
                )
            })
            .collect();

        let empty_text = groups
            .is_empty()
            .then(|| i18n.t("overview.no_data").to_owned());

        OverviewModel {
            lang,
            built_at_ms: now_ms,
            title,
            notice: data_notice(overview, &i18n),
            offline_banner,
            cache_banner: None,
            errors_heading,
            errors,
            empty_text,
            groups,
            filter_texts: FilterTexts::new(&i18n),
        }
    }

    /// The model when there is no overview: no cache yet, or the cache could not be read.
    pub fn unavailable(problem: &CacheProblem, lang: Lang, now_ms: i64) -> OverviewModel {
        let i18n = I18n::new(lang);
        let empty_text = match problem {
            CacheProblem::NoCache => i18n.t("overview.no_cache").to_owned(),
            CacheProblem::Upgrading => i18n.t("overview.upgrading").to_owned(),
            CacheProblem::Failed { message } => i18n.tf(
                "overview.cache_error",
                &[("error", message.get(i18n.lang().code()))],
            ),
        };
        OverviewModel {
            lang,
            built_at_ms: now_ms,
            title: i18n.t("app.city_unknown").to_owned(),
            notice: None,
            offline_banner: None,
            cache_banner: None,
            errors_heading: None,
            errors: Vec::new(),
            empty_text: Some(empty_text),
            groups: Vec::new(),
            filter_texts: FilterTexts::new(&i18n),
        }
    }

    /// This model, with a banner saying the cache cannot be read now (the last good read stays).
    pub fn with_cache_problem(mut self, problem: &CacheProblem) -> OverviewModel {
        let i18n = I18n::new(self.lang);
        self.cache_banner = Some(match problem {
            CacheProblem::NoCache => i18n.t("banner.cache_gone").to_owned(),
            CacheProblem::Upgrading => i18n.t("overview.upgrading").to_owned(),
            CacheProblem::Failed { message } => i18n.tf(
                "banner.cache_failed",
                &[("error", message.get(self.lang.code()))],
            ),
        });
        self
    }

    /// The groups with only the cards that pass `filter`, without the groups left empty.
    pub fn filtered(&self, filter: &OverviewFilter) -> Vec<FilteredGroup<'_>> {
        let query = fold_for_search(&filter.search);
        self.groups
            .iter()
            .filter(|group| filter.domain.is_none_or(|domain| domain == group.domain))
            .filter_map(|group| {
                let cards: Vec<&KpiCard> = group
                    .cards
                    .iter()
                    .filter(|card| search_matches(&query, &card.search_key))
                    .collect();
                (!cards.is_empty()).then_some(FilteredGroup { group, cards })
            })
            .collect()
    }

    /// Every card, in display order.
    pub fn cards(&self) -> impl Iterator<Item = &KpiCard> {
        self.groups.iter().flat_map(|group| group.cards.iter())
    }

    pub fn card(&self, kpi_id: &str) -> Option<&KpiCard> {
        self.cards().find(|card| card.kpi_id == kpi_id)
    }
}

/// The word for a status, in the language of `i18n`.
pub fn status_text(status: KpiStatus, i18n: &I18n) -> String {
    let key = match status {
        KpiStatus::Good => "kpi_status.good",
        KpiStatus::Neutral => "kpi_status.neutral",
        KpiStatus::Warning => "kpi_status.warning",
        KpiStatus::Overdue => "kpi_status.overdue",
        KpiStatus::Alert => "kpi_status.alert",
    };
    i18n.t(key).to_owned()
}

/// The translated name of a domain.
pub fn domain_title(domain: Domain, i18n: &I18n) -> String {
    let key = format!("domain.{}", domain.key());
    i18n.get(&key).unwrap_or(domain.key()).to_owned()
}

fn data_notice(overview: &Overview, i18n: &I18n) -> Option<DataNotice> {
    let server_notice = overview
        .data_notice
        .as_ref()
        .map(|notice| notice.get(i18n.lang().code()).trim().to_owned())
        .filter(|text| !text.is_empty());
    if overview.simulated {
        let text = i18n.t("notice.simulated").to_owned();
        let detail = server_notice.filter(|notice| *notice != text);
        Some(DataNotice {
            text,
            short_text: i18n.t("notice.simulated_short").to_owned(),
            detail,
        })
    } else {
        server_notice.map(|text| DataNotice {
            short_text: text.clone(),
            text,
            detail: None,
        })
    }
}

fn card(kpi: &OverviewKpi, i18n: &I18n, zone: &CityZone, now_ms: i64) -> KpiCard {
    let def = &kpi.def;
    let lang = i18n.lang().code();
    let unit = unit_text(&def.unit, i18n);
    let latest = kpi
        .latest
        .as_ref()
        .filter(|latest| latest.value.is_finite());

    let status = latest.map_or(KpiStatus::Neutral, |latest| {
        kpi_status(def, latest.value, now_ms)
    });

    let target_text = def.target.as_ref().map(|target| {
        let value = with_unit(&format_value(target.value, i18n), unit.as_deref());
        match target.due.as_deref().filter(|due| !due.is_empty()) {
            Some(due) => i18n.tf(
                "card.target",
                &[("value", &value), ("due", &format_date(due, i18n))],
            ),
            None => i18n.tf("card.target_open", &[("value", &value)]),
        }
    });

    // Ages are recomputed at `now_ms` rather than taken from the read, so the minute refresh
    // needs no query.
    let freshness = latest.map(|latest| Freshness::at(latest.t_ms, now_ms, def.interval_secs));
    let stale = freshness.is_some_and(|freshness| freshness.stale);
    let freshness_text = freshness.map(|freshness| {
        let age = format_age(freshness.age_secs, i18n);
        let key = if freshness.stale {
            "freshness.stale"
        } else {
            "freshness.ago"
        };
        i18n.tf(key, &[("age", &age)])
    });

    let quality = latest.map(|latest| latest.quality).unwrap_or_default();
    let quality_text = match quality {
        Quality::Good => None,
        Quality::Estimated => Some(i18n.t("quality.estimated").to_owned()),
        Quality::Suspect => Some(i18n.t("quality.suspect").to_owned()),
    };

    let mut details = Vec::new();
    let description = crate::format::clip_text(
        def.description.get(lang).trim(),
        crate::format::LONG_TEXT_MAX_CHARS,
    )
    .into_owned();
    if !description.is_empty() {
        details.push(description.clone());
    }
    if let Some(latest) = latest {
        details.push(i18n.tf(
            "card.measured_at",
            &[("time", &zone.format(latest.t_ms, i18n))],
        ));
    }
    details.push(i18n.tf(
        "card.expected_every",
        &[("interval", &format_age(def.interval_secs, i18n))],
    ));
    let sparkline = sparkline_model(&kpi.sparkline, def, i18n);
    if let Some(sparkline) = &sparkline {
        details.push(sparkline.summary.clone());
    }
    let source = def.source.get(i18n.lang().code()).trim();
    if !source.is_empty() {
        details.push(i18n.tf("card.source", &[("source", source)]));
    }

    KpiCard {
        kpi_id: def.id.clone(),
        name: def.name.get(lang).to_owned(),
        description,
        value_text: latest
            .map(|latest| format_value(latest.value, i18n))
            .unwrap_or_else(|| i18n.t("card.no_value").to_owned()),
        has_value: latest.is_some(),
        unit_text: unit.clone(),
        change: latest.and_then(|latest| {
            let previous = latest
                .previous
                .as_ref()
                .filter(|previous| previous.value.is_finite())?;
            Some(change(latest, previous, def, i18n, zone))
        }),
        target_text,
        status,
        status_text: status_text(status, i18n),
        freshness_text,
        stale,
        stale_text: stale.then(|| i18n.t("card.stale_mark").to_owned()),
        quality,
        quality_text,
        details,
        domain: def.domain,
        sparkline,
        search_key: fold_for_search(&format!("{} {} {}", def.id, def.name.en, def.name.vi)),
    }
}

#[cfg(test)]
#[path = "overview_tests.rs"]
pub(crate) mod tests;
