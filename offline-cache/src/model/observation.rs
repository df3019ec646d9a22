//! Observations: the latest value of each KPI and windows of its series.

use serde::{Deserialize, Serialize};

/// One measurement. On the wire it is a compact `[t_ms, value]` pair, since series pages carry
/// tens of thousands of them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(from = "(i64, f64)", into = "(i64, f64)")]
pub struct Observation {
    /// Measurement time, UTC milliseconds.
    pub t_ms: i64,
    pub value: f64,
}

impl From<(i64, f64)> for Observation {
    fn from((t_ms, value): (i64, f64)) -> Self {
        Self { t_ms, value }
    }
}

impl From<Observation> for (i64, f64) {
    fn from(observation: Observation) -> Self {
        (observation.t_ms, observation.value)
    }
}

/// How much to trust a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    #[default]
    Good,
    /// Filled in or modelled, not measured.
    Estimated,
    /// Measured but flagged by the source as doubtful.
    Suspect,
}

impl Quality {
    pub fn key(self) -> &'static str {
        match self {
            Quality::Good => "good",
            Quality::Estimated => "estimated",
            Quality::Suspect => "suspect",
        }
    }

    pub fn from_key(key: &str) -> Quality {
        match key {
            "estimated" => Quality::Estimated,
            "suspect" => Quality::Suspect,
            _ => Quality::Good,
        }
    }
}

/// The latest value of one KPI, with the one before it so a change can be shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LatestValue {
    pub kpi_id: String,
    pub t_ms: i64,
    pub value: f64,
    #[serde(default)]
    pub quality: Quality,
    /// The previous observation (the previous period for slow KPIs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Observation>,
}

/// `GET /api/v1/kpis/latest`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LatestValues {
    pub server_time_ms: i64,
    pub values: Vec<LatestValue>,
}

/// `GET /api/v1/kpis/{id}/series`: one page of a window, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeriesPage {
    pub kpi_id: String,
    /// The window asked for, after the server clamped it (inclusive bounds).
    pub from_ms: i64,
    pub to_ms: i64,
    pub points: Vec<Observation>,
    /// The URL (absolute, or a path on the same server) of the next page, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn observation_is_a_pair_on_the_wire() {
        let json = serde_json::to_string(&Observation {
            t_ms: 1_700_000_000_000,
            value: 1.5,
        })
        .unwrap();
        assert_eq!(json, "[1700000000000,1.5]");
        let back: Observation = serde_json::from_str(&json).unwrap();
        assert_eq!(back.t_ms, 1_700_000_000_000);
        assert!(serde_json::from_str::<Observation>(r#"[1, "high"]"#).is_err());
    }
}
