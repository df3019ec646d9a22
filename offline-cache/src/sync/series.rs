//! KPI series: paged from the newest stored reading, checked against what the server says of
//! that reading, and cut back when the server's clock is behind what is stored.

use std::collections::HashSet;

use reqwest::Url;

use super::engine::{
    Fetcher, MAX_PAGES_PER_RESOURCE, Sender, loop_error, notice, send, send_failure,
};
use super::validate;
use super::writer::WriteOp;
use crate::error::Result;
use crate::http::Fetched;
use crate::model::{KpiDef, SeriesPage};
use crate::store::Resource;

/// How far the newest stored reading may lie past the server's clock before the clock is
/// taken to have gone back.
const CLOCK_SLACK_MS: i64 = 15 * 60 * 1000;

/// The part of each series a run keeps: from `start_ms` (the history asked for) up to the
/// server's clock.
#[derive(Debug, Clone, Copy)]
pub(super) struct SeriesWindow {
    pub(super) start_ms: i64,
    pub(super) server_now_ms: i64,
}

impl Fetcher {
    /// Pages through a KPI's series from its newest stored reading (inclusive, so the first
    /// answer shows whether the server still agrees with what is stored), then asks once more
    /// from the new newest reading so that the next run can revalidate that same request.
    pub(super) async fn sync_series(&self, tx: &Sender, kpi: &KpiDef, window: SeriesWindow) {
        let resource = Resource::series(&kpi.id);
        if let Err(error) = self.page_series(tx, kpi, &resource, window).await {
            send_failure(tx, resource, error).await;
        }
        send(tx, WriteOp::Done).await;
    }

    async fn page_series(
        &self,
        tx: &Sender,
        kpi: &KpiDef,
        resource: &Resource,
        window: SeriesWindow,
    ) -> Result<()> {
        // Low-frequency KPIs reach further back than the history window: a dozen points.
        let window = SeriesWindow {
            start_ms: window.start_ms.min(
                window
                    .server_now_ms
                    .saturating_sub(kpi.frequency.min_history_ms()),
            ),
            ..window
        };
        let kpi_id = kpi.id.clone();
        let mut tail = self
            .ask_writer(tx, |reply| WriteOp::SeriesTail {
                kpi_id: kpi_id.clone(),
                reply,
            })
            .await;
        // Readings a little ahead of the server's clock are sensors' clocks, not a clock that
        // went back: only a tail beyond the slack means the stored future is not the server's.
        if let Some(stored) =
            tail.filter(|tail| tail.t_ms > window.server_now_ms.saturating_add(CLOCK_SLACK_MS))
        {
            let message = format!(
                "the server's clock ({}) is behind the newest stored reading ({}): the readings after its clock were removed and the series goes on from there",
                validate::describe_time(window.server_now_ms),
                validate::describe_time(stored.t_ms)
            );
            send(tx, notice(resource, message)).await;
            tail = self
                .ask_writer(tx, |reply| WriteOp::SeriesTruncate {
                    kpi_id: kpi_id.clone(),
                    after_ms: window.server_now_ms,
                    reply,
                })
                .await;
        }
        // The stored tail is only checked against the server when it lies in the window.
        let mut tail = tail.filter(|tail| tail.t_ms >= window.start_ms);
        // The newest reading known: a page that brings nothing newer ends the paging.
        let mut progress_ms = tail.map_or(i64::MIN, |tail| tail.t_ms);
        let mut url = self.series_url(&kpi.id, tail.map_or(window.start_ms, |t| t.t_ms))?;
        let mut visited = HashSet::new();
        for _ in 0..MAX_PAGES_PER_RESOURCE {
            if self.halted() {
                return Ok(());
            }
            if !visited.insert(url.to_string()) {
                return Err(loop_error(&url));
            }
            let (page, etag) = match self.fetch::<SeriesPage>(resource, &url).await? {
                Fetched::NotModified => {
                    send(tx, WriteOp::not_modified(resource)).await;
                    return Ok(());
                }
                Fetched::Fresh { value, etag } => {
                    validate::series_page(&value, &kpi.id, &url)?;
                    (value, etag)
                }
            };
            if let Some(stored) = tail.take()
                && let Some(first) = page.points.first()
                && first.t_ms == stored.t_ms
                && first.value.to_bits() != stored.value.to_bits()
            {
                let message = format!(
                    "the server's reading at {} changed from {} to {} (its data was reset or reseeded): the series is fetched again from {}",
                    validate::describe_time(stored.t_ms),
                    stored.value,
                    first.value,
                    validate::describe_time(window.start_ms)
                );
                send(tx, notice(resource, message)).await;
                let kpi_id = kpi_id.clone();
                send(tx, WriteOp::SeriesReset { kpi_id }).await;
                url = self.series_url(&kpi.id, window.start_ms)?;
                visited.clear();
                progress_ms = i64::MIN;
                continue;
            }
            let SeriesPage { points, next, .. } = page;
            let newest_ms = points.last().map(|point| point.t_ms);
            let meta = self.meta(resource, &url, etag);
            send(
                tx,
                WriteOp::SeriesPage {
                    kpi_id: kpi.id.clone(),
                    points,
                    meta,
                },
            )
            .await;
            url = match (next, newest_ms) {
                (Some(next), _) => self.client.resolve(&next)?,
                // Ask once more from the newest reading, unless this page brought nothing newer.
                (None, Some(newest_ms)) if newest_ms > progress_ms => {
                    self.series_url(&kpi.id, newest_ms)?
                }
                (None, _) => return Ok(()),
            };
            progress_ms = progress_ms.max(newest_ms.unwrap_or(i64::MIN));
        }
        Err(loop_error(&url))
    }

    fn series_url(&self, kpi_id: &str, from_ms: i64) -> Result<Url> {
        self.api_url(
            &["kpis", kpi_id, "series"],
            &[
                ("from", from_ms.to_string()),
                ("limit", self.page_limit.to_string()),
            ],
        )
    }
}
