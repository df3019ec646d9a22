//! Alerts derived from the simulated series crossing their alert levels: high tides at Phu An,
//! unhealthy air, heavy rain, street flooding and camera outages. They are found by scanning the
//! served series as the clock advances (incrementally; history is scanned once) and served as a
//! changes feed: an alert sits at the time of its latest status change (raised, acknowledged
//! 15 minutes later, resolved), so a client reading after its cursor sees every change once.
//! Each alert but a camera outage points at the feature of the seed's map layers that best
//! explains it (see [`texts`]).

use offline_cache::model::{Alert, AlertStatus, AlertsPage, FeatureRef};

mod kind;
mod texts;

use crate::calendar::{CITY_UTC_OFFSET_MS, DAY_MS, HOUR_MS, MINUTE_MS};
use crate::data::SimData;
use crate::weather::{TIDE_PERIOD_MS, Weather};
use kind::{AlertKind, CROSSING_KINDS};
use texts::Described;

/// An alert is acknowledged this long after it is raised (if still open).
const ACKNOWLEDGE_AFTER_MS: i64 = 15 * MINUTE_MS;
/// A high tide floods the river banks for about this long after its peak.
const TIDE_ALERT_MS: i64 = 3 * HOUR_MS;
/// Tide level 3 at Phu An.
const TIDE_ALERT_M: f64 = 1.60;

/// The alert's words and the feature it points at, among those the layers serve at `t_ms`.
fn describe(kind: AlertKind, value: f64, seed: u64, weather: &Weather, t_ms: i64) -> Described {
    texts::describe(kind, value, texts::locate(kind, seed, weather, t_ms))
}

/// One alert as found in the series; its status follows from the time it is looked at.
#[derive(Debug, Clone, PartialEq)]
struct AlertRecord {
    alert: Alert,
    raised_ms: i64,
    resolved_ms: Option<i64>,
}

impl AlertRecord {
    fn new(kpi_id: &str, t_ms: i64, described: Described) -> Self {
        let mut body = described.body;
        body.en.push_str(" (Simulated demo data.)");
        body.vi.push_str(" (Dữ liệu mô phỏng.)");
        Self {
            alert: Alert {
                id: format!("{kpi_id}-{t_ms}"),
                t_ms,
                severity: described.severity,
                title: described.title,
                body,
                kpi_id: Some(kpi_id.to_owned()),
                feature: described.feature.map(|feature| FeatureRef {
                    layer_id: feature.layer.as_str().to_owned(),
                    feature_id: feature.feature_id,
                }),
                status: AlertStatus::Active,
            },
            raised_ms: t_ms,
            resolved_ms: None,
        }
    }

    /// Status changes of this alert, in time order: (time, status).
    fn transitions(&self) -> impl Iterator<Item = (i64, AlertStatus)> + '_ {
        let acknowledged_ms = self.raised_ms + ACKNOWLEDGE_AFTER_MS;
        let acknowledged = match self.resolved_ms {
            Some(resolved_ms) if resolved_ms <= acknowledged_ms => None,
            _ => Some((acknowledged_ms, AlertStatus::Acknowledged)),
        };
        [
            Some((self.raised_ms, AlertStatus::Active)),
            acknowledged,
            self.resolved_ms.map(|t| (t, AlertStatus::Resolved)),
        ]
        .into_iter()
        .flatten()
    }

    /// The latest change at or before `now_ms` (the alert's place in the feed) and its status.
    fn state_at(&self, now_ms: i64) -> (i64, AlertStatus) {
        self.transitions()
            .take_while(|(t_ms, _)| *t_ms <= now_ms)
            .last()
            .unwrap_or((self.raised_ms, AlertStatus::Active))
    }

    fn with_status(&self, status: AlertStatus) -> Alert {
        Alert {
            status,
            ..self.alert.clone()
        }
    }
}

/// A position in the alerts feed: after the change at `change_ms` of alert `id`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AlertCursor {
    change_ms: i64,
    id: String,
}

impl AlertCursor {
    /// The start of the feed: every alert comes after it.
    pub fn start() -> AlertCursor {
        AlertCursor {
            change_ms: i64::MIN,
            id: String::new(),
        }
    }

    /// Parses a cursor string; the empty string is the start of the feed.
    pub fn parse(text: &str) -> Option<AlertCursor> {
        if text.is_empty() {
            return Some(AlertCursor {
                change_ms: i64::MIN,
                id: String::new(),
            });
        }
        let (change_ms, id) = text.split_once(':')?;
        Some(AlertCursor {
            change_ms: change_ms.parse().ok()?,
            id: id.to_owned(),
        })
    }

    pub fn encode(&self) -> String {
        if self.change_ms == i64::MIN {
            String::new()
        } else {
            format!("{}:{}", self.change_ms, self.id)
        }
    }
}

/// Alerts found so far, and the scan's progress.
#[derive(Debug, Clone)]
pub struct AlertLog {
    /// The simulator's seed, whose city's features alerts point at.
    seed: u64,
    records: Vec<AlertRecord>,
    /// Observations up to and including this time have been scanned.
    scanned_to_ms: Option<i64>,
    /// Per crossing kind: the index of its open record.
    open: [Option<usize>; CROSSING_KINDS.len()],
}

impl AlertLog {
    /// An empty log for the simulator of `seed`.
    pub fn new(seed: u64) -> AlertLog {
        AlertLog {
            seed,
            records: Vec::new(),
            scanned_to_ms: None,
            open: Default::default(),
        }
    }

    /// Scans the series up to `now_ms` (from `history_start_ms` the first time).
    pub fn advance(&mut self, data: &SimData, history_start_ms: i64, now_ms: i64) {
        let from_ms = match self.scanned_to_ms {
            Some(scanned_ms) if scanned_ms >= now_ms => return,
            Some(scanned_ms) => scanned_ms + 1,
            None => history_start_ms,
        };
        let known = self.records.len();
        self.scan_tide(data, from_ms, now_ms);
        for (slot, kind) in CROSSING_KINDS.into_iter().enumerate() {
            self.scan_crossings(data, kind, slot, from_ms, now_ms);
        }
        self.scanned_to_ms = Some(now_ms);
        if self.records.len() > known {
            // Keep the log in raise order; open alerts are found again by id after the sort.
            let open_ids: Vec<Option<String>> = self
                .open
                .iter()
                .map(|open| open.map(|i| self.records[i].alert.id.clone()))
                .collect();
            self.records
                .sort_by(|a, b| (a.raised_ms, &a.alert.id).cmp(&(b.raised_ms, &b.alert.id)));
            for (slot, id) in open_ids.into_iter().enumerate() {
                self.open[slot] = id.and_then(|id| {
                    self.records
                        .iter()
                        .rposition(|record| record.alert.id == id)
                });
            }
        }
    }

    fn scan_tide(&mut self, data: &SimData, from_ms: i64, to_ms: i64) {
        let weather = data.weather();
        let Some(kpi) = data.kpi("EN03") else { return };
        // Each high tide shows from the first observation at or after its peak.
        let mut cycle = weather.tide_cycle(from_ms) - 1;
        loop {
            let peak = weather.tide_peak(cycle);
            let shown_ms = kpi.grid.ceil(peak.t_ms);
            if shown_ms > to_ms {
                break;
            }
            if shown_ms >= from_ms && peak.height_m > TIDE_ALERT_M {
                let gauge = texts::locate_tide(self.seed, weather, shown_ms);
                let described = texts::describe_tide(peak.height_m, gauge);
                let mut record = AlertRecord::new("EN03", shown_ms, described);
                record.resolved_ms = Some(shown_ms + TIDE_ALERT_MS.min(TIDE_PERIOD_MS));
                self.records.push(record);
            }
            cycle += 1;
        }
    }

    fn scan_crossings(
        &mut self,
        data: &SimData,
        kind: AlertKind,
        slot: usize,
        from_ms: i64,
        to_ms: i64,
    ) {
        let Some(kpi) = data.kpi(kind.kpi_id()) else {
            return;
        };
        let mut t_ms = kpi.grid.ceil(from_ms);
        while t_ms <= to_ms {
            let city_day = (t_ms + CITY_UTC_OFFSET_MS).div_euclid(DAY_MS);
            if self.open[slot].is_none() && kind.quiet_day(data.weather(), city_day) {
                t_ms = kpi.grid.ceil((city_day + 1) * DAY_MS - CITY_UTC_OFFSET_MS);
                continue;
            }
            if let Some(observation) = data.observation(kpi, t_ms) {
                match self.open[slot] {
                    None if kind.raises(observation.value) => {
                        let described =
                            describe(kind, observation.value, self.seed, data.weather(), t_ms);
                        self.records
                            .push(AlertRecord::new(kind.kpi_id(), t_ms, described));
                        self.open[slot] = Some(self.records.len() - 1);
                    }
                    Some(i) if kind.clears(observation.value) => {
                        self.records[i].resolved_ms = Some(t_ms);
                        self.open[slot] = None;
                    }
                    _ => {}
                }
            }
            t_ms = kpi.grid.next(t_ms);
        }
    }

    /// The feed at `now_ms`: alerts raised since `history_start_ms`, after `cursor`, up to
    /// `limit` of them.
    pub fn page(
        &self,
        history_start_ms: i64,
        now_ms: i64,
        cursor: &AlertCursor,
        limit: usize,
    ) -> AlertsPage {
        let mut entries: Vec<(AlertCursor, AlertStatus, &AlertRecord)> = self
            .records
            .iter()
            .filter(|record| record.raised_ms >= history_start_ms && record.raised_ms <= now_ms)
            .map(|record| {
                let (change_ms, status) = record.state_at(now_ms);
                (
                    AlertCursor {
                        change_ms,
                        id: record.alert.id.clone(),
                    },
                    status,
                    record,
                )
            })
            .filter(|(position, _, _)| position > cursor)
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let has_more = entries.len() > limit;
        entries.truncate(limit);
        let next_cursor = entries
            .last()
            .map_or_else(|| cursor.encode(), |(position, _, _)| position.encode());
        AlertsPage {
            alerts: entries
                .iter()
                .map(|(_, status, record)| record.with_status(*status))
                .collect(),
            next_cursor,
            has_more,
        }
    }

    /// Status changes in `(after_ms, to_ms]`, oldest first, each as the alert at that change.
    pub fn changes(&self, after_ms: i64, to_ms: i64) -> Vec<(i64, Alert)> {
        let mut changes: Vec<(i64, Alert)> = self
            .records
            .iter()
            .flat_map(|record| {
                record
                    .transitions()
                    .filter(|(t_ms, _)| *t_ms > after_ms && *t_ms <= to_ms)
                    .map(|(t_ms, status)| (t_ms, record.with_status(status)))
                    .collect::<Vec<_>>()
            })
            .collect();
        changes.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
        changes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::city_midnight_ms;

    fn log_over(data: &SimData, seed: u64, from_ms: i64, to_ms: i64, steps: i64) -> AlertLog {
        let mut log = AlertLog::new(seed);
        for step in 1..=steps {
            log.advance(data, from_ms, from_ms + (to_ms - from_ms) * step / steps);
        }
        log
    }

    #[test]
    fn a_few_alerts_a_day_of_every_kind() {
        let data = SimData::new(42, 400);
        let from_ms = city_midnight_ms(2025, 9, 1);
        let to_ms = from_ms + 90 * DAY_MS;
        let log = log_over(&data, 42, from_ms, to_ms, 1);
        let per_day = log.records.len() as f64 / 90.0;
        assert!((0.5..6.0).contains(&per_day), "{per_day} alerts a day");
        for kpi_id in ["EN03", "EN05", "EN04"] {
            assert!(
                log.records
                    .iter()
                    .any(|r| r.alert.kpi_id.as_deref() == Some(kpi_id)),
                "no {kpi_id} alert in a rainy autumn"
            );
        }
        for record in &log.records {
            let kpi = data.kpi(record.alert.kpi_id.as_deref().unwrap()).unwrap();
            let value = data.observation(kpi, record.raised_ms).unwrap().value;
            let level = kpi.spec.levels[1].unwrap();
            let crossed = if kpi.spec.id == "PS03" {
                value < level
            } else {
                value >= level
            };
            assert!(crossed, "{} raised at {value}", record.alert.id);
            assert!(!record.alert.title.vi.is_ascii());
        }
    }

    #[test]
    fn scanning_in_steps_finds_what_one_scan_finds() {
        let data = SimData::new(7, 400);
        let from_ms = city_midnight_ms(2025, 6, 1);
        let to_ms = from_ms + 30 * DAY_MS;
        let whole = log_over(&data, 7, from_ms, to_ms, 1);
        let stepped = log_over(&data, 7, from_ms, to_ms, 97);
        assert_eq!(whole.records, stepped.records);
    }

    #[test]
    fn the_feed_pages_through_every_change_once() {
        let data = SimData::new(42, 400);
        let from_ms = city_midnight_ms(2025, 9, 1);
        let now_ms = from_ms + 20 * DAY_MS;
        let log = log_over(&data, 42, from_ms, now_ms, 1);
        let all = log.page(
            from_ms,
            now_ms,
            &AlertCursor::parse("").unwrap(),
            usize::MAX,
        );
        assert!(!all.has_more);
        let mut cursor = AlertCursor::parse("").unwrap();
        let mut paged = Vec::new();
        loop {
            let page = log.page(from_ms, now_ms, &cursor, 3);
            paged.extend(page.alerts.clone());
            cursor = AlertCursor::parse(&page.next_cursor).unwrap();
            if !page.has_more {
                break;
            }
        }
        assert_eq!(paged, all.alerts);
        assert!(
            all.alerts
                .iter()
                .filter(|a| a.status == AlertStatus::Resolved)
                .count()
                > all.alerts.len() / 2
        );
        // Nothing new after the last cursor until the clock moves.
        assert!(log.page(from_ms, now_ms, &cursor, 10).alerts.is_empty());
    }

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let cursor = AlertCursor::parse("1700000000000:EN03-1700000000000").unwrap();
        assert_eq!(AlertCursor::parse(&cursor.encode()), Some(cursor));
        assert!(AlertCursor::parse("yesterday").is_none());
        assert_eq!(AlertCursor::parse("").unwrap().encode(), "");
    }
}
