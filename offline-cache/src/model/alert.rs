//! Alerts raised by the operations center, and the cursor-paged list they come in.

use serde::{Deserialize, Serialize};

use super::LocalizedText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertSeverity {
    Info,
    Warning,
    Critical,
}

impl AlertSeverity {
    pub fn key(self) -> &'static str {
        match self {
            AlertSeverity::Info => "info",
            AlertSeverity::Warning => "warning",
            AlertSeverity::Critical => "critical",
        }
    }

    pub fn from_key(key: &str) -> Option<AlertSeverity> {
        match key {
            "info" => Some(AlertSeverity::Info),
            "warning" => Some(AlertSeverity::Warning),
            "critical" => Some(AlertSeverity::Critical),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertStatus {
    Active,
    Acknowledged,
    Resolved,
}

impl AlertStatus {
    pub fn key(self) -> &'static str {
        match self {
            AlertStatus::Active => "active",
            AlertStatus::Acknowledged => "acknowledged",
            AlertStatus::Resolved => "resolved",
        }
    }

    pub fn from_key(key: &str) -> Option<AlertStatus> {
        match key {
            "active" => Some(AlertStatus::Active),
            "acknowledged" => Some(AlertStatus::Acknowledged),
            "resolved" => Some(AlertStatus::Resolved),
            _ => None,
        }
    }
}

/// A feature of a map layer an alert is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeatureRef {
    pub layer_id: String,
    pub feature_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    /// Stable id; the same alert keeps it when its status changes.
    pub id: String,
    pub t_ms: i64,
    pub severity: AlertSeverity,
    pub title: LocalizedText,
    pub body: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<FeatureRef>,
    pub status: AlertStatus,
}

/// `GET /api/v1/alerts?since=<cursor>`: alerts after the cursor, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertsPage {
    pub alerts: Vec<Alert>,
    /// Pass as `since` to get what comes after this page.
    pub next_cursor: String,
    /// True when more alerts wait after `next_cursor` right now.
    pub has_more: bool,
}
