//! OGC API - Features Part 1 (Core, GeoJSON) at the server's root, under the same bearer auth
//! as API v1: the landing page `/`, `/conformance`, `/collections`, `/collections/{id}`,
//! `/collections/{id}/items?bbox=&limit=&offset=&datetime=` and one feature at
//! `/collections/{id}/items/{featureId}`. Pages are GeoJSON
//! (`application/geo+json`) with `numberMatched`, `numberReturned`, `timeStamp` and `self`/`next`
//! links (absolute, from the request's `Host`), an ETag and gzip.
//!
//! `datetime` (an RFC 3339 instant within the history) asks a time-varying layer as it was at
//! that simulated time; other layers ignore it. A `next` link pins the instant of the first page,
//! so paging a time-varying layer stays consistent while the clock runs.

mod query;
mod tamper;

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use offline_cache::model::{CollectionInfo, Collections, FeatureCollection, Link};
use serde_json::json;

use crate::api::respond::{self as http, ApiFailure, GEO_JSON, JSON};
use crate::api::respond::{
    QueryResult, ServerState, answer, query_or_bad_request, serve_json, take_fault,
};
use crate::calendar::DAY_MS;
use crate::faults::Route;
use crate::layers::{self, ItemsQuery, LayerId};
use crate::state::SimState;

use query::{items_href, parse_items, rfc3339};
use tamper::tamper_page;

/// Features per page when the request names no `limit`.
pub const DEFAULT_ITEMS_LIMIT: usize = 1_000;
/// The largest page served; larger limits are capped (as OGC servers do).
pub const MAX_ITEMS_LIMIT: usize = 10_000;
/// The coordinate reference system of every geometry: WGS 84 longitude, latitude.
const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

/// The conformance classes this server implements.
const CONFORMANCE: [&str; 2] = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
];

pub(crate) fn link(href: String, rel: &str, media_type: &str, title: &str) -> Link {
    Link {
        href,
        rel: Some(rel.to_owned()),
        media_type: Some(media_type.to_owned()),
        title: (!title.is_empty()).then(|| title.to_owned()),
    }
}

/// The `collection` link of a page or feature of collection `id`.
fn collection_link(base: &str, id: &str) -> Link {
    link(
        format!("{base}/collections/{id}"),
        "collection",
        JSON,
        "The collection",
    )
}

/// `http://host` from the request, so links are absolute as OGC clients expect (empty when the
/// request named no host: links are then paths on this server).
fn base_url(headers: &HeaderMap) -> String {
    headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .filter(|host| host.bytes().all(|b| b.is_ascii_graphic()))
        .map(|host| format!("http://{host}"))
        .unwrap_or_default()
}

pub async fn landing(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let base = base_url(&headers);
    answer(state, headers, Route::Collections, None, move |_, _| {
        Ok(json!({
            "title": "Ho Chi Minh City operations center (simulated)",
            "description": "OGC API - Features of the simulated operations center: map layers of \
                            Ho Chi Minh City. Simulated demo data and demo shapes; real geometry \
                            names its source and licence.",
            "links": [
                link(format!("{base}/"), "self", JSON, "This document"),
                link(format!("{base}/api/v1/openapi.json"), "service-desc",
                     "application/vnd.oai.openapi+json;version=3.1", "The API definition"),
                link(format!("{base}/conformance"), "conformance", JSON, "Conformance classes"),
                link(format!("{base}/collections"), "data", JSON, "The map layers"),
            ],
        }))
    })
    .await
}

pub async fn conformance(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    answer(state, headers, Route::Collections, None, |_, _| {
        Ok(json!({ "conformsTo": CONFORMANCE }))
    })
    .await
}

fn collection_info(state: &SimState, layer: LayerId, base: &str, now_ms: i64) -> CollectionInfo {
    let def = layer.def();
    // Whole minutes, so the document (and its ETag) stays put while the clock runs.
    let minute_ms = now_ms.div_euclid(60_000) * 60_000;
    let bbox = layers::extent(state.config.seed, state.data.weather(), layer, minute_ms);
    let mut extent = json!({
        "spatial": {
            "bbox": [[bbox.min[0], bbox.min[1], bbox.max[0], bbox.max[1]]],
            "crs": CRS84,
        }
    });
    if layer.time_varying() {
        extent["temporal"] = json!({
            "interval": [[rfc3339(state.history_start_ms(minute_ms)), rfc3339(minute_ms)]],
            "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
        });
    }
    let id = layer.as_str();
    CollectionInfo {
        id: id.to_owned(),
        title: Some(def.title.en),
        description: Some(def.description.en),
        extent: Some(extent),
        links: vec![
            link(format!("{base}/collections/{id}"), "self", JSON, ""),
            link(
                format!("{base}/collections/{id}/items"),
                "items",
                GEO_JSON,
                "Features",
            ),
        ],
    }
}

pub async fn collections(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let base = base_url(&headers);
    answer(
        state,
        headers,
        Route::Collections,
        None,
        move |state, now_ms| {
            Ok(Collections {
                collections: state
                    .layers()
                    .into_iter()
                    .map(|layer| collection_info(state, layer, &base, now_ms))
                    .collect(),
                links: vec![link(format!("{base}/collections"), "self", JSON, "")],
            })
        },
    )
    .await
}

fn unknown_collection(id: &str) -> ApiFailure {
    ApiFailure::NotFound(format!(
        "no collection {id:?}; GET /collections lists the layers served"
    ))
}

pub async fn collection(
    State(state): State<ServerState>,
    Path(collection_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let base = base_url(&headers);
    let target = Some(collection_id.clone());
    answer(
        state,
        headers,
        Route::Collections,
        target,
        move |state, now_ms| {
            let layer = state
                .layer(&collection_id)
                .ok_or_else(|| unknown_collection(&collection_id))?;
            Ok(collection_info(state, layer, &base, now_ms))
        },
    )
    .await
}

type ItemsQueryResult = QueryResult<HashMap<String, String>>;

/// What every items and feature request does first: find the collection, read the query, take
/// the route's fault (answering at once for faults that replace the whole answer).
async fn begin(
    state: &ServerState,
    collection_id: &str,
    query: ItemsQueryResult,
) -> Result<(LayerId, query::ItemsRequest, Option<crate::faults::Fault>), Response> {
    let layer = state
        .layer(collection_id)
        .ok_or_else(|| unknown_collection(collection_id).into_response())?;
    let request = query_or_bad_request(query)
        .and_then(|query| parse_items(&query))
        .map_err(IntoResponse::into_response)?;
    let fault = take_fault(state, Route::Features, None, Some(collection_id)).await?;
    Ok((layer, request, fault))
}

pub async fn items(
    State(state): State<ServerState>,
    Path(collection_id): Path<String>,
    query: ItemsQueryResult,
    headers: HeaderMap,
) -> Response {
    let (layer, request, fault) = match begin(&state, &collection_id, query).await {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let base = base_url(&headers);
    let page_fault = fault.clone();
    let built = tokio::task::spawn_blocking(move || -> Result<(Vec<u8>, bool), ApiFailure> {
        let t_ms = served_instant(&state, layer, request.datetime_ms)?;
        let query = ItemsQuery {
            bbox: request.bbox,
            offset: request.offset,
            limit: request.limit,
            t_ms,
        };
        let bench_points = state.config.bench_points as u64;
        let result = layers::items(
            state.config.seed,
            state.data.weather(),
            layer,
            bench_points,
            &query,
        );
        let pinned = (layer.time_varying()).then_some(t_ms);
        let id = layer.as_str();
        let self_href = items_href(
            &base,
            id,
            &request,
            request.offset,
            request.datetime_ms.and(pinned),
        );
        let returned = result.features.len();
        let mut links = vec![
            link(self_href.clone(), "self", GEO_JSON, "This page"),
            collection_link(&base, id),
        ];
        let next_offset = request.offset.saturating_add(returned);
        if returned > 0 && (next_offset as u64) < result.number_matched {
            links.push(link(
                items_href(&base, id, &request, next_offset, pinned),
                "next",
                GEO_JSON,
                "Next page",
            ));
        }
        let mut page = FeatureCollection {
            kind: "FeatureCollection".to_owned(),
            features: result.features,
            links,
            number_matched: Some(result.number_matched),
            number_returned: Some(returned as u64),
            time_stamp: Some(rfc3339(layers::data_time_ms(layer, t_ms))),
        };
        if state.config.hostile {
            crate::api::hostile::features(&mut page);
        }
        let tampered = page_fault
            .as_ref()
            .is_some_and(|fault| tamper_page(&mut page, fault, &self_href));
        let body = serde_json::to_vec(&page)
            .map_err(|error| ApiFailure::Internal(format!("could not encode the page: {error}")))?;
        Ok((body, tampered))
    })
    .await;
    match built {
        Ok(Ok((body, true))) => http::with_content_type(http::raw_json(body), GEO_JSON),
        Ok(Ok((body, false))) => serve_json(&headers, Route::Features, fault, body, GEO_JSON),
        Ok(Err(failure)) => failure.into_response(),
        Err(error) => ApiFailure::Internal(format!("the page failed: {error}")).into_response(),
    }
}

/// The instant a request for `layer` is served at: its `datetime` for a time-varying layer,
/// else now. An instant outside the history is a well-formed question about a state this server
/// does not keep: 404, as for any resource it does not have (a 400 would call the request
/// itself wrong).
fn served_instant(
    state: &SimState,
    layer: LayerId,
    datetime_ms: Option<i64>,
) -> Result<i64, ApiFailure> {
    let now_ms = state.now_ms();
    let Some(t_ms) = datetime_ms.filter(|_| layer.time_varying()) else {
        return Ok(now_ms);
    };
    let start_ms = now_ms - state.config.history_days.max(0) * DAY_MS;
    if (start_ms..=now_ms).contains(&t_ms) {
        Ok(t_ms)
    } else {
        Err(ApiFailure::NotFound(format!(
            "`datetime` {} is outside the history this server keeps ({} to {})",
            rfc3339(t_ms),
            rfc3339(start_ms),
            rfc3339(now_ms)
        )))
    }
}

/// `GET /collections/{collectionId}/items/{featureId}`: one feature with `self` and
/// `collection` links (`datetime` as for pages).
pub async fn feature(
    State(state): State<ServerState>,
    Path((collection_id, feature_id)): Path<(String, String)>,
    query: ItemsQueryResult,
    headers: HeaderMap,
) -> Response {
    let (layer, request, fault) = match begin(&state, &collection_id, query).await {
        Ok(begun) => begun,
        Err(response) => return response,
    };
    let base = base_url(&headers);
    let built = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, ApiFailure> {
        let t_ms = served_instant(&state, layer, request.datetime_ms)?;
        let bench_points = state.config.bench_points as u64;
        let found = layers::feature(
            state.config.seed,
            state.data.weather(),
            layer,
            bench_points,
            &feature_id,
            t_ms,
        )
        .ok_or_else(|| {
            ApiFailure::NotFound(format!(
                "no feature {feature_id:?} in collection {collection_id:?}"
            ))
        })?;
        let id = layer.as_str();
        let mut value = serde_json::to_value(&found).map_err(|error| {
            ApiFailure::Internal(format!("could not encode the feature: {error}"))
        })?;
        value["links"] = json!([
            link(
                format!("{base}/collections/{id}/items/{feature_id}"),
                "self",
                GEO_JSON,
                "This feature"
            ),
            collection_link(&base, id),
        ]);
        serde_json::to_vec(&value)
            .map_err(|error| ApiFailure::Internal(format!("could not encode the feature: {error}")))
    })
    .await;
    match built {
        Ok(Ok(body)) => serve_json(&headers, Route::Features, fault, body, GEO_JSON),
        Ok(Err(failure)) => failure.into_response(),
        Err(error) => ApiFailure::Internal(format!("the feature failed: {error}")).into_response(),
    }
}
