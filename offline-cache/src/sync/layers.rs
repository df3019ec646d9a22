//! Map layers: paging through OGC API - Features collections (the operations center's, or any
//! server's such as pygeoapi) and streaming each page to the writer, so a layer of millions of
//! features never sits in memory whole.

use std::collections::HashSet;

use reqwest::Url;

use super::LayerSelection;
use super::engine::{Fetcher, Sender, loop_error, send, send_failure};
use super::writer::WriteOp;
use crate::error::{Error, FailureReason, Result};
use crate::http::Fetched;
use crate::model::{Collections, IncomingPage, LayerDef};
use crate::store::{LayerInfo, Resource};

/// More features than this in one layer is treated as a runaway server.
const MAX_FEATURES_PER_LAYER: u64 = 5_000_000;

/// Why a layer stopped: whether its staging table exists (so it must be dropped), and the error.
struct LayerFailure {
    began: bool,
    error: Error,
}

impl Fetcher {
    /// The catalog's layers, one after the other.
    pub(super) async fn sync_catalog_layers(&self, tx: &Sender, layers: &[&LayerDef]) {
        for layer in layers {
            let items = format!("collections/{}/items", layer.id);
            let title = layer.title.en.clone();
            self.sync_layer(tx, &layer.id, title, Some(layer.interval_secs), &items)
                .await;
            send(tx, WriteOp::Done).await;
        }
    }

    /// Names every layer asked for by id that the server does not have: a typo must not pass
    /// silently. Reported for this run only; nothing is recorded in the cache.
    pub(super) async fn refuse_unknown_layers<'a>(
        &self,
        tx: &Sender,
        known: impl Iterator<Item = &'a str> + Clone,
    ) {
        let LayerSelection::Only(asked) = &self.layers else {
            return;
        };
        for layer_id in asked {
            if known.clone().any(|id| id == layer_id) {
                continue;
            }
            let mut ids: Vec<&str> = known.clone().collect();
            ids.sort_unstable();
            let error = Error::Plan {
                detail: format!(
                    "the server has no layer {layer_id:?}; it has: {}",
                    if ids.is_empty() {
                        "none".to_owned()
                    } else {
                        ids.join(", ")
                    }
                ),
            };
            send_failure(tx, Resource::layer(layer_id), error).await;
        }
    }

    /// Every collection of an OGC API - Features landing page (or those selected).
    pub(super) async fn sync_ogc_collections(&self, tx: &Sender) {
        const RESOURCE: &Resource = &Resource::Collections;
        let listed = match self.client.resolve("collections") {
            Ok(url) => self.fetch::<Collections>(RESOURCE, &url).await,
            Err(error) => Err(error),
        };
        let collections = match listed {
            Ok(Fetched::Fresh { value, .. }) => {
                if let Ok(url) = self.client.resolve("collections") {
                    // No ETag kept: the list is asked for whole every run, since a 304 would
                    // leave nothing to page through.
                    let meta = self.meta(RESOURCE, &url, None);
                    send(tx, WriteOp::Succeeded { meta }).await;
                }
                value.collections
            }
            Ok(Fetched::NotModified) => Vec::new(),
            Err(error) => {
                send_failure(tx, RESOURCE.clone(), error).await;
                send(tx, WriteOp::Done).await;
                return;
            }
        };
        self.refuse_unknown_layers(tx, collections.iter().map(|c| c.id.as_str()))
            .await;
        let selected: Vec<_> = collections
            .into_iter()
            .filter(|collection| self.layers.includes(&collection.id))
            .collect();
        send(
            tx,
            WriteOp::Planned {
                total: 1 + selected.len(),
            },
        )
        .await;
        send(tx, WriteOp::Done).await;
        for collection in selected {
            let items = collection
                .links
                .iter()
                .find(|link| link.rel.as_deref() == Some("items"))
                .map_or_else(
                    || format!("collections/{}/items", collection.id),
                    |link| link.href.clone(),
                );
            let title = collection
                .title
                .clone()
                .unwrap_or_else(|| collection.id.clone());
            self.sync_layer(tx, &collection.id, title, None, &items)
                .await;
            send(tx, WriteOp::Done).await;
        }
    }

    async fn sync_layer(
        &self,
        tx: &Sender,
        layer_id: &str,
        title: String,
        interval_secs: Option<i64>,
        items: &str,
    ) {
        if self.halted() {
            return;
        }
        let resource = Resource::layer(layer_id);
        let first_url = self.client.resolve(items).map(|mut url| {
            url.query_pairs_mut()
                .append_pair("limit", &self.feature_page_limit.to_string());
            url
        });
        let outcome = match first_url {
            Ok(url) => {
                let info = LayerInfo {
                    title,
                    source_url: url.to_string(),
                    interval_secs,
                };
                self.page_layer(tx, layer_id, &resource, info, url).await
            }
            Err(error) => Err(LayerFailure {
                began: false,
                error,
            }),
        };
        match outcome {
            Ok(()) => {}
            Err(LayerFailure { began: true, error }) => {
                send(
                    tx,
                    WriteOp::LayerAbort {
                        layer_id: layer_id.into(),
                        error,
                    },
                )
                .await;
            }
            Err(LayerFailure {
                began: false,
                error,
            }) => {
                send_failure(tx, resource, error).await;
            }
        }
    }

    async fn page_layer(
        &self,
        tx: &Sender,
        layer_id: &str,
        resource: &Resource,
        info: LayerInfo,
        first_url: Url,
    ) -> Result<(), LayerFailure> {
        let not_begun = |error| LayerFailure {
            began: false,
            error,
        };
        let (mut page, etag) = match self.fetch::<IncomingPage>(resource, &first_url).await {
            Ok(Fetched::NotModified) => {
                send(tx, WriteOp::not_modified(resource)).await;
                return Ok(());
            }
            Ok(Fetched::Fresh { value, etag }) => (value, etag),
            Err(error) => return Err(not_begun(error)),
        };
        check_page(&page, &first_url).map_err(not_begun)?;
        send(
            tx,
            WriteOp::LayerBegin {
                layer_id: layer_id.into(),
            },
        )
        .await;
        let failed = |error| LayerFailure { began: true, error };
        let meta = self.meta(resource, &first_url, etag);
        let number_matched = page.number_matched;
        let mut received = 0u64;
        let mut visited = HashSet::from([first_url.to_string()]);
        loop {
            received += page.features.len() as u64;
            if number_matched.is_some_and(|matched| received > matched)
                || received > MAX_FEATURES_PER_LAYER
            {
                return Err(failed(count_error(&first_url, number_matched, received)));
            }
            let next = page.next_link().map(str::to_owned);
            let empty = page.features.is_empty();
            send(
                tx,
                WriteOp::LayerPage {
                    layer_id: layer_id.into(),
                    features: page.features,
                },
            )
            .await;
            let Some(next) = next.filter(|_| !empty) else {
                break;
            };
            if self.halted() {
                return Err(failed(Error::Unreachable {
                    url: next,
                    detail: "the server went away mid-layer".into(),
                    cause: FailureReason::Broken,
                }));
            }
            let url = self.client.resolve(&next).map_err(failed)?;
            if !visited.insert(url.to_string()) {
                return Err(failed(loop_error(&url)));
            }
            page = match self
                .fetch::<IncomingPage>(resource, &url)
                .await
                .map_err(failed)?
            {
                Fetched::Fresh { value, .. } => value,
                Fetched::NotModified => {
                    return Err(failed(Error::InvalidResponse {
                        url: url.to_string(),
                        detail: "a page answered 304 to a request without an ETag".into(),
                    }));
                }
            };
            check_page(&page, &url).map_err(failed)?;
            if let (Some(first), Some(this)) = (number_matched, page.number_matched)
                && first != this
            {
                return Err(failed(Error::InvalidResponse {
                    url: url.to_string(),
                    detail: format!("numberMatched changed from {first} to {this} between pages"),
                }));
            }
        }
        if number_matched.is_some_and(|matched| matched != received) {
            return Err(failed(count_error(&first_url, number_matched, received)));
        }
        send(
            tx,
            WriteOp::LayerFinish {
                layer_id: layer_id.into(),
                info,
                meta,
            },
        )
        .await;
        Ok(())
    }
}

pub(super) fn check_page(page: &IncomingPage, url: &Url) -> Result<()> {
    let invalid = |detail: String| Error::InvalidResponse {
        url: url.to_string(),
        detail,
    };
    if page.kind != "FeatureCollection" {
        return Err(invalid(format!(
            "expected a FeatureCollection, got {:?}",
            page.kind
        )));
    }
    if let Some(returned) = page.number_returned
        && returned != page.features.len() as u64
    {
        return Err(invalid(format!(
            "numberReturned says {returned} but the page holds {} features",
            page.features.len()
        )));
    }
    if let Some(feature) = page
        .features
        .iter()
        .find(|feature| feature.kind != "Feature")
    {
        return Err(invalid(format!(
            "expected a Feature, got {:?}",
            feature.kind
        )));
    }
    Ok(())
}

fn count_error(url: &Url, number_matched: Option<u64>, received: u64) -> Error {
    let detail = match number_matched {
        Some(matched) => {
            format!("numberMatched says {matched} features but the server sent {received}")
        }
        None => format!("more than {MAX_FEATURES_PER_LAYER} features; stopped"),
    };
    Error::InvalidResponse {
        url: url.to_string(),
        detail,
    }
}
