//! What the routes share: the server state they are given, JSON with a weak ETag and
//! `304 Not Modified`, JSON errors, the route's fault taken and applied (the deliberately broken
//! answers of fault injection), and the parsing of query parameters with clear 400s.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Query;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use offline_cache::model::ApiError;
use serde::Serialize;

use crate::api::hostile;
use crate::faults::{Fault, Route, tamper};
use crate::noise::fnv1a64;
use crate::state::SimState;

/// A response extension telling the compression layer to leave the body alone (fault answers
/// must reach the client byte for byte, with their `Content-Length`).
#[derive(Debug, Clone, Copy)]
pub struct SkipCompression;

pub const JSON: &str = "application/json";
/// The media type of GeoJSON (feature pages).
pub const GEO_JSON: &str = "application/geo+json";
pub const PNG: &str = "image/png";

/// Why a request could not be answered; becomes a JSON `ApiError` with the matching status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiFailure {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Internal(String),
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            ApiFailure::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiFailure::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiFailure::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        error_response(status, code, self.to_string())
    }
}

/// A JSON `ApiError` with `status`.
pub fn error_response(status: StatusCode, error: &str, message: impl Into<String>) -> Response {
    let body = ApiError {
        error: error.to_owned(),
        message: message.into(),
    };
    let bytes = serde_json::to_vec(&body).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, JSON)], bytes).into_response()
}

/// The weak ETag of a body: `W/"<64-bit FNV-1a hex>"`.
pub fn etag_for(body: &[u8]) -> String {
    format!("W/\"{:016x}\"", fnv1a64(body))
}

/// Whether an `If-None-Match` header value names `etag` (weak comparison, `*` matches all).
pub fn etag_matches(if_none_match: &str, etag: &str) -> bool {
    let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let wanted = bare(etag);
    if_none_match
        .split(',')
        .any(|candidate| candidate.trim() == "*" || bare(candidate) == wanted)
}

/// A 200 JSON answer with its ETag, or `304 Not Modified` when the client already has it.
pub fn json_with_etag(request_headers: &HeaderMap, body: Vec<u8>) -> Response {
    body_with_etag(request_headers, body, JSON, "no-cache")
}

/// A 200 answer of `content_type` with its ETag and `Cache-Control`, or `304 Not Modified`
/// when the client already has it.
pub fn body_with_etag(
    request_headers: &HeaderMap,
    body: impl Into<Bytes> + AsRef<[u8]>,
    content_type: &'static str,
    cache_control: &'static str,
) -> Response {
    let etag = etag_for(body.as_ref());
    let etag_header = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("W/\"0\""));
    let cached = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| etag_matches(value, &etag));
    let mut response = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, content_type)],
            Body::from(body.into()),
        )
            .into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, etag_header);
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    response
}

/// `response` with its `Content-Type` replaced (for fault answers of non-JSON routes).
pub fn with_content_type(mut response: Response, content_type: &'static str) -> Response {
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A plain 200 JSON answer, not compressed and without an ETag (for tampered bodies).
pub fn raw_json(body: Vec<u8>) -> Response {
    let mut response = ([(header::CONTENT_TYPE, JSON)], body).into_response();
    response.extensions_mut().insert(SkipCompression);
    response
}

/// `503 Service Unavailable` with `Retry-After`.
pub fn unavailable(retry_after_secs: u64) -> Response {
    let mut response = error_response(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "the simulated operations center is unavailable (injected fault); retry later",
    );
    if let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// An error status chosen by a fault rule, with an `ApiError` body.
pub fn fault_status(code: u16) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    error_response(
        status,
        "injected_fault",
        format!("simulated failure (injected fault: HTTP {code})"),
    )
}

/// A 200 whose body sends `sent` and then breaks the connection. With `content_length` the
/// client was promised more bytes than it gets; with nothing sent, no response arrives at all.
pub fn aborted(sent: Bytes, content_length: Option<usize>) -> Response {
    let first = (!sent.is_empty()).then_some(sent);
    let stream = futures_util::stream::unfold(Some(first), |step| async move {
        match step {
            Some(Some(chunk)) => Some((Ok::<Bytes, std::io::Error>(chunk), Some(None))),
            Some(None) => {
                // Give the server time to flush what was sent before the connection breaks.
                tokio::time::sleep(Duration::from_millis(50)).await;
                Some((
                    Err(std::io::Error::new(
                        std::io::ErrorKind::ConnectionAborted,
                        "injected fault",
                    )),
                    None,
                ))
            }
            None => None,
        }
    });
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON));
    if let Some(length) = content_length {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    }
    response.extensions_mut().insert(SkipCompression);
    response
}

/// A connection dropped before any response.
pub fn dropped() -> Response {
    let stream = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "injected fault",
        ))
    });
    let mut response = Response::new(Body::from_stream(stream));
    response.extensions_mut().insert(SkipCompression);
    response
}

/// A complete 200 response whose body is the start of `body` followed by garbage.
pub fn malformed(body: &[u8]) -> Response {
    let mut broken = body[..body.len() / 2].to_vec();
    broken.extend_from_slice(b"\",,]} <- simulated malformed JSON");
    raw_json(broken)
}

/// `body` padded with trailing whitespace (still valid JSON) to `bytes` bytes.
pub fn oversized(mut body: Vec<u8>, bytes: usize) -> Response {
    if body.len() < bytes {
        body.resize(bytes, b' ');
    }
    raw_json(body)
}

/// Where `Fault::RedirectElsewhere` sends a client.
pub const ELSEWHERE: &str = "http://example.invalid/api/v1/elsewhere";

/// A `302 Found` to another host.
pub fn redirect_elsewhere() -> Response {
    let mut response = (
        StatusCode::FOUND,
        [(header::LOCATION, HeaderValue::from_static(ELSEWHERE))],
    )
        .into_response();
    response.extensions_mut().insert(SkipCompression);
    response
}

/// How many bytes `drip` sends at a time, and how long it pauses between them.
const DRIP_BYTES: usize = 1;
const DRIP_PAUSE: Duration = Duration::from_millis(200);

/// `body` of `content_type`, [`DRIP_BYTES`] at a time every [`DRIP_PAUSE`] (five bytes a second):
/// never silent for long, never done in time.
pub fn drip(body: Bytes, content_type: &'static str) -> Response {
    let stream = futures_util::stream::unfold(body, |rest| async move {
        if rest.is_empty() {
            return None;
        }
        tokio::time::sleep(DRIP_PAUSE).await;
        let mut rest = rest;
        let chunk = rest.split_to(rest.len().min(DRIP_BYTES));
        Some((Ok::<Bytes, std::io::Error>(chunk), rest))
    });
    let mut response = Response::new(Body::from_stream(stream));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response.extensions_mut().insert(SkipCompression);
    response
}

/// How large a gzip bomb is once decompressed.
const BOMB_BYTES: usize = 1 << 30;

/// A 200 JSON answer whose body, `Content-Encoding: gzip`, is about a megabyte on the wire and
/// [`BOMB_BYTES`] of spaces decompressed. Compressed once, on first use.
pub fn gzip_bomb() -> Response {
    static BOMB: std::sync::OnceLock<Bytes> = std::sync::OnceLock::new();
    let bomb = BOMB.get_or_init(|| {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let block = vec![b' '; 1 << 20];
        for _ in 0..BOMB_BYTES / block.len() {
            encoder.write_all(&block).unwrap_or_default();
        }
        Bytes::from(encoder.finish().unwrap_or_default())
    });
    let mut response = (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(JSON)),
            (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
        ],
        bomb.clone(),
    )
        .into_response();
    response.extensions_mut().insert(SkipCompression);
    response
}

/// What every route is given: the simulator's state.
pub type ServerState = Arc<SimState>;

/// Times beyond this many milliseconds from 1970 (as in JavaScript dates) are refused.
const MAX_TIME_MS: i64 = 8_640_000_000_000_000;
/// The largest `limit` accepted (and then capped to the configured page size).
const MAX_LIMIT: u64 = (1 << 53) - 1;

/// Takes the route's fault, if any: waits out a delay, and answers at once for the faults that
/// replace the whole answer (an error status, 503, a dropped connection). What is left, if
/// anything, breaks the body.
pub(crate) async fn take_fault(
    state: &ServerState,
    route: Route,
    kpi_id: Option<&str>,
    layer_id: Option<&str>,
) -> Result<Option<Fault>, Response> {
    match state.take_fault(route, kpi_id, layer_id) {
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            Ok(None)
        }
        Some(Fault::Status(code)) => Err(fault_status(code)),
        Some(Fault::Unavailable { retry_after_secs }) => Err(unavailable(retry_after_secs)),
        Some(Fault::DropConnection) => Err(dropped()),
        Some(Fault::RedirectElsewhere) => Err(redirect_elsewhere()),
        Some(Fault::GzipBomb) => Err(gzip_bomb()),
        other => Ok(other),
    }
}

/// Answers a JSON route: applies the route's fault, builds the body off the async threads,
/// then serves it with an ETag (or broken as the fault says). `target` is what the request is
/// about, for faults aimed at one thing: the KPI of a series, the collection of a collection.
pub(crate) async fn answer<T, F>(
    state: ServerState,
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
        let encoded = if state.config.hostile {
            serde_json::to_value(&body).and_then(|mut value| {
                match route {
                    Route::Catalog => hostile::catalog(&mut value),
                    Route::Latest => hostile::latest(&mut value, now_ms),
                    Route::Alerts => hostile::alerts(&mut value),
                    _ => {}
                }
                serde_json::to_vec(&value)
            })
        } else {
            serde_json::to_vec(&body)
        };
        encoded
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
    serve_json(&headers, route, fault, body, JSON)
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
            aborted(Bytes::from(body).slice(..length / 2), Some(length))
        }
        Some(Fault::MalformedJson) => malformed(&body),
        Some(Fault::OversizedBody { bytes }) => oversized(body, bytes),
        Some(Fault::SlowDrip) => drip(Bytes::from(body), content_type),
        Some(fault @ (Fault::WrongValueType | Fault::UnknownKpi)) => {
            match serde_json::from_slice::<serde_json::Value>(&body) {
                Ok(mut value) => {
                    tamper(route, &fault, &mut value);
                    raw_json(serde_json::to_vec(&value).unwrap_or(body))
                }
                Err(_) => raw_json(body),
            }
        }
        _ => return body_with_etag(headers, body, content_type, "no-cache"),
    };
    with_content_type(broken, content_type)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_compare_weakly_and_in_lists() {
        let etag = etag_for(b"{}");
        assert!(etag.starts_with("W/\"") && etag.len() == 20);
        assert!(etag_matches(&etag, &etag));
        assert!(etag_matches(etag.trim_start_matches("W/"), &etag));
        assert!(etag_matches(&format!("W/\"1\", {etag}"), &etag));
        assert!(etag_matches("*", &etag));
        assert!(!etag_matches("W/\"0000000000000000\"", &etag));
        assert_ne!(etag_for(b"{}"), etag_for(b"[]"));
    }
}
