//! Hourly and daily min/max rollups of every KPI series (`series_rollup`), so a chart of years
//! reads thousands of rows instead of millions.
//!
//! Each row holds one bucket of one KPI: the lowest and the highest finite value with the time
//! of each (the earliest on a tie), their sum and their count. A bucket with no finite value has
//! no row. The writer recomputes the days a series page touches from `observation`, in the page's
//! transaction, so the rollups always equal a `GROUP BY` over the stored rows; migration 3
//! backfills an older cache with the same result in SQL.
//!
//! [`gather_chart_points`] turns the rollups back into observations for
//! [`super::downsample_min_max`]: a bucket that lies within one chart column gives its min and
//! max at their own times, and a bucket that straddles two columns is read again at the next
//! finer level (and finally raw), so every column keeps exactly the min and max that the raw
//! rows would give it.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::model::Observation;

/// One hour is the finer rollup level, one UTC day the coarser (levels are named by their
/// bucket length).
pub use crate::model::units::{DAY_MS, HOUR_MS};
/// The rollup levels, coarsest first.
pub const LEVELS: [i64; 2] = [DAY_MS, HOUR_MS];

/// The aggregate of one bucket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub start_ms: i64,
    pub min: Observation,
    pub max: Observation,
    pub sum: f64,
    pub count: i64,
}

impl Bucket {
    fn new(start_ms: i64, point: Observation) -> Bucket {
        Bucket {
            start_ms,
            min: point,
            max: point,
            sum: point.value,
            count: 1,
        }
    }

    /// Adds a later point: strict comparisons keep the earliest of equal extremes.
    fn add(&mut self, point: Observation, compensation: &mut f64) {
        if point.value < self.min.value {
            self.min = point;
        }
        if point.value > self.max.value {
            self.max = point;
        }
        // Neumaier summation, as SQLite's sum() does, so long buckets stay accurate.
        let total = self.sum + point.value;
        *compensation += if self.sum.abs() >= point.value.abs() {
            (self.sum - total) + point.value
        } else {
            (point.value - total) + self.sum
        };
        self.sum = total;
        self.count += 1;
    }
}

/// The start of the bucket of `level` holding `t_ms` (floor, also for times before 1970).
pub fn bucket_start(t_ms: i64, level: i64) -> i64 {
    t_ms - t_ms.rem_euclid(level)
}

/// How a series page relates to the rows already stored, found before the page is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageShape {
    /// The page's times rise strictly and every stored row of the days it touches is older
    /// than its first: the rollups come from the page plus the stored start of its first day.
    Append,
    /// Anything else: the touched days are read back from `observation` after the write.
    Other,
}

/// Decides the [`PageShape`] of `points`: one indexed look-up. Call before writing the page.
pub(crate) fn page_shape(
    transaction: &Transaction<'_>,
    kpi_id: &str,
    points: &[Observation],
) -> rusqlite::Result<PageShape> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Ok(PageShape::Other);
    };
    if !points.windows(2).all(|pair| pair[0].t_ms < pair[1].t_ms) {
        return Ok(PageShape::Other);
    }
    let span_end = bucket_start(last.t_ms, DAY_MS).saturating_add(DAY_MS - 1);
    let newest_stored: Option<i64> = transaction
        .prepare_cached(
            "SELECT max(t_ms) FROM observation WHERE kpi_id = ?1 AND t_ms BETWEEN ?2 AND ?3",
        )?
        .query_row(
            params![kpi_id, bucket_start(first.t_ms, DAY_MS), span_end],
            |row| row.get(0),
        )?;
    Ok(match newest_stored {
        Some(newest) if newest >= first.t_ms => PageShape::Other,
        _ => PageShape::Append,
    })
}

/// Brings the hourly and daily rollups of every day `points` touch in step with
/// `observation`. Runs inside the caller's transaction, after the page is written; `shape` is
/// what [`page_shape`] said before the write.
pub(crate) fn refresh_page(
    transaction: &Transaction<'_>,
    kpi_id: &str,
    points: &[Observation],
    shape: PageShape,
) -> rusqlite::Result<()> {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Ok(());
    };
    if shape == PageShape::Append {
        // Only the start of the first day (rows before the page) comes from the table.
        let day_start = bucket_start(first.t_ms, DAY_MS);
        let mut rows = read_rows(transaction, kpi_id, day_start, first.t_ms - 1)?;
        rows.extend_from_slice(points);
        let (hours, days) = aggregate(&rows);
        let span_end = bucket_start(last.t_ms, DAY_MS).saturating_add(DAY_MS - 1);
        return replace_buckets(transaction, kpi_id, day_start, span_end, &hours, &days);
    }
    let days: BTreeSet<i64> = points
        .iter()
        .map(|point| bucket_start(point.t_ms, DAY_MS))
        .collect();
    // Runs of consecutive days are recomputed with one read each.
    let mut runs: Vec<(i64, i64)> = Vec::new();
    for day in days {
        match runs.last_mut() {
            Some((_, last)) if last.checked_add(DAY_MS) == Some(day) => *last = day,
            _ => runs.push((day, day)),
        }
    }
    for (first_day, last_day) in runs {
        let to_ms = last_day.saturating_add(DAY_MS - 1);
        let rows = read_rows(transaction, kpi_id, first_day, to_ms)?;
        let (hours, days) = aggregate(&rows);
        replace_buckets(transaction, kpi_id, first_day, to_ms, &hours, &days)?;
    }
    Ok(())
}

/// Removes a KPI's observations after `after_ms` and brings the rollups in step: the day that
/// held `after_ms` is recomputed from what is left, later buckets go. Runs inside the caller's
/// transaction.
pub(crate) fn truncate_after(
    transaction: &Transaction<'_>,
    kpi_id: &str,
    after_ms: i64,
) -> rusqlite::Result<()> {
    transaction.execute(
        "DELETE FROM observation WHERE kpi_id = ?1 AND t_ms > ?2",
        params![kpi_id, after_ms],
    )?;
    let day_start = bucket_start(after_ms, DAY_MS);
    let rows = read_rows(transaction, kpi_id, day_start, after_ms)?;
    let (hours, days) = aggregate(&rows);
    replace_buckets(transaction, kpi_id, day_start, i64::MAX, &hours, &days)
}

fn read_rows(
    connection: &Connection,
    kpi_id: &str,
    from_ms: i64,
    to_ms: i64,
) -> rusqlite::Result<Vec<Observation>> {
    let mut out = Vec::new();
    read_raw_in(
        connection,
        kpi_id,
        &[(i128::from(from_ms), i128::from(to_ms))],
        &mut out,
    )?;
    out.sort_by_key(|point| point.t_ms);
    Ok(out)
}

/// The hourly and daily buckets of `points` (in time order); non-finite values are skipped.
fn aggregate(points: &[Observation]) -> (Vec<Bucket>, Vec<Bucket>) {
    let mut hours: Vec<Bucket> = Vec::new();
    let mut days: Vec<Bucket> = Vec::new();
    let (mut hour_compensation, mut day_compensation) = (0.0, 0.0);
    for &point in points {
        if !point.value.is_finite() {
            continue;
        }
        for (buckets, level, compensation) in [
            (&mut hours, HOUR_MS, &mut hour_compensation),
            (&mut days, DAY_MS, &mut day_compensation),
        ] {
            let start_ms = bucket_start(point.t_ms, level);
            match buckets.last_mut() {
                Some(bucket) if bucket.start_ms == start_ms => bucket.add(point, compensation),
                _ => {
                    if let Some(done) = buckets.last_mut() {
                        done.sum += *compensation;
                    }
                    *compensation = 0.0;
                    buckets.push(Bucket::new(start_ms, point));
                }
            }
        }
    }
    if let Some(last) = hours.last_mut() {
        last.sum += hour_compensation;
    }
    if let Some(last) = days.last_mut() {
        last.sum += day_compensation;
    }
    (hours, days)
}

/// Replaces the rollups of `kpi_id` in `[from_ms, to_ms]` (whole days) with `hours` and `days`.
fn replace_buckets(
    transaction: &Transaction<'_>,
    kpi_id: &str,
    from_ms: i64,
    to_ms: i64,
    hours: &[Bucket],
    days: &[Bucket],
) -> rusqlite::Result<()> {
    transaction
        .prepare_cached(
            "DELETE FROM series_rollup WHERE kpi_id = ?1 AND level IN (?4, ?5)
             AND bucket_ms BETWEEN ?2 AND ?3",
        )?
        .execute(params![kpi_id, from_ms, to_ms, HOUR_MS, DAY_MS])?;
    let mut insert = transaction.prepare_cached(
        "INSERT INTO series_rollup (kpi_id, level, bucket_ms, min, min_t_ms, max, max_t_ms, sum,
                                    count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (buckets, level) in [(hours, HOUR_MS), (days, DAY_MS)] {
        for bucket in buckets {
            insert.execute(params![
                kpi_id,
                level,
                bucket.start_ms,
                bucket.min.value,
                bucket.min.t_ms,
                bucket.max.value,
                bucket.max.t_ms,
                bucket.sum,
                bucket.count
            ])?;
        }
    }
    Ok(())
}

/// Whether the file has rollups (schema 3 or later): a reader may open an older cache that no
/// writer has migrated yet.
pub(crate) fn has_rollups(connection: &Connection) -> rusqlite::Result<bool> {
    connection
        .prepare_cached(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'series_rollup'",
        )?
        .query_row([], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
}

/// The rollup rows of one level of `kpi_id` whose buckets start in `[first_ms, last_ms]`, oldest
/// first.
pub fn read_buckets(
    connection: &Connection,
    kpi_id: &str,
    level: i64,
    first_ms: i64,
    last_ms: i64,
) -> rusqlite::Result<Vec<Bucket>> {
    let mut statement = connection.prepare_cached(
        "SELECT bucket_ms, min, min_t_ms, max, max_t_ms, sum, count FROM series_rollup
         WHERE kpi_id = ?1 AND level = ?2 AND bucket_ms BETWEEN ?3 AND ?4 ORDER BY bucket_ms",
    )?;
    let rows = statement.query_map(params![kpi_id, level, first_ms, last_ms], bucket_row)?;
    rows.collect()
}

/// How `[from_ms, to_ms]` splits into chart columns, as [`super::downsample_min_max`] splits it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ColumnGrid {
    pub from_ms: i64,
    pub span_ms: i128,
    pub columns: i128,
}

impl ColumnGrid {
    fn column_of(&self, t_ms: i128) -> i128 {
        (t_ms - i128::from(self.from_ms)) * self.columns / self.span_ms
    }
}

/// Points whose per-column min and max equal those of the raw rows of `[from_ms, to_ms]`, in
/// time order: buckets of `levels[0]` inside one column give their min and max, the rest of the
/// window (its ragged ends and the buckets that straddle two columns) is read at the next level,
/// and what no level covers whole is read raw. One query a level, whatever the number of pieces.
pub(crate) fn gather_chart_points(
    connection: &Connection,
    kpi_id: &str,
    levels: &[i64],
    from_ms: i64,
    to_ms: i64,
    grid: &ColumnGrid,
) -> rusqlite::Result<Vec<Observation>> {
    let mut out = Vec::new();
    let mut pieces = vec![(i128::from(from_ms), i128::from(to_ms))];
    for &level in levels {
        let wide = i128::from(level);
        let mut whole_spans = Vec::new();
        let mut finer = Vec::new();
        for (from, to) in pieces {
            // The first and the last bucket lying whole inside the piece.
            let first_whole = from + (wide - from.rem_euclid(wide)) % wide;
            let last_whole = (to + 1) - (to + 1).rem_euclid(wide) - wide;
            if first_whole > last_whole {
                finer.push((from, to));
                continue;
            }
            if from < first_whole {
                finer.push((from, first_whole - 1));
            }
            whole_spans.push((first_whole, last_whole));
            if last_whole + wide <= to {
                finer.push((last_whole + wide, to));
            }
        }
        for bucket in read_buckets_in(connection, kpi_id, level, &whole_spans)? {
            let start = i128::from(bucket.start_ms);
            if grid.column_of(start) == grid.column_of(start + wide - 1) {
                let (first, second) = if bucket.min.t_ms <= bucket.max.t_ms {
                    (bucket.min, bucket.max)
                } else {
                    (bucket.max, bucket.min)
                };
                out.push(first);
                if second.t_ms != first.t_ms {
                    out.push(second);
                }
            } else {
                finer.push((start, start + wide - 1));
            }
        }
        pieces = finer;
    }
    read_raw_in(connection, kpi_id, &pieces, &mut out)?;
    out.sort_by_key(|point| point.t_ms);
    Ok(out)
}

/// `[[from, to], ...]` for `json_each`, clamped to the range of stored times.
fn spans_json(spans: &[(i128, i128)]) -> String {
    let mut json = String::with_capacity(2 + spans.len() * 32);
    json.push('[');
    for (index, (from, to)) in spans.iter().enumerate() {
        if index > 0 {
            json.push(',');
        }
        json.push_str(&format!("[{},{}]", clamp_ms(*from), clamp_ms(*to)));
    }
    json.push(']');
    json
}

/// The rollup rows of one level whose bucket starts lie in any of `spans`.
fn read_buckets_in(
    connection: &Connection,
    kpi_id: &str,
    level: i64,
    spans: &[(i128, i128)],
) -> rusqlite::Result<Vec<Bucket>> {
    if spans.is_empty() {
        return Ok(Vec::new());
    }
    let mut statement = connection.prepare_cached(
        "SELECT r.bucket_ms, r.min, r.min_t_ms, r.max, r.max_t_ms, r.sum, r.count
         FROM json_each(?3) AS span CROSS JOIN series_rollup AS r
         WHERE r.kpi_id = ?1 AND r.level = ?2
           AND r.bucket_ms BETWEEN span.value ->> 0 AND span.value ->> 1",
    )?;
    let rows = statement.query_map(params![kpi_id, level, spans_json(spans)], bucket_row)?;
    rows.collect()
}

fn clamp_ms(t_ms: i128) -> i64 {
    t_ms.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// The raw observations in any of `spans`.
fn read_raw_in(
    connection: &Connection,
    kpi_id: &str,
    spans: &[(i128, i128)],
    out: &mut Vec<Observation>,
) -> rusqlite::Result<()> {
    if spans.is_empty() {
        return Ok(());
    }
    let mut statement = connection.prepare_cached(
        "SELECT o.t_ms, o.value
         FROM json_each(?2) AS span CROSS JOIN observation AS o
         WHERE o.kpi_id = ?1 AND o.t_ms BETWEEN span.value ->> 0 AND span.value ->> 1",
    )?;
    let rows = statement.query_map(params![kpi_id, spans_json(spans)], |row| {
        Ok(Observation {
            t_ms: row.get(0)?,
            value: row.get(1)?,
        })
    })?;
    for row in rows {
        out.push(row?);
    }
    Ok(())
}

/// A bucket from the columns `bucket_ms, min, min_t_ms, max, max_t_ms, sum, count`.
fn bucket_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Bucket> {
    Ok(Bucket {
        start_ms: row.get(0)?,
        min: Observation {
            value: row.get(1)?,
            t_ms: row.get(2)?,
        },
        max: Observation {
            value: row.get(3)?,
            t_ms: row.get(4)?,
        },
        sum: row.get(5)?,
        count: row.get(6)?,
    })
}
