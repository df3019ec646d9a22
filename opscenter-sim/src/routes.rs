//! The HTTP surface: API v1 routes, the OGC API - Features routes (`features.rs`) and basemap
//! tiles (`tiles/route.rs`), bearer auth, the request log, fault injection per route, gzip,
//! and JSON errors for unknown paths.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use serde::{Deserialize, Serialize};
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};

use crate::alerts::AlertCursor;
use crate::calendar::DAY_MS;
use crate::faults::{Fault, FaultRule, FaultRuleJson, Route, tamper};
use crate::http::{self, ApiFailure, SkipCompression, error_response};
use crate::state::{RequestRecord, SimState};

pub type AppState = Arc<SimState>;

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
/// Times beyond this many milliseconds from 1970 (as in JavaScript dates) are refused.
const MAX_TIME_MS: i64 = 8_640_000_000_000_000;
/// The largest `limit` accepted (and then capped to the configured page size).
const MAX_LIMIT: u64 = (1 << 53) - 1;
/// The window a series request gets when it names no `from`.
const DEFAULT_WINDOW_MS: i64 = 7 * DAY_MS;

/// The whole application for one simulator.
pub fn router(state: AppState) -> Router {
    let authed = Router::new()
        .route("/api/v1/catalog", get(catalog))
        .route("/api/v1/kpis/latest", get(latest))
        .route("/api/v1/kpis/{id}/series", get(series))
        .route("/api/v1/alerts", get(alerts))
        .route("/api/v1/stream", get(crate::stream::stream))
        .route("/", get(crate::features::landing))
        .route("/conformance", get(crate::features::conformance))
        .route("/collections", get(crate::features::collections))
        .route(
            "/collections/{collection_id}",
            get(crate::features::collection),
        )
        .route(
            "/collections/{collection_id}/items",
            get(crate::features::items),
        )
        .route(
            "/collections/{collection_id}/items/{feature_id}",
            get(crate::features::feature),
        )
        .route("/tiles/{z}/{x}/{y}", get(crate::tiles::route::tile));
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
        .with_state(state)
}

/// Records every request and the status it got.
async fn log_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
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
async fn require_token(State(state): State<AppState>, request: Request, next: Next) -> Response {
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
        return next.run(request).await;
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
    http::json_with_etag(&headers, crate::openapi::OPENAPI_JSON.as_bytes().to_vec())
}

/// Takes the route's fault, if any: waits out a delay, and answers at once for the faults that
/// replace the whole answer (an error status, 503, a dropped connection). What is left, if
/// anything, breaks the body.
pub(crate) async fn take_fault(
    state: &AppState,
    route: Route,
    kpi_id: Option<&str>,
    layer_id: Option<&str>,
) -> Result<Option<Fault>, Response> {
    match state.take_fault(route, kpi_id, layer_id) {
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            Ok(None)
        }
        Some(Fault::Status(code)) => Err(http::fault_status(code)),
        Some(Fault::Unavailable { retry_after_secs }) => Err(http::unavailable(retry_after_secs)),
        Some(Fault::DropConnection) => Err(http::dropped()),
        other => Ok(other),
    }
}

/// Answers a JSON route: applies the route's fault, builds the body off the async threads,
/// then serves it with an ETag (or broken as the fault says). `target` is what the request is
/// about, for faults aimed at one thing: the KPI of a series, the collection of a collection.
pub(crate) async fn answer<T, F>(
    state: AppState,
    headers: HeaderMap,
    route: Route,
    target: Option<String>,
    build: F,
) -> Response
where
    T: Serialize,
    F: FnOnce(&SimState, i64) -> Result<T, ApiFailure> + Send + 'static,
{
    let (kpi_id, layer_id) = match route {
        Route::Collections => (None, target.as_deref()),
        _ => (target.as_deref(), None),
    };
    let fault = match take_fault(&state, route, kpi_id, layer_id).await {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    let built = tokio::task::spawn_blocking(move || {
        let now_ms = state.now_ms();
        let body = build(&state, now_ms)?;
        serde_json::to_vec(&body)
            .map_err(|error| ApiFailure::Internal(format!("could not encode the answer: {error}")))
    })
    .await;
    let body = match built {
        Ok(Ok(body)) => body,
        Ok(Err(failure)) => return failure.into_response(),
        Err(error) => {
            return error_response(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                format!("the answer failed: {error}"),
            );
        }
    };
    serve_json(&headers, route, fault, body, http::JSON)
}

/// Serves a JSON body of `content_type` with its ETag, or broken as `fault` says (cut off,
/// malformed, padded, or with tampered values).
pub(crate) fn serve_json(
    headers: &HeaderMap,
    route: Route,
    fault: Option<Fault>,
    body: Vec<u8>,
    content_type: &'static str,
) -> Response {
    let broken = match fault {
        Some(Fault::TruncatedBody) => {
            let length = body.len();
            http::aborted(Bytes::from(body).slice(..length / 2), Some(length))
        }
        Some(Fault::MalformedJson) => http::malformed(&body),
        Some(Fault::OversizedBody { bytes }) => http::oversized(body, bytes),
        Some(fault @ (Fault::WrongValueType | Fault::UnknownKpi)) => {
            match serde_json::from_slice::<serde_json::Value>(&body) {
                Ok(mut value) => {
                    tamper(route, &fault, &mut value);
                    http::raw_json(serde_json::to_vec(&value).unwrap_or(body))
                }
                Err(_) => http::raw_json(body),
            }
        }
        _ => return http::body_with_etag(headers, body, content_type, "no-cache"),
    };
    http::with_content_type(broken, content_type)
}

async fn catalog(State(state): State<AppState>, headers: HeaderMap) -> Response {
    answer(state, headers, Route::Catalog, None, |state, now_ms| {
        Ok(state.catalog(now_ms))
    })
    .await
}

async fn latest(State(state): State<AppState>, headers: HeaderMap) -> Response {
    answer(state, headers, Route::Latest, None, |state, now_ms| {
        Ok(state.data.latest_values(now_ms))
    })
    .await
}

/// Query of `GET /api/v1/kpis/{id}/series`; parsed by hand for clear 400 messages.
#[derive(Debug, Default, Deserialize)]
struct SeriesQuery {
    from: Option<String>,
    to: Option<String>,
    limit: Option<String>,
}

pub(crate) fn bad_request(message: impl Into<String>) -> ApiFailure {
    ApiFailure::BadRequest(message.into())
}

/// A query string as axum extracts it: parsed, or the reason it could not be.
pub(crate) type QueryResult<T> = Result<Query<T>, axum::extract::rejection::QueryRejection>;

/// The parsed query, or a 400 that says why the query string was refused.
pub(crate) fn query_or_bad_request<T>(query: QueryResult<T>) -> Result<T, ApiFailure> {
    query
        .map(|Query(query)| query)
        .map_err(|rejection| bad_request(format!("bad query string: {rejection}")))
}

/// A time parameter: UTC milliseconds, or RFC 3339 (a `+` offset may arrive as a space).
pub(crate) fn parse_time(name: &str, text: &str) -> Result<i64, ApiFailure> {
    let t_ms = match text.trim().parse::<i64>() {
        Ok(t_ms) => Some(t_ms),
        Err(_) => chrono::DateTime::parse_from_rfc3339(&text.trim().replace(' ', "+"))
            .ok()
            .map(|time| time.timestamp_millis()),
    };
    t_ms.filter(|t_ms| t_ms.abs() <= MAX_TIME_MS).ok_or_else(|| {
        bad_request(format!(
            "`{name}` must be UTC milliseconds (at most ±{MAX_TIME_MS}) or an RFC 3339 time, not {text:?}"
        ))
    })
}

pub(crate) fn parse_limit(
    text: Option<&str>,
    default: usize,
    max: usize,
) -> Result<usize, ApiFailure> {
    let Some(text) = text else {
        return Ok(default.min(max));
    };
    match text.trim().parse::<u64>() {
        Ok(limit @ 1..=MAX_LIMIT) => Ok(usize::try_from(limit).unwrap_or(usize::MAX).min(max)),
        _ => Err(bad_request(format!(
            "`limit` must be a whole number from 1 to {MAX_LIMIT}, not {text:?}"
        ))),
    }
}

async fn series(
    State(state): State<AppState>,
    Path(kpi_id): Path<String>,
    query: QueryResult<SeriesQuery>,
    headers: HeaderMap,
) -> Response {
    let query = match query_or_bad_request(query) {
        Ok(query) => query,
        Err(failure) => return failure.into_response(),
    };
    let route_kpi_id = kpi_id.clone();
    answer(
        state,
        headers,
        Route::Series,
        Some(route_kpi_id),
        move |state, now_ms| {
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
    .await
}

#[derive(Debug, Default, Deserialize)]
struct AlertsQuery {
    since: Option<String>,
    limit: Option<String>,
}

async fn alerts(
    State(state): State<AppState>,
    query: QueryResult<AlertsQuery>,
    headers: HeaderMap,
) -> Response {
    let query = match query_or_bad_request(query) {
        Ok(query) => query,
        Err(failure) => return failure.into_response(),
    };
    answer(state, headers, Route::Alerts, None, move |state, now_ms| {
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
    .await
}

async fn put_faults(State(state): State<AppState>, body: Bytes) -> Response {
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

async fn delete_faults(State(state): State<AppState>) -> Response {
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
