//! The overview query: every KPI with its latest value, freshness and recent history
//! (a sparkline), and the health of the last syncs. This is what the dashboard's overview and
//! `citydash status` show.

use serde::Serialize;

use super::sparkline::Sparkline;
use crate::model::{CityInfo, Freshness, KpiDef, LatestValue, LocalizedText};

/// One KPI as the overview shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverviewKpi {
    pub def: KpiDef,
    /// `None` when the cache has no value yet for this KPI.
    pub latest: Option<LatestValue>,
    /// Age and staleness of `latest` at the moment the overview was read.
    pub freshness: Option<Freshness>,
    /// The recent history up to `latest`; empty when there is no value yet.
    pub sparkline: Sparkline,
}

/// An error the last attempt to sync one resource ran into; the data from before it is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResourceError {
    pub resource: super::Resource,
    /// What happened, in English with its details (a URL, a record's id).
    pub message: String,
    /// Its kind, when it was the server's or the network's doing, for a face to say in its
    /// language; `None` for other failures and for errors stored before reasons were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::FailureReason>,
    pub at_ms: i64,
}

/// What the cache knows about its syncs with the operations center.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncHealth {
    /// The server of the last sync attempt, whether it answered or not.
    pub server: Option<String>,
    /// The server that answered the last successful sync (not always [`Self::server`]: a
    /// later attempt may have gone to another address that never answered).
    pub last_success_server: Option<String>,
    /// The end of the last sync that reached the server and stored everything it asked for.
    pub last_success_ms: Option<i64>,
    /// The end of the last sync attempt, successful or not.
    pub last_attempt_ms: Option<i64>,
    /// Whether the server answered during the last attempt.
    pub reachable: Option<bool>,
    /// While the last run could not reach the server: when the first of the unreachable runs
    /// since the last successful one started, that is since when the cache is offline.
    pub offline_since_ms: Option<i64>,
    /// Resources whose last sync failed, sorted by resource.
    pub errors: Vec<ResourceError>,
    /// How far the server's clock was from this computer's at the last sync (its minus ours,
    /// milliseconds); `None` before a server answered with its time.
    pub server_clock_offset_ms: Option<i64>,
}

impl SyncHealth {
    /// Now on the server's clock, as far as the last sync could tell: what ages are counted
    /// from, so that a computer whose clock is wrong still says how old the data is.
    pub fn server_now_ms(&self, local_now_ms: i64) -> i64 {
        local_now_ms.saturating_add(self.server_clock_offset_ms.unwrap_or(0))
    }
}

/// Everything the overview needs, read in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Overview {
    /// `None` until the first catalog has been synced.
    pub city: Option<CityInfo>,
    pub simulated: bool,
    pub data_notice: Option<LocalizedText>,
    /// In catalog order (which groups them by domain).
    pub kpis: Vec<OverviewKpi>,
    pub sync: SyncHealth,
}

impl Overview {
    /// The KPI `kpi_id` with its latest value, if the catalog has it.
    pub fn kpi(&self, kpi_id: &str) -> Option<&OverviewKpi> {
        self.kpis.iter().find(|kpi| kpi.def.id == kpi_id)
    }
}
