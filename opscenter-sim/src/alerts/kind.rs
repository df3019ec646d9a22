//! The kinds of alert the simulator raises, the series each watches, and when each opens and
//! clears.

use crate::weather::Weather;

/// The kinds of alert and the series each watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AlertKind {
    Air,
    Rain,
    Flood,
    Cameras,
    Congestion,
}

pub(super) const CROSSING_KINDS: [AlertKind; 5] = [
    AlertKind::Air,
    AlertKind::Rain,
    AlertKind::Flood,
    AlertKind::Cameras,
    AlertKind::Congestion,
];

impl AlertKind {
    pub(super) fn kpi_id(self) -> &'static str {
        match self {
            AlertKind::Air => "EN01",
            AlertKind::Rain => "EN05",
            AlertKind::Flood => "EN04",
            AlertKind::Cameras => "PS03",
            AlertKind::Congestion => "MO06",
        }
    }

    /// The value crosses the KPI's alert level: open an alert.
    pub(super) fn raises(self, value: f64) -> bool {
        match self {
            AlertKind::Air => value > 150.0,
            AlertKind::Rain => value >= 60.0,
            AlertKind::Flood => value >= 10.0,
            AlertKind::Cameras => value < 90.0,
            AlertKind::Congestion => value >= 58.0,
        }
    }

    /// The value is back to normal (with some hysteresis): resolve the open alert.
    pub(super) fn clears(self, value: f64) -> bool {
        match self {
            AlertKind::Air => value <= 140.0,
            AlertKind::Rain => value < 5.0,
            AlertKind::Flood => value <= 3.0,
            AlertKind::Cameras => value >= 92.0,
            AlertKind::Congestion => value <= 40.0,
        }
    }

    /// A day on which this kind cannot fire (no storm, no outage), so the scan may skip it.
    pub(super) fn quiet_day(self, weather: &Weather, day_index: i64) -> bool {
        match self {
            AlertKind::Air | AlertKind::Congestion => false,
            AlertKind::Rain | AlertKind::Flood => weather.storm(day_index).is_none(),
            AlertKind::Cameras => weather.camera_outage(day_index).is_none(),
        }
    }
}
