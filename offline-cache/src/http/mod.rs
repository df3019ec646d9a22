//! The operations-center client: JSON over HTTP(S) with bearer auth, gzip, timeouts (a silence
//! and a whole answer), a cap on body size, ETag revalidation, redirects followed only within the
//! server, and retries with backoff for transient failures. Each answer's `Date` says how far
//! the server's clock is from ours.

mod retry;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, DATE, ETAG, IF_NONE_MATCH, RETRY_AFTER};
use reqwest::{StatusCode, Url};
use serde::de::DeserializeOwned;

pub use retry::RetryPolicy;

use crate::error::{Error, FailureReason, Result};
use crate::model::ApiError;

/// The default cap on one response body (after decompression).
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// The default limit on one whole answer, from connecting to the body's last byte: a server
/// that drips bytes slowly enough never trips the silence timeout.
pub const DEFAULT_ANSWER_TIMEOUT: Duration = Duration::from_secs(180);

/// Redirects followed in a row before giving up.
const MAX_REDIRECTS: usize = 5;

/// How to reach an operations center.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Base URL such as `http://127.0.0.1:8787`; API paths are resolved against it.
    pub server: String,
    pub token: Option<String>,
    pub connect_timeout: Duration,
    /// Longest silence while reading an answer.
    pub read_timeout: Duration,
    /// Longest time for one whole answer, body included.
    pub answer_timeout: Duration,
    pub max_body_bytes: usize,
    pub retry: RetryPolicy,
}

impl ClientConfig {
    pub fn new(server: impl Into<String>, token: Option<String>) -> Self {
        Self {
            server: server.into(),
            token,
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(30),
            answer_timeout: DEFAULT_ANSWER_TIMEOUT,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            retry: RetryPolicy::default(),
        }
    }
}

/// The outcome of a conditional GET.
#[derive(Debug)]
pub enum Fetched<T> {
    /// 304: what we have is current.
    NotModified,
    Fresh {
        value: T,
        etag: Option<String>,
    },
}

/// What a [`Client::probe`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// It answered the catalog request.
    Reachable,
    /// It answered, but refused the token (401 or 403).
    Refused { status: u16 },
    /// It answered with another error status (500, 503...).
    Failing { status: u16 },
    /// No answer: refused connection, no route, timeout.
    Unreachable,
}

/// A client for one operations center.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    token: Option<String>,
    max_body_bytes: usize,
    read_timeout: Duration,
    answer_timeout: Duration,
    retry: RetryPolicy,
    /// The server's clock minus ours, in milliseconds, from the last answer with a `Date`.
    clock_offset_ms: Arc<Mutex<Option<i64>>>,
}

impl Client {
    pub fn new(config: &ClientConfig) -> Result<Client> {
        // The base always ends in `/`, so relative paths resolve below a server on a sub-path.
        let base = Url::parse(&format!("{}/", config.server.trim_end_matches('/')))
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
            .ok_or_else(|| Error::BadServerUrl {
                url: config.server.clone(),
            })?;
        let http = reqwest::Client::builder()
            .user_agent(concat!("citydash/", env!("CARGO_PKG_VERSION")))
            .gzip(true)
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .timeout(config.answer_timeout)
            .redirect(same_origin_redirects())
            .build()
            .map_err(|error| Error::Unreachable {
                url: config.server.clone(),
                detail: format!("could not set up HTTP: {error}"),
                cause: failure_kind(&error, FailureReason::NoNetwork),
            })?;
        Ok(Client {
            http,
            base,
            token: config.token.clone(),
            max_body_bytes: config.max_body_bytes,
            read_timeout: config.read_timeout,
            answer_timeout: config.answer_timeout,
            retry: config.retry.clone(),
            clock_offset_ms: Arc::default(),
        })
    }

    /// The server's base URL, as shown to users.
    pub fn server(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// Resolves a path (`/api/v1/...`) or a `next` link against the server. A link to another
    /// host is refused: following it would send our token elsewhere.
    pub fn resolve(&self, link: &str) -> Result<Url> {
        let url = self
            .base
            .join(link)
            .map_err(|error| Error::InvalidResponse {
                url: link.to_owned(),
                detail: format!("a link that is not a URL: {error}"),
            })?;
        if url.origin() != self.base.origin() {
            return Err(Error::InvalidResponse {
                url: url.to_string(),
                detail: "a link points to another server; it was not followed".into(),
            });
        }
        Ok(url)
    }

    /// How far the server's clock is from ours (its minus ours, in milliseconds), as the last
    /// answer's `Date` said; `None` before any answer carried one. Good to about a second.
    pub fn clock_offset_ms(&self) -> Option<i64> {
        *self
            .clock_offset_ms
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Notes the server's clock from an answer's `Date`, against the middle of our request.
    fn note_server_clock(&self, response: &reqwest::Response, sent_ms: i64) {
        let Some(server_ms) = response
            .headers()
            .get(DATE)
            .and_then(|value| value.to_str().ok())
            .and_then(|date| chrono::DateTime::parse_from_rfc2822(date).ok())
            .map(|date| date.timestamp_millis())
        else {
            return;
        };
        let received_ms = crate::store::now_ms();
        // `Date` has whole seconds: the server's clock was somewhere in that second.
        let offset = server_ms + 500 - (sent_ms + (received_ms - sent_ms) / 2);
        *self
            .clock_offset_ms
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(offset);
    }

    /// How the server answers a catalog request now, within `timeout`, without retries.
    pub async fn probe(&self, timeout: Duration) -> Probe {
        let Ok(url) = self.resolve("api/v1/catalog") else {
            return Probe::Unreachable;
        };
        let mut request = self.http.get(url).timeout(timeout);
        if let Some(token) = &self.token {
            request = request.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        match request.send().await {
            Err(_) => Probe::Unreachable,
            Ok(response) if matches!(response.status().as_u16(), 401 | 403) => Probe::Refused {
                status: response.status().as_u16(),
            },
            Ok(response) if response.status().is_success() => Probe::Reachable,
            Ok(response) => Probe::Failing {
                status: response.status().as_u16(),
            },
        }
    }

    /// GETs JSON with retries, sending `If-None-Match` when an ETag is given.
    pub async fn get_json<T: DeserializeOwned>(
        &self,
        url: &Url,
        etag: Option<&str>,
    ) -> Result<Fetched<T>> {
        match self.get_bytes(url, etag).await? {
            Fetched::NotModified => Ok(Fetched::NotModified),
            Fetched::Fresh { value, etag } => {
                let value =
                    serde_json::from_slice(&value).map_err(|error| Error::InvalidResponse {
                        url: url.to_string(),
                        detail: format!("malformed JSON: {error}"),
                    })?;
                Ok(Fetched::Fresh { value, etag })
            }
        }
    }

    /// GETs a body with retries, sending `If-None-Match` when an ETag is given. The token goes
    /// only to our own server: a URL on another host (a third-party tile server) gets none.
    pub async fn get_bytes(&self, url: &Url, etag: Option<&str>) -> Result<Fetched<Vec<u8>>> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.get_once(url, etag).await {
                Err(error) if error.is_transient() && attempt < self.retry.max_attempts => {
                    tokio::time::sleep(self.retry.delay(attempt, error.retry_after_secs())).await;
                }
                outcome => return outcome,
            }
        }
    }

    async fn get_once(&self, url: &Url, etag: Option<&str>) -> Result<Fetched<Vec<u8>>> {
        let mut request = self.http.get(url.clone()).header(
            ACCEPT,
            "application/json, application/geo+json, image/png;q=0.9, */*;q=0.5",
        );
        if let Some(token) = self
            .token
            .as_ref()
            .filter(|_| url.origin() == self.base.origin())
        {
            request = request.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let started = Instant::now();
        let sent_ms = crate::store::now_ms();
        let response = request
            .send()
            .await
            .map_err(|error| self.transport_error(url, &error, started))?;
        self.note_server_clock(&response, sent_ms);
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        let new_etag = response
            .headers()
            .get(ETAG)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let retry_after_secs = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok());
        let body = self.read_body(url, response, started).await?;
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            return Err(Error::Unauthorized {
                url: url.to_string(),
                status: status.as_u16(),
            });
        }
        if !status.is_success() {
            let message = serde_json::from_slice::<ApiError>(&body)
                .ok()
                .map(|error| error.message);
            return Err(Error::Http {
                url: url.to_string(),
                status: status.as_u16(),
                retry_after_secs,
                message,
            });
        }
        Ok(Fetched::Fresh {
            value: body,
            etag: new_etag,
        })
    }

    /// Resolves any link against the server, allowing other hosts (for third-party tile
    /// templates; no token is sent there).
    pub fn resolve_anywhere(&self, link: &str) -> Result<Url> {
        self.base
            .join(link)
            .map_err(|error| Error::InvalidResponse {
                url: link.to_owned(),
                detail: format!("a link that is not a URL: {error}"),
            })
    }

    /// Reads a body chunk by chunk, giving up as soon as it passes the cap.
    async fn read_body(
        &self,
        url: &Url,
        mut response: reqwest::Response,
        started: Instant,
    ) -> Result<Vec<u8>> {
        let too_large = || Error::BodyTooLarge {
            url: url.to_string(),
            cap_bytes: self.max_body_bytes,
        };
        if response
            .content_length()
            .is_some_and(|length| length > self.max_body_bytes as u64)
        {
            return Err(too_large());
        }
        let mut body = Vec::with_capacity(
            response
                .content_length()
                .map_or(64 * 1024, |length| length as usize),
        );
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| self.transport_error(url, &error, started))?
        {
            if body.len() + chunk.len() > self.max_body_bytes {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn transport_error(&self, url: &Url, error: &reqwest::Error, started: Instant) -> Error {
        let url = url.to_string();
        if error.is_timeout() {
            // reqwest does not say which limit it was: the whole answer's, when that much time
            // has gone by, else the silence's.
            let limit = if started.elapsed() >= self.answer_timeout {
                self.answer_timeout
            } else {
                self.read_timeout
            };
            Error::Timeout {
                url,
                timeout_secs: limit.as_secs(),
            }
        } else if error.is_redirect() {
            Error::InvalidResponse {
                url,
                detail: format!(
                    "{}; only redirects within the server are followed, so the token goes \
                     nowhere else",
                    root_cause(error)
                ),
            }
        } else if error.is_connect() {
            Error::Unreachable {
                url,
                detail: root_cause(error),
                cause: failure_kind(error, FailureReason::NoNetwork),
            }
        } else if error.is_body() || error.is_decode() {
            Error::BrokenBody {
                url,
                detail: root_cause(error),
            }
        } else {
            // Connected, and the answer never came whole (the server closed or reset the
            // connection): broken, unless a cause says the connection itself failed.
            match failure_kind(error, FailureReason::Broken) {
                FailureReason::Broken => Error::BrokenBody {
                    url,
                    detail: root_cause(error),
                },
                cause => Error::Unreachable {
                    url,
                    detail: root_cause(error),
                    cause,
                },
            }
        }
    }
}

/// Follows a redirect only to the same origin (scheme, host and port), at most
/// [`MAX_REDIRECTS`] in a row: a server that sends us to another host gets an error, not our
/// request (nor, with it, anything else it could learn from us).
pub(crate) fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let start = attempt.previous().first().map(Url::origin);
        if start.is_some_and(|start| start != attempt.url().origin()) {
            let elsewhere = attempt.url().to_string();
            attempt.error(format!("redirect to another server: {elsewhere}"))
        } else if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    })
}

/// What kind of failure a transport error is: by the operating system's error kind where a
/// cause carries one, else by the resolver's, TLS library's and HTTP library's words, else
/// `otherwise`.
fn failure_kind(
    error: &(dyn std::error::Error + 'static),
    otherwise: FailureReason,
) -> FailureReason {
    use std::io::ErrorKind;
    let mut causes = Vec::new();
    let mut cause = Some(error);
    while let Some(current) = cause {
        if let Some(io) = current.downcast_ref::<std::io::Error>() {
            match io.kind() {
                ErrorKind::ConnectionRefused => return FailureReason::Refused,
                ErrorKind::NetworkUnreachable
                | ErrorKind::HostUnreachable
                | ErrorKind::NetworkDown
                | ErrorKind::AddrNotAvailable => return FailureReason::NoNetwork,
                ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => {
                    return FailureReason::Broken;
                }
                ErrorKind::TimedOut => return FailureReason::Timeout,
                _ => {}
            }
        }
        causes.push(current.to_string().to_lowercase());
        cause = current.source();
    }
    let said = |words: &[&str]| causes.iter().any(|c| words.iter().any(|w| c.contains(w)));
    if said(&[
        "dns error",
        "lookup address",
        "name or service not known",
        "no such host",
    ]) {
        FailureReason::UnknownHost
    } else if said(&["certificate", "tls", "ssl", "handshake"]) {
        FailureReason::Tls
    } else if said(&[
        "connection closed",
        "connection reset",
        "broken pipe",
        "incomplete",
    ]) {
        FailureReason::Broken
    } else {
        otherwise
    }
}

/// The innermost cause of an error, which is what says what really happened.
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}
