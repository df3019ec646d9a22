//! KPI definitions and the status a value earns against its direction, thresholds and target.

use serde::{Deserialize, Serialize};

use super::LocalizedText;

/// The policy area a KPI belongs to; the overview groups cards by it, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    DigitalGovernment,
    DigitalEconomy,
    Payments,
    Mobility,
    Environment,
    Safety,
    Utilities,
    CitizenServices,
    Security,
    Telecom,
}

impl Domain {
    pub const ALL: [Domain; 10] = [
        Domain::DigitalGovernment,
        Domain::DigitalEconomy,
        Domain::Payments,
        Domain::Mobility,
        Domain::Environment,
        Domain::Safety,
        Domain::Utilities,
        Domain::CitizenServices,
        Domain::Security,
        Domain::Telecom,
    ];

    /// The snake_case key used on the wire and in translation catalogs (`domain.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Domain::DigitalGovernment => "digital_government",
            Domain::DigitalEconomy => "digital_economy",
            Domain::Payments => "payments",
            Domain::Mobility => "mobility",
            Domain::Environment => "environment",
            Domain::Safety => "safety",
            Domain::Utilities => "utilities",
            Domain::CitizenServices => "citizen_services",
            Domain::Security => "security",
            Domain::Telecom => "telecom",
        }
    }

    pub fn from_key(key: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|domain| domain.key() == key)
    }
}

/// How often a KPI is expected to update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Frequency {
    #[serde(rename = "live")]
    Live,
    #[serde(rename = "5m")]
    FiveMinutes,
    #[serde(rename = "H")]
    Hourly,
    #[serde(rename = "D")]
    Daily,
    #[serde(rename = "M")]
    Monthly,
    #[serde(rename = "Q")]
    Quarterly,
    #[serde(rename = "A")]
    Annual,
}

impl Frequency {
    /// The nominal interval between observations, in seconds (months of 30 days, years of 365).
    pub fn interval_secs(self) -> i64 {
        match self {
            Frequency::Live => 60,
            Frequency::FiveMinutes => 300,
            Frequency::Hourly => 3_600,
            Frequency::Daily => 86_400,
            Frequency::Monthly => 30 * 86_400,
            Frequency::Quarterly => 91 * 86_400,
            Frequency::Annual => 365 * 86_400,
        }
    }

    /// How far back a cache keeps this KPI's series at the least, whatever its history
    /// window: the span of [`MIN_HISTORY_POINTS`] of its intervals (an annual KPI's twelve years,
    /// so its chart and its "previous value" are there to see).
    pub fn min_history_ms(self) -> i64 {
        MIN_HISTORY_POINTS
            .saturating_mul(self.interval_secs())
            .saturating_mul(1_000)
    }

    pub fn key(self) -> &'static str {
        match self {
            Frequency::Live => "live",
            Frequency::FiveMinutes => "5m",
            Frequency::Hourly => "H",
            Frequency::Daily => "D",
            Frequency::Monthly => "M",
            Frequency::Quarterly => "Q",
            Frequency::Annual => "A",
        }
    }
}

/// The fewest intervals of a KPI's history a cache keeps (see [`Frequency::min_history_ms`]).
pub const MIN_HISTORY_POINTS: i64 = 12;

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better.
    Up,
    /// Lower is better.
    Down,
    /// Within a band is normal; too high or too low is not.
    Band,
}

/// A goal the city has set, with the date it is due (ISO `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
}

/// Levels at which a value needs attention. For `up` KPIs a value below a level crosses it, for
/// `down` KPIs a value above it; `band` KPIs use the `_low` levels below and the plain ones above.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_low: Option<f64>,
}

/// The colour-coded state of a value. The rules that give it are the views' (one set for every
/// face: `citydash_views::status`); the core only names the states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KpiStatus {
    /// Meets its target or sits inside its thresholds.
    Good,
    /// No value, or no threshold or target to judge it by.
    Neutral,
    Warning,
    /// The target was not met by its due date.
    Overdue,
    Alert,
}

/// One KPI as the catalog defines it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KpiDef {
    /// Stable id such as `EN03`.
    pub id: String,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub domain: Domain,
    pub unit: String,
    pub frequency: Frequency,
    /// Expected seconds between updates; a value older than twice this is stale.
    pub interval_secs: i64,
    pub direction: Direction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Where the number comes from.
    pub source: LocalizedText,
}

impl KpiDef {
    /// A KPI with no description, target, thresholds or source, updated at `frequency`'s
    /// nominal interval; set the optional parts on the result.
    pub fn new(
        id: impl Into<String>,
        name: LocalizedText,
        domain: Domain,
        unit: impl Into<String>,
        frequency: Frequency,
        direction: Direction,
    ) -> KpiDef {
        KpiDef {
            id: id.into(),
            name,
            description: LocalizedText::default(),
            domain,
            unit: unit.into(),
            frequency,
            interval_secs: frequency.interval_secs(),
            direction,
            target: None,
            thresholds: Thresholds::default(),
            source: LocalizedText::default(),
        }
    }

    /// The age in seconds beyond which a value of this KPI is stale.
    pub fn stale_after_secs(&self) -> i64 {
        self.interval_secs.saturating_mul(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_keys_round_trip() {
        for domain in Domain::ALL {
            assert_eq!(Domain::from_key(domain.key()), Some(domain));
        }
    }
}
