//! Response building shared by the routes: JSON with a weak ETag and `304 Not Modified`, JSON
//! errors, and the deliberately broken answers of fault injection.

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use offline_cache::model::ApiError;

use crate::noise::fnv1a64;

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
