//! Basemap tiles: prefetching the XYZ tiles over the city for a zoom range, revalidating old
//! ones with their ETags, and evicting the oldest beyond the byte budget.

use futures_util::StreamExt as _;
use tokio::sync::oneshot;

use super::engine::{Fetcher, Sender, send, send_failure};
use super::writer::{TILES_RESOURCE, WriteOp};
use crate::error::{Error, Result};
use crate::http::Fetched;
use crate::model::Catalog;
use crate::store::{FetchedTile, TileId, TileState, now_ms, tile_range};

const PNG_MAGIC: &[u8; 8] = b"\x89PNG\r\n\x1a\n";
const TILE_BATCH: usize = 64;
const TILE_CONCURRENCY: usize = 4;

enum TileOutcome {
    Fresh(FetchedTile),
    Unchanged(TileId),
    Failed(Error),
}

impl Fetcher {
    pub(super) async fn sync_basemap(&self, tx: &Sender, catalog: &Catalog) {
        let Some(plan) = &self.tiles else {
            return;
        };
        let (template, zooms) = match (&plan.template, &catalog.basemap) {
            (Some(template), _) => (template.clone(), plan.min_zoom..=plan.max_zoom),
            (None, Some(basemap)) => (
                basemap.tile_url.clone(),
                plan.min_zoom.max(basemap.min_zoom)..=plan.max_zoom.min(basemap.max_zoom),
            ),
            (None, None) => return,
        };
        let bbox = plan.bbox.unwrap_or(catalog.city.bbox);
        let now = now_ms();
        let mut failures = 0usize;
        let mut attempted = 0usize;
        let mut first_error = None;
        for z in zooms {
            if self.stopped.load(std::sync::atomic::Ordering::Relaxed) {
                break;
            }
            let (x_range, y_range) =
                tile_range(z, bbox.min_lon, bbox.min_lat, bbox.max_lon, bbox.max_lat);
            let (reply, states) = oneshot::channel();
            send(
                tx,
                WriteOp::TileStates {
                    z,
                    x_range,
                    y_range,
                    reply,
                },
            )
            .await;
            let states = states.await.unwrap_or_default();
            let wanted: Vec<(TileId, Option<String>)> = (x_range.0..=x_range.1)
                .flat_map(|x| (y_range.0..=y_range.1).map(move |y| TileId { z, x, y }))
                .filter_map(|id| match states.get(&id) {
                    Some(TileState { fetched_at_ms, .. })
                        if now - fetched_at_ms < plan.refresh_after_secs.saturating_mul(1000) =>
                    {
                        None
                    }
                    Some(state) => Some((id, state.etag.clone())),
                    None => Some((id, None)),
                })
                .collect();
            attempted += wanted.len();
            let mut outcomes = futures_util::stream::iter(wanted)
                .map(|(id, etag)| self.fetch_tile(&template, id, etag))
                .buffer_unordered(TILE_CONCURRENCY);
            let mut batch = Vec::new();
            let mut unchanged = Vec::new();
            while let Some(outcome) = outcomes.next().await {
                match outcome {
                    TileOutcome::Fresh(tile) => batch.push(tile),
                    TileOutcome::Unchanged(id) => unchanged.push(id),
                    TileOutcome::Failed(error) => {
                        failures += 1;
                        first_error.get_or_insert(error);
                    }
                }
                if batch.len() >= TILE_BATCH {
                    send(
                        tx,
                        WriteOp::Tiles {
                            tiles: std::mem::take(&mut batch),
                        },
                    )
                    .await;
                }
            }
            if !batch.is_empty() {
                send(tx, WriteOp::Tiles { tiles: batch }).await;
            }
            if !unchanged.is_empty() {
                send(tx, WriteOp::TilesUnchanged { ids: unchanged }).await;
            }
        }
        send(
            tx,
            WriteOp::TilesDone {
                budget_bytes: plan.budget_bytes,
            },
        )
        .await;
        if let Some(first) = first_error {
            let error = Error::InvalidResponse {
                url: template,
                detail: format!("{failures} of {attempted} tiles failed; the first: {first}"),
            };
            send_failure(tx, TILES_RESOURCE, error).await;
        }
        send(tx, WriteOp::Done).await;
    }

    async fn fetch_tile(&self, template: &str, id: TileId, etag: Option<String>) -> TileOutcome {
        match self.fetch_tile_inner(template, id, etag.as_deref()).await {
            Ok(Some(tile)) => TileOutcome::Fresh(tile),
            Ok(None) => TileOutcome::Unchanged(id),
            Err(error) => TileOutcome::Failed(error),
        }
    }

    async fn fetch_tile_inner(
        &self,
        template: &str,
        id: TileId,
        etag: Option<&str>,
    ) -> Result<Option<FetchedTile>> {
        let link = template
            .replace("{z}", &id.z.to_string())
            .replace("{x}", &id.x.to_string())
            .replace("{y}", &id.y.to_string());
        let url = self.client.resolve_anywhere(&link)?;
        match self.client.get_bytes(&url, etag).await? {
            Fetched::NotModified => Ok(None),
            Fetched::Fresh { value, etag } => {
                if !value.starts_with(PNG_MAGIC) {
                    return Err(Error::InvalidResponse {
                        url: url.to_string(),
                        detail: "the tile is not a PNG image".into(),
                    });
                }
                self.reachable
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(Some(FetchedTile {
                    id,
                    png: value,
                    etag,
                }))
            }
        }
    }
}
