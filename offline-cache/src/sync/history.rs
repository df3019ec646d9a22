//! A time-varying layer as it was at a past instant: pages of
//! `/collections/{id}/items?datetime=<instant>` gathered into memory for the map's history
//! replay. Nothing is written to the cache: the cache holds the live layers only.

use std::collections::HashSet;

use reqwest::Url;

use super::engine::loop_error;
use crate::error::{Error, Result};
use crate::http::{Client, Fetched};
use crate::model::{CollectionInfo, Feature, IncomingFeature, IncomingPage};

/// A layer's features at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerSnapshot {
    pub layer_id: String,
    /// The instant asked for, UTC milliseconds.
    pub t_ms: i64,
    /// In the order the server sent them.
    pub features: Vec<Feature>,
    /// The layer held more than the `max_features` kept here.
    pub truncated: bool,
}

/// Why a snapshot could not be had.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The server refused `datetime` for this layer and describes no time extent for it: it
    /// keeps no history, so asking again at another instant will not help.
    #[error("the server keeps no history of layer {layer_id:?}: {detail}")]
    NoHistory { layer_id: String, detail: String },

    #[error("{t_ms} is not an instant that can be asked for")]
    BadInstant { t_ms: i64 },

    /// Anything else: the server is unreachable, refused this instant (for example one outside
    /// its history; the message says so), or answered badly.
    #[error(transparent)]
    Fetch(#[from] Error),
}

/// An instant as RFC 3339 in UTC with milliseconds, as `datetime` takes it.
pub fn rfc3339_ms(t_ms: i64) -> Option<String> {
    chrono::DateTime::from_timestamp_millis(t_ms)
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
}

/// Fetches `layer_id` as it was at `t_ms`, following `next` links with pages of `page_limit`
/// features and keeping at most `max_features`. Pages are checked as the sync checks them.
pub async fn fetch_layer_at(
    client: &Client,
    layer_id: &str,
    t_ms: i64,
    page_limit: usize,
    max_features: usize,
) -> Result<LayerSnapshot, HistoryError> {
    let instant = rfc3339_ms(t_ms).ok_or(HistoryError::BadInstant { t_ms })?;
    let mut url = collection_url(client, layer_id)?;
    if let Ok(mut path) = url.path_segments_mut() {
        path.push("items");
    }
    url.query_pairs_mut()
        .append_pair("datetime", &instant)
        .append_pair("limit", &page_limit.max(1).to_string());
    let first_url = url.clone();
    let mut features = Vec::new();
    let mut truncated;
    let mut visited = HashSet::new();
    let mut number_matched = None;
    loop {
        if !visited.insert(url.to_string()) {
            return Err(loop_error(&url).into());
        }
        let page = match get_page(client, &url).await {
            Ok(page) => page,
            Err(error @ Error::Http { status, .. })
                if url == first_url && refuses_query(status) =>
            {
                return Err(classify_refusal(client, layer_id, error).await);
            }
            Err(error) => return Err(error.into()),
        };
        super::layers::check_page(&page, &url)?;
        number_matched = number_matched.or(page.number_matched);
        let next = page.next_link().map(str::to_owned);
        let empty = page.features.is_empty();
        let room = max_features.saturating_sub(features.len());
        truncated = page.features.len() > room;
        for incoming in page.features.into_iter().take(room) {
            features.push(parsed_feature(incoming, &url)?);
        }
        let Some(next) = next.filter(|_| !empty) else {
            break;
        };
        if truncated || features.len() >= max_features {
            truncated = true;
            break;
        }
        url = client.resolve(&next)?;
    }
    if let Some(matched) = number_matched.filter(|_| !truncated)
        && matched != features.len() as u64
    {
        return Err(Error::InvalidResponse {
            url: first_url.to_string(),
            detail: format!(
                "numberMatched says {matched} features but the server sent {}",
                features.len()
            ),
        }
        .into());
    }
    Ok(LayerSnapshot {
        layer_id: layer_id.to_owned(),
        t_ms,
        features,
        truncated,
    })
}

fn collection_url(client: &Client, layer_id: &str) -> Result<Url> {
    let mut url = client.resolve("collections/")?;
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().push(layer_id);
    }
    Ok(url)
}

async fn get_page(client: &Client, url: &Url) -> Result<IncomingPage> {
    match client.get_json::<IncomingPage>(url, None).await? {
        Fetched::Fresh { value, .. } => Ok(value),
        Fetched::NotModified => Err(Error::InvalidResponse {
            url: url.to_string(),
            detail: "a page answered 304 to a request without an ETag".into(),
        }),
    }
}

/// Statuses with which servers refuse a query parameter they do not support.
fn refuses_query(status: u16) -> bool {
    matches!(status, 400 | 422 | 501)
}

/// Whether the server describes a time extent for `layer_id` (`GET /collections/{id}`), that is
/// keeps its history. A server may ignore `datetime` for a layer without one and answer with
/// the layer as it is now, so ask this before taking a snapshot for the past.
pub async fn layer_keeps_history(client: &Client, layer_id: &str) -> Result<bool> {
    let url = collection_url(client, layer_id)?;
    match client.get_json::<CollectionInfo>(&url, None).await? {
        Fetched::Fresh { value, .. } => Ok(has_temporal_extent(&value)),
        Fetched::NotModified => Err(Error::InvalidResponse {
            url: url.to_string(),
            detail: "answered 304 to a request without an ETag".into(),
        }),
    }
}

/// A refused `datetime` means "no history" only when the collection describes no time extent;
/// otherwise the server keeps history and refused this instant, and its own message says why.
async fn classify_refusal(client: &Client, layer_id: &str, refusal: Error) -> HistoryError {
    match layer_keeps_history(client, layer_id).await {
        Ok(false) => HistoryError::NoHistory {
            layer_id: layer_id.to_owned(),
            detail: refusal.to_string(),
        },
        _ => HistoryError::Fetch(refusal),
    }
}

fn has_temporal_extent(info: &CollectionInfo) -> bool {
    info.extent
        .as_ref()
        .and_then(|extent| extent.get("temporal"))
        .is_some_and(|temporal| !temporal.is_null())
}

fn parsed_feature(incoming: IncomingFeature, url: &Url) -> Result<Feature> {
    let properties = match incoming.properties {
        None => None,
        Some(raw) if raw.get().trim() == "null" => None,
        Some(raw) => {
            Some(
                serde_json::from_str(raw.get()).map_err(|error| Error::InvalidResponse {
                    url: url.to_string(),
                    detail: format!("a feature's properties are not a JSON object: {error}"),
                })?,
            )
        }
    };
    Ok(Feature {
        kind: incoming.kind,
        id: incoming.id,
        geometry: incoming.geometry,
        properties,
    })
}
