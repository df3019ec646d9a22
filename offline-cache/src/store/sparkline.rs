//! Sparklines for the overview's cards: each KPI's recent history, read with one bounded query
//! and reduced inside SQLite to at most [`SPARKLINE_MAX_POINTS`] points.
//!
//! How far back a sparkline reaches depends on how often the KPI updates ([`SparklineSpan`]): a
//! day for minute and five-minute KPIs, a week for hourly ones, 30 days for daily ones, and the
//! last [`SPARKLINE_RECENT_COUNT`] observations for monthly, quarterly and annual ones. The window
//! ends at the KPI's latest value, so a stale KPI still shows the history it has.
//!
//! Windows are split into [`SPARKLINE_COLUMNS`] equal time buckets and only the lowest and the
//! highest observation of each is kept (so spikes survive), as [`super::downsample_min_max`]
//! does, but while the rows stream in, so no window is held in memory.

use std::path::Path;

use rusqlite::{Connection, params};
use serde::Serialize;

use super::open::sqlite_error;
use crate::error::Result;
use crate::model::{Frequency, Observation};

/// How many time buckets a sparkline window is split into.
pub const SPARKLINE_COLUMNS: usize = 32;
/// The most points a sparkline holds: the lowest and highest of each bucket.
pub const SPARKLINE_MAX_POINTS: usize = 2 * SPARKLINE_COLUMNS;
/// How many observations a sparkline of a monthly or slower KPI shows.
pub const SPARKLINE_RECENT_COUNT: usize = 24;

use crate::model::units::DAY_MS;

/// How far back a sparkline reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SparklineSpan {
    /// The observations of the last `duration_ms` before the latest value.
    Window { duration_ms: i64 },
    /// The last `count` observations, however far apart.
    LastObservations { count: usize },
}

impl SparklineSpan {
    pub fn for_frequency(frequency: Frequency) -> SparklineSpan {
        match frequency {
            Frequency::Live | Frequency::FiveMinutes => SparklineSpan::Window {
                duration_ms: DAY_MS,
            },
            Frequency::Hourly => SparklineSpan::Window {
                duration_ms: 7 * DAY_MS,
            },
            Frequency::Daily => SparklineSpan::Window {
                duration_ms: 30 * DAY_MS,
            },
            Frequency::Monthly | Frequency::Quarterly | Frequency::Annual => {
                SparklineSpan::LastObservations {
                    count: SPARKLINE_RECENT_COUNT,
                }
            }
        }
    }
}

/// A KPI's recent history, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Sparkline {
    /// The window the points were read from (inclusive); the x axis of the drawing.
    pub from_ms: i64,
    pub to_ms: i64,
    /// At most [`SPARKLINE_MAX_POINTS`], in time order; empty when there is no history.
    pub points: Vec<Observation>,
}

/// The sparkline of `kpi_id` ending at `end_ms` (its latest value's time).
pub(crate) fn read_sparkline(
    connection: &Connection,
    path: &Path,
    kpi_id: &str,
    frequency: Frequency,
    end_ms: i64,
) -> Result<Sparkline> {
    match SparklineSpan::for_frequency(frequency) {
        SparklineSpan::Window { duration_ms } => {
            let from_ms = end_ms.saturating_sub(duration_ms);
            read_window(connection, path, kpi_id, from_ms, end_ms)
        }
        SparklineSpan::LastObservations { count } => {
            read_last(connection, path, kpi_id, end_ms, count)
        }
    }
}

fn read_last(
    connection: &Connection,
    path: &Path,
    kpi_id: &str,
    end_ms: i64,
    count: usize,
) -> Result<Sparkline> {
    let mut statement = connection
        .prepare_cached(
            "SELECT t_ms, value FROM observation
             WHERE kpi_id = ?1 AND t_ms <= ?2 ORDER BY t_ms DESC LIMIT ?3",
        )
        .map_err(sqlite_error(path))?;
    let mut points = statement
        .query_map(params![kpi_id, end_ms, count as i64], |row| {
            Ok(Observation {
                t_ms: row.get(0)?,
                value: row.get(1)?,
            })
        })
        .map_err(sqlite_error(path))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(sqlite_error(path))?;
    points.reverse();
    points.retain(|point| point.value.is_finite());
    Ok(Sparkline {
        from_ms: points.first().map_or(end_ms, |point| point.t_ms),
        to_ms: end_ms,
        points,
    })
}

fn read_window(
    connection: &Connection,
    path: &Path,
    kpi_id: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<Sparkline> {
    // Rows are streamed into the buckets one by one: a GROUP BY on the bucket would make SQLite
    // sort the window in a temporary b-tree first, which costs several times more.
    let span_ms = i128::from(to_ms) - i128::from(from_ms) + 1;
    let mut statement = connection
        .prepare_cached(
            "SELECT t_ms, value FROM observation
             WHERE kpi_id = ?1 AND t_ms BETWEEN ?2 AND ?3 ORDER BY t_ms",
        )
        .map_err(sqlite_error(path))?;
    let mut rows = statement
        .query(params![kpi_id, from_ms, to_ms])
        .map_err(sqlite_error(path))?;
    // Per bucket: its lowest and its highest observation.
    let mut buckets: [Option<(Observation, Observation)>; SPARKLINE_COLUMNS] =
        [None; SPARKLINE_COLUMNS];
    while let Some(row) = rows.next().map_err(sqlite_error(path))? {
        let point = Observation {
            t_ms: row.get(0).map_err(sqlite_error(path))?,
            value: row.get(1).map_err(sqlite_error(path))?,
        };
        if !point.value.is_finite() || span_ms <= 0 {
            continue;
        }
        let offset_ms = i128::from(point.t_ms) - i128::from(from_ms);
        // In 0..SPARKLINE_COLUMNS because the query keeps 0 <= offset_ms < span_ms.
        let index =
            ((offset_ms * SPARKLINE_COLUMNS as i128 / span_ms) as usize).min(SPARKLINE_COLUMNS - 1);
        match &mut buckets[index] {
            slot @ None => *slot = Some((point, point)),
            Some((low, high)) => {
                if point.value < low.value {
                    *low = point;
                }
                if point.value > high.value {
                    *high = point;
                }
            }
        }
    }
    let mut points = Vec::with_capacity(SPARKLINE_MAX_POINTS);
    for (low, high) in buckets.into_iter().flatten() {
        if low.t_ms == high.t_ms {
            points.push(low);
        } else if low.t_ms < high.t_ms {
            points.extend([low, high]);
        } else {
            points.extend([high, low]);
        }
    }
    Ok(Sparkline {
        from_ms,
        to_ms,
        points,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Catalog, Direction, Domain, KpiDef, LatestValue, LatestValues, LocalizedText, Quality,
    };
    use crate::store::{FetchMeta, Reader, Resource, Store};

    use crate::model::units::MINUTE_MS;
    /// 2026-11-23 12:00 UTC, a round minute.
    const END_MS: i64 = 1_795_435_200_000;

    fn def(id: &str, frequency: Frequency) -> KpiDef {
        KpiDef::new(
            id,
            LocalizedText::new(id, id),
            Domain::Environment,
            "m",
            frequency,
            Direction::Down,
        )
    }

    fn meta(resource: Resource) -> FetchMeta {
        FetchMeta {
            url: format!("http://127.0.0.1:1/{resource}"),
            resource,
            etag: None,
            fetched_at_ms: END_MS,
        }
    }

    /// A cache with a live KPI (3 days a minute apart, a spike and a trough in the last day and
    /// a higher spike before it), a monthly one (40 months) and one with no values.
    fn cache(path: &Path) -> Vec<Observation> {
        let catalog = Catalog {
            api_version: "1".into(),
            city: crate::store::tests::city(),
            server_time_ms: END_MS,
            simulated: true,
            data_notice: LocalizedText::default(),
            kpis: vec![
                def("LIVE", Frequency::Live),
                def("MONTH", Frequency::Monthly),
                def("NONE", Frequency::Daily),
            ],
            layers: Vec::new(),
            basemap: None,
            data_epoch: None,
        };
        let mut store = Store::open(path).unwrap();
        store
            .write_catalog(&catalog, "http://127.0.0.1:1", &meta(Resource::Catalog))
            .unwrap();
        let minutes = 3 * 24 * 60;
        let mut live: Vec<Observation> = (0..=minutes)
            .map(|i| Observation {
                t_ms: END_MS - (minutes - i) * MINUTE_MS,
                value: 1.0 + ((i as f64) * 0.05).sin() * 0.1,
            })
            .collect();
        let last = live.len() - 1;
        live[last - 100].value = 9.0;
        live[last - 700].value = -4.0;
        live[last - 2 * 24 * 60].value = 50.0;
        store
            .write_series_page("LIVE", &live, &meta(Resource::series("LIVE")))
            .unwrap();
        let monthly: Vec<Observation> = (0..40)
            .map(|i| Observation {
                t_ms: END_MS - (39 - i) * 30 * DAY_MS,
                value: i as f64,
            })
            .collect();
        store
            .write_series_page("MONTH", &monthly, &meta(Resource::series("MONTH")))
            .unwrap();
        let latest = |kpi_id: &str, point: Observation| LatestValue {
            kpi_id: kpi_id.into(),
            t_ms: point.t_ms,
            value: point.value,
            quality: Quality::Good,
            previous: None,
        };
        store
            .write_latest(
                &LatestValues {
                    server_time_ms: END_MS,
                    values: vec![latest("LIVE", live[last]), latest("MONTH", monthly[39])],
                },
                &meta(Resource::Latest),
            )
            .unwrap();
        live
    }

    #[test]
    fn a_live_kpi_shows_its_last_day_with_spikes_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.gpkg");
        let live = cache(&path);
        let overview = Reader::open(&path).unwrap().overview(END_MS).unwrap();
        let sparkline = &overview.kpis[0].sparkline;
        assert_eq!(sparkline.to_ms, END_MS);
        assert_eq!(sparkline.from_ms, END_MS - DAY_MS);
        assert!(sparkline.points.len() <= SPARKLINE_MAX_POINTS);
        assert!(
            sparkline.points.len() >= SPARKLINE_COLUMNS,
            "every bucket has data"
        );
        assert!(
            sparkline
                .points
                .iter()
                .all(|point| (sparkline.from_ms..=sparkline.to_ms).contains(&point.t_ms))
        );
        assert!(
            sparkline
                .points
                .windows(2)
                .all(|pair| pair[0].t_ms < pair[1].t_ms)
        );
        let last = live.len() - 1;
        assert!(
            sparkline.points.contains(&live[last - 100]),
            "the spike survives"
        );
        assert!(
            sparkline.points.contains(&live[last - 700]),
            "the trough survives"
        );
        assert!(
            sparkline.points.iter().all(|point| point.value < 50.0),
            "the spike two days back is outside the window"
        );
        // The same result as downsampling every row in Rust.
        let window: Vec<Observation> = live
            .iter()
            .copied()
            .filter(|point| point.t_ms >= END_MS - DAY_MS)
            .collect();
        let expected =
            super::super::downsample_min_max(&window, END_MS - DAY_MS, END_MS, SPARKLINE_COLUMNS);
        let values = |points: &[Observation]| {
            let mut values: Vec<f64> = points.iter().map(|point| point.value).collect();
            values.sort_by(f64::total_cmp);
            values
        };
        assert_eq!(values(&sparkline.points), values(&expected));
    }

    #[test]
    fn a_monthly_kpi_shows_its_last_observations_and_a_kpi_without_values_none() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cache.gpkg");
        cache(&path);
        let overview = Reader::open(&path).unwrap().overview(END_MS).unwrap();
        let monthly = &overview.kpis[1].sparkline;
        assert_eq!(monthly.points.len(), SPARKLINE_RECENT_COUNT);
        let values: Vec<f64> = monthly.points.iter().map(|point| point.value).collect();
        let expected: Vec<f64> = (16..40).map(f64::from).collect();
        assert_eq!(values, expected);
        assert_eq!(monthly.from_ms, monthly.points[0].t_ms);
        assert_eq!(monthly.to_ms, END_MS);
        assert_eq!(overview.kpis[2].sparkline, Sparkline::default());
    }

    #[test]
    fn spans_follow_the_frequency() {
        assert_eq!(
            SparklineSpan::for_frequency(Frequency::FiveMinutes),
            SparklineSpan::Window {
                duration_ms: DAY_MS
            }
        );
        assert_eq!(
            SparklineSpan::for_frequency(Frequency::Daily),
            SparklineSpan::Window {
                duration_ms: 30 * DAY_MS
            }
        );
        assert_eq!(
            SparklineSpan::for_frequency(Frequency::Annual),
            SparklineSpan::LastObservations {
                count: SPARKLINE_RECENT_COUNT
            }
        );
    }
}
