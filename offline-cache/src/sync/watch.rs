//! Waiting for the next change: the operations center's event stream (Server-Sent Events), with
//! `Last-Event-ID` on reconnect, and plain polling when the stream is not available. While the
//! server cannot be reached at all, the stream is tried again after 1, then every 2 seconds,
//! and the wait ends as soon as it answers: a wall is live again within seconds of the server's
//! return, not at the next poll.

use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION};

use crate::http::ClientConfig;

/// Why a wait ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitOutcome {
    /// The server announced a change (`kpi`, `alert` or `layer` event).
    Changed { event: String },
    /// The poll interval passed without an announcement.
    Interval,
    /// The stream could not be used; the caller waited the poll interval instead.
    StreamUnavailable { reason: String },
    /// The stream was open and broke (the server went away, or closed it): a sync now tells
    /// whether the server is still there, so an outage shows within seconds.
    StreamLost { reason: String },
    /// The server could not be reached and now answers again: sync now.
    ServerBack,
}

/// The first and the longest pause between tries to reach a server that is down.
const PROBE_FIRST_GAP: Duration = Duration::from_secs(1);
const PROBE_MAX_GAP: Duration = Duration::from_secs(2);

/// What the stream gave.
enum Signal {
    Change(String),
    /// It opened after the server could not be reached.
    Opened,
}

/// Why the stream gave no change.
struct StreamBreak {
    reason: String,
    /// Whether it had been open (answered 2xx) before it broke.
    was_open: bool,
    /// Whether the server could not be reached at all (no connection), as opposed to answering
    /// with an error.
    unreachable: bool,
}

/// Listens on `/api/v1/stream`, remembering the last event id across reconnects.
#[derive(Debug)]
pub struct ChangeWaiter {
    http: reqwest::Client,
    stream_url: String,
    token: Option<String>,
    last_event_id: Option<String>,
    /// The server could not be reached; the stream opening again means it is back.
    reconnecting: bool,
}

impl ChangeWaiter {
    pub fn new(config: &ClientConfig) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .redirect(crate::http::same_origin_redirects())
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Self {
            http,
            stream_url: format!("{}/api/v1/stream", config.server.trim_end_matches('/')),
            token: config.token.clone(),
            last_event_id: None,
            reconnecting: false,
        }
    }

    /// Tells the waiter that the last sync could not reach the server: the next wait ends with
    /// [`WaitOutcome::ServerBack`] as soon as the server answers.
    pub fn server_unreachable(&mut self) {
        self.reconnecting = true;
    }

    /// Waits up to `interval` for the server to announce a change. Never returns sooner than
    /// `min_gap` after being called, so a busy stream does not turn into a busy loop.
    pub async fn wait(&mut self, interval: Duration, min_gap: Duration) -> WaitOutcome {
        let started = tokio::time::Instant::now();
        let deadline = started + interval;
        let mut gap = PROBE_FIRST_GAP;
        let outcome = loop {
            match tokio::time::timeout_at(deadline, self.next_change()).await {
                Err(_) => break WaitOutcome::Interval,
                Ok(Ok(Signal::Change(event))) => break WaitOutcome::Changed { event },
                Ok(Ok(Signal::Opened)) => break WaitOutcome::ServerBack,
                Ok(Err(StreamBreak {
                    reason,
                    was_open: true,
                    ..
                })) => break WaitOutcome::StreamLost { reason },
                Ok(Err(StreamBreak {
                    reason,
                    unreachable: true,
                    ..
                })) => {
                    // Down: try again soon, so its return is seen within seconds.
                    self.reconnecting = true;
                    let wake = (tokio::time::Instant::now() + gap).min(deadline);
                    tokio::time::sleep_until(wake).await;
                    if wake >= deadline {
                        break WaitOutcome::StreamUnavailable { reason };
                    }
                    gap = (gap * 2).min(PROBE_MAX_GAP);
                }
                Ok(Err(StreamBreak { reason, .. })) => {
                    tokio::time::sleep_until(deadline).await;
                    break WaitOutcome::StreamUnavailable { reason };
                }
            }
        };
        tokio::time::sleep_until(started + min_gap).await;
        outcome
    }

    async fn next_change(&mut self) -> Result<Signal, StreamBreak> {
        let mut request = self
            .http
            .get(&self.stream_url)
            .header(ACCEPT, "text/event-stream");
        if let Some(token) = &self.token {
            request = request.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(id) = &self.last_event_id {
            request = request.header("Last-Event-ID", id);
        }
        let broke = |reason: String| StreamBreak {
            reason,
            was_open: true,
            unreachable: false,
        };
        let mut response = request.send().await.map_err(|error| StreamBreak {
            reason: error.to_string(),
            was_open: false,
            unreachable: error.is_connect() || error.is_timeout(),
        })?;
        if !response.status().is_success() {
            return Err(StreamBreak {
                reason: format!("the stream answered HTTP {}", response.status().as_u16()),
                was_open: false,
                unreachable: false,
            });
        }
        if std::mem::take(&mut self.reconnecting) {
            return Ok(Signal::Opened);
        }
        let mut parser = SseParser::default();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|error| broke(error.to_string()))?
        {
            let events = parser.push(&chunk);
            if parser.pending_bytes() > MAX_EVENT_BYTES {
                return Err(broke(format!(
                    "an event larger than {MAX_EVENT_BYTES} bytes; the stream was closed"
                )));
            }
            for event in events {
                if let Some(id) = event.id {
                    self.last_event_id = Some(id);
                }
                if matches!(event.kind.as_str(), "kpi" | "alert" | "layer") {
                    return Ok(Signal::Change(event.kind));
                }
            }
        }
        Err(broke("the stream ended".into()))
    }
}

/// One Server-Sent Event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SseEvent {
    pub kind: String,
    pub id: Option<String>,
    pub data: String,
}

/// The largest event the stream may send: announcements are a few hundred bytes, and a server
/// that never ends one (or a gzip bomb) must not fill the memory.
const MAX_EVENT_BYTES: usize = 1024 * 1024;

/// An incremental `text/event-stream` parser.
#[derive(Debug, Default)]
pub(crate) struct SseParser {
    buffer: String,
}

impl SseParser {
    /// Bytes of an event not yet ended.
    pub(crate) fn pending_bytes(&self) -> usize {
        self.buffer.len()
    }

    pub(crate) fn push(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.buffer.push_str(&String::from_utf8_lossy(bytes));
        let mut events = Vec::new();
        while let Some(end) = self.buffer.find("\n\n") {
            let block: String = self.buffer.drain(..end + 2).collect();
            let mut event = SseEvent {
                kind: "message".into(),
                id: None,
                data: String::new(),
            };
            let mut has_field = false;
            for line in block.lines() {
                let (field, value) = line.split_once(':').unwrap_or((line, ""));
                let value = value.strip_prefix(' ').unwrap_or(value);
                match field {
                    "event" => event.kind = value.to_owned(),
                    "id" => event.id = Some(value.to_owned()),
                    "data" => {
                        if !event.data.is_empty() {
                            event.data.push('\n');
                        }
                        event.data.push_str(value);
                    }
                    _ => continue,
                }
                has_field = true;
            }
            if has_field {
                events.push(event);
            }
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_events_split_across_chunks() {
        let mut parser = SseParser::default();
        assert!(
            parser
                .push(b": keep-alive\n\nevent: kpi\nid: 17")
                .is_empty()
        );
        let events = parser.push(b"\ndata: {\"a\":1}\n\n");
        assert_eq!(
            events,
            vec![SseEvent {
                kind: "kpi".into(),
                id: Some("17".into()),
                data: "{\"a\":1}".into()
            }]
        );
    }
}
