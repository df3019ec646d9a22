//! Series for charts: a window of a KPI's observations reduced to what a chart of a given width
//! can show, without losing spikes.
//!
//! [`downsample_min_max`] splits the window into equal time buckets (one per pixel column, say)
//! and keeps the lowest and the highest observation of each, in time order. A line through those
//! points looks the same as a line through all of them at that width, and every peak and trough
//! survives. [`Reader::series_for_chart`] reads a window and reduces it when it is larger than
//! the chart needs.

use rusqlite::{OptionalExtension, params};

use super::open::sqlite_error;
use super::reader::{MAX_SERIES_POINTS, Reader};
use super::rollup;
use crate::error::Result;
use crate::model::Observation;

/// The lowest and highest observation of each of `columns` equal time buckets of
/// `[from_ms, to_ms]` (both inclusive), in time order; one point for a bucket whose lowest and
/// highest are the same observation. Empty buckets emit nothing.
///
/// Points outside the window and non-finite values are skipped. Nothing comes out when `columns`
/// is 0 or the window is empty (`from_ms > to_ms`). Runs in O(n + columns) time and O(columns)
/// memory; the input need not be sorted, though the reader's always is.
pub fn downsample_min_max(
    points: &[Observation],
    from_ms: i64,
    to_ms: i64,
    columns: usize,
) -> Vec<Observation> {
    if columns == 0 || from_ms > to_ms || points.is_empty() {
        return Vec::new();
    }
    // i128 so that a window spanning all of i64 neither overflows nor loses precision.
    let span_ms = i128::from(to_ms) - i128::from(from_ms) + 1;
    let columns_wide = columns as i128;
    // Per bucket: the indices of its lowest and highest observation.
    let mut extremes: Vec<Option<(usize, usize)>> = vec![None; columns];
    for (index, point) in points.iter().enumerate() {
        if point.t_ms < from_ms || point.t_ms > to_ms || !point.value.is_finite() {
            continue;
        }
        let offset_ms = i128::from(point.t_ms) - i128::from(from_ms);
        // In 0..columns because 0 <= offset_ms < span_ms; the min() is belt and braces.
        let bucket = ((offset_ms * columns_wide / span_ms) as usize).min(columns - 1);
        match &mut extremes[bucket] {
            slot @ None => *slot = Some((index, index)),
            Some((min_index, max_index)) => {
                if point.value < points[*min_index].value {
                    *min_index = index;
                }
                if point.value > points[*max_index].value {
                    *max_index = index;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(2 * columns.min(points.len()));
    for (min_index, max_index) in extremes.into_iter().flatten() {
        let (low, high) = (points[min_index], points[max_index]);
        if min_index == max_index {
            out.push(low);
        } else if (low.t_ms, min_index) <= (high.t_ms, max_index) {
            out.push(low);
            out.push(high);
        } else {
            out.push(high);
            out.push(low);
        }
    }
    out
}

/// The observations of a chart's window and of the window of the same length just before it,
/// downsampled for the chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartWindows {
    pub from_ms: i64,
    pub to_ms: i64,
    pub current: Vec<Observation>,
    /// From `from_ms - (to_ms - from_ms)` to `from_ms`, unshifted.
    pub previous: Vec<Observation>,
}

impl Reader {
    /// A KPI's chart windows ending at `to_ms`: the last `length_ms` and the same length before
    /// it, or with no length everything from the first stored observation (and nothing before),
    /// each downsampled to `columns` (see [`Reader::series_for_chart`]).
    pub fn chart_windows(
        &self,
        kpi_id: &str,
        length_ms: Option<i64>,
        to_ms: i64,
        columns: usize,
    ) -> Result<ChartWindows> {
        let Some(length_ms) = length_ms else {
            let first = self.series(kpi_id, i64::MIN, to_ms, 1)?;
            let from_ms = first.first().map_or(to_ms, |first| first.t_ms);
            let current = self.series_for_chart(kpi_id, from_ms, to_ms, columns)?;
            return Ok(ChartWindows {
                from_ms,
                to_ms,
                current,
                previous: Vec::new(),
            });
        };
        let from_ms = to_ms.saturating_sub(length_ms);
        let current = self.series_for_chart(kpi_id, from_ms, to_ms, columns)?;
        // `from_ms - 1`: the instant at `from_ms` belongs to the current window only.
        let previous = self.series_for_chart(
            kpi_id,
            from_ms.saturating_sub(length_ms),
            from_ms.saturating_sub(1),
            columns,
        )?;
        Ok(ChartWindows {
            from_ms,
            to_ms,
            current,
            previous,
        })
    }

    /// Observations of a KPI in `[from_ms, to_ms]`, oldest first, reduced with
    /// [`downsample_min_max`] to at most two a column when the window holds more than
    /// `2 * columns` of them. Reads at most [`MAX_SERIES_POINTS`] raw rows.
    ///
    /// A window long enough for at least two hourly (or daily) buckets a column is read from the
    /// rollups (see [`super::rollup`]) instead of raw rows: each column still gets exactly the
    /// min and max its raw rows have, at their own times, so no spike is lost.
    pub fn series_for_chart(
        &self,
        kpi_id: &str,
        from_ms: i64,
        to_ms: i64,
        columns: usize,
    ) -> Result<Vec<Observation>> {
        let error = sqlite_error(self.path());
        if columns == 0 || from_ms > to_ms {
            return Ok(Vec::new());
        }
        let span_ms = i128::from(to_ms) - i128::from(from_ms) + 1;
        let wanted_buckets = 2 * columns as i128;
        let first_level = rollup::LEVELS
            .iter()
            .position(|&level| span_ms / i128::from(level) >= wanted_buckets);
        let connection = self.connection();
        if let Some(first_level) = first_level
            && rollup::has_rollups(connection).map_err(&error)?
            && self.has_more_than(kpi_id, from_ms, to_ms, 2 * columns)?
        {
            let grid = rollup::ColumnGrid {
                from_ms,
                span_ms,
                columns: columns as i128,
            };
            let points = rollup::gather_chart_points(
                connection,
                kpi_id,
                &rollup::LEVELS[first_level..],
                from_ms,
                to_ms,
                &grid,
            )
            .map_err(&error)?;
            return Ok(downsample_min_max(&points, from_ms, to_ms, columns));
        }
        let points = self.series(kpi_id, from_ms, to_ms, MAX_SERIES_POINTS)?;
        if points.len() > columns.saturating_mul(2) {
            Ok(downsample_min_max(&points, from_ms, to_ms, columns))
        } else {
            Ok(points)
        }
    }

    /// Whether more than `count` observations of a KPI lie in `[from_ms, to_ms]`; reads at most
    /// `count + 1` index entries.
    fn has_more_than(&self, kpi_id: &str, from_ms: i64, to_ms: i64, count: usize) -> Result<bool> {
        let error = sqlite_error(self.path());
        let mut statement = self
            .connection()
            .prepare_cached(
                "SELECT 1 FROM observation WHERE kpi_id = ?1 AND t_ms BETWEEN ?2 AND ?3
                 LIMIT 1 OFFSET ?4",
            )
            .map_err(&error)?;
        let found = statement
            .query_row(params![kpi_id, from_ms, to_ms, count as i64], |_| Ok(()))
            .optional()
            .map_err(&error)?;
        Ok(found.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(t_ms: i64, value: f64) -> Observation {
        Observation { t_ms, value }
    }

    /// A wavy series of `n` points, one a millisecond from 0.
    fn wave(n: i64) -> Vec<Observation> {
        (0..n)
            .map(|t_ms| {
                obs(
                    t_ms,
                    ((t_ms as f64) * 0.37).sin() * 10.0 + (t_ms % 7) as f64,
                )
            })
            .collect()
    }

    #[test]
    fn min_and_max_of_every_column_survive() {
        let points = wave(10_000);
        let (from_ms, to_ms, columns) = (0, 9_999, 37);
        let out = downsample_min_max(&points, from_ms, to_ms, columns);
        assert!(out.len() <= 2 * columns);
        let span_ms = (to_ms - from_ms + 1) as i128;
        let bucket_of =
            |t_ms: i64| ((i128::from(t_ms - from_ms)) * columns as i128 / span_ms) as usize;
        for column in 0..columns {
            let inside: Vec<_> = points
                .iter()
                .filter(|p| bucket_of(p.t_ms) == column)
                .collect();
            let kept: Vec<_> = out.iter().filter(|p| bucket_of(p.t_ms) == column).collect();
            let min = inside.iter().map(|p| p.value).fold(f64::INFINITY, f64::min);
            let max = inside
                .iter()
                .map(|p| p.value)
                .fold(f64::NEG_INFINITY, f64::max);
            assert!(
                kept.iter().any(|p| p.value == min),
                "column {column} lost its min"
            );
            assert!(
                kept.iter().any(|p| p.value == max),
                "column {column} lost its max"
            );
        }
        assert!(out.windows(2).all(|pair| pair[0].t_ms <= pair[1].t_ms));
    }

    #[test]
    fn a_single_spike_survives() {
        let mut points: Vec<_> = (0..1_000_000).map(|t_ms| obs(t_ms, 1.0)).collect();
        points[654_321].value = 99.0;
        points[123_456].value = -50.0;
        let out = downsample_min_max(&points, 0, 999_999, 100);
        assert!(out.len() <= 200);
        assert!(out.contains(&obs(654_321, 99.0)));
        assert!(out.contains(&obs(123_456, -50.0)));
    }

    #[test]
    fn flat_bucket_gives_one_point() {
        let points = vec![obs(0, 2.0), obs(1, 2.0), obs(2, 2.0)];
        assert_eq!(downsample_min_max(&points, 0, 2, 1), vec![obs(0, 2.0)]);
    }

    #[test]
    fn max_before_min_stays_in_time_order() {
        let points = vec![obs(0, 5.0), obs(1, 9.0), obs(2, 1.0), obs(3, 4.0)];
        assert_eq!(
            downsample_min_max(&points, 0, 3, 1),
            vec![obs(1, 9.0), obs(2, 1.0)]
        );
    }

    #[test]
    fn empty_input_zero_columns_and_empty_window_give_nothing() {
        assert!(downsample_min_max(&[], 0, 10, 5).is_empty());
        assert!(downsample_min_max(&wave(100), 0, 99, 0).is_empty());
        assert!(downsample_min_max(&wave(100), 50, 10, 5).is_empty());
    }

    #[test]
    fn points_outside_the_window_and_nan_are_skipped() {
        let points = vec![
            obs(-5, 100.0),
            obs(1, f64::NAN),
            obs(2, 3.0),
            obs(20, -100.0),
        ];
        assert_eq!(downsample_min_max(&points, 0, 10, 4), vec![obs(2, 3.0)]);
    }

    #[test]
    fn extreme_window_does_not_overflow() {
        let points = vec![obs(i64::MIN, 1.0), obs(0, 2.0), obs(i64::MAX, 3.0)];
        let out = downsample_min_max(&points, i64::MIN, i64::MAX, 3);
        assert_eq!(out, points);
    }
}
