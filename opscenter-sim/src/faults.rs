//! Fault injection for tests: per route, a rule makes the next answers fail in a chosen way
//! (an HTTP error, a delay, a body cut off mid-stream, broken or oddly typed JSON, a dropped
//! connection, an oversized body, a redirect to another host, bytes dripped too slowly to finish,
//! a gzip bomb; for feature pages broken geometry, looping or foreign `next`
//! links and a lying `numberMatched`; for tiles a body that is not a PNG). A rule can let the
//! first requests through (`skip`) and target one KPI or one layer, so "page 3 of 5 fails" is
//! `skip: 2, times: 1`. Rules are set from the [`crate::SimHandle`] or, when enabled, over HTTP
//! at `PUT /__sim/faults`.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The API routes a fault can apply to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    Catalog,
    Latest,
    Series,
    Alerts,
    Stream,
    /// The OGC API - Features metadata: the landing page, `/conformance`, `/collections` and
    /// `/collections/{collectionId}`.
    Collections,
    /// Pages of `/collections/{collectionId}/items`.
    Features,
    /// Basemap tiles, `/tiles/{z}/{x}/{y}.png`.
    Tiles,
}

/// A way an answer goes wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this HTTP status and an `ApiError` body (e.g. 500).
    Status(u16),
    /// 503 Service Unavailable with `Retry-After`.
    Unavailable { retry_after_secs: u64 },
    /// Wait this long, then answer normally.
    Delay(Duration),
    /// Announce the full `Content-Length`, send about half the body, then abort the connection.
    TruncatedBody,
    /// 200 with a body that is not valid JSON.
    MalformedJson,
    /// Abort the connection without a complete response.
    DropConnection,
    /// Valid JSON in which a field holds the wrong type, such as `"12.5x"` for a number (a latest
    /// value, the first point of a series, an alert's time, a KPI's `interval_secs` in the
    /// catalog, a feature page's `numberReturned`), a string for the list of collections or a
    /// number for a collection's links; for tiles, a body that is not a PNG.
    WrongValueType,
    /// A latest value, series or alert naming a KPI not in the catalog (`ZZ99`); on the stream
    /// a `kpi` event for it. The catalog defines the KPIs, so it is served unchanged.
    UnknownKpi,
    /// A valid-looking 200 body padded with whitespace to `bytes` bytes.
    OversizedBody { bytes: usize },
    /// A `302 Found` to another host (`http://example.invalid/...`).
    RedirectElsewhere,
    /// The real answer, a few bytes at a time with pauses: never silent long enough for a read
    /// timeout, never finished in reasonable time.
    SlowDrip,
    /// A 200 whose gzip-encoded body is small on the wire and 1 GiB once decompressed.
    GzipBomb,
    /// Tiles: a 200 `image/png` answer whose body is not a PNG.
    NotPng,
    /// Feature pages: the first feature's geometry becomes a polygon with an unclosed ring
    /// and the second feature's first position gets longitude 500.
    InvalidGeometry,
    /// Feature pages: the `next` link points to the same page again.
    NextLoop,
    /// Feature pages: the `next` link points to another host (`http://example.invalid/...`).
    NextOtherHost,
    /// Feature pages: `numberMatched` far larger than what the pages hold.
    LyingNumberMatched,
}

/// The KPI id `Fault::UnknownKpi` names.
pub const UNKNOWN_KPI_ID: &str = "ZZ99";

/// One rule: `fault` on `route`, `times` times (or until cleared) after letting `skip` matching
/// requests through, optionally only for one KPI's series or one layer's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    pub route: Route,
    pub fault: Fault,
    pub times: Option<u32>,
    /// Only for `Route::Series`: apply to this KPI's series only.
    pub kpi_id: Option<String>,
    /// Only for `Route::Collections` and `Route::Features`: apply to this collection only.
    pub layer_id: Option<String>,
    /// Let this many matching requests through before the fault starts.
    pub skip: u32,
}

impl FaultRule {
    /// `fault` on every request to `route` until cleared; set the other fields with struct
    /// update syntax: `FaultRule { times: Some(1), ..FaultRule::new(route, fault) }`.
    pub fn new(route: Route, fault: Fault) -> Self {
        Self {
            route,
            fault,
            times: None,
            kpi_id: None,
            layer_id: None,
            skip: 0,
        }
    }
}

/// The rules in force.
#[derive(Debug, Clone, Default)]
pub struct FaultTable {
    rules: Vec<FaultRule>,
}

impl FaultTable {
    /// Adds a rule, replacing any rule for the same route, KPI and layer.
    pub fn set(&mut self, rule: FaultRule) {
        self.rules.retain(|existing| {
            (existing.route, &existing.kpi_id, &existing.layer_id)
                != (rule.route, &rule.kpi_id, &rule.layer_id)
        });
        self.rules.push(rule);
    }

    pub fn clear(&mut self) {
        self.rules.clear();
    }

    /// The fault for a request on `route` (about `kpi_id` for series, `layer_id` for
    /// collections), using up one of its skips or times.
    pub fn take(
        &mut self,
        route: Route,
        kpi_id: Option<&str>,
        layer_id: Option<&str>,
    ) -> Option<Fault> {
        let index = self.rules.iter().position(|rule| {
            rule.route == route
                && rule
                    .kpi_id
                    .as_deref()
                    .is_none_or(|only| Some(only) == kpi_id)
                && rule
                    .layer_id
                    .as_deref()
                    .is_none_or(|only| Some(only) == layer_id)
        })?;
        let rule = &mut self.rules[index];
        if rule.skip > 0 {
            rule.skip -= 1;
            return None;
        }
        let fault = rule.fault.clone();
        if let Some(times) = rule.times.as_mut() {
            *times = times.saturating_sub(1);
            if *times == 0 {
                self.rules.remove(index);
            }
        }
        Some(fault)
    }
}

/// A fault as JSON on the admin endpoint: `{"kind": "status", "code": 500}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FaultJson {
    Status { code: u16 },
    Unavailable { retry_after_secs: u64 },
    Delay { ms: u64 },
    TruncatedBody,
    MalformedJson,
    DropConnection,
    WrongValueType,
    UnknownKpi,
    OversizedBody { bytes: usize },
    RedirectElsewhere,
    SlowDrip,
    GzipBomb,
    NotPng,
    InvalidGeometry,
    NextLoop,
    NextOtherHost,
    LyingNumberMatched,
}

impl From<FaultJson> for Fault {
    fn from(json: FaultJson) -> Self {
        match json {
            FaultJson::Status { code } => Fault::Status(code),
            FaultJson::Unavailable { retry_after_secs } => Fault::Unavailable { retry_after_secs },
            FaultJson::Delay { ms } => Fault::Delay(Duration::from_millis(ms)),
            FaultJson::TruncatedBody => Fault::TruncatedBody,
            FaultJson::MalformedJson => Fault::MalformedJson,
            FaultJson::DropConnection => Fault::DropConnection,
            FaultJson::WrongValueType => Fault::WrongValueType,
            FaultJson::UnknownKpi => Fault::UnknownKpi,
            FaultJson::OversizedBody { bytes } => Fault::OversizedBody { bytes },
            FaultJson::RedirectElsewhere => Fault::RedirectElsewhere,
            FaultJson::SlowDrip => Fault::SlowDrip,
            FaultJson::GzipBomb => Fault::GzipBomb,
            FaultJson::NotPng => Fault::NotPng,
            FaultJson::InvalidGeometry => Fault::InvalidGeometry,
            FaultJson::NextLoop => Fault::NextLoop,
            FaultJson::NextOtherHost => Fault::NextOtherHost,
            FaultJson::LyingNumberMatched => Fault::LyingNumberMatched,
        }
    }
}

/// A rule as JSON on the admin endpoint:
/// `{"route": "latest", "fault": {"kind": "status", "code": 500}, "times": 2}`, or for the third
/// page of the wards: `{"route": "features", "fault": {"kind": "status", "code": 500},
/// "layer_id": "wards", "skip": 2, "times": 1}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRuleJson {
    pub route: Route,
    pub fault: FaultJson,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer_id: Option<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skip: u32,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

impl From<FaultRuleJson> for FaultRule {
    fn from(json: FaultRuleJson) -> Self {
        FaultRule {
            route: json.route,
            fault: json.fault.into(),
            times: json.times,
            kpi_id: json.kpi_id,
            layer_id: json.layer_id,
            skip: json.skip,
        }
    }
}

/// Breaks the types of a JSON body for `Fault::WrongValueType` or names an unknown KPI for
/// `Fault::UnknownKpi`, in the way that fits each route's body.
pub fn tamper(route: Route, fault: &Fault, body: &mut serde_json::Value) {
    use serde_json::Value;
    let odd_number = |value: &Value| Value::String(format!("{}x", value.as_f64().unwrap_or(12.5)));
    match (route, fault) {
        (Route::Catalog, Fault::WrongValueType) => {
            if let Some(interval) = body.pointer_mut("/kpis/0/interval_secs") {
                *interval = odd_number(interval);
            }
        }
        (Route::Latest, Fault::WrongValueType) => {
            if let Some(value) = body.pointer_mut("/values/0/value") {
                *value = odd_number(value);
            }
        }
        (Route::Latest, Fault::UnknownKpi) => {
            if let Some(Value::Array(values)) = body.get_mut("values") {
                let mut stranger = values.first().cloned().unwrap_or_else(|| {
                    serde_json::json!({"kpi_id": "", "t_ms": 0, "value": 1.0, "quality": "good"})
                });
                stranger["kpi_id"] = Value::from(UNKNOWN_KPI_ID);
                values.push(stranger);
            }
        }
        (Route::Series, Fault::WrongValueType) => match body.pointer_mut("/points/0/1") {
            Some(value) => *value = odd_number(value),
            None => {
                let t_ms = body.get("to_ms").cloned().unwrap_or(Value::from(0));
                body["points"] = serde_json::json!([[t_ms, "12.5x"]]);
            }
        },
        (Route::Series, Fault::UnknownKpi) => body["kpi_id"] = Value::from(UNKNOWN_KPI_ID),
        (Route::Features, Fault::WrongValueType) => {
            let returned = body
                .get("numberReturned")
                .cloned()
                .unwrap_or(Value::from(0));
            body["numberReturned"] = odd_number(&returned);
        }
        (Route::Collections, Fault::WrongValueType) => match body.get_mut("collections") {
            Some(collections) => *collections = Value::from("12.5x"),
            None => body["links"] = Value::from(12.5),
        },
        (Route::Alerts, Fault::WrongValueType) => match body.pointer_mut("/alerts/0/t_ms") {
            Some(t_ms) => *t_ms = odd_number(t_ms),
            None => body["has_more"] = Value::from("no"),
        },
        (Route::Alerts, Fault::UnknownKpi) => {
            if let Some(Value::Array(alerts)) = body.get_mut("alerts") {
                match alerts.first_mut() {
                    Some(alert) => alert["kpi_id"] = Value::from(UNKNOWN_KPI_ID),
                    None => alerts.push(serde_json::json!({
                        "id": "ZZ99-0", "t_ms": 0, "severity": "info",
                        "title": {"en": "Simulated alert", "vi": "Cảnh báo mô phỏng"},
                        "body": {"en": "Simulated demo data.", "vi": "Dữ liệu mô phỏng."},
                        "kpi_id": UNKNOWN_KPI_ID, "status": "active"
                    })),
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_run_out_and_match_kpis() {
        let mut table = FaultTable::default();
        table.set(FaultRule {
            times: Some(2),
            ..FaultRule::new(Route::Latest, Fault::Status(500))
        });
        table.set(FaultRule {
            kpi_id: Some("EN03".into()),
            ..FaultRule::new(Route::Series, Fault::MalformedJson)
        });
        assert_eq!(
            table.take(Route::Latest, None, None),
            Some(Fault::Status(500))
        );
        assert_eq!(
            table.take(Route::Latest, None, None),
            Some(Fault::Status(500))
        );
        assert_eq!(table.take(Route::Latest, None, None), None);
        assert_eq!(table.take(Route::Series, Some("MO06"), None), None);
        assert_eq!(
            table.take(Route::Series, Some("EN03"), None),
            Some(Fault::MalformedJson)
        );
        assert_eq!(
            table.take(Route::Series, Some("EN03"), None),
            Some(Fault::MalformedJson)
        );
        table.clear();
        assert_eq!(table.take(Route::Series, Some("EN03"), None), None);
    }

    #[test]
    fn rules_can_skip_requests_and_target_a_layer() {
        let mut table = FaultTable::default();
        table.set(FaultRule {
            times: Some(1),
            layer_id: Some("wards".into()),
            skip: 2,
            ..FaultRule::new(Route::Features, Fault::NextLoop)
        });
        let take = |table: &mut FaultTable, layer| table.take(Route::Features, None, Some(layer));
        assert_eq!(take(&mut table, "cameras"), None);
        assert_eq!(take(&mut table, "wards"), None);
        assert_eq!(take(&mut table, "wards"), None);
        assert_eq!(take(&mut table, "wards"), Some(Fault::NextLoop));
        assert_eq!(take(&mut table, "wards"), None);
    }

    #[test]
    fn admin_json_parses() {
        let rules: Vec<FaultRuleJson> = serde_json::from_str(
            r#"[{"route":"latest","fault":{"kind":"status","code":500},"times":2},
                {"route":"series","fault":{"kind":"delay","ms":250},"kpi_id":"EN03"},
                {"route":"alerts","fault":{"kind":"oversized_body","bytes":1000}},
                {"route":"features","fault":{"kind":"next_loop"},"layer_id":"wards","skip":2,"times":1},
                {"route":"tiles","fault":{"kind":"not_png"}},
                {"route":"catalog","fault":{"kind":"redirect_elsewhere"}},
                {"route":"series","fault":{"kind":"slow_drip"}},
                {"route":"alerts","fault":{"kind":"gzip_bomb"}}]"#,
        )
        .unwrap();
        let rules: Vec<FaultRule> = rules.into_iter().map(FaultRule::from).collect();
        assert_eq!(rules[0].fault, Fault::Status(500));
        assert_eq!(rules[0].times, Some(2));
        assert_eq!(rules[1].fault, Fault::Delay(Duration::from_millis(250)));
        assert_eq!(rules[2].fault, Fault::OversizedBody { bytes: 1000 });
        assert_eq!(rules[3].fault, Fault::NextLoop);
        assert_eq!(
            (rules[3].skip, rules[3].layer_id.as_deref()),
            (2, Some("wards"))
        );
        assert_eq!(
            (rules[4].route, &rules[4].fault),
            (Route::Tiles, &Fault::NotPng)
        );
        assert_eq!(
            rules[5..]
                .iter()
                .map(|rule| &rule.fault)
                .collect::<Vec<_>>(),
            [
                &Fault::RedirectElsewhere,
                &Fault::SlowDrip,
                &Fault::GzipBomb
            ]
        );
    }

    #[test]
    fn tampering_breaks_types_but_keeps_json() {
        let mut latest = serde_json::json!({"server_time_ms": 1, "values": [
            {"kpi_id": "EN03", "t_ms": 1, "value": 1.5, "quality": "good"}]});
        tamper(Route::Latest, &Fault::WrongValueType, &mut latest);
        assert_eq!(latest["values"][0]["value"], "1.5x");
        tamper(Route::Latest, &Fault::UnknownKpi, &mut latest);
        assert_eq!(latest["values"][1]["kpi_id"], UNKNOWN_KPI_ID);
        let mut series =
            serde_json::json!({"kpi_id": "EN03", "from_ms": 0, "to_ms": 5, "points": []});
        tamper(Route::Series, &Fault::WrongValueType, &mut series);
        assert_eq!(series["points"][0][1], "12.5x");
    }
}
