//! `GET /api/v1/stream`: Server-Sent Events. A `kpi` event carries a `LatestValue` whenever a
//! KPI's latest observation advances, an `alert` event an `Alert` whenever one is raised,
//! acknowledged or resolved. Event ids are simulated times (never decreasing); a client that
//! reconnects with `Last-Event-ID` first gets the latest values and alert changes newer than
//! that id. The server checks for news about every wall second and sends keep-alive comments.

use std::collections::VecDeque;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use offline_cache::model::LatestValue;
use tokio::sync::watch;
use tokio::time::{Interval, MissedTickBehavior};

use crate::api::respond as http;
use crate::api::respond::ServerState;
use crate::faults::{Fault, Route, UNKNOWN_KPI_ID};
use crate::state::SimState;

/// How often the stream looks for news (wall time).
const TICK: Duration = Duration::from_secs(1);
/// How often an idle stream sends a keep-alive comment.
const KEEP_ALIVE: Duration = Duration::from_secs(10);

/// One event waiting to be sent; an `Err` breaks the connection (fault injection).
type Item = Result<Event, std::io::Error>;

struct Feed {
    state: ServerState,
    queue: VecDeque<Item>,
    /// Per KPI (catalog order), the time of the last value sent or known to the client.
    sent_t_ms: Vec<i64>,
    /// Alert changes up to this time have been sent.
    alerts_to_ms: i64,
    ticks: Interval,
    shutdown: watch::Receiver<bool>,
    /// After the queued events, break the connection (truncated-body fault).
    abort_after_queue: bool,
    /// The connection was broken on purpose: end the stream.
    broken: bool,
}

pub async fn stream(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let fault = match crate::api::respond::take_fault(&state, Route::Stream, None, None).await {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    let last_event_id = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<i64>().ok());
    let now_ms = state.now_ms();
    let latest: Vec<Option<LatestValue>> = state
        .data
        .kpis()
        .iter()
        .map(|kpi| state.data.latest(kpi, now_ms))
        .collect();
    let mut queue = VecDeque::new();
    let mut catch_up: Vec<(i64, Item)> = Vec::new();
    if let Some(last_id) = last_event_id {
        catch_up.extend(
            latest
                .iter()
                .flatten()
                .filter(|value| value.t_ms > last_id)
                .map(kpi_event),
        );
        let state = state.clone();
        let changes = tokio::task::spawn_blocking(move || state.alert_changes(last_id, now_ms))
            .await
            .unwrap_or_default();
        catch_up.extend(
            changes
                .iter()
                .map(|(t_ms, alert)| (*t_ms, alert_event(*t_ms, alert))),
        );
    }
    catch_up.sort_by_key(|(id, _)| *id);
    let first_value = latest.iter().flatten().next().cloned();
    match (&fault, first_value) {
        (Some(Fault::OversizedBody { bytes }), _) => {
            queue.push_back(Ok(Event::default().comment(" ".repeat(*bytes))));
        }
        (Some(Fault::MalformedJson), Some(value)) => queue.push_back(Ok(Event::default()
            .event("kpi")
            .id(value.t_ms.to_string())
            .data(format!(
                "{{\"kpi_id\":\"{}\",\"t_ms\":{},\"value\":",
                value.kpi_id, value.t_ms
            )))),
        (Some(Fault::WrongValueType), Some(value)) => {
            let mut json = serde_json::to_value(&value).unwrap_or_default();
            json["value"] = serde_json::Value::from(format!("{}x", value.value));
            queue.push_back(Ok(Event::default()
                .event("kpi")
                .id(value.t_ms.to_string())
                .data(json.to_string())));
        }
        (Some(Fault::UnknownKpi), Some(value)) => {
            let stranger = LatestValue {
                kpi_id: UNKNOWN_KPI_ID.to_owned(),
                ..value
            };
            queue.push_back(kpi_event(&stranger).1);
        }
        (Some(Fault::TruncatedBody), Some(value)) if catch_up.is_empty() => {
            queue.push_back(kpi_event(&value).1)
        }
        _ => {}
    }
    queue.extend(catch_up.into_iter().map(|(_, item)| item));
    let mut ticks = tokio::time::interval(TICK);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let feed = Feed {
        sent_t_ms: latest
            .iter()
            .map(|value| value.as_ref().map_or(i64::MIN, |v| v.t_ms))
            .collect(),
        alerts_to_ms: now_ms,
        shutdown: state.shutdown_signal(),
        state,
        queue,
        ticks,
        abort_after_queue: matches!(fault, Some(Fault::TruncatedBody)),
        broken: false,
    };
    let events = futures_util::stream::unfold(feed, next_event);
    let sse = Sse::new(events).keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("keep-alive"));
    let mut response = sse.into_response();
    if matches!(fault, Some(Fault::TruncatedBody)) {
        response.extensions_mut().insert(http::SkipCompression);
    }
    response
}

/// The next event: from the queue, or after waiting for news; `None` ends the stream.
async fn next_event(mut feed: Feed) -> Option<(Item, Feed)> {
    loop {
        if let Some(item) = feed.queue.pop_front() {
            return Some((item, feed));
        }
        if feed.abort_after_queue {
            feed.abort_after_queue = false;
            // Let the events already sent reach the client before the connection breaks.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let broken =
                std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "injected fault");
            feed.broken = true;
            return Some((Err(broken), feed));
        }
        if feed.broken || *feed.shutdown.borrow() {
            return None;
        }
        tokio::select! {
            _ = feed.ticks.tick() => {}
            _ = feed.shutdown.wait_for(|stopped| *stopped) => return None,
        }
        let state = feed.state.clone();
        let (sent_t_ms, alerts_to_ms) = (feed.sent_t_ms.clone(), feed.alerts_to_ms);
        let news = tokio::task::spawn_blocking(move || news(&state, sent_t_ms, alerts_to_ms)).await;
        if let Ok((items, sent_t_ms, alerts_to_ms)) = news {
            feed.queue.extend(items);
            feed.sent_t_ms = sent_t_ms;
            feed.alerts_to_ms = alerts_to_ms;
        }
    }
}

/// Latest values that advanced and alert changes since the last look, in id order.
fn news(
    state: &SimState,
    mut sent_t_ms: Vec<i64>,
    alerts_to_ms: i64,
) -> (Vec<Item>, Vec<i64>, i64) {
    let now_ms = state.now_ms();
    let mut events: Vec<(i64, Item)> = Vec::new();
    for (kpi, sent) in state.data.kpis().iter().zip(sent_t_ms.iter_mut()) {
        if let Some(value) = state
            .data
            .latest(kpi, now_ms)
            .filter(|value| value.t_ms > *sent)
        {
            *sent = value.t_ms;
            events.push(kpi_event(&value));
        }
    }
    if now_ms > alerts_to_ms {
        events.extend(
            state
                .alert_changes(alerts_to_ms, now_ms)
                .iter()
                .map(|(t_ms, alert)| (*t_ms, alert_event(*t_ms, alert))),
        );
    }
    events.sort_by_key(|(id, _)| *id);
    (
        events.into_iter().map(|(_, item)| item).collect(),
        sent_t_ms,
        now_ms.max(alerts_to_ms),
    )
}

fn kpi_event(value: &LatestValue) -> (i64, Item) {
    let data = serde_json::to_string(value).unwrap_or_default();
    (
        value.t_ms,
        Ok(Event::default()
            .event("kpi")
            .id(value.t_ms.to_string())
            .data(data)),
    )
}

fn alert_event(change_ms: i64, alert: &offline_cache::model::Alert) -> Item {
    let data = serde_json::to_string(alert).unwrap_or_default();
    Ok(Event::default()
        .event("alert")
        .id(change_ms.to_string())
        .data(data))
}
