//! The HTTP surface: the router with API v1 (catalog, latest values, series, alerts, the fault
//! admin), the OGC API - Features routes (`features/`), basemap tiles (`tiles.rs`) and the event
//! stream (`stream.rs`), the hostile mode's content (`hostile.rs`), bearer auth, the request log, gzip, and JSON errors for unknown paths.
//! What the routes share (answers with ETags, faults, query parsing) is in `respond.rs`, what a
//! shared cache may keep of the answers in `caching.rs`; the city's data and the server's state
//! know nothing of HTTP.

mod caching;
pub(crate) mod features;
pub mod hostile;
pub(crate) mod respond;
mod stream;
mod tiles;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use serde::Deserialize;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};

use crate::alerts::AlertCursor;
use crate::calendar::DAY_MS;
use crate::faults::{FaultRule, FaultRuleJson, Route};
use crate::state::RequestRecord;
use respond::{
    ApiFailure, QueryResult, ServerState, SkipCompression, answer, bad_request, error_response,
    parse_limit, parse_time, query_or_bad_request,
};

/// Every (method, path) the API serves, as the OpenAPI document names them. The fault admin
/// endpoints (`/__sim/faults`, test-only and off by default) are not part of the API.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/catalog"),
    ("get", "/api/v1/kpis/latest"),
    ("get", "/api/v1/kpis/{id}/series"),
    ("get", "/api/v1/alerts"),
    ("get", "/api/v1/stream"),
    ("get", "/api/v1/openapi.json"),
    ("get", "/healthz"),
    ("get", "/"),
    ("get", "/conformance"),
    ("get", "/collections"),
    ("get", "/collections/{collectionId}"),
    ("get", "/collections/{collectionId}/items"),
    ("get", "/collections/{collectionId}/items/{featureId}"),
    ("get", "/tiles/{z}/{x}/{y}.png"),
];

/// Alerts per page when the request names no `limit`.
const DEFAULT_ALERTS_LIMIT: usize = 1_000;
/// The window a series request gets when it names no `from`.
const DEFAULT_WINDOW_MS: i64 = 7 * DAY_MS;

/// The whole application for one simulator.
pub fn router(state: ServerState) -> Router {
    let authed = Router::new()
        .route("/api/v1/catalog", get(catalog))
        .route("/api/v1/kpis/latest", get(latest))
        .route("/api/v1/kpis/{id}/series", get(series))
        .route("/api/v1/alerts", get(alerts))
        .route("/api/v1/stream", get(stream::stream))
        .route("/", get(features::landing))
        .route("/conformance", get(features::conformance))
        .route("/collections", get(features::collections))
        .route("/collections/{collection_id}", get(features::collection))
        .route("/collections/{collection_id}/items", get(features::items))
        .route(
            "/collections/{collection_id}/items/{feature_id}",
            get(features::feature),
        )
        .route("/tiles/{z}/{x}/{y}", get(tiles::tile));
    let authed = if state.config.admin_faults {
        authed.route("/__sim/faults", put(put_faults).delete(delete_faults))
    } else {
        authed
    };
    let compression = CompressionLayer::new()
        .quality(CompressionLevel::Fastest)
        .compress_when(DefaultPredicate::new().and(
            |_: StatusCode,
             _: axum::http::Version,
             _: &HeaderMap,
             extensions: &axum::http::Extensions| {
                extensions.get::<SkipCompression>().is_none()
            },
        ));
    authed
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/healthz", get(healthz))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(compression)
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .layer(middleware::from_fn_with_state(state.clone(), server_date))
        .with_state(state)
}

/// Every answer's `Date` is the simulated clock: the server's clock, as the catalog's
/// `server_time_ms` is, from which a client learns how far its own clock is off.
async fn server_date(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let date = chrono::DateTime::from_timestamp_millis(state.now_ms())
        .map(|now| now.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
        .and_then(|date| HeaderValue::from_str(&date).ok());
    if let Some(date) = date {
        response.headers_mut().insert(header::DATE, date);
    }
    response
}

/// Records every request and the status it got.
async fn log_request(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path_and_query().map_or_else(
        || request.uri().path().to_owned(),
        |pq| pq.as_str().to_owned(),
    );
    let if_none_match = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
    let at_ms = state.now_ms();
    let response = next.run(request).await;
    state.record_request(RequestRecord {
        method,
        path,
        if_none_match,
        status: response.status().as_u16(),
        at_ms,
    });
    response
}

/// Bearer auth when the simulator has a token; never echoes what the client sent.
async fn require_token(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let Some(token) = state.config.token.as_deref() else {
        return next.run(request).await;
    };
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, presented)| presented.trim());
    if presented == Some(token) {
        let mut response = next.run(request).await;
        // The answer was given to this token: a shared cache keeps it for this token only.
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("authorization"));
        return response;
    }
    let message = if presented.is_some() {
        "the bearer token was not accepted; check the token configured for this operations center"
    } else {
        "this operations center needs a bearer token: send Authorization: Bearer <token>"
    };
    let mut response = error_response(StatusCode::UNAUTHORIZED, "unauthorized", message);
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"citydash\""),
    );
    response
}

async fn not_found(request: Request) -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("no such resource: {}", request.uri().path()),
    )
}

async fn method_not_allowed(method: Method) -> Response {
    error_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{method} is not allowed on this resource"),
    )
}

async fn healthz() -> &'static str {
    "ok"
}

async fn openapi(headers: HeaderMap) -> Response {
    respond::json_with_etag(&headers, crate::openapi::OPENAPI_JSON.as_bytes().to_vec())
}

async fn catalog(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let cache_control = caching::live_edge(&state);
    let response = answer(state, headers, Route::Catalog, None, |state, now_ms| {
        Ok(state.catalog(now_ms))
    })
    .await;
    caching::with_cache_control(response, cache_control)
}

async fn latest(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let cache_control = caching::live_edge(&state);
    let response = answer(state, headers, Route::Latest, None, |state, now_ms| {
        Ok(state.data.latest_values(now_ms))
    })
    .await;
    caching::with_cache_control(response, cache_control)
}

/// Query of `GET /api/v1/kpis/{id}/series`; parsed by hand for clear 400 messages.
#[derive(Debug, Default, Deserialize)]
struct SeriesQuery {
    from: Option<String>,
    to: Option<String>,
    limit: Option<String>,
}

async fn series(
    State(state): State<ServerState>,
    Path(kpi_id): Path<String>,
    query: QueryResult<SeriesQuery>,
    headers: HeaderMap,
) -> Response {
    let query = match query_or_bad_request(query) {
        Ok(query) => query,
        Err(failure) => return failure.into_response(),
    };
    let route_kpi_id = kpi_id.clone();
    // Decided before the page is built: an answer built later can only be newer.
    let cache_control = caching::series(&state, &kpi_id, query.to.as_deref());
    let response = answer(
        state,
        headers,
        Route::Series,
        Some(route_kpi_id),
        move |state, now_ms| {
            if state.config.hostile && hostile::is_extra_kpi(&kpi_id) {
                let self_href = format!("/api/v1/kpis/{kpi_id}/series");
                return Ok(hostile::extra_series(
                    &kpi_id,
                    now_ms - 3_600_000,
                    now_ms,
                    self_href,
                ));
            }
            let Some(kpi) = state.data.kpi(&kpi_id) else {
                return Err(ApiFailure::NotFound(format!(
                    "no KPI with id {kpi_id:?} in the catalog"
                )));
            };
            let to_ms = query
                .to
                .as_deref()
                .map(|to| parse_time("to", to))
                .transpose()?
                .unwrap_or(now_ms);
            let from_ms = query
                .from
                .as_deref()
                .map(|from| parse_time("from", from))
                .transpose()?
                .unwrap_or(to_ms.saturating_sub(DEFAULT_WINDOW_MS));
            let limit = parse_limit(
                query.limit.as_deref(),
                state.config.default_page_limit,
                state.config.max_page_limit,
            )?;
            let (from_ms, to_ms) = state.data.clamp_window(kpi, from_ms, to_ms, now_ms);
            let (points, more) = state.data.window(kpi, from_ms, to_ms, limit);
            let next = match points.last() {
                Some(last) if more => Some(format!(
                    "/api/v1/kpis/{kpi_id}/series?from={}&to={to_ms}&limit={limit}",
                    last.t_ms + 1
                )),
                _ => None,
            };
            Ok(offline_cache::model::SeriesPage {
                kpi_id: kpi_id.clone(),
                from_ms,
                to_ms,
                points,
                next,
            })
        },
    )
    .await;
    caching::with_cache_control(response, cache_control)
}

#[derive(Debug, Default, Deserialize)]
struct AlertsQuery {
    since: Option<String>,
    limit: Option<String>,
}

async fn alerts(
    State(state): State<ServerState>,
    query: QueryResult<AlertsQuery>,
    headers: HeaderMap,
) -> Response {
    let query = match query_or_bad_request(query) {
        Ok(query) => query,
        Err(failure) => return failure.into_response(),
    };
    let cache_control = caching::live_edge(&state);
    let response = answer(state, headers, Route::Alerts, None, move |state, now_ms| {
        let since = query.since.unwrap_or_default();
        let cursor = AlertCursor::parse(&since).ok_or_else(|| {
            bad_request(format!(
                "`since` is not a cursor this server gave out: {since:?}"
            ))
        })?;
        let limit = parse_limit(
            query.limit.as_deref(),
            DEFAULT_ALERTS_LIMIT,
            state.config.max_page_limit,
        )?;
        Ok(state.alerts_page(now_ms, &cursor, limit))
    })
    .await;
    caching::with_cache_control(response, cache_control)
}

async fn put_faults(State(state): State<ServerState>, body: Bytes) -> Response {
    match serde_json::from_slice::<Vec<FaultRuleJson>>(&body) {
        Ok(rules) => {
            for rule in rules {
                state.set_fault(FaultRule::from(rule));
            }
            StatusCode::NO_CONTENT.into_response()
        }
        Err(error) => ApiFailure::BadRequest(format!(
            "expected a JSON list of fault rules such as \
             [{{\"route\":\"latest\",\"fault\":{{\"kind\":\"status\",\"code\":500}},\"times\":2}}]: {error}"
        ))
        .into_response(),
    }
}

async fn delete_faults(State(state): State<ServerState>) -> Response {
    state.clear_faults();
    StatusCode::NO_CONTENT.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_as_millis_or_rfc3339() {
        assert_eq!(
            parse_time("from", "1700000000000").ok(),
            Some(1_700_000_000_000)
        );
        assert_eq!(
            parse_time("from", "2026-03-01T00:00:00Z").ok(),
            Some(1_772_323_200_000)
        );
        assert_eq!(
            parse_time("from", "2026-03-01T07:00:00 07:00").ok(),
            Some(1_772_323_200_000)
        );
        assert!(parse_time("from", "yesterday").is_err());
    }

    #[test]
    fn limits_are_positive_and_capped() {
        assert_eq!(parse_limit(None, 5_000, 50_000).ok(), Some(5_000));
        assert_eq!(
            parse_limit(Some("99999999"), 5_000, 50_000).ok(),
            Some(50_000)
        );
        assert!(parse_limit(Some("0"), 5_000, 50_000).is_err());
        assert!(parse_limit(Some("-3"), 5_000, 50_000).is_err());
    }
}
