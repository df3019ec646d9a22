//! The hostile operations center (`--hostile`): answers that are valid JSON of the right shape
//! whose content is not to be trusted. Every text carries markup, script, typst and terminal
//! controls and bidirectional overrides, and some are tens of thousands of characters; the
//! catalog lists [`EXTRA_KPIS`] more KPIs, two of them with a target date that is no date;
//! latest values sit at the edges of `f64`, before 1970, centuries ahead and days in the future;
//! series pages come out of order or with a reading twice, and their `next` links loop or leave
//! the host; the alerts feed says `has_more` forever; feature properties carry the same texts.
//! A client must store what is valid, name what it refused, finish in bounded time and memory,
//! and show every text as text.

use serde_json::{Value, json};

use offline_cache::model::{FeatureCollection, Observation, SeriesPage};

/// KPIs the hostile catalog adds to the simulated city's.
pub const EXTRA_KPIS: usize = 10_000;
/// The prefix of the added KPIs' ids: `HX00001` to `HX10000`.
pub const EXTRA_KPI_PREFIX: &str = "HX";
/// Characters in the longest texts.
pub const LONG_TEXT_CHARS: usize = 40_000;

/// What every hostile text carries after its own words: HTML and script, typst markup and code,
/// Markdown, a terminal's screen-clearing, title and clipboard controls, and a right-to-left
/// override that turns `exe.txt` around.
pub const HOSTILE_TAIL: &str = " <script>alert('x')</script><img src=x onerror=alert(1)> \
     #set page(fill: red) #panic(\"x\") *bold* [a](javascript:alert(1)) \u{1b}[2J\u{1b}]0;owned\u{7} \
     \u{1b}]52;c;ZWNobyBvd25lZA==\u{7} \u{202e}txt.exe\u{202c} \u{2067}isolate\u{2069}";

/// `text` followed by [`HOSTILE_TAIL`].
pub fn hostile(text: &str) -> String {
    format!("{text}{HOSTILE_TAIL}")
}

/// A text of [`LONG_TEXT_CHARS`] characters, Vietnamese and hostile.
fn long_text() -> String {
    let unit = hostile("Ngập lụt đường Nguyễn Hữu Cảnh. ");
    unit.chars().cycle().take(LONG_TEXT_CHARS).collect()
}

fn hostile_localized(text: &mut Value) {
    if let Some(fields) = text.as_object_mut() {
        for value in fields.values_mut() {
            if let Some(words) = value.as_str() {
                *value = Value::from(hostile(words));
            }
        }
    } else if let Some(words) = text.as_str() {
        *text = Value::from(hostile(words));
    }
}

/// The catalog: hostile names, units and sources, long descriptions, two targets whose date is
/// no date, and [`EXTRA_KPIS`] more KPIs.
pub fn catalog(body: &mut Value) {
    let Some(kpis) = body.get_mut("kpis").and_then(Value::as_array_mut) else {
        return;
    };
    for kpi in kpis.iter_mut() {
        for field in ["name", "source"] {
            if let Some(text) = kpi.get_mut(field) {
                hostile_localized(text);
            }
        }
        kpi["description"] = json!({"en": long_text(), "vi": long_text()});
        if let Some(unit) = kpi.get("unit").and_then(Value::as_str) {
            kpi["unit"] = Value::from(format!("{unit}<sup>2</sup>\u{202e}"));
        }
    }
    for (index, due) in [(0, "not a date"), (1, "2030-13-45")] {
        if let Some(kpi) = kpis.get_mut(index) {
            kpi["target"] = json!({"value": 1.0, "due": due});
        }
    }
    let Some(model) = kpis.first().cloned() else {
        return;
    };
    for number in 1..=EXTRA_KPIS {
        let mut extra = model.clone();
        extra["id"] = Value::from(extra_kpi_id(number));
        extra["name"] = json!({
            "en": hostile(&format!("Extra KPI {number}")),
            "vi": hostile(&format!("Chỉ số thêm {number}")),
        });
        extra["description"] = json!({"en": "Simulated.", "vi": "Mô phỏng."});
        extra.as_object_mut().map(|fields| fields.remove("target"));
        kpis.push(extra);
    }
}

fn extra_kpi_id(number: usize) -> String {
    format!("{EXTRA_KPI_PREFIX}{number:05}")
}

/// Whether `kpi_id` is one of the KPIs the hostile catalog added.
pub fn is_extra_kpi(kpi_id: &str) -> bool {
    kpi_id
        .strip_prefix(EXTRA_KPI_PREFIX)
        .and_then(|number| number.parse::<usize>().ok())
        .is_some_and(|number| (1..=EXTRA_KPIS).contains(&number))
}

/// Milliseconds in a (Julian) year, for dates far from now.
const YEAR_MS: i64 = 31_557_600_000;

/// The latest values: the first six at the edges (the largest and smallest `f64`, the smallest
/// positive one, a time in 1870, one in 2526, one two days ahead), and a value for every extra
/// KPI.
pub fn latest(body: &mut Value, now_ms: i64) {
    let Some(values) = body.get_mut("values").and_then(Value::as_array_mut) else {
        return;
    };
    let edges: [(Option<f64>, Option<i64>); 6] = [
        (Some(f64::MAX), None),
        (Some(f64::MIN), None),
        (Some(f64::from_bits(1)), None),
        (None, Some(-100 * YEAR_MS)),
        (None, Some(now_ms + 500 * YEAR_MS)),
        (None, Some(now_ms + 2 * 86_400_000)),
    ];
    for (value, (number, t_ms)) in values.iter_mut().zip(edges) {
        if let Some(number) = number {
            value["value"] = Value::from(number);
        }
        if let Some(t_ms) = t_ms {
            value["t_ms"] = Value::from(t_ms);
        }
    }
    for number in 1..=EXTRA_KPIS {
        values.push(json!({
            "kpi_id": extra_kpi_id(number),
            "t_ms": now_ms,
            "value": number as f64,
            "quality": "good",
        }));
    }
}

/// A series page of an extra KPI: the first one's readings out of order, the second's with a
/// reading twice, the third's `next` link on another host, the fourth's looping to itself; the
/// others one plain reading.
pub fn extra_series(kpi_id: &str, from_ms: i64, to_ms: i64, self_href: String) -> SeriesPage {
    let at = |t_ms: i64, value: f64| Observation { t_ms, value };
    let newest = to_ms;
    let (points, next) = match kpi_id.strip_prefix(EXTRA_KPI_PREFIX) {
        Some("00001") => (vec![at(newest, 2.0), at(newest - 60_000, 1.0)], None),
        Some("00002") => (
            vec![at(newest - 60_000, 1.0), at(newest - 60_000, 2.0)],
            None,
        ),
        Some("00003") => (
            vec![at(newest, 1.0)],
            Some("http://example.invalid/api/v1/kpis/HX00003/series".to_owned()),
        ),
        Some("00004") => (vec![at(newest, 1.0)], Some(self_href)),
        _ => (vec![at(newest, 1.0)], None),
    };
    SeriesPage {
        kpi_id: kpi_id.to_owned(),
        from_ms,
        to_ms,
        points,
        next,
    }
}

/// The alerts: hostile titles, long bodies, and `has_more` forever behind a cursor that always
/// moves (the client must stop on its own).
pub fn alerts(body: &mut Value) {
    if let Some(alerts) = body.get_mut("alerts").and_then(Value::as_array_mut) {
        for alert in alerts.iter_mut() {
            if let Some(title) = alert.get_mut("title") {
                hostile_localized(title);
            }
            alert["body"] = json!({"en": long_text(), "vi": long_text()});
        }
        if alerts.is_empty() {
            alerts.push(json!({
                "id": "HOSTILE-1",
                "t_ms": 1_000_000_000_000i64,
                "severity": "critical",
                "title": {"en": hostile("Simulated alert"), "vi": hostile("Cảnh báo mô phỏng")},
                "body": {"en": long_text(), "vi": long_text()},
                "status": "active",
            }));
        }
    }
    let cursor = body
        .get("next_cursor")
        .and_then(Value::as_str)
        .unwrap_or_default();
    body["next_cursor"] = Value::from(format!("{cursor}~"));
    body["has_more"] = Value::from(true);
}

/// Feature properties: every text hostile, the first feature's name long.
pub fn features(page: &mut FeatureCollection) {
    for (index, feature) in page.features.iter_mut().enumerate() {
        let Some(properties) = feature.properties.as_mut() else {
            continue;
        };
        for value in properties.values_mut() {
            if let Some(words) = value.as_str() {
                *value = Value::from(if index == 0 {
                    long_text()
                } else {
                    hostile(words)
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalog_grows_and_its_texts_turn_hostile() {
        let mut body = json!({"kpis": [
            {"id": "EN03", "name": {"en": "Power", "vi": "Điện"}, "unit": "MW",
             "source": {"en": "EVN", "vi": "EVN"}, "target": {"value": 5.0, "due": "2030-12-31"}},
            {"id": "MO06", "name": {"en": "Speed", "vi": "Tốc độ"}, "unit": "km/h"}]});
        catalog(&mut body);
        let kpis = body["kpis"].as_array().unwrap();
        assert_eq!(kpis.len(), 2 + EXTRA_KPIS);
        assert!(
            kpis[0]["name"]["vi"]
                .as_str()
                .unwrap()
                .starts_with("Điện <script>")
        );
        assert_eq!(kpis[0]["target"]["due"], "not a date");
        assert_eq!(kpis[1]["target"]["due"], "2030-13-45");
        assert_eq!(
            kpis[0]["description"]["en"]
                .as_str()
                .unwrap()
                .chars()
                .count(),
            LONG_TEXT_CHARS
        );
        assert_eq!(kpis.last().unwrap()["id"], "HX10000");
        assert!(is_extra_kpi("HX10000") && !is_extra_kpi("HX10001") && !is_extra_kpi("EN03"));
    }

    #[test]
    fn alerts_never_end() {
        let mut body = json!({"alerts": [], "next_cursor": "c", "has_more": false});
        alerts(&mut body);
        assert_eq!(body["has_more"], true);
        assert_eq!(body["next_cursor"], "c~");
        assert_eq!(body["alerts"].as_array().unwrap().len(), 1);
    }
}
