//! The simulated data set: for each KPI its observation grid, its generator and its noise, and
//! the queries the routes need (a window of a series, the latest value). Nothing is stored:
//! any observation is computed on demand from (seed, KPI id, time).

use std::collections::HashMap;

use offline_cache::model::{Frequency, LatestValue, LatestValues, Observation, Quality};

use crate::calendar::{DAY_MS, Grid};
use crate::kpi_table::{KPI_TABLE, KpiSpec};
use crate::noise::Noise;
use crate::signals::{Signal, SignalContext, raw_value, round_to};
use crate::weather::Weather;

const CH_GAP: u64 = 200;
const CH_QUALITY: u64 = 201;
/// About one live or five-minute sensor reading in a thousand is missing.
const GAP_CHANCE: f64 = 0.001;

/// One KPI's generator.
#[derive(Debug, Clone, Copy)]
pub struct KpiModel {
    pub spec: &'static KpiSpec,
    pub signal: Signal,
    pub grid: Grid,
    noise: Noise,
    /// Sensors (live and five-minute KPIs) occasionally miss a reading.
    has_gaps: bool,
}

/// All KPIs of one seed.
#[derive(Debug, Clone)]
pub struct SimData {
    history_days: i64,
    weather: Weather,
    kpis: Vec<KpiModel>,
    by_id: HashMap<&'static str, usize>,
}

impl SimData {
    pub fn new(seed: u64, history_days: i64) -> Self {
        let kpis: Vec<KpiModel> = KPI_TABLE
            .iter()
            .filter_map(|spec| {
                Some(KpiModel {
                    spec,
                    signal: Signal::for_kpi(spec.id)?,
                    grid: Grid::for_frequency(spec.frequency),
                    noise: Noise::new(seed, spec.id),
                    has_gaps: matches!(spec.frequency, Frequency::Live | Frequency::FiveMinutes),
                })
            })
            .collect();
        let by_id = kpis
            .iter()
            .enumerate()
            .map(|(i, kpi)| (kpi.spec.id, i))
            .collect();
        Self {
            history_days: history_days.max(0),
            weather: Weather::new(seed),
            kpis,
            by_id,
        }
    }

    pub fn kpis(&self) -> &[KpiModel] {
        &self.kpis
    }

    pub fn kpi(&self, kpi_id: &str) -> Option<&KpiModel> {
        self.by_id.get(kpi_id).map(|i| &self.kpis[*i])
    }

    pub fn weather(&self) -> &Weather {
        &self.weather
    }

    /// The earliest observation time served for `kpi` at `now_ms`: the grid time at or before
    /// `now - history_days`, or further back for a low-frequency KPI, which keeps a dozen of
    /// its points (an annual KPI its last twelve years), as a city's statistics office does.
    pub fn history_start_ms(&self, kpi: &KpiModel, now_ms: i64) -> i64 {
        let window_start = now_ms - self.history_days * DAY_MS;
        let points_start = now_ms.saturating_sub(kpi.spec.frequency.min_history_ms());
        kpi.grid.floor(window_start.min(points_start))
    }

    /// The value of `kpi` at `t_ms`, rounded as served (`t_ms` should be on its grid).
    pub fn value(&self, kpi: &KpiModel, t_ms: i64) -> f64 {
        let ctx = SignalContext {
            noise: kpi.noise,
            weather: &self.weather,
        };
        round_to(raw_value(kpi.signal, ctx, t_ms), kpi.spec.decimals)
    }

    /// The observation at grid time `t_ms`, or `None` where the sensor missed it.
    pub fn observation(&self, kpi: &KpiModel, t_ms: i64) -> Option<Observation> {
        if kpi.has_gaps && kpi.noise.unit(CH_GAP, t_ms) < GAP_CHANCE {
            return None;
        }
        Some(Observation {
            t_ms,
            value: self.value(kpi, t_ms),
        })
    }

    /// How much to trust the observation at `t_ms`: a few are estimated.
    pub fn quality(&self, kpi: &KpiModel, t_ms: i64) -> Quality {
        if kpi.noise.unit(CH_QUALITY, t_ms) < 0.02 {
            Quality::Estimated
        } else {
            Quality::Good
        }
    }

    /// The window `[from_ms, to_ms]` a request for `kpi` gets at `now_ms`: `to` no later than
    /// now, `from` no earlier than the start of history.
    pub fn clamp_window(
        &self,
        kpi: &KpiModel,
        from_ms: i64,
        to_ms: i64,
        now_ms: i64,
    ) -> (i64, i64) {
        (
            from_ms.max(self.history_start_ms(kpi, now_ms)),
            to_ms.min(now_ms),
        )
    }

    /// Up to `limit` observations in `[from_ms, to_ms]`, oldest first, and whether more follow.
    pub fn window(
        &self,
        kpi: &KpiModel,
        from_ms: i64,
        to_ms: i64,
        limit: usize,
    ) -> (Vec<Observation>, bool) {
        let mut points = Vec::with_capacity(self.estimated_count(kpi, from_ms, to_ms).min(limit));
        if from_ms > to_ms {
            return (points, false);
        }
        let mut t_ms = kpi.grid.ceil(from_ms);
        while t_ms <= to_ms {
            if let Some(observation) = self.observation(kpi, t_ms) {
                if points.len() == limit {
                    return (points, true);
                }
                points.push(observation);
            }
            t_ms = kpi.grid.next(t_ms);
        }
        (points, false)
    }

    /// A rough count of grid times in a window, for preallocation.
    fn estimated_count(&self, kpi: &KpiModel, from_ms: i64, to_ms: i64) -> usize {
        let interval_ms = kpi.spec.frequency.interval_secs() * 1_000;
        usize::try_from((to_ms.saturating_sub(from_ms)) / interval_ms + 1).unwrap_or(0)
    }

    /// The newest observation at or before `t_ms`, skipping missed readings.
    pub fn observation_at_or_before(&self, kpi: &KpiModel, t_ms: i64) -> Option<Observation> {
        let mut grid_ms = kpi.grid.floor(t_ms);
        // Missed readings are rare and never long; a handful of steps always finds one.
        for _ in 0..16 {
            if let Some(observation) = self.observation(kpi, grid_ms) {
                return Some(observation);
            }
            grid_ms = kpi.grid.prev(grid_ms);
        }
        None
    }

    /// The latest value of `kpi` at `now_ms`, with the observation before it.
    pub fn latest(&self, kpi: &KpiModel, now_ms: i64) -> Option<LatestValue> {
        let last = self.observation_at_or_before(kpi, now_ms)?;
        let previous = self.observation_at_or_before(kpi, kpi.grid.prev(last.t_ms));
        Some(LatestValue {
            kpi_id: kpi.spec.id.to_owned(),
            t_ms: last.t_ms,
            value: last.value,
            quality: self.quality(kpi, last.t_ms),
            previous,
        })
    }

    /// Latest values of every KPI in catalog order.
    pub fn latest_values(&self, now_ms: i64) -> LatestValues {
        LatestValues {
            server_time_ms: now_ms,
            values: self
                .kpis
                .iter()
                .filter_map(|kpi| self.latest(kpi, now_ms))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{HOUR_MS, MINUTE_MS, city_midnight_ms};

    fn values(data: &SimData, kpi_id: &str, from_ms: i64, to_ms: i64) -> Vec<Observation> {
        let kpi = data.kpi(kpi_id).unwrap();
        data.window(kpi, from_ms, to_ms, usize::MAX).0
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let from = city_midnight_ms(2026, 7, 1);
        let to = from + 2 * DAY_MS;
        let a = SimData::new(42, 400);
        let b = SimData::new(42, 400);
        let c = SimData::new(43, 400);
        for kpi in a.kpis() {
            let id = kpi.spec.id;
            assert_eq!(values(&a, id, from, to), values(&b, id, from, to), "{id}");
        }
        assert_ne!(values(&a, "MO06", from, to), values(&c, "MO06", from, to));
        assert_ne!(values(&a, "EN03", from, to), values(&c, "EN03", from, to));
    }

    #[test]
    fn windows_are_on_the_grid_and_inclusive() {
        let data = SimData::new(1, 400);
        let from = city_midnight_ms(2026, 7, 1);
        let five = values(&data, "MO06", from, from + HOUR_MS);
        assert!(five.len() >= 12 && five.len() <= 13, "{}", five.len());
        assert_eq!(five[0].t_ms, from);
        assert!(five.iter().all(|o| o.t_ms % (5 * MINUTE_MS) == 0));
        let daily = values(&data, "DE03", from, from + 3 * DAY_MS);
        assert_eq!(daily.len(), 4);
        let kpi = data.kpi("MO06").unwrap();
        let (page, more) = data.window(kpi, from, from + HOUR_MS, 5);
        assert_eq!(page.len(), 5);
        assert!(more);
    }

    #[test]
    fn every_kpi_stays_in_its_typical_range() {
        let data = SimData::new(42, 400);
        let ranges: &[(&str, f64, f64)] = &[
            ("EN03", 1.36, 1.72),
            ("EN05", 0.0, 116.0),
            ("EN04", 0.0, 15.0),
            ("EN01", 10.0, 250.0),
            ("MO06", 0.0, 80.0),
            ("MO02", 97.0, 100.0),
            ("PS03", 80.0, 99.5),
            ("PS02", 8.0, 35.0),
            ("CS01", 1_500.0, 3_800.0),
            ("DE03", 95.0, 98.0),
        ];
        let from = city_midnight_ms(2025, 11, 1);
        let to = from + 60 * DAY_MS;
        for (id, min, max) in ranges {
            for o in values(&data, id, from, to) {
                assert!(
                    (*min..=*max).contains(&o.value),
                    "{id} = {} at {}",
                    o.value,
                    o.t_ms
                );
            }
        }
    }

    #[test]
    fn latest_is_the_newest_observation_with_the_one_before() {
        let data = SimData::new(42, 3);
        let now = city_midnight_ms(2026, 7, 1) + 3 * HOUR_MS + 7 * MINUTE_MS;
        let latest = data.latest_values(now);
        assert_eq!(latest.values.len(), 36);
        for value in &latest.values {
            let kpi = data.kpi(&value.kpi_id).unwrap();
            assert!(value.t_ms <= now);
            let (from, to) = data.clamp_window(kpi, i64::MIN, i64::MAX, now);
            let series = data.window(kpi, from, to, usize::MAX).0;
            assert_eq!(
                series.last().map(|o| o.t_ms),
                Some(value.t_ms),
                "{}",
                value.kpi_id
            );
            assert!(value.previous.is_some_and(|p| p.t_ms < value.t_ms));
        }
    }
}
