//! Basemap tiles: prefetching the XYZ tiles over the city for a zoom range, revalidating old
//! ones with their ETags, and keeping the basemap within its byte budget.
//!
//! The budget is planned, not enforced after the fact: zoom levels are fetched from the lowest
//! up, and a level whose expected size no longer fits is skipped with every deeper one (and the
//! summary says so). A map always keeps its overview, and a run never fetches what the next
//! eviction would throw away, so repeated runs do not download the same tiles again and again.
//! Eviction, when tiles from elsewhere (the map's own fetches, an earlier wider plan) push the
//! basemap over budget, takes the deepest and least recently fetched tiles first.

use futures_util::StreamExt as _;
use reqwest::Url;

use super::engine::{Fetcher, Sender, send, send_failure};
use super::writer::WriteOp;
use super::{ResourceNotice, TilePlan};
use crate::error::{Error, Result};
use crate::http::Fetched;
use crate::model::{BoundingBox, Catalog};
use crate::store::schema::MAX_TILE_ZOOM;
use crate::store::{FetchMeta, FetchedTile, Resource, TileId, TileState, now_ms, tile_range};

const PNG_MAGIC: &[u8; 8] = b"\x89PNG\r\n\x1a\n";
const TILE_BATCH: usize = 64;
const TILE_CONCURRENCY: usize = 4;

/// Most tiles one run may cover; a request beyond it is refused before anything is fetched
/// (zoom 17 over the whole city is about 280,000 tiles).
pub const MAX_TILES_PER_RUN: u64 = 250_000;

/// The size assumed for a tile of a level nothing is known about yet.
const DEFAULT_TILE_BYTES: u64 = 4_096;

enum TileOutcome {
    Fresh(FetchedTile),
    Unchanged(TileId),
    Failed(Error),
}

/// The tiles of one run: where from, which levels, over which area.
struct TileRequest {
    template: String,
    min_zoom: u8,
    max_zoom: u8,
    bbox: BoundingBox,
}

impl TileRequest {
    fn count(&self, z: u8) -> u64 {
        let ((x0, x1), (y0, y1)) = self.range(z);
        u64::from(x1 - x0 + 1) * u64::from(y1 - y0 + 1)
    }

    fn range(&self, z: u8) -> ((u32, u32), (u32, u32)) {
        let b = self.bbox;
        tile_range(z, b.min_lon, b.min_lat, b.max_lon, b.max_lat)
    }
}

impl Fetcher {
    pub(super) async fn sync_basemap(&self, tx: &Sender, catalog: &Catalog) {
        let Some(plan) = &self.tiles else {
            return;
        };
        match self.tile_request(tx, catalog, plan).await {
            Ok(Some(request)) => self.fetch_tiles(tx, plan, request).await,
            Ok(None) => {}
            Err(error) => send_failure(tx, Resource::Tiles, error).await,
        }
        send(tx, WriteOp::Done).await;
    }

    /// Checks the plan against the basemap and the per-run cap; `None` when there is no basemap.
    async fn tile_request(
        &self,
        tx: &Sender,
        catalog: &Catalog,
        plan: &TilePlan,
    ) -> Result<Option<TileRequest>> {
        let asked = format!("{}-{}", plan.min_zoom, plan.max_zoom);
        if plan.min_zoom > plan.max_zoom || plan.max_zoom > MAX_TILE_ZOOM {
            return Err(Error::Plan {
                detail: format!(
                    "zoom levels {asked} cannot be cached: the cache holds zooms 0-{MAX_TILE_ZOOM}"
                ),
            });
        }
        let (template, min_zoom, max_zoom) = match (&plan.template, &catalog.basemap) {
            (Some(template), _) => (template.clone(), plan.min_zoom, plan.max_zoom),
            (None, Some(basemap)) => {
                let low = plan.min_zoom.max(basemap.min_zoom);
                let high = plan.max_zoom.min(basemap.max_zoom);
                let served = format!("{}-{}", basemap.min_zoom, basemap.max_zoom);
                if low > high {
                    return Err(Error::Plan {
                        detail: format!(
                            "the basemap serves zooms {served}, none of the zooms {asked} asked for"
                        ),
                    });
                }
                if (low, high) != (plan.min_zoom, plan.max_zoom) {
                    let notice = ResourceNotice {
                        resource: Resource::Tiles,
                        message: format!(
                            "the basemap serves zooms {served}: fetching {low}-{high} of the zooms {asked} asked for"
                        ),
                    };
                    send(tx, WriteOp::Notice(notice)).await;
                }
                (basemap.tile_url.clone(), low, high)
            }
            (None, None) => return Ok(None),
        };
        let request = TileRequest {
            template,
            min_zoom,
            max_zoom,
            bbox: plan.bbox.unwrap_or(catalog.city.bbox),
        };
        let mut total = 0u64;
        for z in min_zoom..=max_zoom {
            total = total.saturating_add(request.count(z));
            if total > MAX_TILES_PER_RUN {
                let fits = (z > min_zoom).then(|| format!(" (zooms {min_zoom}-{} fit)", z - 1));
                return Err(Error::Plan {
                    detail: format!(
                        "zooms {min_zoom}-{max_zoom} over the area are more than {MAX_TILES_PER_RUN} tiles, the most one sync fetches{}: ask for fewer zooms or a smaller area",
                        fits.unwrap_or_default()
                    ),
                });
            }
        }
        Ok(Some(request))
    }

    /// Fetches level by level from the lowest, skipping the levels the budget cannot hold.
    async fn fetch_tiles(&self, tx: &Sender, plan: &TilePlan, request: TileRequest) {
        let now = now_ms();
        let mut failures = 0usize;
        let mut attempted = 0usize;
        let mut first_error = None;
        // Bytes of the levels already planned: they are evicted last, so they come first.
        let mut kept_bytes = 0u64;
        let mut previous_average = None;
        for z in request.min_zoom..=request.max_zoom {
            if self.halted() {
                break;
            }
            let (x_range, y_range) = request.range(z);
            let states = self.ask_writer(tx, |reply| WriteOp::TileStates {
                z,
                x_range,
                y_range,
                reply,
            });
            let level = self.ask_writer(tx, |reply| WriteOp::TileLevel { z, reply });
            let (states, level) = (states.await, level.await);
            let average = match (level.count, previous_average) {
                (0, Some(average)) => average,
                (0, None) => DEFAULT_TILE_BYTES,
                (count, _) => level.bytes / count,
            };
            let missing = request.count(z).saturating_sub(states.len() as u64);
            let expected = kept_bytes
                .saturating_add(level.bytes)
                .saturating_add(missing.saturating_mul(average));
            if expected > plan.budget_bytes {
                let zooms = (z, request.max_zoom);
                send(tx, WriteOp::TilesSkipped { zooms }).await;
                break;
            }
            previous_average = Some(average.max(1));
            let refresh_after_ms = plan.refresh_after_secs.saturating_mul(1000);
            let wanted = (x_range.0..=x_range.1)
                .flat_map(|x| (y_range.0..=y_range.1).map(move |y| TileId { z, x, y }))
                .filter_map(|id| match states.get(&id) {
                    Some(TileState { fetched_at_ms, .. })
                        if now - fetched_at_ms < refresh_after_ms =>
                    {
                        None
                    }
                    Some(state) => Some((id, state.etag.clone())),
                    None => Some((id, None)),
                });
            let mut outcomes = futures_util::stream::iter(wanted)
                .map(|(id, etag)| self.fetch_tile(&request.template, id, etag))
                .buffer_unordered(TILE_CONCURRENCY);
            let mut batch = Vec::new();
            let mut unchanged = Vec::new();
            let mut fetched_bytes = 0u64;
            let mut over_budget = false;
            while let Some(outcome) = outcomes.next().await {
                attempted += 1;
                match outcome {
                    TileOutcome::Fresh(tile) => {
                        fetched_bytes += tile.png.len() as u64;
                        batch.push(tile);
                    }
                    TileOutcome::Unchanged(id) => unchanged.push(id),
                    TileOutcome::Failed(Error::Cancelled) => break,
                    TileOutcome::Failed(error) => {
                        failures += 1;
                        first_error.get_or_insert(error);
                    }
                }
                if batch.len() >= TILE_BATCH {
                    let tiles = std::mem::take(&mut batch);
                    send(tx, WriteOp::Tiles { tiles }).await;
                }
                // The estimate was too low: stop here rather than fetch what eviction drops.
                if kept_bytes + level.bytes + fetched_bytes > plan.budget_bytes {
                    over_budget = true;
                    break;
                }
            }
            drop(outcomes);
            if !batch.is_empty() {
                send(tx, WriteOp::Tiles { tiles: batch }).await;
            }
            if !unchanged.is_empty() {
                send(tx, WriteOp::TilesUnchanged { ids: unchanged }).await;
            }
            if over_budget {
                let zooms = (z, request.max_zoom);
                send(tx, WriteOp::TilesSkipped { zooms }).await;
                break;
            }
            let stored = self
                .ask_writer(tx, |reply| WriteOp::TileLevel { z, reply })
                .await;
            kept_bytes = kept_bytes.saturating_add(stored.bytes);
        }
        send(
            tx,
            WriteOp::TilesDone {
                budget_bytes: plan.budget_bytes,
            },
        )
        .await;
        match first_error {
            Some(first) => {
                let error = Error::TilesFailed {
                    failures,
                    attempted,
                    first: Box::new(first),
                };
                send_failure(tx, Resource::Tiles, error).await;
            }
            None if !self.stop.is_stopped() => {
                let meta = FetchMeta {
                    resource: Resource::Tiles,
                    url: request.template,
                    etag: None,
                    fetched_at_ms: now_ms(),
                };
                send(tx, WriteOp::Succeeded { meta }).await;
            }
            None => {}
        }
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
        let url = self.client.resolve_anywhere(&tile_link(template, id))?;
        match self
            .unless_stopped(self.client.get_bytes(&url, etag))
            .await?
        {
            Fetched::NotModified => {
                self.reachable
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(None)
            }
            Fetched::Fresh { value, etag } => {
                check_png(&value, &url)?;
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

/// The link of tile `id` in an XYZ `template` (`{z}`, `{x}`, `{y}`), to resolve against the
/// server. Used by the sync and by the map's fetcher of tiles the cache lacks.
pub fn tile_link(template: &str, id: TileId) -> String {
    template
        .replace("{z}", &id.z.to_string())
        .replace("{x}", &id.x.to_string())
        .replace("{y}", &id.y.to_string())
}

/// Refuses a tile answer that is not a PNG image (an HTML error page served with status 200,
/// say), before anything stores it.
pub fn check_png(body: &[u8], url: &Url) -> Result<()> {
    if body.starts_with(PNG_MAGIC) {
        Ok(())
    } else {
        Err(Error::InvalidResponse {
            url: url.to_string(),
            detail: "the tile is not a PNG image".into(),
        })
    }
}
