//! What a shared cache in front of the operations center (a caching reverse proxy serving many
//! walls and laptops) may keep, answer by answer, as `Cache-Control`. Every answer also keeps
//! its ETag, so a client or a cache can always revalidate.
//!
//! - **The live edge** (the catalog, the latest values, the alerts after a cursor, a series page
//!   that reaches now): `public, max-age` until the next reading is due. The simulator knows its
//!   schedule: readings fall on each KPI's grid (every minute for the live KPIs), alerts are
//!   raised and resolved with readings and acknowledged a whole number of minutes later, and a
//!   target changes at a due date's midnight; so an answer cannot change before the next grid
//!   time of any KPI (of the series' own KPI for a series page). The time is counted in wall
//!   seconds at the clock's speed, rounded down and less [`CACHE_CLOCK_MARGIN_SECS`] (caches
//!   count whole seconds, and the answer takes a moment to arrive), so a cache never holds an
//!   answer past the moment a new reading appears: a client woken by the event stream then
//!   always finds it. Below a second it is `no-cache`. At most [`LIVE_EDGE_MAX_AGE_SECS`],
//!   because each of these answers also tells the server's time.
//! - **A series page whose window ends in the past** (`to` before now, as every `next` link
//!   names it): `public, max-age` of a day. Readings are published as they are taken and never
//!   revised, so the page cannot change; a server whose data is reset says so through the
//!   catalog's data epoch, and clients then ask for new windows.
//! - **Basemap tiles**: `public, max-age` of a day; the drawing changes only with a new build.
//! - **Everything else** (OGC API - Features documents and pages, the OpenAPI document): the
//!   default `no-cache`, revalidated by ETag. Feature documents carry absolute links built from
//!   the request's `Host`, which a cache keyed by path would hand to clients of another host.
//!
//! `public` is what lets a shared cache store an answer to a request with `Authorization`
//! (RFC 9111, section 3.5). Every answer behind the token says `Vary: Authorization` (set where
//! the token is checked), so a cache keeps one copy per token and never gives an answer to a
//! request without the right one; `Vary: Accept-Encoding` comes with gzip.

use axum::http::{HeaderValue, header};
use axum::response::Response;

use crate::api::respond::parse_time;
use crate::data::KpiModel;
use crate::state::SimState;

/// Basemap tiles: a day.
pub const TILES: &str = "public, max-age=86400";
/// A series page whose window ended before now: a day.
const PAST_SERIES: &str = "public, max-age=86400";
/// Answers a cache must revalidate before each use.
const REVALIDATE: &str = "no-cache";
/// The longest a cache may keep an answer at the live edge, in wall seconds.
const LIVE_EDGE_MAX_AGE_SECS: f64 = 60.0;
/// Taken off a live-edge answer's lifetime for caches that count whole seconds and for the
/// time the answer takes to reach them.
const CACHE_CLOCK_MARGIN_SECS: f64 = 2.0;

/// `Cache-Control` of the catalog, the latest values and the alerts: until the next reading of
/// any KPI is due.
pub(crate) fn live_edge(state: &SimState) -> HeaderValue {
    let now_ms = state.now_ms();
    let next_reading_ms = state
        .data
        .kpis()
        .iter()
        .map(|kpi| next_reading_ms(kpi, now_ms))
        .min()
        .unwrap_or(i64::MAX);
    until(state, now_ms, next_reading_ms)
}

/// `Cache-Control` of a series page of `kpi_id` asked `to` the given time (now when `None`): a
/// day when the window ends before now, else until the KPI's next reading is due.
pub(crate) fn series(state: &SimState, kpi_id: &str, to: Option<&str>) -> HeaderValue {
    let now_ms = state.now_ms();
    let to_ms = to.and_then(|to| parse_time("to", to).ok());
    if to_ms.is_some_and(|to_ms| to_ms < now_ms) {
        return HeaderValue::from_static(PAST_SERIES);
    }
    match state.data.kpi(kpi_id) {
        Some(kpi) => until(state, now_ms, next_reading_ms(kpi, now_ms)),
        None => HeaderValue::from_static(REVALIDATE),
    }
}

/// `response` with `cache_control` in place of the default, when it is an answer that carries
/// one (a 200 or a 304 with its ETag). Errors and deliberately broken answers carry none and
/// stay as they are: no cache may keep them.
pub(crate) fn with_cache_control(mut response: Response, cache_control: HeaderValue) -> Response {
    if let Some(value) = response.headers_mut().get_mut(header::CACHE_CONTROL) {
        *value = cache_control;
    }
    response
}

/// The first grid time of `kpi` after `now_ms`: when its next reading is due.
fn next_reading_ms(kpi: &KpiModel, now_ms: i64) -> i64 {
    kpi.grid.next(kpi.grid.floor(now_ms))
}

/// `public, max-age` for an answer given at `now_ms` that may change at `change_ms`.
fn until(state: &SimState, now_ms: i64, change_ms: i64) -> HeaderValue {
    let wall_secs = state.clock.wall_secs_between(now_ms, change_ms);
    max_age(wall_secs - CACHE_CLOCK_MARGIN_SECS)
}

fn max_age(wall_secs: f64) -> HeaderValue {
    let secs = wall_secs.min(LIVE_EDGE_MAX_AGE_SECS).floor();
    if secs < 1.0 {
        return HeaderValue::from_static(REVALIDATE);
    }
    HeaderValue::from_str(&format!("public, max-age={secs:.0}"))
        .unwrap_or(HeaderValue::from_static(REVALIDATE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_is_whole_seconds_capped_and_none_below_a_second() {
        assert_eq!(max_age(0.99), REVALIDATE);
        assert_eq!(max_age(-3.0), REVALIDATE);
        assert_eq!(max_age(1.0), "public, max-age=1");
        assert_eq!(max_age(12.7), "public, max-age=12");
        assert_eq!(max_age(f64::INFINITY), "public, max-age=60");
    }
}
